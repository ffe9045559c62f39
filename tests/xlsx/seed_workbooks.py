"""Workbooks laid out like the seed tables, built with openpyxl from the seeds' data.

The values come from resources/demo (the seeds' agreements as the demo loads them); the
layout copies what staff have in Excel: title rows, the Nama/NIP block, a two-row header with
"Triwulan" merged over I–IV, category rows, the header repeated on every printed page, "N/A"
and decimal commas typed as text, merged RA → KK → T/O cells.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from app.engine.numbers import format_id
from app.paths import resource_path

CATEGORY_LABELS = {
    "strategis": "Sasaran Strategis",
    "khusus": "Sasaran Khusus",
    "operasional": "Sasaran Operasional",
}
DKI_HEADER = [
    "Nomor",
    "Sasaran",
    "Indikator\nKinerja",
    "Sumber Data",
    "Pengukuran Kinerja",
    "Triwulan",
    None,
    None,
    None,
    "Tahunan",
    "Keterangan",
]


def demo(name: str) -> dict[str, Any]:
    return json.loads((resource_path("demo") / f"{name}.json").read_text(encoding="utf-8"))


def agreement(name: str, key: str | None = None) -> dict[str, Any]:
    data = demo(name)
    return next(a for a in data["agreements"] if key is None or a["key"] == key)


def official(name: str, key: str) -> dict[str, Any]:
    return next(o for o in demo(name)["officials"] if o["key"] == key)


def id_text(value: str | None) -> str:
    """A target as staff type it: "N/A", "319,53", "94"."""
    if value is None:
        return "N/A"
    return format_id(Decimal(value), 2, trim=True)


def _dki_header(ws: Worksheet, extra: list[str] | None = None, group: str | None = None) -> None:
    ws.append(DKI_HEADER + ([group] + [None] * (len(extra) - 1) if extra else []))
    top = ws.max_row
    ws.append([None] * 5 + ["I", "II", "III", "IV"] + [None, None] + (extra or []))
    ws.merge_cells(start_row=top, start_column=6, end_row=top, end_column=9)
    for col in (1, 2, 3, 4, 5, 10, 11):
        ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
    if extra:
        ws.merge_cells(start_row=top, start_column=12, end_row=top, end_column=11 + len(extra))


def write_pk_dki(
    path: Path,
    data: dict[str, Any],
    owner: dict[str, Any],
    *,
    page_rows: int = 4,
    matrix: dict[str, dict[str, str]] | None = None,
    group: str = "Asisten",
    sheet: str = "PK",
    wb: openpyxl.Workbook | None = None,
) -> openpyxl.Workbook:
    """Seed 001's PK table: a page header every `page_rows` indicators, as the PDF pages."""
    wb = wb or openpyxl.Workbook()
    ws = wb.active if wb.active.max_row == 1 and wb.active.title == "Sheet" else wb.create_sheet()
    ws.title = sheet
    ws.append([f"PERJANJIAN KINERJA KEPALA PERANGKAT DAERAH TAHUN {data['year']}"])
    ws.append([])
    ws.append(["Nama", ":", owner["name"]])
    ws.append(["NIP", ":", owner["nip"]])
    ws.append(["Jabatan", ":", owner["position_title"]])
    ws.append([])
    columns = list((matrix or {}).get("__columns__", {}).keys()) if matrix else []
    _dki_header(ws, columns or None, group if columns else None)
    count = 0
    category = None
    for goal in data["goals"]:
        if goal["category"] != category:
            category = goal["category"]
            ws.append([CATEGORY_LABELS[category]] * (11 + len(columns)))
        first = ws.max_row + 1
        for n, ind in enumerate(goal["indicators"]):
            if count and count % page_rows == 0:
                ws.append([])
                _dki_header(ws, columns or None, group if columns else None)
                first = ws.max_row + 1
            t = ind["targets"]
            marks = [(matrix or {}).get(ind["name"], {}).get(c) for c in columns]
            ws.append(
                [
                    goal["number"] if n == 0 else None,
                    goal["text"] if n == 0 else None,
                    ind["name"],
                    ind.get("source_system"),
                    ind.get("measurement_text"),
                    *(id_text(t.get(p)) for p in ("TW1", "TW2", "TW3", "TW4", "annual")),
                    ind.get("unit"),
                    *marks,
                ]
            )
            count += 1
        if ws.max_row > first:  # the sasaran cell merged over its indicators, as in Excel
            ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=ws.max_row, end_column=2)
    ws.append([])
    ws.append(
        [
            None,
            "Pj. Gubernur Daerah Khusus Ibukota Jakarta,",
            None,
            None,
            None,
            None,
            None,
            "Jakarta, Januari 2024",
        ]
    )
    ws.append([None, "Heru Budi Hartono", None, None, None, None, None, owner["name"]])
    wb.save(path)
    return wb


def write_rencana_aksi(ws: Worksheet, data: dict[str, Any], *, responsible: bool = False) -> None:
    """Seed 001/002's Rencana Aksi IKU table with merged RA and KK cells."""
    ws.append(["RENCANA AKSI INDIKATOR KINERJA UTAMA (IKU) JABATAN PIMPINAN TINGGI TAHUN 2024"])
    ws.append([])
    header = [
        "NO",
        "Sasaran",
        "Indikator Kinerja Utama",
        "Target IKU",
        "Rencana Aksi dan/atau Rencana Mitigasi yang ditetapkan awal tahun",
        "Kriteria Keberhasilan",
        "Target/Output",
        "Waktu",
    ]
    ws.append(header + (["Penanggung Jawab"] if responsible else []))
    n = 0
    for goal in data["goals"]:
        for ind in goal["indicators"]:
            if not ind.get("action_plans"):
                continue
            n += 1
            ind_first = ws.max_row + 1
            for plan in ind["action_plans"]:
                ra_first = ws.max_row + 1
                for kk in plan["criteria"]:
                    kk_first = ws.max_row + 1
                    for out in kk["outputs"]:
                        ws.append(
                            [
                                n,
                                goal["text"],
                                ind["name"],
                                id_text(ind["targets"].get("annual")),
                                f"{plan['number']}. {plan['text']}",
                                f"{kk['number']} {kk['text']}",
                                f"{out['number']}. {out['text']}",
                                f"Tw {out['due_quarter']}",
                            ]
                            + ([out.get("responsible")] if responsible else [])
                        )
                    if ws.max_row > kk_first:
                        ws.merge_cells(
                            start_row=kk_first, start_column=6, end_row=ws.max_row, end_column=6
                        )
                if ws.max_row > ra_first:
                    ws.merge_cells(
                        start_row=ra_first, start_column=5, end_row=ws.max_row, end_column=5
                    )
            if ws.max_row > ind_first:
                for col in (1, 2, 3, 4):
                    ws.merge_cells(
                        start_row=ind_first, start_column=col, end_row=ws.max_row, end_column=col
                    )


def write_ksd(
    ws: Worksheet,
    rows: list[dict[str, Any]],
    year: int = 2024,
    iku: list[str | None] | None = None,
) -> None:
    """Seed 002's KSD table: the 1…11 numbering row and one row per target month; with `iku`,
    a 12th column names the IKU each KSD row serves."""
    ws.append([f"KEGIATAN STRATEGIS DAERAH KOTA ADMINISTRASI JAKARTA BARAT TAHUN {year}"])
    ws.append([])
    header = [
        "NO",
        "NO KSD",
        "NAMA KSD",
        "RENCANA AKSI",
        "PENANGGUNG JAWAB",
        "INSTANSI TERKAIT",
        "KRITERIA KEBERHASILAN",
        "TARGET",
        None,
        "CAPAIAN %",
        "KETERANGAN",
    ] + (["IKU"] if iku else [])
    ws.append(header)
    ws.merge_cells(start_row=ws.max_row, start_column=8, end_row=ws.max_row, end_column=9)
    ws.append(list(range(1, 13 if iku else 12)))
    for n, row in enumerate(rows, start=1):
        name = row["name"] + (f" SUB KSD : {row['sub_name']}" if row.get("sub_name") else "")
        first = ws.max_row + 1
        for i, month in enumerate(row["months"]):
            ws.append(
                [
                    n if i == 0 else None,
                    row["ksd_number"] if i == 0 else None,
                    name if i == 0 else None,
                    row["action_plan"] if i == 0 else None,
                    "\n".join(row.get("responsible_units") or []) if i == 0 else None,
                    "\n".join(row.get("related_agencies") or []) if i == 0 else None,
                    row.get("success_criteria") if i == 0 else None,
                    f"B{month['month']:02d}",
                    month["output"],
                    None,
                    row.get("notes") if i == 0 else None,
                ]
                + ([iku[n - 1] if i == 0 else None] if iku else [])
            )
        if ws.max_row > first:
            for col in (1, 2, 3, 4, 5, 6, 7, *((12,) if iku else ())):
                ws.merge_cells(
                    start_row=first, start_column=col, end_row=ws.max_row, end_column=col
                )


def write_officials(
    ws: Worksheet, rows: list[tuple[str, str | None, str | None, str, str, str | None]]
) -> None:
    ws.append(["DAFTAR PEJABAT"])
    ws.append(["No", "Nama", "NIP", "Pangkat/Gol", "Jabatan", "Unit", "Atasan"])
    for n, (name, nip, rank, title, unit, superior) in enumerate(rows, start=1):
        ws.append([n, name, nip, rank, title, unit, superior])
    for r in range(3, ws.max_row + 1):
        ws.cell(r, 3).number_format = "@"


def write_pk_kaltara(path: Path, data: dict[str, Any], owner: dict[str, Any]) -> None:
    """Seed 004's lampiran: Sasaran / Indikator / Target, then No / Program / Anggaran (Rp)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Lampiran PK"
    ws.append([f"PERJANJIAN KINERJA TAHUN {data['year']}"])
    ws.append(["KOTA ADMINISTRASI JAKARTA BARAT"])
    ws.append(["Nama : " + owner["name"]])
    ws.append(["NIP : " + owner["nip"]])
    ws.append([])
    ws.append(["No.", "Sasaran Strategis", "Indikator Kinerja", "Target"])
    for goal in data["goals"]:
        for n, ind in enumerate(goal["indicators"]):
            annual = ind["targets"].get("annual")
            unit = ind.get("unit") or ""
            text = id_text(annual) + ("%" if unit.lower().startswith("persen") and annual else "")
            ws.append(
                [
                    goal["number"] if n == 0 else None,
                    goal["text"] if n == 0 else None,
                    ind["name"],
                    text,
                ]
            )
    ws.append([])
    ws.append(["No.", "Program", "Anggaran (Rp)", "Keterangan"])
    for n, program in enumerate(data["programs"], start=1):
        budget = f"{int(Decimal(program['budget'])):,}"  # seed 004 prints 8,797,819,537
        ws.append([n, program["name"], budget, program.get("note")])
    wb.save(path)


def write_realisations(
    path: Path,
    data: dict[str, Any],
    owner: dict[str, Any],
    actuals: dict[str, dict[str, Any]],
) -> None:
    """A quarterly realisation report as offices keep it: Target over Triwulan I–IV and
    Realisasi over Triwulan I–IV, then Capaian; `actuals` maps an IKU name to its cells."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Realisasi"
    ws.append([f"LAPORAN REALISASI PERJANJIAN KINERJA TAHUN {data['year']}"])
    ws.append(["Nama", ":", owner["name"]])
    ws.append(["NIP", ":", owner["nip"]])
    ws.append([])
    top = ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", None, None, None]
    ws.append(top + ["Realisasi", None, None, None, "Capaian (%)"])
    ws.append([None] * 4 + ["I", "II", "III", "IV"] * 2 + [None])
    header = ws.max_row - 1
    ws.merge_cells(start_row=header, start_column=5, end_row=header, end_column=8)
    ws.merge_cells(start_row=header, start_column=9, end_row=header, end_column=12)
    for col in (1, 2, 3, 4, 13):
        ws.merge_cells(start_row=header, start_column=col, end_row=header + 1, end_column=col)
    for goal in data["goals"]:
        for n, ind in enumerate(goal["indicators"]):
            t = ind["targets"]
            cells = actuals.get(ind["name"], {})
            ws.append(
                [
                    goal["number"] if n == 0 else None,
                    goal["text"] if n == 0 else None,
                    ind["name"],
                    ind.get("unit"),
                    *(id_text(t.get(p)) for p in ("TW1", "TW2", "TW3", "TW4")),
                    *(cells.get(p) for p in ("TW1", "TW2", "TW3", "TW4")),
                    None,
                ]
            )
            for col, period in zip(range(9, 13), ("TW1", "TW2", "TW3", "TW4"), strict=True):
                if isinstance(cells.get(period), float) and cells[period] < 1:
                    ws.cell(ws.max_row, col).number_format = "0%"
    wb.save(path)

"""One writer per sheet, from the same `AgreementDocument` the PDFs print.

Each sheet is laid out like its seed table so that `pk-desk xlsx import` reads it back: the
owner block (Nama / NIP / Jabatan / Unit Kerja) and "TAHUN 2024" above the PK table, the
two-row header with Triwulan I–IV, category rows, merged RA → KK → T/O cells, B01–B12 KSD
rows. Derived columns are Excel formulas (s.d. TW2/TW3 by the indicator's period
consolidation, the budget total), so a colleague who changes a target sees them follow.
"""

from __future__ import annotations

from decimal import Decimal

from openpyxl.worksheet.worksheet import Worksheet

from app.documents.model import AgreementDocument, Goal, Indicator
from app.documents.workbooks.layout import METADATA_HEADERS
from app.documents.workbooks.style import (
    BOLD,
    BORDER,
    CATEGORY_FILL,
    WRAP,
    header,
    merge_header,
    number_format,
    page_setup,
    put_text,
    put_value,
    title,
    widths,
)

PERIODS = ("TW1", "TW2", "TW3", "TW4", "annual")


def _owner_block(ws: Worksheet, doc: AgreementDocument, row: int) -> int:
    lines = [
        ("Nama", doc.owner.name),
        ("NIP", doc.owner.nip or ""),
        ("Jabatan", doc.owner.title),
        ("Unit Kerja", doc.unit_name),
    ]
    for label, value in lines:
        ws.cell(row, 1, label)
        ws.cell(row, 2, ":")
        ws.cell(row, 3, value)
        row += 1
    return row + 1


_LABELS = {
    "strategis": "Sasaran Strategis",
    "khusus": "Sasaran Khusus",
    "operasional": "Sasaran Operasional",
    "ss": "Sasaran Strategis",
    "sasaran": "Sasaran",
}


def category_label(doc: AgreementDocument, code: str) -> str:
    """The profile's label; a code the profile does not list keeps its code in brackets, so
    an import puts the sasaran back in the same category."""
    if any(c == code for c, _ in doc.profile.categories):
        return doc.profile.category_label(code)
    return f"{_LABELS.get(code, 'Sasaran')} ({code})"


def _grouped(doc: AgreementDocument) -> list[tuple[str, list[Goal]]]:
    from app.documents.pk_table import grouped_goals

    return grouped_goals(doc)


def _merge_down(ws: Worksheet, first: int, last: int, cols: tuple[int, ...]) -> None:
    if last > first:
        for col in cols:
            ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)


def write_pk(ws: Worksheet, doc: AgreementDocument, paper: str, *, matrix: bool = False) -> None:
    """The PK table (seed 001 / 000 format); with `matrix` the subordinates' columns (seed 002)."""
    subordinates = list(doc.subordinates) if matrix else []
    width = 11 + len(subordinates)
    from app.documents.pk_table import dki_title

    title(ws, 1, dki_title(doc) if not matrix else f"MATRIKS CASCADING TAHUN {doc.year}", width)
    row = _owner_block(ws, doc, 3)
    top = row
    labels: list[str | None] = [
        "No",
        "Sasaran",
        "Indikator Kinerja",
        "Sumber Data",
        "Pengukuran Kinerja",
        "Triwulan",
        None,
        None,
        None,
        "Tahunan",
        "Keterangan",
    ]
    if subordinates:
        labels += ["Bawahan"] + [None] * (len(subordinates) - 1)
    header(ws, top, labels)
    header(
        ws,
        top + 1,
        [None] * 5 + ["I", "II", "III", "IV", None, None] + [s.title for s in subordinates],
        height=60 if subordinates else 18,
    )
    merge_header(ws, top, 6, top, 9)
    for col in (1, 2, 3, 4, 5, 10, 11):
        merge_header(ws, top, col, top + 1, col)
    if subordinates:
        merge_header(ws, top, 12, top, width)
    row = top + 2
    for category, goals in _grouped(doc):
        label = category_label(doc, category)
        for col in range(1, width + 1):
            cell = ws.cell(row, col)
            cell.fill = CATEGORY_FILL
            cell.border = BORDER
        ws.cell(row, 1, label).font = BOLD
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        row += 1
        for goal in goals:
            first = row
            if not goal.indicators:
                put_text(ws, row, 1, goal.number, center=True)
                put_text(ws, row, 2, goal.text)
                row += 1
                continue
            for ind in goal.indicators:
                put_text(ws, row, 1, goal.number if row == first else None, center=True)
                put_text(ws, row, 2, goal.text if row == first else None)
                put_text(ws, row, 3, ind.name)
                put_text(ws, row, 4, ind.source_system, center=True)
                put_text(ws, row, 5, ind.measurement_text)
                for col, period in enumerate(PERIODS, start=6):
                    put_value(ws, row, col, ind.target(period))
                put_text(ws, row, 11, ind.unit, center=True)
                marks = {m.subordinate_key: m for m in ind.cascades}
                for col, sub in enumerate(subordinates, start=12):
                    mark = marks.get(sub.key)
                    text = (
                        None if mark is None else ("✓" + (f" ({mark.note})" if mark.note else ""))
                    )
                    put_text(ws, row, col, text, center=True)
                row += 1
            _merge_down(ws, first, row - 1, (1, 2))
    widths(ws, [5, 28, 30, 11, 60, 9, 9, 9, 9, 10, 11] + [14] * len(subordinates))
    page_setup(ws, header_first=top, header_last=top + 1, landscape=True, paper=paper)


def write_programs(ws: Worksheet, doc: AgreementDocument, paper: str, start: int = 1) -> None:
    """No / Program / Anggaran (Rp) / Keterangan with a Jumlah row that sums (seed 004)."""
    if start == 1:
        title(ws, 1, f"PROGRAM DAN ANGGARAN TAHUN {doc.year}", 4)
        start = 3
    header(ws, start, ["No", "Program", "Anggaran (Rp)", "Keterangan"])
    row = start + 1
    for n, program in enumerate(doc.programs, start=1):
        put_text(ws, row, 1, n, center=True)
        put_text(ws, row, 2, program.name)
        cell = ws.cell(row, 3, program.budget)
        cell.number_format = "#,##0"
        cell.border = BORDER
        put_text(ws, row, 4, program.note)
        row += 1
    put_text(ws, row, 2, "Jumlah")
    ws.cell(row, 2).font = BOLD
    total = ws.cell(row, 3, f"=SUM(C{start + 1}:C{row - 1})" if doc.programs else 0)
    total.number_format = "#,##0"
    total.font = BOLD
    total.border = BORDER
    if start == 3:
        widths(ws, [5, 60, 22, 30])
        page_setup(ws, header_first=start, header_last=start, landscape=False, paper=paper)


def write_pk_kaltara(ws: Worksheet, doc: AgreementDocument, paper: str) -> None:
    """Lampiran PK (seed 004 / Pergub Kaltara): Sasaran / Indikator / Target + programs."""
    title(ws, 1, f"LAMPIRAN PERJANJIAN KINERJA TAHUN {doc.year}", 5)
    row = _owner_block(ws, doc, 3)
    top = row
    header(ws, top, ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Satuan"])
    row += 1
    for category, goals in _grouped(doc):
        ws.cell(row, 1, category_label(doc, category)).font = BOLD
        for col in range(1, 6):
            ws.cell(row, col).fill = CATEGORY_FILL
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
        row += 1
        for goal in goals:
            first = row
            for ind in goal.indicators or ():
                put_text(ws, row, 1, goal.number if row == first else None, center=True)
                put_text(ws, row, 2, goal.text if row == first else None)
                put_text(ws, row, 3, ind.name)
                put_value(ws, row, 4, ind.target("annual"))
                put_text(ws, row, 5, ind.unit, center=True)
                row += 1
            _merge_down(ws, first, row - 1, (1, 2))
    widths(ws, [5, 40, 40, 14, 12])
    page_setup(ws, header_first=top, header_last=top, landscape=False, paper=paper)
    if doc.programs:
        write_programs(ws, doc, paper, start=row + 2)


def _sd_formula(ind: Indicator, cells: list[str]) -> str:
    """s.d. TWk as Excel computes it for the indicator's period consolidation (SPEC §6.1)."""
    joined = ",".join(cells)
    kind = ind.period_consolidation or "sum"
    if kind == "last":
        formula = '"N/A"'
        for ref in cells:
            formula = f"IF(ISNUMBER({ref}),{ref},{formula})"
        return "=" + formula
    fn = "AVERAGE" if kind == "average" else "SUM"
    return f'=IF(COUNT({joined})=0,"N/A",{fn}({joined}))'


def write_rincian(ws: Worksheet, doc: AgreementDocument, paper: str) -> None:
    """Rincian Target Kinerja (seed 003 Format 6) with live s.d. formulas."""
    title(ws, 1, "RINCIAN TARGET KINERJA", 10)
    title(ws, 2, f"TAHUN {doc.year}", 10)
    title(ws, 3, f"{doc.owner.title} — {doc.unit_name}", 10, bold=False)
    top = 5
    header(ws, top, ["No", "IKU", "Satuan", "TARGET", None, None, None, None, None, None])
    header(
        ws,
        top + 1,
        [None, None, None, "TW1", "TW2", "s.d TW2", "TW 3", "s.d. TW3", "TW4", "THN"],
        height=18,
    )
    merge_header(ws, top, 4, top, 10)
    for col in (1, 2, 3):
        merge_header(ws, top, col, top + 1, col)
    row = top + 2
    for n, (_, ind) in enumerate(doc.indicators(), start=1):
        put_text(ws, row, 1, n, center=True)
        put_text(ws, row, 2, ind.name)
        put_text(ws, row, 3, ind.unit, center=True)
        put_value(ws, row, 4, ind.target("TW1"))
        put_value(ws, row, 5, ind.target("TW2"))
        put_value(ws, row, 7, ind.target("TW3"))
        put_value(ws, row, 9, ind.target("TW4"))
        put_value(ws, row, 10, ind.target("annual"))
        for col, refs in ((6, ["D", "E"]), (8, ["D", "E", "G"])):
            cell = ws.cell(row, col, _sd_formula(ind, [f"{c}{row}" for c in refs]))
            cell.border = BORDER
            cell.alignment = WRAP
            numbers = [
                v.number for p in ("TW1", "TW2", "TW3") if (v := ind.target(p)).number is not None
            ]
            cell.number_format = (
                number_format(max(numbers, key=lambda d: -d.as_tuple().exponent))
                if numbers
                else "General"
            )  # type: ignore[operator]
        row += 1
    widths(ws, [5, 50, 11, 9, 9, 10, 9, 10, 9, 10])
    page_setup(ws, header_first=top, header_last=top + 1, landscape=False, paper=paper)


def write_rencana_aksi(ws: Worksheet, doc: AgreementDocument, paper: str) -> None:
    """Rencana Aksi IKU (seed 000/001/002) with RA → KK → T/O merged as in the seeds."""
    title(ws, 1, f"RENCANA AKSI INDIKATOR KINERJA UTAMA (IKU) TAHUN {doc.year}", 9)
    title(ws, 2, doc.owner.title, 9, bold=False)
    top = 4
    header(
        ws,
        top,
        [
            "NO",
            "Sasaran",
            "Indikator Kinerja Utama",
            "Target IKU",
            "Rencana Aksi dan/atau Rencana Mitigasi yang ditetapkan awal tahun",
            "Kriteria Keberhasilan",
            "Target/Output",
            "Waktu",
            "Penanggung Jawab",
        ],
        height=45,
    )
    row = top + 1
    n = 0
    for goal, ind in doc.indicators():
        if not ind.action_plans:
            continue
        n += 1
        ind_first = row
        for plan in ind.action_plans:
            ra_first = row
            for kk in plan.criteria:
                kk_first = row
                for out in kk.outputs or ():
                    put_text(ws, row, 1, n if row == ind_first else None, center=True)
                    put_text(ws, row, 2, goal.text if row == ind_first else None)
                    put_text(ws, row, 3, ind.name if row == ind_first else None)
                    if row == ind_first:
                        put_value(ws, row, 4, ind.target("annual"))
                    put_text(ws, row, 5, f"{plan.number}. {plan.text}" if row == ra_first else None)
                    put_text(ws, row, 6, f"{kk.number} {kk.text}" if row == kk_first else None)
                    put_text(ws, row, 7, f"{out.number}. {out.text}")
                    put_text(ws, row, 8, f"TW {out.due_quarter}", center=True)
                    put_text(ws, row, 9, out.responsible)
                    row += 1
                _merge_down(ws, kk_first, row - 1, (6,))
            _merge_down(ws, ra_first, row - 1, (5,))
        _merge_down(ws, ind_first, row - 1, (1, 2, 3, 4))
    widths(ws, [5, 24, 28, 10, 34, 34, 34, 8, 20])
    page_setup(ws, header_first=top, header_last=top, landscape=True, paper=paper)


def write_ksd(ws: Worksheet, doc: AgreementDocument, paper: str) -> None:
    """Kegiatan Strategis Daerah (seed 002 lampiran IV): one row per target month."""
    title(ws, 1, f"KEGIATAN STRATEGIS DAERAH {doc.unit_name.upper()} TAHUN {doc.year}", 12)
    top = 3
    header(
        ws,
        top,
        [
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
            "IKU",
        ],
    )
    merge_header(ws, top, 8, top, 9)
    header(ws, top + 1, [str(i) for i in range(1, 13)], height=15)
    row = top + 2
    for n, ksd in enumerate(doc.ksd, start=1):
        months = [m for m in ksd.months if m.output is not None] or [None]
        first = row
        name = ksd.name + (f" SUB KSD : {ksd.sub_name}" if ksd.sub_name else "")
        for month in months:
            if row == first:
                for col, value in enumerate(
                    (
                        n,
                        ksd.ksd_number,
                        name,
                        ksd.action_plan,
                        ksd.responsible_units,
                        ksd.related_agencies,
                        ksd.success_criteria,
                    ),
                    start=1,
                ):
                    put_text(ws, row, col, value, center=col <= 2)
                if ksd.capaian is not None:
                    put_value(ws, row, 10, ksd.capaian)
                put_text(ws, row, 11, ksd.notes)
                put_text(ws, row, 12, ksd.indicator_name)  # the IKU it serves
            put_text(ws, row, 8, f"B{month.month:02d}" if month else None, center=True)
            put_text(ws, row, 9, month.output if month else None)
            row += 1
        _merge_down(ws, first, row - 1, (1, 2, 3, 4, 5, 6, 7, 10, 11, 12))
    widths(ws, [5, 7, 26, 30, 28, 24, 30, 7, 34, 9, 24, 28])
    page_setup(ws, header_first=top, header_last=top + 1, landscape=True, paper=paper)


def write_metadata(
    ws: Worksheet, doc: AgreementDocument, paper: str, metadata: dict[str, dict[str, str | None]]
) -> None:
    """The metadata codes of every IKU, one row each: what makes export → import exact."""
    labels = ["Sasaran", "Indikator", *METADATA_HEADERS.values()]
    title(ws, 1, f"METADATA INDIKATOR KINERJA TAHUN {doc.year}", len(labels))
    header(ws, 3, labels)
    row = 4
    for goal, ind in doc.indicators():
        values = metadata.get(ind.id, {})
        put_text(ws, row, 1, goal.text)
        put_text(ws, row, 2, ind.name)
        for col, field in enumerate(METADATA_HEADERS, start=3):
            put_text(ws, row, col, values.get(field))
        row += 1
    widths(ws, [28, 30] + [16] * len(METADATA_HEADERS))
    page_setup(ws, header_first=3, header_last=3, landscape=True, paper=paper)


def write_scores(ws: Worksheet, doc: AgreementDocument, paper: str) -> None:
    """Laporan capaian triwulan: consolidated target and realisation, capaian, weights, scores."""
    from app.documents.text import PERIOD_LABELS

    report = doc.scores
    period = report.period if report else "TW4"
    title(
        ws,
        1,
        f"LAPORAN CAPAIAN KINERJA {PERIOD_LABELS.get(period, period).upper()} TAHUN {doc.year}",
        9,
    )
    title(ws, 2, f"{doc.owner.title} — {doc.unit_name}", 9, bold=False)
    top = 4
    header(
        ws,
        top,
        [
            "No",
            "Sasaran",
            "Indikator Kinerja",
            "Satuan",
            f"Target s.d. {period}",
            f"Realisasi s.d. {period}",
            "Capaian (%)",
            "Bobot (%)",
            "Bobot × Capaian",
        ],
    )
    row = top + 1
    n = 0
    for goal in doc.goals:
        first = row
        for ind in goal.indicators:
            n += 1
            score = report.indicators.get(ind.id) if report else None
            put_text(ws, row, 1, n, center=True)
            put_text(ws, row, 2, goal.text if row == first else None)
            put_text(ws, row, 3, ind.name)
            put_text(ws, row, 4, ind.unit, center=True)
            put_value(ws, row, 5, score.target if score else None)
            put_value(ws, row, 6, score.actual if score else None)
            put_value(ws, row, 7, _round(score.capaian) if score else None)
            put_value(ws, row, 8, _round(score.weight) if score else None)
            cell = ws.cell(
                row, 9, f'=IF(AND(ISNUMBER(G{row}),ISNUMBER(H{row})),G{row}*H{row}/100,"N/A")'
            )
            cell.number_format = "#,##0.00"
            cell.border = BORDER
            row += 1
        _merge_down(ws, first, row - 1, (2,))
        goal_score = report.goals.get(goal.id) if report else None
        put_text(ws, row, 3, "Nilai Sasaran")
        ws.cell(row, 3).font = BOLD
        put_value(ws, row, 9, _round(goal_score.score) if goal_score else None)
        row += 1
    put_text(ws, row, 3, "Nilai Kinerja")
    ws.cell(row, 3).font = BOLD
    put_value(ws, row, 9, _round(report.overall) if report else None)
    ws.cell(row, 9).font = BOLD
    widths(ws, [5, 30, 34, 10, 12, 12, 11, 10, 13])
    page_setup(ws, header_first=top, header_last=top, landscape=True, paper=paper)


def _round(value: Decimal | None) -> Decimal | None:
    from app.engine.numbers import round2

    return round2(value)

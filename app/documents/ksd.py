"""5. Kegiatan Strategis Daerah, landscape.

* DKI (`dki_ksd_monthly`, seed 002 lampiran IV): No, No KSD, Nama KSD (with its Sub KSD),
  Rencana Aksi, Penanggung Jawab, Instansi Terkait, Kriteria Keberhasilan, Target (month
  B01–B12 and the expected output, one line per month), Capaian %, Keterangan.
* Kaltara (`kaltara_ksd`, seed 003 Format 7): No, IKU, Program KSD, Rencana Aksi/Sub-Aksi,
  Penanggung Jawab, Output, Target Waktu.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Table, TableStyle

from app.documents.common import Ctx, table_then_signatures, titles
from app.documents.model import AgreementDocument, KsdMonth, KsdRow
from app.documents.styles import BLACK, CELL_FONT, LINE
from app.documents.tables import PAD, Cell, GridBuilder, row
from app.documents.text import esc, numbered_lines, para, percent
from app.engine.dates import MONTHS_ID

TITLE = "Kegiatan Strategis Daerah"
KALTARA = "kaltara_ksd"

DKI_HEADERS = (
    "NO",
    "NO KSD",
    "NAMA KSD",
    "RENCANA AKSI",
    "PENANGGUNG JAWAB",
    "INSTANSI TERKAIT",
    "KRITERIA KEBERHASILAN",
    "TARGET",
    "",
    "CAPAIAN (%)",
    "KETERANGAN",
)
DKI_FRACTIONS = (0.028, 0.036, 0.12, 0.12, 0.12, 0.11, 0.13, 0.04, 0.15, 0.056, 0.09)
KALTARA_HEADERS = (
    "No",
    "IKU",
    "Program Kegiatan Strategis Daerah",
    "Rencana Aksi/Sub-Aksi",
    "Penanggung Jawab",
    "Output",
    "Target Waktu",
)
KALTARA_FRACTIONS = (0.04, 0.17, 0.17, 0.18, 0.15, 0.2, 0.09)


def is_landscape(doc: AgreementDocument) -> bool:
    return True


def has_content(doc: AgreementDocument) -> bool:
    return bool(doc.ksd)


def month_code(month: int) -> str:
    return f"B{month:02d}"


def _months(ksd: KsdRow) -> list[KsdMonth | None]:
    months = sorted((m for m in ksd.months if m.output or m.done), key=lambda m: m.month)
    return list(months) or [None]


def build(doc: AgreementDocument, ctx: Ctx) -> list[Flowable]:
    if doc.profile.layout("ksd") == KALTARA:
        return _build_kaltara(doc, ctx)
    return _build_dki(doc, ctx)


def _name_cell(ksd: KsdRow, ctx: Ctx, *, with_number: bool = False) -> Cell:
    """The KSD's name and Sub KSD; `with_number` leads with "KSD 10:" where the format has
    no NO KSD column of its own (Kaltara Format 7)."""
    s = ctx.styles
    text = esc(ksd.name)
    if with_number and ksd.ksd_number:
        text = f"<b>KSD {esc(ksd.ksd_number)}:</b> {text}"
    if ksd.sub_name:
        text += f"<br/><b>SUB KSD :</b> {esc(ksd.sub_name)}"
    return para(text, s.cell, markup=True)


def _build_dki(doc: AgreementDocument, ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    h = s.head
    widths = [ctx.width * f for f in DKI_FRACTIONS]
    header = [
        [para(x, h) if x else "" for x in DKI_HEADERS],
        [*[""] * 7, para("Bulan", h), para("Output", h), "", ""],
        # Seed 002 numbers the columns 1 … 11 under the header, on every page.
        [para(str(n), s.head_small) for n in range(1, len(DKI_HEADERS) + 1)],
    ]
    spans = [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 3, 4, 5, 6, 9, 10)]
    spans.append(("SPAN", (7, 0), (8, 0)))
    grid = GridBuilder(widths, header, spans, max_chunk=ctx.max_chunk)
    for ksd in doc.ksd:
        r = row(
            [
                para(ksd.number, s.cell_center),
                para(ksd.ksd_number or "", s.cell_center),
                _name_cell(ksd, ctx),
                para(ksd.action_plan, s.cell),
                para(ksd.responsible_units or "", s.cell_small),
                para(ksd.related_agencies or "", s.cell_small),
                para(ksd.success_criteria or "", s.cell),
                _month_targets(ksd, widths[7], widths[8], ctx),
                "",
                para(percent(ksd.capaian) if ksd.capaian is not None else "", s.cell_center),
                para(ksd.notes or "", s.cell_small),
            ]
        )
        # The month/output pairs are one nested table across the two TARGET columns.
        r.styles += [
            ("SPAN", (7, 0), (8, 0)),
            ("LEFTPADDING", (7, 0), (8, 0), 0),
            ("RIGHTPADDING", (7, 0), (8, 0), 0),
            ("TOPPADDING", (7, 0), (8, 0), 0),
            ("BOTTOMPADDING", (7, 0), (8, 0), 0),
        ]
        grid.add(r)
    return [
        *titles(
            [f"KEGIATAN STRATEGIS DAERAH {doc.unit_name.upper()} TAHUN {doc.year}"],
            ctx,
        ),
        *table_then_signatures(
            grid, doc, ctx, empty_text="Belum ada Kegiatan Strategis Daerah.", owner_only=True
        ),
    ]


def _month_targets(ksd: KsdRow, month_width: float, output_width: float, ctx: Ctx) -> Cell:
    s = ctx.styles
    months = [m for m in _months(ksd) if m is not None]
    if not months:
        return ""
    data = [
        [para(month_code(m.month), s.cell_center), para(numbered_lines(m.output), s.cell)]
        for m in months
    ]
    return Table(
        data,
        colWidths=[month_width, output_width],
        style=TableStyle(
            [
                CELL_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEAFTER", (0, 0), (0, -1), LINE, BLACK),
                ("LINEBELOW", (0, 0), (-1, -2), LINE, BLACK),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("TOPPADDING", (0, 0), (-1, -1), PAD),
                ("BOTTOMPADDING", (0, 0), (-1, -1), PAD + 0.6),
            ]
        ),
    )


def _build_kaltara(doc: AgreementDocument, ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    widths = [ctx.width * f for f in KALTARA_FRACTIONS]
    grid = GridBuilder(
        widths, [[para(x, s.head) for x in KALTARA_HEADERS]], max_chunk=ctx.max_chunk
    )
    for ksd in doc.ksd:
        for k, month in enumerate(_months(ksd)):
            first = k == 0
            when = f"{MONTHS_ID[month.month - 1]} {doc.year}" if month else ""
            grid.add(
                row(
                    [
                        para(ksd.number, s.cell_center) if first else "",
                        para(ksd.indicator_name or "", s.cell) if first else "",
                        _name_cell(ksd, ctx, with_number=True) if first else "",
                        para(ksd.action_plan, s.cell) if first else "",
                        para(ksd.responsible_units or "", s.cell_small) if first else "",
                        para(numbered_lines(month.output), s.cell) if month else "",
                        para(when, s.cell_center),
                    ],
                    [first] * 5 + [True, True],
                )
            )
    return [
        *titles(
            ["KEGIATAN STRATEGIS DAERAH", f"TAHUN {doc.year}"], ctx, subtitle=[doc.owner.title]
        ),
        *table_then_signatures(
            grid, doc, ctx, empty_text="Belum ada Kegiatan Strategis Daerah.", owner_only=True
        ),
    ]

"""2. Lampiran PK / the PK table.

* DKI (`dki_three_category`, seed 001 and the Instruksi Sekda 4/2024 format): landscape,
  sections per sasaran category, columns No, Sasaran, Indikator Kinerja, Sumber Data,
  Pengukuran Kinerja, Triwulan I–IV, Tahunan, Keterangan (the unit). The Pengukuran Kinerja
  texts run to a page and continue on the next under the repeated header.
* Kaltara (`kaltara_program`, seed 003 Format 2/4 and seed 004): portrait, No / Sasaran
  Strategis / Indikator Kinerja / Target with the (1)–(4) column numbers, then the Program /
  Anggaran table with its total.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.documents.common import (
    Ctx,
    closing_signatures,
    is_jpt,
    owner_identity,
    table_then_signatures,
    titles,
)
from app.documents.model import AgreementDocument, Goal
from app.documents.tables import GridBuilder, category_row, row
from app.documents.text import money, para, paras, target_with_unit, value_text

TITLE = "Perjanjian Kinerja"
SMALL_PROGRAM_TABLE = 12
DKI = "dki_three_category"
KALTARA = "kaltara_program"


def layout(doc: AgreementDocument) -> str:
    return doc.profile.layout("pk_table", DKI)


def is_landscape(doc: AgreementDocument) -> bool:
    return layout(doc) != KALTARA


def build(doc: AgreementDocument, ctx: Ctx) -> list[Flowable]:
    if layout(doc) == KALTARA:
        return build_kaltara(doc, ctx)
    return build_dki(doc, ctx)


def grouped_goals(doc: AgreementDocument) -> list[tuple[str, list[Goal]]]:
    """Goals per category in the profile's order; unknown categories last, in their order."""
    order = [code for code, _ in doc.profile.categories]
    buckets: dict[str, list[Goal]] = {}
    for goal in doc.goals:
        buckets.setdefault(goal.category, []).append(goal)
    codes = [c for c in order if c in buckets] + [c for c in buckets if c not in order]
    return [(code, buckets[code]) for code in codes]


def dki_title(doc: AgreementDocument) -> str:
    if is_jpt(doc) and doc.unit_kind in (None, "perangkat_daerah"):
        return f"PERJANJIAN KINERJA KEPALA PERANGKAT DAERAH TAHUN {doc.year}"
    return f"PERJANJIAN KINERJA TAHUN {doc.year}"


DKI_FRACTIONS = (0.03, 0.13, 0.14, 0.062, 0.322, 0.048, 0.048, 0.048, 0.048, 0.054, 0.07)


def build_dki(doc: AgreementDocument, ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    widths = [ctx.width * f for f in DKI_FRACTIONS]
    h = s.head
    header = [
        [
            para("No", h),
            para("Sasaran", h),
            para("Indikator Kinerja", h),
            para("Sumber Data", h),
            para("Pengukuran Kinerja", h),
            para("Triwulan", h),
            "",
            "",
            "",
            para("Tahunan", h),
            para("Keterangan", h),
        ],
        ["", "", "", "", "", para("I", h), para("II", h), para("III", h), para("IV", h), "", ""],
    ]
    spans = [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 3, 4, 9, 10)]
    spans.append(("SPAN", (5, 0), (8, 0)))
    grid = GridBuilder(widths, header, spans, max_chunk=ctx.max_chunk)
    columns = len(widths)
    for category, goals in grouped_goals(doc):
        grid.add(category_row(para(doc.profile.category_label(category), s.category), columns))
        for goal in goals:
            if not goal.indicators:
                grid.add(
                    row(
                        [para(goal.number, s.cell_center), para(goal.text, s.cell)]
                        + [""] * (columns - 2)
                    )
                )
                continue
            for n, ind in enumerate(goal.indicators):
                first = n == 0
                cells = [
                    para(goal.number, s.cell_center) if first else "",
                    para(goal.text, s.cell) if first else "",
                    para(ind.name, s.cell),
                    para(ind.source_system or "", s.cell_center),
                    paras(ind.measurement_text, s.cell_small),
                    *[para(value_text(ind.target(p)), s.cell_center) for p in _QUARTERS],
                    para(value_text(ind.target("annual")), s.cell_center),
                    para(ind.unit or "", s.cell_center),
                ]
                starts = [first, first] + [True] * (columns - 2)
                grid.add(row(cells, starts))
    out: list[Flowable] = [
        *titles([dki_title(doc)], ctx),
        owner_identity(doc, ctx),
        Spacer(1, 3 * mm),
    ]
    if doc.programs:
        # Seed 004: the agreement's program budget follows the sasaran table.
        out += [
            grid.build(empty_text=para("Belum ada sasaran.", s.cell)),
            Spacer(1, 5 * mm),
            *program_table(doc, ctx),
        ]
    else:
        out += table_then_signatures(grid, doc, ctx, empty_text="Belum ada sasaran.")
    return out


_QUARTERS = ("TW1", "TW2", "TW3", "TW4")


def kaltara_title(doc: AgreementDocument) -> list[str]:
    return [f"LAMPIRAN PERJANJIAN KINERJA TAHUN {doc.year}", doc.owner.title.upper()]


def build_kaltara(doc: AgreementDocument, ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    h = s.head
    widths = [ctx.width * f for f in (0.07, 0.38, 0.38, 0.17)]
    header = [
        [
            para("No", h),
            para("Sasaran Strategis", h),
            para("Indikator Kinerja", h),
            para("Target", h),
        ],
        [para(f"({n})", h) for n in range(1, 5)],
    ]
    grid = GridBuilder(widths, header, max_chunk=ctx.max_chunk)
    for goal in doc.goals:
        inds = goal.indicators or ()
        if not inds:
            grid.add(row([para(goal.number, s.cell_center), para(goal.text, s.cell), "", ""]))
        for n, ind in enumerate(inds):
            first = n == 0
            grid.add(
                row(
                    [
                        para(goal.number, s.cell_center) if first else "",
                        para(goal.text, s.cell) if first else "",
                        para(ind.name, s.cell),
                        para(target_with_unit(ind.target("annual"), ind.unit), s.cell_center),
                    ],
                    [first, first, True, True],
                )
            )
    out: list[Flowable] = [
        *titles(kaltara_title(doc), ctx),
        grid.build(empty_text=para("Belum ada sasaran.", s.cell)),
        Spacer(1, 5 * mm),
        *program_table(doc, ctx, format_2=True),
    ]
    return out


def program_table(doc: AgreementDocument, ctx: Ctx, *, format_2: bool = False) -> list[Flowable]:
    """The programs and their budget with the Jumlah row, then the signatures: No / Program /
    Anggaran (Rp) / Keterangan as seed 004 prints it, or, with `format_2`, Program | Anggaran
    with "1. …" and "Rp …" as seed 003 Format 2/4 draws it."""
    s = ctx.styles
    h = s.head
    total = sum((p.budget for p in doc.programs), Decimal(0))
    if format_2:
        widths = [ctx.width * 0.7, ctx.width * 0.3]
        grid = GridBuilder(
            widths, [[para("Program", h), para("Anggaran", h)]], max_chunk=ctx.max_chunk
        )
        for program in doc.programs:
            grid.add(
                row(
                    [
                        para(f"{program.number}. {program.name}", s.cell),
                        para(f"Rp {money(program.budget)}", s.cell_right),
                    ]
                )
            )
        if doc.programs:
            grid.add(
                row([para("Jumlah", s.cell_bold), para(f"Rp {money(total)}", s.cell_bold_right)])
            )
    else:
        fractions = (0.07, 0.5, 0.22, 0.21) if not ctx.landscape else (0.04, 0.5, 0.16, 0.3)
        widths = [ctx.width * f for f in fractions]
        header = [
            [para("No", h), para("Program", h), para("Anggaran (Rp)", h), para("Keterangan", h)]
        ]
        grid = GridBuilder(widths, header, max_chunk=ctx.max_chunk)
        for program in doc.programs:
            grid.add(
                row(
                    [
                        para(program.number, s.cell_center),
                        para(program.name, s.cell),
                        para(money(program.budget), s.cell_right),
                        para(program.note or "", s.cell),
                    ]
                )
            )
        if doc.programs:
            total_row = row(
                [para("Jumlah", s.cell_bold), "", para(money(total), s.cell_bold_right), ""],
            )
            total_row.styles.append(("SPAN", (0, 0), (1, 0)))
            grid.add(total_row)
    if len(doc.programs) <= SMALL_PROGRAM_TABLE:
        # A short budget table stays whole, on the page of its signatures.
        table = grid.build(empty_text=para("Belum ada program dan anggaran yang dicatat.", s.cell))
        return [closing_signatures(doc, ctx, keep_with=[table])]
    return table_then_signatures(
        grid, doc, ctx, empty_text="Belum ada program dan anggaran yang dicatat."
    )

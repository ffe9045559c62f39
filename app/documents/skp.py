"""8. Sasaran Kinerja Pegawai (seed 003 Format 5), portrait: the assessor (the superior) and the
assessed owner, then each sasaran with its IKUs and their targets. BIAYA comes from the
agreement's programs: a sasaran's own programs on its row, and the total of every program
on a closing Jumlah row (the Kaltara lampiran lists programs for the whole PK)."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.documents.common import Ctx, table_then_signatures, titles
from app.documents.model import AgreementDocument, Signatory
from app.documents.tables import GridBuilder, row
from app.documents.text import esc, money, nip_text, para, target_with_unit

TITLE = "Sasaran Kinerja Pegawai"


def is_landscape(doc: AgreementDocument) -> bool:
    return False


def _people(doc: AgreementDocument, ctx: Ctx) -> Flowable:
    s = ctx.styles
    h = s.head
    widths = [ctx.width * f for f in (0.06, 0.14, 0.33, 0.14, 0.33)]
    header = [
        [para("No", h), para("I. PEJABAT PENILAI", h), "", para("II. PNS YANG DINILAI", h), ""]
    ]
    spans = [("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0))]
    grid = GridBuilder(widths, header, spans, max_chunk=ctx.max_chunk)
    grouping = doc.profile.nip_grouping
    superior = doc.superior or Signatory(name="", title="")

    def facts(person: Signatory, unit: str | None) -> list[str]:
        return [
            person.name or "-",
            nip_text(person.nip, grouping).removeprefix("NIP ") or "-",
            person.rank or "-",
            person.title or "-",
            unit or "-",
        ]

    left = facts(superior, superior.unit_name)
    right = facts(doc.owner, doc.owner.unit_name or doc.unit_name)
    for n, label in enumerate(("Nama", "NIP", "Pangkat/Gol", "Jabatan", "Unit Kerja")):
        grid.add(
            row(
                [
                    para(str(n + 1), s.cell_center),
                    para(label, s.cell),
                    para(left[n], s.cell),
                    para(label, s.cell),
                    para(right[n], s.cell),
                ]
            )
        )
    return grid.build()


def _tasks(doc: AgreementDocument, ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    h = s.head
    widths = [ctx.width * f for f in (0.06, 0.39, 0.05, 0.13, 0.1, 0.1, 0.17)]
    header = [
        [
            para("No", h),
            para("III. KEGIATAN TUGAS JABATAN", h),
            para("AK", h),
            para("TARGET", h),
            "",
            "",
            "",
        ],
        ["", "", "", para("KUANTITAS", h), para("KUALITAS", h), para("WAKTU", h), para("BIAYA", h)],
    ]
    spans = [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2)] + [("SPAN", (3, 0), (6, 0))]
    grid = GridBuilder(widths, header, spans, max_chunk=ctx.max_chunk)
    budgets: dict[str, Decimal] = {}
    for program in doc.programs:
        if program.goal_id:
            budgets[program.goal_id] = budgets.get(program.goal_id, Decimal(0)) + program.budget
    for n, goal in enumerate(doc.goals, start=1):
        budget = budgets.get(goal.id)
        grid.add(
            row(
                [
                    para(str(n), s.cell_center),
                    para(f"<b>{esc(goal.text)}</b>", s.cell, markup=True),
                    "",
                    "",
                    "",
                    "",
                    para(f"Rp {money(budget)}", s.cell_right)
                    if budget is not None
                    else para("-", s.cell_center),
                ],
                [True, True, True, True, True, True, True],
            )
        )
        for ind in goal.indicators:
            grid.add(
                row(
                    [
                        "",
                        para(f"– {esc(ind.name)}", s.cell, markup=True),
                        para("-", s.cell_center),
                        para(target_with_unit(ind.target("annual"), ind.unit), s.cell_center),
                        para("100", s.cell_center),
                        para("12 bulan", s.cell_center),
                        "",
                    ],
                    [False, True, True, True, True, True, False],
                )
            )
    if doc.programs:
        total = sum((p.budget for p in doc.programs), Decimal(0))
        jumlah = row(
            [
                "",
                para("<b>Jumlah biaya (program Perjanjian Kinerja)</b>", s.cell, markup=True),
                "",
                "",
                "",
                "",
                para(f"Rp {money(total)}", s.cell_right),
            ]
        )
        jumlah.styles.append(("SPAN", (1, 0), (5, 0)))
        grid.add(jumlah)
    return table_then_signatures(grid, doc, ctx, empty_text="Belum ada sasaran.")


def build(doc: AgreementDocument, ctx: Ctx) -> list[Flowable]:
    return [
        *titles(["SASARAN KINERJA PEGAWAI", f"TAHUN {doc.year}"], ctx),
        _people(doc, ctx),
        Spacer(1, 5 * mm),
        *_tasks(doc, ctx),
    ]

"""4. Rencana Aksi IKU (seed 000 format, seed 001/002 examples), landscape.

One row per Target/Output; Sasaran, IKU, RA and KK are visually merged over their rows
(RA n → KK n.m → T/O n.m.k), so a long plan breaks across pages between any two outputs.
The Penanggung Jawab column appears when any output names one (seed 002), each person on a
line of their own. RA numbers are the plan's own (seed 002 prints RA2 and RA4 for an IKU
whose other actions sit elsewhere). Only IKU with a plan are listed, as seeds 001 and 002
print the table; `AgreementDocument.plan_every_indicator` lists every IKU, those without a
plan with an empty row to plan in.
"""

from __future__ import annotations

import re

from reportlab.platypus import Flowable

from app.documents.common import Ctx, is_jpt, table_then_signatures, titles
from app.documents.model import ActionPlan, AgreementDocument, Goal, Indicator
from app.documents.tables import Cell, GridBuilder, row
from app.documents.text import esc, para, quarter_text, value_text

TITLE = "Rencana Aksi IKU"

HEADERS = (
    "NO",
    "Sasaran",
    "Indikator Kinerja Utama",
    "Target IKU",
    "Rencana Aksi dan/atau Rencana Mitigasi yang ditetapkan awal tahun",
    "Kriteria Keberhasilan",
    "Target/Output",
    "Waktu",
    "Penanggung Jawab",
)
FRACTIONS = (0.03, 0.13, 0.14, 0.06, 0.2, 0.2, 0.2, 0.04)
FRACTIONS_PJ = (0.03, 0.12, 0.12, 0.055, 0.175, 0.175, 0.175, 0.04, 0.11)


def is_landscape(doc: AgreementDocument) -> bool:
    return True


def has_content(doc: AgreementDocument) -> bool:
    return any(ind.action_plans for _, ind in doc.indicators())


def title(doc: AgreementDocument) -> str:
    if is_jpt(doc):
        return (
            f"RENCANA AKSI INDIKATOR KINERJA UTAMA (IKU) JABATAN PIMPINAN TINGGI TAHUN {doc.year}"
        )
    return f"RENCANA AKSI INDIKATOR KINERJA UTAMA (IKU) TAHUN {doc.year}"


def _numbered(number: str, text: str) -> str:
    return f"{esc(number)}. {esc(text)}"


def leaf_rows(ind: Indicator) -> list[tuple[int, int, int]]:
    """(ra, kk, to) index triples, -1 where a level is empty, one per printed row."""
    out: list[tuple[int, int, int]] = []
    for a, plan in enumerate(ind.action_plans):
        if not plan.criteria:
            out.append((a, -1, -1))
        for c, criterion in enumerate(plan.criteria):
            if not criterion.outputs:
                out.append((a, c, -1))
            for o in range(len(criterion.outputs)):
                out.append((a, c, o))
    return out or [(-1, -1, -1)]


def build(doc: AgreementDocument, ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    with_pj = any(
        o.responsible
        for _, ind in doc.indicators()
        for plan in ind.action_plans
        for c in plan.criteria
        for o in c.outputs
    )
    fractions = FRACTIONS_PJ if with_pj else FRACTIONS
    headers = HEADERS if with_pj else HEADERS[:-1]
    widths = [ctx.width * f / sum(fractions) for f in fractions]
    grid = GridBuilder(widths, [[para(x, s.head) for x in headers]], max_chunk=ctx.max_chunk)
    for goal in doc.goals:
        listed = [i for i in goal.indicators if doc.plan_every_indicator or i.action_plans]
        for n, ind in enumerate(listed):
            _add_indicator(grid, goal, ind, first_of_goal=n == 0, with_pj=with_pj, ctx=ctx)
    return [
        *titles([title(doc)], ctx, subtitle=[doc.owner.title]),
        *table_then_signatures(grid, doc, ctx, empty_text="Belum ada rencana aksi."),
    ]


def _add_indicator(
    grid: GridBuilder, goal: Goal, ind: Indicator, *, first_of_goal: bool, with_pj: bool, ctx: Ctx
) -> None:
    s = ctx.styles
    previous: tuple[int, int, int] | None = None
    previous_pj: str | None = None
    for k, (a, c, o) in enumerate(leaf_rows(ind)):
        first = k == 0
        plan = ind.action_plans[a] if a >= 0 else None
        criterion = plan.criteria[c] if plan is not None and c >= 0 else None
        output = criterion.outputs[o] if criterion is not None and o >= 0 else None
        new_plan = previous is None or previous[0] != a
        new_criterion = new_plan or previous is None or previous[1] != c
        cells: list[Cell] = [
            para(goal.number, s.cell_center) if first and first_of_goal else "",
            para(goal.text, s.cell) if first and first_of_goal else "",
            para(ind.name, s.cell) if first else "",
            para(value_text(ind.target("annual")), s.cell_center) if first else "",
            _plan_cell(plan, ctx) if new_plan and plan is not None else "",
            para(_numbered(criterion.number, criterion.text), s.cell, markup=True)
            if new_criterion and criterion is not None
            else "",
            para(_numbered(output.number, output.text), s.cell, markup=True) if output else "",
            para(quarter_text(output.due_quarter), s.cell_center) if output else "",
        ]
        starts = [
            first and first_of_goal,
            first and first_of_goal,
            first,
            first,
            new_plan,
            new_criterion,
            True,
            True,
        ]
        if with_pj:
            pj = output.responsible if output else None
            new_pj = first or pj != previous_pj
            cells.append(para(responsible_lines(pj), s.cell) if new_pj else "")
            starts.append(new_pj)
            previous_pj = pj
        grid.add(row(cells, starts))
        previous = (a, c, o)


def responsible_lines(text: str | None) -> str:
    """ "Kepala Bagian KKPP; Ketua Subkelompok X" -> one "-name" per line, as seed 002 lists
    them; a single person prints as written."""
    people = [p.strip().lstrip("-").strip() for p in re.split(r"[;\n]", text or "")]
    people = [p for p in people if p]
    if len(people) < 2:
        return people[0] if people else ""
    return "\n".join(f"-{p}" for p in people)


def _plan_cell(plan: ActionPlan, ctx: Ctx) -> Cell:
    s = ctx.styles
    text = para(_numbered(plan.number, plan.text), s.cell, markup=True)
    if plan.mitigation:
        return [text, para(f"<i>Mitigasi:</i> {esc(plan.mitigation)}", s.cell_small, markup=True)]
    return text

"""9. Matriks Cascading (seed 002 lampiran I–III, seed 003 §2.2.5), landscape: the owner's
indicators as rows, the subordinates who received them as columns, ✓ with the note and the
subordinate's target in the cells. More than six subordinates continue in a second table
that repeats the indicator columns, so no column gets too narrow to read."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.documents.common import Ctx, closing_signatures, titles
from app.documents.model import AgreementDocument, Indicator, Subordinate
from app.documents.pk_table import grouped_goals
from app.documents.tables import Cell, GridBuilder, category_row, row
from app.documents.text import CASCADE_METHOD_LABELS, esc, para, value_text

TITLE = "Matriks Cascading"
PER_TABLE = 6
_DANGLING = frozenset({"sekretaris", "sekretariat", "provinsi", "kota", "pada", "di"})
FIXED = (0.03, 0.17, 0.03, 0.21, 0.06, 0.06)


def is_landscape(doc: AgreementDocument) -> bool:
    return True


def short_title(title: str, context: str) -> str:
    """ "Asisten Pemerintahan Sekretaris Kota Administrasi Jakarta Barat" in the matrix of the
    Walikota of "Kota Administrasi Jakarta Barat" -> "Asisten Pemerintahan": the words the
    whole matrix shares say nothing in a narrow column header."""
    words = title.split()
    tail = context.split()
    n = 0
    while n < min(len(words) - 1, len(tail)) and words[-1 - n].lower() == tail[-1 - n].lower():
        n += 1
    if n >= 2:
        words = words[: len(words) - n]
        while len(words) > 1 and words[-1].lower() in _DANGLING:
            words.pop()
    return " ".join(words)


def _mark(ind: Indicator, sub: Subordinate, ctx: Ctx) -> Cell:
    s = ctx.styles
    marks = [m for m in ind.cascades if m.subordinate_key == sub.key]
    if not marks:
        return ""
    lines = []
    for mark in marks:
        text = "✓"
        if mark.note:
            note = mark.note.strip()
            text += f" {esc(note)}" if note.startswith("(") else f" ({esc(note)})"
        if mark.method == "indirect":
            # A direct cascade copies the target; an indirect one shares it out (§2.2.6).
            detail = CASCADE_METHOD_LABELS["indirect"]
            if not mark.target.is_na:
                detail += f", target {esc(value_text(mark.target))}"
            text += f"<br/><font size=6.2>{detail}</font>"
        lines.append(text)
    return para("<br/>".join(lines), s.cell_center, markup=True)


def _table(doc: AgreementDocument, subs: list[Subordinate | None], ctx: Ctx) -> Flowable:
    s = ctx.styles
    h = s.head
    rest = 1 - sum(FIXED)
    widths = [ctx.width * f for f in FIXED] + [ctx.width * rest / len(subs)] * len(subs)
    first_row: list[Cell] = [
        para("NO", h),
        para("Sasaran", h),
        para("NO", h),
        para("Indikator Kinerja", h),
        para("Target", h),
        para("Satuan", h),
        para("Bawahan yang menerima IKU", h),
    ] + [""] * (len(subs) - 1)
    second_row: list[Cell] = [""] * len(FIXED) + [
        para(short_title(sub.title, doc.unit_name) or sub.name, s.head_small) if sub else ""
        for sub in subs
    ]
    spans = [("SPAN", (c, 0), (c, 1)) for c in range(len(FIXED))]
    spans.append(("SPAN", (len(FIXED), 0), (-1, 0)))
    grid = GridBuilder(widths, [first_row, second_row], spans, max_chunk=ctx.max_chunk)
    columns = len(widths)
    for category, goals in grouped_goals(doc):
        grid.add(category_row(para(doc.profile.category_label(category), s.category), columns))
        for goal in goals:
            for n, ind in enumerate(goal.indicators, start=1):
                first = n == 1
                grid.add(
                    row(
                        [
                            para(goal.number, s.cell_center) if first else "",
                            para(goal.text, s.cell) if first else "",
                            para(str(n), s.cell_center),
                            para(ind.name, s.cell),
                            para(value_text(ind.target("annual")), s.cell_center),
                            para(ind.unit or "", s.cell_center),
                            *[_mark(ind, sub, ctx) if sub else "" for sub in subs],
                        ],
                        [first, first] + [True] * (columns - 2),
                    )
                )
    return grid.build(empty_text=para("Belum ada sasaran.", s.cell))


def build(doc: AgreementDocument, ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [
        *titles(
            [f"MATRIKS CASCADING INDIKATOR DAN TARGET KINERJA TAHUN {doc.year}"],
            ctx,
            subtitle=[doc.owner.title],
        )
    ]
    subs = list(doc.subordinates)
    if not subs:
        out.append(_table(doc, [None], ctx))
        out += [
            Spacer(1, 2 * mm),
            para("Belum ada IKU yang diturunkan (cascading) kepada bawahan.", s.small),
        ]
    for start in range(0, len(subs), PER_TABLE):
        if start:
            out.append(Spacer(1, 6 * mm))
        out.append(_table(doc, list(subs[start : start + PER_TABLE]), ctx))
    out.append(closing_signatures(doc, ctx, owner_only=True))
    return out

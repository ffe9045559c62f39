"""7. Addendum Perjanjian Kinerja (seed 003 Format 6/8): what the agreement said before, what
it says now, and why; signed by the owner and the direct superior (portrait)."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.documents.common import Ctx, closing_signatures, titles
from app.documents.model import AddendumChange, AgreementDocument
from app.documents.tables import GridBuilder, row
from app.documents.text import FIELD_LABELS, PERIOD_LABELS, REASON_LABELS, date_text, esc, para

TITLE = "Addendum Perjanjian Kinerja"


def is_landscape(doc: AgreementDocument) -> bool:
    return False


def _what(change: AddendumChange) -> str:
    field = FIELD_LABELS.get(change.field, change.field.replace("_", " ").capitalize())
    if change.period:
        return f"{field} {PERIOD_LABELS.get(change.period, change.period)}"
    return field


def _table(
    doc: AgreementDocument, ctx: Ctx, value: Callable[[AddendumChange], str | None]
) -> Flowable:
    s = ctx.styles
    h = s.head
    widths = [ctx.width * f for f in (0.06, 0.5, 0.2, 0.24)]
    grid = GridBuilder(
        widths,
        [[para(x, h) for x in ("No", "Sasaran / Indikator Kinerja", "Unsur", "Rincian")]],
        max_chunk=ctx.max_chunk,
    )
    for n, change in enumerate(doc.addendum_changes, start=1):
        subject = []
        if change.goal_text:
            subject.append(f"<b>Sasaran:</b> {esc(change.goal_text)}")
        if change.indicator_name:
            subject.append(f"<b>IKU:</b> {esc(change.indicator_name)}")
        grid.add(
            row(
                [
                    para(str(n), s.cell_center),
                    para("<br/>".join(subject) or "-", s.cell, markup=True),
                    para(_what(change), s.cell),
                    para(value(change) or "-", s.cell),
                ]
            )
        )
    return grid.build(
        empty_text=para("Tidak ada perubahan yang dicatat pada perjanjian ini.", s.cell)
    )


def build(doc: AgreementDocument, ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    original_date = doc.parent_signing_date if doc.kind == "addendum" else doc.signing_date
    parties = doc.owner.title
    if doc.superior is not None:
        parties = f"{doc.owner.title} dan {doc.superior.title}"
    reasons = []
    for change in doc.addendum_changes:
        if change.reason or change.note:
            text = REASON_LABELS.get(change.reason or "", change.reason or "")
            if change.note:
                text = f"{text}: {change.note}" if text else change.note
            if text and text not in reasons:
                reasons.append(text)
    out: list[Flowable] = [
        *titles(["ADDENDUM PERJANJIAN KINERJA", f"TAHUN {doc.year}"], ctx),
        para(
            f"Pada hari ini, telah disepakati adanya <i>addendum</i> atas Perjanjian Kinerja "
            f"tanggal {esc(date_text(original_date))} antara {esc(parties)}, dengan rincian "
            "sebagai berikut:",
            s.body,
            markup=True,
        ),
        para("a. Sebelumnya:", s.body_left),
        Spacer(1, 1.5 * mm),
        _table(doc, ctx, lambda c: c.before),
        Spacer(1, 4 * mm),
        para("b. Menjadi:", s.body_left),
        Spacer(1, 1.5 * mm),
        _table(doc, ctx, lambda c: c.after),
    ]
    if reasons:
        out += [
            Spacer(1, 4 * mm),
            para("Alasan perubahan:", s.body_left),
            *[para(f"– {r}", s.body_left) for r in reasons],
        ]
    out.append(closing_signatures(doc, ctx))
    return out

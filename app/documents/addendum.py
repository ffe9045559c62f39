"""7. Addendum Perjanjian Kinerja (seed 003 Format 6/8): what the agreement said before, what
it says now, and why; signed by the owner and the direct superior (portrait), on the
addendum's own date. Changes are grouped by IKU, values printed with their units ("30 %"),
the reason stated once. Only an addendum prints it (the printing service refuses others)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.documents.common import Ctx, closing_signatures, titles
from app.documents.model import AddendumChange, AgreementDocument
from app.documents.tables import GridBuilder, row
from app.documents.text import (
    FIELD_LABELS,
    PERCENT_UNITS,
    PERIOD_LABELS,
    PLAIN_UNITS,
    REASON_LABELS,
    date_text,
    esc,
    number,
    para,
)

TITLE = "Addendum Perjanjian Kinerja"


def is_landscape(doc: AgreementDocument) -> bool:
    return False


def _what(change: AddendumChange) -> str:
    field = FIELD_LABELS.get(change.field, change.field.replace("_", " ").capitalize())
    if change.period:
        return f"{field} {PERIOD_LABELS.get(change.period, change.period)}"
    return field


_VALUE_FIELDS = frozenset({"target", "target_upper"})
_ORDER = {p: n for n, p in enumerate(("TW1", "TW2", "TW3", "TW4", "S1", "annual"))}


def with_unit(value: str | None, change: AddendumChange) -> str:
    """ "30" of an IKU in Persen -> "30 %"; "325" in Indeks -> "325 Indeks"; texts as typed."""
    if change.field not in _VALUE_FIELDS:
        return value or "-"
    if value is None or value == "":
        return "N/A"  # a target left N/A, as seed 001 prints TW I–III of an annual IKU
    try:
        amount = Decimal(value)
    except InvalidOperation:
        return value
    text = number(amount)
    unit = (change.unit or "").strip()
    if not unit or unit.casefold() in PLAIN_UNITS:
        return text
    return f"{text} %" if unit.casefold() in PERCENT_UNITS else f"{text} {unit}"


def grouped(doc: AgreementDocument) -> list[list[AddendumChange]]:
    """The changes per IKU (in the order the IKU first appears), periods in calendar order."""
    groups: dict[tuple[str | None, str | None], list[AddendumChange]] = {}
    for change in doc.addendum_changes:
        groups.setdefault((change.goal_text, change.indicator_name), []).append(change)
    return [
        sorted(changes, key=lambda c: (_ORDER.get(c.period or "", 9), c.field))
        for changes in groups.values()
    ]


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
    for n, changes in enumerate(grouped(doc), start=1):
        head = changes[0]
        subject = []
        if head.goal_text:
            subject.append(f"<b>Sasaran:</b> {esc(head.goal_text)}")
        if head.indicator_name:
            subject.append(f"<b>IKU:</b> {esc(head.indicator_name)}")
        for k, change in enumerate(changes):
            first = k == 0
            grid.add(
                row(
                    [
                        para(str(n), s.cell_center) if first else "",
                        para("<br/>".join(subject) or "-", s.cell, markup=True) if first else "",
                        para(_what(change), s.cell),
                        para(with_unit(value(change), change), s.cell),
                    ],
                    [first, first, True, True],
                )
            )
    return grid.build(
        empty_text=para("Tidak ada perubahan yang dicatat pada perjanjian ini.", s.cell)
    )


def reason_text(doc: AgreementDocument) -> str | None:
    """The addendum's reason, once: the agreement's own, else what its changes record."""
    codes = [doc.change_reason] if doc.change_reason else []
    notes = [doc.change_note] if doc.change_note else []
    if not codes:
        codes = list(dict.fromkeys(c.reason for c in doc.addendum_changes if c.reason))
    if not notes:
        notes = list(dict.fromkeys(c.note for c in doc.addendum_changes if c.note))
    words = [REASON_LABELS.get(c, c) for c in codes]
    text = "; ".join(words)
    note = " ".join(n.strip() for n in notes if n and n.strip())
    if note:
        text = f"{text}. {note}" if text else note
    return text or None


def build(doc: AgreementDocument, ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    original_date = doc.parent_signing_date if doc.kind == "addendum" else doc.signing_date
    parties = doc.owner.title
    if doc.superior is not None:
        parties = f"{doc.owner.title} dan {doc.superior.title}"
    reason = reason_text(doc)
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
    if reason:
        out += [
            Spacer(1, 4 * mm),
            para(f"Alasan perubahan: {esc(reason)}", s.body_left, markup=True),
        ]
    out.append(closing_signatures(doc, ctx))
    return out

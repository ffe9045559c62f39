"""Typing numbers the way Indonesian offices write them, and showing them that way.

"319,53", "319.53" and "1.234.567" are all accepted (the engine's `parse_id_number` rules);
"N/A", "-" or an empty cell mean N/A. Anything else gives a message that says what was
typed and what is expected: nothing is ever silently read as 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from app.engine.numbers import NA_TEXT, format_id, parse_id_range, parse_id_value


@dataclass(frozen=True, slots=True)
class Parsed:
    """The result of reading a cell: ok with a value (None = N/A) or an error message."""

    ok: bool
    value: Decimal | None = None
    upper: Decimal | None = None
    label: str | None = None
    message: str = ""


def bad_number_message(text: str) -> str:
    return QCoreApplication.translate(
        "NumberEntry", "“{text}” bukan angka. Ketik misalnya 319,53 atau 1.234.567, atau N/A."
    ).format(text=text.strip())


def parse_number(text: str) -> Parsed:
    """A number or N/A; `Parsed.ok` is False with a message for anything else."""
    try:
        return Parsed(True, parse_id_value(text))
    except ValueError:
        return Parsed(False, message=bad_number_message(text))


def parse_range(text: str) -> Parsed:
    """A range target "80–90" (or a single number, or N/A)."""
    simple = parse_number(text)
    if simple.ok:
        return simple
    try:
        low, high = parse_id_range(text)
    except ValueError:
        return Parsed(
            False,
            message=QCoreApplication.translate(
                "NumberEntry", "“{text}” bukan rentang. Ketik misalnya 80–90 atau 3,07 – 3,53."
            ).format(text=text.strip()),
        )
    return Parsed(True, low, high)


def parse_predicate(text: str, scale: tuple[tuple[str, Decimal], ...]) -> Parsed:
    """A label of the indicator's scale (e.g. WTP), its number, or N/A."""
    key = text.strip().casefold()
    for label, value in scale:
        if label.casefold() == key:
            return Parsed(True, value, label=label)
    number = parse_number(text)
    if number.ok:
        for label, value in scale:
            if number.value is not None and value == number.value:
                return Parsed(True, value, label=label)
        if number.value is None:
            return number
    names = ", ".join(label for label, _ in scale)
    return Parsed(
        False,
        message=QCoreApplication.translate(
            "NumberEntry", "“{text}” tidak ada pada skala. Pilih salah satu: {names}."
        ).format(text=text.strip(), names=names),
    )


def decimals_of(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def show_number(value: Decimal | None, na: str = NA_TEXT) -> str:
    """Indonesian spelling keeping every typed decimal: 319,53; 1.234.567; 0,125; N/A."""
    if value is None:
        return na
    normal = value.normalize() if value == value.to_integral_value() else value
    return format_id(value, max(decimals_of(normal), 0), trim=True)


def show_percent(value: Decimal | None, na: str = NA_TEXT) -> str:
    """Capaian and weights: two decimals with the decimal comma (90,80)."""
    return na if value is None else format_id(value, 2)


def show_rupiah(value: Decimal | None) -> str:
    """Exact Rupiah: "Rp 8.797.819.537" (cents shown only when there are any)."""
    if value is None:
        return "—"
    return "Rp " + format_id(value, 2 if value != value.to_integral_value() else 0)


def show_range(low: Decimal | None, high: Decimal | None) -> str:
    if low is None:
        return NA_TEXT
    if high is None or high == low:
        return show_number(low)
    return f"{show_number(low)} – {show_number(high)}"

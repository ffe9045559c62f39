"""Exact numbers and their Indonesian spelling (80,25; 8.797.819.537; N/A).

The engine keeps `Decimal` at full precision; rounding happens only for display or JSON, half
up as Indonesian reports do (90,805 -> 90,81). Parsing is shared by the GUI and the Excel
import, so it accepts what staff type: "319,53", "319.53", "1.234.567", "1.234.567,89", "-2".
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation

HUNDRED = Decimal(100)
ZERO = Decimal(0)
ONE = Decimal(1)
_CENT = Decimal("0.01")

NA_TEXT = "N/A"
# Cells that mean "no value" in the seeds and in staff workbooks.
_NA_WORDS = frozenset({"", "n/a", "na", "-", "–", "—", "n.a.", "n.a", "tidak ada"})

_PLAIN = re.compile(r"\d+")
_GROUPED_DOT = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
_GROUPED_COMMA = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")
_RANGE = re.compile(r"^\s*(.+?)\s*(?:–|—|-|s\.?d\.?|sampai)\s*(.+?)\s*$", re.IGNORECASE)


def to_decimal(value: Decimal | int | float | str) -> Decimal:
    """A Decimal from a number; floats go through their shortest repr so 0.1 stays 0.1."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise TypeError("a boolean is not a number")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    return parse_id_number(value)


# Bounds on a target, realisation or raw-data value, checked in one place (`check_bounds`) by
# the scenario parser, the services (GUI, demo, imports) and everything that stores a number.
# 10^15 is a thousand trillion: above any Indonesian regional budget in rupiah (DKI's APBD is
# under 10^14), with room for two decimals inside the engine's 28 significant digits.
MAX_MAGNITUDE = Decimal("1e15")
# The smallest non-zero magnitude: a ratio of two bounded values then stays far inside the
# range that rounding and printing handle.
MIN_MAGNITUDE = Decimal("1e-9")
# Rounding for display works in its own wide context, so a large capaian never overflows it.
_WIDE = Context(prec=60)
# The same context rounding half up: its `quantize(value, _CENT)` is `round2` without parsing
# keyword arguments (a fifth of the call's cost; a province's result rounds 150,000 numbers).
_ROUND_CENTS = Context(prec=60, rounding=ROUND_HALF_UP).quantize


class NumberOutOfRange(ValueError):
    """A value outside [-10^15, 10^15], or a non-zero value closer to 0 than 10^-9."""

    def __init__(self, value: Decimal) -> None:
        self.value = value
        super().__init__(self.sentence("id"))

    def shown(self) -> str:
        text = str(self.value)
        return text if len(text) <= 24 else f"{self.value:.3E}"

    def sentence(self, lang: str = "id") -> str:
        if abs(self.value) > MAX_MAGNITUDE:
            if lang == "en":
                return (
                    f"the number {self.shown()} is too large: a target or realisation is at most "
                    "1,000,000,000,000,000 (10^15) in size"
                )
            return (
                f"angka {self.shown()} terlalu besar: target atau realisasi paling besar "
                "1.000.000.000.000.000 (10^15)"
            )
        if lang == "en":
            return (
                f"the number {self.shown()} is too small: a non-zero target or realisation is at "
                "least 0.000000001 (10^-9) in size"
            )
        return (
            f"angka {self.shown()} terlalu kecil: target atau realisasi yang bukan nol paling "
            "kecil 0,000000001 (10^-9)"
        )


def check_bounds(value: Decimal) -> Decimal:
    """`value` itself when it is finite and within the bounds; NumberOutOfRange otherwise."""
    if not value.is_finite():
        raise ValueError("angka harus berhingga (bukan NaN atau tak hingga)")
    magnitude = abs(value)
    if magnitude > MAX_MAGNITUDE or (magnitude and magnitude < MIN_MAGNITUDE):
        raise NumberOutOfRange(value)
    return value


def round2(value: Decimal | None) -> Decimal | None:
    """Two decimals, half up, for display and JSON; None (N/A) stays None."""
    if value is None:
        return None
    return value.quantize(_CENT, rounding=ROUND_HALF_UP, context=_WIDE)


def json_number(value: Decimal | None) -> int | float | None:
    """A JSON-ready number rounded to 2 decimals: an int when whole (40), else a float (72.5).

    The float is the nearest double to the two-decimal value, so it prints as that value.
    """
    if value is None:
        return None
    rounded = _ROUND_CENTS(value, _CENT)
    number = float(rounded)
    if number.is_integer():
        # below 10^13 a whole float is exactly the whole two-decimal value, and int() of a
        # float is cheaper than of a Decimal; above, int(rounded) truncates as it always has
        return int(number) if -1e13 < number < 1e13 else int(rounded)
    return number


def format_id(value: Decimal | int | float | None, decimals: int = 2, *, trim: bool = False) -> str:
    """Indonesian spelling: dot thousands, comma decimals; None -> "N/A".

    `format_id(Decimal("80.25"))` -> "80,25"; `format_id(8797819537, 0)` -> "8.797.819.537".
    With `trim=True` trailing zero decimals are dropped (40 -> "40", 72.50 -> "72,5"), which
    suits running text such as rule messages.
    """
    if value is None:
        return NA_TEXT
    number = to_decimal(value)
    if decimals < 0:
        raise ValueError("decimals must be >= 0")
    quantum = Decimal(1).scaleb(-decimals)
    rounded = number.quantize(quantum, rounding=ROUND_HALF_UP, context=_WIDE)
    if rounded == 0:
        rounded = rounded.copy_abs()  # never print "-0,00"
    sign = "-" if rounded < 0 else ""
    text = f"{rounded.copy_abs():f}"
    whole, _, frac = text.partition(".")
    if trim:
        frac = frac.rstrip("0")
    groups = []
    while len(whole) > 3:
        groups.append(whole[-3:])
        whole = whole[:-3]
    groups.append(whole)
    body = ".".join(reversed(groups))
    return f"{sign}{body},{frac}" if frac else f"{sign}{body}"


def parse_id_number(text: str) -> Decimal:
    """Read a number typed the Indonesian or the English way; raise ValueError otherwise.

    Rules, in order:
    - optional sign, optional trailing "%" (the number is kept as written: "90%" -> 90);
    - both "." and "," present: the right-most one is the decimal separator and the other
      must group thousands correctly ("1.234.567,89", "1,234,567.89");
    - only commas: one comma is the decimal comma ("319,53"); several must group thousands;
    - only dots: several dots group thousands ("1.234.567"); a single dot followed by exactly
      three digits after a 1-3 digit non-zero whole part is a thousands dot ("1.234" = 1234,
      as Indonesian tables print it), any other single dot is a decimal point ("319.53",
      "0.125", "1234.567").
    """
    if not isinstance(text, str):
        raise ValueError(_bad_number(text))
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if cleaned.endswith("%"):
        cleaned = cleaned[:-1]
    sign = ""
    if cleaned and cleaned[0] in "+-−":
        sign = "-" if cleaned[0] in "-−" else ""
        cleaned = cleaned[1:]
    if not cleaned:
        raise ValueError(_bad_number(text))
    has_dot, has_comma = "." in cleaned, "," in cleaned
    if has_dot and has_comma:
        decimal_sep = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        group_sep = "." if decimal_sep == "," else ","
        whole, _, frac = cleaned.rpartition(decimal_sep)
        grouped = _GROUPED_DOT if group_sep == "." else _GROUPED_COMMA
        if not (grouped.fullmatch(whole) or _PLAIN.fullmatch(whole)) or not _PLAIN.fullmatch(frac):
            raise ValueError(_bad_number(text))
        digits = whole.replace(group_sep, "") + "." + frac
    elif has_comma:
        if cleaned.count(",") == 1:
            whole, _, frac = cleaned.partition(",")
            if not _PLAIN.fullmatch(whole or "0") or not _PLAIN.fullmatch(frac):
                raise ValueError(_bad_number(text))
            digits = (whole or "0") + "." + frac
        elif _GROUPED_COMMA.fullmatch(cleaned):
            digits = cleaned.replace(",", "")
        else:
            raise ValueError(_bad_number(text))
    elif has_dot:
        if cleaned.count(".") > 1 or _GROUPED_DOT.fullmatch(cleaned):
            if not _GROUPED_DOT.fullmatch(cleaned):
                raise ValueError(_bad_number(text))
            digits = cleaned.replace(".", "")
        else:
            whole, _, frac = cleaned.partition(".")
            if not _PLAIN.fullmatch(whole or "0") or not _PLAIN.fullmatch(frac):
                raise ValueError(_bad_number(text))
            digits = (whole or "0") + "." + frac
    else:
        if not _PLAIN.fullmatch(cleaned):
            raise ValueError(_bad_number(text))
        digits = cleaned
    try:
        return Decimal(sign + digits)
    except InvalidOperation as exc:  # pragma: no cover - the patterns above exclude this
        raise ValueError(_bad_number(text)) from exc


def parse_id_value(text: str | None) -> Decimal | None:
    """Like `parse_id_number`, but empty cells, "N/A", "-" and "–" mean N/A (None)."""
    if text is None or text.strip().lower() in _NA_WORDS:
        return None
    return parse_id_number(text)


def parse_id_range(text: str) -> tuple[Decimal, Decimal]:
    """A range target such as "80–90", "3,07 – 3,53" or "80 s.d. 90" as (low, high).

    A leading minus of the first number is read as a sign, not as the range dash.
    """
    match = _RANGE.match(text or "")
    if not match:
        raise ValueError(
            f"'{text}' bukan rentang angka yang valid (contoh: 80–90 atau 3,07 – 3,53)."
        )
    low, high = parse_id_number(match.group(1)), parse_id_number(match.group(2))
    if low > high:
        raise ValueError(f"Rentang '{text}': batas bawah lebih besar dari batas atas.")
    return low, high


def _bad_number(text: object) -> str:
    return f"'{text}' bukan angka yang valid (contoh: 319,53 atau 1.234.567,89)."

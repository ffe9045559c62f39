"""Indonesian number parsing and formatting, shared by the GUI and the Excel import."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.engine.numbers import (
    format_id,
    json_number,
    parse_id_number,
    parse_id_range,
    parse_id_value,
    round2,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("319,53", "319.53"),
        ("319.53", "319.53"),
        ("1.234.567", "1234567"),
        ("1.234.567,89", "1234567.89"),
        ("1,234,567.89", "1234567.89"),
        ("-2", "-2"),
        ("+7", "7"),
        ("1.234", "1234"),  # a dot grouping exactly three digits is a thousands dot
        ("12.345", "12345"),
        ("0.123", "0.123"),  # a zero whole part cannot be grouped: decimal point
        ("1234.567", "1234.567"),  # four digits before the dot: decimal point
        ("1.5", "1.5"),
        ("12,5", "12.5"),
        ("1,234", "1.234"),  # one comma is the Indonesian decimal comma
        ("90%", "90"),
        (" 8.797.819.537 ", "8797819537"),
        ("-0,5", "-0.5"),
        (",5", "0.5"),
    ],
)
def test_parse_accepts_what_staff_type(text: str, expected: str) -> None:
    assert parse_id_number(text) == Decimal(expected)


@pytest.mark.parametrize(
    "text", ["abc", "", "  ", "1.23.4", "1,2,3", "--2", "1e5", "NaN", "Infinity", "12a", "1.2,3.4"]
)
def test_parse_rejects_with_indonesian_message(text: str) -> None:
    with pytest.raises(ValueError, match="bukan angka yang valid"):
        parse_id_number(text)


def test_parse_value_reads_na_cells() -> None:
    for cell in (None, "", "N/A", "n/a", "-", "–"):
        assert parse_id_value(cell) is None
    assert parse_id_value("319,53") == Decimal("319.53")


def test_parse_range() -> None:
    assert parse_id_range("80–90") == (Decimal(80), Decimal(90))
    assert parse_id_range("3,07 – 3,53") == (Decimal("3.07"), Decimal("3.53"))
    assert parse_id_range("80 s.d. 90") == (Decimal(80), Decimal(90))
    assert parse_id_range("-2 - 5") == (Decimal(-2), Decimal(5))
    with pytest.raises(ValueError, match="batas bawah"):
        parse_id_range("90-80")
    with pytest.raises(ValueError):
        parse_id_range("delapan puluh")


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (Decimal("80.25"), 2, "80,25"),
        (8797819537, 0, "8.797.819.537"),
        (Decimal("8797819537.5"), 2, "8.797.819.537,50"),
        (None, 2, "N/A"),
        (Decimal("90.805"), 2, "90,81"),  # half up, as reports round
        (Decimal("-1234.5"), 2, "-1.234,50"),
        (Decimal("-0.001"), 2, "0,00"),  # never "-0,00"
        (0.1, 2, "0,10"),
        (Decimal("999.995"), 2, "1.000,00"),
        (Decimal(5), 0, "5"),
    ],
)
def test_format_id(value: object, decimals: int, expected: str) -> None:
    assert format_id(value, decimals) == expected  # type: ignore[arg-type]


def test_format_trim_drops_zero_decimals() -> None:
    assert format_id(Decimal(40), trim=True) == "40"
    assert format_id(Decimal("72.50"), trim=True) == "72,5"
    assert format_id(Decimal("94.8275"), trim=True) == "94,83"


def test_round2_and_json_number() -> None:
    assert round2(Decimal("18.365")) == Decimal("18.37")
    assert round2(None) is None
    assert json_number(Decimal(40)) == 40 and isinstance(json_number(Decimal(40)), int)
    assert json_number(Decimal("72.5")) == 72.5
    assert json_number(Decimal(110) / Decimal(116) * 100) == 94.83
    assert json_number(None) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("-0.001", 0),  # never -0
        ("9999999999999.994", 9999999999999.99),
        ("-9999999999999", -9999999999999),
        ("10000000000000", 10000000000000),  # from here on the whole number comes from the Decimal
        ("70368744177664.75", 70368744177664.75),
        ("123456789012345678.9", 123456789012345678),  # whole as a float: the Decimal, truncated
        ("-123456789012345678.9", -123456789012345678),
    ],
)
def test_json_number_is_the_two_decimal_value_whole_or_not(value: str, expected: object) -> None:
    number = json_number(Decimal(value))
    assert number == expected and type(number) is type(expected)


def test_format_and_parse_round_trip() -> None:
    for text in ("0,01", "1.234.567,89", "-2,50", "8.797.819.537,00"):
        assert format_id(parse_id_number(text)) == text

"""Period consolidation and the due rule (SPEC §6.1, seed 003 §2.1.2.4a)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.engine.enums import MeasuringPeriod, PeriodConsolidation
from app.engine.periods import (
    AsOf,
    consolidate,
    consolidate_to_quarter,
    consolidation_table,
    has_realisation,
    is_due,
    parse_as_of,
    remaining_target,
)

SUM, AVG, LAST = PeriodConsolidation.SUM, PeriodConsolidation.AVERAGE, PeriodConsolidation.LAST


def d(*values: float | int | str | None) -> tuple[Decimal | None, ...]:
    return tuple(None if v is None else Decimal(str(v)) for v in values)


# Seed 003 §2.1.2.4a table: TW1, TW2, s.d. TW2, TW3, s.d. TW3, TW4, Thn.
SEED_TABLE = [
    (SUM, d(9, 10, 11, 10), d(9, 10, 19, 11, 30, 10, 40)),
    (LAST, d(15, 40, 60, 90), d(15, 40, 40, 60, 60, 90, 90)),
    (AVG, d(14, 16, 18, 20), d(14, 16, 15, 18, 16, 20, 17)),
]


@pytest.mark.parametrize(("method", "values", "columns"), SEED_TABLE)
def test_seed_consolidation_table(method, values, columns) -> None:
    table = consolidation_table(values, method)
    got = tuple(table[k] for k in ("TW1", "TW2", "sd_TW2", "TW3", "sd_TW3", "TW4", "annual"))
    assert got == columns


def test_seed_take_last_known_trajectory() -> None:
    # "Persentase Saprasi Aparatur yang sesuai standar": 50, 52, 53, 54 -> s.d. TW2 52, Thn 54.
    values = d(50, 52, 53, 54)
    assert consolidate(values, LAST, 2) == 52
    assert consolidate(values, LAST, 3) == 53
    assert consolidate(values, LAST, 4) == 54


def test_na_values_are_skipped_never_zero() -> None:
    values = d(9, None, 11, None)
    assert consolidate(values, SUM, 2) == 9
    assert consolidate(values, SUM, 4) == 20
    assert consolidate(values, AVG, 4) == 10  # mean of the two known, not of four
    assert consolidate(values, LAST, 4) == 11
    assert consolidate(values, LAST, 2) == 9


def test_nothing_known_is_na() -> None:
    for method in PeriodConsolidation:
        assert consolidate(d(None, None, 5, None), method, 2) is None


def test_monthly_series_consolidates_by_month() -> None:
    months = d(1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4)
    assert consolidate_to_quarter(months, SUM, 2) == 9
    assert consolidate_to_quarter(months, LAST, 3) == 3
    assert consolidate_to_quarter(months, AVG, 4) == Decimal("2.5")
    table = consolidation_table(months, SUM)
    assert table["TW2"] == 6 and table["sd_TW2"] == 9 and table["annual"] == 30


def test_bad_series_length() -> None:
    with pytest.raises(ValueError, match="4 .* or 12"):
        consolidate_to_quarter(d(1, 2, 3), SUM, 1)


def test_due_rule_semester_and_annual() -> None:
    semester = d(None, 10, None, 10)
    assert not is_due(semester, 1, MeasuringPeriod.SEMESTER)
    assert is_due(semester, 2, MeasuringPeriod.SEMESTER)
    assert not is_due(semester, 3, MeasuringPeriod.SEMESTER)
    # The measuring period decides even when a target was typed for TW1.
    assert not is_due(d(5, 10, 5, 10), 1, MeasuringPeriod.SEMESTER)
    assert not is_due(d(None, None, None, 90), 3, MeasuringPeriod.ANNUAL)
    assert is_due(d(None, None, None, 90), 4, MeasuringPeriod.ANNUAL)
    # Without a measuring period, a period is due when it has its own target.
    assert is_due(d(1, None, 1, 1), 1)
    assert not is_due(d(1, None, 1, 1), 2)


def test_realisation_available() -> None:
    assert has_realisation(d(1, 1, 1, 1), d(1, None, 1, 1), 1)
    assert not has_realisation(d(1, 1, 1, 1), d(1, None, 1, 1), 2)
    targets = d(1, 1, 1, None, None, None, 1, 1, 1, 1, 1, 1)
    actuals = d(1, 1, None, None, None, None, 1, 1, 1, 1, 1, 1)
    assert not has_realisation(targets, actuals, 1)  # March missing
    assert not has_realisation(targets, actuals, 2)  # nothing due in the quarter
    assert has_realisation(targets, actuals, 3)


@pytest.mark.parametrize(
    ("text", "expected", "quarter"),
    [
        ("TW1", AsOf.TW1, 1),
        ("tw 3", AsOf.TW3, 3),
        ("S1", AsOf.S1, 2),
        ("annual", AsOf.ANNUAL, 4),
        ("THN", AsOf.ANNUAL, 4),
        ("TW4", AsOf.TW4, 4),
    ],
)
def test_as_of(text: str, expected: AsOf, quarter: int) -> None:
    assert parse_as_of(text) is expected
    assert expected.quarter == quarter


@pytest.mark.parametrize("bad", ["TW5", "Q1", "", None, 4, "S2"])
def test_as_of_rejects(bad: object) -> None:
    with pytest.raises(ValueError, match="unknown period"):
        parse_as_of(bad)


def test_remaining_target_for_replacement_pk() -> None:
    targets, actuals = d(9, 10, 11, 10), d(9, 8, None, None)
    assert remaining_target(targets, actuals, SUM, 2) == 40 - 17
    assert remaining_target(targets, actuals, SUM, 2, annual_target=Decimal(45)) == 45 - 17
    assert remaining_target(targets, d(30, 20, None, None), SUM, 2) == 0  # never negative
    assert remaining_target(targets, actuals, SUM, 0) == 40
    assert remaining_target(d(15, 40, 60, 90), d(10, 30, None, None), LAST, 2) == 90
    assert remaining_target(d(14, 16, 18, 20), d(10, 12, None, None), AVG, 2) == 17
    assert remaining_target(d(None, None, None, None), actuals, SUM, 2) is None

"""Reporting periods and period consolidation (SPEC §6.1, seed 003 §2.1.2.4a).

A series holds one value per slot: 4 slots (TW1..TW4) or 12 (months B01..B12). `None` is N/A
and is skipped, never read as 0. "Up to period k" covers slots 1..k of the quarter grid (or
months 1..3k), and a period's capaian needs that period itself to be due: values are never
carried forward into a period that has no target or no realisation of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum

from app.engine.enums import MeasuringPeriod, PeriodConsolidation

Value = Decimal | None
Series = Sequence[Value]

QUARTERS = 4
MONTHS = 12


class AsOf(StrEnum):
    """The period a score is computed for, always chosen explicitly (never from the clock)."""

    TW1 = "TW1"
    TW2 = "TW2"
    TW3 = "TW3"
    TW4 = "TW4"
    S1 = "S1"  # semester I = s.d. TW2
    ANNUAL = "annual"  # = s.d. TW4

    @property
    def quarter(self) -> int:
        """The quarter (1..4) whose end the period closes."""
        return _AS_OF_QUARTER[self]


_AS_OF_QUARTER = {
    AsOf.TW1: 1,
    AsOf.TW2: 2,
    AsOf.TW3: 3,
    AsOf.TW4: 4,
    AsOf.S1: 2,
    AsOf.ANNUAL: 4,
}

_AS_OF_ALIASES = {
    "tw1": AsOf.TW1,
    "tw2": AsOf.TW2,
    "tw3": AsOf.TW3,
    "tw4": AsOf.TW4,
    "s1": AsOf.S1,
    "semester1": AsOf.S1,
    "annual": AsOf.ANNUAL,
    "thn": AsOf.ANNUAL,
    "tahunan": AsOf.ANNUAL,
}


def parse_as_of(value: object) -> AsOf:
    """'TW1'..'TW4', 'S1', 'annual' (case-insensitive; 'TW 2', 'THN', 'Tahunan' accepted)."""
    if isinstance(value, AsOf):
        return value
    if isinstance(value, str):
        key = value.strip().lower().replace(" ", "").replace("_", "").replace(".", "")
        found = _AS_OF_ALIASES.get(key)
        if found is not None:
            return found
    raise ValueError(f"unknown period {value!r} (expected TW1, TW2, TW3, TW4, S1 or annual)")


# Quarters in which an indicator with this measuring period reports (Tabel 4.3, §4.1.2.2:
# a semester indicator has no capaian at TW1 and TW3).
DUE_QUARTERS: dict[MeasuringPeriod, frozenset[int]] = {
    MeasuringPeriod.MONTHLY: frozenset({1, 2, 3, 4}),
    MeasuringPeriod.QUARTERLY: frozenset({1, 2, 3, 4}),
    MeasuringPeriod.SEMESTER: frozenset({2, 4}),
    MeasuringPeriod.ANNUAL: frozenset({4}),
}


def slots_per_quarter(series: Series) -> int:
    """1 for a quarterly series, 3 for a monthly one."""
    n = len(series)
    if n == QUARTERS:
        return 1
    if n == MONTHS:
        return 3
    raise ValueError(f"a series has 4 (quarterly) or 12 (monthly) values, not {n}")


def consolidate(values: Series, method: PeriodConsolidation, upto: int) -> Value:
    """The value "s.d." slot `upto` (1-based, inclusive): sum, mean or last known; N/A if none.

    Sum 9, 10, 11, 10 -> 19 at 2, 40 at 4; last 15, 40, 60, 90 -> 40 at 2; average 14, 16,
    18, 20 -> 15 at 2 and 17 at 4 (seed 003 §2.1.2.4a).
    """
    if method is PeriodConsolidation.LAST:
        for i in range(upto - 1, -1, -1):
            v = values[i]
            if v is not None:
                return v
        return None
    total: Decimal | None = None
    count = 0
    for i in range(upto):
        v = values[i]
        if v is not None:
            total = v if total is None else total + v
            count += 1
    if total is None or method is PeriodConsolidation.SUM:
        return total
    return total / count


def consolidate_to_quarter(values: Series, method: PeriodConsolidation, quarter: int) -> Value:
    """`consolidate` up to the end of a quarter, for quarterly or monthly series."""
    return consolidate(values, method, quarter * slots_per_quarter(values))


def quarter_slots(values: Series, quarter: int) -> Series:
    """The values belonging to the quarter itself (1 slot, or its 3 months)."""
    per = slots_per_quarter(values)
    return values[(quarter - 1) * per : quarter * per]


def has_own_value(values: Series, quarter: int) -> bool:
    """Whether the quarter itself carries a value (any of its months for a monthly series)."""
    per = len(values) // QUARTERS
    if per == 1:
        return values[quarter - 1] is not None
    return any(v is not None for v in quarter_slots(values, quarter))


def is_due(targets: Series, quarter: int, measuring_period: MeasuringPeriod | None = None) -> bool:
    """A period is due when the measuring period reports in it and it has a target of its own."""
    if measuring_period is not None and quarter not in DUE_QUARTERS[measuring_period]:
        return False
    return has_own_value(targets, quarter)


def has_realisation(targets: Series, actuals: Series, quarter: int) -> bool:
    """Realisation data for the period is complete.

    Quarterly: the quarter's value is present. Monthly: every month of the quarter that has a
    target also has a realisation (a half-reported quarter is "data not yet available").
    """
    per = len(actuals) // QUARTERS
    if per == 1:
        return actuals[quarter - 1] is not None
    own_targets = quarter_slots(targets, quarter)
    own_actuals = quarter_slots(actuals, quarter)
    wanted = [a for t, a in zip(own_targets, own_actuals, strict=True) if t is not None]
    return bool(wanted) and all(a is not None for a in wanted)


def consolidation_table(values: Series, method: PeriodConsolidation) -> dict[str, Value]:
    """The Rincian Target columns TW1, TW2, s.d. TW2, TW3, s.d. TW3, TW4, THN for a series.

    TW columns are each quarter's own value (consolidated over its months for a monthly
    series); s.d. columns and THN are consolidated from the start of the year.
    """
    per = slots_per_quarter(values)

    def own(q: int) -> Value:
        return consolidate(quarter_slots(values, q), method, per)

    return {
        "TW1": own(1),
        "TW2": own(2),
        "sd_TW2": consolidate(values, method, 2 * per),
        "TW3": own(3),
        "sd_TW3": consolidate(values, method, 3 * per),
        "TW4": own(4),
        "annual": consolidate(values, method, 4 * per),
    }


def remaining_target(
    targets: Series,
    actuals: Series,
    method: PeriodConsolidation,
    realised_through: int,
    annual_target: Value = None,
) -> Value:
    """Sisa target proposed for a PK Pengganti (seed 003 §3.4.2, SPEC §6.5).

    Sum: the annual target minus what was realised up to quarter `realised_through`, never
    below 0 (an over-achieved sum leaves nothing to promise). Take Last Known and Average: the
    annual target itself, since those values are not additive. The annual target is the one
    written in the agreement, or else the consolidated quarterly targets.
    """
    annual = annual_target
    if annual is None:
        annual = consolidate_to_quarter(targets, method, QUARTERS)
    if annual is None:
        return None
    if method is not PeriodConsolidation.SUM or realised_through <= 0:
        return annual
    realised = consolidate_to_quarter(actuals, method, min(realised_through, QUARTERS))
    if realised is None:
        return annual
    rest = annual - realised
    return rest if rest > 0 else Decimal(0)

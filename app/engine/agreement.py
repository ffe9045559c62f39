"""Plain input records for scoring and checking one agreement (PK).

Services convert database rows into these, the scenario parser converts JSON into them, and
both then go through the same code. Series are tuples of 4 quarterly (TW1..TW4) or 12 monthly
values; `None` is N/A (no value), never 0.

The records are treated as immutable (derive a changed copy with `msgspec.structs.replace`)
but are not frozen. They are msgspec Structs: built in C, a quarter of a slotted dataclass's
cost (a province builds 30,000 per score) and nothing compiled when the module is imported;
they hold no reference cycles, so the garbage collector need not track them (`gc=False`).
"""

from __future__ import annotations

from decimal import Decimal

import msgspec

from app.engine.enums import (
    CascadeMethod,
    Control,
    Level,
    LocationConsolidation,
    MeasuringPeriod,
    PeriodConsolidation,
    Polarity,
    Validity,
)

Value = Decimal | None
SeriesT = tuple[Value, ...]

NO_VALUES: SeriesT = (None, None, None, None)


class LocationInput(msgspec.Struct, gc=False):
    """One child of an indirectly cascaded IKU (a unit or location), SPEC §6.2.

    For Raw Data consolidation `numerators`/`denominators` are the realisation's raw data and
    `target_numerators`/`target_denominators` the target's. `targets` and `actuals` are either
    percentages (the IKU's unit, weighed by the denominators) or amounts; `form` says which
    ("percent" or "amount"), or is None to read it from the values (`app.engine.raw_data`).
    """

    id: str
    targets: SeriesT = NO_VALUES
    actuals: SeriesT = NO_VALUES
    numerators: SeriesT | None = None
    denominators: SeriesT | None = None
    target_numerators: SeriesT | None = None
    target_denominators: SeriesT | None = None
    form: str | None = None


class IndicatorInput(msgspec.Struct, gc=False):
    """One IKU with the metadata the rules and the score need.

    `targets_high` turns the targets into ranges [targets[i], targets_high[i]] (SPEC §6.5a).
    `annual_target` is the annual target as written in the agreement, checked against the
    quarters (rule trajectory_mismatch); the score uses the consolidated quarters.
    `locations`, when present, replace the indicator's own targets and actuals.
    """

    id: str
    name: str
    validity: Validity | None = None
    control: Control | None = None
    polarity: Polarity | None = None
    period_consolidation: PeriodConsolidation | None = None
    targets: SeriesT = NO_VALUES
    actuals: SeriesT = NO_VALUES
    targets_high: SeriesT | None = None
    annual_target: Value = None
    annual_target_high: Value = None
    measuring_period: MeasuringPeriod | None = None
    location_consolidation: LocationConsolidation | None = None
    locations: tuple[LocationInput, ...] = ()
    unit: str | None = None
    definition: str | None = None
    formula: str | None = None
    target_aspect: str | None = None
    scale: str | None = None
    rpjmd_key: str | None = None
    cascade_method: CascadeMethod | None = None
    mandatory: bool = False


class GoalInput(msgspec.Struct, gc=False):
    """A sasaran with its IKUs; `rpjmd_key` links it to an RPJMD sasaran (indicators may
    override it with their own key)."""

    id: str
    name: str
    indicators: tuple[IndicatorInput, ...]
    category: str | None = None
    rpjmd_key: str | None = None


class AgreementInput(msgspec.Struct, gc=False):
    id: str
    goals: tuple[GoalInput, ...]
    level: Level | None = None
    year: int | None = None

    def indicators(self) -> list[tuple[GoalInput, IndicatorInput]]:
        return [(g, i) for g in self.goals for i in g.indicators]

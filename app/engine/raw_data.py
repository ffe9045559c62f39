"""Raw Data location consolidation: how each child's values read as numerators/denominators.

Seed 003 §2.1.2.4b writes each child of the Dinas Kehutanan example as "target 100% (Rp 36 M)",
realisation "20 M", capaian "20/25 = 80%", and the parent as 110/116. A child's values come in
one of two forms (SPEC §6.2):

- **percent**: its target and realisation are in the IKU's unit (percentages), and the raw data
  carry the amounts: realisation = numerator / denominator × 100, and the target's numerator is
  target % × denominator / 100 (100 % × Rp 36 M = Rp 36 M);
- **amount**: its target and realisation are the amounts themselves (realisation = numerator),
  the form of the SPEC §6.6 example; without raw data the realisation amount is read over the
  target amount (Rp 20 M of Rp 25 M).

The parent is then Σ numerators / Σ denominators × 100 for the target and for the realisation,
so percentages are never added to amounts. The form of a child is read from its own values
(a realisation that equals numerator / denominator × 100 is a percentage, one that equals the
numerator is an amount); a child whose values fit neither, or fit one in one period and the
other in another, is refused. Where the values cannot tell (a zero realisation, a denominator
of 100) the siblings' form applies, then the caller's hint (the IKU's unit), then amount.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum

import msgspec

from app.engine.agreement import LocationInput, SeriesT, Value
from app.engine.numbers import HUNDRED

# The seed writes 20/220 as "9%": a percentage may be rounded to a whole percent.
PERCENT_TOLERANCE = Decimal("0.5")
# Amounts are written to the cent.
AMOUNT_TOLERANCE = Decimal("0.005")

_PERCENT_UNITS = frozenset({"%", "persen", "persentase", "percent", "percentage", "prosentase"})

# Problem codes of LocationValueError (message ids "location_values_<code>").
NEITHER = "neither"
MIXED = "mixed"
NO_DENOMINATOR = "no_denominator"


class ValueForm(StrEnum):
    PERCENT = "percent"
    AMOUNT = "amount"


class LocationValueError(ValueError):
    """A child's values cannot be read as raw data; `index` is the child, `slot` the period."""

    def __init__(self, index: int, location_id: str, problem: str, slot: int | None) -> None:
        super().__init__(f"location {location_id}: {problem}")
        self.index = index
        self.location_id = location_id
        self.problem = problem
        self.slot = slot


def is_percent_unit(unit: str | None) -> bool:
    """Whether an IKU's unit of measure is a percentage ("%", "Persen", "persentase")."""
    return unit is not None and unit.strip().casefold() in _PERCENT_UNITS


def _at(series: SeriesT | None, i: int) -> Value:
    return None if series is None or i >= len(series) else series[i]


def _own_form(index: int, loc: LocationInput) -> ValueForm | None:
    """The form a child's realisations and raw data show, or None when they cannot tell."""
    found: ValueForm | None = None
    found_slot = 0
    for i, actual in enumerate(loc.actuals):
        numerator, denominator = _at(loc.numerators, i), _at(loc.denominators, i)
        if actual is None or numerator is None or not denominator:
            continue
        fits_percent = abs(actual - numerator / denominator * HUNDRED) <= PERCENT_TOLERANCE
        fits_amount = abs(actual - numerator) <= AMOUNT_TOLERANCE
        if fits_percent and fits_amount:
            continue
        if not (fits_percent or fits_amount):
            raise LocationValueError(index, loc.id, NEITHER, i)
        form = ValueForm.PERCENT if fits_percent else ValueForm.AMOUNT
        if found is not None and form is not found:
            raise LocationValueError(index, loc.id, MIXED, i if found_slot < i else found_slot)
        found, found_slot = form, i
    return found


def _check_percent(index: int, loc: LocationInput) -> None:
    """A percentage needs an amount to weigh it: a denominator for every target and actual."""
    for i in range(len(loc.targets)):
        plan = _at(loc.denominators, i)
        if plan is None:
            plan = _at(loc.target_denominators, i)
        target_known = _at(loc.target_numerators, i) is not None and (
            _at(loc.target_denominators, i) is not None
        )
        needs = (loc.targets[i] is not None and not target_known) or (
            loc.actuals[i] is not None and _at(loc.numerators, i) is None
        )
        if needs and plan is None:
            raise LocationValueError(index, loc.id, NO_DENOMINATOR, i)


def location_forms(
    locations: Sequence[LocationInput], hint: ValueForm | None = None
) -> tuple[ValueForm, ...]:
    """The form of each child (a child's own `form` wins); LocationValueError when one is
    unreadable. `hint` is what the IKU's unit says, used when the values cannot tell."""
    own = [
        loc.form if loc.form is not None else _own_form(i, loc) for i, loc in enumerate(locations)
    ]
    decided = {f for f in own if f is not None}
    fallback = decided.pop() if len(decided) == 1 else hint or ValueForm.AMOUNT
    forms = tuple(ValueForm(f) if f is not None else fallback for f in own)
    for i, (loc, form) in enumerate(zip(locations, forms, strict=True)):
        if form is ValueForm.PERCENT:
            _check_percent(i, loc)
    return forms


class RawSeries(msgspec.Struct, frozen=True, gc=False):
    """One child's numerators and denominators per slot, for its target and its realisation."""

    target_numerators: SeriesT
    target_denominators: SeriesT
    actual_numerators: SeriesT
    actual_denominators: SeriesT


def raw_series(loc: LocationInput, form: ValueForm) -> RawSeries:
    """A child's values as numerators and denominators in the given form (SPEC §6.2)."""
    t_num: list[Value] = []
    t_den: list[Value] = []
    a_num: list[Value] = []
    a_den: list[Value] = []
    percent = form is ValueForm.PERCENT
    for i, (target, actual) in enumerate(zip(loc.targets, loc.actuals, strict=True)):
        numerator, denominator = _at(loc.numerators, i), _at(loc.denominators, i)
        target_numerator = _at(loc.target_numerators, i)
        target_denominator = _at(loc.target_denominators, i)
        if percent:
            plan = denominator if denominator is not None else target_denominator
            if numerator is None and actual is not None and plan is not None:
                numerator = actual * plan / HUNDRED
            a_num.append(numerator)
            a_den.append(plan if numerator is not None else denominator)
            if target_denominator is None:
                target_denominator = denominator
            if target_numerator is None and target is not None and target_denominator is not None:
                target_numerator = target * target_denominator / HUNDRED
        else:
            a_num.append(numerator if numerator is not None else actual)
            a_den.append(denominator if denominator is not None else target)
            if target_denominator is None:
                target_denominator = denominator if denominator is not None else target
            if target_numerator is None:
                target_numerator = target
        t_num.append(target_numerator)
        t_den.append(target_denominator)
    return RawSeries(tuple(t_num), tuple(t_den), tuple(a_num), tuple(a_den))

"""Capaian (achievement %) of one IKU from its consolidated target and realisation.

Seed 003 §4.1.1.2 gives Maximize R/T, Minimize (1 + (1 - R/T)), Stabilize (Maximize below the
target, Minimize above it), capped at 100 and floored at 0. Those formulas break for T <= 0,
so PK Desk uses their equivalent forms that hold for any non-zero T (SPEC §6.3):

    maximize  C = (1 + (R - T) / |T|) x 100
    minimize  C = (1 - (R - T) / |T|) x 100

(for T > 0 they equal the seed's formulas), and for T = 0: maximize -> 100 if R >= 0 else 0,
minimize -> 100 if R <= 0 else 0. Both cases carry a warning, because the user should know the
regulation's formula was adapted.

Range targets (SPEC §6.5a, PermenPAN-RB 8/2021): inside the range 100; outside it the polarity's
formula against the nearer bound, so that being past the range on the side the indicator wants
is over-achievement (capped at 100), never a penalty.
"""

from __future__ import annotations

from decimal import Decimal

import msgspec

from app.engine.enums import Polarity
from app.engine.numbers import HUNDRED, ONE, ZERO

# Members as module globals: `Polarity.MAXIMIZE` goes through the enum metaclass's attribute
# hook on every read, and raw_capaian runs once per IKU of a province.
_MAXIMIZE, _MINIMIZE, _STABILIZE = Polarity.MAXIMIZE, Polarity.MINIMIZE, Polarity.STABILIZE

WARN_ZERO_TARGET = "zero_target"
WARN_NEGATIVE_TARGET = "negative_target"


class Capaian(msgspec.Struct, frozen=True, gc=False):
    """`value` is clamped to [floor, cap]; `raw` is the formula's value before clamping (its
    excess over 100 is what the "Melampaui" band shows)."""

    value: Decimal
    raw: Decimal
    warnings: tuple[str, ...] = ()


def raw_capaian(target: Decimal, actual: Decimal, polarity: Polarity) -> tuple[Decimal, str | None]:
    """The unclamped capaian and the warning code the target's sign calls for (or None)."""
    # A positive target (nearly every IKU) is told apart with one comparison, not three: this
    # runs once per IKU of a province. The formulas are the same for every sign.
    if target > ZERO:
        if polarity is _STABILIZE:
            if actual == target:
                return HUNDRED, None
            return (ONE - abs(actual - target) / abs(target)) * HUNDRED, None
        ratio = actual / target
        if polarity is _MAXIMIZE:
            return ratio * HUNDRED, None
        return (ONE + (ONE - ratio)) * HUNDRED, None
    if target == ZERO:  # a Decimal against a Decimal: faster than against the int 0
        if polarity is _MAXIMIZE:
            ok = actual >= 0
        elif polarity is _MINIMIZE:
            ok = actual <= 0
        else:
            ok = actual == 0
        return (HUNDRED if ok else ZERO), WARN_ZERO_TARGET
    warning = WARN_NEGATIVE_TARGET
    if polarity is _STABILIZE:
        # Maximize below the target and Minimize above it are both 1 - |R - T| / |T|; computing
        # that one form keeps the score exactly symmetric around the target.
        if actual == target:
            return HUNDRED, warning
        return (ONE - abs(actual - target) / abs(target)) * HUNDRED, warning
    relative = (actual - target) / -target
    if polarity is _MAXIMIZE:
        return (ONE + relative) * HUNDRED, warning
    return (ONE - relative) * HUNDRED, warning


def range_raw_capaian(
    low: Decimal, high: Decimal, actual: Decimal, polarity: Polarity = Polarity.STABILIZE
) -> tuple[Decimal, str | None]:
    """Range target (SPEC §6.5a): 100 inside [low, high]; outside it the polarity decides,
    against the nearer bound.

    Maximize: below -> the maximize formula against the lower bound; above -> over-achievement
    (the ratio against the upper bound, above 100 before the cap). Minimize: above -> the
    minimize formula against the upper bound; below -> over-achievement. Stabilize: both sides
    are penalised. Being past the range on the side the indicator wants is never punished.
    """
    if low <= actual <= high:
        return HUNDRED, None
    bound = low if actual < low else high
    # Against the nearer bound the polarity's own formula does all of this: maximize above
    # and minimize below give more than 100, the other sides less. Stabilize is written as
    # 1 - |R - bound| / |bound|, so a one-point range equals Stabilize.
    return raw_capaian(bound, actual, polarity)


def clamp(value: Decimal, cap: Decimal = HUNDRED, floor: Decimal = ZERO) -> Decimal:
    if value > cap:
        return cap
    if value < floor:
        return floor
    return value


def capaian(
    target: Decimal,
    actual: Decimal,
    polarity: Polarity,
    cap: Decimal = HUNDRED,
    floor: Decimal = ZERO,
    *,
    target_high: Decimal | None = None,
) -> Capaian:
    """Capaian of one consolidated target/realisation pair.

    With `target_high` the target is the range [target, target_high], scored with the
    polarity against the nearer bound (`range_raw_capaian`).
    """
    if target_high is not None:
        raw, warning = range_raw_capaian(target, target_high, actual, polarity)
    else:
        raw, warning = raw_capaian(target, actual, polarity)
    return Capaian(clamp(raw, cap, floor), raw, (warning,) if warning else ())


def ratio_percent(numerator: Decimal, denominator: Decimal) -> Decimal | None:
    """Raw data as a percentage (79 / 87 -> 90,80 %); None when the denominator is 0."""
    if denominator == 0:
        return None
    return numerator / denominator * HUNDRED

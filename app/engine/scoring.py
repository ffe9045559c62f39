"""Scores for one period: IKU capaian, weighted weights, Nilai Sasaran, Nilai Kinerja (SPEC §6).

The pipeline per IKU: is the period due and reported (§6.1) -> consolidate over locations
(§6.2) and periods -> capaian (§6.3) -> band. Then per sasaran the weights of the IKUs whose
capaian is available are normalised to 100 (§6.4) and the sasaran value is the weighted sum
(§6.5). Everything is `Decimal` at full precision; sums of products run in a wide context so
that they are exact and therefore independent of the order of the indicators.
"""

from __future__ import annotations

import gc
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Context, Decimal, localcontext
from typing import Any, NamedTuple

import msgspec

from app.engine.agreement import AgreementInput, IndicatorInput, SeriesT
from app.engine.capaian import range_raw_capaian, raw_capaian
from app.engine.enums import Level, LocationConsolidation, PeriodConsolidation, ScoreMode
from app.engine.numbers import HUNDRED, ZERO
from app.engine.periods import (
    DUE_QUARTERS,
    AsOf,
    consolidate,
    has_own_value,
    has_realisation,
    parse_as_of,
)
from app.engine.profile import Profile, StatusBand
from app.engine.raw_data import (
    LocationValueError,
    ValueForm,
    is_percent_unit,
    location_forms,
    raw_series,
)

# N/A reasons (message ids in app.engine.messages).
NA_NOT_DUE = "na_not_due"
NA_NO_TARGET = "na_no_target"
NA_NO_ACTUAL = "na_no_actual"
NA_MISSING_METADATA = "na_missing_metadata"
NA_LOCATIONS_INCOMPLETE = "na_locations_incomplete"
NA_ZERO_DENOMINATOR = "na_zero_denominator"
NA_LOCATION_VALUES = "na_location_values"
GOAL_ALL_NA = "goal_all_na"
GOAL_ZERO_WEIGHT = "goal_zero_weight"
OVERALL_ALL_NA = "overall_all_na"

# Wide enough that products of 28-digit capaian and weights, summed over a whole province,
# are exact: exact sums do not depend on the order of their terms.
_EXACT = Context(prec=120)
# Capaian and divisions: the usual 28 significant digits, set explicitly so a caller's
# context cannot change results.
_ENGINE = Context(prec=28)

# Enum members read on the hot path: `Enum.MEMBER` goes through the enum metaclass's
# attribute hook on every read, a module global does not.
_SUM, _LAST = PeriodConsolidation.SUM, PeriodConsolidation.LAST
_MEAN_OF_GOALS = ScoreMode.MEAN_OF_GOALS

Progress = Callable[[int, int], None]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector around a bulk job (a province, a scenario file).

    Building and scoring 30,000 IKUs creates hundreds of thousands of objects and frees none
    of them in cycles, so each automatic collection only walks the growing heap again: a third
    of the job's time. Reference counting still frees everything; collection resumes after.
    What the job made and still holds is frozen first (`gc.freeze`): otherwise the first
    collection after it walks all of it at once, which costs as much again.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


class IndicatorScore(msgspec.Struct, gc=False):
    """One IKU in one period. `capaian` is clamped; `raw_capaian` is not (Melampaui).

    A Struct (built in C, untracked by the garbage collector: it holds no cycles): a
    province's score makes 30,000 of them. `weighted_weight` is filled in once the sasaran's
    available weight is known."""

    indicator_id: str
    goal_id: str
    target: Decimal | None
    actual: Decimal | None
    target_high: Decimal | None
    capaian: Decimal | None
    raw_capaian: Decimal | None
    weight: Decimal
    weight_derived: bool
    weighted_weight: Decimal | None
    band: StatusBand | None
    na_reason: str | None
    warnings: tuple[str, ...]
    quality_forbidden: bool
    rpjmd_key: str | None = None

    @property
    def available(self) -> bool:
        return self.capaian is not None


class GoalScore(msgspec.Struct, gc=False):
    """Nilai Sasaran: Σ capaian x weighted weight over the IKUs available in the period."""

    goal_id: str
    score: Decimal | None
    weight_available: Decimal
    indicators: tuple[IndicatorScore, ...]
    na_reason: str | None
    band: StatusBand | None


class GroupScore(msgspec.Struct, gc=False):
    """A score over any set of IKUs (Nilai Sasaran RPJMD, a unit, a province)."""

    key: str
    score: Decimal | None
    weight_available: Decimal
    indicator_count: int
    available_count: int


class AgreementScore(msgspec.Struct, gc=False):
    """Nilai Kinerja of one agreement for one period, with its sasaran and IKU scores."""

    agreement_id: str
    as_of: AsOf
    goals: tuple[GoalScore, ...]
    overall: Decimal | None
    overall_reason: str | None
    score_mode: ScoreMode
    band: StatusBand | None
    rpjmd: dict[str, GroupScore]

    def indicator_scores(self) -> list[IndicatorScore]:
        return [i for g in self.goals for i in g.indicators]


# ---- one indicator ---------------------------------------------------------------------------


# (target, actual, target_high, na_reason) of one IKU: a plain tuple, made 30,000 times
# for a province (a NamedTuple's constructor is a Python-level call).
_Consolidated = tuple[Decimal | None, Decimal | None, Decimal | None, str | None]

_NA_METADATA = (None, None, None, "na_missing_metadata")
_NA_NOT_DUE = (None, None, None, "na_not_due")
_NA_NO_TARGET = (None, None, None, "na_no_target")
_NA_LOCATION_VALUES = (None, None, None, "na_location_values")


def _consolidate_own(ind: IndicatorInput, quarter: int) -> _Consolidated:
    """A monthly series of the IKU's own (`_measure` does the quarterly ones)."""
    method = ind.period_consolidation
    assert method is not None
    targets, actuals = ind.targets, ind.actuals
    if not has_own_value(targets, quarter):
        return _NA_NO_TARGET
    upto = quarter * 3
    target = consolidate(targets, method, upto)
    high = None if ind.targets_high is None else consolidate(ind.targets_high, method, upto)
    if len(actuals) != len(targets) or not has_realisation(targets, actuals, quarter):
        return (target, None, high, NA_NO_ACTUAL)
    return (target, consolidate(actuals, method, upto), high, None)


def _upto(values: SeriesT, method: PeriodConsolidation, quarter: int) -> Decimal | None:
    """`consolidate` of a quarterly series whose own slot `quarter` is known (the hot path):
    the same additions in the same order, without the generic index loop."""
    if method is _LAST or (quarter == 1 and method is _SUM):
        return values[quarter - 1]
    total: Decimal | None = None
    count = 0
    for v in values[:quarter]:
        if v is not None:
            total = v if total is None else total + v
            count += 1
    if method is _SUM:
        return total
    return total / count  # type: ignore[operator]  # slot `quarter` is known: count >= 1


def _consolidate_locations(ind: IndicatorInput, quarter: int) -> _Consolidated:
    """Time first, then location (SPEC §9: two axes, never averaging percentages)."""
    method = ind.period_consolidation
    assert method is not None
    mode = ind.location_consolidation or LocationConsolidation.SUM
    locs = ind.locations
    per = len(locs[0].targets) // 4
    upto = quarter * per
    if mode is LocationConsolidation.RAW:
        return _consolidate_raw(ind, quarter, upto)
    targeted = [loc for loc in locs if has_own_value(loc.targets, quarter)]
    if not targeted:
        return _NA_NO_TARGET
    complete = all(has_realisation(loc.targets, loc.actuals, quarter) for loc in targeted)
    t_values = [consolidate(loc.targets, method, upto) for loc in locs]
    target = _combine([v for v in t_values if v is not None], mode)
    if not complete:
        return (target, None, None, NA_LOCATIONS_INCOMPLETE)
    a_values = [consolidate(loc.actuals, method, upto) for loc in locs]
    return (target, _combine([v for v in a_values if v is not None], mode), None, None)


def _consolidate_raw(ind: IndicatorInput, quarter: int, upto: int) -> _Consolidated:
    """Raw Data: Σ numerators / Σ denominators, for the target and for the realisation."""
    method = ind.period_consolidation
    assert method is not None
    hint = ValueForm.PERCENT if is_percent_unit(ind.unit) else None
    try:
        forms = location_forms(ind.locations, hint)
    except LocationValueError:
        return _NA_LOCATION_VALUES
    series = [raw_series(loc, form) for loc, form in zip(ind.locations, forms, strict=True)]
    targeted = [s for s in series if has_own_value(s.target_numerators, quarter)]
    if not targeted:
        return _NA_NO_TARGET
    complete = all(
        has_realisation(s.target_numerators, s.actual_numerators, quarter) for s in targeted
    )
    sums = [ZERO, ZERO, ZERO, ZERO]
    seen = [False, False, False, False]
    for s in series:
        parts = (
            s.target_numerators,
            s.target_denominators,
            s.actual_numerators,
            s.actual_denominators,
        )
        for k, part in enumerate(parts):
            v = consolidate(part, method, upto)
            if v is not None:
                sums[k] += v
                seen[k] = True
    target = None
    if seen[0] and seen[1]:
        if sums[1] == 0:
            return (None, None, None, NA_ZERO_DENOMINATOR)
        target = sums[0] / sums[1] * HUNDRED
    if not complete:
        return (target, None, None, NA_LOCATIONS_INCOMPLETE)
    if not (seen[2] and seen[3]) or sums[3] == 0:
        return (target, None, None, NA_ZERO_DENOMINATOR)
    return (target, sums[2] / sums[3] * HUNDRED, None, None)


def _combine(values: Sequence[Decimal], mode: LocationConsolidation) -> Decimal | None:
    if not values:
        return None
    total = sum(values, ZERO)
    return total if mode is LocationConsolidation.SUM else total / len(values)


def _measure(ind: IndicatorInput, quarter: int) -> _Consolidated:
    method = ind.period_consolidation
    if ind.polarity is None or method is None:
        return _NA_METADATA
    mp = ind.measuring_period
    if mp is not None and quarter not in DUE_QUARTERS[mp]:
        return _NA_NOT_DUE
    if ind.locations:
        return _consolidate_locations(ind, quarter)
    targets = ind.targets
    if len(targets) != 4:
        return _consolidate_own(ind, quarter)
    # A quarterly series of the IKU's own: the common case, without the generic helpers.
    if targets[quarter - 1] is None:
        return _NA_NO_TARGET
    target = targets[quarter - 1] if method is _LAST else _upto(targets, method, quarter)
    highs = ind.targets_high
    high = None if highs is None else consolidate(highs, method, quarter)
    actuals = ind.actuals
    if len(actuals) != 4 or actuals[quarter - 1] is None:
        return (target, None, high, NA_NO_ACTUAL)
    if method is _LAST:
        return (target, actuals[quarter - 1], high, None)
    return (target, _upto(actuals, method, quarter), high, None)


class _Quality(NamedTuple):
    weight: Decimal
    derived: bool
    forbidden: bool


# Lookups derived from one profile object, kept across calls: a province scores thousands of
# agreements with a handful of profiles. Keyed by identity, not equality, so that what they
# return (bands, weights) are that profile's own objects.
_PROFILE_MEMOS: dict[int, tuple[Profile, dict[Any, Any]]] = {}


def _profile_memo(profile: Profile) -> dict[Any, Any]:
    entry = _PROFILE_MEMOS.get(id(profile))
    if entry is None or entry[0] is not profile:
        if len(_PROFILE_MEMOS) >= 32:  # profiles parsed anew per session: keep a few
            _PROFILE_MEMOS.clear()
        entry = _PROFILE_MEMOS[id(profile)] = (profile, {})
    return entry[1]


def _quality_lookup(profile: Profile, level: Level | None) -> Callable[[IndicatorInput], _Quality]:
    """Weight and forbidden flag per validity x control, memoised per profile and level.

    The memo's key carries the types: `forbidden_for` matches members by identity, so a
    plain "proxy" and `Validity.PROXY` (equal, as a StrEnum) must not share an entry.
    """
    cache: dict[tuple[object, ...], _Quality] = _profile_memo(profile).setdefault(level, {})

    def lookup(ind: IndicatorInput) -> _Quality:
        validity, control = ind.validity, ind.control
        key = (validity, control, type(validity), type(control))
        found = cache.get(key)
        if found is None:
            cell = profile.weight_of(validity, control)
            forbidden = profile.forbidden_for(validity, control, level) is not None
            if cell is None:
                found = _Quality(ZERO, False, forbidden)
            else:
                found = _Quality(cell.weight, cell.derived, forbidden)
            cache[key] = found
        return found

    return lookup


# Warning ids naming the quarter a Sum realisation leaves out (SPEC §6.1).
SUM_SKIPS = ("sum_skips_tw1", "sum_skips_tw2", "sum_skips_tw3")


def _skipped_quarters(ind: IndicatorInput, quarter: int) -> tuple[str, ...]:
    """Earlier due quarters with a known target but no realisation: a Sum to date then
    understates the realisation, and the user must see which quarter is missing."""
    mp = ind.measuring_period
    targets, actuals = ind.targets, ind.actuals
    if not ind.locations and len(targets) == 4 and len(actuals) == 4:
        # a quarterly series of its own (most IKUs): has_own_value / has_realisation, inlined
        skipped = []
        for q in range(1, quarter):
            if (
                targets[q - 1] is not None
                and actuals[q - 1] is None
                and (mp is None or q in DUE_QUARTERS[mp])
            ):
                skipped.append(SUM_SKIPS[q - 1])
        return tuple(skipped)
    if ind.locations:
        pairs = [
            (
                loc.targets
                if loc.target_numerators is None
                else _either(loc.targets, loc.target_numerators),
                loc.actuals if loc.numerators is None else _either(loc.actuals, loc.numerators),
            )
            for loc in ind.locations
        ]
    else:
        pairs = [(targets, actuals)]
    found = []
    for q in range(1, quarter):
        if mp is not None and q not in DUE_QUARTERS[mp]:
            continue
        for own_targets, own_actuals in pairs:
            if has_own_value(own_targets, q) and not has_realisation(own_targets, own_actuals, q):
                found.append(SUM_SKIPS[q - 1])
                break
    return tuple(found)


def _either(first: SeriesT, second: SeriesT) -> SeriesT:
    """Per slot, the first value that is known."""
    return tuple(a if a is not None else b for a, b in zip(first, second, strict=True))


# ---- sums ------------------------------------------------------------------------------------


def weighted_mean(pairs: Iterable[tuple[Decimal, Decimal]]) -> tuple[Decimal | None, Decimal]:
    """(Σ value x weight / Σ weight, Σ weight), exact and order-independent; None if Σ w = 0."""
    add, mul = _EXACT.add, _EXACT.multiply
    num = ZERO
    den = ZERO
    for value, weight in pairs:
        num = add(num, mul(value, weight))
        den = add(den, weight)
    if den == 0:
        return None, den
    return _ENGINE.divide(num, den), den


def group_scores(items: Iterable[tuple[str, IndicatorScore]]) -> dict[str, GroupScore]:
    """Scores over arbitrary IKU groups, e.g. Nilai Sasaran RPJMD across many agreements."""
    buckets: dict[str, list[IndicatorScore]] = {}
    for key, score in items:
        buckets.setdefault(key, []).append(score)
    out = {}
    for key, scores in buckets.items():
        avail = [(s.capaian, s.weight) for s in scores if s.capaian is not None]
        value, total = weighted_mean(avail)
        out[key] = GroupScore(key, value, total, len(scores), len(avail))
    return out


# ---- one agreement ---------------------------------------------------------------------------


def _band_finder(profile: Profile) -> Callable[[Decimal, Decimal | None], StatusBand | None]:
    """`profile.band_of` for a known capaian, as a bisection over the bands' minimums when
    the bottom band has none and the others ascend (every shipped profile): the same band,
    found with C comparisons only."""
    memo = _profile_memo(profile)
    found = memo.get(_band_finder)
    if found is None:
        found = memo[_band_finder] = _bisected_bands(profile)
    return found  # type: ignore[no-any-return]


def _bisected_bands(profile: Profile) -> Callable[[Decimal, Decimal | None], StatusBand | None]:
    bands = profile.status_bands
    bounds = [band.minimum for band in bands[1:] if band.minimum is not None]
    if not bands or bands[0].minimum is not None or len(bounds) != len(bands) - 1:
        return profile.band_of
    if bounds != sorted(bounds):
        return profile.band_of
    over = profile.over_achievement_band
    threshold = None if over is None else over.minimum

    def band_of(capaian: Decimal, raw: Decimal | None = None) -> StatusBand | None:
        if threshold is not None and raw is not None and raw > threshold:
            return over
        return bands[bisect_right(bounds, capaian)]

    return band_of


def score_agreement(
    agreement: AgreementInput, profile: Profile, as_of: AsOf | str
) -> AgreementScore:
    """Score every IKU, sasaran and the agreement for the period `as_of` (TW1..TW4, S1, annual)."""
    period = parse_as_of(as_of)
    quarter = period.quarter
    later = quarter > 1  # a Sum up to a later quarter may skip an earlier one's realisation
    level = agreement.level
    cap, floor = profile.capaian_cap, profile.capaian_floor
    goal_scores: list[GoalScore] = []
    rpjmd_items: list[tuple[str, IndicatorScore]] = []
    quality_of = _quality_lookup(profile, level)
    qualities: dict[tuple[object, object], _Quality] = {}
    band_of = _band_finder(profile)
    # Exact sums (see weighted_mean): the agreement's are the sums of its sasaran's, which is
    # the same number as summing every IKU again, without a second product per IKU.
    # fma(v, w, n) = v x w + n, exact here as the product and sum are: one call, not two
    add, fma = _EXACT.add, _EXACT.fma
    all_num = all_den = ZERO
    with localcontext(_ENGINE):
        for goal in agreement.goals:
            # One pass builds every IKU's score; the weighted weights, which need the sasaran's
            # available weight, are filled in after it (this runs once per IKU of a province).
            scores = []
            num = den = ZERO
            available = 0
            goal_id, goal_rpjmd = goal.id, goal.rpjmd_key
            for ind in goal.indicators:
                key = (ind.validity, ind.control)
                quality = qualities.get(key)
                if quality is None:
                    quality = qualities[key] = quality_of(ind)
                weight, derived, forbidden = quality
                target, actual, high, reason = _measure(ind, quarter)
                if reason is None and target is not None and actual is not None:
                    # The capaian (SPEC §6.3) of a measured IKU, written out here rather than
                    # in a helper: this runs once per IKU of a province.
                    polarity = ind.polarity
                    assert polarity is not None  # measured: its metadata is complete
                    if high is None:
                        raw, warning = raw_capaian(target, actual, polarity)
                    else:
                        raw, warning = range_raw_capaian(target, high, actual, polarity)
                    value = cap if raw > cap else floor if raw < floor else raw
                    warnings: tuple[str, ...] = (warning,) if warning else ()
                    if later and ind.period_consolidation is _SUM:
                        warnings += _skipped_quarters(ind, quarter)
                    num = fma(value, weight, num)
                    den = add(den, weight)
                    available += 1
                    band = band_of(value, raw)
                else:
                    value = raw = band = None
                    warnings = ()
                rpjmd = ind.rpjmd_key or goal_rpjmd
                # positional: this runs once per IKU of the province
                score = IndicatorScore(
                    ind.id,
                    goal_id,
                    target,
                    actual,
                    high,
                    value,
                    raw,
                    weight,
                    derived,
                    None,
                    band,
                    reason,
                    warnings,
                    forbidden,
                    rpjmd,
                )
                scores.append(score)
                if rpjmd is not None:
                    rpjmd_items.append((rpjmd, score))
            all_num, all_den = add(all_num, num), add(all_den, den)
            goal_value = None
            if den:
                goal_value = _ENGINE.divide(num, den)
                # IKUs of one quality share one weight object: divide once per weight.
                last_weight = last_share = None
                for score in scores:
                    if score.capaian is not None:
                        if score.weight is not last_weight:
                            last_weight = score.weight
                            last_share = last_weight / den * HUNDRED
                        score.weighted_weight = last_share
            reason = None
            if goal_value is None:
                reason = GOAL_ALL_NA if not available else GOAL_ZERO_WEIGHT
            goal_scores.append(
                GoalScore(
                    goal_id,
                    goal_value,
                    den,
                    tuple(scores),
                    reason,
                    None if goal_value is None else band_of(goal_value),
                )
            )
        if profile.score_mode is _MEAN_OF_GOALS:
            values = [(g.score, Decimal(1)) for g in goal_scores if g.score is not None]
            overall, _ = weighted_mean(values)
        else:
            overall = None if all_den == 0 else _ENGINE.divide(all_num, all_den)
    return AgreementScore(
        agreement_id=agreement.id,
        as_of=period,
        goals=tuple(goal_scores),
        overall=overall,
        overall_reason=None if overall is not None else OVERALL_ALL_NA,
        score_mode=profile.score_mode,
        band=None if overall is None else band_of(overall),
        rpjmd=group_scores(rpjmd_items),
    )


def score_agreements(
    agreements: Sequence[AgreementInput],
    profile: Profile,
    as_of: AsOf | str,
    progress: Progress | None = None,
) -> list[AgreementScore]:
    """Score many agreements (a unit, a province), reporting progress(done, total)."""
    total = len(agreements)
    out = []
    for n, agreement in enumerate(agreements, start=1):
        out.append(score_agreement(agreement, profile, as_of))
        if progress is not None and (n == total or n % 100 == 0):
            progress(n, total)
    return out


def weights_for(weights: Sequence[Decimal | None]) -> list[Decimal | None]:
    """Weighted weights (%) of IKUs whose capaian is available; None marks an N/A IKU.

    9, 14, 26 -> 18,37 / 28,57 / 53,06; with the first N/A -> None / 35 / 65 (seed 003
    §4.1.2.2). Returns all None when no weight is available.
    """
    total = sum((w for w in weights if w is not None), ZERO)
    if total == 0:
        return [None for _ in weights]
    with localcontext(_ENGINE):
        return [None if w is None else w / total * HUNDRED for w in weights]


def goal_value(capaian_and_weights: Iterable[tuple[Decimal | None, Decimal]]) -> Decimal | None:
    """Nilai Sasaran from (capaian or None, table weight) pairs: 90/14 and 75/26 -> 80,25."""
    pairs = [(c, w) for c, w in capaian_and_weights if c is not None]
    value, _ = weighted_mean(pairs)
    return value

"""Properties that must hold for any data (hypothesis)."""

from __future__ import annotations

from decimal import Decimal

import msgspec
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.engine.agreement import AgreementInput, GoalInput, IndicatorInput
from app.engine.capaian import capaian
from app.engine.enums import Control, PeriodConsolidation, Polarity, Validity
from app.engine.numbers import format_id, parse_id_number, round2
from app.engine.periods import consolidate
from app.engine.scoring import score_agreement, weights_for

CAP, FLOOR = Decimal(100), Decimal(0)

numbers = st.decimals(
    min_value=Decimal("-1e9"),
    max_value=Decimal("1e9"),
    places=4,
    allow_nan=False,
    allow_infinity=False,
)
positive = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1e9"), places=2)
maybe = st.one_of(st.none(), numbers)
series = st.tuples(maybe, maybe, maybe, maybe)
polarities = st.sampled_from(list(Polarity))
methods = st.sampled_from(list(PeriodConsolidation))
# Every quality with a weight in the shipped profiles, plus a forbidden one (weight 0).
QUALITIES = [
    (Validity.PROXY, Control.HIGH),
    (Validity.ACTIVITY, Control.HIGH),
    (Validity.EXACT, Control.MODERATE),
    (Validity.PROXY, Control.MODERATE),
    (Validity.ACTIVITY, Control.MODERATE),
    (Validity.EXACT, Control.LOW),
    (Validity.PROXY, Control.LOW),
    (Validity.EXACT, Control.HIGH),
]


@given(numbers, numbers, polarities)
def test_capaian_within_floor_and_cap(target, actual, polarity) -> None:
    result = capaian(target, actual, polarity, CAP, FLOOR)
    assert FLOOR <= result.value <= CAP
    assert result.value == min(max(result.raw, FLOOR), CAP)


@given(
    numbers.filter(lambda t: t != 0), st.decimals(min_value=0, max_value=Decimal("1e6"), places=4)
)
def test_stabilize_is_symmetric_around_the_target(target, delta) -> None:
    below = capaian(target, target - delta, Polarity.STABILIZE)
    above = capaian(target, target + delta, Polarity.STABILIZE)
    assert below.raw == above.raw
    assert below.raw <= 100


@given(positive, positive, positive)
def test_maximize_is_monotonic(target, a, b) -> None:
    low, high = sorted((a, b))
    assert (
        capaian(target, low, Polarity.MAXIMIZE).raw <= capaian(target, high, Polarity.MAXIMIZE).raw
    )
    assert (
        capaian(target, low, Polarity.MINIMIZE).raw >= capaian(target, high, Polarity.MINIMIZE).raw
    )


@given(series, series, st.integers(min_value=1, max_value=4))
def test_sum_consolidation_is_additive(a, b, upto) -> None:
    both = tuple(
        None if x is None and y is None else (x or Decimal(0)) + (y or Decimal(0))
        for x, y in zip(a, b, strict=True)
    )
    total_a = consolidate(a, PeriodConsolidation.SUM, upto)
    total_b = consolidate(b, PeriodConsolidation.SUM, upto)
    combined = consolidate(both, PeriodConsolidation.SUM, upto)
    if total_a is None and total_b is None:
        assert combined is None
    else:
        assert combined == (total_a or 0) + (total_b or 0)


@given(series, methods, st.integers(min_value=1, max_value=4))
def test_consolidation_stays_between_known_values(values, method, upto) -> None:
    known = [v for v in values[:upto] if v is not None]
    result = consolidate(values, method, upto)
    if not known:
        assert result is None
    elif method is not PeriodConsolidation.SUM:
        assert min(known) <= result <= max(known)


@given(
    st.lists(
        st.one_of(st.none(), st.sampled_from([Decimal(w) for w in (7, 9, 11, 14, 19, 21, 26)])),
        min_size=1,
        max_size=12,
    )
)
def test_weighted_weights_sum_to_100(weights) -> None:
    ww = weights_for(weights)
    available = [w for w in ww if w is not None]
    if any(w is not None for w in weights):
        assert abs(sum(available) - 100) < Decimal("1e-20")
        assert all(0 < w <= 100 for w in available)
    else:
        assert available == []


indicator = st.builds(
    lambda i, quality, polarity, method, targets, actuals: IndicatorInput(
        id=f"I{i}",
        name=f"I{i}",
        validity=quality[0],
        control=quality[1],
        polarity=polarity,
        period_consolidation=method,
        targets=targets,
        actuals=actuals,
    ),
    st.integers(),
    st.sampled_from(QUALITIES),
    polarities,
    methods,
    series,
    series,
)


def unique_ids(indicators: list[IndicatorInput]) -> tuple[IndicatorInput, ...]:
    return tuple(msgspec.structs.replace(ind, id=f"I{n}") for n, ind in enumerate(indicators))


@settings(max_examples=60)
@given(
    st.lists(indicator, min_size=1, max_size=8),
    st.randoms(use_true_random=False),
    st.sampled_from(["TW1", "TW2", "TW3", "TW4"]),
)
def test_scores_do_not_depend_on_indicator_order(kaltara, indicators, rnd, period) -> None:
    inds = unique_ids(indicators)
    shuffled = list(inds)
    rnd.shuffle(shuffled)
    first = score_agreement(AgreementInput("A", (GoalInput("G", "G", inds),)), kaltara, period)
    second = score_agreement(
        AgreementInput("A", (GoalInput("G", "G", tuple(shuffled)),)), kaltara, period
    )
    assert first.goals[0].score == second.goals[0].score
    assert first.overall == second.overall
    by_id = {s.indicator_id: s for s in second.goals[0].indicators}
    for s in first.goals[0].indicators:
        assert by_id[s.indicator_id].weighted_weight == s.weighted_weight
        assert by_id[s.indicator_id].capaian == s.capaian
    # and the weighted weights of a goal add up to 100 whenever any IKU is available
    ww = [s.weighted_weight for s in first.goals[0].indicators if s.weighted_weight is not None]
    if first.goals[0].weight_available:
        assert abs(sum(ww) - 100) < Decimal("1e-20")
    if first.goals[0].score is not None:
        assert FLOOR <= first.goals[0].score <= CAP


@given(st.lists(indicator, min_size=1, max_size=6), st.integers(min_value=1, max_value=3))
def test_splitting_goals_keeps_the_weighted_overall(kaltara, indicators, parts) -> None:
    inds = unique_ids(indicators)
    one = score_agreement(AgreementInput("A", (GoalInput("G", "G", inds),)), kaltara, "TW4")
    goals = tuple(GoalInput(f"G{k}", "G", inds[k::parts]) for k in range(parts))
    many = score_agreement(AgreementInput("A", goals), kaltara, "TW4")
    assert one.overall == many.overall


@given(st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=2))
def test_format_then_parse_round_trips(value) -> None:
    assert parse_id_number(format_id(value)) == round2(value)


_NAME_TEXT = st.lists(
    st.sampled_from(["a", "B", "ß", " ", "  ", "\t", "\n", "\x1f", "\xa0", "\u3000", "x1"]),
    max_size=8,
).map("".join)


@given(_NAME_TEXT, _NAME_TEXT, st.booleans())
@example("Persentase  layanan", "", True)  # a double space: not the quick key
@example("Persentase layanan ", "", True)
@example("Persentase\tlayanan", "", True)
@settings(max_examples=300, deadline=None)
def test_duplicate_names_are_those_equal_once_normalized(
    first: str, other: str, respaced: bool
) -> None:
    """check_duplicates' quick key for plainly spaced names agrees with normalized_name, for
    unrelated names and for a name beside its own respaced, upper-cased spelling."""
    from app.engine.rules import check_duplicates, normalized_name

    second = " ".join(first.split()).upper() if respaced else other
    first, second = first or "A", second or "B"
    goal = GoalInput("S1", "Sasaran", (IndicatorInput("A", first), IndicatorInput("B", second)))
    found = check_duplicates(AgreementInput("PK", (goal,)))
    assert bool(found) == (normalized_name(first) == normalized_name(second))

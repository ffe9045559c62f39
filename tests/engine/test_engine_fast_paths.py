"""The engine's province-speed shortcuts give exactly what the plain definitions give.

A province scores 30,000 IKUs per keystroke, so `score_agreement` bisects the colour bands,
memoises qualities across agreements and sums the agreement from its sasaran's exact sums.
Each shortcut is checked here against the slow, obvious form, digit for digit.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from app.engine.agreement import AgreementInput, GoalInput, IndicatorInput
from app.engine.enums import Control, Level, PeriodConsolidation, Polarity, Validity
from app.engine.profile import Profile
from app.engine.scoring import _band_finder, score_agreement, weighted_mean, weights_for
from tests.engine.conftest import load_profile

# Around every band edge of the shipped profiles (60, 80, 95 and the Melampaui 100).
EDGES = [Decimal(v) for v in ("-1", "0", "59.99", "60", "79.9999", "80", "94.5", "95", "99")]
CAPAIAN = [*EDGES, Decimal("100"), Decimal("100.0001"), Decimal("130")]


def _check_bands(profile: Profile) -> None:
    fast = _band_finder(profile)
    for value in CAPAIAN:
        assert fast(value) is profile.band_of(value)
        for raw in (None, *CAPAIAN):
            assert fast(value, raw) is profile.band_of(value, raw), (value, raw)


def test_bisected_bands_are_the_profiles_bands(kaltara: Profile, dki: Profile) -> None:
    _check_bands(kaltara)
    _check_bands(dki)
    # an equal profile parsed again gets its own band objects back, not the first one's
    again = load_profile("kaltara")
    assert again == kaltara and again.status_bands[1] is not kaltara.status_bands[1]
    _check_bands(again)
    assert _band_finder(kaltara)(Decimal("100"), Decimal("101")).code == "melampaui"
    assert _band_finder(kaltara)(Decimal("80")).code == "mendekati"


def test_bands_out_of_order_or_without_melampaui_fall_back(kaltara: Profile) -> None:
    bottom, *rest = kaltara.status_bands
    shuffled = dataclasses.replace(kaltara, status_bands=(bottom, *reversed(rest)))
    assert _band_finder(shuffled) == shuffled.band_of
    _check_bands(shuffled)
    # the loop keeps the last band reached: out of order, 85 is no longer "mendekati"
    assert shuffled.band_of(Decimal("85")) is not kaltara.band_of(Decimal("85"))
    _check_bands(dataclasses.replace(kaltara, over_achievement_band=None))


def test_quality_memo_keeps_levels_apart(kaltara: Profile) -> None:
    # Activity x high is forbidden for JPT only: the memo shared across agreements is per level.
    ind = IndicatorInput(
        "I", "I", Validity.ACTIVITY, Control.HIGH, Polarity.MAXIMIZE, PeriodConsolidation.LAST
    )
    goals = (GoalInput("G", "G", (ind,)),)
    for _ in range(2):
        for level, forbidden in ((Level.JPT_PRATAMA, True), (Level.PENGAWAS, False)):
            score = score_agreement(AgreementInput("A", goals, level), kaltara, "TW1")
            assert score.goals[0].indicators[0].quality_forbidden is forbidden


values = st.one_of(
    st.none(),
    st.decimals(min_value=Decimal("-500"), max_value=Decimal("500"), places=3),
)
indicator = st.builds(
    lambda quality, polarity, method, targets, actuals: (
        quality,
        polarity,
        method,
        targets,
        actuals,
    ),
    st.sampled_from(
        [(v, c) for v in Validity for c in Control] + [(None, Control.LOW), (Validity.EXACT, None)]
    ),
    st.sampled_from(list(Polarity)),
    st.sampled_from(list(PeriodConsolidation)),
    st.tuples(values, values, values, values),
    st.tuples(values, values, values, values),
)


@settings(max_examples=80)
@given(
    st.lists(st.lists(indicator, max_size=5), min_size=1, max_size=4),
    st.sampled_from(["TW1", "TW2", "TW3", "TW4"]),
    st.sampled_from([Level.JPT_PRATAMA, Level.PENGAWAS, None]),
)
def test_sums_weights_and_bands_are_the_plain_definitions(
    kaltara: Profile, goals: list[list[tuple]], period: str, level: Level | None
) -> None:
    agreement = AgreementInput(
        "A",
        tuple(
            GoalInput(
                f"G{g}",
                "G",
                tuple(
                    IndicatorInput(f"I{g}.{i}", "I", v, c, pol, method, targets, actuals)
                    for i, ((v, c), pol, method, targets, actuals) in enumerate(inds)
                ),
            )
            for g, inds in enumerate(goals)
        ),
        level,
    )
    score = score_agreement(agreement, kaltara, period)
    every: list[tuple[Decimal, Decimal]] = []
    for goal in score.goals:
        pairs = [(s.capaian, s.weight) for s in goal.indicators if s.capaian is not None]
        every.extend(pairs)
        value, available = weighted_mean(pairs)
        # repr: the same digits and exponent, not merely an equal number
        assert repr(goal.score) == repr(value)
        assert repr(goal.weight_available) == repr(available)
        assert goal.band == kaltara.band_of(value)
        shares = weights_for([s.weight if s.capaian is not None else None for s in goal.indicators])
        for s, share in zip(goal.indicators, shares, strict=True):
            assert repr(s.weighted_weight) == repr(share if available else None)
            assert s.band == kaltara.band_of(s.capaian, s.raw_capaian)
    overall, _ = weighted_mean(every)
    assert repr(score.overall) == repr(overall)
    assert score.band == kaltara.band_of(overall)

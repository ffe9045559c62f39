"""Weights, Nilai Sasaran, Nilai Kinerja and location consolidation (SPEC §6.2, §6.4, §6.5)."""

from __future__ import annotations

import copy
import dataclasses
from decimal import Decimal

import pytest

from app.engine.action_plans import ActionOutputFact, completion_percent, completion_series
from app.engine.agreement import AgreementInput, GoalInput, IndicatorInput, LocationInput
from app.engine.enums import (
    Control,
    Level,
    LocationConsolidation,
    MeasuringPeriod,
    PeriodConsolidation,
    Polarity,
    ScoreMode,
    Validity,
)
from app.engine.numbers import round2
from app.engine.profile import Profile
from app.engine.scoring import (
    GOAL_ALL_NA,
    GOAL_ZERO_WEIGHT,
    NA_LOCATIONS_INCOMPLETE,
    NA_MISSING_METADATA,
    NA_NO_ACTUAL,
    NA_NO_TARGET,
    NA_NOT_DUE,
    goal_value,
    group_scores,
    score_agreement,
    score_agreements,
    weights_for,
)

D = Decimal


def s(*values: float | int | str | None) -> tuple[Decimal | None, ...]:
    return tuple(None if v is None else Decimal(str(v)) for v in values)


HUNDREDS = s(100, 100, 100, 100)
NINETIES = s(90, 90, 90, 90)


def iku(
    ind_id: str,
    validity: str = "proxy",
    control: str = "moderate",
    targets=HUNDREDS,
    actuals=NINETIES,
    polarity: Polarity = Polarity.MAXIMIZE,
    consolidation: PeriodConsolidation = PeriodConsolidation.LAST,
    **extra,
) -> IndicatorInput:
    return IndicatorInput(
        id=ind_id,
        name=f"IKU {ind_id}",
        validity=Validity(validity),
        control=Control(control),
        polarity=polarity,
        period_consolidation=consolidation,
        targets=targets,
        actuals=actuals,
        **extra,
    )


def seed_goal() -> GoalInput:
    """Seed 003 §4.1.2.2/§4.1.3: IK A semester activity/moderate, IK B proxy/moderate 90 %,
    IK C exact/low 75 %, reported quarterly."""
    return GoalInput(
        "SS1",
        "Sasaran Strategis 1",
        (
            iku(
                "A",
                "activity",
                "moderate",
                targets=s(None, 100, None, 100),
                actuals=s(None, 80, None, None),
                measuring_period=MeasuringPeriod.SEMESTER,
            ),
            iku("B", "proxy", "moderate", actuals=s(90, 90, 90, 90)),
            iku("C", "exact", "low", actuals=s(75, 75, 75, 75)),
        ),
    )


def test_weights_from_table_4_2(kaltara) -> None:
    expected = {
        ("proxy", "high"): 11,
        ("exact", "moderate"): 21,
        ("proxy", "moderate"): 14,
        ("activity", "moderate"): 9,
        ("exact", "low"): 26,
        ("proxy", "low"): 19,
    }
    for (v, c), w in expected.items():
        cell = kaltara.weight_of(Validity(v), Control(c))
        assert cell is not None and cell.weight == w and not cell.derived
    derived = kaltara.weight_of(Validity.ACTIVITY, Control.HIGH)
    assert derived is not None and derived.weight == 7 and derived.derived
    assert kaltara.weight_of(Validity.EXACT, Control.HIGH) is None
    assert kaltara.weight_of(Validity.ACTIVITY, Control.LOW) is None
    assert sum(w for w in expected.values()) == 100


def test_weighted_weights_seed_example() -> None:
    ww = weights_for([D(9), D(14), D(26)])
    assert [round2(w) for w in ww] == [D("18.37"), D("28.57"), D("53.06")]
    ww = weights_for([None, D(14), D(26)])
    assert ww == [None, D(35), D(65)]
    assert weights_for([None, None]) == [None, None]


def test_nilai_sasaran_seed_example() -> None:
    assert goal_value([(None, D(9)), (D(90), D(14)), (D(75), D(26))]) == D("80.25")


def test_seed_goal_in_a_quarterly_period(kaltara) -> None:
    agreement = AgreementInput("PK", (seed_goal(),), Level.JPT_PRATAMA)
    result = score_agreement(agreement, kaltara, "TW1")
    a, b, c = result.goals[0].indicators
    assert a.capaian is None and a.na_reason == NA_NOT_DUE and a.weighted_weight is None
    assert a.weight == 9  # the table weight is still shown
    assert (b.weighted_weight, c.weighted_weight) == (D(35), D(65))
    assert result.goals[0].score == D("80.25")
    assert result.overall == D("80.25")


def test_seed_goal_at_semester_counts_all_three(kaltara) -> None:
    agreement = AgreementInput("PK", (seed_goal(),), Level.JPT_PRATAMA)
    result = score_agreement(agreement, kaltara, "S1")
    a, b, c = result.goals[0].indicators
    assert [round2(x.weighted_weight) for x in (a, b, c)] == [D("18.37"), D("28.57"), D("53.06")]
    expected = (D(80) * 9 + D(90) * 14 + D(75) * 26) / 49
    assert result.goals[0].score == expected
    # TW4: IK A has a TW4 target but no TW4 realisation -> n/a, never carried forward.
    result = score_agreement(agreement, kaltara, "TW4")
    assert result.goals[0].indicators[0].na_reason == NA_NO_ACTUAL
    assert result.goals[0].score == D("80.25")


def test_na_reasons(kaltara) -> None:
    goal = GoalInput(
        "G",
        "G",
        (
            iku("annual", targets=s(None, None, None, 90), actuals=s(None, None, None, 95)),
            iku("missing", polarity=None),  # type: ignore[arg-type]
            iku("late", actuals=s(90, None, 90, 90)),
        ),
    )
    result = score_agreement(AgreementInput("PK", (goal,)), kaltara, "TW2")
    reasons = [i.na_reason for i in result.goals[0].indicators]
    assert reasons == [NA_NO_TARGET, NA_MISSING_METADATA, NA_NO_ACTUAL]
    assert result.goals[0].score is None and result.goals[0].na_reason == GOAL_ALL_NA
    assert result.overall is None


def test_capaian_uses_consolidated_values(kaltara) -> None:
    ind = iku(
        "sum",
        targets=s(9, 10, 11, 10),
        actuals=s(9, 8, 11, 9),
        consolidation=PeriodConsolidation.SUM,
    )
    result = score_agreement(AgreementInput("PK", (GoalInput("G", "G", (ind,)),)), kaltara, "TW3")
    score = result.goals[0].indicators[0]
    assert (score.target, score.actual) == (D(30), D(28))
    assert score.capaian == D(28) / D(30) * 100


def test_forbidden_quality_is_scored_with_table_weight_or_zero(kaltara) -> None:
    goal = GoalInput(
        "G",
        "G",
        (
            iku("eh", "exact", "high", actuals=s(50, 50, 50, 50)),  # forbidden, no weight
            iku("ah", "activity", "high", actuals=s(100, 100, 100, 100)),  # JPT: forbidden, 7
            iku("pm", "proxy", "moderate", actuals=s(80, 80, 80, 80)),
        ),
    )
    result = score_agreement(AgreementInput("PK", (goal,), Level.JPT_PRATAMA), kaltara, "TW1")
    eh, ah, pm = result.goals[0].indicators
    assert eh.quality_forbidden and eh.weight == 0 and eh.capaian == 50
    assert eh.weighted_weight == 0
    assert ah.quality_forbidden and ah.weight == 7 and ah.weight_derived
    assert not pm.quality_forbidden
    assert result.goals[0].score == (D(100) * 7 + D(80) * 14) / 21
    below_jpt = score_agreement(AgreementInput("PK", (goal,), Level.PENGAWAS), kaltara, "TW1")
    assert not below_jpt.goals[0].indicators[1].quality_forbidden


def test_the_profiles_cap_and_floor_bound_every_score(profile_dict) -> None:
    """A region that lets capaian run to 120 % and never below 10 % is scored with its own
    bounds, from the JSON file down to Nilai Kinerja, not with the default 100/0."""
    data = copy.deepcopy(profile_dict)
    data["capaian_cap"], data["capaian_floor"] = 120, 10
    profile = Profile.from_dict(data)
    goal = GoalInput(
        "G",
        "G",
        (
            iku("over", actuals=s(130, 130, 130, 130)),  # raw 130 %: capped at 120
            iku("under", actuals=s(5, 5, 5, 5)),  # raw 5 %: floored at 10
            iku("inside", actuals=s(110, 110, 110, 110)),  # raw 110 %: kept
        ),
    )
    result = score_agreement(AgreementInput("PK", (goal,)), profile, "TW1")
    over, under, inside = result.goals[0].indicators
    assert (over.capaian, over.raw_capaian) == (D(120), D(130))
    assert (under.capaian, under.raw_capaian) == (D(10), D(5))
    assert inside.capaian == D(110)
    assert result.overall == D(80)  # (120 + 10 + 110) / 3, all proxy/moderate (weight 14)


def test_goal_with_only_weightless_indicators(kaltara) -> None:
    goal = GoalInput("G", "G", (iku("eh", "exact", "high"),))
    result = score_agreement(AgreementInput("PK", (goal,)), kaltara, "TW1")
    assert result.goals[0].score is None and result.goals[0].na_reason == GOAL_ZERO_WEIGHT


def two_goals() -> AgreementInput:
    g1 = GoalInput("G1", "G1", (iku("B", actuals=s(90, 90, 90, 90)), iku("C", "exact", "low")))
    g2 = GoalInput(
        "G2",
        "G2",
        (iku("D", "proxy", "high", actuals=s(60, 60, 60, 60)),),
        rpjmd_key="RPJMD-1",
    )
    g3 = GoalInput("G3", "G3", (iku("E", actuals=s(None, None, None, None)),))
    return AgreementInput("PK", (g1, g2, g3), Level.ADMINISTRATOR)


def test_nilai_kinerja_weighted_mean_of_iku(kaltara) -> None:
    result = score_agreement(two_goals(), kaltara, "TW1")
    expected = (D(90) * 14 + D(90) * 26 + D(60) * 11) / (14 + 26 + 11)
    assert result.overall == expected
    # equivalently: sasaran values weighted by their available IKU weight
    g1, g2, g3 = result.goals
    assert g3.score is None
    assert g1.score * g1.weight_available + g2.score * g2.weight_available == expected * 51


def test_nilai_kinerja_mean_of_goals(kaltara) -> None:
    profile = dataclasses.replace(kaltara, score_mode=ScoreMode.MEAN_OF_GOALS)
    result = score_agreement(two_goals(), profile, "TW1")
    assert result.overall == (D(90) + D(60)) / 2
    assert result.score_mode is ScoreMode.MEAN_OF_GOALS


def test_nilai_sasaran_rpjmd(kaltara) -> None:
    agreement = two_goals()
    result = score_agreement(agreement, kaltara, "TW1")
    assert set(result.rpjmd) == {"RPJMD-1"}
    assert result.rpjmd["RPJMD-1"].score == 60
    # across agreements: group the IKU scores of many agreements by their RPJMD key
    other = score_agreement(
        AgreementInput(
            "PK2",
            (GoalInput("X", "X", (iku("F", "exact", "low", rpjmd_key="RPJMD-1"),)),),
        ),
        kaltara,
        "TW1",
    )
    items = [(s.rpjmd_key, s) for r in (result, other) for s in r.indicator_scores() if s.rpjmd_key]
    grouped = group_scores(items)
    assert grouped["RPJMD-1"].score == (D(60) * 11 + D(90) * 26) / 37
    assert grouped["RPJMD-1"].indicator_count == 2


def test_bands_including_melampaui(kaltara) -> None:
    def band(actual: int, polarity: Polarity = Polarity.MAXIMIZE) -> str:
        goal = GoalInput("G", "G", (iku("X", actuals=s(actual, 0, 0, 0), polarity=polarity),))
        result = score_agreement(AgreementInput("PK", (goal,)), kaltara, "TW1")
        score = result.goals[0].indicators[0]
        assert score.band is not None
        return score.band.code

    assert band(59) == "kritis"
    assert band(60) == "perlu_perhatian"
    assert band(80) == "mendekati"
    assert band(95) == "tercapai"
    assert band(100) == "tercapai"
    assert band(101) == "melampaui"
    assert band(90, Polarity.MINIMIZE) == "melampaui"  # raw 110 %
    assert kaltara.band_of(None) is None


# ---- location consolidation (§6.2) -----------------------------------------------------------

SEED_TARGETS = (36, 30, 25, 12, 8, 5)
SEED_ACTUALS = (36, 30, 20, 12, 8, 4)


def located(mode: LocationConsolidation, locations, **extra) -> IndicatorInput:
    return iku(
        "P",
        "exact",
        "low",
        targets=s(None, None, None, None),
        actuals=s(None, None, None, None),
        location_consolidation=mode,
        locations=tuple(locations),
        **extra,
    )


def score_one(profile, ind: IndicatorInput, period: str = "TW4"):
    result = score_agreement(AgreementInput("PK", (GoalInput("G", "G", (ind,)),)), profile, period)
    return result.goals[0].indicators[0]


def test_raw_data_location_seed_example(kaltara) -> None:
    # Seed 003 §2.1.2.4b: Dinas Kehutanan and five UPTD, 110 / 116 = 94,83 %.
    locations = [
        LocationInput(
            f"U{i}",
            targets=s(None, None, None, t),
            actuals=s(None, None, None, a),
            numerators=s(None, None, None, a),
            denominators=s(None, None, None, t),
        )
        for i, (t, a) in enumerate(zip(SEED_TARGETS, SEED_ACTUALS, strict=True))
    ]
    score = score_one(kaltara, located(LocationConsolidation.RAW, locations))
    assert score.target == 100
    assert round2(score.actual) == D("94.83")
    assert round2(score.capaian) == D("94.83")


def test_raw_data_falls_back_to_amounts(kaltara) -> None:
    locations = [
        LocationInput(f"U{i}", targets=s(None, None, None, t), actuals=s(None, None, None, a))
        for i, (t, a) in enumerate(zip(SEED_TARGETS, SEED_ACTUALS, strict=True))
    ]
    score = score_one(kaltara, located(LocationConsolidation.RAW, locations))
    assert round2(score.capaian) == D("94.83")


def test_raw_data_with_take_last_known_over_time(kaltara) -> None:
    # Seed 003 §4.1.1.2: penyerapan anggaran, take last known + raw data (Rp miliar).
    units = [
        (s(20, 70, 150, 200), s(220, 220, 220, 220)),
        (s(10, 40, 80, 100), s(120, 120, 120, 120)),
        (s(10, 30, 70, 100), s(100, 100, 100, 100)),
    ]
    locations = [
        LocationInput(
            f"U{i}",
            targets=s(100, 100, 100, 100),
            actuals=num,
            numerators=num,
            denominators=den,
            target_numerators=den,
            target_denominators=den,
        )
        for i, (num, den) in enumerate(units)
    ]
    ind = located(LocationConsolidation.RAW, locations)
    assert score_one(kaltara, ind, "TW2").actual == D(140) / D(440) * 100
    assert score_one(kaltara, ind, "TW4").actual == D(400) / D(440) * 100
    assert score_one(kaltara, ind, "TW4").target == 100


def test_sum_and_average_locations(kaltara) -> None:
    locations = [
        LocationInput("A", targets=s(100, 100, 100, 100), actuals=s(100, 90, 80, 70)),
        LocationInput("B", targets=s(100, 100, 100, 90), actuals=s(90, 90, 90, 90)),
        LocationInput("C", targets=s(90, 90, 90, 90), actuals=s(None, None, None, 85)),
    ]
    summed = score_one(kaltara, located(LocationConsolidation.SUM, locations))
    assert (summed.target, summed.actual) == (D(280), D(245))
    average = score_one(kaltara, located(LocationConsolidation.AVERAGE, locations))
    assert average.target == D(280) / 3 and average.actual == D(245) / 3
    # TW1: location C has a target but no realisation -> incomplete, n/a.
    incomplete = score_one(kaltara, located(LocationConsolidation.SUM, locations), "TW1")
    assert incomplete.capaian is None and incomplete.na_reason == NA_LOCATIONS_INCOMPLETE


# ---- completion-based realisation ------------------------------------------------------------


def test_completion_percent() -> None:
    milestones = [(1, True, 1), (1, True, 2), (2, False, None), (3, True, 3), (4, True, 3)]
    assert completion_percent(milestones, 1) == 50  # one of two on time
    assert completion_percent(milestones, 2) == D(100) / 3
    assert completion_percent(milestones, 4) == 60
    assert completion_percent([(3, True, 3)], 2) is None
    series = completion_series([ActionOutputFact(1, done=True, done_quarter=1)])
    assert series == (D(100), D(100), D(100), D(100))


def test_score_agreements_reports_progress(kaltara) -> None:
    calls: list[tuple[int, int]] = []
    agreements = [two_goals() for _ in range(150)]
    results = score_agreements(
        agreements, kaltara, "TW1", progress=lambda a, b: calls.append((a, b))
    )
    assert len(results) == 150
    assert calls == [(100, 150), (150, 150)]


def test_bad_period_is_rejected(kaltara) -> None:
    with pytest.raises(ValueError, match="unknown period"):
        score_agreement(two_goals(), kaltara, "TW5")

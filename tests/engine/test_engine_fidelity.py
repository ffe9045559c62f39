"""Seed 003's numbers in the cases issue 12 found wrong (SPEC §5, §6.1, §6.2, §6.5a).

Raw Data location consolidation with percentage targets, the Gubernur as a level of its own,
range targets read with the polarity, the warning for a Sum that skips a quarter, and bounds
on what a value may be.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.engine.agreement import AgreementInput, GoalInput, IndicatorInput, LocationInput
from app.engine.enums import (
    Control,
    Level,
    LocationConsolidation,
    PeriodConsolidation,
    Polarity,
    Validity,
)
from app.engine.messages import render_message
from app.engine.numbers import (
    MAX_MAGNITUDE,
    NumberOutOfRange,
    check_bounds,
    format_id,
    json_number,
    round2,
)
from app.engine.raw_data import ValueForm, location_forms, raw_series
from app.engine.rules import check_activity_only, check_quality
from app.engine.scenario import ScenarioError, parse_scenario, score_scenario
from app.engine.scoring import NA_LOCATION_VALUES, score_agreement

D = Decimal
# Seed 003 §2.1.2.4b, Dinas Kehutanan and five UPTD KPH (Rp M).
PLANS = (36, 30, 25, 12, 8, 5)
DONE = (36, 30, 20, 12, 8, 4)


def tw4(value: Any) -> dict[str, Any]:
    return {"TW4": value}


def raw_indicator(locations: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {
        "id": "PENYERAPAN",
        "name": "Persentase penyerapan anggaran",
        "validity": "proxy",
        "control": "moderate",
        "polarity": "maximize",
        "period_consolidation": "last",
        "location_consolidation": "raw",
        "locations": locations,
        **extra,
    }


def scenario(*indicators: dict[str, Any], level: str = "jpt_pratama", period: str = "TW4"):
    return {
        "profile": "kaltara",
        "level": level,
        "period": period,
        "goals": [{"id": "SS1", "name": "Sasaran 1", "indicators": list(indicators)}],
    }


def run(data: dict[str, Any], profile) -> dict[str, Any]:
    result = score_scenario(parse_scenario(data), profile)
    json.dumps(result)
    return result


def percent_form() -> list[dict[str, Any]]:
    """As the seed writes the table: target 100 % (Rp 36 M), realisation 36/36 = 100 %."""
    return [
        {
            "id": f"U{i}",
            "targets": tw4(100),
            "actuals": tw4(float(D(done) / D(plan) * 100)),
            "raw": tw4({"numerator": done, "denominator": plan}),
        }
        for i, (plan, done) in enumerate(zip(PLANS, DONE, strict=True))
    ]


def amount_form() -> list[dict[str, Any]]:
    """As the SPEC §6.6 example writes it: the amounts themselves."""
    return [
        {
            "id": f"U{i}",
            "targets": tw4(plan),
            "actuals": tw4(done),
            "raw": tw4({"numerator": done, "denominator": plan}),
        }
        for i, (plan, done) in enumerate(zip(PLANS, DONE, strict=True))
    ]


# ---- 1. Raw Data with percentage targets --------------------------------------------------


@pytest.mark.parametrize("form", [percent_form, amount_form])
def test_dishut_raw_data_gives_target_100_and_capaian_94_83(kaltara, form) -> None:
    result = run(scenario(raw_indicator(form())), kaltara)["indicators"]["PENYERAPAN"]
    assert (result["target"], result["actual"], result["achievement"]) == (100, 94.83, 94.83)
    # never the sum of percentages over the sum of rupiah (517 %, capaian 18,33 %)
    assert result["status"] == "ok" and result["warning_codes"] == []


def test_dishut_with_a_percent_unit_and_no_actuals(kaltara) -> None:
    # Realisations given only as raw data: the IKU's unit says the targets are percentages.
    locations = [
        {"id": f"U{i}", "targets": tw4(100), "raw": tw4({"numerator": d, "denominator": p})}
        for i, (p, d) in enumerate(zip(PLANS, DONE, strict=True))
    ]
    result = run(scenario(raw_indicator(locations, unit="%")), kaltara)["indicators"]
    assert (result["PENYERAPAN"]["target"], result["PENYERAPAN"]["achievement"]) == (100, 94.83)


def test_dishub_take_last_known_with_rounded_percentages(kaltara) -> None:
    # Seed 003 §4.1.1.2: "9% (20/220)", "32% (70/220)" ... percentages rounded as printed.
    units = [
        ((9, 32, 68, 91), (20, 70, 150, 200), 220),
        ((8, 33, 67, 83), (10, 40, 80, 100), 120),
        ((10, 30, 70, 100), (10, 30, 70, 100), 100),
    ]
    locations = [
        {
            "id": f"U{i}",
            "targets": dict.fromkeys(("TW1", "TW2", "TW3", "TW4"), 100),
            "actuals": dict(zip(("TW1", "TW2", "TW3", "TW4"), pcts, strict=True)),
            "raw": {
                q: {"numerator": n, "denominator": plan}
                for q, n in zip(("TW1", "TW2", "TW3", "TW4"), nums, strict=True)
            },
        }
        for i, (pcts, nums, plan) in enumerate(units)
    ]
    ind = raw_indicator(locations)
    tw2 = run(scenario(ind, period="TW2"), kaltara)["indicators"]["PENYERAPAN"]
    year = run(scenario(ind), kaltara)["indicators"]["PENYERAPAN"]
    assert (tw2["target"], tw2["actual"]) == (100, 31.82)  # 140 / 440
    assert (year["target"], year["actual"], year["achievement"]) == (100, 90.91, 90.91)  # 400/440


def test_a_location_that_fits_neither_form_is_refused(kaltara) -> None:
    locations = amount_form()
    locations[2]["actuals"] = tw4(55)  # neither 20/25 × 100 = 80 nor 20
    with pytest.raises(ScenarioError) as info:
        run(scenario(raw_indicator(locations)), kaltara)
    message = str(info.value)
    assert message.startswith("goals[0].indicators[0].locations[2]: location 'U2' in TW4")
    assert "\n" not in message


def test_a_location_mixing_forms_is_refused(kaltara) -> None:
    loc = {
        "id": "KPH",
        "targets": {"TW2": 100, "TW4": 100},
        "actuals": {"TW2": 40, "TW4": 20},  # 10/25 = 40 % in TW2, Rp 20 M in TW4
        "raw": {
            "TW2": {"numerator": 10, "denominator": 25},
            "TW4": {"numerator": 20, "denominator": 25},
        },
    }
    with pytest.raises(ScenarioError, match=r"locations\[0\]: location 'KPH' mixes"):
        run(scenario(raw_indicator([loc])), kaltara)


def test_a_percentage_without_raw_data_is_refused(kaltara) -> None:
    loc = {"id": "KPH", "targets": tw4(100), "actuals": tw4(80)}
    with pytest.raises(ScenarioError, match=r"location 'KPH' in TW4: a percentage needs raw data"):
        run(scenario(raw_indicator([loc], unit="Persen")), kaltara)


def test_unreadable_locations_from_a_database_are_na_with_a_reason(kaltara) -> None:
    s = (None, None, None)
    bad = LocationInput(
        "KPH",
        targets=(*s, D(100)),
        actuals=(*s, D(55)),
        numerators=(*s, D(20)),
        denominators=(*s, D(25)),
    )
    ind = IndicatorInput(
        "I",
        "I",
        Validity.PROXY,
        Control.MODERATE,
        Polarity.MAXIMIZE,
        PeriodConsolidation.LAST,
        location_consolidation=LocationConsolidation.RAW,
        locations=(bad,),
    )
    score = score_agreement(AgreementInput("PK", (GoalInput("G", "G", (ind,)),)), kaltara, "TW4")
    (only,) = score.indicator_scores()
    assert only.capaian is None and only.na_reason == NA_LOCATION_VALUES
    assert "raw data" in render_message(only.na_reason, {}, "en")


def test_ambiguous_children_follow_their_siblings() -> None:
    # A zero realisation fits both forms; its sibling shows the table is in percentages.
    s = (None, None, None)
    clear = LocationInput("A", (*s, D(100)), (*s, D(80)), (*s, D(20)), (*s, D(25)))
    zero = LocationInput("B", (*s, D(100)), (*s, D(0)), (*s, D(0)), (*s, D(40)))
    assert location_forms((clear, zero)) == (ValueForm.PERCENT, ValueForm.PERCENT)
    assert raw_series(zero, ValueForm.PERCENT).target_numerators[3] == 40


plans = st.integers(min_value=1, max_value=10_000)


@given(
    st.lists(
        st.tuples(plans, st.integers(min_value=0, max_value=100), st.sampled_from([80, 90, 100])),
        min_size=1,
        max_size=6,
    )
)
def test_percent_and_amount_forms_give_the_same_capaian(children) -> None:
    """SPEC §6.2: a child written as percentages or as amounts consolidates the same way."""
    from tests.engine.conftest import load_profile

    # Only a child with a realisation and a plan other than 100 shows which form a table is
    # written in (with a plan of 100 the amounts are the percentages); without one, both
    # readings are right and the two tables are not the same data.
    assume(any(share and plan != 100 for plan, share, _ in children))
    profile = load_profile("kaltara")
    percent, amount = [], []
    for i, (plan, share, target_pct) in enumerate(children):
        done = D(plan) * share / 100
        percent.append(
            {
                "id": f"U{i}",
                "targets": tw4(target_pct),
                "actuals": tw4(float(done / plan * 100)),
                "raw": tw4({"numerator": float(done), "denominator": plan}),
            }
        )
        amount.append(
            {
                "id": f"U{i}",
                "targets": tw4(float(D(target_pct) * plan / 100)),
                "actuals": tw4(float(done)),
                "raw": tw4({"numerator": float(done), "denominator": plan}),
            }
        )
    a = run(scenario(raw_indicator(percent)), profile)["indicators"]["PENYERAPAN"]
    b = run(scenario(raw_indicator(amount)), profile)["indicators"]["PENYERAPAN"]
    assert a["achievement"] == b["achievement"]
    assert a["actual"] == b["actual"]
    plan_total = sum(plan for plan, _, _ in children)
    expected = sum(D(t) * plan for plan, _, t in children) / plan_total
    if any(share for _, share, _ in children):  # a zero realisation cannot show the form
        assert a["target"] == b["target"] == json_number(expected)


# ---- 2. The Gubernur is not a JPT -----------------------------------------------------------


def _activity_goal(level: Level) -> AgreementInput:
    ind = IndicatorInput(
        "A",
        "Rata-rata waktu penyelesaian layanan",
        Validity.ACTIVITY,
        Control.HIGH,
        Polarity.MINIMIZE,
        PeriodConsolidation.AVERAGE,
    )
    return AgreementInput("PK", (GoalInput("G", "Sasaran", (ind,)),), level)


@pytest.mark.parametrize("code", ["kaltara", "dki"])
def test_gubernur_is_a_level_of_its_own(code) -> None:
    from tests.engine.conftest import load_profile

    profile = load_profile(code)
    assert not profile.is_jpt(Level.GUBERNUR)
    gubernur = _activity_goal(Level.GUBERNUR)
    assert check_quality(gubernur, profile) == []
    assert check_activity_only(gubernur, profile) == []
    pratama = _activity_goal(Level.JPT_PRATAMA)
    assert [f.rule for f in check_quality(pratama, profile)] == ["quality_forbidden"]
    assert [f.rule for f in check_activity_only(pratama, profile)] == ["activity_only_goal"]


def test_gubernur_scenario_has_no_jpt_violations(kaltara) -> None:
    ind = {
        "id": "A",
        "validity": "activity",
        "control": "high",
        "polarity": "maximize",
        "period_consolidation": "sum",
        "targets": tw4(10),
        "actuals": tw4(9),
    }
    assert run(scenario(ind, level="gubernur"), kaltara)["violations"] == []
    rules = [v["rule"] for v in run(scenario(ind, level="jpt_madya"), kaltara)["violations"]]
    assert rules == ["quality_forbidden", "activity_only_goal"]


# ---- 3. Range targets follow the polarity -----------------------------------------------------


@pytest.mark.parametrize(
    ("polarity", "actual", "achievement", "band"),
    [
        ("maximize", 95, 100, "melampaui"),  # above the range: over-achievement
        ("maximize", 72, 90, "mendekati"),  # below: 72 / 80
        ("minimize", 72, 100, "melampaui"),  # below the range: over-achievement
        ("minimize", 99, 90, "mendekati"),  # above: 2 − 99 / 90
        ("stabilize", 72, 90, "mendekati"),
        ("stabilize", 99, 90, "mendekati"),
    ],
)
def test_range_target_in_a_scenario(kaltara, polarity, actual, achievement, band) -> None:
    ind = {
        "id": "R",
        "validity": "exact",
        "control": "low",
        "polarity": polarity,
        "period_consolidation": "last",
        "targets": tw4({"min": 80, "max": 90}),
        "actuals": tw4(actual),
    }
    result = run(scenario(ind), kaltara)["indicators"]["R"]
    assert (result["achievement"], result["band"]) == (achievement, band)


# ---- 4. A Sum that skips a due quarter ----------------------------------------------------------


def test_sum_skipping_a_due_quarter_warns_naming_it(kaltara) -> None:
    # The SPEC §6.6 example: targets 9, 10, 11, 10 and realisations 9, –, 11, 9.
    ind = {
        "id": "IK-A",
        "name": "Jumlah KTH difasilitasi",
        "validity": "exact",
        "control": "low",
        "polarity": "maximize",
        "period_consolidation": "sum",
        "targets": {"TW1": 9, "TW2": 10, "TW3": 11, "TW4": 10},
        "actuals": {"TW1": 9, "TW2": None, "TW3": 11, "TW4": 9},
    }
    result = run(scenario(ind), kaltara)["indicators"]["IK-A"]
    assert (result["target"], result["actual"], result["achievement"]) == (40, 29, 72.5)
    assert result["warning_codes"] == ["sum_skips_tw2"]
    assert "TW2" in result["warnings"][0] and "Jumlah KTH difasilitasi" in result["warnings"][0]
    assert "TW2" in render_message("sum_skips_tw2", {"indicator": "X"}, "en")
    # before TW2 is due nothing is skipped; Take Last Known is not a running total
    assert run(scenario(ind, period="TW1"), kaltara)["indicators"]["IK-A"]["warning_codes"] == []
    ind["period_consolidation"] = "last"
    assert run(scenario(ind), kaltara)["indicators"]["IK-A"]["warning_codes"] == []


def test_sum_skip_ignores_quarters_that_are_not_due(kaltara) -> None:
    ind = {
        "id": "S",
        "validity": "exact",
        "control": "low",
        "polarity": "maximize",
        "period_consolidation": "sum",
        "measuring_period": "semester",
        "targets": {"TW1": 5, "TW2": 5, "TW3": 5, "TW4": 5},
        "actuals": {"TW1": None, "TW2": 5, "TW3": None, "TW4": 5},
    }
    assert run(scenario(ind), kaltara)["indicators"]["S"]["warning_codes"] == []
    ind["actuals"]["TW2"] = None
    assert run(scenario(ind), kaltara)["indicators"]["S"]["warning_codes"] == ["sum_skips_tw2"]


# ---- 5. Bounds on values --------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [D("1e30"), D(10) ** 5000, D("-1e16"), D("1e-12"), -(D(10) ** 15) - 1],
    ids=["1e30", "5000-digits", "-1e16", "1e-12", "-(10^15+1)"],
)
def test_values_out_of_bounds_are_refused(value) -> None:
    with pytest.raises(NumberOutOfRange) as info:
        check_bounds(value)
    assert "\n" not in str(info.value) and len(str(info.value)) < 200
    assert info.value.sentence("en").startswith("the number ")


@pytest.mark.parametrize("value", [D(0), MAX_MAGNITUDE, -MAX_MAGNITUDE, D("1e-9"), D("319.53")])
def test_values_within_bounds_pass(value) -> None:
    assert check_bounds(value) == value


@pytest.mark.parametrize(
    "value", [1e30, 10**5000, -1e16, 1e-12], ids=["1e30", "5000-digits", "-1e16", "1e-12"]
)
def test_scenario_values_out_of_bounds_name_their_path(kaltara, value) -> None:
    ind = {"id": "A", "targets": {"TW1": 1, "TW2": value}}
    with pytest.raises(ScenarioError) as info:
        parse_scenario(scenario(ind))
    assert str(info.value).startswith("goals[0].indicators[0].targets.TW2: the number ")


def test_extreme_ratios_round_and_print() -> None:
    huge = MAX_MAGNITUDE / D("1e-9") * 100  # the largest raw capaian bounded values allow
    assert round2(huge) == huge
    assert format_id(huge).endswith(",00")
    assert json_number(huge) == int(huge)


# ---- the fast path of the scenario parser gives what the careful path gives -------------------

values = st.one_of(
    st.none(),
    st.integers(min_value=-1000, max_value=10**6),
    st.decimals(min_value=-1000, max_value=10**6, places=2, allow_nan=False, allow_infinity=False),
)
plain_indicators = st.fixed_dictionaries(
    {
        "validity": st.sampled_from(["exact", "proxy", "activity", None]),
        "control": st.sampled_from(["high", "moderate", "low", None]),
        "polarity": st.sampled_from(["maximize", "minimize", "stabilize", None]),
        "period_consolidation": st.sampled_from(["sum", "average", "last", None]),
        "targets": st.dictionaries(st.sampled_from(["TW1", "TW2", "TW3", "TW4", "annual"]), values),
        "actuals": st.dictionaries(st.sampled_from(["TW1", "TW2", "TW3", "TW4", "annual"]), values),
    },
    optional={
        "name": st.sampled_from(["  Persentase  X ", "Jumlah Y", ""]),
        "unit": st.sampled_from(["%", " ", "Dokumen"]),
        "measuring_period": st.sampled_from(["semester", "annual", "quarterly"]),
        "definition": st.just("Definisi"),
    },
)


@given(st.lists(plain_indicators, min_size=1, max_size=6), st.sampled_from(["TW1", "TW3", "TW4"]))
def test_fast_and_careful_parsing_agree(indicators, period) -> None:
    from unittest import mock

    from app.engine import scenario as scenario_module
    from tests.engine.conftest import load_profile

    profile = load_profile("kaltara")
    data = scenario(*({"id": f"I{n}", **ind} for n, ind in enumerate(indicators)), period=period)
    fast = run(data, profile)
    with mock.patch.object(scenario_module, "_ready", return_value=None):
        careful = run(data, profile)
    assert fast == careful


def test_plain_indicators_take_the_fast_path() -> None:
    from app.engine.scenario import Ready, _ready

    plain = {
        "id": "A",
        "validity": "exact",
        "control": "low",
        "polarity": "maximize",
        "period_consolidation": "sum",
        "targets": {"TW1": 9, "TW2": D(10)},
        "actuals": {"TW1": 9},
    }
    assert isinstance(_ready(plain), Ready)
    for careful in ({"polarity": "Maximize"}, {"targets": {"TW1": "9"}}, {"scale": "x"}):
        assert _ready({**plain, **careful}) is None

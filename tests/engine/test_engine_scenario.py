"""The SPEC §6.6 scenario contract: parsing errors with JSON paths, and the result shape."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from app.engine.scenario import ScenarioError, parse_scenario, score_scenario


def indicator(ind_id: str, **extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": ind_id,
        "name": f"Indikator {ind_id}",
        "validity": "proxy",
        "control": "moderate",
        "polarity": "maximize",
        "period_consolidation": "sum",
        "targets": {"TW1": 9, "TW2": 10, "TW3": 11, "TW4": 10},
        "actuals": {"TW1": 9, "TW2": 10, "TW3": 11, "TW4": 10},
    }
    base.update(extra)
    return base


def scenario(*indicators: dict[str, Any], period: str = "TW4", **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "profile": "kaltara",
        "level": "jpt_pratama",
        "period": period,
        "goals": [{"id": "SS1", "name": "Sasaran 1", "indicators": list(indicators)}],
    }
    data.update(extra)
    return data


def run(data: dict[str, Any], profile, lang: str = "id") -> dict[str, Any]:
    result = score_scenario(parse_scenario(data), profile, lang)
    json.dumps(result)  # must be JSON-ready as is
    return result


# ---- parsing errors --------------------------------------------------------------------------


def error_of(data: object) -> str:
    with pytest.raises(ScenarioError) as info:
        parse_scenario(data)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_unknown_polarity() -> None:
    data = scenario(indicator("A"), indicator("B", polarity="up"))
    assert error_of(data) == (
        "goals[0].indicators[1].polarity: unknown polarity 'up' "
        "(expected maximize, minimize or stabilize)"
    )


def test_non_numeric_target() -> None:
    data = scenario(indicator("A", targets={"TW1": 9, "TW2": "sepuluh"}))
    assert error_of(data) == (
        "goals[0].indicators[0].targets.TW2: expected a number or null, got 'sepuluh'"
    )
    data = scenario(indicator("A", actuals={"TW1": True}))
    assert error_of(data).startswith("goals[0].indicators[0].actuals.TW1: expected a number")


def test_missing_indicator_id() -> None:
    ind = indicator("A")
    del ind["id"]
    assert error_of(scenario(indicator("X"), ind)) == (
        "goals[0].indicators[1].id: missing indicator id"
    )


def test_bad_period() -> None:
    assert error_of(scenario(indicator("A"), period="TW5")) == (
        "period: unknown period 'TW5' (expected TW1, TW2, TW3, TW4, S1 or annual)"
    )
    data = scenario(indicator("A"))
    del data["period"]
    assert error_of(data).startswith("period: missing")
    data = scenario(indicator("A", targets={"TW5": 1}))
    assert error_of(data) == (
        "goals[0].indicators[0].targets: unknown period 'TW5' "
        "(expected TW1, TW2, TW3, TW4 or annual)"
    )


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d.update(level="kepala"), "level: unknown level 'kepala'"),
        (lambda d: d.update(goals={}), "goals: expected a list, got an object"),
        (lambda d: d.pop("goals"), "goals: missing"),
        (lambda d: d["goals"][0].pop("id"), "goals[0].id: missing goal id"),
        (lambda d: d["goals"][0].pop("indicators"), "goals[0].indicators: missing"),
        (
            lambda d: d["goals"][0]["indicators"][0].update(validity="exacto"),
            "goals[0].indicators[0].validity: unknown validity 'exacto'",
        ),
        (
            lambda d: d["goals"][0]["indicators"][0].update(control=3),
            "goals[0].indicators[0].control: unknown control 3",
        ),
        (
            lambda d: d["goals"][0]["indicators"][0].update(period_consolidation="median"),
            "goals[0].indicators[0].period_consolidation: unknown period consolidation 'median'",
        ),
        (
            lambda d: d["goals"][0]["indicators"][0].update(targets=[1, 2]),
            "goals[0].indicators[0].targets: expected an object, got a list",
        ),
        (
            lambda d: d["goals"][0]["indicators"].append(indicator("A")),
            "goals[0].indicators[1].id: duplicate indicator id 'A'",
        ),
        (
            lambda d: d["goals"][0]["indicators"][0].update(locations=[{"id": "U"}]),
            "goals[0].indicators[0].location_consolidation: required when locations are given",
        ),
        (
            lambda d: d["goals"][0]["indicators"][0].update(
                location_consolidation="raw",
                locations=[{"id": "U", "raw": {"TW4": {"numerator": "x"}}}],
            ),
            "goals[0].indicators[0].locations[0].raw.TW4.numerator: expected a number",
        ),
        (
            lambda d: d["goals"][0]["indicators"][0].update(targets={"TW1": {"min": 9}}),
            "goals[0].indicators[0].targets.TW1: expected a number, null or a range",
        ),
        (
            lambda d: d["goals"][0]["indicators"][0].update(targets={"TW1": float("nan")}),
            "goals[0].indicators[0].targets.TW1: expected a finite number",
        ),
        (lambda d: d.update(profile=""), "profile: expected a profile code"),
    ],
)
def test_errors_name_the_json_path(mutate, expected: str) -> None:
    data = copy.deepcopy(scenario(indicator("A")))
    mutate(data)
    assert error_of(data).startswith(expected)


def test_top_level_must_be_an_object() -> None:
    assert error_of([1, 2]) == "scenario: expected an object, got a list"


# ---- results ---------------------------------------------------------------------------------


def test_seed_example_scores_80_25(kaltara) -> None:
    data = scenario(
        indicator(
            "IK-A",
            validity="activity",
            measuring_period="semester",
            targets={"TW2": 50, "TW4": 100},
            actuals={"TW2": 40},
        ),
        indicator("IK-B", targets={"TW1": 100}, actuals={"TW1": 90}, period_consolidation="last"),
        indicator(
            "IK-C",
            validity="exact",
            control="low",
            targets={"TW1": 100},
            actuals={"TW1": 75},
            period_consolidation="last",
        ),
        period="TW1",
    )
    result = run(data, kaltara)
    assert result["period"] == "TW1"
    a, b, c = (result["indicators"][k] for k in ("IK-A", "IK-B", "IK-C"))
    assert a["status"] == "na" and a["achievement"] is None and a["weighted_weight"] is None
    assert a["reason"] and a["reason"] in a["warnings"] and a["weight"] == 9
    assert (b["weight"], b["weighted_weight"], b["achievement"]) == (14, 35, 90)
    assert (c["weight"], c["weighted_weight"], c["achievement"]) == (26, 65, 75)
    assert result["goals"]["SS1"] == {
        "score": 80.25,
        "status": "ok",
        "reason": None,
        "weight_available": 40,
        "band": "mendekati",
    }
    assert result["overall"]["score"] == 80.25 and result["overall"]["status"] == "ok"
    assert result["violations"] == []


def test_consolidated_values_and_rounding(kaltara) -> None:
    data = scenario(
        indicator("A", actuals={"TW1": 9, "TW2": None, "TW3": 11, "TW4": 9}),
        indicator("B", validity="activity", targets={"TW4": 10}, actuals={"TW4": 9}),
        indicator("C", validity="exact", control="low"),
    )
    result = run(data, kaltara)
    a = result["indicators"]["A"]
    assert (a["target"], a["actual"], a["achievement"]) == (40, 29, 72.5)
    assert [result["indicators"][k]["weighted_weight"] for k in "ABC"] == [28.57, 18.37, 53.06]
    assert result["goals"]["SS1"]["score"] == round((72.5 * 14 + 90 * 9 + 100 * 26) / 49, 2)


def test_raw_location_example(kaltara) -> None:
    targets, actuals = (36, 30, 25, 12, 8, 5), (36, 30, 20, 12, 8, 4)
    locations = [
        {
            "id": f"UPTD-{i}",
            "targets": {"TW4": t},
            "actuals": {"TW4": a},
            "raw": {"TW4": {"numerator": a, "denominator": t}},
        }
        for i, (t, a) in enumerate(zip(targets, actuals, strict=True))
    ]
    ind = indicator(
        "IK-A",
        validity="exact",
        control="low",
        period_consolidation="last",
        location_consolidation="raw",
        locations=locations,
    )
    result = run(scenario(ind), kaltara)
    assert result["indicators"]["IK-A"]["achievement"] == 94.83
    # without raw entries the amounts give the same capaian; Sum reports the totals
    for loc in locations:
        del loc["raw"]
    assert run(scenario(ind), kaltara)["indicators"]["IK-A"]["achievement"] == 94.83
    ind["location_consolidation"] = "sum"
    summed = run(scenario(ind), kaltara)["indicators"]["IK-A"]
    assert (summed["target"], summed["actual"], summed["achievement"]) == (116, 110, 94.83)


def test_indicator_warnings_for_zero_and_negative_targets(kaltara) -> None:
    data = scenario(
        indicator("Z", targets={"TW1": 0}, actuals={"TW1": 3}, period_consolidation="last"),
        indicator("N", targets={"TW1": -2}, actuals={"TW1": -3}, period_consolidation="last"),
        period="TW1",
    )
    result = run(data, kaltara)
    z, n = result["indicators"]["Z"], result["indicators"]["N"]
    assert z["achievement"] == 100 and z["warning_codes"] == ["zero_target"]
    assert "Indikator Z" in z["warnings"][0]
    assert n["achievement"] == 50 and n["warning_codes"] == ["negative_target"]
    english = run(data, kaltara, "en")["indicators"]["N"]["warnings"][0]
    assert "negative target" in english


def test_scenario_violations(kaltara) -> None:
    data = scenario(
        indicator("A", validity="exact", control="high"),
        indicator("B", validity="activity", control="high", name="Indikator A"),
        indicator("C", targets={"TW1": 9, "TW2": 10, "TW3": 11, "TW4": 10, "annual": 41}),
        indicator("D", polarity=None),
    )
    data["goals"].append(
        {
            "id": "SS2",
            "name": "Sasaran 2",
            "indicators": [indicator("E", validity="activity", control="moderate")],
        }
    )
    result = run(data, kaltara)
    got = [(v["rule"], v["severity"], v["indicator"]) for v in result["violations"]]
    assert got == [
        ("quality_forbidden", "error", "A"),
        ("quality_forbidden", "error", "B"),
        ("activity_only_goal", "error", None),
        ("duplicate_indicator", "error", "B"),
        ("missing_metadata", "error", "D"),
        ("trajectory_mismatch", "error", "C"),
    ]
    assert all(v["message"] for v in result["violations"])
    # forbidden qualities are still scored: exact-high with weight 0, activity-high with 7
    a, b = result["indicators"]["A"], result["indicators"]["B"]
    assert a["achievement"] == 100 and a["weight"] == 0 and a["quality_forbidden"]
    assert b["weight"] == 7 and b["weight_derived"]
    assert result["indicators"]["D"]["status"] == "na"


def test_optional_metadata_judged_only_when_present(kaltara) -> None:
    data = scenario(indicator("A", unit="", definition="Definisi"), indicator("B"))
    fields = [(v["indicator"], v["field"]) for v in run(data, kaltara)["violations"]]
    assert fields == [("A", "unit")]


def test_range_predicate_and_annual_only(kaltara) -> None:
    data = scenario(
        indicator(
            "R",
            period_consolidation="last",
            targets={"TW4": {"min": 80, "max": 90}},
            actuals={"TW4": 95},
        ),
        indicator(
            "P",
            period_consolidation="last",
            scale="audit_opinion",
            targets={"annual": "WTP"},
            actuals={"TW4": "WDP"},
        ),
    )
    result = run(data, kaltara)
    r, p = result["indicators"]["R"], result["indicators"]["P"]
    # maximize above the range is over-achievement (SPEC §6.5a): capped 100, band Melampaui
    assert (r["target"], r["target_high"], r["achievement"]) == (80, 90, 100)
    assert (r["raw_achievement"], r["band"]) == (105.56, "melampaui")
    assert (p["target"], p["actual"], p["achievement"]) == (3, 2, 66.67)
    assert (p["target_label"], p["actual_label"]) == ("WTP", "WDP")


def test_unknown_scale_label_is_an_error(kaltara) -> None:
    data = scenario(indicator("P", scale="audit_opinion", targets={"TW4": "WTPX"}))
    with pytest.raises(ScenarioError, match=r"^goals\[0\]\.indicators\[0\]\.targets\.TW4: "):
        score_scenario(parse_scenario(data), kaltara)
    data = scenario(indicator("P", scale="iso", targets={"TW4": "A"}))
    with pytest.raises(ScenarioError, match=r"\.scale: unknown scale 'iso'"):
        score_scenario(parse_scenario(data), kaltara)


def test_milestones_give_completion_realisation(kaltara) -> None:
    ind = indicator(
        "RA",
        period_consolidation="last",
        targets={"TW1": 100, "TW2": 100, "TW3": 100, "TW4": 100},
        milestones=[
            {"due_quarter": 1, "done": True, "done_quarter": 1},
            {"due_quarter": 2, "done": True, "done_quarter": 3},
            {"due_quarter": 2, "done": False},
            {"due_quarter": 4, "done": False},
        ],
    )
    del ind["actuals"]
    result = run(scenario(ind, period="TW2"), kaltara)
    assert result["indicators"]["RA"]["actual"] == 33.33


def test_profile_mismatch(dki) -> None:
    with pytest.raises(ScenarioError, match="^profile: the scenario is for profile 'kaltara'"):
        score_scenario(parse_scenario(scenario(indicator("A"))), dki)


def test_semester_period_and_s1(kaltara) -> None:
    result = run(scenario(indicator("A"), period="S1"), kaltara)
    assert result["period"] == "S1"
    assert result["indicators"]["A"]["target"] == 19


def test_result_from_score_for_database_agreements(kaltara) -> None:
    from decimal import Decimal

    from app.engine.agreement import AgreementInput, GoalInput, IndicatorInput
    from app.engine.enums import Control, PeriodConsolidation, Polarity, Validity
    from app.engine.scenario import result_from_score
    from app.engine.scoring import score_agreement

    ind = IndicatorInput(
        "uuid-1",
        "Opini BPK",
        Validity.EXACT,
        Control.LOW,
        Polarity.MAXIMIZE,
        PeriodConsolidation.LAST,
        (None, None, None, Decimal(3)),
        (None, None, None, Decimal(3)),
        scale="audit_opinion",
    )
    agreement = AgreementInput("pk-1", (GoalInput("g-1", "Sasaran", (ind,)),))
    score = score_agreement(agreement, kaltara, "TW4")
    result = result_from_score(agreement, score, [], {}, kaltara)
    row = result["indicators"]["uuid-1"]
    assert row["name"] == "Opini BPK" and row["target_label"] == "WTP"
    assert row["achievement"] == 100 and result["overall"]["score"] == 100


def test_result_records_encode_as_the_plain_result(kaltara) -> None:
    """The records the command line prints encode to exactly the JSON of the plain result,
    key order, optional keys (a range's upper bound, a scale's labels) and nulls included."""
    import msgspec

    data = scenario(
        indicator("A"),
        indicator("R", targets={"TW4": {"min": 80, "max": 90}}, actuals={"TW4": 95}),
        indicator("P", scale="audit_opinion", targets={"annual": "WTP"}, actuals=None),
        indicator("N", targets={"TW1": 0}, actuals={"TW1": None}),
    )
    parsed = parse_scenario(data)
    plain = score_scenario(parsed, kaltara)
    records = score_scenario(parsed, kaltara, records=True)
    assert type(records["indicators"]["A"]) is not dict
    assert msgspec.json.encode(records) == msgspec.json.encode(plain)
    assert "target_high" in plain["indicators"]["R"]
    assert "target_high" not in plain["indicators"]["A"]
    assert plain["indicators"]["P"]["actual_label"] is None

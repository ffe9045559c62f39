"""Content rules of SPEC §5.1-5.5: each firing and not firing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.engine.agreement import AgreementInput, GoalInput, IndicatorInput
from app.engine.enums import (
    Control,
    Level,
    MeasuringPeriod,
    PeriodConsolidation,
    Polarity,
    Severity,
    Validity,
)
from app.engine.findings import (
    ACTIVITY_ONLY_GOAL,
    DUPLICATE_INDICATOR,
    MISSING_METADATA,
    QUALITY_FORBIDDEN,
    TRAJECTORY_MISMATCH,
)
from app.engine.messages import render
from app.engine.rules import (
    check_activity_only,
    check_agreement,
    check_duplicates,
    check_metadata,
    check_quality,
    check_trajectory,
)


def s(*values: float | int | str | None) -> tuple[Decimal | None, ...]:
    return tuple(None if v is None else Decimal(str(v)) for v in values)


def complete(ind_id: str, validity: str = "proxy", control: str = "moderate", **extra):
    fields = dict(
        id=ind_id,
        name=f"Persentase {ind_id}",
        validity=Validity(validity),
        control=Control(control),
        polarity=Polarity.MAXIMIZE,
        period_consolidation=PeriodConsolidation.SUM,
        measuring_period=MeasuringPeriod.QUARTERLY,
        targets=s(9, 10, 11, 10),
        actuals=s(9, 10, None, None),
        annual_target=Decimal(40),
        unit="Rp T",
        definition="Jumlah pendapatan pajak daerah",
        formula="Σ penerimaan",
    )
    fields.update(extra)
    return IndicatorInput(**fields)


def pk(*goals: GoalInput, level: Level | None = Level.JPT_PRATAMA) -> AgreementInput:
    return AgreementInput("PK", goals, level)


def goal(goal_id: str, *indicators: IndicatorInput) -> GoalInput:
    return GoalInput(goal_id, f"Sasaran {goal_id}", indicators)


def test_clean_agreement_has_no_findings(kaltara) -> None:
    agreement = pk(goal("SS1", complete("A"), complete("B", "exact", "low")))
    assert check_agreement(agreement, kaltara) == []


@pytest.mark.parametrize(
    ("validity", "control", "level", "fires"),
    [
        ("exact", "high", Level.PENGAWAS, True),
        ("activity", "low", Level.FUNGSIONAL, True),
        ("activity", "high", Level.JPT_PRATAMA, True),
        ("activity", "high", Level.JPT_MADYA, True),
        # SPEC §5.2: the Gubernur is a level of its own, not a JPT
        ("activity", "high", Level.GUBERNUR, False),
        ("activity", "high", Level.ADMINISTRATOR, False),
        ("activity", "high", Level.PENGAWAS, False),
        ("activity", "moderate", Level.JPT_PRATAMA, False),
        ("proxy", "high", Level.JPT_PRATAMA, False),
        ("exact", "low", Level.JPT_PRATAMA, False),
    ],
)
def test_quality_forbidden(kaltara, validity, control, level, fires) -> None:
    agreement = pk(
        goal("SS1", complete("A", validity, control), complete("B")),
        level=level,
    )
    findings = check_quality(agreement, kaltara)
    assert bool(findings) is fires
    if fires:
        (f,) = findings
        assert (f.rule, f.severity, f.indicator_id, f.goal_id) == (
            QUALITY_FORBIDDEN,
            Severity.ERROR,
            "A",
            "SS1",
        )
        text = render(f)
        assert "Persentase A" in text and "Sasaran SS1" in text


def test_activity_only_goal(kaltara) -> None:
    only_activity = goal(
        "SS1", complete("A", "activity", "moderate"), complete("B", "activity", "moderate")
    )
    mixed = goal("SS2", complete("C", "activity", "moderate"), complete("D", "proxy", "low"))
    findings = check_activity_only(pk(only_activity, mixed), kaltara)
    assert [(f.rule, f.goal_id, f.severity) for f in findings] == [
        (ACTIVITY_ONLY_GOAL, "SS1", Severity.ERROR)
    ]
    # Below JPT the rule does not apply.
    assert check_activity_only(pk(only_activity, level=Level.ADMINISTRATOR), kaltara) == []
    assert check_activity_only(pk(only_activity, level=None), kaltara) == []


def test_duplicate_indicator() -> None:
    a = complete("A", name="Persentase  Penyerapan Anggaran")
    b = complete("B", name="persentase penyerapan anggaran")
    c = complete("C", name="Persentase lain")
    findings = check_duplicates(pk(goal("SS1", a, c), goal("SS2", b)))
    assert [(f.rule, f.indicator_id, f.goal_id) for f in findings] == [
        (DUPLICATE_INDICATOR, "B", "SS2")
    ]
    assert findings[0].params["other_goal"] == "Sasaran SS1"
    same_goal = check_duplicates(pk(goal("SS1", a, b)))
    assert same_goal[0].message_id == "duplicate_indicator_same_goal"
    assert check_duplicates(pk(goal("SS1", a, c))) == []


def test_missing_metadata_errors_and_warnings() -> None:
    bare = IndicatorInput("X", "Indikator X")
    findings = check_metadata(pk(goal("SS1", bare)))
    by_field = {f.field: f.severity for f in findings}
    assert by_field == {
        "targets": Severity.ERROR,
        "unit": Severity.ERROR,
        "polarity": Severity.ERROR,
        "period_consolidation": Severity.ERROR,
        "validity": Severity.ERROR,
        "control": Severity.ERROR,
        "measuring_period": Severity.ERROR,
        "definition": Severity.WARNING,
        "formula": Severity.WARNING,
    }
    assert all(f.rule == MISSING_METADATA for f in findings)
    # blank text counts as missing; an annual target alone counts as a target
    partial = complete("Y", definition="  ", targets=s(None, None, None, None))
    findings = check_metadata(pk(goal("SS1", partial)))
    assert [(f.field, f.severity) for f in findings] == [("definition", Severity.WARNING)]
    # limited to the fields a source carries, globally or per indicator
    assert [f.field for f in check_metadata(pk(goal("S", bare)), {"unit"})] == ["unit"]
    assert check_metadata(pk(goal("S", bare)), {"X": {"formula"}})[0].field == "formula"


@pytest.mark.parametrize(
    ("method", "targets", "annual", "fires"),
    [
        (PeriodConsolidation.SUM, (9, 10, 11, 10), 40, False),
        (PeriodConsolidation.SUM, (9, 10, 11, 10), 41, True),
        (PeriodConsolidation.SUM, (9, 10, 11, 10), "40.005", False),  # rounding: within 0,005
        (PeriodConsolidation.SUM, (9, 10, 11, 10), "40.01", True),  # just over the tolerance
        (PeriodConsolidation.SUM, (9, 10, 11, 10), "39.99", True),
        (PeriodConsolidation.SUM, (9, None, 11, 10), 30, False),
        (PeriodConsolidation.LAST, (15, 40, 60, 90), 90, False),
        (PeriodConsolidation.LAST, (15, 40, 60, None), 60, False),
        (PeriodConsolidation.LAST, (15, 40, 60, 90), 60, True),
        (PeriodConsolidation.AVERAGE, (14, 16, 18, 20), 17, False),
        (PeriodConsolidation.AVERAGE, (15, 17, 18, None), "16.67", False),  # rounding only
        (PeriodConsolidation.AVERAGE, (14, 16, 18, 20), 20, True),
        (PeriodConsolidation.SUM, (None, None, None, None), 40, False),  # annual-only
    ],
)
def test_trajectory_mismatch(method, targets, annual, fires) -> None:
    ind = complete(
        "A",
        period_consolidation=method,
        targets=s(*targets),
        annual_target=Decimal(str(annual)),
    )
    findings = check_trajectory(pk(goal("SS1", ind)))
    assert bool(findings) is fires
    if fires:
        assert findings[0].rule == TRAJECTORY_MISMATCH
        assert findings[0].severity is Severity.ERROR
        assert findings[0].field == "annual_target"


def test_trajectory_checks_range_upper_bounds() -> None:
    ind = complete(
        "A",
        period_consolidation=PeriodConsolidation.LAST,
        targets=s(80, 80, 80, 80),
        targets_high=s(90, 90, 90, 90),
        annual_target=Decimal(80),
        annual_target_high=Decimal(95),
    )
    (finding,) = check_trajectory(pk(goal("SS1", ind)))
    assert finding.field == "annual_target_high"


def test_check_agreement_orders_by_rule(kaltara) -> None:
    agreement = pk(
        goal("SS1", complete("A", "exact", "high", annual_target=Decimal(1))),
        goal("SS2", complete("A2", "activity", "moderate", name="Persentase A")),
    )
    rules = [f.rule for f in check_agreement(agreement, kaltara)]
    assert rules == [
        QUALITY_FORBIDDEN,
        ACTIVITY_ONLY_GOAL,
        DUPLICATE_INDICATOR,
        TRAJECTORY_MISMATCH,
    ]

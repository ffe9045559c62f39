"""Rules fed with facts: cascade, action plans, deadlines, addendum, signatures, NIP, who
needs a PK (SPEC §5.6-5.12)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.engine.action_plans import ActionOutputFact, ActionPlanFacts, check_action_plans
from app.engine.agreement import AgreementInput, GoalInput, IndicatorInput
from app.engine.cascade_rules import (
    CascadeChild,
    CascadeIndicatorFacts,
    NonCascadingFacts,
    check_cascade,
    check_noncascading,
)
from app.engine.dates import add_months, add_working_days, format_date, quarters_passed
from app.engine.enums import CascadeMethod, Level, PeriodConsolidation, Polarity, Severity
from app.engine.findings import (
    ACTION_PLAN_GAP,
    ADDENDUM_RULE,
    CASCADE_MISMATCH,
    DEADLINE,
    NIP_INVALID,
    NONCASCADING_CONSOLIDATED,
    PK_NOT_REQUIRED,
    SIGNED_READONLY,
)
from app.engine.lifecycle_rules import (
    AgreementFacts,
    check_addendum,
    check_addendum_needed,
    check_deadlines,
    check_lifecycle,
    check_nip,
    check_pk_required,
    check_signed_readonly,
)
from app.engine.messages import render
from app.engine.nip import NipError, parse_nip

D = Decimal


def s(*values: float | int | None) -> tuple[Decimal | None, ...]:
    return tuple(None if v is None else Decimal(str(v)) for v in values)


# ---- cascade ---------------------------------------------------------------------------------


def facts(ind_id: str, **extra) -> CascadeIndicatorFacts:
    base = dict(
        indicator_id=ind_id,
        name="Jumlah Pendapatan Pajak Kendaraan Bermotor",
        goal_id="G",
        annual_target=D(300),
        unit="Rp M",
        target_aspect="kuantitas",
        definition="Pendapatan PKB",
        formula="Σ penerimaan PKB",
        polarity="maximize",
        period_consolidation="sum",
        reporting_period="quarterly",
    )
    base.update(extra)
    return CascadeIndicatorFacts(**base)


def test_direct_cascade_equal_metadata_passes() -> None:
    child = CascadeChild(
        facts("C1", name="jumlah pendapatan  pajak kendaraan bermotor"), CascadeMethod.DIRECT
    )
    assert check_cascade(facts("P"), [child]) == []


def test_direct_cascade_reports_each_difference() -> None:
    child = CascadeChild(
        facts("C1", annual_target=D(250), polarity="minimize", formula=None),
        CascadeMethod.DIRECT,
    )
    findings = check_cascade(facts("P"), [child])
    assert [f.field for f in findings] == ["annual_target", "formula", "polarity"]
    assert all(f.rule == CASCADE_MISMATCH and f.severity is Severity.ERROR for f in findings)
    assert all(f.indicator_id == "C1" for f in findings)
    assert "300" in render(findings[0]) and "250" in render(findings[0])


def test_indirect_cascade_sum_is_distributed() -> None:
    parent = facts("P", location_consolidation="sum")
    # Seed 003 §2.1.2.4b distributes 100 + 100 + 90 + 60 + 50 = 400 M against a 300 M target:
    # the example itself is not "dibagi habis", and the rule says so.
    shares = [100, 100, 90, 60, 50]
    children = [
        CascadeChild(
            facts(f"U{i}", name=f"PKB UPTD {i}", annual_target=D(t)), CascadeMethod.INDIRECT
        )
        for i, t in enumerate(shares)
    ]
    (finding,) = check_cascade(parent, children)
    assert finding.message_id == "cascade_sum_mismatch" and finding.indicator_id == "P"
    ok_parent = facts("P", location_consolidation="sum", annual_target=D(400))
    assert check_cascade(ok_parent, children) == []


@pytest.mark.parametrize(("child_target", "fires"), [("300.005", False), ("300.01", True)])
def test_cascade_tolerates_rounding_only(child_target: str, fires: bool) -> None:
    """Targets agree within 0,005 (rounding to two decimals), never more."""
    direct = CascadeChild(facts("C", annual_target=D(child_target)), CascadeMethod.DIRECT)
    assert bool(check_cascade(facts("P"), [direct])) is fires
    parent = facts("P", location_consolidation="sum")
    split = [
        CascadeChild(facts("U1", annual_target=D(child_target) - 100), CascadeMethod.INDIRECT),
        CascadeChild(facts("U2", annual_target=D(100)), CascadeMethod.INDIRECT),
    ]
    assert bool(check_cascade(parent, split)) is fires


def test_indirect_cascade_checks_only_its_fields() -> None:
    # names and definitions may differ in an indirect cascade; units may not
    child = CascadeChild(
        facts("C", name="PKB Tarakan", definition="lain", annual_target=D(1), unit="Rp"),
        CascadeMethod.INDIRECT,
    )
    findings = check_cascade(facts("P"), [child])
    assert [f.field for f in findings] == ["unit"]


def test_indirect_average() -> None:
    parent = facts("P", annual_target=D(85), location_consolidation="average")
    children = [
        CascadeChild(facts(f"B{i}", annual_target=D(85)), CascadeMethod.INDIRECT) for i in range(3)
    ]
    assert check_cascade(parent, children) == []
    children[0] = CascadeChild(facts("B0", annual_target=D(70)), CascadeMethod.INDIRECT)
    (finding,) = check_cascade(parent, children)
    assert finding.message_id == "cascade_average_mismatch"
    # a share on the link stands in for a child without a target
    shares = [
        CascadeChild(facts(f"B{i}", annual_target=None), CascadeMethod.INDIRECT, D(85))
        for i in range(3)
    ]
    assert check_cascade(parent, shares) == []


def test_noncascading_consolidated() -> None:
    findings = check_noncascading(
        [
            NonCascadingFacts("N1", "Waktu penyelesaian laporan", "G", "N", "sum"),
            NonCascadingFacts("N2", "Lain", "G", "N", None, consolidated_into_parent=True),
            NonCascadingFacts("N3", "Bebas", "G", "N"),
            NonCascadingFacts("C1", "Cascading", "G", "CSS", "sum"),
        ]
    )
    assert [(f.rule, f.indicator_id) for f in findings] == [
        (NONCASCADING_CONSOLIDATED, "N1"),
        (NONCASCADING_CONSOLIDATED, "N2"),
    ]


# ---- action plans ----------------------------------------------------------------------------


def test_action_plan_quarter_gap_across_the_agreement() -> None:
    plans = [
        ActionPlanFacts("A", "IKU A", "G", True, (ActionOutputFact(1), ActionOutputFact(2))),
        ActionPlanFacts("B", "IKU B", "G", True, (ActionOutputFact(3),)),
    ]
    (finding,) = check_action_plans(plans)
    assert (finding.rule, finding.severity, finding.field) == (
        ACTION_PLAN_GAP,
        Severity.WARNING,
        "TW4",
    )
    plans.append(ActionPlanFacts("C", "IKU C", "G", True, (ActionOutputFact(4),)))
    assert check_action_plans(plans) == []
    assert check_action_plans([]) == []


def test_action_plan_phases_without_ksd() -> None:
    outputs = tuple(
        ActionOutputFact(q, phase)
        for q, phase in ((1, "planning"), (2, "execution"), (3, "execution"), (4, "execution"))
    )
    (finding,) = check_action_plans([ActionPlanFacts("A", "IKU A", "G", False, outputs)])
    assert finding.severity is Severity.HINT
    assert finding.params["phases"] == ["monitoring_evaluation"]
    assert "Monitoring dan Evaluasi" in render(finding)
    full = outputs + (ActionOutputFact(4, "monitoring_evaluation"),)
    assert check_action_plans([ActionPlanFacts("A", "IKU A", "G", False, full)]) == []
    # with a KSD action plan the phases are not required
    assert check_action_plans([ActionPlanFacts("A", "IKU A", "G", True, outputs)]) == []


# ---- deadlines -------------------------------------------------------------------------------


def test_kaltara_pk_deadline_is_31_january(kaltara) -> None:
    f = AgreementFacts("PK", 2024)
    (hint,) = check_deadlines(f, kaltara, today=dt.date(2024, 1, 10))
    assert (hint.rule, hint.severity, hint.message_id) == (DEADLINE, Severity.HINT, "deadline_pk")
    assert hint.params["date"] == dt.date(2024, 1, 31)
    assert "31 Januari 2024" in render(hint)
    assert "31 January 2024" in render(hint, "en")
    (late,) = check_deadlines(f, kaltara, today=dt.date(2024, 2, 1))
    assert late.message_id == "deadline_pk_overdue"


def test_dki_pk_deadline_is_one_month_after_dpa(dki) -> None:
    f = AgreementFacts("PK", 2024, dpa_date=dt.date(2024, 1, 31))
    (hint,) = check_deadlines(f, dki, today=dt.date(2024, 2, 1))
    assert hint.params["date"] == dt.date(2024, 2, 29)
    (unknown,) = check_deadlines(AgreementFacts("PK", 2024), dki, today=dt.date(2024, 2, 1))
    assert unknown.message_id == "deadline_pk_dpa_unknown"


def test_signed_agreement_metadata_deadline(kaltara) -> None:
    f = AgreementFacts("PK", 2024, status="signed", signed_date=dt.date(2024, 1, 25))
    (hint,) = check_deadlines(f, kaltara, today=dt.date(2024, 1, 26))
    assert hint.message_id == "deadline_metadata" and hint.params["date"] == dt.date(2024, 2, 8)
    done = AgreementFacts(
        "PK", 2024, status="signed", signed_date=dt.date(2024, 1, 25), metadata_submitted=True
    )
    assert check_deadlines(done, kaltara, today=dt.date(2024, 3, 1)) == []


def test_addendum_request_deadline(kaltara) -> None:
    f = AgreementFacts("AD", 2024, kind="addendum")
    (hint,) = check_deadlines(f, kaltara, today=dt.date(2024, 7, 1))
    assert hint.message_id == "deadline_addendum" and hint.params["date"] == dt.date(2024, 7, 20)
    late = AgreementFacts("AD", 2024, kind="addendum", addendum_requested_on=dt.date(2024, 7, 22))
    assert (
        check_deadlines(late, kaltara, today=dt.date(2024, 7, 1))[0].message_id
        == "deadline_addendum_overdue"
    )
    on_time = AgreementFacts(
        "AD", 2024, kind="addendum", addendum_requested_on=dt.date(2024, 7, 19)
    )
    assert check_deadlines(on_time, kaltara, today=dt.date(2024, 8, 1)) == []


def test_replacement_deadline_counts_working_days(kaltara) -> None:
    # Monday 1 July 2024 + 15 working days = Monday 22 July 2024; a holiday pushes it a day.
    f = AgreementFacts("PG", 2024, kind="replacement", owner_start_date=dt.date(2024, 7, 1))
    (hint,) = check_deadlines(f, kaltara, today=dt.date(2024, 7, 2))
    assert hint.params["date"] == dt.date(2024, 7, 22)
    (hint,) = check_deadlines(f, kaltara, dt.date(2024, 7, 2), holidays={dt.date(2024, 7, 8)})
    assert hint.params["date"] == dt.date(2024, 7, 23)


def test_date_helpers() -> None:
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2023, 12, 15), 1) == dt.date(2024, 1, 15)
    assert add_working_days(dt.date(2024, 7, 5), 1) == dt.date(2024, 7, 8)  # Friday -> Monday
    assert quarters_passed(2024, dt.date(2024, 7, 1)) == 2
    assert quarters_passed(2024, dt.date(2024, 6, 30)) == 1
    assert quarters_passed(2024, dt.date(2023, 12, 1)) == 0
    assert quarters_passed(2024, dt.date(2025, 1, 1)) == 4
    assert format_date(dt.date(2024, 8, 17)) == "17 Agustus 2024"


# ---- addendum --------------------------------------------------------------------------------


def iku(ind_id: str, targets, actuals, polarity=Polarity.MAXIMIZE, **extra) -> IndicatorInput:
    return IndicatorInput(
        ind_id,
        f"IKU {ind_id}",
        polarity=polarity,
        period_consolidation=PeriodConsolidation.SUM,
        targets=targets,
        actuals=actuals,
        **extra,
    )


def pk(*inds: IndicatorInput) -> AgreementInput:
    return AgreementInput("PK", (GoalInput("G", "Sasaran G", inds),), Level.JPT_PRATAMA)


def test_addendum_cannot_change_passed_periods() -> None:
    before = pk(iku("A", s(10, 10, 10, 10), s(10, 12, None, None)))
    after = pk(iku("A", s(10, 11, 12, 12), s(10, 12, None, None)))
    findings = check_addendum(before, after, passed_quarters=2)
    assert [(f.rule, f.severity, f.field) for f in findings] == [
        (ADDENDUM_RULE, Severity.ERROR, "targets.TW2")
    ]
    # the same change to future periods only is allowed
    later = pk(iku("A", s(10, 10, 12, 12), s(10, 12, None, None)))
    assert check_addendum(before, later, passed_quarters=2) == []
    # changing the polarity rewrites passed capaian
    flipped = pk(iku("A", s(10, 10, 10, 10), s(10, 12, None, None), Polarity.MINIMIZE))
    assert check_addendum(before, flipped, passed_quarters=1)[0].field == "polarity"


def test_addendum_raise_required_when_s1_reaches_annual_target() -> None:
    before = pk(iku("A", s(10, 10, 10, 10), s(25, 20, None, None)))  # 45 >= 40 at S1
    (warning,) = check_addendum_needed(before, passed_quarters=2)
    assert warning.severity is Severity.WARNING and warning.message_id == "addendum_raise_required"
    assert check_addendum_needed(before, passed_quarters=1) == []
    not_raised = pk(iku("A", s(10, 10, 10, 10), s(25, 20, None, None)))
    assert [f.severity for f in check_addendum(before, not_raised, 2)] == [Severity.WARNING]
    raised = pk(iku("A", s(10, 10, 20, 20), s(25, 20, None, None)))
    assert check_addendum(before, raised, 2) == []
    below = pk(iku("A", s(10, 10, 10, 10), s(10, 10, None, None)))
    assert check_addendum_needed(below, 2) == []
    # minimize: reaching the target means a realisation at or below it; raising means lowering
    minimize = pk(
        iku("M", s(10, 10, 10, 10), s(5, 5, None, None), Polarity.MINIMIZE, annual_target=D(12))
    )
    assert len(check_addendum_needed(minimize, 2)) == 1


# ---- signed, NIP, PK required ----------------------------------------------------------------


def test_signed_readonly() -> None:
    (f,) = check_signed_readonly("signed", "targets.TW2", "G", "A")
    assert (f.rule, f.severity, f.field) == (SIGNED_READONLY, Severity.ERROR, "targets.TW2")
    assert check_signed_readonly("superseded")
    assert check_signed_readonly("draft") == []
    assert check_signed_readonly("final") == []


@pytest.mark.parametrize(
    "nip", ["19700103 200112 1 003", "196812111996031004", "197301211993031004"]
)
def test_nip_valid(nip: str) -> None:
    parsed = parse_nip(nip)
    assert parsed.digits == nip.replace(" ", "")
    assert check_nip(nip, "owner") == []


def test_nip_grouping() -> None:
    assert parse_nip("197001032001121003").grouped() == "19700103 200112 1 003"
    assert parse_nip("19700103.200112.1.003").birth_date == dt.date(1970, 1, 3)


@pytest.mark.parametrize(
    ("nip", "code"),
    [
        ("19700103200112100", "nip_format"),
        ("1970010320011210a3", "nip_format"),
        ("197002302001121003", "nip_birth_date"),
        ("197001032001131003", "nip_appointment_month"),
        ("197001031980121003", "nip_appointment_year"),
        ("197001032001123003", "nip_sex_digit"),
    ],
)
def test_nip_invalid(nip: str, code: str) -> None:
    with pytest.raises(NipError) as info:
        parse_nip(nip)
    assert info.value.code == code
    (f,) = check_nip(nip, "owner", "Maria Qibtya")
    assert (f.rule, f.severity, f.message_id) == (NIP_INVALID, Severity.ERROR, code)
    assert "Maria Qibtya" in render(f) and nip in render(f, "en")


def test_nip_missing_is_not_judged() -> None:
    assert check_nip(None, "superior") == [] and check_nip("  ", "owner") == []


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"owner_level": Level.PELAKSANA}, "pk_not_required_pelaksana"),
        ({"owner_is_cpns": True}, "pk_not_required_cpns"),
        ({"owner_on_study_leave": True}, "pk_not_required_study_leave"),
        ({"owner_on_unpaid_leave": True}, "pk_not_required_unpaid_leave"),
        ({"owner_start_date": dt.date(2024, 11, 4)}, "pk_not_required_late_start"),
    ],
)
def test_pk_not_required(extra: dict, message: str) -> None:
    (f,) = check_pk_required(AgreementFacts("PK", 2024, owner_name="Andri", **extra))
    assert (f.rule, f.severity, f.message_id) == (PK_NOT_REQUIRED, Severity.HINT, message)
    assert "Andri" in render(f)


def test_pk_required_for_ordinary_officials() -> None:
    f = AgreementFacts(
        "PK", 2024, owner_level=Level.PENGAWAS, owner_start_date=dt.date(2024, 10, 31)
    )
    assert check_pk_required(f) == []


def test_check_lifecycle_combines(kaltara) -> None:
    f = AgreementFacts(
        "PK",
        2024,
        owner_nip="197001032001123003",
        superior_nip="196812111996031004",
        owner_level=Level.PELAKSANA,
    )
    rules = [x.rule for x in check_lifecycle(f, kaltara, today=dt.date(2024, 1, 2))]
    assert rules == [DEADLINE, NIP_INVALID, PK_NOT_REQUIRED]

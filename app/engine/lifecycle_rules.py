"""Rules about an agreement's life: deadlines, addenda, signatures, NIPs, who needs a PK.

All inputs are explicit facts, including `today`: the same data always gives the same
findings (SPEC §5.8-5.12, seed 003 §3.2-3.4, seed 000 diktum KEDUA).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal

from app.engine.agreement import AgreementInput, IndicatorInput
from app.engine.capaian import raw_capaian
from app.engine.dates import add_months, add_working_days
from app.engine.enums import READONLY_STATUSES, Level, Polarity, Severity
from app.engine.findings import (
    ADDENDUM_RULE,
    AGREEMENT_INCOMPLETE,
    DEADLINE,
    NIP_INVALID,
    PK_NOT_REQUIRED,
    SIGNED_READONLY,
    Finding,
)
from app.engine.nip import NipError, parse_nip
from app.engine.numbers import HUNDRED
from app.engine.periods import consolidate
from app.engine.profile import Profile


@dataclass(frozen=True, slots=True)
class AgreementFacts:
    """What the lifecycle rules need to know about one agreement and its owner."""

    agreement_id: str
    year: int
    kind: str = "original"  # original | addendum | replacement
    status: str = "draft"  # draft | final | signed | superseded
    owner_name: str = ""
    owner_level: Level | None = None
    owner_nip: str | None = None
    superior_name: str = ""
    superior_nip: str | None = None
    owner_is_cpns: bool = False
    owner_on_study_leave: bool = False
    owner_on_unpaid_leave: bool = False  # CLTN
    owner_start_date: dt.date | None = None  # first day of work (newcomer, replacement)
    dpa_date: dt.date | None = None  # DPA approval (DKI deadline)
    signed_date: dt.date | None = None
    metadata_submitted: bool = False
    addendum_requested_on: dt.date | None = None
    has_superior: bool = True  # a Pihak Kedua is chosen
    signing_place: str | None = None


# ---- deadline ----------------------------------------------------------------------------


def _hint(message: str, params: dict[str, object], field: str) -> Finding:
    return Finding(DEADLINE, Severity.HINT, message, params, field=field)


def check_deadlines(
    facts: AgreementFacts,
    profile: Profile,
    today: dt.date,
    holidays: Collection[dt.date] = (),
) -> list[Finding]:
    """deadline hints with their dates; "_overdue" message ids once `today` is past them."""
    out: list[Finding] = []
    rules = profile.deadlines
    signed = facts.status in READONLY_STATUSES

    def add(message: str, due: dt.date, field: str, **extra: object) -> None:
        late = today > due
        params: dict[str, object] = {"date": due, "year": facts.year, **extra}
        out.append(_hint(message + ("_overdue" if late else ""), params, field))

    if not signed:
        if facts.kind == "original":
            pk = rules.pk
            if pk.rule == "fixed":
                assert pk.month is not None and pk.day is not None
                add("deadline_pk", dt.date(facts.year, pk.month, pk.day), "signed_date")
            elif facts.dpa_date is not None:
                assert pk.months_after_dpa is not None
                add(
                    "deadline_pk_after_dpa",
                    add_months(facts.dpa_date, pk.months_after_dpa),
                    "signed_date",
                    months=pk.months_after_dpa,
                )
            else:
                out.append(
                    _hint(
                        "deadline_pk_dpa_unknown",
                        {"months": pk.months_after_dpa, "year": facts.year},
                        "dpa_date",
                    )
                )
        elif facts.kind == "replacement" and facts.owner_start_date is not None:
            days = rules.replacement_working_days
            due = add_working_days(facts.owner_start_date, days, holidays)
            add("deadline_replacement", due, "signed_date", days=days)
        elif facts.kind == "addendum":
            due = dt.date(facts.year, rules.addendum_request_month, rules.addendum_request_day)
            asked = facts.addendum_requested_on
            if asked is not None:
                if asked > due:
                    out.append(
                        _hint(
                            "deadline_addendum_overdue",
                            {"date": due, "year": facts.year},
                            "addendum_requested_on",
                        )
                    )
            else:
                add("deadline_addendum", due, "addendum_requested_on")
    elif facts.signed_date is not None and not facts.metadata_submitted:
        due = facts.signed_date + dt.timedelta(days=rules.metadata_days_after_signing)
        add("deadline_metadata", due, "metadata", days=rules.metadata_days_after_signing)
    return out


# ---- addendum ----------------------------------------------------------------------------


def _by_id(agreement: AgreementInput) -> dict[str, tuple[str, str, IndicatorInput]]:
    return {i.id: (g.id, g.name or g.id, i) for g in agreement.goals for i in g.indicators}


def _annual(ind: IndicatorInput) -> Decimal | None:
    if ind.annual_target is not None:
        return ind.annual_target
    if ind.period_consolidation is None:
        return None
    return consolidate(ind.targets, ind.period_consolidation, len(ind.targets))


def _s1_reached(ind: IndicatorInput) -> tuple[bool, Decimal | None, Decimal | None]:
    """(semester-I realisation reaches the annual target, annual target, S1 realisation)."""
    if ind.polarity not in (Polarity.MAXIMIZE, Polarity.MINIMIZE):
        return False, None, None
    if ind.period_consolidation is None or ind.locations:
        return False, None, None
    annual = _annual(ind)
    per = len(ind.actuals) // 4
    s1 = consolidate(ind.actuals, ind.period_consolidation, 2 * per)
    if annual is None or s1 is None:
        return False, annual, s1
    raw, _ = raw_capaian(annual, s1, ind.polarity)
    return raw >= HUNDRED, annual, s1


def _more_demanding(before: Decimal, after: Decimal | None, polarity: Polarity | None) -> bool:
    if after is None:
        return False
    return after < before if polarity is Polarity.MINIMIZE else after > before


def check_addendum_needed(agreement: AgreementInput, passed_quarters: int) -> list[Finding]:
    """addendum_rule warning: semester I realisation already reaches the annual target, so an
    addendum raising the target is required (seed 003 §3.4.1)."""
    if passed_quarters < 2:
        return []
    out = []
    for goal, ind in agreement.indicators():
        reached, annual, s1 = _s1_reached(ind)
        if reached:
            out.append(
                Finding(
                    ADDENDUM_RULE,
                    Severity.WARNING,
                    "addendum_raise_required",
                    {
                        "goal": goal.name or goal.id,
                        "indicator": ind.name,
                        "annual": annual,
                        "s1": s1,
                    },
                    goal.id,
                    ind.id,
                    "annual_target",
                )
            )
    return out


def check_addendum(
    before: AgreementInput, after: AgreementInput, passed_quarters: int
) -> list[Finding]:
    """addendum_rule for an addendum draft against the agreement it amends.

    Error: a target, realisation, polarity or period consolidation of a period already passed
    changes (it would rewrite capaian already reported). Warning: an IKU whose semester I
    realisation reaches the annual target is not made more demanding.
    """
    out: list[Finding] = []
    old = _by_id(before)
    new = _by_id(after)
    for ind_id, (goal_id, goal_name, was) in old.items():
        found = new.get(ind_id)
        if found is None:
            continue
        _, _, now = found
        subject = {"goal": goal_name, "indicator": now.name or was.name}
        if passed_quarters >= 1:
            for field in ("polarity", "period_consolidation"):
                if getattr(was, field) != getattr(now, field):
                    out.append(
                        Finding(
                            ADDENDUM_RULE,
                            Severity.ERROR,
                            "addendum_changes_method",
                            {**subject, "field": field},
                            goal_id,
                            ind_id,
                            field,
                        )
                    )
            for series_name in ("targets", "actuals"):
                old_s, new_s = getattr(was, series_name), getattr(now, series_name)
                if len(old_s) != len(new_s):
                    continue
                per = len(old_s) // 4
                for q in range(1, min(passed_quarters, 4) + 1):
                    window = slice((q - 1) * per, q * per)
                    if old_s[window] != new_s[window]:
                        out.append(
                            Finding(
                                ADDENDUM_RULE,
                                Severity.ERROR,
                                "addendum_changes_passed_period",
                                {**subject, "field": series_name, "quarter": q},
                                goal_id,
                                ind_id,
                                f"{series_name}.TW{q}",
                            )
                        )
        if passed_quarters >= 2:
            reached, annual, s1 = _s1_reached(was)
            if (
                reached
                and annual is not None
                and not _more_demanding(annual, _annual(now), was.polarity)
            ):
                out.append(
                    Finding(
                        ADDENDUM_RULE,
                        Severity.WARNING,
                        "addendum_raise_required",
                        {**subject, "annual": annual, "s1": s1},
                        goal_id,
                        ind_id,
                        "annual_target",
                    )
                )
    return out


# ---- signed, NIP, who needs a PK ---------------------------------------------------------


def check_signed_readonly(
    status: str,
    field: str | None = None,
    goal_id: str | None = None,
    indicator_id: str | None = None,
) -> list[Finding]:
    """signed_readonly: an error for a direct edit of a signed (or superseded) agreement."""
    if status not in READONLY_STATUSES:
        return []
    return [
        Finding(
            SIGNED_READONLY,
            Severity.ERROR,
            "signed_readonly",
            {"status": status},
            goal_id,
            indicator_id,
            field,
        )
    ]


def check_nip(nip: str | None, role: str, person: str = "") -> list[Finding]:
    """nip_invalid: an error naming the broken part; None/blank (no NIP, e.g. an elected
    Gubernur) is not judged here."""
    if nip is None or not nip.strip():
        return []
    try:
        parse_nip(nip)
    except NipError as exc:
        params = {"role": role, "person": person, "nip": nip, **exc.params, "reason": exc.code}
        return [Finding(NIP_INVALID, Severity.ERROR, exc.code, params, field=f"{role}_nip")]
    return []


def check_pk_required(facts: AgreementFacts) -> list[Finding]:
    """pk_not_required hints (seed 003 §3.2.1.2): Pelaksana, CPNS, study leave, CLTN, or
    starting work in the last two months of the year (they continue the predecessor's PK)."""
    reasons = []
    if facts.owner_level is Level.PELAKSANA:
        reasons.append("pelaksana")
    if facts.owner_is_cpns:
        reasons.append("cpns")
    if facts.owner_on_study_leave:
        reasons.append("study_leave")
    if facts.owner_on_unpaid_leave:
        reasons.append("unpaid_leave")
    start = facts.owner_start_date
    if start is not None and start >= dt.date(facts.year, 11, 1) and start.year == facts.year:
        reasons.append("late_start")
    return [
        Finding(
            PK_NOT_REQUIRED,
            Severity.HINT,
            f"pk_not_required_{reason}",
            {"person": facts.owner_name, "year": facts.year, "date": start},
            field="owner",
        )
        for reason in reasons
    ]


def check_lifecycle(
    facts: AgreementFacts,
    profile: Profile,
    today: dt.date,
    holidays: Collection[dt.date] = (),
) -> list[Finding]:
    """deadline, nip_invalid and pk_not_required for one agreement."""
    return [
        *check_deadlines(facts, profile, today, holidays),
        *check_nip(facts.owner_nip, "owner", facts.owner_name),
        *check_nip(facts.superior_nip, "superior", facts.superior_name),
        *check_pk_required(facts),
    ]


# ---- completeness ------------------------------------------------------------------------


def check_completeness(facts: AgreementFacts, agreement: AgreementInput) -> list[Finding]:
    """agreement_incomplete errors, each saying what to add: a sasaran, an IKU under every
    sasaran, the Pihak Kedua (not for a Kepala Daerah, who signs alone: seed 003 Format 1),
    the signing place and date. Judged until the agreement is signed."""
    if facts.status in READONLY_STATUSES:
        return []
    out: list[Finding] = []

    def error(message: str, field: str, goal_id: str | None = None, **params: object) -> None:
        out.append(
            Finding(AGREEMENT_INCOMPLETE, Severity.ERROR, message, params, goal_id, None, field)
        )

    if not agreement.goals:
        error("agreement_no_goal", "goals")
    for goal in agreement.goals:
        if not goal.indicators:
            error("goal_no_indicator", "indicators", goal.id, goal=goal.name or goal.id)
    if not facts.has_superior and facts.owner_level is not Level.GUBERNUR:
        error("agreement_no_superior", "superior", person=facts.owner_name)
    if not (facts.signing_place or "").strip():
        error("agreement_no_signing_place", "signing_place")
    if facts.signed_date is None:
        error("agreement_no_signing_date", "signing_date")
    return out

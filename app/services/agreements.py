"""Agreements and their content: sasaran, indicators, targets and realisations, programs.

Every edit first finds the agreement that owns the record and refuses it when that
agreement is signed (rule `signed_readonly`): changes then go through an addendum.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    ActingAssignment,
    ActionOutput,
    ActionPlan,
    AddendumRecord,
    Agreement,
    CrosscuttingParty,
    Goal,
    Indicator,
    IndicatorHistory,
    Official,
    PeriodValue,
    Program,
    SuccessCriterion,
    Unit,
)
from app.models.database import Database
from app.models.enums import (
    LOCKED_STATUSES,
    QUARTERS,
    AgreementKind,
    AgreementStatus,
    ChangeReason,
    GoalCategory,
    Period,
)
from app.services._fields import apply_changes, coerce
from app.services.errors import AgreementLocked, invalid, missing
from app.services.organisation import acting_assignment_on, get

AGREEMENT_FIELDS = frozenset(
    {
        "year",
        "profile_code",
        "unit_id",
        "owner_id",
        "superior_id",
        "signing_place",
        "signing_date",
        "dpa_date",
        "owner_title",
        "superior_title",
        "owner_prefix",
        "superior_prefix",
    }
)
GOAL_FIELDS = frozenset(
    {
        "category",
        "number",
        "text",
        "description",
        "parent_goal_id",
        "cascade_method",
        "rpjmd_goal_id",
    }
)
#: The indicator metadata a user edits, in the order of the Format 1 sheet.
INDICATOR_METADATA_FIELDS = (
    "number",
    "name",
    "mandatory",
    "unit_of_measure",
    "source_system",
    "measurement_text",
    "misi",
    "goal_description",
    "definition",
    "formula",
    "control",
    "validity",
    "responsible_unit",
    "responsible_person",
    "data_provider",
    "data_source",
    "cascade_type",
    "cascade_method",
    "period_consolidation",
    "location_consolidation",
    "polarity",
    "measuring_period",
    "target_aspect",
    "target_form",
    "scale_code",
    "completion_source",
)
INDICATOR_FIELDS = frozenset(INDICATOR_METADATA_FIELDS) | {"reference_code", "rpjmd_indicator_id"}
PROGRAM_FIELDS = frozenset({"code", "name", "budget", "note", "goal_id"})


def owning_agreement(session: Session, record: Any) -> Agreement:
    """The agreement a record belongs to, whatever its depth in the tree."""
    match record:
        case Agreement():
            return record
        case Goal() | Program():
            return get(session, Agreement, record.agreement_id, "Perjanjian kinerja")
        case Indicator():
            return owning_agreement(session, get(session, Goal, record.goal_id, "Sasaran"))
        case PeriodValue() | IndicatorHistory() | ActionPlan():
            return owning_agreement(
                session, get(session, Indicator, record.indicator_id, "Indikator")
            )
        case SuccessCriterion():
            return owning_agreement(
                session, get(session, ActionPlan, record.action_plan_id, "Rencana aksi")
            )
        case ActionOutput():
            return owning_agreement(
                session, get(session, SuccessCriterion, record.criterion_id, "Kriteria")
            )
    raise TypeError(f"{type(record).__name__} does not belong to an agreement")


def ensure_editable(session: Session, record: Any) -> Agreement:
    agreement = owning_agreement(session, record)
    if agreement.status in LOCKED_STATUSES:
        raise AgreementLocked(
            message_id="agreement_locked",
            params={"year": str(agreement.year), "owner": agreement.owner.name},
        )
    return agreement


def _next_position(session: Session, column: Any, parent_column: Any, parent_id: str) -> int:
    current = session.scalar(select(func.max(column)).where(parent_column == parent_id))
    return 0 if current is None else current + 1


# --- agreements ------------------------------------------------------------------------------


def create_agreement(
    db: Database,
    *,
    year: int,
    unit_id: str,
    owner_id: str,
    superior_id: str | None,
    profile_code: str,
    signing_place: str | None = None,
    owner_title: str | None = None,
    superior_title: str | None = None,
) -> str:
    if signing_place is None:  # prefilled from the office settings, else the profile
        from app.services.office import default_signing_place

        signing_place = default_signing_place(db, profile_code)
    with db.transaction("Buat perjanjian kinerja") as session:
        unit = get(session, Unit, unit_id, "Unit")
        owner = get(session, Official, owner_id, "Pejabat (pihak pertama)")
        superior = (
            get(session, Official, superior_id, "Pejabat (pihak kedua)") if superior_id else None
        )
        if superior is not None and superior.id == owner.id:
            raise invalid("parties_same_person", "superior_id")
        if not 2000 <= int(year) <= 2100:
            raise invalid("agreement_year_unlikely", "year", year=str(year))
        owner_acting = _acting(session, owner.id, int(year))
        superior_acting = _acting(session, superior.id, int(year)) if superior else None
        if owner_acting is not None and not owner_title:
            owner_title = owner_acting.position_title
        if superior_acting is not None and not superior_title:
            superior_title = superior_acting.position_title
        agreement = Agreement(
            year=int(year),
            unit_id=unit.id,
            owner_id=owner.id,
            superior_id=superior.id if superior else None,
            profile_code=profile_code,
            signing_place=signing_place,
            owner_title=owner_title or owner.position_title,
            superior_title=superior_title or (superior.position_title if superior else None),
            owner_prefix=owner_acting.prefix if owner_acting else None,
            superior_prefix=superior_acting.prefix if superior_acting else None,
        )
        session.add(agreement)
        session.flush()
        return agreement.id


def _acting(session: Session, official_id: str, year: int) -> ActingAssignment | None:
    """The Plt./Plh./Pj. assignment an official holds for a new PK of `year`: on today's
    date when the PK is for this year, else on its 1 January."""
    today = dt.date.today()
    return acting_assignment_on(
        session, official_id, today if today.year == year else dt.date(year, 1, 1)
    )


def update_agreement(db: Database, agreement_id: str, **changes: Any) -> None:
    with db.transaction("Ubah perjanjian kinerja") as session:
        agreement = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        ensure_editable(session, agreement)
        apply_changes(agreement, changes, AGREEMENT_FIELDS)


def delete_agreement(db: Database, agreement_id: str) -> None:
    """Tombstone a draft agreement (sync keeps the tombstone)."""
    with db.transaction("Hapus perjanjian kinerja") as session:
        agreement = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        ensure_editable(session, agreement)
        if agreement.status != AgreementStatus.DRAFT:
            raise invalid("delete_only_draft")
        agreement.deleted_at = dt.datetime.now(dt.UTC)


# --- sasaran ---------------------------------------------------------------------------------


def add_goal(
    db: Database,
    agreement_id: str,
    *,
    text: str,
    category: GoalCategory | str,
    number: str | None = None,
) -> str:
    with db.transaction("Tambah sasaran") as session:
        agreement = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        ensure_editable(session, agreement)
        if not text or not text.strip():
            raise invalid("goal_text_missing", "text")
        goal = Goal(
            agreement_id=agreement.id,
            text=text.strip(),
            category=coerce(Goal, "category", category),
            number=number,
            position=_next_position(session, Goal.position, Goal.agreement_id, agreement.id),
        )
        session.add(goal)
        session.flush()
        return goal.id


def update_goal(db: Database, goal_id: str, **changes: Any) -> None:
    with db.transaction("Ubah sasaran") as session:
        goal = get(session, Goal, goal_id, "Sasaran")
        ensure_editable(session, goal)
        apply_changes(goal, changes, GOAL_FIELDS)


def remove_goal(db: Database, goal_id: str) -> None:
    with db.transaction("Hapus sasaran") as session:
        goal = get(session, Goal, goal_id, "Sasaran")
        ensure_editable(session, goal)
        now = dt.datetime.now(dt.UTC)
        goal.deleted_at = now
        for indicator in session.scalars(select(Indicator).where(Indicator.goal_id == goal.id)):
            indicator.deleted_at = now


def _move(session: Session, record: Any, siblings: list[Any], offset: int) -> None:
    index = next(i for i, sibling in enumerate(siblings) if sibling.id == record.id)
    new_index = max(0, min(len(siblings) - 1, index + offset))
    if new_index == index:
        return
    siblings.insert(new_index, siblings.pop(index))
    for position, sibling in enumerate(siblings):
        if sibling.position != position:
            sibling.position = position


def move_goal(db: Database, goal_id: str, offset: int) -> None:
    """Move a sasaran up (negative) or down (positive) within its agreement."""
    with db.transaction("Pindahkan sasaran") as session:
        goal = get(session, Goal, goal_id, "Sasaran")
        ensure_editable(session, goal)
        siblings = list(
            session.scalars(
                select(Goal).where(Goal.agreement_id == goal.agreement_id).order_by(Goal.position)
            )
        )
        _move(session, goal, siblings, offset)


# --- indicators ------------------------------------------------------------------------------


def add_indicator(
    db: Database, goal_id: str, *, name: str, sub_of_id: str | None = None, **metadata: Any
) -> str:
    """A new IKU under a sasaran, or a sub-indicator of another IKU when `sub_of_id` is given."""
    with db.transaction("Tambah indikator") as session:
        goal = get(session, Goal, goal_id, "Sasaran")
        ensure_editable(session, goal)
        if not name or not name.strip():
            raise invalid("indicator_name_missing", "name")
        if sub_of_id is not None:
            parent = get(session, Indicator, sub_of_id, "Indikator induk")
            if parent.goal_id != goal.id or parent.sub_of_id is not None:
                raise invalid("sub_indicator_other_goal", "sub_of_id")
        indicator = Indicator(
            goal_id=goal.id,
            sub_of_id=sub_of_id,
            name=name.strip(),
            position=_next_position(session, Indicator.position, Indicator.goal_id, goal.id),
        )
        apply_changes(indicator, metadata, INDICATOR_FIELDS)
        session.add(indicator)
        session.flush()
        return indicator.id


def update_indicator(db: Database, indicator_id: str, **changes: Any) -> dict[str, Any]:
    """Change metadata fields; returns the old values (what an undo needs)."""
    with db.transaction("Ubah indikator") as session:
        indicator = get(session, Indicator, indicator_id, "Indikator")
        ensure_editable(session, indicator)
        if "name" in changes and not str(changes["name"] or "").strip():
            raise invalid("indicator_name_missing", "name")
        return apply_changes(indicator, changes, INDICATOR_FIELDS | {"name"})


def remove_indicator(db: Database, indicator_id: str) -> None:
    with db.transaction("Hapus indikator") as session:
        indicator = get(session, Indicator, indicator_id, "Indikator")
        ensure_editable(session, indicator)
        indicator.deleted_at = dt.datetime.now(dt.UTC)


def restore_indicator(db: Database, indicator_id: str) -> None:
    """Undo of a removal: clear the tombstone."""
    with db.transaction("Pulihkan indikator") as session:
        indicator = session.get(
            Indicator, indicator_id, execution_options={"include_deleted": True}
        )
        if indicator is None:
            raise missing("Indikator", indicator_id)
        ensure_editable(session, indicator)
        indicator.deleted_at = None


def move_indicator(db: Database, indicator_id: str, offset: int) -> None:
    with db.transaction("Pindahkan indikator") as session:
        indicator = get(session, Indicator, indicator_id, "Indikator")
        ensure_editable(session, indicator)
        siblings = list(
            session.scalars(
                select(Indicator)
                .where(Indicator.goal_id == indicator.goal_id, Indicator.sub_of_id.is_(None))
                .order_by(Indicator.position)
            )
        )
        _move(session, indicator, siblings, offset)


# --- targets and realisations ----------------------------------------------------------------

VALUE_FIELDS = frozenset(
    {
        "target",
        "target_upper",
        "target_label",
        "actual",
        "actual_label",
        "numerator",
        "denominator",
        "evidence",
    }
)


def set_period_values(
    db: Database, indicator_id: str, period: Period | str, **values: Any
) -> dict[str, Any]:
    """Set target/realisation fields of one period; None is N/A. Returns the old values.

    Realisations are reported every quarter on the signed agreement itself: only what was
    agreed (targets) is frozen by the signature, so only target fields need an addendum.
    """
    with db.transaction(f"Ubah nilai {period}") as session:
        indicator = get(session, Indicator, indicator_id, "Indikator")
        agreement = owning_agreement(session, indicator)
        if _TARGET_FIELDS & values.keys() or agreement.status is not AgreementStatus.SIGNED:
            ensure_editable(session, indicator)
        period = Period(period)
        old = _set_period_values(session, indicator, period, values)
        if agreement.kind is AgreementKind.ADDENDUM:
            _record_addendum_change(session, agreement, indicator, period, old, values)
        return old


_TARGET_FIELDS = frozenset({"target", "target_upper", "target_label"})


def _record_addendum_change(
    session: Session,
    agreement: Agreement,
    indicator: Indicator,
    period: Period,
    old: dict[str, Any],
    values: dict[str, Any],
) -> None:
    """Rule `addendum_rule`: an addendum never changes targets of periods already passed,
    and every change it makes is kept as a before/after record with its reason."""
    changed = _TARGET_FIELDS & old.keys()
    if not changed:
        return
    start = agreement.effective_from or Period.TW1
    if period in QUARTERS and QUARTERS.index(period) < QUARTERS.index(start):
        raise invalid("addendum_past_period", period.value, start=start.value, period=period.value)
    for field in sorted(changed):
        new = getattr(session.get(PeriodValue, _value_id(session, indicator, period)), field)
        session.add(
            AddendumRecord(
                agreement_id=agreement.id,
                indicator_id=indicator.id,
                period=period,
                field=field,
                before=None if old[field] is None else str(old[field]),
                after=None if new is None else str(new),
                reason=agreement.change_reason or ChangeReason.LEADERSHIP_POLICY,
                note=agreement.change_note,
            )
        )


def _value_id(session: Session, indicator: Indicator, period: Period) -> str:
    return session.scalars(
        select(PeriodValue.id).where(
            PeriodValue.indicator_id == indicator.id, PeriodValue.period == period
        )
    ).one()


def _set_period_values(
    session: Session, indicator: Indicator, period: Period, values: dict[str, Any]
) -> dict[str, Any]:
    row = session.scalar(
        select(PeriodValue).where(
            PeriodValue.indicator_id == indicator.id, PeriodValue.period == period
        )
    )
    if row is None:
        row = PeriodValue(indicator_id=indicator.id, period=period)
        session.add(row)
    old = apply_changes(row, values, VALUE_FIELDS)
    denominator = row.denominator
    if denominator is not None and denominator == 0:
        raise invalid("denominator_zero", "denominator", period=str(period))
    if row.target is not None and row.target_upper is not None and row.target_upper < row.target:
        raise invalid("target_upper_below", "target_upper", period=str(period))
    return old


def set_target(
    db: Database, indicator_id: str, period: Period | str, value: Decimal | None
) -> None:
    set_period_values(db, indicator_id, period, target=value)


def set_actual(
    db: Database, indicator_id: str, period: Period | str, value: Decimal | None
) -> None:
    set_period_values(db, indicator_id, period, actual=value)


# --- programs --------------------------------------------------------------------------------


def add_program(
    db: Database, agreement_id: str, *, name: str, budget: Decimal | str, note: str | None = None
) -> str:
    with db.transaction("Tambah program") as session:
        agreement = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        ensure_editable(session, agreement)
        program = Program(
            agreement_id=agreement.id,
            name=coerce(Program, "name", name),
            budget=coerce(Program, "budget", budget),
            note=note,
            position=_next_position(session, Program.position, Program.agreement_id, agreement.id),
        )
        if program.budget < 0:
            raise invalid("budget_negative", "budget")
        session.add(program)
        session.flush()
        return program.id


def update_program(db: Database, program_id: str, **changes: Any) -> None:
    with db.transaction("Ubah program") as session:
        program = get(session, Program, program_id, "Program")
        ensure_editable(session, program)
        apply_changes(program, changes, PROGRAM_FIELDS)


def remove_program(db: Database, program_id: str) -> None:
    with db.transaction("Hapus program") as session:
        program = get(session, Program, program_id, "Program")
        ensure_editable(session, program)
        program.deleted_at = dt.datetime.now(dt.UTC)


# --- crosscutting --------------------------------------------------------------------------


def add_crosscutting_party(
    db: Database,
    *,
    indicator_id: str | None = None,
    goal_id: str | None = None,
    ksd_id: str | None = None,
    unit_id: str | None = None,
    agency_name: str | None = None,
    role: str | None = None,
) -> str:
    """Another unit or an outside agency ("Instansi Terkait") sharing a sasaran, IKU or KSD."""
    targets = [x for x in (indicator_id, goal_id, ksd_id) if x]
    if len(targets) != 1:
        raise invalid("crosscutting_one_target")
    if not unit_id and not (agency_name and agency_name.strip()):
        raise invalid("crosscutting_party_missing", "agency_name")
    with db.transaction("Tambah pihak crosscutting") as session:
        if indicator_id:
            ensure_editable(session, get(session, Indicator, indicator_id, "Indikator"))
        if goal_id:
            ensure_editable(session, get(session, Goal, goal_id, "Sasaran"))
        party = CrosscuttingParty(
            indicator_id=indicator_id,
            goal_id=goal_id,
            ksd_id=ksd_id,
            unit_id=unit_id,
            agency_name=agency_name.strip() if agency_name else None,
            role=role,
        )
        session.add(party)
        session.flush()
        return party.id


def remove_crosscutting_party(db: Database, party_id: str) -> None:
    with db.transaction("Hapus pihak crosscutting") as session:
        party = get(session, CrosscuttingParty, party_id, "Pihak crosscutting")
        if party.indicator_id:
            ensure_editable(session, get(session, Indicator, party.indicator_id, "Indikator"))
        party.deleted_at = dt.datetime.now(dt.UTC)

"""Service steps that exist for undo and redo: bringing tombstoned records back, and removing a
group of Rencana Aksi rows (the key-phase skeleton) in one transaction.

Each function is one transaction with its audit rows, like every other service.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    ActionOutput,
    ActionPlan,
    Agreement,
    CascadeLink,
    Goal,
    Indicator,
    Ksd,
    Program,
    SuccessCriterion,
)
from app.models.database import INCLUDE_DELETED, Database
from app.models.enums import AgreementStatus, ChangeReason
from app.services.agreements import ensure_editable
from app.services.errors import invalid, missing

_WITH_DELETED = {INCLUDE_DELETED: True}


def restore_cascade(db: Database, link_id: str) -> None:
    """Undo of unticking a matrix cell: the link and the subordinate's indicator come back."""
    with db.transaction("Pulihkan cascade") as session:
        link = session.get(CascadeLink, link_id, execution_options=_WITH_DELETED)
        if link is None:
            raise missing("Cascade", link_id)
        child = session.get(Indicator, link.child_indicator_id, execution_options=_WITH_DELETED)
        if child is None:
            raise missing("Indikator bawahan", link.child_indicator_id)
        ensure_editable(session, child)
        stamp = link.deleted_at
        link.deleted_at = None
        if child.deleted_at is not None and (stamp is None or child.deleted_at == stamp):
            child.deleted_at = None


def restore_ksd(db: Database, ksd_id: str) -> None:
    """Undo of removing a KSD row; it returns to its old place in the table."""
    with db.transaction("Pulihkan KSD") as session:
        ksd = session.get(Ksd, ksd_id, execution_options=_WITH_DELETED)
        if ksd is None:
            raise missing("KSD", ksd_id)
        ksd.deleted_at = None
        session.flush()
        siblings = list(
            session.scalars(
                select(Ksd)
                .where(Ksd.unit_id == ksd.unit_id, Ksd.year == ksd.year)
                .order_by(Ksd.position)
            )
        )
        siblings.sort(key=lambda k: (k.position, k.id != ksd.id))
        for position, sibling in enumerate(siblings):
            sibling.position = position


def remove_action_plans(
    db: Database, plan_ids: list[str], *, change_reason: str | None = None
) -> None:
    """Tombstone several RA (with their KK and T/O) at once, e.g. the undo of the skeleton."""
    with db.transaction("Hapus rencana aksi") as session:
        now = dt.datetime.now(dt.UTC)
        indicator_ids: set[str] = set()
        for plan_id in plan_ids:
            plan = session.get(ActionPlan, plan_id)
            if plan is None or plan.deleted_at is not None:
                raise missing("Rencana aksi", plan_id)
            agreement = ensure_editable(session, plan)
            if agreement.status == AgreementStatus.FINAL:
                if change_reason is None:
                    raise invalid("action_plan_reason_needed", "change_reason")
                ChangeReason(change_reason)
            indicator_ids.add(plan.indicator_id)
            plan.deleted_at = now
            for criterion in plan.criteria:
                criterion.deleted_at = now
                for output in criterion.outputs:
                    output.deleted_at = now
        session.flush()
        _renumber_plans(session, indicator_ids)


def restore_action_plans(db: Database, plan_ids: list[str]) -> None:
    """Bring back RA removed together (the redo of the skeleton), with their KK and T/O."""
    with db.transaction("Pulihkan rencana aksi") as session:
        indicator_ids: set[str] = set()
        for plan_id in plan_ids:
            plan = session.get(ActionPlan, plan_id, execution_options=_WITH_DELETED)
            if plan is None:
                raise missing("Rencana aksi", plan_id)
            ensure_editable(session, plan)
            stamp = plan.deleted_at
            plan.deleted_at = None
            indicator_ids.add(plan.indicator_id)
            if stamp is None:
                continue
            criteria = session.scalars(
                select(SuccessCriterion)
                .where(SuccessCriterion.action_plan_id == plan.id)
                .execution_options(**_WITH_DELETED)
            ).all()
            for criterion in criteria:
                if criterion.deleted_at == stamp:
                    criterion.deleted_at = None
                for output in session.scalars(
                    select(ActionOutput)
                    .where(ActionOutput.criterion_id == criterion.id)
                    .execution_options(**_WITH_DELETED)
                ):
                    if output.deleted_at == stamp:
                        output.deleted_at = None
        session.flush()
        _renumber_plans(session, indicator_ids)


def _renumber_plans(session: Session, indicator_ids: set[str]) -> None:
    for indicator_id in indicator_ids:
        plans = session.scalars(
            select(ActionPlan)
            .where(ActionPlan.indicator_id == indicator_id)
            .order_by(ActionPlan.position)
        ).all()
        for position, plan in enumerate(plans):
            plan.position = position


def restore_goal(db: Database, goal_id: str) -> None:
    """Undo of removing a sasaran: the sasaran and the IKU removed with it come back."""
    with db.transaction("Pulihkan sasaran") as session:
        goal = session.get(Goal, goal_id, execution_options={INCLUDE_DELETED: True})
        if goal is None:
            raise missing("Sasaran", goal_id)
        ensure_editable(session, goal)
        removed_at = goal.deleted_at
        goal.deleted_at = None
        if removed_at is None:
            return
        for indicator in session.scalars(
            select(Indicator)
            .where(Indicator.goal_id == goal_id, Indicator.deleted_at == removed_at)
            .execution_options(**{INCLUDE_DELETED: True})
        ):
            indicator.deleted_at = None


def restore_program(db: Database, program_id: str) -> None:
    """Undo of removing a program row."""
    with db.transaction("Pulihkan program") as session:
        program = session.get(Program, program_id, execution_options={INCLUDE_DELETED: True})
        if program is None:
            raise missing("Program", program_id)
        ensure_editable(session, program)
        program.deleted_at = None


def restore_agreement(db: Database, agreement_id: str) -> None:
    """Undo of deleting a draft agreement."""
    with db.transaction("Pulihkan perjanjian kinerja") as session:
        agreement = session.get(Agreement, agreement_id, execution_options={INCLUDE_DELETED: True})
        if agreement is None:
            raise missing("Perjanjian kinerja", agreement_id)
        agreement.deleted_at = None

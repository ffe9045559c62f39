"""Cascading a superior's indicator to a subordinate's agreement (seed 002, seed 003 §2.2).

Direct cascade copies the indicator whole (name, unit, aspect, definition, formula, polarity,
consolidation, measuring period, targets); indirect cascade copies what must stay equal
(unit, aspect, polarity, period consolidation, measuring period) and splits targets by the
share entered for the child.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Agreement, CascadeLink, Goal, Indicator, PeriodValue
from app.models.database import Database
from app.models.enums import CascadeMethod, CascadeType, GoalCategory, LocationConsolidation
from app.services._fields import coerce
from app.services.agreements import _next_position, ensure_editable
from app.services.errors import invalid
from app.services.organisation import get

DIRECT_COPY_FIELDS = (
    "name",
    "unit_of_measure",
    "source_system",
    "measurement_text",
    "definition",
    "formula",
    "control",
    "validity",
    "polarity",
    "period_consolidation",
    "measuring_period",
    "target_aspect",
    "target_form",
    "scale_code",
)
INDIRECT_COPY_FIELDS = (
    "unit_of_measure",
    "polarity",
    "period_consolidation",
    "measuring_period",
    "target_aspect",
    "target_form",
    "scale_code",
)


def _child_goal(
    session: Session,
    parent_goal: Goal,
    child: Agreement,
    method: CascadeMethod,
    category: GoalCategory,
) -> Goal:
    existing = session.scalar(
        select(Goal).where(Goal.agreement_id == child.id, Goal.parent_goal_id == parent_goal.id)
    )
    if existing is not None:
        return existing
    goal = Goal(
        agreement_id=child.id,
        category=category,
        number=None,
        text=parent_goal.text,
        parent_goal_id=parent_goal.id,
        cascade_method=method,
        position=_next_position(session, Goal.position, Goal.agreement_id, child.id),
    )
    session.add(goal)
    session.flush()
    goal.number = str(goal.position + 1)
    return goal


def cascade_indicator(
    db: Database,
    parent_indicator_id: str,
    child_agreement_id: str,
    *,
    method: CascadeMethod | str,
    share: Decimal | str | None = None,  # indirect: the child's fraction of the targets
    note: str | None = None,
    name: str | None = None,
) -> str:
    """Create the subordinate's indicator (and sasaran) and the cascade link; returns its id."""
    method = CascadeMethod(method)
    if method == CascadeMethod.NONE:
        raise invalid("cascade_none_method", "method")
    with db.transaction("Cascade indikator") as session:
        parent = get(session, Indicator, parent_indicator_id, "Indikator atasan")
        child_agreement = get(session, Agreement, child_agreement_id, "Perjanjian bawahan")
        ensure_editable(session, child_agreement)
        parent_agreement = parent.goal.agreement
        if child_agreement.id == parent_agreement.id:
            raise invalid("cascade_same_agreement")
        already = session.scalar(
            select(CascadeLink)
            .join(Indicator, CascadeLink.child_indicator_id == Indicator.id)
            .join(Goal, Indicator.goal_id == Goal.id)
            .where(
                CascadeLink.parent_indicator_id == parent.id,
                Goal.agreement_id == child_agreement.id,
            )
        )
        if already is not None:
            raise invalid("cascade_already", "method", indicator=parent.name)
        share_value = coerce(CascadeLink, "share", share)
        if method == CascadeMethod.INDIRECT and share_value is not None and share_value < 0:
            raise invalid("share_negative", "share")
        category = parent.goal.category
        if category == GoalCategory.SS:
            category = GoalCategory.SASARAN
        goal = _child_goal(session, parent.goal, child_agreement, method, category)
        fields = DIRECT_COPY_FIELDS if method == CascadeMethod.DIRECT else INDIRECT_COPY_FIELDS
        child = Indicator(
            goal_id=goal.id,
            name=name or parent.name,
            position=_next_position(session, Indicator.position, Indicator.goal_id, goal.id),
            cascade_method=method,
            cascade_type=CascadeType.CSS
            if parent.cascade_type == CascadeType.CSS
            else CascadeType.C,
            mandatory=parent.mandatory,
        )
        for field in fields:
            setattr(child, field, getattr(parent, field))
        if name:
            child.name = name
        session.add(child)
        session.flush()
        for value in parent.values:
            target = _child_target(value, method, share_value, parent)
            session.add(
                PeriodValue(
                    indicator_id=child.id,
                    period=value.period,
                    target=target,
                    target_upper=value.target_upper if method == CascadeMethod.DIRECT else None,
                    target_label=value.target_label,
                )
            )
        session.add(
            CascadeLink(
                parent_indicator_id=parent.id,
                child_indicator_id=child.id,
                method=method,
                share=share_value,
                note=note,
            )
        )
        return child.id


def _child_target(
    value: PeriodValue, method: CascadeMethod, share: Decimal | None, parent: Indicator
) -> Decimal | None:
    if value.target is None:
        return None
    if method == CascadeMethod.DIRECT or share is None:
        return value.target
    if parent.location_consolidation in (None, LocationConsolidation.SUM):
        return value.target * share  # "dibagi habis": the children's shares add up to 1
    return value.target


def remove_cascade(db: Database, link_id: str) -> None:
    """Untick a matrix cell: tombstone the link and the child indicator it created."""
    with db.transaction("Hapus cascade") as session:
        link = get(session, CascadeLink, link_id, "Cascade")
        child = get(session, Indicator, link.child_indicator_id, "Indikator bawahan")
        ensure_editable(session, child)
        now = dt.datetime.now(dt.UTC)
        link.deleted_at = now
        child.deleted_at = now


def links_of(session: Session, indicator_ids: list[str]) -> dict[str, list[Any]]:
    links: dict[str, list[Any]] = {i: [] for i in indicator_ids}
    for link in session.scalars(
        select(CascadeLink).where(CascadeLink.parent_indicator_id.in_(indicator_ids))
    ):
        links[link.parent_indicator_id].append(link)
    return links

"""The cascade tree as the desktop workspace reads it: one level at a time, with child counts.

unit → sub-units and officials → agreements → sasaran → IKU → the subordinates' IKU cascaded
from it. Only the children of an expanded node are read, a page at a time, so a province-size
tree opens at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session, aliased

from app.models import (
    ActingAssignment,
    Agreement,
    CascadeLink,
    Goal,
    Indicator,
    Official,
    Unit,
)
from app.models.database import Database
from app.models.enums import Level

# Kinds of tree nodes.
ROOT = "root"
UNIT = "unit"
OFFICIAL = "official"
AGREEMENT = "agreement"
GOAL = "goal"
INDICATOR = "indicator"

_LEVEL_ORDER = {level: rank for rank, level in enumerate(Level)}


@dataclass(frozen=True, slots=True)
class TreeNode:
    """One row of the cascade tree.

    `cascade` is the indicator's (or a cascaded child's link) method: direct, indirect or
    none; `agreement_id` is the agreement a goal or indicator belongs to, so the UI can colour
    it from that agreement's score. `owner` names the subordinate for cascaded children.
    """

    kind: str
    id: str
    label: str
    detail: str = ""
    child_count: int = 0
    status: str | None = None
    cascade: str | None = None
    agreement_id: str | None = None
    goal_id: str | None = None
    owner: str | None = None
    number: str | None = None
    year: int | None = None
    code: str | None = None
    #: an official's Plt./Plh./Pj. today, shown beside the name as the PK subtitle shows it
    prefix: str | None = None


def _count_map(session: Session, query: Select[Any]) -> dict[str, int]:
    return {key: count for key, count in session.execute(query)}


def _live_counts(
    session: Session, model: Any, key: Any, ids: Sequence[str], *where: Any
) -> dict[str, int]:
    """How many live (not deleted) `model` rows hang off each of `ids` through column `key`
    (ids with none are absent)."""
    return _count_map(
        session,
        select(key, func.count(model.id))
        .where(key.in_(ids), model.deleted_at.is_(None), *where)
        .group_by(key),
    )


def tree_child_count(db: Database, kind: str, node_id: str | None) -> int:
    """How many children `tree_children` would return for this node (all pages)."""
    with db.session() as session:
        return _child_count(session, kind, node_id)


def _child_count(session: Session, kind: str, node_id: str | None) -> int:
    if kind == ROOT:
        return (
            session.scalar(
                select(func.count(Unit.id)).where(
                    Unit.parent_id.is_(None), Unit.deleted_at.is_(None)
                )
            )
            or 0
        )
    if kind == UNIT:
        units = session.scalar(
            select(func.count(Unit.id)).where(Unit.parent_id == node_id, Unit.deleted_at.is_(None))
        )
        officials = session.scalar(
            select(func.count(Official.id)).where(
                Official.unit_id == node_id, Official.deleted_at.is_(None)
            )
        )
        return (units or 0) + (officials or 0)
    counts = {
        OFFICIAL: _agreement_counts,
        AGREEMENT: _goal_counts,
        GOAL: _indicator_counts,
        INDICATOR: _link_counts,
    }[kind](session, [node_id or ""])
    return counts.get(node_id or "", 0)


def tree_children(
    db: Database, kind: str, node_id: str | None, offset: int = 0, limit: int | None = None
) -> list[TreeNode]:
    """Children of one tree node, `limit` at a time (None: all), in display order.

    root → top units; unit → sub-units, then its officials (highest level first); official →
    agreements (newest first); agreement → sasaran; sasaran → IKU; IKU → the subordinates'
    IKUs cascaded from it.
    """
    with db.session() as session:
        if kind in (ROOT, UNIT):
            return _unit_children(session, node_id, offset, limit)
        if kind == OFFICIAL:
            return _agreement_nodes(session, node_id or "", offset, limit)
        if kind == AGREEMENT:
            return _goal_nodes(session, node_id or "", offset, limit)
        if kind == GOAL:
            return _indicator_nodes(session, node_id or "", offset, limit)
        if kind == INDICATOR:
            return _cascade_nodes(session, node_id or "", offset, limit)
    raise ValueError(f"unknown tree node kind {kind!r}")


def _page(query: Select[Any], offset: int, limit: int | None) -> Select[Any]:
    query = query.offset(offset)
    return query.limit(limit) if limit is not None else query


def _unit_children(
    session: Session, parent_id: str | None, offset: int, limit: int | None
) -> list[TreeNode]:
    parent_clause = Unit.parent_id.is_(None) if parent_id is None else Unit.parent_id == parent_id
    unit_total = (
        session.scalar(select(func.count(Unit.id)).where(parent_clause, Unit.deleted_at.is_(None)))
        or 0
    )
    nodes: list[TreeNode] = []
    if offset < unit_total:
        rows = session.execute(
            _page(
                select(Unit.id, Unit.code, Unit.name)
                .where(parent_clause, Unit.deleted_at.is_(None))
                .order_by(Unit.position, Unit.code),
                offset,
                limit,
            )
        ).all()
        ids = [r.id for r in rows]
        sub = _live_counts(session, Unit, Unit.parent_id, ids)
        people = _live_counts(session, Official, Official.unit_id, ids)
        nodes = [
            TreeNode(
                UNIT,
                r.id,
                r.name,
                detail=r.code,
                child_count=sub.get(r.id, 0) + people.get(r.id, 0),
                code=r.code,
            )
            for r in rows
        ]
    if parent_id is None:
        return nodes
    remaining = None if limit is None else limit - len(nodes)
    if remaining is not None and remaining <= 0:
        return nodes
    level_rank = case(_LEVEL_ORDER, value=Official.level, else_=99)
    acting = aliased(ActingAssignment)
    rows = session.execute(
        _page(
            select(Official.id, Official.name, Official.position_title, Official.nip)
            .where(Official.unit_id == parent_id, Official.deleted_at.is_(None))
            .order_by(level_rank, Official.name),
            max(0, offset - unit_total),
            remaining,
        )
    ).all()
    ids = [r.id for r in rows]
    agreements = _agreement_counts(session, ids)
    today = dt.date.today()
    # The assignment each official acts under today, as the official page shows it (the
    # latest start wins, read last).
    acting_today = {
        a.official_id: a
        for a in session.execute(
            select(acting.official_id, acting.prefix, acting.position_title)
            .where(
                acting.official_id.in_(ids),
                acting.deleted_at.is_(None),
                acting.start_date <= today,
                acting.end_date.is_(None) | (acting.end_date >= today),
            )
            .order_by(acting.start_date)
        )
    }
    for r in rows:
        now = acting_today.get(r.id)
        prefix = now.prefix.value if now else None
        title = f"{prefix} {now.position_title} · {r.position_title}" if now else r.position_title
        nodes.append(
            TreeNode(
                OFFICIAL,
                r.id,
                r.name,
                detail=title,
                child_count=agreements.get(r.id, 0),
                prefix=prefix,
            )
        )
    return nodes


def _agreement_counts(session: Session, owner_ids: Sequence[str]) -> dict[str, int]:
    return _live_counts(session, Agreement, Agreement.owner_id, owner_ids)


def _goal_counts(session: Session, agreement_ids: Sequence[str]) -> dict[str, int]:
    return _live_counts(session, Goal, Goal.agreement_id, agreement_ids)


def _indicator_counts(session: Session, goal_ids: Sequence[str]) -> dict[str, int]:
    return _live_counts(
        session, Indicator, Indicator.goal_id, goal_ids, Indicator.sub_of_id.is_(None)
    )


def _link_counts(session: Session, indicator_ids: Sequence[str]) -> dict[str, int]:
    child = aliased(Indicator)
    return _count_map(
        session,
        select(CascadeLink.parent_indicator_id, func.count(CascadeLink.id))
        .join(child, CascadeLink.child_indicator_id == child.id)
        .where(
            CascadeLink.parent_indicator_id.in_(indicator_ids),
            CascadeLink.deleted_at.is_(None),
            child.deleted_at.is_(None),
        )
        .group_by(CascadeLink.parent_indicator_id),
    )


def _agreement_nodes(
    session: Session, owner_id: str, offset: int, limit: int | None
) -> list[TreeNode]:
    rows = session.execute(
        _page(
            select(Agreement.id, Agreement.year, Agreement.kind, Agreement.status, Unit.name)
            .join(Unit, Agreement.unit_id == Unit.id)
            .where(Agreement.owner_id == owner_id, Agreement.deleted_at.is_(None))
            .order_by(Agreement.year.desc(), Agreement.created_at),
            offset,
            limit,
        )
    ).all()
    goals = _goal_counts(session, [r.id for r in rows])
    return [
        TreeNode(
            AGREEMENT,
            r.id,
            str(r.year),
            detail=r.kind.value,
            child_count=goals.get(r.id, 0),
            status=r.status.value,
            agreement_id=r.id,
            year=r.year,
        )
        for r in rows
    ]


def _goal_nodes(
    session: Session, agreement_id: str, offset: int, limit: int | None
) -> list[TreeNode]:
    rows = session.execute(
        _page(
            select(Goal.id, Goal.number, Goal.text, Goal.category, Goal.cascade_method)
            .where(Goal.agreement_id == agreement_id, Goal.deleted_at.is_(None))
            .order_by(Goal.position),
            offset,
            limit,
        )
    ).all()
    counts = _indicator_counts(session, [r.id for r in rows])
    return [
        TreeNode(
            GOAL,
            r.id,
            r.text,
            detail=r.category.value,
            child_count=counts.get(r.id, 0),
            cascade=r.cascade_method.value if r.cascade_method else None,
            agreement_id=agreement_id,
            goal_id=r.id,
            number=r.number,
        )
        for r in rows
    ]


def _indicator_nodes(
    session: Session, goal_id: str, offset: int, limit: int | None
) -> list[TreeNode]:
    agreement_id = session.scalar(select(Goal.agreement_id).where(Goal.id == goal_id))
    rows = session.execute(
        _page(
            select(Indicator.id, Indicator.number, Indicator.name, Indicator.cascade_method)
            .where(
                Indicator.goal_id == goal_id,
                Indicator.deleted_at.is_(None),
                Indicator.sub_of_id.is_(None),
            )
            .order_by(Indicator.position),
            offset,
            limit,
        )
    ).all()
    counts = _link_counts(session, [r.id for r in rows])
    return [
        TreeNode(
            INDICATOR,
            r.id,
            r.name,
            child_count=counts.get(r.id, 0),
            cascade=r.cascade_method.value if r.cascade_method else None,
            agreement_id=agreement_id,
            goal_id=goal_id,
            number=r.number,
        )
        for r in rows
    ]


def _cascade_nodes(
    session: Session, indicator_id: str, offset: int, limit: int | None
) -> list[TreeNode]:
    child = aliased(Indicator)
    owner = aliased(Official)
    rows = session.execute(
        _page(
            select(
                child.id,
                child.number,
                child.name,
                child.goal_id,
                CascadeLink.method,
                CascadeLink.note,
                Goal.agreement_id,
                owner.name.label("owner_name"),
            )
            .join(child, CascadeLink.child_indicator_id == child.id)
            .join(Goal, child.goal_id == Goal.id)
            .join(Agreement, Goal.agreement_id == Agreement.id)
            .join(owner, Agreement.owner_id == owner.id)
            .where(
                CascadeLink.parent_indicator_id == indicator_id,
                CascadeLink.deleted_at.is_(None),
                child.deleted_at.is_(None),
            )
            .order_by(owner.name, child.position),
            offset,
            limit,
        )
    ).all()
    counts = _link_counts(session, [r.id for r in rows])
    return [
        TreeNode(
            INDICATOR,
            r.id,
            r.name,
            detail=r.note or "",
            child_count=counts.get(r.id, 0),
            cascade=r.method.value,
            agreement_id=r.agreement_id,
            goal_id=r.goal_id,
            owner=r.owner_name,
            number=r.number,
        )
        for r in rows
    ]

"""What the desktop workspace reads, as plain dataclasses, plus the few writes only it needs.

The UI never sees an ORM object or writes SQL: it asks here for one level of the cascade tree
(with child counts, so a province-size tree loads lazily), for the data of one editor, or for
engine inputs and scores. Writes that undo needs and no other service offers yet (restoring a
removed sasaran or program, finalising and reopening an agreement, the Y-2/Y-1 history) are
here too, each one transaction as everywhere else.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.engine.agreement import AgreementInput
from app.engine.enums import Severity
from app.engine.findings import Finding
from app.engine.periods import parse_as_of
from app.engine.profile import Profile
from app.engine.scoring import AgreementScore
from app.engine.scoring import score_agreement as engine_score
from app.models import (
    ActingAssignment,
    Agreement,
    Attachment,
    CascadeLink,
    Goal,
    Indicator,
    IndicatorHistory,
    Official,
    PeriodValue,
    Program,
    Unit,
)
from app.models.database import INCLUDE_DELETED, Database
from app.models.enums import AgreementStatus, AttachmentKind, Level
from app.services.agreements import INDICATOR_METADATA_FIELDS, ensure_editable
from app.services.errors import InvalidInput, NotFound, ServiceError
from app.services.organisation import get
from app.services.profiles import available_profiles, load_profile
from app.services.scoring import agreement_findings, findings_for, load_inputs

# Kinds of tree nodes.
ROOT = "root"
UNIT = "unit"
OFFICIAL = "official"
AGREEMENT = "agreement"
GOAL = "goal"
INDICATOR = "indicator"

PERIODS = ("TW1", "TW2", "TW3", "TW4", "annual")
_LEVEL_ORDER = {level: rank for rank, level in enumerate(Level)}


# --- tree -----------------------------------------------------------------------------------


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


def _count_map(session: Session, query: Select[Any]) -> dict[str, int]:
    return {key: count for key, count in session.execute(query)}


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
        sub = _count_map(
            session,
            select(Unit.parent_id, func.count(Unit.id))
            .where(Unit.parent_id.in_(ids), Unit.deleted_at.is_(None))
            .group_by(Unit.parent_id),
        )
        people = _count_map(
            session,
            select(Official.unit_id, func.count(Official.id))
            .where(Official.unit_id.in_(ids), Official.deleted_at.is_(None))
            .group_by(Official.unit_id),
        )
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
    prefixes = {
        official_id: prefix.value
        for official_id, prefix in session.execute(
            select(acting.official_id, acting.prefix).where(
                acting.official_id.in_(ids), acting.deleted_at.is_(None)
            )
        )
    }
    for r in rows:
        prefix = prefixes.get(r.id)
        title = f"{prefix} {r.position_title}" if prefix else r.position_title
        nodes.append(
            TreeNode(OFFICIAL, r.id, r.name, detail=title, child_count=agreements.get(r.id, 0))
        )
    return nodes


def _agreement_counts(session: Session, owner_ids: Sequence[str]) -> dict[str, int]:
    return _count_map(
        session,
        select(Agreement.owner_id, func.count(Agreement.id))
        .where(Agreement.owner_id.in_(owner_ids), Agreement.deleted_at.is_(None))
        .group_by(Agreement.owner_id),
    )


def _goal_counts(session: Session, agreement_ids: Sequence[str]) -> dict[str, int]:
    return _count_map(
        session,
        select(Goal.agreement_id, func.count(Goal.id))
        .where(Goal.agreement_id.in_(agreement_ids), Goal.deleted_at.is_(None))
        .group_by(Goal.agreement_id),
    )


def _indicator_counts(session: Session, goal_ids: Sequence[str]) -> dict[str, int]:
    return _count_map(
        session,
        select(Indicator.goal_id, func.count(Indicator.id))
        .where(
            Indicator.goal_id.in_(goal_ids),
            Indicator.deleted_at.is_(None),
            Indicator.sub_of_id.is_(None),
        )
        .group_by(Indicator.goal_id),
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


def tree_path(db: Database, kind: str, node_id: str) -> list[tuple[str, str]]:
    """(kind, id) pairs from a top unit down to the node, in the tree's own nesting.

    An agreement sits under its owner, the owner under the owner's unit; a cascaded child
    indicator is reached through its own agreement (not through the parent indicator).
    """
    with db.session() as session:
        path: list[tuple[str, str]] = []
        current_kind, current_id = kind, node_id
        while True:
            path.append((current_kind, current_id))
            if current_kind == INDICATOR:
                goal_id = session.scalar(
                    select(Indicator.goal_id).where(Indicator.id == current_id)
                )
                if goal_id is None:
                    raise NotFound(f"Indikator dengan id {current_id} tidak ditemukan.")
                current_kind, current_id = GOAL, goal_id
            elif current_kind == GOAL:
                agreement_id = session.scalar(
                    select(Goal.agreement_id).where(Goal.id == current_id)
                )
                if agreement_id is None:
                    raise NotFound(f"Sasaran dengan id {current_id} tidak ditemukan.")
                current_kind, current_id = AGREEMENT, agreement_id
            elif current_kind == AGREEMENT:
                owner_id = session.scalar(
                    select(Agreement.owner_id).where(Agreement.id == current_id)
                )
                if owner_id is None:
                    raise NotFound(f"Perjanjian kinerja dengan id {current_id} tidak ditemukan.")
                current_kind, current_id = OFFICIAL, owner_id
            elif current_kind == OFFICIAL:
                unit_id = session.scalar(select(Official.unit_id).where(Official.id == current_id))
                if unit_id is None:
                    return []  # an official without a unit is not in the tree
                current_kind, current_id = UNIT, unit_id
            elif current_kind == UNIT:
                parent_id = session.scalar(select(Unit.parent_id).where(Unit.id == current_id))
                if parent_id is None:
                    return list(reversed(path))
                current_kind, current_id = UNIT, parent_id
            else:
                raise ValueError(f"unknown tree node kind {current_kind!r}")


def _matches(node: TreeNode, segment: str) -> bool:
    key = segment.strip().casefold()
    if not key:
        return False
    candidates = [node.label, node.code or "", node.number or ""]
    if node.year is not None:
        candidates += [str(node.year), f"pk {node.year}"]
    if node.number:
        candidates += [f"iku {node.number}", f"ss {node.number}", f"sasaran {node.number}"]
    folded = [c.casefold() for c in candidates if c]
    return key in folded or any(c.startswith(key) for c in folded[:1])


def resolve_tree_path(db: Database, text: str) -> tuple[str, str] | None:
    """The node a path like "BKD/Maria Qibtya/2024/3" names, or None.

    The first segment is a unit (code or name, at any depth) or an official's name; each
    further segment matches one child by label, code, year or number (a prefix of the label
    also matches, so long sasaran texts can be shortened).
    """
    segments = [s for s in text.split("/") if s.strip()]
    if not segments:
        return None
    first = segments[0].strip()
    with db.session() as session:
        unit_id = session.scalar(
            select(Unit.id)
            .where(
                or_(func.lower(Unit.code) == first.lower(), func.lower(Unit.name) == first.lower()),
                Unit.deleted_at.is_(None),
            )
            .limit(1)
        )
        official_id = None
        if unit_id is None:
            official_id = session.scalar(
                select(Official.id)
                .where(func.lower(Official.name) == first.lower(), Official.deleted_at.is_(None))
                .limit(1)
            )
    if unit_id is not None:
        current: tuple[str, str] = (UNIT, unit_id)
    elif official_id is not None:
        current = (OFFICIAL, official_id)
    else:
        return None
    for segment in segments[1:]:
        children = tree_children(db, current[0], current[1])
        found = next((c for c in children if _matches(c, segment)), None)
        if found is None:
            return None
        current = (found.kind, found.id)
    return current


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str
    id: str
    label: str
    context: str


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_tree(db: Database, text: str, limit: int = 60) -> list[SearchHit]:
    """Units, officials, sasaran and IKU whose name contains `text` (case-insensitive)."""
    text = text.strip()
    if len(text) < 2:
        return []
    pattern = _like(text)
    units: list[SearchHit] = []
    officials: list[SearchHit] = []
    goals: list[SearchHit] = []
    indicators: list[SearchHit] = []
    with db.session() as session:
        for r in session.execute(
            select(Unit.id, Unit.code, Unit.name)
            .where(
                or_(Unit.name.ilike(pattern, escape="\\"), Unit.code.ilike(pattern, escape="\\")),
                Unit.deleted_at.is_(None),
            )
            .order_by(Unit.code)
            .limit(limit)
        ):
            units.append(SearchHit(UNIT, r.id, r.name, r.code))
        for r in session.execute(
            select(Official.id, Official.name, Official.position_title)
            .where(
                or_(
                    Official.name.ilike(pattern, escape="\\"),
                    Official.nip.ilike(pattern, escape="\\"),
                ),
                Official.deleted_at.is_(None),
            )
            .order_by(Official.name)
            .limit(limit)
        ):
            officials.append(SearchHit(OFFICIAL, r.id, r.name, r.position_title))
        owner = aliased(Official)
        for r in session.execute(
            select(Goal.id, Goal.text, owner.name, Agreement.year)
            .join(Agreement, Goal.agreement_id == Agreement.id)
            .join(owner, Agreement.owner_id == owner.id)
            .where(Goal.text.ilike(pattern, escape="\\"), Goal.deleted_at.is_(None))
            .order_by(Agreement.year.desc(), owner.name)
            .limit(limit)
        ):
            goals.append(SearchHit(GOAL, r.id, r.text, f"{r.name} · {r.year}"))
        for r in session.execute(
            select(Indicator.id, Indicator.name, owner.name.label("owner_name"), Agreement.year)
            .join(Goal, Indicator.goal_id == Goal.id)
            .join(Agreement, Goal.agreement_id == Agreement.id)
            .join(owner, Agreement.owner_id == owner.id)
            .where(
                Indicator.name.ilike(pattern, escape="\\"),
                Indicator.deleted_at.is_(None),
                Indicator.sub_of_id.is_(None),
            )
            .order_by(Agreement.year.desc(), owner.name)
            .limit(limit)
        ):
            indicators.append(SearchHit(INDICATOR, r.id, r.name, f"{r.owner_name} · {r.year}"))
    # Units and officials first (few), then sasaran and IKU sharing what is left fairly.
    hits = (units + officials)[: limit // 2]
    room = limit - len(hits)
    goal_share = max(room - len(indicators), room // 2)
    hits += goals[:goal_share]
    hits += indicators[: limit - len(hits)]
    return hits


# --- unit and official pages -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UnitSummary:
    id: str
    code: str
    name: str
    kind: str
    profile_code: str
    parent_name: str | None
    unit_count: int
    official_count: int
    agreements_by_status: dict[str, int]


def unit_summary(db: Database, unit_id: str) -> UnitSummary:
    with db.session() as session:
        unit = get(session, Unit, unit_id, "Unit")
        parent = session.get(Unit, unit.parent_id) if unit.parent_id else None
        units = session.scalar(
            select(func.count(Unit.id)).where(Unit.parent_id == unit_id, Unit.deleted_at.is_(None))
        )
        officials = session.scalar(
            select(func.count(Official.id)).where(
                Official.unit_id == unit_id, Official.deleted_at.is_(None)
            )
        )
        statuses = {
            status.value: n
            for status, n in session.execute(
                select(Agreement.status, func.count(Agreement.id))
                .where(Agreement.unit_id == unit_id, Agreement.deleted_at.is_(None))
                .group_by(Agreement.status)
            )
        }
        return UnitSummary(
            unit.id,
            unit.code,
            unit.name,
            unit.kind.value,
            unit.profile_code,
            parent.name if parent else None,
            units or 0,
            officials or 0,
            statuses,
        )


@dataclass(frozen=True, slots=True)
class ActingRow:
    prefix: str
    position_title: str
    start_date: dt.date
    end_date: dt.date | None


@dataclass(frozen=True, slots=True)
class OfficialSummary:
    id: str
    name: str
    nip: str | None
    rank: str | None
    position_title: str
    level: str
    employment_status: str
    unit_id: str | None
    unit_name: str | None
    profile_code: str
    superior_id: str | None
    superior_name: str | None
    acting: tuple[ActingRow, ...]
    agreement_count: int


def official_summary(db: Database, official_id: str) -> OfficialSummary:
    with db.session() as session:
        official = get(session, Official, official_id, "Pejabat")
        unit = session.get(Unit, official.unit_id) if official.unit_id else None
        superior = session.get(Official, official.superior_id) if official.superior_id else None
        acting = tuple(
            ActingRow(a.prefix.value, a.position_title, a.start_date, a.end_date)
            for a in session.scalars(
                select(ActingAssignment)
                .where(ActingAssignment.official_id == official_id)
                .order_by(ActingAssignment.start_date)
            )
        )
        count = session.scalar(
            select(func.count(Agreement.id)).where(
                Agreement.owner_id == official_id, Agreement.deleted_at.is_(None)
            )
        )
        return OfficialSummary(
            official.id,
            official.name,
            official.nip,
            official.rank,
            official.position_title,
            official.level.value,
            official.employment_status.value,
            unit.id if unit else None,
            unit.name if unit else None,
            unit.profile_code if unit else "dki",
            superior.id if superior else None,
            superior.name if superior else None,
            acting,
            count or 0,
        )


@dataclass(frozen=True, slots=True)
class Choice:
    """An item for a picker: id, what the list shows, and a second line."""

    id: str
    label: str
    detail: str = ""


def official_choices(db: Database) -> list[Choice]:
    """Every official, by name, for the Pihak Pertama / Pihak Kedua pickers."""
    with db.session() as session:
        return [
            Choice(r.id, r.name, r.position_title)
            for r in session.execute(
                select(Official.id, Official.name, Official.position_title)
                .where(Official.deleted_at.is_(None))
                .order_by(Official.name)
            )
        ]


def unit_choices(db: Database) -> list[Choice]:
    with db.session() as session:
        return [
            Choice(r.id, r.name, r.code)
            for r in session.execute(
                select(Unit.id, Unit.code, Unit.name)
                .where(Unit.deleted_at.is_(None))
                .order_by(Unit.code)
            )
        ]


def profile_choices() -> list[Choice]:
    return [Choice(code, load_profile(code).name) for code in available_profiles()]


# --- agreement editor ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProgramRow:
    id: str
    code: str | None
    name: str
    budget: Decimal
    note: str | None


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    id: str
    kind: str
    file_name: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    id: str
    goal_id: str
    number: str | None
    name: str
    unit_of_measure: str | None
    validity: str | None
    control: str | None
    polarity: str | None
    period_consolidation: str | None
    measuring_period: str | None
    cascade_method: str | None
    target_form: str
    annual_target: Decimal | None
    annual_target_upper: Decimal | None
    annual_target_label: str | None
    mandatory: bool


@dataclass(frozen=True, slots=True)
class GoalRow:
    id: str
    category: str
    number: str | None
    text: str
    cascade_method: str | None
    indicators: tuple[IndicatorRow, ...]


@dataclass(frozen=True, slots=True)
class AgreementDetail:
    id: str
    year: int
    profile_code: str
    kind: str
    status: str
    unit_id: str
    unit_name: str
    owner_id: str
    owner_name: str
    owner_nip: str | None
    owner_level: str
    owner_title: str | None
    owner_prefix: str | None
    superior_id: str | None
    superior_name: str | None
    superior_nip: str | None
    superior_title: str | None
    superior_prefix: str | None
    signing_place: str | None
    signing_date: dt.date | None
    parent_id: str | None
    goals: tuple[GoalRow, ...]
    programs: tuple[ProgramRow, ...]
    attachments: tuple[AttachmentRow, ...]
    categories: tuple[tuple[str, str], ...]

    @property
    def locked(self) -> bool:
        return self.status in (AgreementStatus.SIGNED.value, AgreementStatus.SUPERSEDED.value)

    @property
    def budget_total(self) -> Decimal:
        return sum((p.budget for p in self.programs), Decimal(0))

    def indicator_count(self) -> int:
        return sum(len(g.indicators) for g in self.goals)


def _enum_value(value: Any) -> str | None:
    return None if value is None else str(value.value)


def agreement_detail(db: Database, agreement_id: str) -> AgreementDetail:
    """Everything the agreement editor shows: header, parties, sasaran with IKU, programs."""
    with db.session() as session:
        agreement = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        owner = session.get(Official, agreement.owner_id)
        superior = session.get(Official, agreement.superior_id) if agreement.superior_id else None
        unit = session.get(Unit, agreement.unit_id)
        assert owner is not None and unit is not None
        goals = list(
            session.scalars(
                select(Goal)
                .where(Goal.agreement_id == agreement_id, Goal.deleted_at.is_(None))
                .order_by(Goal.position)
            )
        )
        goal_ids = [g.id for g in goals]
        indicators = list(
            session.scalars(
                select(Indicator)
                .where(
                    Indicator.goal_id.in_(goal_ids),
                    Indicator.deleted_at.is_(None),
                    Indicator.sub_of_id.is_(None),
                )
                .order_by(Indicator.position)
            )
        )
        annual = {
            pv.indicator_id: pv
            for pv in session.scalars(
                select(PeriodValue).where(
                    PeriodValue.indicator_id.in_([i.id for i in indicators]),
                    PeriodValue.period == "annual",
                    PeriodValue.deleted_at.is_(None),
                )
            )
        }
        by_goal: dict[str, list[IndicatorRow]] = defaultdict(list)
        for ind in indicators:
            pv = annual.get(ind.id)
            by_goal[ind.goal_id].append(
                IndicatorRow(
                    ind.id,
                    ind.goal_id,
                    ind.number,
                    ind.name,
                    ind.unit_of_measure,
                    _enum_value(ind.validity),
                    _enum_value(ind.control),
                    _enum_value(ind.polarity),
                    _enum_value(ind.period_consolidation),
                    _enum_value(ind.measuring_period),
                    _enum_value(ind.cascade_method),
                    ind.target_form.value,
                    pv.target if pv else None,
                    pv.target_upper if pv else None,
                    pv.target_label if pv else None,
                    ind.mandatory,
                )
            )
        programs = tuple(
            ProgramRow(p.id, p.code, p.name, p.budget, p.note)
            for p in session.scalars(
                select(Program)
                .where(Program.agreement_id == agreement_id, Program.deleted_at.is_(None))
                .order_by(Program.position)
            )
        )
        attachments = tuple(
            AttachmentRow(a.id, a.kind.value, a.file_name, a.size, a.sha256)
            for a in session.scalars(
                select(Attachment)
                .where(Attachment.agreement_id == agreement_id, Attachment.deleted_at.is_(None))
                .order_by(Attachment.created_at)
            )
        )
        try:
            categories = tuple(
                (c.code, c.label) for c in load_profile(agreement.profile_code).categories
            )
        except InvalidInput:
            categories = ()
        return AgreementDetail(
            id=agreement.id,
            year=agreement.year,
            profile_code=agreement.profile_code,
            kind=agreement.kind.value,
            status=agreement.status.value,
            unit_id=unit.id,
            unit_name=unit.name,
            owner_id=owner.id,
            owner_name=owner.name,
            owner_nip=owner.nip,
            owner_level=owner.level.value,
            owner_title=agreement.owner_title,
            owner_prefix=_enum_value(agreement.owner_prefix),
            superior_id=superior.id if superior else None,
            superior_name=superior.name if superior else None,
            superior_nip=superior.nip if superior else None,
            superior_title=agreement.superior_title,
            superior_prefix=_enum_value(agreement.superior_prefix),
            signing_place=agreement.signing_place,
            signing_date=agreement.signing_date,
            parent_id=agreement.parent_id,
            goals=tuple(
                GoalRow(
                    g.id,
                    g.category.value,
                    g.number,
                    g.text,
                    _enum_value(g.cascade_method),
                    tuple(by_goal.get(g.id, ())),
                )
                for g in goals
            ),
            programs=programs,
            attachments=attachments,
            categories=categories,
        )


# --- indicator editor ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PeriodValueRow:
    target: Decimal | None = None
    target_upper: Decimal | None = None
    target_label: str | None = None
    actual: Decimal | None = None
    actual_label: str | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    evidence: str | None = None


@dataclass(frozen=True, slots=True)
class HistoryRow:
    id: str
    year: int
    target: Decimal | None
    actual: Decimal | None
    note: str | None


@dataclass(frozen=True, slots=True)
class LinkRow:
    link_id: str
    indicator_id: str
    indicator_name: str
    owner_name: str
    method: str
    share: Decimal | None
    note: str | None


METADATA_FIELDS = INDICATOR_METADATA_FIELDS


@dataclass(frozen=True, slots=True)
class IndicatorDetail:
    """An IKU with every metadata field (as plain strings/bools), its values and context."""

    id: str
    goal_id: str
    goal_number: str | None
    goal_text: str
    goal_category: str
    agreement_id: str
    agreement_year: int
    agreement_status: str
    owner_name: str
    owner_level: str
    profile_code: str
    metadata: dict[str, Any]
    values: dict[str, PeriodValueRow]
    history: tuple[HistoryRow, ...]
    parents: tuple[LinkRow, ...]
    children: tuple[LinkRow, ...]
    scale_labels: tuple[tuple[str, Decimal], ...] = field(default=())

    @property
    def locked(self) -> bool:
        return self.agreement_status in (
            AgreementStatus.SIGNED.value,
            AgreementStatus.SUPERSEDED.value,
        )

    @property
    def name(self) -> str:
        return str(self.metadata["name"])

    def value(self, period: str) -> PeriodValueRow:
        return self.values.get(period, PeriodValueRow())

    @property
    def uses_raw_data(self) -> bool:
        return (
            any(v.numerator is not None or v.denominator is not None for v in self.values.values())
            or self.metadata.get("location_consolidation") == "raw"
        )


def _links(session: Session, indicator_id: str, *, children: bool) -> tuple[LinkRow, ...]:
    other = aliased(Indicator)
    owner = aliased(Official)
    own_column = CascadeLink.parent_indicator_id if children else CascadeLink.child_indicator_id
    other_column = CascadeLink.child_indicator_id if children else CascadeLink.parent_indicator_id
    rows = session.execute(
        select(CascadeLink, other.id, other.name, owner.name)
        .join(other, other_column == other.id)
        .join(Goal, other.goal_id == Goal.id)
        .join(Agreement, Goal.agreement_id == Agreement.id)
        .join(owner, Agreement.owner_id == owner.id)
        .where(own_column == indicator_id, other.deleted_at.is_(None))
        .order_by(owner.name)
    )
    return tuple(
        LinkRow(link.id, oid, oname, owner_name, link.method.value, link.share, link.note)
        for link, oid, oname, owner_name in rows
    )


def indicator_detail(db: Database, indicator_id: str) -> IndicatorDetail:
    with db.session() as session:
        ind = get(session, Indicator, indicator_id, "Indikator")
        goal = session.get(Goal, ind.goal_id)
        assert goal is not None
        agreement = session.get(Agreement, goal.agreement_id)
        assert agreement is not None
        owner = session.get(Official, agreement.owner_id)
        assert owner is not None
        metadata: dict[str, Any] = {}
        for name in METADATA_FIELDS:
            value = getattr(ind, name)
            metadata[name] = value.value if hasattr(value, "value") else value
        values = {
            pv.period.value: PeriodValueRow(
                pv.target,
                pv.target_upper,
                pv.target_label,
                pv.actual,
                pv.actual_label,
                pv.numerator,
                pv.denominator,
                pv.evidence,
            )
            for pv in session.scalars(
                select(PeriodValue).where(
                    PeriodValue.indicator_id == indicator_id, PeriodValue.deleted_at.is_(None)
                )
            )
        }
        history = tuple(
            HistoryRow(h.id, h.year, h.target, h.actual, h.note)
            for h in session.scalars(
                select(IndicatorHistory)
                .where(
                    IndicatorHistory.indicator_id == indicator_id,
                    IndicatorHistory.deleted_at.is_(None),
                )
                .order_by(IndicatorHistory.year)
            )
        )
        scale_labels: tuple[tuple[str, Decimal], ...] = ()
        try:
            profile = load_profile(agreement.profile_code)
            scale = profile.scales.get(ind.scale_code or "")
            if scale is not None:
                scale_labels = tuple((item.label, item.value) for item in scale.items)
        except InvalidInput:
            pass
        return IndicatorDetail(
            id=ind.id,
            goal_id=goal.id,
            goal_number=goal.number,
            goal_text=goal.text,
            goal_category=goal.category.value,
            agreement_id=agreement.id,
            agreement_year=agreement.year,
            agreement_status=agreement.status.value,
            owner_name=owner.name,
            owner_level=owner.level.value,
            profile_code=agreement.profile_code,
            metadata=metadata,
            values=values,
            history=history,
            parents=_links(session, indicator_id, children=False),
            children=_links(session, indicator_id, children=True),
            scale_labels=scale_labels,
        )


def scale_choices(profile_code: str) -> list[Choice]:
    """The predicate scales of a profile (audit opinion, survey category, SAKIP grade)."""
    profile = load_profile(profile_code)
    return [Choice(s.code, s.label) for s in profile.scales.values()]


# --- engine inputs and scores ----------------------------------------------------------------


def agreement_input(db: Database, agreement_id: str) -> tuple[AgreementInput, Profile]:
    """The engine's input for one agreement and its profile, for live previews in the UI."""
    with db.session() as session:
        inputs = load_inputs(session, lambda q: q.where(Agreement.id == agreement_id))
    if not inputs:
        raise NotFound(f"Perjanjian kinerja dengan id {agreement_id} tidak ditemukan.")
    meta, data = inputs[0]
    return data, load_profile(meta.profile_code)


def agreement_scores(
    db: Database, agreement_ids: Iterable[str], as_of: str
) -> dict[str, AgreementScore]:
    """Scores of several agreements for one period (for the tree's capaian colours)."""
    ids = sorted(set(agreement_ids))
    if not ids:
        return {}
    period = parse_as_of(as_of)
    with db.session() as session:
        inputs = load_inputs(session, lambda q: q.where(Agreement.id.in_(ids)))
    return {
        meta.id: engine_score(data, load_profile(meta.profile_code), period)
        for meta, data in inputs
    }


def unit_findings(db: Database, unit_id: str) -> dict[str, list[Finding]]:
    """Findings of every agreement made in a unit, per agreement id."""
    return findings_for(db, lambda q: q.where(Agreement.unit_id == unit_id))


def agreement_labels(db: Database, agreement_ids: Iterable[str]) -> dict[str, str]:
    """ "Maria Qibtya · 2024" for each agreement id (to title findings of a unit)."""
    ids = list(set(agreement_ids))
    with db.session() as session:
        return {
            a_id: f"{name} · {year}"
            for a_id, name, year in session.execute(
                select(Agreement.id, Official.name, Agreement.year)
                .join(Official, Agreement.owner_id == Official.id)
                .where(Agreement.id.in_(ids))
            )
        }


# --- lifecycle and undo helpers --------------------------------------------------------------


class FinalizeRefused(ServiceError):
    """Rule errors block "Finalkan"; `errors` are the blocking findings."""

    def __init__(self, message: str, errors: list[Finding]) -> None:
        super().__init__(message)
        self.errors = errors


def finalize_agreement(db: Database, agreement_id: str) -> str:
    """Draft → final, refused while any rule reports an error. Returns the old status."""
    errors = [f for f in agreement_findings(db, agreement_id) if f.severity is Severity.ERROR]
    if errors:
        raise FinalizeRefused(
            f"Perjanjian kinerja belum dapat difinalkan: masih ada {len(errors)} galat "
            "pada panel aturan.",
            errors,
        )
    with db.transaction("Finalkan perjanjian kinerja") as session:
        agreement = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        ensure_editable(session, agreement)
        old = agreement.status.value
        if agreement.status is not AgreementStatus.DRAFT and agreement.status is not (
            AgreementStatus.FINAL
        ):
            raise InvalidInput(
                "Hanya perjanjian kinerja berstatus draf yang dapat difinalkan.", field="status"
            )
        agreement.status = AgreementStatus.FINAL
        return old


def set_agreement_status(db: Database, agreement_id: str, status: str) -> str:
    """Back to draft (or the undo of a finalisation); signed agreements stay frozen.

    Finalising goes through `finalize_agreement`, which checks the rules first.
    """
    wanted = AgreementStatus(status)
    if wanted not in (AgreementStatus.DRAFT, AgreementStatus.FINAL):
        raise InvalidInput("Status ini hanya dapat diubah lewat penandatanganan.", field="status")
    if wanted is AgreementStatus.FINAL:
        return finalize_agreement(db, agreement_id)
    with db.transaction("Kembalikan perjanjian kinerja ke draf") as session:
        agreement = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        ensure_editable(session, agreement)
        old = agreement.status.value
        agreement.status = wanted
        return old


def restore_goal(db: Database, goal_id: str) -> None:
    """Undo of removing a sasaran: the sasaran and the IKU removed with it come back."""
    with db.transaction("Pulihkan sasaran") as session:
        goal = session.get(Goal, goal_id, execution_options={INCLUDE_DELETED: True})
        if goal is None:
            raise NotFound(f"Sasaran dengan id {goal_id} tidak ditemukan.")
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
            raise NotFound(f"Program dengan id {program_id} tidak ditemukan.")
        ensure_editable(session, program)
        program.deleted_at = None


def set_history(
    db: Database,
    indicator_id: str,
    year: int,
    *,
    target: Decimal | None,
    actual: Decimal | None,
    note: str | None = None,
) -> tuple[Decimal | None, Decimal | None]:
    """Set the Y-2/Y-1 target and realisation of one year; returns the old (target, actual)."""
    with db.transaction("Ubah riwayat indikator") as session:
        indicator = get(session, Indicator, indicator_id, "Indikator")
        agreement = ensure_editable(session, indicator)
        if not agreement.year - 5 <= int(year) < agreement.year:
            raise InvalidInput(
                f"Tahun riwayat {year} harus sebelum tahun perjanjian {agreement.year}.",
                field="year",
            )
        row = session.scalar(
            select(IndicatorHistory).where(
                IndicatorHistory.indicator_id == indicator_id, IndicatorHistory.year == int(year)
            )
        )
        if row is None:
            row = IndicatorHistory(indicator_id=indicator_id, year=int(year))
            session.add(row)
        old = (row.target, row.actual)
        row.target, row.actual = target, actual
        if note is not None:
            row.note = note
        return old


def new_agreement_defaults(db: Database, official_id: str) -> dict[str, Any]:
    """Sensible values for a new agreement of an official: unit, superior, profile, year."""
    summary = official_summary(db, official_id)
    with db.session() as session:
        last_year = session.scalar(
            select(func.max(Agreement.year)).where(
                Agreement.owner_id == official_id, Agreement.deleted_at.is_(None)
            )
        )
    return {
        "unit_id": summary.unit_id,
        "superior_id": summary.superior_id,
        "profile_code": summary.profile_code,
        "year": (last_year + 1) if last_year else dt.date.today().year,
    }


def restore_agreement(db: Database, agreement_id: str) -> None:
    """Undo of deleting a draft agreement."""
    with db.transaction("Pulihkan perjanjian kinerja") as session:
        agreement = session.get(Agreement, agreement_id, execution_options={INCLUDE_DELETED: True})
        if agreement is None:
            raise NotFound(f"Perjanjian kinerja dengan id {agreement_id} tidak ditemukan.")
        agreement.deleted_at = None


# --- attachments -----------------------------------------------------------------------------

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
_MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
}


def attach_scan(db: Database, agreement_id: str, path: str | os.PathLike[str]) -> str:
    """Attach a scan of the signed copy (PDF or image), stored with its SHA-256."""
    source = Path(path)
    media_type = _MEDIA_TYPES.get(source.suffix.lower())
    if media_type is None:
        raise InvalidInput(
            f"Berkas {source.name} bukan PDF atau gambar (PNG, JPG, TIFF).", field="file"
        )
    try:
        size = source.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise InvalidInput(
                f"Berkas {source.name} lebih dari 50 MB; perkecil resolusi pindaiannya.",
                field="file",
            )
        content = source.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"Berkas {source.name} tidak dapat dibaca ({exc.strerror}).") from exc
    with db.transaction("Lampirkan pindaian") as session:
        agreement = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        ensure_editable(session, agreement)
        attachment = Attachment(
            agreement_id=agreement_id,
            kind=AttachmentKind.SIGNED_SCAN,
            file_name=source.name,
            media_type=media_type,
            sha256=hashlib.sha256(content).hexdigest(),
            size=len(content),
            content=content,
        )
        session.add(attachment)
        session.flush()
        return attachment.id


def set_attachment_removed(db: Database, attachment_id: str, removed: bool) -> None:
    """Remove an attachment (a tombstone) or bring it back (undo)."""
    with db.transaction("Hapus lampiran" if removed else "Pulihkan lampiran") as session:
        attachment = session.get(
            Attachment, attachment_id, execution_options={INCLUDE_DELETED: True}
        )
        if attachment is None:
            raise NotFound(f"Lampiran dengan id {attachment_id} tidak ditemukan.")
        ensure_editable(session, session.get(Agreement, attachment.agreement_id))
        attachment.deleted_at = dt.datetime.now(dt.UTC) if removed else None

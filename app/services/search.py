"""Finding a node of the cascade tree: by typed path ("BKD/Maria Qibtya/2024/3") or by words."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased

from app.models import (
    Agreement,
    Goal,
    Indicator,
    Official,
    Unit,
)
from app.models.database import Database
from app.services.errors import missing
from app.services.tree import AGREEMENT, GOAL, INDICATOR, OFFICIAL, UNIT, TreeNode, tree_children


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
                    raise missing("Indikator", current_id)
                current_kind, current_id = GOAL, goal_id
            elif current_kind == GOAL:
                agreement_id = session.scalar(
                    select(Goal.agreement_id).where(Goal.id == current_id)
                )
                if agreement_id is None:
                    raise missing("Sasaran", current_id)
                current_kind, current_id = AGREEMENT, agreement_id
            elif current_kind == AGREEMENT:
                owner_id = session.scalar(
                    select(Agreement.owner_id).where(Agreement.id == current_id)
                )
                if owner_id is None:
                    raise missing("Perjanjian kinerja", current_id)
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

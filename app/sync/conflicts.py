"""Open conflicts and their resolution by a person: keep the current value, take the incoming
one, or type another. A resolution is a new revision that supersedes both heads, so it
travels like any edit and the conflict closes on every installation that receives it."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update

from app.models.changelog import SyncConflict, SyncRevision, dumps, local_origin, next_seq
from app.models.database import Database
from app.sync import entities
from app.sync.errors import SyncError
from app.sync.importer import conflict_row
from app.sync.merge import fold
from app.sync.revisions import by_entity, from_row, replace_heads

KEEP, TAKE = "current", "incoming"


@dataclass(frozen=True)
class OpenConflict:
    id: str
    kind: str
    entity: str
    entity_id: str
    field: str | None
    base: Any
    current: Any
    incoming: Any


def open_conflicts(db: Database) -> list[OpenConflict]:
    with db.session() as session:
        rows = session.scalars(select(SyncConflict).order_by(SyncConflict.entity, SyncConflict.id))
        return [
            OpenConflict(
                id=row.id,
                kind=row.kind,
                entity=row.entity,
                entity_id=row.entity_id,
                field=row.field,
                base=json.loads(row.base) if row.base else None,
                current=json.loads(row.current) if row.current else None,
                incoming=json.loads(row.incoming) if row.incoming else None,
            )
            for row in rows
        ]


def resolve(db: Database, conflict_id: str, choice: str, value: Any = None) -> None:
    """Close a conflict with the current value, the incoming one, or `value` (JSON form)."""
    with db.transaction("Selesaikan konflik") as session:
        conn = session.connection()
        row = session.get(SyncConflict, conflict_id)
        if row is None:
            raise SyncError("conflict_unknown", conflict=conflict_id)
        table = entities.synced_tables()[row.entity]
        changed: dict[str, Any] = {}
        if row.field is not None:
            chosen = {KEEP: row.current, TAKE: row.incoming}.get(choice)
            changed[row.field] = json.loads(chosen) if chosen is not None else value
            entities.decode_value(table, row.field, changed[row.field])
        history = by_entity(conn, [row.entity_id])[row.entity_id]
        heads = fold(history).heads
        origin = local_origin(conn)
        now = dt.datetime.now(dt.UTC)
        revision = {
            "rev_id": str(uuid.uuid4()),
            "entity": row.entity,
            "entity_id": row.entity_id,
            "base_rev_id": heads[-1],
            "merges": dumps(heads[:-1]) if len(heads) > 1 else None,
            "origin": origin,
            "origin_seq": next_seq(conn, origin),
            "changed": dumps(changed),
            "before": dumps({k: json.loads(row.current or "null") for k in changed}),
            "deleted": False,
            "author": db.user,
            "edited_at": now,
        }
        current = entities.read_rows(conn, row.entity, [row.entity_id]).get(row.entity_id)
        revision["deleted"] = bool(current and current.get("deleted_at"))
        conn.execute(insert(SyncRevision.__table__), [revision])
        history[revision["rev_id"]] = from_row(_Row(revision))
        folded = fold(history)
        replace_heads(conn, {(row.entity, row.entity_id): folded.heads})
        conn.execute(delete(SyncConflict.__table__).where(SyncConflict.entity_id == row.entity_id))
        if folded.conflicts:
            conn.execute(
                insert(SyncConflict.__table__), [conflict_row(c) for c in folded.conflicts]
            )
        values = {k: entities.decode_value(table, k, v) for k, v in changed.items()}
        if values:
            conn.execute(
                update(table)
                .where(table.c.id == row.entity_id)
                .values(**values, revision=table.c.revision + 1, updated_at=now)
            )


class _Row:
    def __init__(self, data: dict[str, Any]) -> None:
        self.__dict__.update(data)

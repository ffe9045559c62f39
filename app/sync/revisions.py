"""Reading and writing the change log with SQLAlchemy Core (no dialect-specific SQL), and the
upsert the ledger and state tables use on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, update

from app.models.changelog import SyncHead, SyncRevision, dumps
from app.sync.merge import Revision

CHUNK = 500


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def normalise_iso(text: str) -> str:
    return iso(dt.datetime.fromisoformat(text))


def from_row(row: Any) -> Revision:
    return Revision(
        rev_id=row.rev_id,
        entity=row.entity,
        entity_id=row.entity_id,
        base_rev_id=row.base_rev_id,
        merges=tuple(json.loads(row.merges)) if row.merges else (),
        origin=row.origin,
        origin_seq=row.origin_seq,
        changed=json.loads(row.changed),
        before=json.loads(row.before),
        deleted=bool(row.deleted),
        author=row.author,
        edited_at=iso(row.edited_at),
    )


def to_row(revision: Revision, received_in: str | None) -> dict[str, Any]:
    return {
        "rev_id": revision.rev_id,
        "entity": revision.entity,
        "entity_id": revision.entity_id,
        "base_rev_id": revision.base_rev_id,
        "merges": dumps(list(revision.merges)) if revision.merges else None,
        "origin": revision.origin,
        "origin_seq": revision.origin_seq,
        "changed": dumps(revision.changed),
        "before": dumps(revision.before),
        "deleted": revision.deleted,
        "author": revision.author,
        "edited_at": dt.datetime.fromisoformat(revision.edited_at),
        "received_in": received_in,
    }


def _chunks(values: Iterable[str]) -> Iterable[list[str]]:
    items = sorted(set(values))
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def by_entity(conn: Connection, entity_ids: Iterable[str]) -> dict[str, dict[str, Revision]]:
    table = SyncRevision.__table__
    out: dict[str, dict[str, Revision]] = {}
    for chunk in _chunks(entity_ids):
        for row in conn.execute(select(table).where(table.c.entity_id.in_(chunk))):
            out.setdefault(row.entity_id, {})[row.rev_id] = from_row(row)
    return out


def by_rev_id(conn: Connection, rev_ids: Iterable[str]) -> dict[str, Revision]:
    table = SyncRevision.__table__
    out: dict[str, Revision] = {}
    for chunk in _chunks(rev_ids):
        for row in conn.execute(select(table).where(table.c.rev_id.in_(chunk))):
            out[row.rev_id] = from_row(row)
    return out


def replace_heads(
    conn: Connection, heads: dict[tuple[str, str], list[str]], new: set[str] | None = None
) -> None:
    """Set the heads of each (entity, id) to exactly the given revisions (`new`: entity ids
    with no history before, so no heads to delete)."""
    new = new or set()
    table = SyncHead.__table__
    for chunk in _chunks(entity_id for _, entity_id in heads if entity_id not in new):
        conn.execute(delete(table).where(table.c.entity_id.in_(chunk)))
    rows = [
        {"rev_id": rev, "entity": entity, "entity_id": entity_id}
        for (entity, entity_id), revs in heads.items()
        for rev in revs
    ]
    if rows:
        conn.execute(insert(table), rows)


def upsert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert or update by primary key, with the dialect's own ON CONFLICT where it has one."""
    if not rows:
        return
    keys = [c.name for c in table.primary_key.columns]
    dialect = conn.dialect.name
    if dialect in ("sqlite", "postgresql"):
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        else:
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        for row in rows:
            statement = dialect_insert(table).values(**row)
            others = {k: statement.excluded[k] for k in row if k not in keys}
            if others:
                statement = statement.on_conflict_do_update(index_elements=keys, set_=others)
            else:
                statement = statement.on_conflict_do_nothing(index_elements=keys)
            conn.execute(statement)
        return
    for row in rows:  # pragma: no cover - other dialects: read, then insert or update
        where = [table.c[k] == row[k] for k in keys]
        if conn.execute(select(*[table.c[k] for k in keys]).where(*where)).first():
            conn.execute(update(table).where(*where).values(**row))
        else:
            conn.execute(insert(table).values(**row))

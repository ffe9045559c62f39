"""Reading and writing the change log with SQLAlchemy Core (no dialect-specific SQL), and the
upsert the ledger and state tables use on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, update

from app.models.changelog import SyncHead, SyncRevision, dumps, insert_log_rows
from app.sync.entities import chunks
from app.sync.merge import Revision


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


# The columns of a changes.jsonl line, in the order of its keys ("id" is `entity_id`).
LINE_COLUMNS = (
    "author",
    "base_rev_id",
    "before",
    "changed",
    "deleted",
    "edited_at",
    "entity",
    "entity_id",
    "merges",
    "origin",
    "origin_seq",
    "rev_id",
)
# The line with its keys in sorted order, as canonical JSON writes them.
_LINE = (
    '{"author":%s,"base_rev_id":%s,"before":%s,"changed":%s,"deleted":%s,"edited_at":"%s",'
    '"entity":%s,"id":%s%s,"origin":%s,"origin_seq":%d,"rev_id":%s}\n'
)


def line_bytes(values: Sequence[Any]) -> bytes:
    """`canonical_json(revision.line()) + b"\\n"` from a stored row's `LINE_COLUMNS` values.

    `changed`, `before` and `merges` are stored in canonical form already (sorted keys, no
    spaces), so an export of thousands of revisions need not parse and re-serialise them.
    """
    author, base, before, changed, deleted, edited_at, entity, entity_id, merges = values[:9]
    origin, origin_seq, rev_id = values[9:12]
    return (
        _LINE
        % (
            encode_basestring(author),
            "null" if base is None else encode_basestring(base),
            before,
            changed,
            "true" if deleted else "false",
            iso(edited_at),
            encode_basestring(entity),
            encode_basestring(entity_id),
            f',"merges":{merges}' if merges and merges != "[]" else "",
            encode_basestring(origin),
            origin_seq,
            encode_basestring(rev_id),
        )
    ).encode()


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


def by_entity(conn: Connection, entity_ids: Iterable[str]) -> dict[str, dict[str, Revision]]:
    table = SyncRevision.__table__
    out: dict[str, dict[str, Revision]] = {}
    for chunk in chunks(entity_ids):
        for row in conn.execute(select(table).where(table.c.entity_id.in_(chunk))):
            out.setdefault(row.entity_id, {})[row.rev_id] = from_row(row)
    return out


def by_rev_id(conn: Connection, rev_ids: Iterable[str]) -> dict[str, Revision]:
    table = SyncRevision.__table__
    out: dict[str, Revision] = {}
    for chunk in chunks(rev_ids):
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
    for chunk in chunks(entity_id for _, entity_id in heads if entity_id not in new):
        conn.execute(delete(table).where(table.c.entity_id.in_(chunk)))
    rows = [
        {"rev_id": rev, "entity": entity, "entity_id": entity_id}
        for (entity, entity_id), revs in heads.items()
        for rev in revs
    ]
    insert_log_rows(conn, table, rows)


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
        # One executemany per key set (callers pass rows of one shape: usually one statement).
        shapes: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row in rows:
            shapes.setdefault(tuple(row), []).append(row)
        for names, same in shapes.items():
            statement = dialect_insert(table)
            others = {k: statement.excluded[k] for k in names if k not in keys}
            if others:
                statement = statement.on_conflict_do_update(index_elements=keys, set_=others)
            else:
                statement = statement.on_conflict_do_nothing(index_elements=keys)
            conn.execute(statement, same)
        return
    for row in rows:  # pragma: no cover - other dialects: read, then insert or update
        where = [table.c[k] == row[k] for k in keys]
        if conn.execute(select(*[table.c[k] for k in keys]).where(*where)).first():
            conn.execute(update(table).where(*where).values(**row))
        else:
            conn.execute(insert(table).values(**row))

"""Reading and writing the change log with SQLAlchemy Core (no dialect-specific SQL), and the
upsert the ledger and state tables use on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

import msgspec
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


class _Line(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A changes.jsonl line: fields in sorted key order, as canonical JSON writes them;
    msgspec escapes strings exactly as `json` does with `ensure_ascii=False`."""

    author: str
    base_rev_id: str | None
    before: msgspec.Raw
    changed: msgspec.Raw
    deleted: bool
    edited_at: str
    entity: str
    id: str
    merges: msgspec.Raw | msgspec.UnsetType = msgspec.UNSET
    origin: str
    origin_seq: int
    rev_id: str


_ENCODER = msgspec.json.Encoder()


def stored_stamp(value: object) -> bool:
    """Whether an edited_at is SQLite's stored UTC text 'YYYY-MM-DD HH:MM:SS.ffffff'."""
    return type(value) is str and len(value) == 26 and value[10] == " "


def stamp(value: dt.datetime | str) -> str:
    """`iso()` of an edited_at as a driver returns it: an aware datetime, SQLite's stored
    UTC text (turned into ISO by slicing, not parsing), or already ISO text."""
    if isinstance(value, str):
        if stored_stamp(value):
            return f"{value[:10]}T{value[11:]}+00:00"
        value = dt.datetime.fromisoformat(value)
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
    return iso(value)


# The columns an export reads, sort keys first: a bundle lists revisions by edited_at,
# origin, origin_seq, rev_id.
EXPORT_COLUMNS = (
    "edited_at",
    "origin",
    "origin_seq",
    "rev_id",
    "author",
    "base_rev_id",
    "before",
    "changed",
    "deleted",
    "entity",
    "entity_id",
    "merges",
)
_FROM_LINE_ORDER = tuple(LINE_COLUMNS.index(name) for name in EXPORT_COLUMNS)


def export_lines(rows: Iterable[Sequence[Any]]) -> bytes:
    """The changes.jsonl lines of rows of `EXPORT_COLUMNS` values, in one encoder call
    (edited_at as `iso` gives it, or SQLite's stored text: `stored_stamp`).

    `changed`, `before` and `merges` are stored in canonical form already (sorted keys, no
    spaces), so an export of thousands of revisions need not parse and re-serialise them:
    they are embedded as they are.
    """
    return _ENCODER.encode_lines(
        [
            _Line(
                author=row[4],
                base_rev_id=row[5],
                before=msgspec.Raw(row[6]),
                changed=msgspec.Raw(row[7]),
                deleted=bool(row[8]),
                edited_at=f"{row[0][:10]}T{row[0][11:]}+00:00" if len(row[0]) == 26 else row[0],
                entity=row[9],
                id=row[10],
                merges=msgspec.Raw(row[11]) if row[11] and row[11] != "[]" else msgspec.UNSET,
                origin=row[1],
                origin_seq=row[2],
                rev_id=row[3],
            )
            for row in rows
        ]
    )


def line_bytes(values: Sequence[Any]) -> bytes:
    """`canonical_json(revision.line()) + b"\\n"` from a stored row's `LINE_COLUMNS` values."""
    row = [values[i] for i in _FROM_LINE_ORDER]
    return export_lines([[stamp(row[0]), *row[1:]]])


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

"""The sync change log: every committed change as a revision, written by the audit hook in the
same flush (so in the same transaction), plus the ledger, conflicts, locks and sync states.

A revision is immutable once written: a later edit is a new revision whose `base_rev_id` is
the entity's head. An entity edited on two installations has two heads until a later edit
names the losing one in `merges`. Deletions are tombstones (`deleted_at` set, `deleted`).
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import json
import os
import uuid
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import (
    Boolean,
    Connection,
    Index,
    Integer,
    String,
    Text,
    delete,
    func,
    insert,
    inspect,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from app.models.base import Base, RecordMixin, UtcDateTime, utcnow

# Bookkeeping that each database keeps for itself, and bytes that travel as attachments.
LOCAL_FIELDS = frozenset({"id", "updated_at", "revision", "content"})
ORIGIN_KEY = "origin_id"
ORIGIN_FILE_KEY = "origin_file"  # the file the origin belongs to (see local_origin)
ORIGIN_PREVIOUS_KEY = "origin_copied_from"


class SyncBase(DeclarativeBase):
    """Sync bookkeeping: the same schema (one metadata, one Alembic history) but its own
    registry, because these rows describe records rather than being records themselves."""

    metadata = Base.metadata
    type_annotation_map = Base.type_annotation_map


class SyncMeta(SyncBase):
    __tablename__ = "sync_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncRevision(SyncBase):
    __tablename__ = "sync_revisions"
    __table_args__ = (
        Index("ix_sync_revisions_origin_seq", "origin", "origin_seq"),
        Index("ix_sync_revisions_entity_id", "entity_id"),
        Index("ix_sync_revisions_exported_in", "exported_in"),
    )

    rev_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(36))
    base_rev_id: Mapped[str | None] = mapped_column(String(36))
    merges: Mapped[str | None] = mapped_column(Text)  # JSON list of other heads it supersedes
    origin: Mapped[str] = mapped_column(String(36))
    origin_seq: Mapped[int] = mapped_column(Integer)
    changed: Mapped[str] = mapped_column(Text)  # JSON {field: new}
    before: Mapped[str] = mapped_column(Text)  # JSON {field: old}
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    author: Mapped[str] = mapped_column(String(120))
    edited_at: Mapped[dt.datetime]
    exported_in: Mapped[str | None] = mapped_column(String(36))
    received_in: Mapped[str | None] = mapped_column(String(36))


class SyncHead(SyncBase):
    """The current revision(s) of an entity: one normally, several while edits conflict."""

    __tablename__ = "sync_heads"

    rev_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)


class SyncBundle(SyncBase):
    """The ledger: every bundle or receipt written or received, with its report."""

    __tablename__ = "sync_bundles"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    direction: Mapped[str] = mapped_column(String(10))  # out / in
    kind: Mapped[str] = mapped_column(String(10))  # full / delta / receipt
    status: Mapped[str] = mapped_column(String(10))  # exported / applied / held
    unit_code: Mapped[str] = mapped_column(String(40))
    origin: Mapped[str] = mapped_column(String(36))
    key_id: Mapped[str | None] = mapped_column(String(16))
    seq_from: Mapped[int | None]
    seq_to: Mapped[int | None]
    prev_sha256: Mapped[str | None] = mapped_column(String(64))
    file_name: Mapped[str | None] = mapped_column(Text)
    report: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SyncConflict(SyncBase):
    """A conflict still open: two concurrent revisions, on one field (hard) or not (soft)."""

    __tablename__ = "sync_conflicts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(4))  # hard / soft
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str | None] = mapped_column(String(60))
    winner_rev: Mapped[str] = mapped_column(String(36))
    other_rev: Mapped[str] = mapped_column(String(36))
    base: Mapped[str | None] = mapped_column(Text)  # JSON values
    current: Mapped[str | None] = mapped_column(Text)
    incoming: Mapped[str | None] = mapped_column(Text)


class SyncState(SyncBase):
    """Where an agreement stands with the province, as the last receipt said."""

    __tablename__ = "sync_states"

    agreement_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    state: Mapped[str] = mapped_column(String(10))  # exported / synced / returned
    reason: Mapped[str | None] = mapped_column(Text)
    bundle_id: Mapped[str | None] = mapped_column(String(36))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SyncLock(SyncBase):
    """An approved (agreement, period): later bundles touching it are refused."""

    __tablename__ = "sync_locks"

    agreement_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    period: Mapped[str] = mapped_column(String(10), primary_key=True)  # TWn / annual / *
    receipt_id: Mapped[str] = mapped_column(String(36))
    approved_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


_PLAIN = frozenset({str, int, bool})


def to_json_value(value: Any) -> Any:
    """A column value as plain JSON: exact decimals and dates as text, enums by value."""
    if value is None or type(value) in _PLAIN:
        return value
    if isinstance(value, bool | int | str):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    raise TypeError(f"{type(value).__name__} cannot travel in a bundle")


# One encoder, built once: json.dumps with these options builds a new one on every call,
# and an import or export serialises thousands of revisions.
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def dumps(data: Any) -> str:
    """Canonical JSON text: sorted keys, no spaces, non-ASCII kept."""
    return _CANONICAL.encode(data)


def synced_columns(obj_or_table: Any) -> list[str]:
    table = getattr(obj_or_table, "__table__", obj_or_table)
    return [c.name for c in table.columns if c.name not in LOCAL_FIELDS]


def file_identity(conn: Connection) -> str | None:
    """The SQLite file's inode: a copy of the file (another laptop, a restored backup) has
    another one, a rename keeps it. None for a server or an in-memory database."""
    if conn.dialect.name != "sqlite":
        return None
    for _, name, file_name, *_ in conn.exec_driver_sql("PRAGMA database_list"):
        if name == "main" and file_name:
            try:
                return str(os.stat(file_name).st_ino)
            except OSError:
                return None
    return None


def local_origin(conn: Connection) -> str:
    """This database's origin id (created by migration 0006, or here if it is missing).

    A copied file keeps the id of the file it was copied from; two copies writing under one
    origin would number their revisions in colliding `origin_seq` streams. So the origin is
    bound to the file it was made in, and a copy gets a new origin at its first write.
    """
    table = SyncMeta.__table__
    stored = dict(
        conn.execute(
            select(table.c.key, table.c.value).where(table.c.key.in_((ORIGIN_KEY, ORIGIN_FILE_KEY)))
        ).all()
    )
    value = stored.get(ORIGIN_KEY)
    identity = file_identity(conn)
    if value is None:
        value = str(uuid.uuid4())
        conn.execute(insert(table).values(key=ORIGIN_KEY, value=value))
    elif identity is not None and stored.get(ORIGIN_FILE_KEY) not in (None, identity):
        conn.execute(delete(table).where(table.c.key.in_((ORIGIN_KEY, ORIGIN_PREVIOUS_KEY))))
        conn.execute(insert(table).values(key=ORIGIN_PREVIOUS_KEY, value=value))
        value = str(uuid.uuid4())
        conn.execute(insert(table).values(key=ORIGIN_KEY, value=value))
    if identity is not None and stored.get(ORIGIN_FILE_KEY) != identity:
        conn.execute(delete(table).where(table.c.key == ORIGIN_FILE_KEY))
        conn.execute(insert(table).values(key=ORIGIN_FILE_KEY, value=identity))
    return str(value)


def next_seq(conn: Connection, origin: str) -> int:
    table = SyncRevision.__table__
    last = conn.execute(
        select(func.max(table.c.origin_seq)).where(table.c.origin == origin)
    ).scalar()
    return int(last or 0) + 1


def _insert_changes(obj: RecordMixin) -> dict[str, Any]:
    """Every set field, with scalar column defaults filled in as the INSERT will fill them."""
    changed: dict[str, Any] = {}
    table = obj.__table__  # type: ignore[attr-defined]
    loaded = inspect(obj).dict  # no lazy loads inside a flush
    for name in synced_columns(obj):
        value = loaded.get(name)
        if value is None:
            default = table.columns[name].default
            if default is not None and default.is_scalar:
                value = default.arg
        if value is not None:
            changed[name] = to_json_value(value)
    return changed


def _update_changes(obj: RecordMixin) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    changed: dict[str, Any] = {}
    before: dict[str, Any] = {}
    skipped = LOCAL_FIELDS | {"created_at"}
    for attr in state.mapper.column_attrs:
        if attr.key in skipped:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = to_json_value(history.deleted[0]) if history.deleted else None
        new = to_json_value(history.added[0]) if history.added else None
        if old != new:
            changed[attr.key] = new
            before[attr.key] = old
    return changed, before


def record_revisions(
    session: Session,
    inserted: Iterable[RecordMixin],
    updated: Iterable[RecordMixin],
    purged: Iterable[RecordMixin],
    author: str,
) -> None:
    """Write one revision per changed record and move its head; called from the audit hook."""
    pending: list[_Change] = []
    for obj in inserted:
        pending.append(_change(obj, _insert_changes(obj), {}, obj.deleted_at is not None))
    for obj in updated:
        changed, before = _update_changes(obj)
        if changed:
            pending.append(_change(obj, changed, before, obj.deleted_at is not None))
    now = utcnow()
    for obj in purged:
        pending.append(_change(obj, {"deleted_at": now.isoformat()}, {"deleted_at": None}, True))
    # Runs after the flush wrote the rows (foreign keys set through relationships are filled
    # in by then) and before commit, on the same connection: one transaction.
    _write_revisions(session.connection(), pending, author, now)


def record_bulk_inserts(
    connection: Connection, table: Any, rows: Iterable[dict[str, Any]], author: str
) -> None:
    """Revisions for new records written by a bulk Core insert, which no flush hook sees.

    `rows` are the inserted rows as Python values (the Excel import writes thousands of IKU and
    targets at once); without their revisions they would never travel in a bundle.
    """
    columns = synced_columns(table)
    pending = [
        _Change(
            table.name,
            row["id"],
            {c: to_json_value(row[c]) for c in columns if row.get(c) is not None},
            {},
            row.get("deleted_at") is not None,
        )
        for row in rows
    ]
    _write_revisions(connection, pending, author, utcnow(), new_records=True)


def _json_sql(column: Any) -> str | None:
    """SQL giving the column's stored SQLite value as `to_json_value` gives it, or None when
    SQL cannot (the caller then falls back to Python)."""
    name = f'"{column.name}"'
    kind = column.type
    if isinstance(kind, Boolean):
        return f"CASE {name} WHEN 1 THEN json('true') WHEN 0 THEN json('false') END"
    if isinstance(kind, UtcDateTime):
        # stored as 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC; isoformat() drops a zero fraction
        return (
            f"CASE WHEN {name} IS NULL THEN NULL WHEN substr({name}, 21, 6) = '000000' "
            f"THEN replace(substr({name}, 1, 19), ' ', 'T') || '+00:00' "
            f"ELSE replace(substr({name}, 1, 26), ' ', 'T') || '+00:00' END"
        )
    try:
        python = kind.python_type
    except NotImplementedError:
        return None
    if python in (float, dt.datetime, bytes):
        return None  # repr() text, naive stamps, blobs: not what SQLite would print
    return name


def batch_prefix() -> str:
    """The shared start of a batch of UUID-shaped ids that end in a sequence number: 72
    random bits (version 8, RFC 4122 variant), so batches never collide, and the ids of one
    batch sort in the order they were made."""
    h = os.urandom(10).hex()
    return f"{h[:8]}-{h[8:12]}-8{h[12:15]}-{'89ab'[int(h[18], 16) & 3]}{h[15:18]}"


def sequential_ids() -> Callable[[], str]:
    """A maker of ids for many new records at once: `batch_prefix` and a counter. Thousands
    of new keys then land side by side in every index keyed by them (the table's own, and
    the change log's and audit log's entity indexes) instead of scattered through them."""
    prefix, counter = batch_prefix(), itertools.count(1)
    return lambda: f"{prefix}-{next(counter):012x}"


def record_inserted_rows(
    connection: Connection,
    table: Any,
    after_rowid: int,
    nulls: Mapping[str, int],
    count: int,
    author: str,
) -> bool:
    """Revisions for the `count` rows a bulk insert just added to `table` (rowid past
    `after_rowid`), made by SQLite itself in one INSERT … SELECT: the payload is built with
    json_object from the stored values, so no Python work per row. Same revisions as
    `record_bulk_inserts`.

    The rows are numbered from their rowids (a multi-row insert takes consecutive ones), not
    sorted for row_number(). `nulls` says how many of them hold NULL in each column the
    insert wrote (the others hold NULL in all): a member NULL in every row is left out of the
    payload, and only when some column is NULL in some rows does SQLite strip NULL members
    from each payload (json_patch), as the Python payloads leave them out.

    Returns False (nothing written) where SQL cannot build the payload, or the new rowids
    are not consecutive: the caller then uses `record_bulk_inserts`.
    """
    if connection.dialect.name != "sqlite":
        return False
    parts: list[str] = []
    sparse = False  # some payload would hold a NULL member
    for name in sorted(synced_columns(table)):
        column = table.columns[name]
        expression = _json_sql(column)
        if expression is None:
            return False
        # a column the insert did not write holds NULL, unless the table fills it
        empty = nulls.get(name, count if column.server_default is None else -1)
        if empty == count:
            continue
        sparse = sparse or empty != 0
        parts.append(f"'{name}', {expression}")
    payload = f"json_object({', '.join(parts)})"
    if sparse:
        payload = f"json_patch('{{}}', {payload})"
    last = connection.exec_driver_sql(f"SELECT max(rowid) FROM {table.name}").scalar()
    if last != after_rowid + count:
        return False
    origin = local_origin(connection)
    first = next_seq(connection, origin)
    stamp = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
    # The rev_ids share one random prefix per batch and end in the origin_seq, so the
    # thousands of new keys land side by side in the revision and head indexes instead of
    # scattered through them (half the time of random UUIDs); still unique across
    # installations: 72 random bits per batch, and the sequence is unique per origin.
    prefix = batch_prefix()
    connection.exec_driver_sql(
        "INSERT INTO sync_revisions (rev_id, entity, entity_id, base_rev_id, merges, origin, "
        'origin_seq, changed, "before", deleted, author, edited_at) '
        "SELECT printf('%s-%012x', ?, seq), ?, id, NULL, NULL, ?, seq, changed, '{}', "
        f"deleted, ?, ? FROM (SELECT ? + rowid AS seq, id, {payload} AS changed, "
        f"deleted_at IS NOT NULL AS deleted FROM {table.name} WHERE rowid > ?)",
        (prefix, str(table.name), origin, author, stamp, first - 1 - after_rowid, after_rowid),
    )
    connection.exec_driver_sql(
        "INSERT INTO sync_heads (rev_id, entity, entity_id) SELECT rev_id, entity, entity_id "
        "FROM sync_revisions WHERE origin = ? AND origin_seq >= ?",
        (origin, first),
    )
    return True


class _Change(NamedTuple):
    entity: str
    entity_id: str
    changed: dict[str, Any]
    before: dict[str, Any]
    deleted: bool


def _change(
    obj: RecordMixin, changed: dict[str, Any], before: dict[str, Any], deleted: bool
) -> _Change:
    return _Change(obj.__tablename__, obj.id, changed, before, deleted)  # type: ignore[attr-defined]


def _write_revisions(
    conn: Connection,
    pending: list[_Change],
    author: str,
    now: dt.datetime,
    *,
    new_records: bool = False,
) -> None:
    """Revisions for `pending`, each on the head it finds (none for `new_records`: fresh ids)."""
    if not pending:
        return
    revisions_table = SyncRevision.__table__
    heads_table = SyncHead.__table__
    origin = local_origin(conn)
    seq = next_seq(conn, origin)
    ids = [] if new_records else [change.entity_id for change in pending]
    heads: dict[str, list[tuple[str, str]]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = conn.execute(
            select(heads_table.c.entity_id, heads_table.c.rev_id, revisions_table.c.edited_at)
            .join(revisions_table, revisions_table.c.rev_id == heads_table.c.rev_id)
            .where(heads_table.c.entity_id.in_(chunk))
        )
        for entity_id, rev_id, edited_at in rows:
            heads.setdefault(entity_id, []).append((_iso(edited_at), rev_id))
    revisions: list[dict[str, Any]] = []
    new_heads: list[dict[str, Any]] = []
    stale: list[str] = []
    for change in pending:
        current = sorted(heads.pop(change.entity_id, []))
        # The deterministic winner among several heads is the base; the rest are merged.
        base = current[-1][1] if current else None
        merges = [rev for _, rev in current[:-1]]
        stale.extend(rev for _, rev in current)
        rev_id = str(uuid.uuid4())
        revisions.append(
            {
                "rev_id": rev_id,
                "entity": change.entity,
                "entity_id": change.entity_id,
                "base_rev_id": base,
                "merges": dumps(merges) if merges else None,
                "origin": origin,
                "origin_seq": seq,
                "changed": dumps(change.changed),
                "before": dumps(change.before) if change.before else "{}",
                "deleted": change.deleted,
                "author": author,
                "edited_at": now,
            }
        )
        new_heads.append({"rev_id": rev_id, "entity": change.entity, "entity_id": change.entity_id})
        seq += 1
    for start in range(0, len(stale), 500):
        conn.execute(
            delete(heads_table).where(heads_table.c.rev_id.in_(stale[start : start + 500]))
        )
    insert_log_rows(conn, revisions_table, revisions)
    insert_log_rows(conn, heads_table, new_heads)


def insert_log_rows(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """Change-log rows (revisions, heads) in one executemany; on SQLite straight to the driver
    (see `_insert_sqlite`). Every row must have the same keys."""
    if not rows:
        return
    if conn.dialect.name == "sqlite" and conn.dialect.paramstyle == "qmark":
        _insert_sqlite(conn, table, rows)
    else:
        conn.execute(insert(table), rows)


def _insert_sqlite(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """Rows straight to the driver's executemany, stored as SQLAlchemy stores them.

    A bulk import writes thousands of revisions; binding each through the column types cost
    more than the import's own rows. Only the types of these two tables occur: text,
    integers, booleans (0/1) and one UTC timestamp, written in SQLite's DATETIME format.
    """
    columns = list(rows[0])
    stored: list[tuple[Any, ...]] = []
    stamps: dict[dt.datetime, str] = {}
    for row in rows:
        values = []
        for column in columns:
            value = row[column]
            if isinstance(value, dt.datetime):
                text = stamps.get(value)
                if text is None:
                    text = stamps[value] = value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
                value = text
            elif isinstance(value, bool):
                value = int(value)
            values.append(value)
        stored.append(tuple(values))
    names = ", ".join(f'"{column}"' for column in columns)
    marks = ", ".join("?" * len(columns))
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", stored)


def _iso(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")

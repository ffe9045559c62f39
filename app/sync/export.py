"""`pk-desk bundle export`: a unit's revisions since its last export (or all of them) as one
signed, reproducible `.pkbundle` file."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from alembic.runtime.migration import MigrationContext
from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Connection,
    Integer,
    Select,
    String,
    and_,
    any_,
    bindparam,
    func,
    literal_column,
    null,
    select,
    type_coerce,
    union_all,
    update,
)
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect

from app import __version__
from app.engine.scoring import paused_gc
from app.models.changelog import (
    SyncBundle,
    SyncHead,
    SyncRevision,
    SyncState,
    dumps,
    insert_log_rows,
    local_origin,
)
from app.models.database import Database
from app.sync import entities
from app.sync.bundle_file import (
    BUNDLE_FORMAT,
    FORMAT_VERSION,
    Deflating,
    Member,
    build_archive,
    canonical_json,
    sha256_hex,
    write_atomically,
)
from app.sync.entities import OwnedBy
from app.sync.errors import SyncError
from app.sync.keys import InstallationKey
from app.sync.revisions import EXPORT_COLUMNS, export_lines, stamp, stored_stamp, upsert

Progress = Callable[[int, int], None]
_ORIGIN, _SEQ, _REV_ID, _ENTITY_ID = (
    EXPORT_COLUMNS.index(name) for name in ("origin", "origin_seq", "rev_id", "entity_id")
)
_NAMESPACE = uuid.UUID("6f1d7a52-4c1e-4f0a-9d7e-0b7b5c3e8a11")


@dataclass(frozen=True)
class ExportResult:
    path: Path | None
    bundle_id: str | None
    kind: str
    revisions: int
    agreements: int
    attachments: int
    sha256: str | None


def bundle_file_name(unit_code: str, bundle_id: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in unit_code)
    return f"pk_{safe}_{bundle_id}.pkbundle"


def find_unit(conn: Connection, code: str) -> str:
    units = entities.synced_tables()["units"]
    unit_id = conn.execute(select(units.c.id).where(units.c.code == code)).scalar()
    if unit_id is None:
        raise SyncError("unit_unknown", unit=code)
    return str(unit_id)


def ensure_baselines(conn: Connection, scope: dict[str, set[str]], author: str) -> int:
    """A first revision for records that predate the change log (or came from bulk loads)."""
    heads = SyncHead.__table__
    with_head: set[str] = set()
    for chunk in entities.chunks(rid for ids in scope.values() for rid in ids):
        with_head.update(
            conn.execute(select(heads.c.entity_id).where(heads.c.entity_id.in_(chunk))).scalars()
        )
    missing = {name: ids - with_head for name, ids in scope.items() if ids - with_head}
    return write_baselines(conn, missing, author)


def write_baselines(conn: Connection, missing: dict[str, set[str]], author: str) -> int:
    """The baseline revisions of `missing` (table -> ids of records without a revision)."""
    missing = {name: ids for name, ids in missing.items() if ids}
    if not missing:
        return 0
    origin = local_origin(conn)
    seq = _last_seq(conn, origin)
    now = dt.datetime.now(dt.UTC)
    revisions: list[dict[str, Any]] = []
    new_heads: list[dict[str, Any]] = []
    for name in entities.table_order():
        if name not in missing:
            continue
        table = entities.synced_tables()[name]
        for rid, row in sorted(entities.read_rows(conn, name, missing[name]).items()):
            seq += 1
            rev_id = str(uuid.uuid4())
            revisions.append(
                {
                    "rev_id": rev_id,
                    "entity": name,
                    "entity_id": rid,
                    "base_rev_id": None,
                    "merges": None,
                    "origin": origin,
                    "origin_seq": seq,
                    "changed": dumps(entities.encode_row(table, row)),
                    "before": "{}",
                    "deleted": row["deleted_at"] is not None,
                    "author": author,
                    "edited_at": now,
                }
            )
            new_heads.append({"rev_id": rev_id, "entity": name, "entity_id": rid})
    insert_log_rows(conn, SyncRevision.__table__, revisions)
    insert_log_rows(conn, SyncHead.__table__, new_heads)
    return len(revisions)


def _last_seq(conn: Connection, origin: str) -> int:
    table = SyncRevision.__table__
    return int(
        conn.execute(select(func.max(table.c.origin_seq)).where(table.c.origin == origin)).scalar()
        or 0
    )


def _reference_version(conn: Connection) -> dict[str, str]:
    table = entities.synced_tables()["rpjmd_goals"]
    rows = [entities.encode_row(table, r) | {"id": r.id} for r in conn.execute(select(table))]
    rows.sort(key=lambda r: r["id"])
    return {"id": "rpjmd_goals", "sha256": sha256_hex(canonical_json(rows))}


@dataclass
class _Scope:
    """What one walk over the unit's records found: ids per table, each record's agreement,
    records without any revision yet (a delta only: a full export learns it from the
    revisions), and the records they point at but do not own."""

    ids: dict[str, set[str]]
    agreement_of: dict[str, str]
    without_head: dict[str, set[str]]
    pointed_at: dict[str, set[str]]


@dataclass(frozen=True)
class _Arm:
    """One select of the walk: a table reached by one path, and the targets of the foreign
    keys it reads (those that may point outside the unit)."""

    table: str
    targets: tuple[str, ...]


@functools.cache
def _walk(full: bool, slots: int) -> tuple[Select[Any], tuple[_Arm, ...], int]:
    """One statement giving (arm, id, agreement, [has a head,] foreign keys…) for every record
    owned by the units bound as `unit_0` … (`slots` of them; NULL for unused ones: a few
    statements serve every subtree size). Returns it, its arms (by the index in its first
    column) and how many foreign-key columns each row carries (padded with NULL)."""
    heads = SyncHead.__table__
    units = [bindparam(f"unit_{i}", type_=String) for i in range(slots)]
    arms: list[tuple[_Arm, OwnedBy, list[str]]] = []
    for name in ("units", *entities.owner_paths()):
        owner = entities.OWNER_PATH.get(name, ())
        # The column a table's only path follows points at a row the unit owns anyway.
        followed = {owner[0][1]} if len(owner) == 1 else set()
        table = entities.synced_tables()[name]
        refs = [(c, t) for c, t in entities.references(table) if c not in followed]
        for path in entities.owned_paths(name):
            arms.append((_Arm(name, tuple(t for _, t in refs)), path, [c for c, _ in refs]))
    width = max(len(columns) for _, _, columns in arms)
    selects = []
    for index, (_, path, columns) in enumerate(arms):
        table = path.table
        has_head = (
            [] if full else [select(heads.c.rev_id).where(heads.c.entity_id == table.c.id).exists()]
        )
        selects.append(
            select(
                literal_column(str(index), Integer),
                table.c.id,
                path.agreement if path.agreement is not None else null(),
                *has_head,
                *[table.c[c] for c in columns],
                *[null()] * (width - len(columns)),
            )
            .select_from(path.joins)
            .where(path.unit_column.in_(units))
        )
    return union_all(*selects), tuple(arm for arm, _, _ in arms), width


def _listed(column: ColumnElement[Any], name: str, dialect: str) -> ColumnElement[bool]:
    """`column IN (the list bound as `name`)`, the list travelling as one value where the
    database takes one (SQLite: JSON text read by json_each; PostgreSQL: an array): a unit
    has thousands of records, and binding each id on its own costs more than the query.
    (Not for the few units of a walk: there SQLite plans json_each twice as slow.)"""
    if dialect == "sqlite":
        listed = func.json_each(bindparam(name, type_=String)).table_valued("value")
        return column.in_(select(listed.c.value))
    if dialect == "postgresql":
        return column == any_(bindparam(name, type_=ARRAY(String)))
    return column.in_(bindparam(name, expanding=True))  # pragma: no cover - other databases


def _list_value(values: list[str], dialect: str) -> Any:
    return dumps(values) if dialect == "sqlite" else values


# Units per walk (each statement binds this many per arm at most).
_UNIT_SLOTS = 64


# Ids bound as one list value (`_listed`); other databases take CHUNK at a time.
_LISTED = 50_000


@functools.cache
def _driver_sql(statement: Select[Any]) -> tuple[str, tuple[str, ...], dict[str, Any]]:
    """The SQLite text of a statement, the names of its parameters in order, and the values
    of those the statement holds itself (its literals)."""
    compiled = statement.compile(dialect=sqlite_dialect(paramstyle="qmark"))
    return compiled.string, tuple(compiled.positiontup or ()), dict(compiled.params)


def _fetch(conn: Connection, statement: Select[Any], params: dict[str, Any]) -> list[Any]:
    """All rows of the statement as tuples. On SQLite straight from the driver: these
    statements' columns need no conversion (texts, integers, 0/1), and thousands of result
    rows are the export's main cost."""
    if conn.dialect.name != "sqlite":
        return [tuple(row) for row in conn.execute(statement, params).all()]
    with _driver_cursor(conn, statement, params) as cursor:
        return cursor.fetchall()


@contextlib.contextmanager
def _driver_cursor(
    conn: Connection, statement: Select[Any], params: dict[str, Any]
) -> Iterator[sqlite3.Cursor]:
    """The statement executed by the SQLite driver, its rows still to fetch."""
    sql, names, literals = _driver_sql(statement)
    values = literals | params
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        yield cursor.execute(sql, [values[name] for name in names])
    finally:
        cursor.close()


def _read_scope(conn: Connection, subtree: set[str], full: bool) -> _Scope:
    """Walk the unit's records once (see `_walk`)."""
    scope = _Scope({name: set() for name in entities.synced_tables()}, {}, {}, {})
    first = 3 if full else 4
    for chunk in entities.chunks(subtree, _UNIT_SLOTS):
        slots = 1 << (len(chunk) - 1).bit_length()
        statement, arms, width = _walk(full, slots)
        params = {f"unit_{i}": chunk[i] if i < len(chunk) else None for i in range(slots)}
        sets = [scope.ids[arm.table] for arm in arms]
        agreement_of, pointed_at = scope.agreement_of, scope.pointed_at
        for row in _fetch(conn, statement, params):
            rid, ids = row[1], sets[row[0]]
            if rid in ids:
                continue
            ids.add(rid)
            if row[2] is not None:
                agreement_of[rid] = row[2]
            arm = arms[row[0]]
            if not full and not row[3]:
                scope.without_head.setdefault(arm.table, set()).add(rid)
            if arm.targets:
                for target, value in zip(arm.targets, row[first:], strict=False):  # NULL pads
                    if value:
                        pointed_at.setdefault(target, set()).add(value)
    return scope


@functools.cache
def _revisions_query(full: bool, dialect: str, ordered: bool = False) -> Select[Any]:
    """The revisions of the records listed as `ids` (see `_listed`), as `EXPORT_COLUMNS` and
    whether each is unsent; `ordered`: as the bundle lists them (for SQLite's stored stamps)."""
    table = SyncRevision.__table__
    # On SQLite the stored text as it is ('YYYY-MM-DD HH:MM:SS.ffffff', UTC), not parsed.
    edited = type_coerce(table.c.edited_at, String) if dialect == "sqlite" else table.c.edited_at
    columns = [edited, *[table.c[c] for c in EXPORT_COLUMNS[1:]]]
    unsent = and_(table.c.exported_in.is_(None), table.c.received_in.is_(None))
    query = select(*columns, unsent).where(_listed(table.c.entity_id, "ids", dialect))
    if ordered:
        query = query.order_by(*columns[:4])
    return query if full else query.where(unsent)


# Revisions per piece of changes.jsonl handed to the compressing thread (about 128 KB).
_PIECE = 256


def _revision_rows(
    conn: Connection, scope: _Scope, full: bool, background: Executor
) -> tuple[list[tuple[Any, ...]], Deflating]:
    """The revisions of the scope's records (a delta: those neither exported nor received)
    as `EXPORT_COLUMNS` (edited_at as `export_lines` takes it) and whether each is unsent,
    sorted as the bundle lists them; and their changes.jsonl, being deflated on `background`.

    On SQLite the database sorts them, and each piece of lines is compressed while the next
    is read. A full export also completes `scope.without_head`: a record has a head exactly
    when it has revisions (both are written together)."""
    dialect = conn.dialect.name
    owned = [rid for values in scope.ids.values() for rid in values]
    rows: list[tuple[Any, ...]] | None = None
    if dialect == "sqlite" and len(owned) <= _LISTED:
        query = _revisions_query(full, dialect, ordered=True)
        rows, changes = _streamed(conn, query, {"ids": dumps(owned)}, background)
    if rows is None:  # another database, or unusual SQLite stamps: sorted here
        query = _revisions_query(full, dialect)
        rows = []
        for chunk in entities.chunks(
            owned, _LISTED if dialect in ("sqlite", "postgresql") else None
        ):
            rows.extend(_fetch(conn, query, {"ids": _list_value(chunk, dialect)}))
        if dialect != "sqlite" or not all(stored_stamp(row[0]) for row in rows):
            rows = [(stamp(row[0]), *row[1:]) for row in rows]  # datetimes, or unusual texts
        rows.sort()  # edited_at, origin, origin_seq, rev_id (unique: the rest never compared)
        changes = Deflating(background)
        changes.add(export_lines(rows))
    if full:
        with_revisions = set(map(itemgetter(_ENTITY_ID), rows))
        for name, values in scope.ids.items():
            missing = values - with_revisions
            if missing:
                scope.without_head[name] = missing
    return rows, changes


def _streamed(
    conn: Connection, query: Select[Any], params: dict[str, Any], background: Executor
) -> tuple[list[tuple[Any, ...]] | None, Deflating]:
    """The rows of an `ordered` revisions query, their lines deflating piece by piece as
    they come; no rows when a stamp is not SQLite's stored form (its text would not sort as
    its moment does)."""
    changes = Deflating(background)
    rows: list[tuple[Any, ...]] = []
    with _driver_cursor(conn, query, params) as cursor:
        while piece := cursor.fetchmany(_PIECE):
            if not all(stored_stamp(row[0]) for row in piece):
                changes.cancel()
                return None, changes
            rows += piece
            changes.add(export_lines(piece))
    return rows, changes


def export_bundle(
    db: Database,
    key: InstallationKey,
    unit_code: str,
    out_dir: Path,
    *,
    full: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the bundle and record it in the ledger, in one transaction.

    Compressing changes.jsonl (the bundle's bulk) and writing the file run on a second thread
    (zlib and the file system release the GIL) beside the rest of the reading and the ledger
    rows; the file is on disk before the transaction commits."""
    kind = "full" if full else "delta"
    with (
        paused_gc(),
        ThreadPoolExecutor(1, thread_name_prefix="pk-export") as background,
        db.transaction("bundle_export") as session,
    ):
        conn = session.connection()
        unit_id = find_unit(conn, unit_code)
        subtree = entities.unit_subtree(conn, unit_id)
        scope = _read_scope(conn, subtree, full)
        rows, deflating = _revision_rows(conn, scope, full, background)
        if write_baselines(conn, scope.without_head, db.user):
            deflating.cancel()
            rows, deflating = _revision_rows(conn, scope, full, background)  # with them
        origin = local_origin(conn)
        if progress:
            progress(1, 3)
        if not rows:
            return ExportResult(None, None, kind, 0, 0, 0, None)
        ledger = SyncBundle.__table__
        prev = None
        if not full:
            prev = conn.execute(
                select(ledger.c.sha256)
                .where(
                    ledger.c.direction == "out",
                    ledger.c.unit_code == unit_code,
                    ledger.c.status != "refused",  # never arrived: the next delta carries it
                )
                .order_by(ledger.c.seq_to.desc(), ledger.c.recorded_at.desc())
                .limit(1)
            ).scalar()
        local = [row[_SEQ] for row in rows if row[_ORIGIN] == origin]
        last_seq = _last_seq(conn, origin)
        seq_range = [min(local) if local and not full else 1, max(local) if local else last_seq]
        have = {(name, rid) for name, ids in scope.ids.items() for rid in ids}
        context = entities.context_closure(conn, have, scope.pointed_at)
        context_lines = b"".join(
            canonical_json(
                {
                    "entity": name,
                    "id": rid,
                    "fields": entities.encode_row(entities.synced_tables()[name], row),
                }
            )
            + b"\n"
            for (name, rid), row in sorted(context.items())
        )
        context_member = Member(context_lines, sha256_hex(context_lines), len(context))
        files: dict[str, bytes | Member] = {"context.jsonl": context_member}
        attachments = entities.synced_tables()["attachments"]
        for chunk in entities.chunks(scope.ids["attachments"]):
            for sha, content in conn.execute(
                select(attachments.c.sha256, attachments.c.content).where(
                    attachments.c.id.in_(chunk), attachments.c.content.is_not(None)
                )
            ):
                files[f"attachments/{sha}"] = bytes(content)
        # (the agreements of the revised records, looked up in C: thousands of rows)
        found = set(map(scope.agreement_of.get, map(itemgetter(_ENTITY_ID), rows)))
        agreements = sorted(filter(None, found))
        units = entities.synced_tables()["units"]
        unit_codes = sorted(
            conn.execute(select(units.c.code).where(units.c.id.in_(sorted(subtree)))).scalars()
        )
        manifest = {
            "format": BUNDLE_FORMAT,
            "format_version": FORMAT_VERSION,
            "app_version": __version__,
            "schema_version": MigrationContext.configure(conn).get_current_revision(),
            "kind": kind,
            "origin": key.origin(unit_code, origin, db.user),
            "seq_range": seq_range,
            "prev_bundle_sha256": prev,
            "scope": {"units": unit_codes, "agreements": agreements, "year": None, "periods": None},
            "reference": _reference_version(conn),
            "created_at": stamp(rows[-1][0]),
        }
        # All the rest was read meanwhile; now wait for the background thread's compressing.
        changes = files["changes.jsonl"] = deflating.member(len(rows))
        if progress:
            progress(2, 3)
        bundle_id = str(
            uuid.uuid5(
                _NAMESPACE,
                f"{origin}|{unit_code}|{kind}|{prev}|{changes.sha256}|{context_member.sha256}",
            )
        )
        manifest["bundle_id"] = bundle_id
        data = build_archive(manifest, files, key)
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / bundle_file_name(unit_code, bundle_id)
        written = background.submit(write_atomically, path, data)  # fsync'd, while rows go in
        sha = sha256_hex(data)
        upsert(
            conn,
            ledger,
            [
                {
                    "bundle_id": bundle_id,
                    "sha256": sha,
                    "direction": "out",
                    "kind": kind,
                    "status": "exported",
                    "unit_code": unit_code,
                    "origin": origin,
                    "key_id": key.key_id,
                    "seq_from": seq_range[0],
                    "seq_to": seq_range[1],
                    "prev_sha256": prev,
                    "file_name": path.name,
                    "report": None,
                    "recorded_at": dt.datetime.now(dt.UTC),
                }
            ],
        )
        table = SyncRevision.__table__
        unsent = [row[_REV_ID] for row in rows if row[-1]]
        for chunk in entities.chunks(unsent):
            conn.execute(
                update(table).where(table.c.rev_id.in_(chunk)).values(exported_in=bundle_id)
            )
        now = dt.datetime.now(dt.UTC)
        upsert(
            conn,
            SyncState.__table__,
            [
                {
                    "agreement_id": a,
                    "state": "exported",
                    "reason": None,
                    "bundle_id": bundle_id,
                    "updated_at": now,
                }
                for a in agreements
            ],
        )
        written.result()  # the bundle is durable before its ledger row commits
        if progress:
            progress(3, 3)
    return ExportResult(
        path=path,
        bundle_id=bundle_id,
        kind=kind,
        revisions=len(rows),
        agreements=len(agreements),
        attachments=sum(1 for name in files if name.startswith("attachments/")),
        sha256=sha,
    )

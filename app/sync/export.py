"""`pk-desk bundle export`: a unit's revisions since its last export (or all of them) as one
signed, reproducible `.pkbundle` file."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, func, select, union_all, update

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
    build_archive,
    canonical_json,
    sha256_hex,
    write_atomically,
)
from app.sync.errors import SyncError
from app.sync.keys import InstallationKey
from app.sync.revisions import LINE_COLUMNS, iso, line_bytes, upsert

Progress = Callable[[int, int], None]
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
    """What one pass over the unit's records found: ids per table, each record's agreement,
    records without any revision yet, and the records they point at but do not own."""

    ids: dict[str, set[str]]
    agreement_of: dict[str, str]
    without_head: dict[str, set[str]]
    pointed_at: dict[str, set[str]]


def _read_scope(conn: Connection, subtree: set[str]) -> _Scope:
    tables = entities.synced_tables()
    heads = SyncHead.__table__
    scope = _Scope({name: set() for name in tables}, {}, {}, {})
    for name in ("units", *entities.owner_paths()):
        table = tables[name]
        refs = entities.references(table)
        has_head = select(heads.c.rev_id).where(heads.c.entity_id == table.c.id).exists()
        ids = scope.ids[name]
        for rid, agreement, headed, *values in entities.owned_rows(
            conn, subtree, name, has_head, *[table.c[c] for c, _ in refs]
        ):
            ids.add(rid)
            if agreement is not None:
                scope.agreement_of[rid] = agreement
            if not headed:
                scope.without_head.setdefault(name, set()).add(rid)
            for (_, target), value in zip(refs, values, strict=True):
                if value:
                    scope.pointed_at.setdefault(target, set()).add(value)
    return scope


_REVISION_COLUMNS = (*LINE_COLUMNS, "exported_in", "received_in")
_EDITED_AT, _ENTITY_ID, _ORIGIN, _SEQ, _REV_ID, _EXPORTED_IN, _RECEIVED_IN = (
    _REVISION_COLUMNS.index(name)
    for name in (
        "edited_at",
        "entity_id",
        "origin",
        "origin_seq",
        "rev_id",
        "exported_in",
        "received_in",
    )
)


def _revision_rows(conn: Connection, subtree: set[str], full: bool) -> list[tuple[Any, ...]]:
    """The revisions of the unit's records (a delta: those not yet exported nor received)
    as `_REVISION_COLUMNS` tuples, in one query whose id list the database builds itself."""
    table = SyncRevision.__table__
    owned = union_all(
        *[
            statement.with_only_columns(statement.selected_columns[0])
            for name in ("units", *entities.owner_paths())
            for statement in entities.owned_selects(name)
        ]
    )
    query = select(*[table.c[name] for name in _REVISION_COLUMNS]).where(
        table.c.entity_id.in_(owned)
    )
    if not full:
        query = query.where(table.c.exported_in.is_(None), table.c.received_in.is_(None))
    rows: dict[str, tuple[Any, ...]] = {}
    for chunk in entities.chunks(subtree):
        for row in conn.execute(query, {"units": chunk}):
            rows[row[_REV_ID]] = row
    return list(rows.values())


def export_bundle(
    db: Database,
    key: InstallationKey,
    unit_code: str,
    out_dir: Path,
    *,
    full: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the bundle and record it in the ledger, in one transaction."""
    kind = "full" if full else "delta"
    with paused_gc(), db.transaction("bundle_export") as session:
        conn = session.connection()
        unit_id = find_unit(conn, unit_code)
        subtree = entities.unit_subtree(conn, unit_id)
        scope = _read_scope(conn, subtree)
        write_baselines(conn, scope.without_head, db.user)
        origin = local_origin(conn)
        rows = _revision_rows(conn, subtree, full)
        if progress:
            progress(1, 3)
        if not rows:
            return ExportResult(None, None, kind, 0, 0, 0, None)
        # edited_at values are aware UTC datetimes: sorted as they are, as their ISO texts.
        rows.sort(key=lambda row: (row[_EDITED_AT], row[_ORIGIN], row[_SEQ], row[_REV_ID]))
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
        changes = b"".join(line_bytes(row) for row in rows)
        have = {(name, rid) for name, ids in scope.ids.items() for rid in ids}
        context = entities.context_closure(conn, have, scope.pointed_at)
        context_bytes = b"".join(
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
        files: dict[str, bytes] = {"changes.jsonl": changes, "context.jsonl": context_bytes}
        attachments = entities.synced_tables()["attachments"]
        for chunk in entities.chunks(scope.ids["attachments"]):
            for sha, content in conn.execute(
                select(attachments.c.sha256, attachments.c.content).where(
                    attachments.c.id.in_(chunk), attachments.c.content.is_not(None)
                )
            ):
                files[f"attachments/{sha}"] = bytes(content)
        if progress:
            progress(2, 3)
        bundle_id = str(
            uuid.uuid5(
                _NAMESPACE,
                f"{origin}|{unit_code}|{kind}|{prev}|{sha256_hex(changes)}|{sha256_hex(context_bytes)}",
            )
        )
        agreement_of = scope.agreement_of
        agreements = sorted(
            {agreement_of[row[_ENTITY_ID]] for row in rows if row[_ENTITY_ID] in agreement_of}
        )
        units = entities.synced_tables()["units"]
        unit_codes = sorted(
            conn.execute(select(units.c.code).where(units.c.id.in_(sorted(subtree)))).scalars()
        )
        manifest = {
            "format": BUNDLE_FORMAT,
            "format_version": FORMAT_VERSION,
            "app_version": __version__,
            "schema_version": MigrationContext.configure(conn).get_current_revision(),
            "bundle_id": bundle_id,
            "kind": kind,
            "origin": key.origin(unit_code, origin, db.user),
            "seq_range": seq_range,
            "prev_bundle_sha256": prev,
            "scope": {"units": unit_codes, "agreements": agreements, "year": None, "periods": None},
            "reference": _reference_version(conn),
            "created_at": iso(rows[-1][_EDITED_AT]),
        }
        data = build_archive(manifest, files, key)
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / bundle_file_name(unit_code, bundle_id)
        write_atomically(path, data)
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
        unsent = [
            row[_REV_ID] for row in rows if row[_EXPORTED_IN] is None and row[_RECEIVED_IN] is None
        ]
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

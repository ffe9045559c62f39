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
from sqlalchemy import Connection, func, insert, select, update

from app import __version__
from app.models.changelog import (
    SyncBundle,
    SyncHead,
    SyncRevision,
    SyncState,
    dumps,
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
from app.sync.merge import Revision
from app.sync.revisions import from_row, upsert

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
    all_ids = [rid for ids in scope.values() for rid in ids]
    for start in range(0, len(all_ids), entities.CHUNK):
        chunk = all_ids[start : start + entities.CHUNK]
        with_head.update(
            conn.execute(select(heads.c.entity_id).where(heads.c.entity_id.in_(chunk))).scalars()
        )
    missing = {name: ids - with_head for name, ids in scope.items() if ids - with_head}
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
    conn.execute(insert(SyncRevision.__table__), revisions)
    conn.execute(insert(SyncHead.__table__), new_heads)
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
    with db.transaction("bundle_export") as session:
        conn = session.connection()
        unit_id = find_unit(conn, unit_code)
        subtree = entities.unit_subtree(conn, unit_id)
        scope, agreement_of = entities.scope_ids(conn, subtree)
        ensure_baselines(conn, scope, db.user)
        origin = local_origin(conn)
        table = SyncRevision.__table__
        scoped = {rid for ids in scope.values() for rid in ids}
        revisions: list[Revision] = []
        for start in range(0, len(sorted_ids := sorted(scoped)), entities.CHUNK):
            chunk = sorted_ids[start : start + entities.CHUNK]
            query = select(table).where(table.c.entity_id.in_(chunk))
            if not full:
                query = query.where(table.c.exported_in.is_(None), table.c.received_in.is_(None))
            revisions.extend(from_row(row) for row in conn.execute(query))
        if progress:
            progress(1, 3)
        if not revisions:
            return ExportResult(None, None, kind, 0, 0, 0, None)
        revisions.sort(key=lambda r: (r.edited_at, r.origin, r.origin_seq, r.rev_id))
        ledger = SyncBundle.__table__
        prev = None
        if not full:
            prev = conn.execute(
                select(ledger.c.sha256)
                .where(ledger.c.direction == "out", ledger.c.unit_code == unit_code)
                .order_by(ledger.c.seq_to.desc(), ledger.c.recorded_at.desc())
                .limit(1)
            ).scalar()
        local = [r.origin_seq for r in revisions if r.origin == origin]
        last_seq = _last_seq(conn, origin)
        seq_range = [min(local) if local and not full else 1, max(local) if local else last_seq]
        changes = b"".join(canonical_json(r.line()) + b"\n" for r in revisions)
        context = entities.context_rows(conn, scope)
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
        for chunk_start in range(0, len(ids := sorted(scope["attachments"])), entities.CHUNK):
            chunk = ids[chunk_start : chunk_start + entities.CHUNK]
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
        agreements = sorted(
            {agreement_of[r.entity_id] for r in revisions if r.entity_id in agreement_of}
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
            "created_at": max(r.edited_at for r in revisions),
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
        for start in range(0, len(rev_ids := [r.rev_id for r in revisions]), entities.CHUNK):
            conn.execute(
                update(table)
                .where(
                    table.c.rev_id.in_(rev_ids[start : start + entities.CHUNK]),
                    table.c.exported_in.is_(None),
                    table.c.received_in.is_(None),
                )
                .values(exported_in=bundle_id)
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
        revisions=len(revisions),
        agreements=len(agreements),
        attachments=sum(1 for name in files if name.startswith("attachments/")),
        sha256=sha,
    )

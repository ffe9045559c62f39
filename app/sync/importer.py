"""`pk-desk bundle import`: apply a verified bundle in one transaction with its ledger row.

The ledger makes a bundle idempotent (the same bundle again returns its earlier report), the
change log makes revisions immutable (a known `rev_id` with other content is an integrity
error), a bundle whose predecessor has not arrived is held and applied when it does, and the
dry run is the same import rolled back. Everything is SQLAlchemy Core, so the province can run
it over PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from app.engine.scoring import paused_gc
from app.models.changelog import (
    SyncBundle,
    SyncConflict,
    SyncLock,
    SyncRevision,
    dumps,
    insert_log_rows,
)
from app.models.database import Database
from app.sync import entities
from app.sync.bundle_file import VerifiedBundle, verify_bytes, write_atomically
from app.sync.consolidation import lock_imports
from app.sync.errors import SyncError
from app.sync.merge import Conflict, Revision, fold
from app.sync.parse import ContextRow, parse_changes, parse_context
from app.sync.revisions import by_entity, by_rev_id, replace_heads, upsert

Progress = Callable[[int, int], None]


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    bundle_id: str
    file: str
    unit: str
    kind: str
    status: str = "success"  # success / warning / error
    dry_run: bool = False
    repeated: bool = False
    held: bool = False
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    held_revisions: int = 0
    deleted: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    also_applied: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["counts"] = {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "held": self.held_revisions,
            "conflicts": len(self.conflicts),
            "deleted": self.deleted,
        }
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImportReport:
        names = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in names})


class _RollBack(Exception):
    def __init__(self, report: ImportReport) -> None:
        self.report = report


def archive_path(archive_dir: Path, sha256: str) -> Path:
    return archive_dir / f"{sha256}.pkbundle"


def conflict_dict(conflict: Conflict) -> dict[str, Any]:
    return {
        "id": conflict.conflict_id,
        "kind": conflict.kind,
        "entity": conflict.entity,
        "key": conflict.entity_id,
        "field": conflict.field,
        "base": conflict.base,
        "current": conflict.current,
        "incoming": conflict.incoming,
        "winner_rev": conflict.winner_rev,
        "other_rev": conflict.other_rev,
    }


class _Owners:
    """Which records the bundle's unit owns: existing ones by the database, new ones by the
    parent the bundle gives them, both leading to a unit in the origin unit's subtree."""

    def __init__(
        self, conn: Connection, unit_code: str, incoming: dict[tuple[str, str], dict[str, Any]]
    ) -> None:
        self.conn = conn
        self.unit_code = unit_code
        self.incoming = incoming
        units = entities.synced_tables()["units"]
        unit_id = conn.execute(select(units.c.id).where(units.c.code == unit_code)).scalar()
        if unit_id is not None:
            self.scope, self.agreement_of = entities.scope_ids(
                conn, entities.unit_subtree(conn, str(unit_id))
            )
        else:
            self.scope = {name: set() for name in entities.synced_tables()}
            self.agreement_of = {}
        self._memo: dict[tuple[str, str], tuple[bool, str | None]] = {}
        self.existing = entities.existing_ids(conn, incoming)

    def _exists(self, entity: str, entity_id: str) -> bool:
        return (entity, entity_id) in self.existing

    def owner(self, entity: str, entity_id: str) -> tuple[bool, str | None]:
        """(owned by the bundle's unit, agreement id if the record belongs to one)."""
        key = (entity, entity_id)
        if key in self._memo:
            return self._memo[key]
        self._memo[key] = (False, None)  # a cycle in incoming parents owns nothing
        if entity_id in self.scope.get(entity, ()):
            result = (True, self.agreement_of.get(entity_id))
        elif key not in self.incoming or self._exists(entity, entity_id):
            result = (False, None)
        else:
            fields = self.incoming[key]
            if entity == "units":
                if fields.get("code") == self.unit_code:
                    result = (True, None)
                elif fields.get("parent_id"):
                    result = (self.owner("units", fields["parent_id"])[0], None)
                else:
                    result = (False, None)
            elif entity in entities.OWNER_PATH:
                result = (False, None)
                for parent, column in entities.OWNER_PATH[entity]:
                    if fields.get(column):
                        owned, agreement = self.owner(parent, fields[column])
                        if entity == "agreements":
                            agreement = entity_id
                        result = (owned, agreement)
                        break
            else:
                result = (False, None)
        self._memo[key] = result
        return result


def _incoming_fields(revisions: Iterable[Revision]) -> dict[tuple[str, str], dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for revision in sorted(revisions, key=lambda r: r.order_key):
        out.setdefault((revision.entity, revision.entity_id), {}).update(revision.changed)
    return out


def _check_locks(
    conn: Connection,
    bundle: VerifiedBundle,
    owners: _Owners,
    revisions: list[tuple[int, Revision]],
    incoming: dict[tuple[str, str], dict[str, Any]],
) -> None:
    locks: dict[str, dict[str, dt.datetime]] = {}
    table = SyncLock.__table__
    for agreement_id, period, approved_at in conn.execute(
        select(table.c.agreement_id, table.c.period, table.c.approved_at)
    ):
        locks.setdefault(agreement_id, {})[period] = approved_at
    if not locks:
        return
    hits: dict[tuple[str, str], dt.datetime] = {}
    for _, revision in revisions:
        agreement = owners.owner(revision.entity, revision.entity_id)[1]
        if agreement not in locks:
            continue
        period = "*"
        if revision.entity in entities.PERIOD_TABLES:
            period = incoming.get((revision.entity, revision.entity_id), {}).get("period")
            if period is None:
                current = entities.read_rows(conn, revision.entity, [revision.entity_id])
                row = current.get(revision.entity_id)
                period = str(row["period"].value) if row else None
        if "*" in locks[agreement]:
            hits.setdefault((agreement, "*"), locks[agreement]["*"])
        elif period and period in locks[agreement]:
            hits.setdefault((agreement, period), locks[agreement][period])
    if hits:
        (agreement, period), approved = min(hits.items())
        error = SyncError(
            "locked_period",
            path=bundle.path,
            period=period if period != "*" else "perencanaan",
            agreement=agreement,
            approved=approved.date().isoformat(),
        )
        # Every approved (agreement, period) the bundle touches: the refusal receipt names them.
        error.locked = sorted((a, p, when.date().isoformat()) for (a, p), when in hits.items())
        raise error


def _write_rows(
    conn: Connection,
    bundle: VerifiedBundle,
    inserts: dict[str, list[dict[str, Any]]],
    updates: dict[str, list[tuple[str, dict[str, Any]]]],
) -> None:
    """Inserts parents first; self-references set in a second pass; then updates."""
    tables = entities.synced_tables()
    deferred: list[tuple[str, str, dict[str, Any]]] = []
    now = dt.datetime.now(dt.UTC)
    for name in entities.table_order():
        rows = inserts.get(name)
        if not rows:
            continue
        table = tables[name]
        self_refs = [c for c, target in entities.references(table) if target == name]
        prepared = []
        for row in rows:
            later = {c: row[c] for c in self_refs if row.get(c)}
            if later:
                deferred.append((name, row["id"], later))
            prepared.append({**row, **{c: None for c in later}, "updated_at": now})
        prepared = _uniform(table, prepared, now)
        if name == "attachments":
            for row in prepared:
                content = bundle.members.get(f"attachments/{row.get('sha256')}")
                if content is None:
                    raise SyncError(
                        "structural",
                        path=bundle.path,
                        why=f"attachment {row.get('sha256')} missing",
                    )
                row["content"] = content
        conn.execute(insert(table), prepared)
    for name, row_id, values in deferred:
        table = tables[name]
        conn.execute(update(table).where(table.c.id == row_id).values(**values))
    for name in entities.table_order():
        table = tables[name]
        for row_id, values in updates.get(name, []):
            conn.execute(
                update(table)
                .where(table.c.id == row_id)
                .values(**values, revision=table.c.revision + 1, updated_at=now)
            )


def _uniform(table: Any, rows: list[dict[str, Any]], now: dt.datetime) -> list[dict[str, Any]]:
    """One key set for an executemany: absent columns get their scalar default or NULL."""
    keys = set().union(*rows) | {"created_at", "revision"}
    fill: dict[str, Any] = {}
    for name in keys:
        default = table.columns[name].default
        fill[name] = default.arg if default is not None and default.is_scalar else None
    fill["created_at"] = now
    fill["revision"] = 1
    return [{**fill, **row} for row in rows]


def _apply(
    conn: Connection,
    bundle: VerifiedBundle,
    revisions: list[tuple[int, Revision]],
    context: list[ContextRow],
    report: ImportReport,
    decoded: dict[str, dict[str, Any]],
) -> None:
    tables = entities.synced_tables()
    incoming_ids = [r.rev_id for _, r in revisions]
    known = by_rev_id(conn, incoming_ids)
    for _, revision in revisions:
        stored = known.get(revision.rev_id)
        if stored is not None and stored.line() != revision.line():
            raise SyncError(
                "revision_conflict",
                path=bundle.path,
                rev_id=revision.rev_id,
                entity=revision.entity,
                id=revision.entity_id,
            )
    new = [(n, r) for n, r in revisions if r.rev_id not in known]
    touched = {(r.entity, r.entity_id) for _, r in revisions}
    affected = {(r.entity, r.entity_id) for _, r in new}
    report.unchanged += len(touched - affected)
    if not new:
        return
    history = by_entity(conn, [entity_id for _, entity_id in affected])
    fresh = {entity_id for _, entity_id in affected if entity_id not in history}
    available = set(incoming_ids) | {rev for revs in history.values() for rev in revs}
    parents = {p for _, r in new for p in r.parents}
    missing = parents - available
    if missing:
        missing -= set(by_rev_id(conn, missing))
    if missing:
        raise _Missing(sorted(missing)[0], next(r for _, r in new if set(r.parents) & missing))
    incoming = _incoming_fields(r for _, r in new)
    owners = _Owners(conn, str(bundle.origin["unit"]), incoming)
    for number, revision in new:
        if not owners.owner(revision.entity, revision.entity_id)[0]:
            raise SyncError(
                "foreign_unit",
                path=bundle.path,
                line=number,
                entity=revision.entity,
                id=revision.entity_id,
                unit=bundle.origin["unit"],
            )
    _check_locks(conn, bundle, owners, new, incoming)

    inserts: dict[str, list[dict[str, Any]]] = {}
    updates: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    present = entities.existing_ids(conn, ((row.entity, row.entity_id) for row in context))
    aliases = _aliases(conn, [row for row in context if (row.entity, row.entity_id) not in present])
    for row in context:
        key = (row.entity, row.entity_id)
        if key in affected or key in present or row.entity_id in aliases.get(row.entity, ()):
            continue
        table = tables[row.entity]
        values = {k: entities.decode_value(table, k, v) for k, v in row.fields.items()}
        if aliases:
            _translate(row.entity, values, aliases)
        inserts.setdefault(row.entity, []).append({"id": row.entity_id, **values})

    insert_log_rows(
        conn, SyncRevision.__table__, [_revision_row(r, bundle.bundle_id) for _, r in new]
    )
    for _, revision in new:
        history.setdefault(revision.entity_id, {})[revision.rev_id] = revision
    by_table: dict[str, list[str]] = {}
    for entity, entity_id in affected:
        by_table.setdefault(entity, []).append(entity_id)
    heads: dict[tuple[str, str], list[str]] = {}
    conflicts: list[Conflict] = []
    for entity, ids in sorted(by_table.items()):
        table = tables[entity]
        # Only records already here have a row to compare with (none in a first import).
        current = entities.read_rows(
            conn, entity, [i for i in ids if (entity, i) in owners.existing]
        )
        for entity_id in sorted(ids):
            known = history[entity_id]
            folded = fold(known)
            heads[(entity, entity_id)] = folded.heads
            conflicts.extend(folded.conflicts)
            if len(known) == 1 and folded.heads[0] in decoded:  # a new record: decoded in parse
                values = dict(decoded[folded.heads[0]])
            else:
                values = {k: entities.decode_value(table, k, v) for k, v in folded.fields.items()}
            if aliases:
                _translate(entity, values, aliases)
            row = current.get(entity_id)
            if row is None:
                if not folded.has_insert:
                    raise SyncError(
                        "structural",
                        path=bundle.path,
                        why=f"{entity} {entity_id} is changed but was never created",
                    )
                inserts.setdefault(entity, []).append({"id": entity_id, **values})
                report.created += 1
                if values.get("deleted_at") is not None:
                    report.deleted += 1
                continue
            diff = {k: v for k, v in values.items() if row.get(k) != v}
            if not diff:
                report.unchanged += 1
            elif "deleted_at" in diff and diff["deleted_at"] is not None:
                report.deleted += 1
            else:
                report.updated += 1
            if diff:
                updates.setdefault(entity, []).append((entity_id, diff))
    _refuse_taken_keys(conn, bundle, inserts)
    _write_rows(conn, bundle, inserts, updates)
    replace_heads(conn, heads, fresh)
    table = SyncConflict.__table__
    for start in range(0, len(ids := sorted(e for _, e in affected)), entities.CHUNK):
        conn.execute(
            delete(table).where(table.c.entity_id.in_(ids[start : start + entities.CHUNK]))
        )
    if conflicts:
        conn.execute(insert(table), [conflict_row(c) for c in conflicts])
    report.conflicts = [conflict_dict(c) for c in sorted(conflicts, key=lambda c: c.conflict_id)]


def _aliases(conn: Connection, context: list[ContextRow]) -> dict[str, dict[str, str]]:
    """Context units, officials and RPJMD goals this database already holds under another id
    (the same code or NIP, SPEC §9: matching is by UUID or code): table -> {bundle id: ours}.

    The bundle's rows keep pointing at the bundle's ids (its revisions never change); their
    references are translated to ours when written, at every import alike.
    """
    wanted: dict[str, dict[str, str]] = {}
    for row in context:
        column = entities.NATURAL_KEYS.get(row.entity)
        value = row.fields.get(column) if column else None
        if isinstance(value, str):
            wanted.setdefault(row.entity, {})[value] = row.entity_id
    tables = entities.synced_tables()
    out: dict[str, dict[str, str]] = {}
    for name, by_value in wanted.items():
        table = tables[name]
        column = table.c[entities.NATURAL_KEYS[name]]
        for chunk in entities.chunks(by_value):
            for local_id, value in conn.execute(
                select(table.c.id, column).where(column.in_(chunk))
            ):
                if local_id != by_value[value]:
                    out.setdefault(name, {})[by_value[value]] = local_id
    return out


def _translate(name: str, values: dict[str, Any], aliases: dict[str, dict[str, str]]) -> None:
    """Point a row's references at our copies of aliased records (see `_aliases`)."""
    for column, target in entities.references(entities.synced_tables()[name]):
        alias = aliases.get(target)
        if alias and values.get(column) in alias:
            values[column] = alias[values[column]]


def _refuse_taken_keys(
    conn: Connection, bundle: VerifiedBundle, inserts: dict[str, list[dict[str, Any]]]
) -> None:
    """A new unit, official or RPJMD goal whose code or NIP this database already holds
    under another id: one sentence naming it and the bundle, instead of a constraint error."""
    tables = entities.synced_tables()
    for name, column_name in entities.NATURAL_KEYS.items():
        rows = {
            row[column_name]: row["id"] for row in inserts.get(name, ()) if row.get(column_name)
        }
        if not rows:
            continue
        column = tables[name].c[column_name]
        for chunk in entities.chunks(rows):
            for local_id, value in conn.execute(
                select(tables[name].c.id, column).where(column.in_(chunk))
            ):
                if local_id != rows[value]:
                    raise SyncError(
                        "natural_key_taken",
                        path=bundle.path,
                        what=entities.NATURAL_KEY_LABELS[name][0],
                        what_en=entities.NATURAL_KEY_LABELS[name][1],
                        value=value,
                    )


class _Missing(Exception):
    def __init__(self, base: str, revision: Revision) -> None:
        self.base = base
        self.revision = revision


def _revision_row(revision: Revision, bundle_id: str) -> dict[str, Any]:
    from app.sync.revisions import to_row

    return to_row(revision, bundle_id)


def conflict_row(conflict: Conflict) -> dict[str, Any]:
    return {
        "id": conflict.conflict_id,
        "kind": conflict.kind,
        "entity": conflict.entity,
        "entity_id": conflict.entity_id,
        "field": conflict.field,
        "winner_rev": conflict.winner_rev,
        "other_rev": conflict.other_rev,
        "base": dumps(conflict.base),
        "current": dumps(conflict.current),
        "incoming": dumps(conflict.incoming),
    }


def _ledger_row(
    bundle: VerifiedBundle, status: str, report: ImportReport | None, file_name: str
) -> dict[str, Any]:
    seq = bundle.manifest.get("seq_range") or [None, None]
    return {
        "bundle_id": bundle.bundle_id,
        "sha256": bundle.sha256,
        "direction": "in",
        "kind": str(bundle.manifest.get("kind", "delta")),
        "status": status,
        "unit_code": str(bundle.origin["unit"]),
        "origin": str(bundle.origin.get("database_id", "")),
        "key_id": str(bundle.origin["key_id"]),
        "seq_from": seq[0] if isinstance(seq, list) and len(seq) == 2 else None,
        "seq_to": seq[1] if isinstance(seq, list) and len(seq) == 2 else None,
        "prev_sha256": bundle.manifest.get("prev_bundle_sha256"),
        "file_name": file_name,
        "report": dumps(report.as_dict()) if report else None,
        "recorded_at": dt.datetime.now(dt.UTC),
    }


def earlier_report(conn: Connection, bundle: VerifiedBundle, dry_run: bool) -> ImportReport | None:
    """The report of this bundle's earlier apply (marked repeated): the same bundle again is a
    no-op. The same id with other content is refused."""
    ledger = SyncBundle.__table__
    earlier = conn.execute(
        select(ledger.c.sha256, ledger.c.status, ledger.c.report).where(
            ledger.c.bundle_id == bundle.bundle_id, ledger.c.direction == "in"
        )
    ).first()
    if earlier is None or earlier.status != "applied":
        return None
    if earlier.sha256 != bundle.sha256:
        raise SyncError(
            "structural",
            path=bundle.path,
            why=f"bundle {bundle.bundle_id} was already imported with other content",
        )
    previous = ImportReport.from_dict(json.loads(earlier.report))
    previous.repeated = True
    previous.dry_run = dry_run
    return previous


def import_verified(
    db: Database,
    bundle: VerifiedBundle,
    raw: bytes,
    archive_dir: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    retry_held: bool = True,
) -> ImportReport:
    """Apply one verified bundle (and then any held bundle that was waiting for it)."""
    report = ImportReport(
        bundle_id=bundle.bundle_id,
        file=Path(bundle.path).name,
        unit=str(bundle.origin["unit"]),
        kind=str(bundle.manifest.get("kind", "delta")),
        dry_run=dry_run,
        warnings=list(bundle.warnings),
    )
    if bundle.parsed is None:  # a dry run then the import of one verified bundle: parse once
        decoded: dict[str, dict[str, Any]] = {}
        bundle.parsed = (parse_changes(bundle, decoded), parse_context(bundle), decoded)
    revisions, context, decoded = bundle.parsed
    if progress:
        progress(1, 3)
    ledger = SyncBundle.__table__
    try:
        with paused_gc(), db.transaction("bundle_import") as session:
            conn = session.connection()
            lock_imports(conn)  # several importers on one server: one apply at a time
            previous = earlier_report(conn, bundle, dry_run)
            if previous is not None:
                return previous
            try:
                _apply(conn, bundle, revisions, context, report, decoded)
            except _Missing as missing:
                # A delta whose revisions build on ones not here yet: an earlier bundle of the
                # chain has not arrived (not necessarily the direct predecessor). Hold it.
                if not bundle.manifest.get("prev_bundle_sha256"):
                    raise SyncError(
                        "unknown_base",
                        path=bundle.path,
                        rev_id=missing.revision.rev_id,
                        base=missing.base,
                    ) from None
                report.held = True
                report.held_revisions = len(revisions)
                report.status = "warning"
                upsert(conn, ledger, [_ledger_row(bundle, "held", report, report.file)])
                if dry_run:
                    raise _RollBack(report) from None
                _archive(archive_dir, bundle.sha256, raw)
                return report
            if report.conflicts or report.warnings:
                report.status = "warning"
            if progress:
                progress(2, 3)
            upsert(conn, ledger, [_ledger_row(bundle, "applied", report, report.file)])
            if dry_run:
                raise _RollBack(report)
            _archive(archive_dir, bundle.sha256, raw)
    except _RollBack as rolled:
        return rolled.report
    except IntegrityError as exc:
        raise SyncError("structural", path=bundle.path, why=str(exc.orig).strip()) from None
    if progress:
        progress(3, 3)
    if retry_held:
        _apply_waiting(db, bundle.sha256, archive_dir, report)
    return report


def _archive(archive_dir: Path, sha256: str, raw: bytes) -> None:
    """Keep the raw bundle by hash (before the commit: a ledger row never lacks its file)."""
    archive_dir.mkdir(parents=True, exist_ok=True)
    target = archive_path(archive_dir, sha256)
    if not target.exists():
        write_atomically(target, raw)


def _apply_waiting(db: Database, sha256: str, archive_dir: Path, report: ImportReport) -> None:
    """Held bundles that can now be applied, retried until a pass applies none."""
    ledger = SyncBundle.__table__
    stuck: set[str] = set()
    while True:
        with db.session() as session:
            waiting = {
                sha: file_name
                for sha, file_name in session.execute(
                    select(ledger.c.sha256, ledger.c.file_name)
                    .where(ledger.c.status == "held", ledger.c.direction == "in")
                    .order_by(ledger.c.seq_from, ledger.c.recorded_at)
                )
            }
        progressed = False
        for held_sha in (sha for sha in waiting if sha not in stuck):
            path = archive_path(archive_dir, held_sha)
            if not path.exists():
                stuck.add(held_sha)
                continue
            raw = path.read_bytes()
            # Named as it arrived (the ledger and the inbox keep the unit's file name).
            name = waiting[held_sha] or str(path)
            held = verify_bytes(raw, name, None, accept_untrusted=True)
            held.warnings.clear()  # it was verified, trust included, when it arrived
            follow = import_verified(db, held, raw, archive_dir, retry_held=False)
            if follow.held:
                stuck.add(held_sha)
                continue
            report.also_applied.append(follow.bundle_id)
            progressed = True
            stuck.clear()
            break
        if not progressed:
            return

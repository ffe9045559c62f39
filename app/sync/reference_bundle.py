"""The province's reference bundle: RPJMD sasaran and IKU, the KSD list, the mandatory
indicators and the regional profile updates, signed like a unit's bundle and received
through the same pipeline.

The province writes a full snapshot (`reference.json`) with a version that grows whenever
its content changes; the same content writes the same bytes again. A unit applies it in
one transaction with its ledger row, matching every entry by its province code: new codes
are created (with the province's ids, so the unit's later bundles point at the rows the
province has), changed ones updated, codes the snapshot no longer lists withdrawn as
tombstones. A profile update travels whole under its profile code (`profiles`), is
validated as strictly as the shipped files, and is stored with the bundle's version: the
unit's rules use the newest; a profile the snapshot no longer lists goes back to the
shipped file. The same bundle again is a no-op returning the earlier report; an older
version than the one applied changes nothing. A dry run is the same apply rolled back.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import __version__
from app.models import MandatoryIndicator, ProfileUpdate, ReferenceKsd, RpjmdGoal, RpjmdIndicator
from app.models.changelog import SyncBundle, SyncMeta, dumps, local_origin, to_json_value
from app.models.database import INCLUDE_DELETED, Database
from app.services.profiles import check_profile, profile_updates
from app.sync import entities
from app.sync.bundle_file import (
    FORMAT_VERSION,
    REFERENCE_FORMAT,
    VerifiedBundle,
    build_archive,
    canonical_json,
    sha256_hex,
    write_atomically,
)
from app.sync.consolidation import lock_imports
from app.sync.errors import SyncError
from app.sync.importer import ImportReport, _archive, _ledger_row, earlier_report
from app.sync.keys import InstallationKey
from app.sync.revisions import upsert

REFERENCE_FILE = "reference.json"
VERSION_KEY = "reference_version"
PROFILES = "profiles"
_NAMESPACE = uuid.UUID("3c4f0b8e-2d7a-4b59-9e61-5a0f7d2c8b13")


@dataclass(frozen=True)
class Section:
    """One list of the snapshot: its table, the fields that travel, and the foreign key that
    travels as the referred row's code (`column`, `section`, `json name`)."""

    name: str
    model: type[Any]
    fields: tuple[str, ...]
    link: tuple[str, str, str] | None = None


SECTIONS = (
    Section("rpjmd_goals", RpjmdGoal, ("text", "period_start", "period_end")),
    Section(
        "rpjmd_indicators",
        RpjmdIndicator,
        ("name", "unit_of_measure", "position"),
        ("rpjmd_goal_id", "rpjmd_goals", "goal_code"),
    ),
    Section("ksd", ReferenceKsd, ("year", "name", "responsible_units", "position")),
    Section(
        "mandatory_indicators",
        MandatoryIndicator,
        (
            "name",
            *MandatoryIndicator.METADATA_FIELDS,
            "levels",
            "unit_codes",
            "year_from",
            "year_to",
            "position",
        ),
        ("rpjmd_indicator_id", "rpjmd_indicators", "rpjmd_indicator_code"),
    ),
)


def reference_file_name(issuer: str, version: int) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in issuer)
    return f"pk_referensi_{safe}_v{version}.pkbundle"


def _rows(session: Session, model: type[Any], *, deleted: bool = False) -> list[Any]:
    statement = select(model).order_by(model.code)
    if deleted:
        statement = statement.execution_options(**{INCLUDE_DELETED: True})
    return list(session.scalars(statement))


def snapshot(session: Session) -> dict[str, list[dict[str, Any]]]:
    """Every live reference entry as plain JSON, by section, ordered by code."""
    codes: dict[str, dict[str, str]] = {}
    out: dict[str, list[dict[str, Any]]] = {}
    for section in SECTIONS:
        rows = _rows(session, section.model)
        codes[section.name] = {row.id: row.code for row in rows}
        entries = []
        for row in rows:
            entry = {"id": row.id, "code": row.code}
            entry.update({name: to_json_value(getattr(row, name)) for name in section.fields})
            if section.link is not None:
                column, target, key = section.link
                entry[key] = codes[target].get(getattr(row, column) or "")
            entries.append(entry)
        out[section.name] = entries
    out[PROFILES] = [
        {"code": code, "profile": json.loads(content)}
        for code, (_, content) in sorted(profile_updates(session).items())
    ]
    return out


@dataclass(frozen=True)
class ReferenceExport:
    path: Path
    bundle_id: str
    version: int
    counts: dict[str, int]
    sha256: str


def write_reference_bundle(
    db: Database, key: InstallationKey, out_dir: Path, issuer: str = "PROVINSI"
) -> ReferenceExport:
    """Sign the province's reference data; the version grows only when the content changed."""
    ledger = SyncBundle.__table__
    with db.transaction("reference_export") as session:
        content = snapshot(session)
        if not any(content.values()):
            raise SyncError("reference_empty")
        content_sha = sha256_hex(canonical_json(content))
        conn = session.connection()
        last = conn.execute(
            select(ledger.c.report)
            .where(ledger.c.direction == "out", ledger.c.kind == "reference")
            .order_by(ledger.c.seq_to.desc())
            .limit(1)
        ).scalar()
        previous = json.loads(last) if last else {"version": 0, "content_sha256": None}
        version = int(previous["version"])
        if previous["content_sha256"] != content_sha:
            version += 1
        body = {"issuer": issuer, "version": version, **content}
        body_bytes = canonical_json(body) + b"\n"
        bundle_id = str(uuid.uuid5(_NAMESPACE, f"{key.key_id}|{issuer}|{version}|{content_sha}"))
        manifest = {
            "format": REFERENCE_FORMAT,
            "format_version": FORMAT_VERSION,
            "app_version": __version__,
            "schema_version": MigrationContext.configure(conn).get_current_revision(),
            "bundle_id": bundle_id,
            "kind": "reference",
            "origin": key.origin(issuer, local_origin(conn), db.user),
            "reference": {"version": version, "sha256": content_sha},
        }
        data = build_archive(manifest, {REFERENCE_FILE: body_bytes}, key)
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / reference_file_name(issuer, version)
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
                    "kind": "reference",
                    "status": "exported",
                    "unit_code": issuer,
                    "origin": local_origin(conn),
                    "key_id": key.key_id,
                    "seq_from": version,
                    "seq_to": version,
                    "prev_sha256": None,
                    "file_name": path.name,
                    "report": dumps({"version": version, "content_sha256": content_sha}),
                    "recorded_at": dt.datetime.now(dt.UTC),
                }
            ],
        )
    counts = {name: len(entries) for name, entries in content.items()}
    return ReferenceExport(path, bundle_id, version, counts, sha)


# --- the unit's side ------------------------------------------------------------------------


def _invalid(bundle: VerifiedBundle, why: str) -> SyncError:
    return SyncError("reference_invalid", path=bundle.path, why=why)


def parse_reference(bundle: VerifiedBundle) -> tuple[int, dict[str, list[dict[str, Any]]]]:
    """The version and sections of a verified reference bundle, every value type-checked by
    its column; the first malformed entry refuses the whole bundle."""
    raw = bundle.members.get(REFERENCE_FILE)
    if raw is None:
        raise SyncError("listed_missing", path=bundle.path, name=REFERENCE_FILE)
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _invalid(bundle, str(exc)) from None
    if not isinstance(body, dict):
        raise _invalid(bundle, "not a JSON object")
    version = body.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _invalid(bundle, f"version {version!r}")
    sections: dict[str, list[dict[str, Any]]] = {}
    for section in SECTIONS:
        table = section.model.__table__
        entries = body.get(section.name, [])
        if not isinstance(entries, list):
            raise _invalid(bundle, f"{section.name} is not a list")
        decoded = []
        seen: set[str] = set()
        for number, entry in enumerate(entries, start=1):
            where = f"{section.name} #{number}"
            if not isinstance(entry, dict):
                raise _invalid(bundle, f"{where} is not an object")
            allowed = {"id", "code", *section.fields}
            if section.link is not None:
                allowed.add(section.link[2])
            unknown = sorted(set(entry) - allowed)
            if unknown:
                raise _invalid(bundle, f"{where}: unknown field {unknown[0]}")
            code, entry_id = entry.get("code"), entry.get("id")
            if not isinstance(code, str) or not code.strip() or code in seen:
                raise _invalid(bundle, f"{where}: code {code!r} missing or repeated")
            if not isinstance(entry_id, str) or not 1 <= len(entry_id) <= 36:
                raise _invalid(bundle, f"{where}: id {entry_id!r}")
            seen.add(code)
            values: dict[str, Any] = {}
            try:
                values["code"] = entities.decode_value(table, "code", code)
                for name in section.fields:
                    values[name] = entities.decode_value(table, name, entry.get(name))
            except entities.DecodeError as exc:
                raise _invalid(bundle, f"{where}: {exc}") from None
            if section.link is not None:
                link = entry.get(section.link[2])
                if link is not None and not isinstance(link, str):
                    raise _invalid(bundle, f"{where}: {section.link[2]} {link!r}")
                values[section.link[2]] = link
            decoded.append({"id": entry_id, **values})
        sections[section.name] = decoded
    sections[PROFILES] = _parse_profiles(bundle, body.get(PROFILES, []))
    return version, sections


def _parse_profiles(bundle: VerifiedBundle, entries: object) -> list[dict[str, Any]]:
    """Each profile update validated like a shipped profile file: code → canonical JSON."""
    if not isinstance(entries, list):
        raise _invalid(bundle, f"{PROFILES} is not a list")
    out: list[dict[str, Any]] = []
    for number, entry in enumerate(entries, start=1):
        where = f"{PROFILES} #{number}"
        if not isinstance(entry, dict) or set(entry) != {"code", "profile"}:
            raise _invalid(bundle, f"{where} is not an object of code and profile")
        try:
            profile, content = check_profile(entry["profile"])
        except ValueError as exc:
            raise _invalid(bundle, f"{where}: {exc}") from None
        if profile.code != entry["code"] or any(e["code"] == profile.code for e in out):
            raise _invalid(bundle, f"{where}: code {entry['code']!r} does not match or repeats")
        out.append({"code": profile.code, "content": content})
    return out


def _apply_profiles(
    session: Session, version: int, entries: list[dict[str, Any]], report: ImportReport
) -> None:
    """Store the profile updates that changed under the bundle's version; withdraw the ones
    the snapshot no longer lists (back to the shipped file)."""
    live = profile_updates(session)
    listed = {entry["code"]: entry["content"] for entry in entries}
    # a row already at this version (a local edit) must not collide: the bundle's is newer
    taken = dict(
        session.execute(
            select(ProfileUpdate.code, func.max(ProfileUpdate.version)).group_by(ProfileUpdate.code)
        ).all()
    )

    def store(code: str, content: str | None) -> None:
        row_version = max(version, taken.get(code, 0) + 1)
        session.add(ProfileUpdate(code=code, version=row_version, content=content))

    for code, content in listed.items():
        current = live.get(code)
        if current is not None and current[1] == content:
            report.unchanged += 1
            continue
        store(code, content)
        if current is None:
            report.created += 1
        else:
            report.updated += 1
    for code in sorted(set(live) - set(listed)):
        store(code, None)
        report.deleted += 1
    session.flush()


def applied_version(session: Session) -> int:
    row = session.get(SyncMeta, VERSION_KEY)
    return int(row.value) if row is not None else 0


def _apply(
    session: Session,
    bundle: VerifiedBundle,
    sections: dict[str, list[dict[str, Any]]],
    report: ImportReport,
) -> None:
    ids_by_code: dict[str, dict[str, str]] = {}
    now = dt.datetime.now(dt.UTC)
    for section in SECTIONS:
        existing = {row.code: row for row in _rows(session, section.model, deleted=True)}
        taken = {row.id for row in existing.values()}
        listed: set[str] = set()
        for entry in sections[section.name]:
            values = {name: entry[name] for name in section.fields}
            if section.link is not None:
                column, target, key = section.link
                code = entry[key]
                values[column] = ids_by_code[target].get(code) if code else None
                if code and values[column] is None:
                    raise _invalid(bundle, f"{section.name} {entry['code']}: unknown {key} {code}")
            listed.add(entry["code"])
            row = existing.get(entry["code"])
            if row is None:
                new_id = entry["id"] if entry["id"] not in taken else None
                row = section.model(code=entry["code"], **values)
                if new_id:
                    row.id = new_id
                session.add(row)
                existing[entry["code"]] = row
                report.created += 1
                continue
            diff = {k: v for k, v in values.items() if getattr(row, k) != v}
            if row.deleted_at is not None:
                diff["deleted_at"] = None
            for name, value in diff.items():
                setattr(row, name, value)
            if diff:
                report.updated += 1
            else:
                report.unchanged += 1
        for code, row in existing.items():
            if code not in listed and row.deleted_at is None:
                row.deleted_at = now
                report.deleted += 1
        session.flush()
        ids_by_code[section.name] = {
            code: row.id for code, row in existing.items() if row.deleted_at is None
        }


class _RollBack(Exception):
    def __init__(self, report: ImportReport) -> None:
        self.report = report


def import_reference(
    db: Database, bundle: VerifiedBundle, raw: bytes, archive_dir: Path, *, dry_run: bool = False
) -> ImportReport:
    """Apply a verified reference bundle in one transaction with its ledger row."""
    report = ImportReport(
        bundle_id=bundle.bundle_id,
        file=Path(bundle.path).name,
        unit=str(bundle.origin["unit"]),
        kind="reference",
        dry_run=dry_run,
        warnings=list(bundle.warnings),
    )
    version, sections = parse_reference(bundle)
    ledger = SyncBundle.__table__
    try:
        with db.transaction("reference_import") as session:
            conn = session.connection()
            lock_imports(conn)
            previous = earlier_report(conn, bundle, dry_run)
            if previous is not None:
                return previous
            current = applied_version(session)
            if version <= current:
                report.status = "warning"
                report.warnings.append("reference_older")
            else:
                _apply(session, bundle, sections, report)
                _apply_profiles(session, version, sections[PROFILES], report)
                meta = session.get(SyncMeta, VERSION_KEY)
                if meta is None:
                    session.add(SyncMeta(key=VERSION_KEY, value=str(version)))
                else:
                    meta.value = str(version)
                session.flush()
                if report.warnings:
                    report.status = "warning"
            row = _ledger_row(bundle, "applied", report, report.file)
            row.update(seq_from=version, seq_to=version)
            upsert(conn, ledger, [row])
            if dry_run:
                raise _RollBack(report)
            _archive(archive_dir, bundle.sha256, raw)
    except _RollBack as rolled:
        return rolled.report
    return report

"""The sync use cases as the CLI and the window call them: keys, export, verify, import,
receipts, states. Each bundle or receipt is one transaction; a refusal changes nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.models.database import Database
from app.paths import AppPaths
from app.sync.bundle_file import VerifiedBundle, read_file, verify_bytes
from app.sync.errors import SyncError
from app.sync.export import ExportResult, export_bundle
from app.sync.importer import import_verified
from app.sync.inbox import record_refusal, refusal_log
from app.sync.keys import InstallationKey, TrustedKey, TrustStore, load_or_create_key
from app.sync.receipts import Decision, import_receipt, write_receipt, write_refusal
from app.sync.reference_bundle import ReferenceExport, import_reference, write_reference_bundle

Progress = Callable[[int, int], None]


def installation_key(paths: AppPaths) -> InstallationKey:
    return load_or_create_key(paths.keys_dir)


def trust_store(paths: AppPaths) -> TrustStore:
    return TrustStore(paths.keys_dir)


def trust_key(
    paths: AppPaths,
    text: str,
    unit: str,
    *,
    label: str = "",
    confirmed_fingerprint: str | None = None,
    where: object = "-",
) -> TrustedKey:
    """Trust a unit's public key, pasted or read from its `.pkkey` file; the fingerprint the
    unit read out, when given, must match."""
    from app.sync.keys import fingerprint, parse_public_key

    document = parse_public_key(text, where)
    if confirmed_fingerprint and "".join(confirmed_fingerprint.split()) != document["key_id"]:
        raise SyncError(
            "fingerprint_mismatch",
            path=where,
            actual=fingerprint(document["key_id"]),
            expected=confirmed_fingerprint,
        )
    unit = unit.strip() or document["unit"]
    if not unit:
        raise SyncError("key_unit_missing")
    return trust_store(paths).trust(document["public_key"], unit, label)


def revoke_key(paths: AppPaths, key_id: str, reason: str = "") -> TrustedKey:
    return trust_store(paths).revoke("".join(key_id.split()), reason)


def bundles_dir(paths: AppPaths) -> Path:
    """Where received bundles are archived by hash, to rebuild a database by replaying them."""
    return paths.data_dir / "bundles"


def refusals_dir(paths: AppPaths) -> Path:
    """Where the receipts for bundles refused over approved periods are written."""
    return paths.data_dir / "receipts"


def export(
    db: Database,
    paths: AppPaths,
    unit: str,
    out_dir: Path,
    *,
    full: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    return export_bundle(db, installation_key(paths), unit, out_dir, full=full, progress=progress)


def verify(path: Path, paths: AppPaths, *, accept_untrusted: bool = False) -> VerifiedBundle:
    return verify_bytes(
        read_file(path), str(path), trust_store(paths), accept_untrusted=accept_untrusted
    )


@dataclass
class FileResult:
    """One file of an import: its report, or the sentence that refused it."""

    path: Path
    report: dict[str, Any] | None = None
    error: SyncError | None = None
    receipt: Path | None = None  # the "returned" receipt written for a refused bundle

    def as_dict(self, lang: str = "id") -> dict[str, Any]:
        if self.error is not None:
            data = {"file": str(self.path), "status": "error", "message": self.error.text(lang)}
            if self.receipt is not None:
                data["receipt"] = str(self.receipt)
            return data
        return {"file": str(self.path), **(self.report or {})}


def import_files(
    db: Database,
    files: Sequence[Path],
    paths: AppPaths,
    *,
    dry_run: bool = False,
    accept_untrusted: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    issuer: str = "PROVINSI",
) -> list[FileResult]:
    """Bundles and receipts in the order given; a held bundle waits for its predecessor.
    A bundle refused over approved periods gets a "returned" receipt in `refusals_dir`."""
    results: list[FileResult] = []
    if files and not dry_run:
        db.backup_now()  # a copy of the file as it was before anything from outside arrived
    for index, path in enumerate(files):
        if cancelled and cancelled():
            break
        bundle: VerifiedBundle | None = None
        try:
            raw = read_file(path)
            bundle = verify_bytes(
                raw, str(path), trust_store(paths), accept_untrusted=accept_untrusted
            )
            if bundle.is_reference:
                report = import_reference(
                    db, bundle, raw, bundles_dir(paths), dry_run=dry_run
                ).as_dict()
            elif bundle.is_receipt:
                if dry_run:
                    report = {"kind": "receipt", "status": "success", "dry_run": True}
                else:
                    report = {"kind": "receipt", "status": "success", **import_receipt(db, bundle)}
            else:
                report = import_verified(
                    db, bundle, raw, bundles_dir(paths), dry_run=dry_run
                ).as_dict()
            results.append(FileResult(path, report=report))
        except SyncError as exc:
            receipt = None
            if exc.locked and bundle is not None and not dry_run:
                # Refused over approved periods: the unit gets a signed "returned" answer, so
                # its records do not stay "sent" while the province holds none of them.
                receipt = write_refusal(
                    installation_key(paths),
                    bundle,
                    exc.locked,
                    refusals_dir(paths),
                    issuer,
                    db.user,
                )
            if not dry_run:  # the inbox lists it; the database stays as it was
                record_refusal(refusal_log(paths.data_dir), db, path, exc, bundle)
            results.append(FileResult(path, error=exc, receipt=receipt))
        if progress:
            progress(index + 1, len(files))
    return results


def receipt(
    db: Database,
    paths: AppPaths,
    agreements: Sequence[str],
    out_dir: Path,
    *,
    returned_reason: str | None = None,
    period: str | None = None,
    issuer: str = "PROVINSI",
) -> Path:
    status = "returned" if returned_reason else "approved"
    decisions = [
        Decision(
            agreement_id=a,
            status=status,
            period=period,
            reasons=(returned_reason,) if returned_reason else (),
        )
        for a in agreements
    ]
    return write_receipt(db, installation_key(paths), decisions, out_dir, issuer)


def export_reference(
    db: Database, paths: AppPaths, out_dir: Path, *, issuer: str = "PROVINSI"
) -> ReferenceExport:
    """`pk-desk reference export`: the province's reference data as a signed bundle."""
    return write_reference_bundle(db, installation_key(paths), out_dir, issuer)


def write_decisions(
    db: Database,
    paths: AppPaths,
    decisions: Sequence[Decision],
    out_dir: Path,
    *,
    issuer: str = "PROVINSI",
) -> Path:
    """Sign one receipt with a decision per agreement (and period): approvals lock them."""
    return write_receipt(db, installation_key(paths), list(decisions), out_dir, issuer)


@dataclass(frozen=True)
class ReceivedRow:
    """An agreement that arrived by bundle, as the receipt dialog lists it."""

    agreement_id: str
    unit_code: str
    owner: str
    year: int
    status: str


def received_agreements(db: Database) -> list[ReceivedRow]:
    """The agreements this database received in bundles: the ones a receipt can answer."""
    from sqlalchemy import select

    from app.models.changelog import SyncRevision
    from app.services import queries

    revisions = SyncRevision.__table__
    with db.session() as session:
        received = set(
            session.scalars(
                select(revisions.c.entity_id)
                .where(revisions.c.entity == "agreements", revisions.c.received_in.is_not(None))
                .distinct()
            )
        )
    return [
        ReceivedRow(
            agreement_id=str(row.id),
            unit_code=str(row.unit_code),
            owner=str(row.owner),
            year=int(row.year),
            status=str(row.status),
        )
        for row in queries.list_agreements(db)
        if str(row.id) in received
    ]


@dataclass(frozen=True)
class PreviewRow:
    """One agreement a bundle for the chosen unit would carry, as the send dialog lists it."""

    agreement_id: str
    unit_code: str
    owner: str
    year: int
    status: str
    sync_state: str
    sync_reason: str | None


def export_preview(db: Database, unit: str) -> list[PreviewRow]:
    """The agreements of the unit and the units under it, with their sync state."""
    from app.services import queries
    from app.sync import entities
    from app.sync.export import find_unit
    from app.sync.state import sync_states

    with db.session() as session:
        conn = session.connection()
        scope, _ = entities.scope_ids(conn, entities.unit_subtree(conn, find_unit(conn, unit)))
    wanted = scope["agreements"]
    states = sync_states(db, wanted)
    rows = []
    for row in queries.list_agreements(db):
        data = row.as_dict()
        if data["id"] in wanted:
            state, reason = states.get(str(data["id"]), ("not_sent", None))
            rows.append(
                PreviewRow(
                    agreement_id=str(data["id"]),
                    unit_code=str(data["unit_code"]),
                    owner=str(data["owner"]),
                    year=int(data["year"]),
                    status=str(data["status"]),
                    sync_state=state,
                    sync_reason=reason,
                )
            )
    return rows


def unit_codes(db: Database) -> list[tuple[str, str, str]]:
    """(id, code, name) of every unit, for the scope chooser."""
    from app.services import queries

    return [(str(u.id), str(u.code), str(u.name)) for u in queries.list_units(db)]


def selftest_round_trip(folder: Path, db_path: Path, agreement_id: str) -> tuple[str, int]:
    """`pk-desk selftest`: sign a unit's bundle with a throw-away key, verify it and import it
    into a second new database; the agreement must arrive. Returns the bundle's file name and
    its number of revisions."""
    from app.models.database import open_database
    from app.services import queries

    paths = AppPaths(data_dir=folder / "sync-data", config_dir=folder / "sync-config")
    with open_database(db_path) as db:
        unit = next(
            (str(a.unit_code) for a in queries.list_agreements(db) if a.id == agreement_id), None
        )
        if unit is None:
            raise SyncError("receipt_unknown_agreement", path=db_path, agreement=agreement_id)
        trust_store(paths).trust(installation_key(paths).public_b64, unit)
        result = export(db, paths, unit, folder / "bundles", full=True)
    assert result.path is not None
    target = folder / "selftest-received.sqlite"
    with open_database(target) as received:
        [outcome] = import_files(received, [result.path], paths)
        if outcome.error is not None:
            raise outcome.error
        if not any(a.id == agreement_id for a in queries.list_agreements(received)):
            raise SyncError("receipt_unknown_agreement", path=target, agreement=agreement_id)
    return result.path.name, result.revisions

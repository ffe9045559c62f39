"""Receipts: the province's signed answer per agreement and period — approved (the period is
then locked against later bundles) or returned with reasons — and the unit's import of it,
which moves its agreements from "sent" to "accepted" or "returned"."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from app import __version__
from app.models.changelog import SyncBundle, SyncLock, SyncRevision, SyncState, dumps, local_origin
from app.models.database import Database
from app.sync import entities
from app.sync.bundle_file import (
    FORMAT_VERSION,
    RECEIPT_FORMAT,
    VerifiedBundle,
    build_archive,
    canonical_json,
    sha256_hex,
    write_atomically,
)
from app.sync.errors import SyncError
from app.sync.keys import InstallationKey
from app.sync.revisions import upsert

RECEIPT_FILE = "receipt.json"
APPROVED, RETURNED = "approved", "returned"
_NAMESPACE = uuid.UUID("0f6b3f0e-8a52-4d43-9a0c-3c9f62d1f7b4")


@dataclass(frozen=True)
class Decision:
    agreement_id: str
    status: str  # approved / returned
    period: str | None = None  # None: the whole agreement
    reasons: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "agreement_id": self.agreement_id,
            "status": self.status,
            "period": self.period,
            "reasons": list(self.reasons),
        }


def receipt_file_name(issuer: str, receipt_id: str) -> str:
    return f"pk_receipt_{issuer}_{receipt_id}.pkreceipt"


def write_receipt(
    db: Database, key: InstallationKey, decisions: list[Decision], out_dir: Path, issuer: str
) -> Path:
    """Sign a receipt for agreements that arrived by bundle; approvals lock their period."""
    with db.transaction("receipt_issue") as session:
        conn = session.connection()
        revisions = SyncRevision.__table__
        bundle_ids: set[str] = set()
        for decision in decisions:
            received = set(
                conn.execute(
                    select(revisions.c.received_in).where(
                        revisions.c.entity == "agreements",
                        revisions.c.entity_id == decision.agreement_id,
                        revisions.c.received_in.is_not(None),
                    )
                ).scalars()
            )
            if not received:
                raise SyncError("nothing_to_receipt", agreement=decision.agreement_id)
            bundle_ids |= received
        body = {
            "bundle_ids": sorted(bundle_ids),
            "decisions": [d.as_dict() for d in decisions],
        }
        receipt_id, data, path = _sign(key, body, out_dir, issuer, local_origin(conn), db.user)
        now = dt.datetime.now(dt.UTC)
        upsert(
            conn,
            SyncLock.__table__,
            [
                {
                    "agreement_id": d.agreement_id,
                    "period": d.period or "*",
                    "receipt_id": receipt_id,
                    "approved_at": now,
                }
                for d in decisions
                if d.status == APPROVED
            ],
        )
        upsert(
            conn, SyncBundle.__table__, [_ledger(receipt_id, data, "out", issuer, path.name, body)]
        )
    return path


def _sign(
    key: InstallationKey,
    body: dict[str, Any],
    out_dir: Path,
    issuer: str,
    database_id: str,
    user: str,
) -> tuple[str, bytes, Path]:
    """The signed receipt file for `body`, written atomically: (receipt id, bytes, path)."""
    body_bytes = canonical_json(body) + b"\n"
    receipt_id = str(uuid.uuid5(_NAMESPACE, f"{key.key_id}|{sha256_hex(body_bytes)}"))
    manifest = {
        "format": RECEIPT_FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "bundle_id": receipt_id,
        "kind": "receipt",
        "origin": key.origin(issuer, database_id, user),
    }
    data = build_archive(manifest, {RECEIPT_FILE: body_bytes}, key)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / receipt_file_name(issuer, receipt_id)
    write_atomically(path, data)
    return receipt_id, data, path


def locked_reason(period: str, approved: str, lang: str = "id") -> str:
    """Why a refused bundle comes back (the unit shows it after "TW1: ", or alone for the
    agreement's planning data)."""
    if lang == "en":
        what = "planning data " if period == "*" else ""
        return f"{what}approved by the province on {approved}; the bundle was not accepted"
    what = "data perencanaan " if period == "*" else ""
    return f"{what}sudah disetujui provinsi pada {approved}; bundel tidak diterima"


def write_refusal(
    key: InstallationKey,
    bundle: VerifiedBundle,
    locked: list[tuple[str, str, str]],
    out_dir: Path,
    issuer: str,
    user: str = "",
) -> Path:
    """A signed "returned" receipt for a bundle refused because it touched approved periods.

    Nothing is written to the database (a refused bundle leaves it exactly as it was); the
    unit imports the receipt, sees "dikembalikan: alasan" and its revisions of that bundle
    count as unsent again, so nothing it edited is lost or skipped by the next export.
    """
    decisions = [
        Decision(
            agreement, RETURNED, None if period == "*" else period, (locked_reason(period, when),)
        )
        for agreement, period, when in locked
    ]
    body = {
        "bundle_ids": [bundle.bundle_id],
        "refused": [bundle.bundle_id],
        "decisions": [d.as_dict() for d in decisions],
    }
    # No database is read or written: the receipt names the issuing installation only.
    return _sign(key, body, out_dir, issuer, "", user)[2]


def _ledger(
    receipt_id: str, data: bytes, direction: str, issuer: str, name: str, body: dict[str, Any]
) -> dict[str, Any]:
    return {
        "bundle_id": receipt_id,
        "sha256": sha256_hex(data),
        "direction": direction,
        "kind": "receipt",
        "status": "applied" if direction == "in" else "exported",
        "unit_code": issuer,
        "origin": "",
        "key_id": None,
        "seq_from": None,
        "seq_to": None,
        "prev_sha256": None,
        "file_name": name,
        "report": dumps(body),
        "recorded_at": dt.datetime.now(dt.UTC),
    }


def _decisions(receipt: VerifiedBundle) -> tuple[dict[str, Any], list[Decision]]:
    raw = receipt.members.get(RECEIPT_FILE)
    if raw is None:
        raise SyncError("listed_missing", path=receipt.path, name=RECEIPT_FILE)
    try:
        body = json.loads(raw.decode("utf-8"))
        decisions = [
            Decision(
                agreement_id=str(item["agreement_id"]),
                status=str(item["status"]),
                period=item.get("period"),
                reasons=tuple(str(r) for r in item.get("reasons", [])),
            )
            for item in body["decisions"]
        ]
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise SyncError(
            "line_invalid", path=receipt.path, name=RECEIPT_FILE, line=1, why=str(exc)
        ) from None
    for decision in decisions:
        if decision.status not in (APPROVED, RETURNED):
            raise SyncError(
                "line_invalid", path=receipt.path, name=RECEIPT_FILE, line=1, why=decision.status
            )
    return body, decisions


def import_receipt(db: Database, receipt: VerifiedBundle) -> dict[str, Any]:
    """Record the province's answers; the same receipt twice changes nothing."""
    body, decisions = _decisions(receipt)
    result: dict[str, Any] = {"receipt_id": receipt.bundle_id, "repeated": False, "agreements": []}
    with db.transaction("receipt_import") as session:
        conn = session.connection()
        ledger = SyncBundle.__table__
        if conn.execute(
            select(ledger.c.bundle_id).where(
                ledger.c.bundle_id == receipt.bundle_id, ledger.c.direction == "in"
            )
        ).first():
            result["repeated"] = True
            return result
        agreements = entities.synced_tables()["agreements"]
        now = dt.datetime.now(dt.UTC)
        rows = []
        for decision in decisions:
            if not conn.execute(
                select(agreements.c.id).where(agreements.c.id == decision.agreement_id)
            ).first():
                raise SyncError(
                    "receipt_unknown_agreement", path=receipt.path, agreement=decision.agreement_id
                )
            reason = "; ".join(decision.reasons) or None
            if reason and decision.period:
                reason = f"{decision.period}: {reason}"
            rows.append(
                {
                    "agreement_id": decision.agreement_id,
                    "state": "synced" if decision.status == APPROVED else "returned",
                    "reason": reason if decision.status == RETURNED else None,
                    "bundle_id": receipt.bundle_id,
                    "updated_at": now,
                }
            )
            result["agreements"].append(decision.as_dict())
        upsert(conn, SyncState.__table__, rows)
        refused = [str(b) for b in body.get("refused") or []]
        if refused:
            revisions = SyncRevision.__table__
            conn.execute(
                update(revisions)
                .where(revisions.c.exported_in.in_(refused))
                .values(exported_in=None)
            )
            conn.execute(
                update(ledger)
                .where(ledger.c.bundle_id.in_(refused), ledger.c.direction == "out")
                .values(status="refused")
            )
            result["refused"] = refused
        upsert(
            conn,
            ledger,
            [
                _ledger(
                    receipt.bundle_id,
                    b"",
                    "in",
                    str(receipt.origin["unit"]),
                    Path(receipt.path).name,
                    body,
                )
                | {"sha256": receipt.sha256}
            ],
        )
    return result

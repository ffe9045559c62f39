"""The province's review of what the units sent (SPEC §9): approve an agreement or one of its
quarters (which locks it against later bundles) or return it with a reason, and see what was
decided. Every decision is a signed receipt the unit imports; the province window and
`pk-desk bundle receipt` both end in `app.sync.receipts.write_receipt`.

An approval can be taken back: `unlock` reopens the locked periods (with a reason kept in
the audit log) so the unit's next bundle for them imports again, and `relock` puts the very
same locks back (the window's undo). Unlocking sends nothing: the lock lives only in the
province's database, the unit never stopped being able to edit, and a receipt can only say
"approved" or "returned" — neither is what happened. When the province wants the unit to
correct something it returns the agreement with a reason, as before.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select, tuple_
from sqlalchemy.orm import Session, aliased

from app.models import Agreement, Official, Unit
from app.models.audit import AuditEntry
from app.models.changelog import SyncBundle, SyncLock, SyncRevision
from app.models.database import Database
from app.models.enums import AgreementStatus
from app.paths import AppPaths
from app.services.province import QUARTERS, reporting_units
from app.services.province_db import province_error
from app.sync.revisions import upsert

#: What a decision covers: the whole agreement, or one quarter.
REVIEW_PERIODS = (None, *(q.value for q in QUARTERS))
DEFAULT_ISSUER = "PROVINSI"


@dataclass(frozen=True)
class ReviewRow:
    """One agreement a unit sent, with the province's last decision on it."""

    agreement_id: str
    unit_code: str
    owner: str
    status: str
    #: "approved" / "returned" / "" (no decision yet)
    decision: str
    #: the period the last decision was about (None: the whole agreement)
    decision_period: str | None
    reason: str
    #: periods locked by approvals ("*" is the whole agreement), sorted
    locked: tuple[str, ...]


def received_agreement_ids(db: Database) -> set[str]:
    """Agreements that arrived by bundle: only those can be approved or returned."""
    revisions = SyncRevision.__table__
    with db.session() as session:
        return set(
            session.scalars(
                select(revisions.c.entity_id)
                .where(revisions.c.entity == "agreements", revisions.c.received_in.is_not(None))
                .distinct()
            )
        )


def _last_decisions(db: Database) -> dict[str, dict[str, object]]:
    """Each agreement's latest decision, from the receipts this database wrote."""
    ledger = SyncBundle.__table__
    out: dict[str, dict[str, object]] = {}
    with db.session() as session:
        reports = session.scalars(
            select(ledger.c.report)
            .where(ledger.c.direction == "out", ledger.c.kind == "receipt")
            .order_by(ledger.c.recorded_at, ledger.c.bundle_id)
        )
        for report in reports:
            for decision in json.loads(report or "{}").get("decisions", ()):
                out[str(decision["agreement_id"])] = decision
    return out


def review_rows(db: Database, year: int, unit_code: str | None = None) -> list[ReviewRow]:
    """The year's agreements that arrived by bundle, of one matrix row's unit (with its
    sub-units) or of all units, in unit and owner order."""
    received = received_agreement_ids(db)
    decisions = _last_decisions(db)
    owner = aliased(Official)
    with db.session() as session:
        owners, names = reporting_units(session)
        wanted = None
        if unit_code is not None:
            wanted = {u for u, top in owners.items() if names[top][0] == unit_code}
        locks: dict[str, list[str]] = {}
        for agreement_id, period in session.execute(select(SyncLock.agreement_id, SyncLock.period)):
            locks.setdefault(agreement_id, []).append(period)
        rows = session.execute(
            select(Agreement.id, Agreement.unit_id, Agreement.status, Unit.code, owner.name)
            .join(Unit, Agreement.unit_id == Unit.id)
            .join(owner, Agreement.owner_id == owner.id)
            .where(Agreement.year == year, Agreement.status != AgreementStatus.SUPERSEDED)
            .order_by(Unit.code, owner.name, Agreement.id)
        ).all()
    out = []
    for agreement_id, unit_id, status, code, name in rows:
        if agreement_id not in received or (wanted is not None and unit_id not in wanted):
            continue
        decision = decisions.get(agreement_id, {})
        out.append(
            ReviewRow(
                agreement_id=agreement_id,
                unit_code=code,
                owner=name,
                status=status.value,
                decision=str(decision.get("status") or ""),
                decision_period=decision.get("period"),  # type: ignore[arg-type]
                reason="; ".join(str(r) for r in decision.get("reasons") or ()),  # type: ignore[attr-defined]
                locked=tuple(sorted(locks.get(agreement_id, ()))),
            )
        )
    return out


def decide(
    db: Database,
    paths: AppPaths,
    agreement_ids: Sequence[str],
    out_dir: Path,
    *,
    approve: bool,
    period: str | None = None,
    reason: str = "",
    issuer: str = DEFAULT_ISSUER,
) -> Path:
    """Approve (locking `period`, or the whole agreement) or return with `reason` the chosen
    agreements; writes the signed receipt the units import and returns its path. Bad input
    is one sentence and writes nothing."""
    from app.sync import service

    if not agreement_ids:
        raise province_error("review_nothing_chosen")
    if period not in REVIEW_PERIODS:
        raise province_error("review_period_unknown", period=period)
    reason = reason.strip()
    if not approve and not reason:
        raise province_error("review_reason_missing")
    return service.receipt(
        db,
        paths,
        list(agreement_ids),
        out_dir,
        returned_reason=None if approve else reason,
        period=period,
        issuer=issuer,
    )


@dataclass(frozen=True)
class Lock:
    """One approved (agreement, period) as the approval left it; `relock` restores it."""

    agreement_id: str
    #: "TW1".."TW4", or "*" for the whole agreement
    period: str
    receipt_id: str
    approved_at: dt.datetime


UNLOCK_ACTION = "Buka kunci persetujuan"
RELOCK_ACTION = "Kunci kembali persetujuan"


def _audit(session: Session, db: Database, action: str, locks: Sequence[Lock], note: str) -> None:
    """One history row per lock: sync locks are not records, so the audit hook misses them."""
    removing = action == UNLOCK_ACTION
    session.add_all(
        AuditEntry(
            user=db.user,
            action=action,
            operation="delete" if removing else "insert",
            entity=SyncLock.__tablename__,
            entity_id=lock.agreement_id,
            field="period",
            old_value=lock.period if removing else None,
            new_value=note if removing else lock.period,
            agreement_id=lock.agreement_id,
        )
        for lock in locks
    )


def unlock(
    db: Database, agreement_ids: Sequence[str], period: str | None, reason: str
) -> list[Lock]:
    """Reopen what approvals locked: `period` (TW1..TW4) of each chosen agreement, or with
    None every lock it has. The reason goes to the audit log; later bundles touching those
    periods import again. Returns the locks removed (for `relock`); bad input is one
    sentence and changes nothing."""
    if not agreement_ids:
        raise province_error("unlock_nothing_chosen")
    if period not in REVIEW_PERIODS:
        raise province_error("review_period_unknown", period=period)
    reason = reason.strip()
    if not reason:
        raise province_error("unlock_reason_missing")
    table = SyncLock.__table__
    with db.transaction(UNLOCK_ACTION) as session:
        query = select(table).where(table.c.agreement_id.in_(list(agreement_ids)))
        if period is not None:
            query = query.where(table.c.period == period)
        locks = [
            Lock(row.agreement_id, row.period, row.receipt_id, row.approved_at)
            for row in session.execute(query.order_by(table.c.agreement_id, table.c.period))
        ]
        if not locks:
            if period is None:
                raise province_error("unlock_none_locked")
            raise province_error("unlock_not_locked", period=period)
        keys = [(lock.agreement_id, lock.period) for lock in locks]
        session.execute(delete(table).where(tuple_(table.c.agreement_id, table.c.period).in_(keys)))
        _audit(session, db, UNLOCK_ACTION, locks, reason)
    return locks


def relock(db: Database, locks: Sequence[Lock]) -> None:
    """Put back locks `unlock` removed, with their receipt and approval time (undo)."""
    if not locks:
        return
    with db.transaction(RELOCK_ACTION) as session:
        upsert(
            session.connection(),
            SyncLock.__table__,
            [
                {
                    "agreement_id": lock.agreement_id,
                    "period": lock.period,
                    "receipt_id": lock.receipt_id,
                    "approved_at": lock.approved_at,
                }
                for lock in locks
            ],
        )
        _audit(session, db, RELOCK_ACTION, locks, "")


def receipts_dir(paths: AppPaths) -> Path:
    """Where the window writes receipts unless the operator picks another folder."""
    return paths.data_dir / "tanda-terima"

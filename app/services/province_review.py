"""The province's review of what the units sent (SPEC §9): approve an agreement or one of its
quarters (which locks it against later bundles) or return it with a reason, and see what was
decided. Every decision is a signed receipt the unit imports; the province window and
`pk-desk bundle receipt` both end in `app.sync.receipts.write_receipt`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.models import Agreement, Official, Unit
from app.models.changelog import SyncBundle, SyncLock, SyncRevision
from app.models.database import Database
from app.models.enums import AgreementStatus
from app.paths import AppPaths
from app.services.province import QUARTERS, reporting_units
from app.services.province_db import province_error

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


def receipts_dir(paths: AppPaths) -> Path:
    """Where the window writes receipts unless the operator picks another folder."""
    return paths.data_dir / "tanda-terima"

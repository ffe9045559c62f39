"""An agreement's versions as the editor shows them: the chain of original, addenda and
replacements with their status, reason and signing facts; the before/after changes an
addendum made; the sisa target a PK Pengganti would propose; and signing with a scan file.

Writing goes through `lifecycle` (mark_signed, start_addendum, start_replacement).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from app.engine.enums import READONLY_STATUSES
from app.engine.periods import consolidate_to_quarter, remaining_target
from app.models import AddendumRecord, Agreement, Attachment, Indicator, Official
from app.models.database import Database
from app.models.enums import (
    QUARTERS,
    AgreementStatus,
    AttachmentKind,
    Period,
    PeriodConsolidation,
)
from app.services import attachments, lifecycle
from app.services.errors import invalid
from app.services.organisation import get

PENDING_STATUSES = (AgreementStatus.DRAFT, AgreementStatus.FINAL)


@dataclass(frozen=True, slots=True)
class VersionRow:
    id: str
    parent_id: str | None
    depth: int
    kind: str
    status: str
    year: int
    owner_name: str
    owner_prefix: str | None
    change_reason: str | None
    change_note: str | None
    effective_from: str | None
    signing_date: dt.date | None
    signed_at: dt.datetime | None
    signed_pdf_sha256: str | None
    scan_count: int


@dataclass(frozen=True, slots=True)
class AddendumChange:
    indicator_name: str | None
    period: str | None
    field: str
    before: str | None
    after: str | None
    reason: str
    note: str | None


@dataclass(frozen=True, slots=True)
class VersionHistory:
    agreement_id: str
    status: str
    kind: str
    pending_version_id: str | None  # an unsigned addendum/replacement already started
    versions: tuple[VersionRow, ...]
    changes: tuple[AddendumChange, ...]

    @property
    def locked(self) -> bool:
        return self.status in READONLY_STATUSES

    @property
    def can_sign(self) -> bool:
        return self.status == AgreementStatus.FINAL.value

    @property
    def can_amend(self) -> bool:
        return self.status == AgreementStatus.SIGNED.value and self.pending_version_id is None

    def version(self, agreement_id: str) -> VersionRow | None:
        return next((v for v in self.versions if v.id == agreement_id), None)


def version_history(db: Database, agreement_id: str) -> VersionHistory:
    """The whole family of `agreement_id`: its root and every addendum/replacement below it,
    in creation order, and the before/after records of `agreement_id` itself."""
    with db.session() as session:
        agreement = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        root = agreement
        seen = {root.id}
        while root.parent_id is not None and root.parent_id not in seen:
            parent = session.get(Agreement, root.parent_id)
            if parent is None or parent.deleted_at is not None:
                break
            seen.add(parent.id)
            root = parent
        family: list[tuple[Agreement, int]] = [(root, 0)]
        frontier = [(root.id, 0)]
        while frontier:
            depth_of = dict(frontier)
            children = session.scalars(
                select(Agreement)
                .where(Agreement.parent_id.in_(list(depth_of)))
                .order_by(Agreement.created_at)
            ).all()
            frontier = []
            for child in children:
                if child.id in {a.id for a, _ in family}:
                    continue
                depth = depth_of[child.parent_id or ""] + 1
                family.append((child, depth))
                frontier.append((child.id, depth))
        ids = [a.id for a, _ in family]
        scans = dict(
            session.execute(
                select(Attachment.agreement_id, func.count(Attachment.id))
                .where(
                    Attachment.agreement_id.in_(ids),
                    Attachment.kind == AttachmentKind.SIGNED_SCAN,
                )
                .group_by(Attachment.agreement_id)
            ).all()
        )
        owners = dict(
            session.execute(
                select(Official.id, Official.name).where(
                    Official.id.in_({a.owner_id for a, _ in family})
                )
            ).all()
        )
        versions = tuple(
            VersionRow(
                a.id,
                a.parent_id,
                depth,
                a.kind.value,
                a.status.value,
                a.year,
                owners.get(a.owner_id, ""),
                a.owner_prefix.value if a.owner_prefix else None,
                a.change_reason.value if a.change_reason else None,
                a.change_note,
                a.effective_from.value if a.effective_from else None,
                a.signing_date,
                a.signed_at,
                a.signed_pdf_sha256,
                int(scans.get(a.id, 0)),
            )
            for a, depth in family
        )
        pending = next(
            (
                v.id
                for v in versions
                if v.parent_id == agreement.id and v.status in {s.value for s in PENDING_STATUSES}
            ),
            None,
        )
        records = session.execute(
            select(AddendumRecord, Indicator.name)
            .outerjoin(Indicator, AddendumRecord.indicator_id == Indicator.id)
            .where(AddendumRecord.agreement_id == agreement.id)
            .order_by(AddendumRecord.created_at)
        ).all()
        changes = tuple(
            AddendumChange(
                name,
                r.period.value if r.period else None,
                r.field,
                r.before,
                r.after,
                r.reason.value,
                r.note,
            )
            for r, name in records
        )
        return VersionHistory(
            agreement.id,
            agreement.status.value,
            agreement.kind.value,
            pending,
            versions,
            changes,
        )


# --- PK Pengganti: the proposed sisa target --------------------------------------------------


@dataclass(frozen=True, slots=True)
class SisaProposal:
    indicator_id: str
    number: str | None
    name: str
    unit_of_measure: str | None
    consolidation: str | None
    annual_target: Decimal | None
    realised: Decimal | None  # consolidated realisation before the replacement starts
    proposal: Decimal | None


def replacement_proposals(
    db: Database, agreement_id: str, effective_from: str
) -> list[SisaProposal]:
    """What `lifecycle.start_replacement` will propose as each IKU's annual target when the
    new official takes over from `effective_from` (SPEC §6.5, seed 003 §3.4.2)."""
    try:
        start = Period(effective_from)
    except ValueError as exc:
        raise invalid("replacement_start_quarter", "effective_from") from exc
    if start not in QUARTERS:
        raise invalid("replacement_start_quarter", "effective_from")
    realised_through = QUARTERS.index(start)
    with db.session() as session:
        agreement = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        out: list[SisaProposal] = []
        for goal in agreement.goals:
            for indicator in goal.indicators:
                if indicator.sub_of_id is not None:
                    continue
                out.append(_proposal(indicator, realised_through))
        return out


def _proposal(indicator: Indicator, realised_through: int) -> SisaProposal:
    values = {v.period: v for v in indicator.values}
    targets = tuple(values[q].target if q in values else None for q in QUARTERS)
    actuals = tuple(values[q].actual if q in values else None for q in QUARTERS)
    annual = values[Period.ANNUAL].target if Period.ANNUAL in values else None
    method = indicator.period_consolidation or PeriodConsolidation.LAST
    realised = (
        consolidate_to_quarter(actuals, method, realised_through) if realised_through else None
    )
    return SisaProposal(
        indicator.id,
        indicator.number,
        indicator.name,
        indicator.unit_of_measure,
        indicator.period_consolidation.value if indicator.period_consolidation else None,
        annual,
        realised,
        remaining_target(targets, actuals, method, realised_through, annual),
    )


# --- signing -----------------------------------------------------------------------------------


def sign_agreement(
    db: Database,
    agreement_id: str,
    *,
    printed_pdf: bytes,
    scan_path: str | os.PathLike[str] | None = None,
    signed_on: dt.date | None = None,
) -> str:
    """ "Tandai sudah ditandatangani": the printed PDF (bytes, as rendered for printing) and the
    scan file chosen by the user go to `lifecycle.mark_signed`. Returns the printed SHA-256."""
    scan = attachments.read_scan(scan_path) if scan_path else None
    return lifecycle.mark_signed(
        db, agreement_id, printed_pdf=printed_pdf, scan=scan, signed_on=signed_on
    )

"""An agreement's life after drafting: finalising (refused while a rule reports an error) and
back to draft, signing with a frozen snapshot, addendum and replacement (PK Pengganti).

A signed agreement never changes again (rule `signed_readonly`): an addendum or a
replacement is a new agreement whose parent is the signed one; when it is signed in turn,
the parent becomes *superseded*.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.enums import Severity
from app.engine.findings import Finding
from app.engine.periods import remaining_target
from app.models import (
    ActionOutput,
    ActionPlan,
    Agreement,
    CascadeLink,
    Goal,
    Indicator,
    IndicatorHistory,
    IndicatorLocation,
    LocationValue,
    Official,
    PeriodValue,
    Program,
    SuccessCriterion,
)
from app.models.database import Database
from app.models.enums import (
    QUARTERS,
    ActingPrefix,
    AgreementKind,
    AgreementStatus,
    AttachmentKind,
    ChangeReason,
    Period,
    PeriodConsolidation,
)
from app.services.agreements import ensure_editable
from app.services.attachments import add_attachment
from app.services.errors import ServiceError, invalid
from app.services.organisation import get
from app.services.scoring import agreement_findings


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    return value


def _columns(record: Any, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    return {
        column.key: _plain(getattr(record, column.key))
        for column in record.__table__.columns
        if column.key not in skip and column.key not in ("created_at", "updated_at")
    }


def agreement_snapshot(agreement: Agreement) -> dict[str, Any]:
    """Everything that was printed and signed, as plain JSON-ready data."""
    skip = frozenset({"signed_snapshot"})
    return {
        "format": "pk-desk-snapshot/1",
        "agreement": _columns(agreement, skip),
        "owner": _columns(agreement.owner),
        "superior": _columns(agreement.superior) if agreement.superior else None,
        "unit": _columns(agreement.unit),
        "programs": [_columns(p) for p in agreement.programs],
        "goals": [
            {
                **_columns(goal),
                "indicators": [
                    {
                        **_columns(indicator),
                        "values": [_columns(v) for v in indicator.values],
                        "history": [_columns(h) for h in indicator.history],
                        "action_plans": [
                            {
                                **_columns(plan),
                                "criteria": [
                                    {**_columns(c), "outputs": [_columns(o) for o in c.outputs]}
                                    for c in plan.criteria
                                ],
                            }
                            for plan in indicator.action_plans
                        ],
                    }
                    for indicator in goal.indicators
                ],
            }
            for goal in agreement.goals
        ],
    }


def mark_signed(
    db: Database,
    agreement_id: str,
    *,
    printed_pdf: bytes | None = None,
    printed_pdf_sha256: str | None = None,
    scan: tuple[str, bytes] | None = None,
    signed_on: dt.date | None = None,
) -> str:
    """Final → signed: freeze a snapshot, keep the printed PDF's hash and the scan.

    Returns the SHA-256 recorded for the printed file.
    """
    with db.transaction("Tandai sudah ditandatangani") as session:
        agreement = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        if agreement.status is not AgreementStatus.FINAL:
            raise invalid("sign_only_final", "status")
        if printed_pdf is not None:
            printed_pdf_sha256 = hashlib.sha256(printed_pdf).hexdigest()
            add_attachment(
                session,
                agreement,
                AttachmentKind.PRINTED_PDF,
                f"PK-{agreement.year}-{agreement.id[:8]}.pdf",
                printed_pdf,
            )
        if not printed_pdf_sha256:
            raise invalid("sign_needs_print", "printed_pdf")
        if scan is not None:
            add_attachment(session, agreement, AttachmentKind.SIGNED_SCAN, *scan)
        agreement.signing_date = signed_on or agreement.signing_date
        agreement.signed_pdf_sha256 = printed_pdf_sha256
        agreement.signed_at = dt.datetime.now(dt.UTC)
        agreement.signed_snapshot = json.dumps(
            agreement_snapshot(agreement), ensure_ascii=False, sort_keys=True
        )
        agreement.status = AgreementStatus.SIGNED
        if agreement.parent is not None and agreement.parent.status is AgreementStatus.SIGNED:
            agreement.parent.status = AgreementStatus.SUPERSEDED
        return printed_pdf_sha256


def signed_snapshot(db: Database, agreement_id: str) -> dict[str, Any] | None:
    with db.session() as session:
        agreement = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        return json.loads(agreement.signed_snapshot) if agreement.signed_snapshot else None


# --- finalising -------------------------------------------------------------------------


class FinalizeRefused(ServiceError):
    """Rule errors block "Finalkan"; `errors` are the blocking findings."""

    def __init__(self, errors: list[Finding]) -> None:
        super().__init__(message_id="finalize_refused", params={"count": len(errors)})
        self.errors = errors


def finalize_agreement(db: Database, agreement_id: str) -> str:
    """Draft → final, refused while any rule reports an error. Returns the old status."""
    errors = [f for f in agreement_findings(db, agreement_id) if f.severity is Severity.ERROR]
    if errors:
        raise FinalizeRefused(errors)
    with db.transaction("Finalkan perjanjian kinerja") as session:
        agreement = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        ensure_editable(session, agreement)
        old = agreement.status.value
        if agreement.status is not AgreementStatus.DRAFT and agreement.status is not (
            AgreementStatus.FINAL
        ):
            raise invalid("finalize_only_draft", "status")
        agreement.status = AgreementStatus.FINAL
        return old


def set_agreement_status(db: Database, agreement_id: str, status: str) -> str:
    """Back to draft (or the undo of a finalisation); signed agreements stay frozen.

    Finalising goes through `finalize_agreement`, which checks the rules first.
    """
    wanted = AgreementStatus(status)
    if wanted not in (AgreementStatus.DRAFT, AgreementStatus.FINAL):
        raise invalid("status_only_by_signing", "status")
    if wanted is AgreementStatus.FINAL:
        return finalize_agreement(db, agreement_id)
    with db.transaction("Kembalikan perjanjian kinerja ke draf") as session:
        agreement = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        ensure_editable(session, agreement)
        old = agreement.status.value
        agreement.status = wanted
        return old


# --- addendum and replacement --------------------------------------------------------------


def _copy_content(session: Session, source: Agreement, target: Agreement) -> dict[str, str]:
    """Copy sasaran, indicators (with values, history, locations, plans) and programs.

    Links to the superior's indicators are kept on the copies, so the cascade stays whole.
    Returns old indicator id → new indicator id.
    """
    mapping: dict[str, str] = {}
    goal_skip = frozenset({"id", "agreement_id", "revision", "deleted_at"})
    ind_skip = frozenset({"id", "goal_id", "revision", "deleted_at", "sub_of_id"})
    for program in source.programs:
        session.add(
            Program(
                **{
                    **_fields(program, frozenset({"id", "agreement_id", "revision", "deleted_at"})),
                    "agreement_id": target.id,
                }
            )
        )
    for goal in source.goals:
        new_goal = Goal(**_fields(goal, goal_skip), agreement_id=target.id)
        session.add(new_goal)
        session.flush()
        for indicator in goal.indicators:
            new = Indicator(**_fields(indicator, ind_skip), goal_id=new_goal.id)
            session.add(new)
            session.flush()
            mapping[indicator.id] = new.id
            for value in indicator.values:
                session.add(
                    PeriodValue(**_fields(value, _child_skip("indicator_id")), indicator_id=new.id)
                )
            for history in indicator.history:
                session.add(
                    IndicatorHistory(
                        **_fields(history, _child_skip("indicator_id")), indicator_id=new.id
                    )
                )
            for location in indicator.locations:
                new_location = IndicatorLocation(
                    **_fields(location, _child_skip("indicator_id")), indicator_id=new.id
                )
                session.add(new_location)
                session.flush()
                for value in location.values:
                    session.add(
                        LocationValue(
                            **_fields(value, _child_skip("location_id")),
                            location_id=new_location.id,
                        )
                    )
            for plan in indicator.action_plans:
                new_plan = ActionPlan(
                    **_fields(plan, _child_skip("indicator_id")), indicator_id=new.id
                )
                session.add(new_plan)
                session.flush()
                for criterion in plan.criteria:
                    new_criterion = SuccessCriterion(
                        **_fields(criterion, _child_skip("action_plan_id")),
                        action_plan_id=new_plan.id,
                    )
                    session.add(new_criterion)
                    session.flush()
                    for output in criterion.outputs:
                        session.add(
                            ActionOutput(
                                **_fields(output, _child_skip("criterion_id")),
                                criterion_id=new_criterion.id,
                            )
                        )
            for link in indicator.parent_links:
                session.add(
                    CascadeLink(
                        parent_indicator_id=link.parent_indicator_id,
                        child_indicator_id=new.id,
                        method=link.method,
                        share=link.share,
                        note=link.note,
                    )
                )
    return mapping


def _child_skip(parent_key: str) -> frozenset[str]:
    return frozenset({"id", parent_key, "revision", "deleted_at"})


def _fields(record: Any, skip: frozenset[str]) -> dict[str, Any]:
    return {
        column.key: getattr(record, column.key)
        for column in record.__table__.columns
        if column.key not in skip and column.key not in ("created_at", "updated_at")
    }


def _new_version(
    session: Session,
    source: Agreement,
    kind: AgreementKind,
    reason: ChangeReason | None,
    note: str | None,
    effective_from: Period,
) -> Agreement:
    if source.status is not AgreementStatus.SIGNED:
        raise invalid("version_needs_signed", "status")
    if effective_from not in QUARTERS:
        raise invalid("addendum_start_quarter", "effective_from")
    pending = session.scalar(
        select(Agreement).where(
            Agreement.parent_id == source.id,
            Agreement.status.in_((AgreementStatus.DRAFT, AgreementStatus.FINAL)),
        )
    )
    if pending is not None:
        raise invalid("version_pending")
    version = Agreement(
        **_fields(
            source,
            frozenset(
                {
                    "id",
                    "revision",
                    "deleted_at",
                    "status",
                    "kind",
                    "parent_id",
                    "signed_at",
                    "signed_snapshot",
                    "signed_pdf_sha256",
                    "change_reason",
                    "change_note",
                    "effective_from",
                    "signing_date",
                }
            ),
        ),
        kind=kind,
        status=AgreementStatus.DRAFT,
        parent_id=source.id,
        change_reason=reason,
        change_note=note,
        effective_from=effective_from,
    )
    session.add(version)
    session.flush()
    return version


def start_addendum(
    db: Database,
    agreement_id: str,
    *,
    reason: ChangeReason | str,
    effective_from: Period | str,
    note: str | None = None,
) -> str:
    """A draft addendum of a signed agreement; periods before `effective_from` stay locked."""
    with db.transaction("Buat addendum") as session:
        source = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        addendum = _new_version(
            session,
            source,
            AgreementKind.ADDENDUM,
            ChangeReason(reason),
            note,
            Period(effective_from),
        )
        _copy_content(session, source, addendum)
        return addendum.id


def start_replacement(
    db: Database,
    agreement_id: str,
    *,
    new_owner_id: str,
    effective_from: Period | str,
    owner_prefix: ActingPrefix | str | None = None,
    note: str | None = None,
) -> str:
    """A PK Pengganti for a new (or acting) official, with the engine's sisa target proposed
    as the new annual target of each indicator (seed 003 §3.4.2)."""
    start = Period(effective_from)
    with db.transaction("Buat PK pengganti") as session:
        source = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        owner = get(session, Official, new_owner_id, "Pejabat pengganti")
        replacement = _new_version(session, source, AgreementKind.REPLACEMENT, None, note, start)
        replacement.owner_id = owner.id
        replacement.owner_title = owner.position_title
        replacement.owner_prefix = ActingPrefix(owner_prefix) if owner_prefix else None
        mapping = _copy_content(session, source, replacement)
        realised_through = QUARTERS.index(start)
        for old_id, new_id in mapping.items():
            _propose_remaining(session, old_id, new_id, realised_through)
        return replacement.id


def _propose_remaining(session: Session, old_id: str, new_id: str, realised_through: int) -> None:
    old = session.get(Indicator, old_id)
    assert old is not None
    values = {v.period: v for v in old.values}
    targets = tuple(values[q].target if q in values else None for q in QUARTERS)
    actuals = tuple(values[q].actual if q in values else None for q in QUARTERS)
    annual = values[Period.ANNUAL].target if Period.ANNUAL in values else None
    method = old.period_consolidation or PeriodConsolidation.LAST
    proposal = remaining_target(targets, actuals, method, realised_through, annual)
    new_values = {
        v.period: v
        for v in session.scalars(select(PeriodValue).where(PeriodValue.indicator_id == new_id))
    }
    row = new_values.get(Period.ANNUAL)
    if row is None:
        row = PeriodValue(indicator_id=new_id, period=Period.ANNUAL)
        session.add(row)
    row.target = proposal
    row.evidence = "Usulan sisa target PK pengganti"

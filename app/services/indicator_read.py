"""What the IKU editor reads (metadata, period values, history, cascade links), and the one write
only it makes: the Y-2/Y-1 history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.models import (
    Agreement,
    CascadeLink,
    Goal,
    Indicator,
    IndicatorHistory,
    Official,
    PeriodValue,
)
from app.models.database import Database
from app.models.enums import AgreementStatus
from app.services.agreements import INDICATOR_METADATA_FIELDS, ensure_editable
from app.services.errors import InvalidInput, invalid
from app.services.organisation import get
from app.services.profiles import load_profile


@dataclass(frozen=True, slots=True)
class PeriodValueRow:
    target: Decimal | None = None
    target_upper: Decimal | None = None
    target_label: str | None = None
    actual: Decimal | None = None
    actual_label: str | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    evidence: str | None = None


@dataclass(frozen=True, slots=True)
class HistoryRow:
    id: str
    year: int
    target: Decimal | None
    actual: Decimal | None
    note: str | None


@dataclass(frozen=True, slots=True)
class LinkRow:
    link_id: str
    indicator_id: str
    indicator_name: str
    owner_name: str
    method: str
    share: Decimal | None
    note: str | None


@dataclass(frozen=True, slots=True)
class IndicatorDetail:
    """An IKU with every metadata field (as plain strings/bools), its values and context."""

    id: str
    goal_id: str
    goal_number: str | None
    goal_text: str
    goal_category: str
    agreement_id: str
    agreement_year: int
    agreement_status: str
    owner_name: str
    owner_level: str
    profile_code: str
    metadata: dict[str, Any]
    values: dict[str, PeriodValueRow]
    history: tuple[HistoryRow, ...]
    parents: tuple[LinkRow, ...]
    children: tuple[LinkRow, ...]
    scale_labels: tuple[tuple[str, Decimal], ...] = field(default=())

    @property
    def locked(self) -> bool:
        return self.agreement_status in (
            AgreementStatus.SIGNED.value,
            AgreementStatus.SUPERSEDED.value,
        )

    @property
    def name(self) -> str:
        return str(self.metadata["name"])

    def value(self, period: str) -> PeriodValueRow:
        return self.values.get(period, PeriodValueRow())

    @property
    def uses_raw_data(self) -> bool:
        return (
            any(v.numerator is not None or v.denominator is not None for v in self.values.values())
            or self.metadata.get("location_consolidation") == "raw"
        )


def _links(session: Session, indicator_id: str, *, children: bool) -> tuple[LinkRow, ...]:
    other = aliased(Indicator)
    owner = aliased(Official)
    own_column = CascadeLink.parent_indicator_id if children else CascadeLink.child_indicator_id
    other_column = CascadeLink.child_indicator_id if children else CascadeLink.parent_indicator_id
    rows = session.execute(
        select(CascadeLink, other.id, other.name, owner.name)
        .join(other, other_column == other.id)
        .join(Goal, other.goal_id == Goal.id)
        .join(Agreement, Goal.agreement_id == Agreement.id)
        .join(owner, Agreement.owner_id == owner.id)
        .where(own_column == indicator_id, other.deleted_at.is_(None))
        .order_by(owner.name)
    )
    return tuple(
        LinkRow(link.id, oid, oname, owner_name, link.method.value, link.share, link.note)
        for link, oid, oname, owner_name in rows
    )


def indicator_detail(db: Database, indicator_id: str) -> IndicatorDetail:
    with db.session() as session:
        ind = get(session, Indicator, indicator_id, "Indikator")
        goal = session.get(Goal, ind.goal_id)
        assert goal is not None
        agreement = session.get(Agreement, goal.agreement_id)
        assert agreement is not None
        owner = session.get(Official, agreement.owner_id)
        assert owner is not None
        metadata: dict[str, Any] = {}
        for name in INDICATOR_METADATA_FIELDS:
            value = getattr(ind, name)
            metadata[name] = value.value if hasattr(value, "value") else value
        metadata["rpjmd_indicator_id"] = ind.rpjmd_indicator_id
        values = {
            pv.period.value: PeriodValueRow(
                pv.target,
                pv.target_upper,
                pv.target_label,
                pv.actual,
                pv.actual_label,
                pv.numerator,
                pv.denominator,
                pv.evidence,
            )
            for pv in session.scalars(
                select(PeriodValue).where(
                    PeriodValue.indicator_id == indicator_id, PeriodValue.deleted_at.is_(None)
                )
            )
        }
        history = tuple(
            HistoryRow(h.id, h.year, h.target, h.actual, h.note)
            for h in session.scalars(
                select(IndicatorHistory)
                .where(
                    IndicatorHistory.indicator_id == indicator_id,
                    IndicatorHistory.deleted_at.is_(None),
                )
                .order_by(IndicatorHistory.year)
            )
        )
        scale_labels: tuple[tuple[str, Decimal], ...] = ()
        try:
            profile = load_profile(agreement.profile_code, session)
            scale = profile.scales.get(ind.scale_code or "")
            if scale is not None:
                scale_labels = tuple((item.label, item.value) for item in scale.items)
        except InvalidInput:
            pass
        return IndicatorDetail(
            id=ind.id,
            goal_id=goal.id,
            goal_number=goal.number,
            goal_text=goal.text,
            goal_category=goal.category.value,
            agreement_id=agreement.id,
            agreement_year=agreement.year,
            agreement_status=agreement.status.value,
            owner_name=owner.name,
            owner_level=owner.level.value,
            profile_code=agreement.profile_code,
            metadata=metadata,
            values=values,
            history=history,
            parents=_links(session, indicator_id, children=False),
            children=_links(session, indicator_id, children=True),
            scale_labels=scale_labels,
        )


def set_history(
    db: Database,
    indicator_id: str,
    year: int,
    *,
    target: Decimal | None,
    actual: Decimal | None,
    note: str | None = None,
) -> tuple[Decimal | None, Decimal | None]:
    """Set the Y-2/Y-1 target and realisation of one year; returns the old (target, actual)."""
    with db.transaction("Ubah riwayat indikator") as session:
        indicator = get(session, Indicator, indicator_id, "Indikator")
        agreement = ensure_editable(session, indicator)
        if not agreement.year - 5 <= int(year) < agreement.year:
            raise invalid(
                "history_year_not_before",
                "year",
                year=str(year),
                agreement_year=str(agreement.year),
            )
        row = session.scalar(
            select(IndicatorHistory).where(
                IndicatorHistory.indicator_id == indicator_id, IndicatorHistory.year == int(year)
            )
        )
        if row is None:
            row = IndicatorHistory(indicator_id=indicator_id, year=int(year))
            session.add(row)
        old = (row.target, row.actual)
        row.target, row.actual = target, actual
        if note is not None:
            row.note = note
        return old

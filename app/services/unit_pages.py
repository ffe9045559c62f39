"""What the unit and official pages show: counts, the superior, acting assignments."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    ActingAssignment,
    Agreement,
    Official,
    Unit,
)
from app.models.database import Database
from app.services.organisation import get


@dataclass(frozen=True, slots=True)
class UnitSummary:
    id: str
    code: str
    name: str
    kind: str
    profile_code: str
    parent_name: str | None
    unit_count: int
    official_count: int
    agreements_by_status: dict[str, int]


def unit_summary(db: Database, unit_id: str) -> UnitSummary:
    with db.session() as session:
        unit = get(session, Unit, unit_id, "Unit")
        parent = session.get(Unit, unit.parent_id) if unit.parent_id else None
        units = session.scalar(
            select(func.count(Unit.id)).where(Unit.parent_id == unit_id, Unit.deleted_at.is_(None))
        )
        officials = session.scalar(
            select(func.count(Official.id)).where(
                Official.unit_id == unit_id, Official.deleted_at.is_(None)
            )
        )
        statuses = {
            status.value: n
            for status, n in session.execute(
                select(Agreement.status, func.count(Agreement.id))
                .where(Agreement.unit_id == unit_id, Agreement.deleted_at.is_(None))
                .group_by(Agreement.status)
            )
        }
        return UnitSummary(
            unit.id,
            unit.code,
            unit.name,
            unit.kind.value,
            unit.profile_code,
            parent.name if parent else None,
            units or 0,
            officials or 0,
            statuses,
        )


@dataclass(frozen=True, slots=True)
class ActingRow:
    prefix: str
    position_title: str
    start_date: dt.date
    end_date: dt.date | None
    id: str = ""

    def covers(self, day: dt.date) -> bool:
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)

    def label(self) -> str:
        """ "Plt. Kepala Dinas Pendidikan", as a name is printed and shown."""
        return f"{self.prefix} {self.position_title}"


@dataclass(frozen=True, slots=True)
class OfficialSummary:
    id: str
    name: str
    nip: str | None
    rank: str | None
    position_title: str
    level: str
    employment_status: str
    unit_id: str | None
    unit_name: str | None
    profile_code: str
    superior_id: str | None
    superior_name: str | None
    acting: tuple[ActingRow, ...]
    agreement_count: int


def _acting_rows(session: Session, official_id: str) -> tuple[ActingRow, ...]:
    return tuple(
        ActingRow(a.prefix.value, a.position_title, a.start_date, a.end_date, a.id)
        for a in session.scalars(
            select(ActingAssignment)
            .where(ActingAssignment.official_id == official_id)
            .order_by(ActingAssignment.start_date, ActingAssignment.created_at)
        )
    )


def acting_rows(db: Database, official_id: str) -> tuple[ActingRow, ...]:
    """An official's Plt./Plh./Pj. assignments, oldest first (for the officials form)."""
    with db.session() as session:
        get(session, Official, official_id, "Pejabat")
        return _acting_rows(session, official_id)


def official_summary(db: Database, official_id: str) -> OfficialSummary:
    with db.session() as session:
        official = get(session, Official, official_id, "Pejabat")
        unit = session.get(Unit, official.unit_id) if official.unit_id else None
        superior = session.get(Official, official.superior_id) if official.superior_id else None
        acting = _acting_rows(session, official_id)
        count = session.scalar(
            select(func.count(Agreement.id)).where(
                Agreement.owner_id == official_id, Agreement.deleted_at.is_(None)
            )
        )
        return OfficialSummary(
            official.id,
            official.name,
            official.nip,
            official.rank,
            official.position_title,
            official.level.value,
            official.employment_status.value,
            unit.id if unit else None,
            unit.name if unit else None,
            unit.profile_code if unit else "dki",
            superior.id if superior else None,
            superior.name if superior else None,
            acting,
            count or 0,
        )

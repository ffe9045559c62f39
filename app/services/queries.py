"""Read-side views for lists and scripts: plain dataclasses, no ORM objects leak out."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.models import Agreement, Goal, Indicator, Official, Unit
from app.models.database import Database


@dataclass(frozen=True)
class UnitRow:
    id: str
    code: str
    name: str
    kind: str
    parent_code: str | None
    profile: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class OfficialRow:
    id: str
    name: str
    nip: str | None
    position_title: str
    level: str
    unit_code: str | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class AgreementRow:
    id: str
    year: int
    owner: str
    owner_nip: str | None
    superior: str | None
    unit_code: str
    unit_name: str
    kind: str
    status: str
    profile: str
    indicator_count: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def list_units(db: Database) -> list[UnitRow]:
    parent = aliased(Unit)
    with db.session() as session:
        rows = session.execute(
            select(Unit, parent.code)
            .outerjoin(parent, Unit.parent_id == parent.id)
            .order_by(Unit.code)
        )
        return [
            UnitRow(u.id, u.code, u.name, u.kind.value, parent_code, u.profile_code)
            for u, parent_code in rows
        ]


def list_officials(db: Database, unit_code: str | None = None) -> list[OfficialRow]:
    with db.session() as session:
        query = select(Official, Unit.code).outerjoin(Unit, Official.unit_id == Unit.id)
        if unit_code:
            query = query.where(Unit.code == unit_code)
        rows = session.execute(query.order_by(Unit.code, Official.name))
        return [
            OfficialRow(o.id, o.name, o.nip, o.position_title, o.level.value, code)
            for o, code in rows
        ]


def list_agreements(
    db: Database, *, year: int | None = None, unit_code: str | None = None
) -> list[AgreementRow]:
    owner = aliased(Official)
    superior = aliased(Official)
    counts = (
        select(Goal.agreement_id, func.count(Indicator.id).label("n"))
        .join(Indicator, Indicator.goal_id == Goal.id)
        .where(
            Indicator.deleted_at.is_(None), Goal.deleted_at.is_(None), Indicator.sub_of_id.is_(None)
        )
        .group_by(Goal.agreement_id)
        .subquery()
    )
    with db.session() as session:
        query = (
            select(Agreement, owner, superior.name, Unit, counts.c.n)
            .join(owner, Agreement.owner_id == owner.id)
            .outerjoin(superior, Agreement.superior_id == superior.id)
            .join(Unit, Agreement.unit_id == Unit.id)
            .outerjoin(counts, counts.c.agreement_id == Agreement.id)
        )
        if year is not None:
            query = query.where(Agreement.year == year)
        if unit_code:
            query = query.where(Unit.code == unit_code)
        rows = session.execute(query.order_by(Agreement.year, Unit.code, owner.name))
        return [
            AgreementRow(
                a.id,
                a.year,
                o.name,
                o.nip,
                sup,
                u.code,
                u.name,
                a.kind.value,
                a.status.value,
                a.profile_code,
                n or 0,
            )
            for a, o, sup, u, n in rows
        ]

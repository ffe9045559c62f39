"""Which years a unit has agreements or KSD rows for: the year choices of the unit's
dashboard and KSD table."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.models import Agreement, Ksd, Unit
from app.models.database import Database
from app.services.organisation import get


@dataclass(frozen=True, slots=True)
class UnitYears:
    unit_id: str
    code: str
    name: str
    years: tuple[int, ...]  # newest first

    @property
    def default_year(self) -> int | None:
        return self.years[0] if self.years else None


def unit_years(db: Database, unit_id: str) -> UnitYears:
    """The unit's code and name and the years of its agreements and KSD rows, newest first."""
    with db.session() as session:
        unit = get(session, Unit, unit_id, "Unit")
        years = set(session.scalars(select(Agreement.year).where(Agreement.unit_id == unit.id)))
        years |= set(session.scalars(select(Ksd.year).where(Ksd.unit_id == unit.id)))
        return UnitYears(unit.id, unit.code, unit.name, tuple(sorted(years, reverse=True)))

"""What the pickers offer (officials, units, profiles, predicate scales) and the defaults of a new
agreement.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from app.models import (
    Agreement,
    Official,
    Unit,
)
from app.models.database import Database
from app.services.profiles import available_profiles, load_profile
from app.services.reference import reference_data
from app.services.unit_pages import official_summary


@dataclass(frozen=True, slots=True)
class Choice:
    """An item for a picker: id, what the list shows, and a second line."""

    id: str
    label: str
    detail: str = ""


def official_choices(db: Database) -> list[Choice]:
    """Every official, by name, for the Pihak Pertama / Pihak Kedua pickers."""
    with db.session() as session:
        return [
            Choice(r.id, r.name, r.position_title)
            for r in session.execute(
                select(Official.id, Official.name, Official.position_title)
                .where(Official.deleted_at.is_(None))
                .order_by(Official.name)
            )
        ]


def unit_choices(db: Database) -> list[Choice]:
    with db.session() as session:
        return [
            Choice(r.id, r.name, r.code)
            for r in session.execute(
                select(Unit.id, Unit.code, Unit.name)
                .where(Unit.deleted_at.is_(None))
                .order_by(Unit.code)
            )
        ]


def profile_choices(db: Database) -> list[Choice]:
    """The regional profiles, named as this database uses them (the province's update, if any)."""
    with db.session() as session:
        return [Choice(code, load_profile(code, session).name) for code in available_profiles()]


def scale_choices(db: Database, profile_code: str) -> list[Choice]:
    """The predicate scales of a profile (audit opinion, survey category, SAKIP grade), as this
    database uses the profile: a scale the province added in an update is offered too."""
    with db.session() as session:
        profile = load_profile(profile_code, session)
    return [Choice(s.code, s.label) for s in profile.scales.values()]


def new_agreement_defaults(db: Database, official_id: str) -> dict[str, Any]:
    """Sensible values for a new agreement of an official: unit, superior, profile, year."""
    summary = official_summary(db, official_id)
    with db.session() as session:
        last_year = session.scalar(
            select(func.max(Agreement.year)).where(
                Agreement.owner_id == official_id, Agreement.deleted_at.is_(None)
            )
        )
    return {
        "unit_id": summary.unit_id,
        "superior_id": summary.superior_id,
        "profile_code": summary.profile_code,
        "year": (last_year + 1) if last_year else dt.date.today().year,
    }


def rpjmd_indicator_choices(db: Database) -> list[Choice]:
    """The RPJMD IKU an IKU can support (the IKU editor's picker): "code — name", with the
    code of its RPJMD sasaran as the second line."""
    return [
        Choice(i.id, f"{i.code} — {i.name}", i.goal_code) for i in reference_data(db).indicators
    ]


def reference_ksd_choices(db: Database, year: int | None = None) -> list[Choice]:
    """The province's KSD list (of `year`, when given) for the KSD table's picker; `id` is
    the province code, the second line who is responsible."""
    return [
        Choice(k.code, k.name, k.responsible_units or "")
        for k in reference_data(db).ksd
        if year is None or k.year == year
    ]

"""Units, officials, acting assignments and province-issued RPJMD goals."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin
from app.models.enums import ActingPrefix, EmploymentStatus, Level, UnitKind


class Unit(RecordMixin, Base):
    """An organisation unit; the tree runs government → perangkat daerah → bagian → subbagian."""

    __tablename__ = "units"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[UnitKind]
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"), index=True)
    profile_code: Mapped[str] = mapped_column(String(40), default="dki")
    position: Mapped[int] = mapped_column(default=0)

    parent: Mapped[Unit | None] = relationship(remote_side="Unit.id", back_populates="children")
    children: Mapped[list[Unit]] = relationship(back_populates="parent", order_by="Unit.position")
    officials: Mapped[list[Official]] = relationship(back_populates="unit")


class Official(RecordMixin, Base):
    """A person holding a position; NIP is validated by the services before it lands here."""

    __tablename__ = "officials"

    name: Mapped[str] = mapped_column(Text)
    nip: Mapped[str | None] = mapped_column(String(18), unique=True)
    rank: Mapped[str | None] = mapped_column(Text)
    position_title: Mapped[str] = mapped_column(Text)
    level: Mapped[Level]
    employment_status: Mapped[EmploymentStatus] = mapped_column(default=EmploymentStatus.PNS)
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"), index=True)
    superior_id: Mapped[str | None] = mapped_column(ForeignKey("officials.id"), index=True)
    position_start: Mapped[dt.date | None]

    unit: Mapped[Unit | None] = relationship(back_populates="officials")
    superior: Mapped[Official | None] = relationship(remote_side="Official.id")
    acting_assignments: Mapped[list[ActingAssignment]] = relationship(
        back_populates="official", order_by="ActingAssignment.start_date"
    )


class ActingAssignment(RecordMixin, Base):
    """Plt./Plh./Pj.: an official acting in another position for a while (seed 003 §3.6)."""

    __tablename__ = "acting_assignments"

    official_id: Mapped[str] = mapped_column(ForeignKey("officials.id"), index=True)
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"))
    position_title: Mapped[str] = mapped_column(Text)
    prefix: Mapped[ActingPrefix]
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date | None]

    official: Mapped[Official] = relationship(back_populates="acting_assignments")


class RpjmdGoal(RecordMixin, Base):
    """A sasaran of the 5-year regional plan, issued by the province with a stable code."""

    __tablename__ = "rpjmd_goals"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    text: Mapped[str] = mapped_column(Text)
    period_start: Mapped[int]
    period_end: Mapped[int]

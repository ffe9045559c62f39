"""Rencana Aksi (RA → KK → T/O) per indicator, and Kegiatan Strategis Daerah with month targets."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin
from app.models.enums import ChangeReason, OutputStatus

if TYPE_CHECKING:
    from app.models.indicator import Indicator
    from app.models.organisation import Unit


class ActionPlan(RecordMixin, Base):
    """RA n: one action of an indicator's plan. `number` is the n the plan was written with
    (seed 002 numbers an IKU's actions RA2, RA4); without one, n follows the position. KK n.m
    and T/O n.m.k follow from n and the positions below it."""

    __tablename__ = "action_plans"

    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicators.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    number: Mapped[int | None]
    text: Mapped[str] = mapped_column(Text)
    mitigation: Mapped[str | None] = mapped_column(Text)
    change_reason: Mapped[ChangeReason | None]

    indicator: Mapped[Indicator] = relationship(back_populates="action_plans")
    criteria: Mapped[list[SuccessCriterion]] = relationship(
        back_populates="action_plan", order_by="SuccessCriterion.position"
    )


class SuccessCriterion(RecordMixin, Base):
    """KK n.m: a Kriteria Keberhasilan of an action."""

    __tablename__ = "success_criteria"

    action_plan_id: Mapped[str] = mapped_column(ForeignKey("action_plans.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)
    change_reason: Mapped[ChangeReason | None]

    action_plan: Mapped[ActionPlan] = relationship(back_populates="criteria")
    outputs: Mapped[list[ActionOutput]] = relationship(
        back_populates="criterion", order_by="ActionOutput.position"
    )


class ActionOutput(RecordMixin, Base):
    """T/O n.m.k: a Target/Output due in one quarter."""

    __tablename__ = "action_outputs"

    criterion_id: Mapped[str] = mapped_column(ForeignKey("success_criteria.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)
    due_quarter: Mapped[int]
    mitigation: Mapped[str | None] = mapped_column(Text)
    responsible: Mapped[str | None] = mapped_column(Text)
    status: Mapped[OutputStatus] = mapped_column(default=OutputStatus.PLANNED)
    completed_on: Mapped[dt.date | None]
    change_reason: Mapped[ChangeReason | None]

    criterion: Mapped[SuccessCriterion] = relationship(back_populates="outputs")


class Ksd(RecordMixin, Base):
    """One row of a unit's Kegiatan Strategis Daerah table (seed 002 lampiran IV)."""

    __tablename__ = "ksd"

    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    year: Mapped[int] = mapped_column(index=True)
    position: Mapped[int] = mapped_column(default=0)
    ksd_number: Mapped[str | None] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(Text)
    sub_name: Mapped[str | None] = mapped_column(Text)
    action_plan: Mapped[str] = mapped_column(Text)
    responsible_units: Mapped[str | None] = mapped_column(Text)
    related_agencies: Mapped[str | None] = mapped_column(Text)
    success_criteria: Mapped[str | None] = mapped_column(Text)
    capaian: Mapped[Decimal | None]
    notes: Mapped[str | None] = mapped_column(Text)
    indicator_id: Mapped[str | None] = mapped_column(ForeignKey("indicators.id"))

    unit: Mapped[Unit] = relationship()
    indicator: Mapped[Indicator | None] = relationship(back_populates="ksd_rows")
    months: Mapped[list[KsdMonthTarget]] = relationship(
        back_populates="ksd", order_by="KsdMonthTarget.month"
    )


class KsdMonthTarget(RecordMixin, Base):
    """B01–B12: the expected output of a KSD row in one month, and whether it was met."""

    __tablename__ = "ksd_month_targets"
    __table_args__ = (UniqueConstraint("ksd_id", "month"),)

    ksd_id: Mapped[str] = mapped_column(ForeignKey("ksd.id"), index=True)
    month: Mapped[int]
    expected_output: Mapped[str | None] = mapped_column(Text)
    done: Mapped[bool] = mapped_column(default=False)
    completed_on: Mapped[dt.date | None]

    ksd: Mapped[Ksd] = relationship(back_populates="months")

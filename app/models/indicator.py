"""Sasaran, indicators with their Format-1 metadata, period values, cascade links."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin
from app.models.enums import (
    CascadeMethod,
    CascadeType,
    CompletionSource,
    Control,
    GoalCategory,
    LocationConsolidation,
    MeasuringPeriod,
    Period,
    PeriodConsolidation,
    Polarity,
    TargetAspect,
    TargetForm,
    Validity,
)

if TYPE_CHECKING:
    from app.models.agreement import Agreement
    from app.models.organisation import RpjmdGoal, Unit
    from app.models.planning import ActionPlan, Ksd


class Goal(RecordMixin, Base):
    """A sasaran of one agreement, optionally cascaded from the superior's sasaran."""

    __tablename__ = "goals"

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"), index=True)
    category: Mapped[GoalCategory]
    number: Mapped[str | None] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)
    parent_goal_id: Mapped[str | None] = mapped_column(ForeignKey("goals.id"), index=True)
    cascade_method: Mapped[CascadeMethod | None]
    rpjmd_goal_id: Mapped[str | None] = mapped_column(ForeignKey("rpjmd_goals.id"))

    agreement: Mapped[Agreement] = relationship(back_populates="goals")
    parent_goal: Mapped[Goal | None] = relationship(remote_side="Goal.id")
    rpjmd_goal: Mapped[RpjmdGoal | None] = relationship()
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="goal",
        order_by="Indicator.position",
        primaryjoin="and_(Goal.id == Indicator.goal_id, Indicator.sub_of_id.is_(None))",
        viewonly=True,
    )


class Indicator(RecordMixin, Base):
    """An IKU with every field of the metadata sheet (seed 003 Format 1)."""

    __tablename__ = "indicators"

    goal_id: Mapped[str] = mapped_column(ForeignKey("goals.id"), index=True)
    # Not indexed: almost every row is NULL, and an index on it lures SQLite into scanning
    # all indicators instead of using goal_id.
    sub_of_id: Mapped[str | None] = mapped_column(ForeignKey("indicators.id"))
    number: Mapped[str | None] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)
    mandatory: Mapped[bool] = mapped_column(default=False)
    # the province code of the mandatory indicator this IKU carries (`MandatoryIndicator`)
    reference_code: Mapped[str | None] = mapped_column(String(40))
    # the RPJMD IKU this IKU supports; it counts towards that IKU's RPJMD sasaran before its
    # own sasaran's link (Nilai Sasaran RPJMD, SPEC §6.5)
    rpjmd_indicator_id: Mapped[str | None] = mapped_column(ForeignKey("rpjmd_indicators.id"))
    unit_of_measure: Mapped[str | None] = mapped_column(String(60))
    source_system: Mapped[str | None] = mapped_column(String(120))
    measurement_text: Mapped[str | None] = mapped_column(Text)
    misi: Mapped[str | None] = mapped_column(Text)
    goal_description: Mapped[str | None] = mapped_column(Text)
    definition: Mapped[str | None] = mapped_column(Text)
    formula: Mapped[str | None] = mapped_column(Text)
    control: Mapped[Control | None]
    validity: Mapped[Validity | None]
    responsible_unit: Mapped[str | None] = mapped_column(Text)
    responsible_person: Mapped[str | None] = mapped_column(Text)
    data_provider: Mapped[str | None] = mapped_column(Text)
    data_source: Mapped[str | None] = mapped_column(Text)
    cascade_type: Mapped[CascadeType | None]
    cascade_method: Mapped[CascadeMethod | None]
    period_consolidation: Mapped[PeriodConsolidation | None]
    location_consolidation: Mapped[LocationConsolidation | None]
    polarity: Mapped[Polarity | None]
    measuring_period: Mapped[MeasuringPeriod | None]
    target_aspect: Mapped[TargetAspect | None]
    target_form: Mapped[TargetForm] = mapped_column(default=TargetForm.NUMBER)
    scale_code: Mapped[str | None] = mapped_column(String(40))
    completion_source: Mapped[CompletionSource] = mapped_column(default=CompletionSource.NONE)

    goal: Mapped[Goal] = relationship(back_populates="indicators")
    sub_indicators: Mapped[list[Indicator]] = relationship(order_by="Indicator.position")
    values: Mapped[list[PeriodValue]] = relationship(back_populates="indicator")
    history: Mapped[list[IndicatorHistory]] = relationship(
        back_populates="indicator", order_by="IndicatorHistory.year"
    )
    locations: Mapped[list[IndicatorLocation]] = relationship(
        back_populates="indicator", order_by="IndicatorLocation.position"
    )
    action_plans: Mapped[list[ActionPlan]] = relationship(
        back_populates="indicator", order_by="ActionPlan.position"
    )
    ksd_rows: Mapped[list[Ksd]] = relationship(back_populates="indicator")
    child_links: Mapped[list[CascadeLink]] = relationship(
        foreign_keys="CascadeLink.parent_indicator_id", back_populates="parent_indicator"
    )
    parent_links: Mapped[list[CascadeLink]] = relationship(
        foreign_keys="CascadeLink.child_indicator_id", back_populates="child_indicator"
    )

    def value(self, period: Period) -> PeriodValue | None:
        return next((v for v in self.values if v.period == period), None)


class PeriodValue(RecordMixin, Base):
    """Target and realisation of one indicator in one period.

    NULL is N/A (no target / not due / not yet known) and is never read as 0. Range targets
    use `target` as the lower and `target_upper` as the upper bound; predicate targets keep
    the scale label beside the number it scores as.
    """

    __tablename__ = "period_values"
    __table_args__ = (UniqueConstraint("indicator_id", "period"),)

    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicators.id"), index=True)
    period: Mapped[Period]
    target: Mapped[Decimal | None]
    target_upper: Mapped[Decimal | None]
    target_label: Mapped[str | None] = mapped_column(String(60))
    actual: Mapped[Decimal | None]
    actual_label: Mapped[str | None] = mapped_column(String(60))
    numerator: Mapped[Decimal | None]
    denominator: Mapped[Decimal | None]
    evidence: Mapped[str | None] = mapped_column(Text)

    indicator: Mapped[Indicator] = relationship(back_populates="values")


class IndicatorHistory(RecordMixin, Base):
    """Y-2 / Y-1 targets and realisations shown on the metadata sheet."""

    __tablename__ = "indicator_history"

    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicators.id"), index=True)
    year: Mapped[int]
    target: Mapped[Decimal | None]
    actual: Mapped[Decimal | None]
    note: Mapped[str | None] = mapped_column(Text)

    indicator: Mapped[Indicator] = relationship(back_populates="history")


class IndicatorLocation(RecordMixin, Base):
    """A location (e.g. a UPTD) whose values consolidate into the indicator (§6.2)."""

    __tablename__ = "indicator_locations"

    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicators.id"), index=True)
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"))
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)

    indicator: Mapped[Indicator] = relationship(back_populates="locations")
    unit: Mapped[Unit | None] = relationship()
    values: Mapped[list[LocationValue]] = relationship(back_populates="location")


class LocationValue(RecordMixin, Base):
    __tablename__ = "location_values"
    __table_args__ = (UniqueConstraint("location_id", "period"),)

    location_id: Mapped[str] = mapped_column(ForeignKey("indicator_locations.id"), index=True)
    period: Mapped[Period]
    target: Mapped[Decimal | None]
    actual: Mapped[Decimal | None]
    numerator: Mapped[Decimal | None]
    denominator: Mapped[Decimal | None]

    location: Mapped[IndicatorLocation] = relationship(back_populates="values")


class CascadeLink(RecordMixin, Base):
    """A superior's indicator cascaded to a subordinate's indicator (seed 002 check marks)."""

    __tablename__ = "cascade_links"
    __table_args__ = (UniqueConstraint("parent_indicator_id", "child_indicator_id"),)

    parent_indicator_id: Mapped[str] = mapped_column(ForeignKey("indicators.id"), index=True)
    child_indicator_id: Mapped[str] = mapped_column(ForeignKey("indicators.id"), index=True)
    method: Mapped[CascadeMethod]
    share: Mapped[Decimal | None]
    note: Mapped[str | None] = mapped_column(Text)

    parent_indicator: Mapped[Indicator] = relationship(
        foreign_keys=[parent_indicator_id], back_populates="child_links"
    )
    child_indicator: Mapped[Indicator] = relationship(
        foreign_keys=[child_indicator_id], back_populates="parent_links"
    )


class CrosscuttingParty(RecordMixin, Base):
    """Another unit or an outside agency sharing a sasaran, indicator or KSD."""

    __tablename__ = "crosscutting_parties"

    goal_id: Mapped[str | None] = mapped_column(ForeignKey("goals.id"), index=True)
    indicator_id: Mapped[str | None] = mapped_column(ForeignKey("indicators.id"), index=True)
    ksd_id: Mapped[str | None] = mapped_column(ForeignKey("ksd.id"), index=True)
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"))
    agency_name: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(Text)

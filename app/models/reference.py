"""Reference data the province issues to every unit (SPEC §9): RPJMD indicators, the KSD
list and the mandatory indicators, each with a stable province code.

The province edits them; a unit receives them only through a signed reference bundle and
matches them by code, never by name. RPJMD sasaran are `organisation.RpjmdGoal`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin, utcnow
from app.models.enums import MeasuringPeriod, PeriodConsolidation, Polarity

if TYPE_CHECKING:
    from app.models.organisation import RpjmdGoal


class RpjmdIndicator(RecordMixin, Base):
    """An IKU of the RPJMD measuring one RPJMD sasaran."""

    __tablename__ = "rpjmd_indicators"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    rpjmd_goal_id: Mapped[str] = mapped_column(ForeignKey("rpjmd_goals.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    unit_of_measure: Mapped[str | None] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(default=0)

    rpjmd_goal: Mapped[RpjmdGoal] = relationship()


class ReferenceKsd(RecordMixin, Base):
    """A Kegiatan Strategis Daerah of the province's list, which units plan against."""

    __tablename__ = "reference_ksd"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    year: Mapped[int]
    name: Mapped[str] = mapped_column(Text)
    responsible_units: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)


class MandatoryIndicator(RecordMixin, Base):
    """An IKU every applicable agreement must carry ("IKU wajib").

    It applies to agreements of `year_from`..`year_to` whose owner's level is in `levels`
    and whose unit (or a unit above it) is in `unit_codes`; an empty list means all. An
    agreement carries it when one of its IKUs has `reference_code` equal to `code`.
    """

    __tablename__ = "mandatory_indicators"
    #: The IKU metadata the province fixes; copied onto the unit's IKU that carries it.
    METADATA_FIELDS = (
        "unit_of_measure",
        "definition",
        "formula",
        "polarity",
        "period_consolidation",
        "measuring_period",
    )

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(Text)
    unit_of_measure: Mapped[str | None] = mapped_column(String(60))
    definition: Mapped[str | None] = mapped_column(Text)
    formula: Mapped[str | None] = mapped_column(Text)
    polarity: Mapped[Polarity | None]
    period_consolidation: Mapped[PeriodConsolidation | None]
    measuring_period: Mapped[MeasuringPeriod | None]
    levels: Mapped[str | None] = mapped_column(Text)  # comma-separated Level values
    unit_codes: Mapped[str | None] = mapped_column(Text)  # comma-separated unit codes
    year_from: Mapped[int]
    year_to: Mapped[int]
    rpjmd_indicator_id: Mapped[str | None] = mapped_column(ForeignKey("rpjmd_indicators.id"))
    position: Mapped[int] = mapped_column(default=0)


class ProfileUpdate(Base):
    """A regional profile as the province issued it: the newest `version` of a `code`
    replaces resources/profiles/<code>.json for this database (None `content` withdraws the
    update). Not a record: it never travels in a unit's bundle, only in the reference bundle,
    and the rows are a history (version = the province's reference version at a unit)."""

    __tablename__ = "profile_updates"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    version: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    #: the profile JSON (canonical), or None: back to the shipped file
    content: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

"""The Perjanjian Kinerja itself, its programs, attachments and addendum records."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from app.models.base import Base, RecordMixin
from app.models.enums import (
    ActingPrefix,
    AgreementKind,
    AgreementStatus,
    AttachmentKind,
    ChangeReason,
    Period,
)
from app.models.organisation import Official, Unit

if TYPE_CHECKING:
    from app.models.indicator import Goal, Indicator


class Agreement(RecordMixin, Base):
    """One PK for one year. Signed agreements are frozen; changes go through an addendum."""

    __tablename__ = "agreements"

    year: Mapped[int] = mapped_column(index=True)
    profile_code: Mapped[str] = mapped_column(String(40))
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    owner_id: Mapped[str] = mapped_column(ForeignKey("officials.id"), index=True)
    superior_id: Mapped[str | None] = mapped_column(ForeignKey("officials.id"), index=True)
    kind: Mapped[AgreementKind] = mapped_column(default=AgreementKind.ORIGINAL)
    status: Mapped[AgreementStatus] = mapped_column(default=AgreementStatus.DRAFT)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("agreements.id"), index=True)
    signing_place: Mapped[str | None] = mapped_column(Text)
    signing_date: Mapped[dt.date | None]
    dpa_date: Mapped[dt.date | None]  # DPA approval: DKI's PK deadline runs from it
    owner_title: Mapped[str | None] = mapped_column(Text)
    superior_title: Mapped[str | None] = mapped_column(Text)
    owner_prefix: Mapped[ActingPrefix | None]
    superior_prefix: Mapped[ActingPrefix | None]
    change_reason: Mapped[ChangeReason | None]
    change_note: Mapped[str | None] = mapped_column(Text)
    effective_from: Mapped[Period | None]
    signed_at: Mapped[dt.datetime | None]
    signed_snapshot: Mapped[str | None] = deferred(mapped_column(Text))
    signed_pdf_sha256: Mapped[str | None] = mapped_column(String(64))

    unit: Mapped[Unit] = relationship()
    owner: Mapped[Official] = relationship(foreign_keys=[owner_id])
    superior: Mapped[Official | None] = relationship(foreign_keys=[superior_id])
    parent: Mapped[Agreement | None] = relationship(remote_side="Agreement.id")
    goals: Mapped[list[Goal]] = relationship(back_populates="agreement", order_by="Goal.position")
    programs: Mapped[list[Program]] = relationship(
        back_populates="agreement", order_by="Program.position"
    )
    attachments: Mapped[list[Attachment]] = relationship(back_populates="agreement")
    addendum_records: Mapped[list[AddendumRecord]] = relationship(back_populates="agreement")


class Program(RecordMixin, Base):
    """A budget line of the agreement's lampiran (seed 004): exact Rupiah, never a float."""

    __tablename__ = "programs"

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    code: Mapped[str | None] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(Text)
    budget: Mapped[Decimal]
    note: Mapped[str | None] = mapped_column(Text)
    goal_id: Mapped[str | None] = mapped_column(ForeignKey("goals.id"))

    agreement: Mapped[Agreement] = relationship(back_populates="programs")


class Attachment(RecordMixin, Base):
    """A scan of the signed copy or the printed PDF, identified by its SHA-256."""

    __tablename__ = "attachments"

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"), index=True)
    kind: Mapped[AttachmentKind]
    file_name: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int]
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))

    agreement: Mapped[Agreement] = relationship(back_populates="attachments")


class AddendumRecord(RecordMixin, Base):
    """One before/after change an addendum makes, and why (seed 003 Format 6/8)."""

    __tablename__ = "addendum_records"

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"), index=True)
    indicator_id: Mapped[str | None] = mapped_column(ForeignKey("indicators.id"))
    period: Mapped[Period | None]
    field: Mapped[str] = mapped_column(String(60))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[ChangeReason]
    note: Mapped[str | None] = mapped_column(Text)

    agreement: Mapped[Agreement] = relationship(back_populates="addendum_records")
    indicator: Mapped[Indicator | None] = relationship()

"""Settings that belong to one database (one office): chosen at first run, edited in Settings."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from app.models.base import Base, RecordMixin


class OfficeSettings(RecordMixin, Base):
    """The office's regional profile, government name, signing place and optional logo.

    One row per database; the printed header and the signing place of a new PK come from it
    (for agreements of the same profile), so a copied database prints the same.
    """

    __tablename__ = "office_settings"

    profile_code: Mapped[str] = mapped_column(String(40))
    government_name: Mapped[str] = mapped_column(Text)
    signing_place: Mapped[str] = mapped_column(Text)
    logo_name: Mapped[str | None] = mapped_column(Text)
    # base64 text, so the row travels in sync bundles like every other value
    logo: Mapped[str | None] = deferred(mapped_column(Text))

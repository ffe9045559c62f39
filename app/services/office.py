"""The office a database belongs to: first-run setup and the per-database settings.

An empty database (no unit) is a first run: the user either starts their own office here or
opens the demo. The settings (profile, government name, signing place, logo) print on every
agreement of that profile and prefill a new PK's signing place.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, undefer

from app.models import Unit
from app.models.database import Database
from app.models.enums import Level, UnitKind
from app.models.settings import OfficeSettings
from app.services import organisation
from app.services.document_read import logo_file
from app.services.errors import invalid
from app.services.profiles import available_profiles, load_profile

LOGO_LIMIT_MB = 2
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
KEEP = object()  # save_settings(logo=KEEP): leave the stored logo as it is


@dataclass(frozen=True)
class Settings:
    profile_code: str
    government_name: str
    signing_place: str
    logo_name: str | None = None
    logo: bytes | None = None
    stored: bool = False  # False: the profile's defaults, nothing saved yet


def is_first_run(db: Database) -> bool:
    """True while the database holds no unit at all: the setup page shows."""
    with db.session() as session:
        return not session.scalar(select(func.count(Unit.id)))


def _row(session: Session) -> OfficeSettings | None:
    return session.scalar(
        select(OfficeSettings)
        .options(undefer(OfficeSettings.logo))
        .order_by(OfficeSettings.created_at)
    )


def defaults(profile_code: str, session: Session | None = None) -> Settings:
    """The profile's own government name and signing place; with a session, as that database
    uses the profile (the province may have updated it)."""
    profile = load_profile(profile_code, session)
    return Settings(profile.code, profile.government_name, profile.signing_place)


def profile_defaults(db: Database, profile_code: str) -> Settings:
    """`defaults` as the database `db` uses the profile (for the setup page's prefill)."""
    with db.session() as session:
        return defaults(profile_code, session)


def get_settings(db: Database, default_profile: str = "dki") -> Settings:
    """The stored settings, or the profile's own values when none were saved."""
    with db.session() as session:
        row = _row(session)
        if row is None:
            return defaults(default_profile, session)
        return Settings(
            row.profile_code,
            row.government_name,
            row.signing_place,
            row.logo_name,
            base64.b64decode(row.logo) if row.logo else None,
            stored=True,
        )


def _check(profile_code: str, government_name: str, signing_place: str) -> tuple[str, str]:
    if profile_code not in available_profiles():
        raise invalid(
            "settings_profile_unknown",
            "profile_code",
            profile=profile_code,
            choices=", ".join(available_profiles()),
        )
    government = (government_name or "").strip()
    if not government:
        raise invalid("settings_government_missing", "government_name")
    place = (signing_place or "").strip()
    if not place:
        raise invalid("settings_place_missing", "signing_place")
    return government, place


def check_logo(name: str, content: bytes) -> None:
    """A PNG or JPEG of at most LOGO_LIMIT_MB, or one sentence saying why not."""
    if len(content) > LOGO_LIMIT_MB * 1024 * 1024:
        raise invalid("settings_logo_too_large", "logo", name=name, limit=LOGO_LIMIT_MB)
    if not content.startswith(_IMAGE_MAGIC):
        raise invalid("settings_logo_unreadable", "logo", name=name)


def _store(
    session: Session,
    profile_code: str,
    government: str,
    place: str,
    logo: object,
    logo_name: str | None,
) -> None:
    row = _row(session)
    if row is None:
        row = OfficeSettings(
            profile_code=profile_code, government_name=government, signing_place=place
        )
        session.add(row)
    row.profile_code, row.government_name, row.signing_place = profile_code, government, place
    if logo is not KEEP:
        assert logo is None or isinstance(logo, bytes)
        if logo is not None:
            check_logo(logo_name or "logo", logo)
        row.logo = base64.b64encode(logo).decode("ascii") if logo is not None else None
        row.logo_name = logo_name if logo is not None else None


def save_settings(
    db: Database,
    *,
    profile_code: str,
    government_name: str,
    signing_place: str,
    logo: bytes | None | object = KEEP,
    logo_name: str | None = None,
) -> Settings:
    """Store the settings (one transaction); returns what was there before, for undo."""
    government, place = _check(profile_code, government_name, signing_place)
    before = get_settings(db, profile_code)
    with db.transaction("Ubah pengaturan kantor") as session:
        _store(session, profile_code, government, place, logo, logo_name)
    return before


@dataclass(frozen=True)
class NewOffice:
    """What the first-run page asks for."""

    profile_code: str
    government_name: str
    signing_place: str
    unit_name: str
    unit_kind: str = UnitKind.PERANGKAT_DAERAH.value
    head_name: str = ""
    head_nip: str | None = None
    head_title: str = ""
    head_level: str = Level.JPT_PRATAMA.value
    head_rank: str | None = None
    logo: bytes | None = None
    logo_name: str | None = None


@dataclass(frozen=True)
class StartedOffice:
    government_id: str
    unit_id: str
    head_id: str


def start_office(db: Database, office: NewOffice) -> StartedOffice:
    """First run: settings, the government unit, the user's unit and its head, all at once.

    Every field is checked before anything is written; a refused field leaves the database
    empty, so the setup page can simply be submitted again.
    """
    government, place = _check(office.profile_code, office.government_name, office.signing_place)
    if not is_first_run(db):
        raise invalid("office_not_empty", "unit_name")
    if office.logo is not None:
        check_logo(office.logo_name or "logo", office.logo)
    with db.transaction("Mulai kantor baru") as session:
        _store(session, office.profile_code, government, place, office.logo, office.logo_name)
        gov = organisation.add_unit(
            session,
            name=government,
            kind=UnitKind.GOVERNMENT,
            profile_code=office.profile_code,
        )
        unit = organisation.add_unit(
            session, name=office.unit_name, kind=office.unit_kind, parent_id=gov
        )
        head = organisation.add_official(
            session,
            name=office.head_name,
            nip=office.head_nip,
            position_title=office.head_title,
            level=office.head_level,
            rank=office.head_rank,
            unit_id=unit,
        )
        return StartedOffice(gov, unit, head)


# --- what printing and new agreements take from the settings ------------------------------


def office_header(db: Database, profile_code: str) -> dict[str, str | None] | None:
    """Overrides for a printed document's profile header, when this database's office uses
    `profile_code` ({government_name, signing_place, logo_path}); None otherwise."""
    settings = get_settings(db)
    if not settings.stored or settings.profile_code != profile_code:
        return None
    out: dict[str, str | None] = {
        "government_name": settings.government_name,
        "signing_place": settings.signing_place,
    }
    if settings.logo:
        out["logo_path"] = logo_file(settings.logo, settings.logo_name)
    return out


def default_signing_place(db: Database, profile_code: str) -> str:
    """Signing place for a new PK: the office's when it uses this profile, else the profile's."""
    settings = get_settings(db, profile_code)
    if settings.stored and settings.profile_code == profile_code:
        return settings.signing_place
    return profile_defaults(db, profile_code).signing_place

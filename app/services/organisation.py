"""Units, officials and acting assignments."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.nip import NipError, parse_nip
from app.models import ActingAssignment, Official, Unit
from app.models.database import Database
from app.models.enums import ActingPrefix, Level, UnitKind
from app.services._fields import apply_changes, coerce
from app.services.errors import InvalidInput, NotFound

UNIT_FIELDS = frozenset({"code", "name", "kind", "parent_id", "profile_code", "position"})
OFFICIAL_FIELDS = frozenset(
    {
        "name",
        "nip",
        "rank",
        "position_title",
        "level",
        "employment_status",
        "unit_id",
        "superior_id",
        "position_start",
    }
)


def normalise_nip(nip: str | None) -> str | None:
    """The 18 digits of a valid NIP, or InvalidInput naming what is wrong."""
    if nip is None or not str(nip).strip():
        return None
    try:
        return parse_nip(str(nip)).digits
    except NipError as exc:
        raise InvalidInput(str(exc), field="nip") from exc


def get(session: Session, model: type[Any], record_id: str, what: str) -> Any:
    record = session.get(model, record_id)
    if record is None or record.deleted_at is not None:
        raise NotFound(f"{what} dengan id {record_id} tidak ditemukan.")
    return record


def _check_unique_code(session: Session, code: str, own_id: str | None = None) -> None:
    existing = session.scalar(select(Unit).where(Unit.code == code))
    if existing is not None and existing.id != own_id:
        raise InvalidInput(f"Kode unit '{code}' sudah dipakai oleh {existing.name}.", field="code")


def create_unit(
    db: Database,
    *,
    code: str,
    name: str,
    kind: UnitKind | str,
    parent_id: str | None = None,
    profile_code: str = "dki",
) -> str:
    with db.transaction("Tambah unit") as session:
        code = coerce(Unit, "code", code)
        _check_unique_code(session, code)
        if parent_id is not None:
            get(session, Unit, parent_id, "Unit induk")
        unit = Unit(
            code=code,
            name=coerce(Unit, "name", name),
            kind=coerce(Unit, "kind", kind),
            parent_id=parent_id,
            profile_code=profile_code,
        )
        session.add(unit)
        session.flush()
        return unit.id


def update_unit(db: Database, unit_id: str, **changes: Any) -> None:
    with db.transaction("Ubah unit") as session:
        unit = get(session, Unit, unit_id, "Unit")
        if "code" in changes:
            _check_unique_code(session, changes["code"], unit_id)
        apply_changes(unit, changes, UNIT_FIELDS)


def _check_unique_nip(session: Session, nip: str | None, own_id: str | None = None) -> None:
    if nip is None:
        return
    existing = session.scalar(select(Official).where(Official.nip == nip))
    if existing is not None and existing.id != own_id:
        raise InvalidInput(f"NIP {nip} sudah terdaftar atas nama {existing.name}.", field="nip")


def create_official(
    db: Database,
    *,
    name: str,
    position_title: str,
    level: Level | str,
    nip: str | None = None,
    rank: str | None = None,
    unit_id: str | None = None,
    superior_id: str | None = None,
) -> str:
    with db.transaction("Tambah pejabat") as session:
        digits = normalise_nip(nip)
        _check_unique_nip(session, digits)
        if not name or not name.strip():
            raise InvalidInput("Nama pejabat wajib diisi.", field="name")
        official = Official(
            name=name.strip(),
            nip=digits,
            rank=rank,
            position_title=coerce(Official, "position_title", position_title),
            level=coerce(Official, "level", level),
            unit_id=unit_id,
            superior_id=superior_id,
        )
        session.add(official)
        session.flush()
        return official.id


def update_official(db: Database, official_id: str, **changes: Any) -> None:
    with db.transaction("Ubah pejabat") as session:
        official = get(session, Official, official_id, "Pejabat")
        if "nip" in changes:
            changes["nip"] = normalise_nip(changes["nip"])
            _check_unique_nip(session, changes["nip"], official_id)
        apply_changes(official, changes, OFFICIAL_FIELDS)


def assign_acting(
    db: Database,
    official_id: str,
    *,
    position_title: str,
    prefix: ActingPrefix | str,
    start_date: dt.date,
    end_date: dt.date | None = None,
    unit_id: str | None = None,
) -> str:
    """Record a Plt./Plh./Pj. assignment; agreements print the prefix before the title."""
    with db.transaction("Tetapkan Plt./Plh./Pj.") as session:
        get(session, Official, official_id, "Pejabat")
        if end_date is not None and end_date < start_date:
            raise InvalidInput(
                "Tanggal selesai tidak boleh sebelum tanggal mulai.", field="end_date"
            )
        assignment = ActingAssignment(
            official_id=official_id,
            unit_id=unit_id,
            position_title=position_title,
            prefix=coerce(ActingAssignment, "prefix", prefix),
            start_date=start_date,
            end_date=end_date,
        )
        session.add(assignment)
        session.flush()
        return assignment.id

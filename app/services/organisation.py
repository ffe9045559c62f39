"""Units, officials and acting assignments: the office a Tim SAKIP builds on day one.

Nothing here is ever hard-deleted: a retired unit or official is a tombstone (sync needs it,
and signed agreements keep pointing at the unit and people they were signed by). Bad input
is one sentence naming the field, raised before anything is written.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.engine.nip import NipError, parse_nip
from app.models import ActingAssignment, Agreement, Official, Unit
from app.models.database import INCLUDE_DELETED, Database
from app.models.enums import ActingPrefix, AgreementStatus, Level, UnitKind
from app.services._fields import apply_changes
from app.services.errors import InvalidInput, invalid, missing, not_found

E = TypeVar("E", bound=Enum)

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
# Agreements that still change: a unit or official holding one cannot be retired.
OPEN_STATUSES = (AgreementStatus.DRAFT, AgreementStatus.FINAL)
_WITH_DELETED = {INCLUDE_DELETED: True}
_CODE_CHARS = re.compile(r"[^A-Z0-9]+")


def nip_error(nip: str | None) -> InvalidInput | None:
    """What is wrong with a typed NIP (None when it is valid or blank): for live validation."""
    if nip is None or not str(nip).strip():
        return None
    try:
        parse_nip(str(nip))
    except NipError as exc:
        params = {"nip": str(nip).strip(), **exc.params}
        return invalid(f"nip_form_{exc.code.removeprefix('nip_')}", "nip", **params)
    return None


def normalise_nip(nip: str | None) -> str | None:
    """The 18 digits of a valid NIP, or InvalidInput naming what is wrong."""
    error = nip_error(nip)
    if error is not None:
        raise error
    if nip is None or not str(nip).strip():
        return None
    return parse_nip(str(nip)).digits


def get(session: Session, model: type[Any], record_id: str, what: str) -> Any:
    """The live record, or NotFound naming `what` (Indonesian; English from the services'
    messages module)."""
    record = session.get(model, record_id)
    if record is None or record.deleted_at is not None:
        raise missing(what, record_id)
    return record


def _unit(session: Session, unit_id: str, message_id: str = "unit_not_found") -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None or unit.deleted_at is not None:
        raise not_found(message_id, id=unit_id)
    return unit


def _official(
    session: Session, official_id: str, message_id: str = "official_not_found"
) -> Official:
    official = session.get(Official, official_id)
    if official is None or official.deleted_at is not None:
        raise not_found(message_id, id=official_id)
    return official


# --- units ----------------------------------------------------------------------------------


def _check_unique_code(session: Session, code: str, own_id: str | None = None) -> None:
    existing = session.scalar(
        select(Unit).where(Unit.code == code).execution_options(**_WITH_DELETED)
    )
    if existing is not None and existing.id != own_id:
        raise invalid("unit_code_taken", "code", code=code, name=existing.name)


def _suggest_code(session: Session, name: str) -> str:
    """A short unique code from the name's initials ("Badan Kepegawaian Daerah" → BKD)."""
    words = [w for w in _CODE_CHARS.split(name.upper()) if w]
    base = "".join(w[0] for w in words)[:12] or "UNIT"
    taken = set(
        session.scalars(
            select(Unit.code).where(Unit.code.like(f"{base}%")).execution_options(**_WITH_DELETED)
        )
    )
    code, n = base, 2
    while code in taken:
        code, n = f"{base}-{n}", n + 1
    return code


def _member(choices: type[E], value: E | str, message_id: str, field: str) -> E:
    """`value` as one of the enum's members; an unknown one is refused naming the field."""
    try:
        return choices(value)
    except ValueError:
        raise invalid(message_id, field, **{field: value}) from None


def _clean_name(name: str | None, message_id: str, field: str = "name") -> str:
    """The text without surrounding blanks; an empty one is refused naming the field."""
    text = (name or "").strip()
    if not text:
        raise invalid(message_id, field)
    return text


def add_unit(
    session: Session,
    *,
    name: str,
    kind: UnitKind | str,
    code: str | None = None,
    parent_id: str | None = None,
    profile_code: str | None = None,
) -> str:
    """create_unit inside a caller's transaction (the first-run setup adds several at once)."""
    clean = _clean_name(name, "unit_name_missing")
    unit_kind = _member(UnitKind, kind, "unit_kind_unknown", "kind")
    parent = _unit(session, parent_id, "parent_unit_not_found") if parent_id else None
    code = (code or "").strip() or _suggest_code(session, clean)
    _check_unique_code(session, code)
    siblings = session.scalar(
        select(func.count(Unit.id)).where(
            Unit.parent_id.is_(None) if parent_id is None else Unit.parent_id == parent_id
        )
    )
    unit = Unit(
        code=code,
        name=clean,
        kind=unit_kind,
        parent_id=parent_id,
        profile_code=profile_code or (parent.profile_code if parent else "dki"),
        position=siblings or 0,
    )
    session.add(unit)
    session.flush()
    return unit.id


def create_unit(
    db: Database,
    *,
    name: str,
    kind: UnitKind | str,
    code: str | None = None,
    parent_id: str | None = None,
    profile_code: str | None = None,
) -> str:
    """Add a unit under `parent_id` (None: a top-level government); returns its id.

    Without a code one is made from the name's initials; without a profile the parent's
    (or "dki") is used.
    """
    with db.transaction("Tambah unit") as session:
        return add_unit(
            session,
            name=name,
            kind=kind,
            code=code,
            parent_id=parent_id,
            profile_code=profile_code,
        )


def update_unit(db: Database, unit_id: str, **changes: Any) -> None:
    with db.transaction("Ubah unit") as session:
        unit = _unit(session, unit_id)
        if "code" in changes:
            _check_unique_code(session, changes["code"], unit_id)
        if "name" in changes:
            changes["name"] = _clean_name(changes["name"], "unit_name_missing")
        if "kind" in changes:
            changes["kind"] = _member(UnitKind, changes["kind"], "unit_kind_unknown", "kind")
        if "parent_id" in changes:
            _check_parent(session, unit, changes["parent_id"])
        apply_changes(unit, changes, UNIT_FIELDS)


def rename_unit(db: Database, unit_id: str, name: str) -> str:
    """Give a unit a new name; returns the old one (for undo)."""
    with db.transaction("Ganti nama unit") as session:
        unit = _unit(session, unit_id)
        old = unit.name
        unit.name = _clean_name(name, "unit_name_missing")
        return old


def _check_parent(session: Session, unit: Unit, parent_id: str | None) -> None:
    if parent_id is None:
        return
    if parent_id == unit.id:
        raise invalid("unit_own_parent", "parent_id", unit=unit.name)
    parent = _unit(session, parent_id, "parent_unit_not_found")
    ancestor: Unit | None = parent
    while ancestor is not None:
        if ancestor.id == unit.id:
            raise invalid("unit_under_own_child", "parent_id", unit=unit.name, parent=parent.name)
        ancestor = ancestor.parent


def move_unit(db: Database, unit_id: str, parent_id: str | None) -> str | None:
    """Put a unit (with its sub-units) under another parent; returns the old parent's id.

    Agreements keep their unit: moving a unit never changes what was signed.
    """
    with db.transaction("Pindahkan unit") as session:
        unit = _unit(session, unit_id)
        _check_parent(session, unit, parent_id)
        old = unit.parent_id
        if old != parent_id:
            unit.parent_id = parent_id
            unit.position = (
                session.scalar(
                    select(func.count(Unit.id)).where(
                        Unit.parent_id.is_(None)
                        if parent_id is None
                        else Unit.parent_id == parent_id,
                        Unit.id != unit_id,
                    )
                )
                or 0
            )
        return old


def _subtree(session: Session, unit: Unit) -> list[Unit]:
    out, todo = [], [unit]
    while todo:
        current = todo.pop()
        out.append(current)
        todo.extend(session.scalars(select(Unit).where(Unit.parent_id == current.id)))
    return out


def _open_agreements(session: Session, **where: Any) -> list[tuple[str, int]]:
    """(owner name, year) of agreements still draft or final matching `where`."""
    query = (
        select(Official.name, Agreement.year)
        .join(Official, Agreement.owner_id == Official.id)
        .where(Agreement.status.in_(OPEN_STATUSES))
        .order_by(Agreement.year, Official.name)
    )
    if "unit_ids" in where:
        query = query.where(Agreement.unit_id.in_(where["unit_ids"]))
    if "party_id" in where:  # owner or Pihak Kedua
        party = where["party_id"]
        query = query.where((Agreement.owner_id == party) | (Agreement.superior_id == party))
    return [(name, year) for name, year in session.execute(query)]


def retire_unit(db: Database, unit_id: str) -> None:
    """Tombstone a unit and its sub-units (never a hard delete: signed agreements keep them).

    Refused while any of them still has an agreement that is not signed: finishing or
    removing a draft is a decision the user makes, not a side effect.
    """
    with db.transaction("Nonaktifkan unit") as session:
        unit = _unit(session, unit_id)
        units = _subtree(session, unit)
        drafts = _open_agreements(session, unit_ids=[u.id for u in units])
        if drafts:
            owners = ", ".join(f"{name} {year}" for name, year in drafts[:3])
            raise invalid(
                "unit_has_drafts", "unit", unit=unit.name, count=len(drafts), owners=owners
            )
        now = dt.datetime.now(dt.UTC)
        for each in units:
            each.deleted_at = now


def restore_unit(db: Database, unit_id: str) -> None:
    """Undo of retire_unit: the unit and the sub-units retired with it come back."""
    with db.transaction("Pulihkan unit") as session:
        unit = session.get(Unit, unit_id, execution_options=_WITH_DELETED)
        if unit is None:
            raise not_found("unit_not_found", id=unit_id)
        if unit.deleted_at is None:
            return
        if unit.parent_id is not None:
            parent = session.get(Unit, unit.parent_id, execution_options=_WITH_DELETED)
            if parent is not None and parent.deleted_at is not None:
                raise invalid("unit_parent_retired", "parent_id", parent=parent.name)
        stamp = unit.deleted_at
        todo = [unit]
        while todo:
            current = todo.pop()
            current.deleted_at = None
            todo.extend(
                session.scalars(
                    select(Unit)
                    .where(Unit.parent_id == current.id, Unit.deleted_at == stamp)
                    .execution_options(**_WITH_DELETED)
                )
            )


# --- officials ------------------------------------------------------------------------------


def _check_unique_nip(session: Session, nip: str | None, own_id: str | None = None) -> None:
    if nip is None:
        return
    existing = session.scalar(
        select(Official).where(Official.nip == nip).execution_options(**_WITH_DELETED)
    )
    if existing is not None and existing.id != own_id:
        raise invalid("nip_duplicate", "nip", nip=nip, name=existing.name)


def _check_superior(session: Session, official: Official | None, superior_id: str | None) -> None:
    """The direct superior exists, is not the official, and does not report to them."""
    if superior_id is None:
        return
    if official is not None and superior_id == official.id:
        raise invalid("superior_self", "superior_id", official=official.name)
    superior = _official(session, superior_id, "superior_not_found")
    if official is None:
        return
    seen: set[str] = set()
    above: Official | None = superior
    while above is not None and above.id not in seen:
        if above.id == official.id:
            raise invalid(
                "superior_loop", "superior_id", superior=superior.name, official=official.name
            )
        seen.add(above.id)
        above = above.superior


def add_official(
    session: Session,
    *,
    name: str,
    position_title: str,
    level: Level | str,
    nip: str | None = None,
    rank: str | None = None,
    unit_id: str | None = None,
    superior_id: str | None = None,
    position_start: dt.date | None = None,
) -> str:
    """create_official inside a caller's transaction."""
    clean = _clean_name(name, "official_name_missing")
    digits = normalise_nip(nip)
    _check_unique_nip(session, digits)
    title = _clean_name(position_title, "official_title_missing", "position_title")
    official_level = _member(Level, level, "official_level_unknown", "level")
    if unit_id is not None:
        _unit(session, unit_id, "official_unit_not_found")
    _check_superior(session, None, superior_id)
    official = Official(
        name=clean,
        nip=digits,
        rank=(rank or "").strip() or None,
        position_title=title,
        level=official_level,
        unit_id=unit_id,
        superior_id=superior_id,
        position_start=position_start,
    )
    session.add(official)
    session.flush()
    return official.id


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
    position_start: dt.date | None = None,
) -> str:
    with db.transaction("Tambah pejabat") as session:
        return add_official(
            session,
            name=name,
            position_title=position_title,
            level=level,
            nip=nip,
            rank=rank,
            unit_id=unit_id,
            superior_id=superior_id,
            position_start=position_start,
        )


def update_official(db: Database, official_id: str, **changes: Any) -> dict[str, Any]:
    """Change an official's fields; returns {field: old value} (for undo).

    Moving an official to another unit (`unit_id`) leaves their agreements where they were
    signed: an agreement carries its own unit.
    """
    with db.transaction("Ubah pejabat") as session:
        official = _official(session, official_id)
        if "name" in changes:
            changes["name"] = _clean_name(changes["name"], "official_name_missing")
        if "position_title" in changes:
            changes["position_title"] = _clean_name(
                changes["position_title"], "official_title_missing", "position_title"
            )
        if "nip" in changes:
            changes["nip"] = normalise_nip(changes["nip"])
            _check_unique_nip(session, changes["nip"], official_id)
        if "level" in changes:
            changes["level"] = _member(Level, changes["level"], "official_level_unknown", "level")
        if changes.get("unit_id") is not None:
            _unit(session, changes["unit_id"], "official_unit_not_found")
        if "superior_id" in changes:
            _check_superior(session, official, changes["superior_id"])
        return apply_changes(official, changes, OFFICIAL_FIELDS)


def move_official(db: Database, official_id: str, unit_id: str) -> str | None:
    """The official now works in `unit_id`; returns the old unit id. Past agreements stay
    with the unit they were signed in."""
    old = update_official(db, official_id, unit_id=unit_id)
    return old.get("unit_id", unit_id)


def retire_official(db: Database, official_id: str) -> None:
    """Tombstone an official (retired, moved away); refused while their PK is unsigned."""
    with db.transaction("Nonaktifkan pejabat") as session:
        official = _official(session, official_id)
        drafts = _open_agreements(session, party_id=official_id)
        if drafts:
            raise invalid(
                "official_has_drafts", "official", official=official.name, count=len(drafts)
            )
        official.deleted_at = dt.datetime.now(dt.UTC)


def restore_official(db: Database, official_id: str) -> None:
    """Undo of retire_official (or of adding one, then redo)."""
    with db.transaction("Pulihkan pejabat") as session:
        official = session.get(Official, official_id, execution_options=_WITH_DELETED)
        if official is None:
            raise not_found("official_not_found", id=official_id)
        official.deleted_at = None


# --- acting assignments ---------------------------------------------------------------------


def _check_dates(start: dt.date, end: dt.date | None) -> None:
    if end is not None and end < start:
        raise invalid("acting_end_before_start", "end_date", start=start, end=end)


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
        _official(session, official_id)
        title = _clean_name(position_title, "acting_title_missing", "position_title")
        acting_prefix = _member(ActingPrefix, prefix, "acting_prefix_unknown", "prefix")
        _check_dates(start_date, end_date)
        if unit_id is not None:
            _unit(session, unit_id, "official_unit_not_found")
        assignment = ActingAssignment(
            official_id=official_id,
            unit_id=unit_id,
            position_title=title,
            prefix=acting_prefix,
            start_date=start_date,
            end_date=end_date,
        )
        session.add(assignment)
        session.flush()
        return assignment.id


def end_acting(db: Database, assignment_id: str, end_date: dt.date | None) -> dt.date | None:
    """Set (or clear) the last day of an acting assignment; returns the old end date."""
    with db.transaction("Akhiri Plt./Plh./Pj.") as session:
        assignment = session.get(ActingAssignment, assignment_id)
        if assignment is None or assignment.deleted_at is not None:
            raise not_found("acting_not_found", id=assignment_id)
        _check_dates(assignment.start_date, end_date)
        old = assignment.end_date
        assignment.end_date = end_date
        return old


def remove_acting(db: Database, assignment_id: str) -> None:
    """Tombstone an acting assignment typed by mistake."""
    with db.transaction("Hapus Plt./Plh./Pj.") as session:
        assignment = session.get(ActingAssignment, assignment_id)
        if assignment is None or assignment.deleted_at is not None:
            raise not_found("acting_not_found", id=assignment_id)
        assignment.deleted_at = dt.datetime.now(dt.UTC)


def restore_acting(db: Database, assignment_id: str) -> None:
    """Bring back a removed acting assignment (undo)."""
    with db.transaction("Pulihkan Plt./Plh./Pj.") as session:
        assignment = session.get(
            ActingAssignment, assignment_id, execution_options={INCLUDE_DELETED: True}
        )
        if assignment is None:
            raise not_found("acting_not_found", id=assignment_id)
        assignment.deleted_at = None


def acting_assignment_on(
    session: Session, official_id: str, day: dt.date
) -> ActingAssignment | None:
    """The assignment an official acts under on `day`, if any (latest start wins)."""
    return session.scalars(
        select(ActingAssignment)
        .where(
            ActingAssignment.official_id == official_id,
            ActingAssignment.start_date <= day,
            (ActingAssignment.end_date.is_(None)) | (ActingAssignment.end_date >= day),
        )
        .order_by(ActingAssignment.start_date.desc())
        .limit(1)
    ).first()


def acting_on(db: Database, official_id: str, day: dt.date) -> tuple[ActingPrefix, str] | None:
    """The (prefix, title) an official acts under on `day`, if any."""
    with db.session() as session:
        found = acting_assignment_on(session, official_id, day)
        return (found.prefix, found.position_title) if found else None


# --- what the forms show --------------------------------------------------------------------


def unit_fields(db: Database, unit_id: str) -> dict[str, Any]:
    """A unit's editable fields (for the unit form)."""
    with db.session() as session:
        unit = _unit(session, unit_id)
        return {
            "id": unit.id,
            "code": unit.code,
            "name": unit.name,
            "kind": unit.kind.value,
            "parent_id": unit.parent_id,
            "profile_code": unit.profile_code,
        }


def official_fields(db: Database, official_id: str) -> dict[str, Any]:
    """An official's editable fields (for the official form)."""
    with db.session() as session:
        official = _official(session, official_id)
        return {
            "id": official.id,
            "name": official.name,
            "nip": official.nip,
            "rank": official.rank,
            "position_title": official.position_title,
            "level": official.level.value,
            "unit_id": official.unit_id,
            "superior_id": official.superior_id,
        }

"""Reference data the province issues (SPEC §9): RPJMD sasaran and IKU, the KSD list, the
mandatory indicators and regional profile updates, each kept by its stable province code.

The province edits them here (`save_*`, `remove`); a unit receives them only through a
signed reference bundle (`app.sync.reference_bundle`) and reads them here: the RPJMD picker
of the agreement editor, the mandatory indicators that bind an agreement ("wajib"), and
adding one of those to a sasaran.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.enums import Level
from app.engine.messages import render_message
from app.engine.reference_rules import MandatoryFacts, applies
from app.models import (
    Agreement,
    Goal,
    Indicator,
    MandatoryIndicator,
    ProfileUpdate,
    ReferenceKsd,
    RpjmdGoal,
    RpjmdIndicator,
    Unit,
)
from app.models.audit import ACTION_KEY, AuditEntry
from app.models.database import INCLUDE_DELETED, Database
from app.services._fields import coerce
from app.services.errors import InvalidInput
from app.services.profiles import check_profile, profile_updates

# message id -> (Indonesian, English)
REFERENCE_MESSAGES: dict[str, tuple[str, str]] = {
    "reference_code_missing": (
        "Kode {what} wajib diisi (kode tetap dari provinsi, mis. {example}).",
        "The {what_en} code is required (the province's stable code, e.g. {example}).",
    ),
    "reference_code_too_long": (
        "Kode '{code}' terlalu panjang; paling banyak 40 karakter.",
        "The code '{code}' is too long; at most 40 characters.",
    ),
    "reference_text_missing": (
        "{label} {what} '{code}' wajib diisi.",
        "The {label_en} of {what_en} '{code}' is required.",
    ),
    "reference_years_invalid": (
        "Tahun {what} '{code}' tidak masuk akal: {start}–{end}.",
        "The years of {what_en} '{code}' make no sense: {start}–{end}.",
    ),
    "reference_unknown": (
        "{what} dengan kode '{code}' tidak ada di data referensi.",
        "There is no {what_en} with code '{code}' in the reference data.",
    ),
    "reference_level_unknown": (
        "Jenjang jabatan '{level}' tidak dikenal; pakai {choices}.",
        "Unknown position level '{level}'; use {choices}.",
    ),
    "reference_not_applicable": (
        "IKU wajib '{code}' tidak berlaku untuk perjanjian ini (tahun, jenjang atau unit).",
        "The mandatory indicator '{code}' does not apply to this agreement (year, level or unit).",
    ),
    "reference_already_present": (
        "IKU wajib '{code}' sudah ada di perjanjian ini.",
        "The mandatory indicator '{code}' is already in this agreement.",
    ),
    "profile_update_unreadable": (
        "Berkas profil daerah {where} tidak dapat dibaca sebagai JSON: {why}.",
        "The regional profile file {where} cannot be read as JSON: {why}.",
    ),
    "profile_update_invalid": (
        "Profil daerah di {where} tidak valid: {why}; tidak ada yang diubah.",
        "The regional profile in {where} is not valid: {why}; nothing was changed.",
    ),
    "profile_update_absent": (
        "Profil '{code}' tidak punya pembaruan dari provinsi; tidak ada yang ditarik.",
        "The profile '{code}' has no update from the province; nothing was withdrawn.",
    ),
}

KINDS = ("rpjmd_goal", "rpjmd_indicator", "ksd", "mandatory")
_MODELS: dict[str, type[Any]] = {
    "rpjmd_goal": RpjmdGoal,
    "rpjmd_indicator": RpjmdIndicator,
    "ksd": ReferenceKsd,
    "mandatory": MandatoryIndicator,
}
_WHAT = {
    "rpjmd_goal": ("sasaran RPJMD", "RPJMD goal", "SR-01"),
    "rpjmd_indicator": ("IKU RPJMD", "RPJMD indicator", "IKR-01"),
    "ksd": ("KSD", "KSD", "KSD-01"),
    "mandatory": ("IKU wajib", "mandatory indicator", "IW-01"),
}


class ReferenceInputError(InvalidInput):
    """A reference entry that cannot be stored; worded from REFERENCE_MESSAGES."""

    def text(self, lang: str = "id") -> str:
        if self.message_id is None:
            return str(self)
        return render_message(self.message_id, self.params, lang, REFERENCE_MESSAGES)


def _error(message_id: str, field: str | None = None, **params: Any) -> ReferenceInputError:
    return ReferenceInputError(message_id=message_id, params=params, field=field)


def _what(kind: str) -> dict[str, str]:
    what, what_en, _ = _WHAT[kind]
    return {"what": what, "what_en": what_en}


# --- what the screens and the bundle read ----------------------------------------------------


@dataclass(frozen=True)
class RpjmdGoalEntry:
    code: str
    text: str
    period_start: int
    period_end: int
    id: str = ""


@dataclass(frozen=True)
class RpjmdIndicatorEntry:
    code: str
    goal_code: str
    name: str
    unit_of_measure: str | None = None
    id: str = ""


@dataclass(frozen=True)
class KsdEntry:
    code: str
    year: int
    name: str
    responsible_units: str | None = None
    id: str = ""


@dataclass(frozen=True)
class MandatoryEntry:
    """A mandatory indicator; empty `levels` / `unit_codes` mean every level / unit."""

    code: str
    name: str
    year_from: int
    year_to: int
    levels: tuple[str, ...] = ()
    unit_codes: tuple[str, ...] = ()
    unit_of_measure: str | None = None
    definition: str | None = None
    formula: str | None = None
    polarity: str | None = None
    period_consolidation: str | None = None
    measuring_period: str | None = None
    rpjmd_indicator_code: str | None = None
    id: str = ""

    def facts(self) -> MandatoryFacts:
        return MandatoryFacts(
            self.code, self.name, self.year_from, self.year_to, self.levels, self.unit_codes
        )


@dataclass(frozen=True)
class ReferenceData:
    """Every live reference entry, ordered by code."""

    goals: tuple[RpjmdGoalEntry, ...] = ()
    indicators: tuple[RpjmdIndicatorEntry, ...] = ()
    ksd: tuple[KsdEntry, ...] = ()
    mandatory: tuple[MandatoryEntry, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)
    #: profile code → version of the live regional profile update
    profiles: dict[str, int] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.goals or self.indicators or self.ksd or self.mandatory or self.profiles)


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (text or "").split(",") if part.strip())


def _value(enum_value: Any) -> str | None:
    return None if enum_value is None else str(getattr(enum_value, "value", enum_value))


def read_reference(session: Session) -> ReferenceData:
    """The live reference data of a session's database (the bundle writer reads it too)."""
    goals = list(session.scalars(select(RpjmdGoal).order_by(RpjmdGoal.code)))
    goal_codes = {g.id: g.code for g in goals}
    indicators = list(session.scalars(select(RpjmdIndicator).order_by(RpjmdIndicator.code)))
    indicator_codes = {i.id: i.code for i in indicators}
    return ReferenceData(
        goals=tuple(
            RpjmdGoalEntry(g.code, g.text, g.period_start, g.period_end, g.id) for g in goals
        ),
        indicators=tuple(
            RpjmdIndicatorEntry(
                i.code, goal_codes.get(i.rpjmd_goal_id, ""), i.name, i.unit_of_measure, i.id
            )
            for i in indicators
        ),
        ksd=tuple(
            KsdEntry(k.code, k.year, k.name, k.responsible_units, k.id)
            for k in session.scalars(select(ReferenceKsd).order_by(ReferenceKsd.code))
        ),
        mandatory=tuple(
            MandatoryEntry(
                code=m.code,
                name=m.name,
                year_from=m.year_from,
                year_to=m.year_to,
                levels=_split(m.levels),
                unit_codes=_split(m.unit_codes),
                unit_of_measure=m.unit_of_measure,
                definition=m.definition,
                formula=m.formula,
                polarity=_value(m.polarity),
                period_consolidation=_value(m.period_consolidation),
                measuring_period=_value(m.measuring_period),
                rpjmd_indicator_code=indicator_codes.get(m.rpjmd_indicator_id or ""),
                id=m.id,
            )
            for m in session.scalars(select(MandatoryIndicator).order_by(MandatoryIndicator.code))
        ),
        profiles={code: version for code, (version, _) in profile_updates(session).items()},
    )


def reference_data(db: Database) -> ReferenceData:
    with db.session() as session:
        return read_reference(session)


def rpjmd_goal_choices(db: Database) -> list[RpjmdGoalEntry]:
    """The RPJMD sasaran a unit's sasaran can be linked to (the editor's picker)."""
    return list(reference_data(db).goals)


# --- the province edits ----------------------------------------------------------------------


def _code(kind: str, code: str | None) -> str:
    text = (code or "").strip()
    if not text:
        raise _error("reference_code_missing", "code", example=_WHAT[kind][2], **_what(kind))
    if len(text) > 40:
        raise _error("reference_code_too_long", "code", code=text)
    return text


def _text(kind: str, code: str, value: str | None, name: str, label: tuple[str, str]) -> str:
    text = (value or "").strip()
    if not text:
        raise _error(
            "reference_text_missing",
            name,
            code=code,
            label=label[0],
            label_en=label[1],
            **_what(kind),
        )
    return text


def _years(kind: str, code: str, start: int, end: int) -> tuple[int, int]:
    try:
        first, last = int(start), int(end)
    except (TypeError, ValueError):
        raise _error(
            "reference_years_invalid", "year", code=code, start=start, end=end, **_what(kind)
        ) from None
    if not (2000 <= first <= last <= 2100):
        raise _error(
            "reference_years_invalid", "year", code=code, start=first, end=last, **_what(kind)
        )
    return first, last


def _by_code(session: Session, kind: str, code: str, *, deleted: bool = True) -> Any:
    model = _MODELS[kind]
    options = {INCLUDE_DELETED: True} if deleted else {}
    return session.scalars(
        select(model).where(model.code == code).execution_options(**options)
    ).first()


def _live(session: Session, kind: str, code: str) -> Any:
    row = _by_code(session, kind, code, deleted=False)
    if row is None or row.deleted_at is not None:
        what, what_en, _ = _WHAT[kind]
        raise _error(
            "reference_unknown", "code", code=code, what=what.capitalize(), what_en=what_en
        )
    return row


def _store(session: Session, kind: str, code: str, values: dict[str, Any]) -> str:
    """Create the entry or update the one with this code (a removed one comes back)."""
    row = _by_code(session, kind, code)
    if row is None:
        row = _MODELS[kind](code=code, **values)
        session.add(row)
    else:
        for name, value in values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
        if row.deleted_at is not None:
            row.deleted_at = None
    session.flush()
    return str(row.id)


def save_rpjmd_goal(db: Database, entry: RpjmdGoalEntry) -> str:
    kind = "rpjmd_goal"
    code = _code(kind, entry.code)
    with db.transaction("Simpan sasaran RPJMD") as session:
        start, end = _years(kind, code, entry.period_start, entry.period_end)
        values = {
            "text": _text(kind, code, entry.text, "text", ("Teks", "text")),
            "period_start": start,
            "period_end": end,
        }
        return _store(session, kind, code, values)


def save_rpjmd_indicator(db: Database, entry: RpjmdIndicatorEntry) -> str:
    kind = "rpjmd_indicator"
    code = _code(kind, entry.code)
    with db.transaction("Simpan IKU RPJMD") as session:
        goal = _live(session, "rpjmd_goal", (entry.goal_code or "").strip())
        values = {
            "rpjmd_goal_id": goal.id,
            "name": _text(kind, code, entry.name, "name", ("Nama", "name")),
            "unit_of_measure": coerce(RpjmdIndicator, "unit_of_measure", entry.unit_of_measure),
        }
        return _store(session, kind, code, values)


def save_ksd(db: Database, entry: KsdEntry) -> str:
    kind = "ksd"
    code = _code(kind, entry.code)
    with db.transaction("Simpan KSD provinsi") as session:
        year, _ = _years(kind, code, entry.year, entry.year)
        values = {
            "year": year,
            "name": _text(kind, code, entry.name, "name", ("Nama", "name")),
            "responsible_units": (entry.responsible_units or "").strip() or None,
        }
        return _store(session, kind, code, values)


def _levels(levels: Iterable[str]) -> str | None:
    known = [level.value for level in Level]
    out = []
    for level in levels:
        text = str(level).strip().lower()
        if text not in known:
            raise _error("reference_level_unknown", "levels", level=level, choices=", ".join(known))
        out.append(text)
    return ",".join(out) or None


def save_mandatory(db: Database, entry: MandatoryEntry) -> str:
    kind = "mandatory"
    code = _code(kind, entry.code)
    with db.transaction("Simpan IKU wajib") as session:
        first, last = _years(kind, code, entry.year_from, entry.year_to)
        rpjmd = (
            _live(session, "rpjmd_indicator", entry.rpjmd_indicator_code.strip())
            if (entry.rpjmd_indicator_code or "").strip()
            else None
        )
        values: dict[str, Any] = {
            "name": _text(kind, code, entry.name, "name", ("Nama", "name")),
            "year_from": first,
            "year_to": last,
            "levels": _levels(entry.levels),
            "unit_codes": ",".join(c.strip() for c in entry.unit_codes if c.strip()) or None,
            "rpjmd_indicator_id": rpjmd.id if rpjmd is not None else None,
        }
        for name in MandatoryIndicator.METADATA_FIELDS:
            values[name] = coerce(MandatoryIndicator, name, getattr(entry, name))
        return _store(session, kind, code, values)


def read_profile_file(path: Path) -> Any:
    """A profile update file as JSON; an unreadable one is one sentence naming the file."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        why = getattr(exc, "strerror", None) or str(exc)
        raise _error("profile_update_unreadable", "profile", where=path.name, why=why) from None


def set_profile_update(db: Database, data: Any, where: str = "-") -> tuple[str, int]:
    """Store a regional profile update (the whole profile, as in resources/profiles) for the
    next reference bundle; the province's own rules use it at once. Validated strictly: a
    bad field is one sentence naming it and nothing is stored. Returns (code, version); the
    same profile again stores nothing new."""
    try:
        profile, content = check_profile(data)
    except ValueError as exc:
        raise _error("profile_update_invalid", "profile", where=where, why=str(exc)) from None
    with db.transaction("Perbarui profil daerah") as session:
        newest = session.execute(
            select(ProfileUpdate.version, ProfileUpdate.content)
            .where(ProfileUpdate.code == profile.code)
            .order_by(ProfileUpdate.version.desc())
            .limit(1)
        ).first()
        if newest is not None and newest.content == content:
            return profile.code, newest.version
        version = (newest.version if newest is not None else 0) + 1
        session.add(ProfileUpdate(code=profile.code, version=version, content=content))
        _audit_profile(session, db, profile.code, version, where)
    return profile.code, version


def _audit_profile(session: Session, db: Database, code: str, version: int, source: str) -> None:
    """A history row: profile updates are not records, so the audit hook does not see them."""
    session.add(
        AuditEntry(
            user=db.user,
            action=str(session.info.get(ACTION_KEY, "profile")),
            operation="insert",
            entity=ProfileUpdate.__tablename__,
            entity_id=code,
            field="version",
            new_value=f"{version} ({source})",
        )
    )


def withdraw_profile_update(db: Database, code: str) -> int:
    """Go back to the shipped profile `code`: the next reference bundle withdraws it at the
    units too. Returns the withdrawing version."""
    with db.transaction("Tarik pembaruan profil daerah") as session:
        live = profile_updates(session)
        if code not in live:
            raise _error("profile_update_absent", "code", code=code)
        version = max(
            session.scalars(select(ProfileUpdate.version).where(ProfileUpdate.code == code))
        )
        session.add(ProfileUpdate(code=code, version=version + 1, content=None))
        _audit_profile(session, db, code, version + 1, "bawaan")
    return version + 1


def remove(db: Database, kind: str, code: str) -> None:
    """Withdraw an entry: a tombstone, so the next reference bundle withdraws it at the units."""
    with db.transaction("Hapus data referensi") as session:
        _live(session, kind, code).deleted_at = dt.datetime.now(dt.UTC)


# --- the unit: which mandatory indicators bind an agreement ----------------------------------


def unit_chains(session: Session, agreement_ids: Sequence[str]) -> dict[str, list[str]]:
    """Per agreement: the codes of its unit and of every unit above it (a mandatory
    indicator given to a Perangkat Daerah binds its bidang too)."""
    units = {
        row.id: (row.code, row.parent_id)
        for row in session.execute(select(Unit.id, Unit.code, Unit.parent_id))
    }
    out: dict[str, list[str]] = {}
    for agreement_id, unit_id in session.execute(
        select(Agreement.id, Agreement.unit_id).where(Agreement.id.in_(agreement_ids))
    ):
        chain: list[str] = []
        current: str | None = unit_id
        while current in units and len(chain) <= len(units):
            code, current = units[current]
            chain.append(code)
        out[agreement_id] = chain
    return out


@dataclass(frozen=True)
class MandatoryStatus:
    """A mandatory indicator that binds an agreement, and whether an IKU carries it."""

    entry: MandatoryEntry
    indicator_id: str | None

    @property
    def present(self) -> bool:
        return self.indicator_id is not None


def mandatory_facts(session: Session) -> list[MandatoryFacts]:
    """Every live mandatory indicator, as the engine's rule takes them."""
    return [m.facts() for m in read_reference(session).mandatory]


def mandatory_for_agreement(db: Database, agreement_id: str) -> list[MandatoryStatus]:
    """The mandatory indicators that apply to the agreement, each with the IKU carrying it."""
    from app.services.organisation import get

    with db.session() as session:
        agreement = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        mandatory = read_reference(session).mandatory
        if not mandatory:  # a unit without reference data: the editor asks on every reload
            return []
        chain = unit_chains(session, [agreement_id]).get(agreement_id, [])
        present = carried_codes(session, [agreement_id]).get(agreement_id, {})
        level = agreement.owner.level
        return [
            MandatoryStatus(entry, present.get(entry.code))
            for entry in mandatory
            if applies(entry.facts(), agreement.year, level, chain)
        ]


def carried_codes(session: Session, agreement_ids: Sequence[str]) -> dict[str, dict[str, str]]:
    """Per agreement: reference code → the id of the live IKU carrying it."""
    out: dict[str, dict[str, str]] = {}
    for agreement_id, code, indicator_id in session.execute(
        select(Goal.agreement_id, Indicator.reference_code, Indicator.id)
        .join(Goal, Indicator.goal_id == Goal.id)
        .where(
            Goal.agreement_id.in_(agreement_ids),
            Indicator.reference_code.is_not(None),
            Indicator.deleted_at.is_(None),
            Goal.deleted_at.is_(None),
        )
    ):
        out.setdefault(agreement_id, {}).setdefault(code, indicator_id)
    return out


def add_mandatory_indicator(db: Database, goal_id: str, code: str) -> str:
    """Add the mandatory indicator `code` under a sasaran, marked wajib, with the metadata the
    province gave it. Returns the new IKU's id (undo removes it)."""
    from app.services import agreements
    from app.services.organisation import get

    with db.session() as session:
        agreement_id = get(session, Goal, goal_id, "Sasaran").agreement_id
    statuses = {s.entry.code: s for s in mandatory_for_agreement(db, agreement_id)}
    status = statuses.get(code)
    if status is None:
        raise _error("reference_not_applicable", "code", code=code)
    if status.present:
        raise _error("reference_already_present", "code", code=code)
    entry = status.entry
    metadata: dict[str, Any] = {
        name: getattr(entry, name)
        for name in MandatoryIndicator.METADATA_FIELDS
        if getattr(entry, name) is not None
    }
    if entry.rpjmd_indicator_code is not None:  # counts towards the province's RPJMD IKU
        with db.session() as session:
            linked = {i.code: i.id for i in read_reference(session).indicators}
        if entry.rpjmd_indicator_code in linked:
            metadata["rpjmd_indicator_id"] = linked[entry.rpjmd_indicator_code]
    return agreements.add_indicator(
        db, goal_id, name=entry.name, mandatory=True, reference_code=entry.code, **metadata
    )

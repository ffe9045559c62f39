"""One agreement read for printing straight from a PK Desk SQLite file, without SQLAlchemy.

Why: `pk-desk pdf --agreement ID` is a fresh process; importing SQLAlchemy and the ORM
models alone costs more than laying out and writing the whole PK set (issue 12). This
module reads the same rows the ORM path (`printing.load_document`) loads, with the same
filters (tombstones hidden) and the same order, into plain records that carry the ORM's
attribute names, so `printing` builds the document with the very same code and the bytes
are the same (tests/services/test_document_read.py compares both on the demo database).

It only reads, through a read-only connection, and only the plain case: a file that
`open_database` would open as it is (current schema, SQLite's quick check passing, one
name, today's daily backup already taken). Anything else returns None and the caller takes
the full path, which migrates, backs up, refuses or explains as usual. Nothing is cached,
so nothing can be stale.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
import sqlite3
import tempfile
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from app.paths import migrations_dir

SQLITE_HEADER = b"SQLite format 3\x00"
DAILY = "harian"  # app.models.backups.DAILY: the label of the once-a-day copy
_REVISION = re.compile(r"^revision: str = ['\"](?P<id>[^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision: str \| None = (?:['\"](?P<id>[^'\"]+)['\"]|None)", re.M)

Row = SimpleNamespace


class Code(str):
    """An enum column's stored value, read as the ORM's enum member is (`.value`)."""

    __slots__ = ()

    @property
    def value(self) -> str:
        return str(self)


class _Unusual(Exception):
    """The rows are not what the plain case expects: leave it to the full path."""


def logo_file(content: bytes, name: str | None) -> str:
    """The logo as a file ReportLab can read, cached by content hash in the temp folder."""
    digest = hashlib.sha256(content).hexdigest()[:24]
    suffix = Path(name or "").suffix.lower() or (
        ".png" if content.startswith(b"\x89PNG") else ".jpg"
    )
    folder = Path(tempfile.gettempdir()) / "pk-desk-logos"
    folder.mkdir(exist_ok=True)
    path = folder / f"{digest}{suffix}"
    if not path.is_file():
        path.write_bytes(content)
    return str(path)


def head_revision() -> str | None:
    """The newest shipped schema revision, read from the migration files' headers (as
    `app.models.schema` does, without importing it: that would load SQLAlchemy)."""
    parents: dict[str, str | None] = {}
    for script in (migrations_dir() / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision and down:
            parents[revision["id"]] = down["id"]
    heads = set(parents) - set(parents.values())
    return heads.pop() if len(heads) == 1 else None


def _backed_up_today(path: Path, backup_dir: Path) -> bool:
    """Whether today's daily copy exists (names as `app.models.backups.take_backup` writes
    them): until it does, opening the file the full way takes it."""
    today = dt.datetime.now(dt.UTC).strftime("%Y%m%d")
    tag = hashlib.sha256(str(path).encode()).hexdigest()[:8]
    prefix = f"{path.stem}.{DAILY}.{today}T"
    try:
        names = [p.name for p in backup_dir.iterdir()]
    except OSError:
        return False
    for name in names:
        if not (name.startswith(prefix) and name.endswith(".sqlite")):
            continue
        parts = name[len(prefix) : -len(".sqlite")].split("~", 1)[0].split(".")
        if len(parts) == 1 or (len(parts) == 2 and parts[1] == tag):
            return True
    return False


def connect(target: str | Path, backup_dir: Path | None) -> sqlite3.Connection | None:
    """A read-only connection to a PK Desk file in the plain case, else None."""
    if "://" in str(target):
        return None
    try:
        path = Path(target).expanduser().resolve()
        if not path.is_file() or path.stat().st_nlink > 1:
            return None
        with open(path, "rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        if backup_dir is not None and not _backed_up_today(path, backup_dir):
            return None
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        if [row[0] for row in connection.execute("PRAGMA quick_check")] != ["ok"]:
            raise _Unusual
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision != head_revision():
            raise _Unusual
    except (sqlite3.Error, _Unusual, TypeError, ValueError):
        connection.close()
        return None
    return connection


def read_agreement(
    target: str | Path, agreement_id: str, backup_dir: Path | None
) -> tuple[Row, list[Row], Row | None] | None:
    """(agreement, its KSD rows, the office settings row) as plain records shaped like the
    ORM's, or None when the full path must read it."""
    connection = connect(target, backup_dir)
    if connection is None:
        return None
    try:
        connection.execute("BEGIN")  # one snapshot, as one session reads
        reader = _Reader(connection)
        agreement = reader.agreement(agreement_id)
        updated = "SELECT 1 FROM profile_updates WHERE code = ? LIMIT 1"
        if connection.execute(updated, (agreement.profile_code,)).fetchone():
            return None  # the province updated this profile: the full path reads it
        return agreement, reader.ksd_rows(agreement), reader.office()
    except (sqlite3.Error, _Unusual, ValueError, TypeError):
        return None
    finally:
        connection.close()


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(value)


def _date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _code(value: Any) -> Code | None:
    return None if value is None else Code(value)


class _Reader:
    """Rows of one snapshot, each record read once (an official or unit shared by several
    links is one object, as in a session's identity map)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.db = connection
        self.units: dict[str, Row | None] = {}
        self.officials: dict[str, Row | None] = {}
        self.agreements: dict[str, Row | None] = {}
        self.goals: dict[str, Row | None] = {}
        self.indicators: dict[str, Row | None] = {}

    def rows(self, sql: str, *params: Any) -> list[Any]:
        return self.db.execute(sql, params).fetchall()

    def one(self, sql: str, *params: Any) -> Any:
        return self.db.execute(sql, params).fetchone()

    # -- the organisation --------------------------------------------------------------------

    def unit(self, unit_id: str | None) -> Row | None:
        if unit_id is None:
            return None
        if unit_id not in self.units:
            self.units[unit_id] = None  # a cycle of parents ends here
            found = self.one(
                "SELECT id, code, name, kind, parent_id, position FROM units"
                " WHERE id = ? AND deleted_at IS NULL",
                unit_id,
            )
            if found is not None:
                uid, code, name, kind, parent_id, position = found
                row = Row(id=uid, code=code, name=name, kind=Code(kind), position=position)
                self.units[unit_id] = row
                row.parent = self.unit(parent_id)
        return self.units[unit_id]

    def official(self, official_id: str | None) -> Row | None:
        if official_id is None:
            return None
        if official_id not in self.officials:
            found = self.one(
                "SELECT id, name, nip, rank, position_title, level, unit_id FROM officials"
                " WHERE id = ? AND deleted_at IS NULL",
                official_id,
            )
            row = None
            if found is not None:
                oid, name, nip, rank, title, level, unit_id = found
                row = Row(
                    id=oid,
                    name=name,
                    nip=nip,
                    rank=rank,
                    position_title=title,
                    level=_code(level),
                    unit=self.unit(unit_id),
                )
            self.officials[official_id] = row
        return self.officials[official_id]

    # -- the agreement -----------------------------------------------------------------------

    _AGREEMENT = (
        "SELECT id, year, profile_code, unit_id, owner_id, superior_id, kind, status,"
        " parent_id, signing_place, signing_date, owner_title, superior_title, owner_prefix,"
        " superior_prefix, change_reason, change_note FROM agreements"
        " WHERE id = ? AND deleted_at IS NULL"
    )

    def linked_agreement(self, agreement_id: str | None) -> Row | None:
        """Another agreement as a cascade link or a parent reaches it: its head only."""
        if agreement_id is None:
            return None
        if agreement_id not in self.agreements:
            found = self.one(self._AGREEMENT, agreement_id)
            self.agreements[agreement_id] = None if found is None else self._head(found)
        return self.agreements[agreement_id]

    def _head(self, found: Sequence[Any]) -> Row:
        (
            aid,
            year,
            profile_code,
            unit_id,
            owner_id,
            superior_id,
            kind,
            status,
            parent_id,
            signing_place,
            signing_date,
            owner_title,
            superior_title,
            owner_prefix,
            superior_prefix,
            change_reason,
            change_note,
        ) = found
        return Row(
            id=aid,
            year=year,
            profile_code=profile_code,
            unit_id=unit_id,
            unit=self.unit(unit_id),
            owner=self.official(owner_id),
            superior_id=superior_id,
            kind=Code(kind),
            status=Code(status),
            parent_id=parent_id,
            signing_place=signing_place,
            signing_date=_date(signing_date),
            owner_title=owner_title,
            superior_title=superior_title,
            owner_prefix=_code(owner_prefix),
            superior_prefix=_code(superior_prefix),
            change_reason=_code(change_reason),
            change_note=change_note,
        )

    def agreement(self, agreement_id: str) -> Row:
        found = self.one(self._AGREEMENT, agreement_id)
        if found is None:
            raise _Unusual  # the full path says "not found" in the user's words
        agreement = self._head(found)
        self.agreements[agreement_id] = agreement
        if agreement.unit is None or agreement.owner is None:
            raise _Unusual
        agreement.superior = self.official(agreement.superior_id)
        agreement.parent = self.linked_agreement(agreement.parent_id)
        agreement.programs = [
            Row(name=name, budget=_dec(budget), note=note, goal_id=goal_id)
            for name, budget, note, goal_id in self.rows(
                "SELECT name, budget, note, goal_id FROM programs"
                " WHERE agreement_id = ? AND deleted_at IS NULL ORDER BY position",
                agreement_id,
            )
        ]
        agreement.addendum_records = [
            Row(
                indicator=self.linked_indicator(indicator_id),
                period=_code(period),
                field=field,
                before=before,
                after=after,
                reason=_code(reason),
                note=note,
            )
            for indicator_id, period, field, before, after, reason, note in self.rows(
                "SELECT indicator_id, period, field, before, after, reason, note"
                " FROM addendum_records WHERE agreement_id = ? AND deleted_at IS NULL",
                agreement_id,
            )
        ]
        agreement.goals = self._goals(agreement)
        return agreement

    def _goals(self, agreement: Row) -> list[Row]:
        goals = []
        for goal_id, category, number, text, description in self.rows(
            "SELECT id, category, number, text, description FROM goals"
            " WHERE agreement_id = ? AND deleted_at IS NULL ORDER BY position",
            agreement.id,
        ):
            goal = Row(
                id=goal_id,
                category=Code(category),
                number=number,
                text=text,
                description=description,
                agreement=agreement,
            )
            self.goals[goal_id] = goal
            goal.indicators = [
                self._indicator(goal, found)
                for found in self.rows(
                    f"SELECT {_INDICATOR_COLUMNS} FROM indicators WHERE goal_id = ?"
                    " AND sub_of_id IS NULL AND deleted_at IS NULL ORDER BY position",
                    goal_id,
                )
            ]
            goals.append(goal)
        return goals

    def _indicator(self, goal: Row, found: Sequence[Any]) -> Row:
        row = Row(**dict(zip(_INDICATOR_FIELDS, found, strict=True)))
        for name in _INDICATOR_CODES:
            setattr(row, name, _code(getattr(row, name)))
        row.goal = goal
        self.indicators[row.id] = row
        row.values = self.values(row.id)
        row.history = [
            Row(year=year, target=_dec(target), actual=_dec(actual))
            for year, target, actual in self.rows(
                "SELECT year, target, actual FROM indicator_history"
                " WHERE indicator_id = ? AND deleted_at IS NULL ORDER BY year",
                row.id,
            )
        ]
        row.action_plans = self._action_plans(row.id)
        row.child_links = self.child_links(row.id)
        return row

    def values(self, indicator_id: str) -> list[Row]:
        return [
            Row(
                period=Code(period),
                target=_dec(target),
                target_upper=_dec(upper),
                target_label=target_label,
                actual=_dec(actual),
                actual_label=actual_label,
            )
            for period, target, upper, target_label, actual, actual_label in self.rows(
                "SELECT period, target, target_upper, target_label, actual, actual_label"
                " FROM period_values WHERE indicator_id = ? AND deleted_at IS NULL",
                indicator_id,
            )
        ]

    def _action_plans(self, indicator_id: str) -> list[Row]:
        plans = []
        for plan_id, number, text, mitigation in self.rows(
            "SELECT id, number, text, mitigation FROM action_plans"
            " WHERE indicator_id = ? AND deleted_at IS NULL ORDER BY position",
            indicator_id,
        ):
            criteria = []
            for criterion_id, criterion_text in self.rows(
                "SELECT id, text FROM success_criteria"
                " WHERE action_plan_id = ? AND deleted_at IS NULL ORDER BY position",
                plan_id,
            ):
                outputs = [
                    Row(id=oid, text=t, due_quarter=due, responsible=resp, mitigation=mit)
                    for oid, t, due, resp, mit in self.rows(
                        "SELECT id, text, due_quarter, responsible, mitigation"
                        " FROM action_outputs WHERE criterion_id = ? AND deleted_at IS NULL"
                        " ORDER BY position",
                        criterion_id,
                    )
                ]
                criteria.append(Row(id=criterion_id, text=criterion_text, outputs=outputs))
            plans.append(
                Row(id=plan_id, number=number, text=text, mitigation=mitigation, criteria=criteria)
            )
        return plans

    # -- cascade links: the receiving indicators, as deep as the links go ---------------------

    def child_links(self, indicator_id: str) -> list[Row]:
        return [
            Row(
                child_indicator=self.linked_indicator(child_id),
                method=_code(method),
                note=note,
            )
            for child_id, method, note in self.rows(
                "SELECT child_indicator_id, method, note FROM cascade_links"
                " WHERE parent_indicator_id = ? AND deleted_at IS NULL",
                indicator_id,
            )
        ]

    def linked_indicator(self, indicator_id: str | None) -> Row | None:
        """An indicator another record points at: its name, goal, agreement, values, links."""
        if indicator_id is None:
            return None
        if indicator_id not in self.indicators:
            found = self.one(
                "SELECT id, goal_id, name, unit_of_measure FROM indicators"
                " WHERE id = ? AND deleted_at IS NULL",
                indicator_id,
            )
            if found is None:
                self.indicators[indicator_id] = None
                return None
            iid, goal_id, name, unit = found
            row = Row(id=iid, name=name, unit_of_measure=unit, deleted_at=None)
            self.indicators[indicator_id] = row
            row.goal = self.linked_goal(goal_id)
            row.values = self.values(iid)
            row.child_links = self.child_links(iid)
        return self.indicators[indicator_id]

    def linked_goal(self, goal_id: str) -> Row:
        if goal_id not in self.goals:
            found = self.one(
                "SELECT id, agreement_id, text FROM goals WHERE id = ? AND deleted_at IS NULL",
                goal_id,
            )
            if found is None:
                raise _Unusual  # a live indicator under a removed sasaran
            gid, agreement_id, text = found
            agreement = self.linked_agreement(agreement_id)
            if agreement is None or agreement.unit is None or agreement.owner is None:
                raise _Unusual
            self.goals[goal_id] = Row(id=gid, text=text, agreement=agreement)
        goal = self.goals[goal_id]
        assert goal is not None
        return goal

    # -- KSD and the office ------------------------------------------------------------------

    def ksd_rows(self, agreement: Row) -> list[Row]:
        ids = [i.id for g in agreement.goals for i in g.indicators]
        condition = "(unit_id = ? AND year = ?)"
        if ids:
            condition = f"({condition} OR indicator_id IN ({', '.join('?' * len(ids))}))"
        rows = []
        for found in self.rows(
            "SELECT id, ksd_number, name, sub_name, action_plan, responsible_units,"
            " related_agencies, success_criteria, capaian, notes, indicator_id FROM ksd"
            f" WHERE {condition} AND deleted_at IS NULL ORDER BY position",
            agreement.unit_id,
            agreement.year,
            *ids,
        ):
            ksd_id, number, name, sub, plan, units, agencies, criteria, capaian, notes, ind = found
            rows.append(
                Row(
                    ksd_number=number,
                    name=name,
                    sub_name=sub,
                    action_plan=plan,
                    responsible_units=units,
                    related_agencies=agencies,
                    success_criteria=criteria,
                    capaian=_dec(capaian),
                    notes=notes,
                    indicator=self.linked_indicator(ind),
                    months=[
                        Row(month=month, expected_output=output, done=bool(done))
                        for month, output, done in self.rows(
                            "SELECT month, expected_output, done FROM ksd_month_targets"
                            " WHERE ksd_id = ? AND deleted_at IS NULL ORDER BY month",
                            ksd_id,
                        )
                    ],
                )
            )
        return rows

    def office(self) -> Row | None:
        found = self.one(
            "SELECT profile_code, government_name, signing_place, logo_name, logo"
            " FROM office_settings WHERE deleted_at IS NULL ORDER BY created_at"
        )
        if found is None:
            return None
        profile_code, government_name, signing_place, logo_name, logo = found
        return Row(
            profile_code=profile_code,
            government_name=government_name,
            signing_place=signing_place,
            logo_name=logo_name,
            logo=base64.b64decode(logo) if logo else None,
        )


_INDICATOR_FIELDS = (
    "id",
    "number",
    "name",
    "unit_of_measure",
    "source_system",
    "measurement_text",
    "misi",
    "goal_description",
    "definition",
    "formula",
    "control",
    "validity",
    "responsible_unit",
    "responsible_person",
    "data_provider",
    "data_source",
    "cascade_type",
    "cascade_method",
    "period_consolidation",
    "location_consolidation",
    "polarity",
    "measuring_period",
    "deleted_at",
)
_INDICATOR_COLUMNS = ", ".join(_INDICATOR_FIELDS)
_INDICATOR_CODES = (
    "control",
    "validity",
    "cascade_type",
    "cascade_method",
    "period_consolidation",
    "location_consolidation",
    "polarity",
    "measuring_period",
)

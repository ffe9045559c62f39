"""Which tables travel, how their values decode, and which unit owns each record.

Ownership follows foreign keys up to a unit (an indicator belongs to its goal's agreement's
unit): a unit's bundle carries exactly the records it owns, and an import refuses a revision
for a record another unit owns. Records a unit's rows point at but does not own (its parent
units, the superior's sasaran, RPJMD goals) travel as read-only context.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    Date,
    FromClause,
    Integer,
    Select,
    Table,
    bindparam,
    null,
    select,
)
from sqlalchemy import Enum as SAEnum

from app.models import Base, RecordMixin
from app.models.base import DecimalText, UtcDateTime
from app.models.changelog import LOCAL_FIELDS, to_json_value

CHUNK = 500

# child table -> the (parent table, column) pairs leading to its owner, tried in order.
OWNER_PATH: dict[str, tuple[tuple[str, str], ...]] = {
    "officials": (("units", "unit_id"),),
    "acting_assignments": (("officials", "official_id"),),
    "agreements": (("units", "unit_id"),),
    "programs": (("agreements", "agreement_id"),),
    "attachments": (("agreements", "agreement_id"),),
    "addendum_records": (("agreements", "agreement_id"),),
    "goals": (("agreements", "agreement_id"),),
    "indicators": (("goals", "goal_id"),),
    "period_values": (("indicators", "indicator_id"),),
    "indicator_history": (("indicators", "indicator_id"),),
    "indicator_locations": (("indicators", "indicator_id"),),
    "location_values": (("indicator_locations", "location_id"),),
    "action_plans": (("indicators", "indicator_id"),),
    "success_criteria": (("action_plans", "action_plan_id"),),
    "action_outputs": (("success_criteria", "criterion_id"),),
    "cascade_links": (("indicators", "parent_indicator_id"),),
    "ksd": (("units", "unit_id"),),
    "ksd_month_targets": (("ksd", "ksd_id"),),
    "crosscutting_parties": (
        ("goals", "goal_id"),
        ("indicators", "indicator_id"),
        ("ksd", "ksd_id"),
    ),
}
PERIOD_TABLES = frozenset({"period_values", "location_values"})
# Records matched by a province-wide code as well as by UUID (SPEC §9), and what to call them.
NATURAL_KEYS = {
    "units": "code",
    "officials": "nip",
    "rpjmd_goals": "code",
    "rpjmd_indicators": "code",
}
NATURAL_KEY_LABELS = {
    "units": ("unit", "unit"),
    "officials": ("pejabat ber-NIP", "official with NIP"),
    "rpjmd_goals": ("sasaran RPJMD", "RPJMD goal"),
    "rpjmd_indicators": ("IKU RPJMD", "RPJMD indicator"),
}


@functools.cache
def synced_tables() -> dict[str, Table]:
    """Every table of a record (UUID, revision, tombstone), by name."""
    tables: dict[str, Table] = {}
    for mapper in Base.registry.mappers:
        if issubclass(mapper.class_, RecordMixin):
            table = mapper.local_table
            assert isinstance(table, Table)
            tables[table.name] = table
    return tables


@functools.cache
def table_order() -> tuple[str, ...]:
    """Parents before children, so inserts satisfy foreign keys."""
    names = synced_tables()
    return tuple(t.name for t in Base.metadata.sorted_tables if t.name in names)


def field_names(table: Table) -> list[str]:
    return [c.name for c in table.columns if c.name not in LOCAL_FIELDS]


class DecodeError(ValueError):
    pass


@functools.cache
def _column_kind(table_name: str, name: str) -> tuple[str, bool, int | None, Any]:
    """(kind, nullable, max length, enum class) of a synced column, looked up once."""
    table = synced_tables()[table_name]
    if name not in table.columns or name in LOCAL_FIELDS:
        return ("unknown", False, None, None)
    column = table.columns[name]
    kind = column.type
    if isinstance(kind, DecimalText):
        tag = "decimal"
    elif isinstance(kind, UtcDateTime):
        tag = "datetime"
    elif isinstance(kind, SAEnum):
        tag = "enum"
    elif isinstance(kind, Boolean):
        tag = "bool"
    elif isinstance(kind, Integer):
        tag = "int"
    elif isinstance(kind, Date):
        tag = "date"
    else:
        tag = "text"
    enum_class = getattr(kind, "enum_class", None) if tag == "enum" else None
    return (tag, bool(column.nullable), getattr(kind, "length", None), enum_class)


def decode_value(table: Table, name: str, value: Any) -> Any:
    """A JSON value from a bundle as the column's Python value; refuses anything else."""
    tag, nullable, length, enum_class = _column_kind(table.name, name)
    where = f"{table.name}.{name}"
    if tag == "unknown":
        raise DecodeError(f"unknown field {where}")
    if value is None:
        if not nullable:
            raise DecodeError(f"{where} cannot be empty")
        return None
    if tag == "text":  # most fields: checked first
        if not isinstance(value, str):
            raise DecodeError(f"{where} must be text")
        if length and len(value) > length:
            raise DecodeError(f"{where} is longer than {length} characters")
        return value
    try:
        if tag == "decimal":
            if not isinstance(value, str):
                raise DecodeError(f"{where} must be a decimal text")
            number = Decimal(value)
            if not number.is_finite():
                raise DecodeError(f"{where} is not finite")
            return number
        if tag == "datetime":
            moment = dt.datetime.fromisoformat(str(value))
            if moment.tzinfo is None:
                raise DecodeError(f"{where} has no time zone")
            return moment
        if tag == "enum":
            if enum_class is not None and issubclass(enum_class, enum.Enum):
                return enum_class(value)
            return str(value)
        if tag == "bool":
            if not isinstance(value, bool):
                raise DecodeError(f"{where} must be true or false")
            return value
        if tag == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                raise DecodeError(f"{where} must be a whole number")
            return value
        if tag == "date":
            return dt.date.fromisoformat(str(value))
    except DecodeError:
        raise
    except (ValueError, InvalidOperation, TypeError):
        raise DecodeError(f"{where}: {value!r} is not valid") from None
    return value  # every kind returned above


def encode_row(table: Table, row: Any) -> dict[str, Any]:
    mapping = row._mapping if hasattr(row, "_mapping") else row
    return {
        name: to_json_value(mapping[name])
        for name in field_names(table)
        if mapping[name] is not None
    }


def chunks(values: Iterable[str], size: int | None = None) -> Iterable[list[str]]:
    """Sorted distinct values in lists short enough for one IN (...) (`size`: another
    length, for a list bound as one value)."""
    items = sorted(set(values))
    size = size or CHUNK
    for start in range(0, len(items), size):
        yield items[start : start + size]


def unit_subtree(conn: Connection, unit_id: str) -> set[str]:
    units = synced_tables()["units"]
    children: dict[str | None, list[str]] = {}
    for uid, parent in conn.execute(select(units.c.id, units.c.parent_id)):
        children.setdefault(parent, []).append(uid)
    found, stack = set(), [unit_id]
    while stack:
        current = stack.pop()
        if current not in found:
            found.add(current)
            stack.extend(children.get(current, []))
    return found


@dataclass(frozen=True)
class OwnedBy:
    """One way rows of a table reach their unit: the joins from the table up to the column
    holding the unit id, and the agreement each row belongs to (None above agreements)."""

    table: Table
    joins: FromClause
    unit_column: ColumnElement[Any]
    agreement: ColumnElement[Any] | None


@functools.cache
def owner_paths() -> dict[str, tuple[OwnedBy, ...]]:
    """Every owned table's paths to a unit, as joins the database walks by its foreign-key
    indexes: no id lists travel from Python to SQL and back."""
    tables = synced_tables()
    out: dict[str, tuple[OwnedBy, ...]] = {}
    for name in table_order():
        if name not in OWNER_PATH:
            continue
        table = tables[name]
        options: list[OwnedBy] = []
        for parent, column in OWNER_PATH[name]:
            if parent == "units":
                agreement = table.c.id if name == "agreements" else None
                options.append(OwnedBy(table, table, table.c[column], agreement))
                continue
            for above in out.get(parent, ()):
                joins = above.joins.join(table, table.c[column] == above.table.c.id)
                agreement = table.c.id if name == "agreements" else above.agreement
                options.append(OwnedBy(table, joins, above.unit_column, agreement))
        out[name] = tuple(options)
    return out


def owned_paths(name: str) -> tuple[OwnedBy, ...]:
    """The ways rows of table `name` reach a unit; a unit owns itself (no join)."""
    if name == "units":
        table = synced_tables()["units"]
        return (OwnedBy(table, table, table.c.id, None),)
    return owner_paths().get(name, ())


def owned_selects(name: str, *columns: ColumnElement[Any]) -> list[Select[Any]]:
    """Selects of (id, agreement id, *columns) of the rows of table `name` owned by the
    units bound as the expanding parameter `units` (one select per path to a unit)."""
    units = bindparam("units", expanding=True)
    return [
        select(path.table.c.id, path.agreement if path.agreement is not None else null(), *columns)
        .select_from(path.joins)
        .where(path.unit_column.in_(units))
        for path in owned_paths(name)
    ]


def owned_rows(
    conn: Connection, unit_ids: set[str], name: str, *columns: ColumnElement[Any]
) -> Iterable[Any]:
    """Rows (id, agreement id, *columns) of table `name` owned by the given units."""
    for statement in owned_selects(name, *columns):
        for chunk in chunks(unit_ids):
            yield from conn.execute(statement, {"units": chunk})


def scope_ids(conn: Connection, unit_ids: set[str]) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Ids per table that the units own (tombstones included), and each one's agreement."""
    tables = synced_tables()
    scope: dict[str, set[str]] = {name: set() for name in tables}
    scope["units"] = set(unit_ids)
    agreement_of: dict[str, str] = {}
    for name in owner_paths():
        ids = scope[name]
        for rid, agreement in owned_rows(conn, unit_ids, name):
            ids.add(rid)
            if agreement is not None:
                agreement_of[rid] = agreement
    return scope, agreement_of


def read_rows(conn: Connection, name: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    table = synced_tables()[name]
    out: dict[str, dict[str, Any]] = {}
    columns = [table.c[c] for c in ["id", *field_names(table)]]
    for chunk in chunks(ids):
        for row in conn.execute(select(*columns).where(table.c.id.in_(chunk))):
            out[row.id] = dict(row._mapping)
    return out


@functools.cache
def _references(table: Table) -> tuple[tuple[str, str], ...]:
    return tuple(
        (column.name, fk.column.table.name)
        for column in table.columns
        for fk in column.foreign_keys
    )


def references(table: Table) -> list[tuple[str, str]]:
    """(column, referred table) for every foreign key of a synced table."""
    return list(_references(table))


def context_rows(
    conn: Connection, scope: dict[str, set[str]]
) -> dict[tuple[str, str], dict[str, Any]]:
    """Rows the scope points at but does not own, with everything they point at in turn."""
    tables = synced_tables()
    have = {(name, rid) for name, ids in scope.items() for rid in ids}
    wanted: dict[str, set[str]] = {}
    for name, ids in scope.items():
        table = tables[name]
        refs = references(table)
        if not ids or not refs:
            continue
        columns = [table.c[c] for c, _ in refs]
        for chunk in chunks(ids):
            for row in conn.execute(select(*columns).where(table.c.id.in_(chunk))):
                for (_, target), value in zip(refs, row, strict=True):
                    if value and (target, value) not in have:
                        wanted.setdefault(target, set()).add(value)
    return context_closure(conn, have, wanted)


def context_closure(
    conn: Connection, have: set[tuple[str, str]], wanted: dict[str, set[str]]
) -> dict[tuple[str, str], dict[str, Any]]:
    """The rows `wanted` (table -> ids) that are not in `have`, and what they point at."""
    tables = synced_tables()
    found: dict[tuple[str, str], dict[str, Any]] = {}
    while wanted:
        frontier: dict[str, set[str]] = {}
        for target, ids in wanted.items():
            ids = {rid for rid in ids if (target, rid) not in have and (target, rid) not in found}
            rows = read_rows(conn, target, ids)
            for rid, row in rows.items():
                found[(target, rid)] = row
            if rows:
                frontier[target] = set(rows)
        wanted = {}
        for name, ids in frontier.items():
            for column, target in references(tables[name]):
                for rid in ids:
                    value = found[(name, rid)].get(column)
                    if value and (target, value) not in have and (target, value) not in found:
                        wanted.setdefault(target, set()).add(value)
    return found


def existing_ids(conn: Connection, keys: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """Which (table, id) pairs already have a row, tombstones included, in few queries."""
    by_table: dict[str, set[str]] = {}
    for name, rid in keys:
        by_table.setdefault(name, set()).add(rid)
    found: set[tuple[str, str]] = set()
    tables = synced_tables()
    for name, ids in by_table.items():
        table = tables[name]
        for chunk in chunks(ids):
            found.update(
                (name, rid)
                for rid in conn.execute(select(table.c.id).where(table.c.id.in_(chunk))).scalars()
            )
    return found

"""Turning user-supplied field values into column values, with one clear error per field."""

from __future__ import annotations

import datetime as dt
import enum
import typing
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Mapper

from app.engine.numbers import NumberOutOfRange, check_bounds
from app.models.base import DecimalText
from app.services.errors import invalid


def _column_python_type(mapper: Mapper[Any], field: str) -> type | None:
    column = mapper.columns[field]
    if isinstance(column.type, DecimalText):
        return Decimal
    enum_class = getattr(column.type, "enum_class", None)
    if enum_class is not None:
        return typing.cast(type, enum_class)
    try:
        return column.type.python_type
    except NotImplementedError:
        return None


def coerce(model: type, field: str, value: Any) -> Any:
    """Convert `value` (typed in a form, read from JSON) to what the column `field` holds."""
    mapper = sa_inspect(model)
    if field not in mapper.columns:
        raise invalid("field_unknown", field, column=field)
    if value is None or value == "":
        if not mapper.columns[field].nullable:
            raise invalid("field_required", field, column=field)
        return None
    python_type = _column_python_type(mapper, field)
    try:
        if python_type is Decimal:
            if isinstance(value, float):
                value = repr(value)
            result = Decimal(str(value).strip())
            if not result.is_finite():
                raise InvalidOperation
            return check_bounds(result)
        if python_type is not None and issubclass(python_type, enum.Enum):
            return python_type(value)
        if python_type is dt.date and isinstance(value, str):
            return dt.date.fromisoformat(value)
        if python_type is bool:
            return bool(value)
        if python_type is int and not isinstance(value, bool):
            return int(value)
        if python_type is str:
            return str(value).strip()
    except NumberOutOfRange as exc:
        raise invalid(
            "field_out_of_range",
            field,
            column=field,
            reason=exc.sentence("id"),
            reason_en=exc.sentence("en"),
        ) from exc
    except (InvalidOperation, ValueError, TypeError) as exc:
        raise invalid("field_invalid", field, column=field, value=value) from exc
    return value


def apply_changes(obj: Any, changes: dict[str, Any], allowed: frozenset[str]) -> dict[str, Any]:
    """Set the allowed fields; return {field: old value} of what actually changed."""
    old: dict[str, Any] = {}
    for field, raw in changes.items():
        if field not in allowed:
            raise invalid("field_not_editable", field, column=field)
        value = coerce(type(obj), field, raw)
        current = getattr(obj, field)
        if current != value:
            old[field] = current
            setattr(obj, field, value)
    return old

"""The audit log, written automatically for every change flushed through a session.

Services never write audit rows by hand: a `before_flush` hook turns each inserted,
updated or tombstoned record into rows naming the user, entity, field, old and new value,
so no use case can forget it.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, String, Text, event, inspect
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.models.base import Base, RecordMixin, new_uuid, utcnow

USER_KEY = "pk_desk_user"
ACTION_KEY = "pk_desk_action"
_SKIPPED_FIELDS = frozenset({"created_at", "updated_at", "revision", "content", "signed_snapshot"})


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(120))
    operation: Mapped[str] = mapped_column(String(10))  # insert / update / delete
    entity: Mapped[str] = mapped_column(String(60), index=True)
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    agreement_id: Mapped[str | None] = mapped_column(ForeignKey("agreements.id"))


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def _entries_for(obj: RecordMixin, operation: str) -> list[dict[str, Any]]:
    state = inspect(obj)
    entity = obj.__tablename__  # type: ignore[attr-defined]
    rows: list[dict[str, Any]] = []
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in _SKIPPED_FIELDS or key == "id":
            continue
        history = state.attrs[key].history
        if operation == "insert":
            new = getattr(obj, key)
            if new is None:
                continue
            rows.append({"field": key, "old_value": None, "new_value": _text(new)})
        elif history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if _text(old) == _text(new):
                continue
            rows.append({"field": key, "old_value": _text(old), "new_value": _text(new)})
    if operation == "update" and any(r["field"] == "deleted_at" for r in rows):
        operation = "delete"
    return [dict(row, entity=entity, entity_id=obj.id, operation=operation) for row in rows]


@event.listens_for(Session, "before_flush")
def _write_audit_rows(session: Session, flush_context: Any, instances: Any) -> None:
    user = session.info.get(USER_KEY, "unknown")
    action = session.info.get(ACTION_KEY, "edit")
    pending: list[dict[str, Any]] = []
    for obj in session.new:
        if isinstance(obj, RecordMixin):
            if obj.id is None:
                obj.id = new_uuid()
            pending.extend(_entries_for(obj, "insert"))
    for obj in session.dirty:
        if isinstance(obj, RecordMixin) and session.is_modified(obj, include_collections=False):
            pending.extend(_entries_for(obj, "update"))
    for obj in session.deleted:
        if isinstance(obj, RecordMixin):
            pending.append(
                {
                    "entity": obj.__tablename__,  # type: ignore[attr-defined]
                    "entity_id": obj.id,
                    "operation": "purge",
                    "field": None,
                    "old_value": None,
                    "new_value": None,
                }
            )
    session.add_all(AuditEntry(user=user, action=action, **row) for row in pending)

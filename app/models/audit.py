"""The audit log, written automatically for every change flushed through a session.

Services never write audit rows by hand: a `before_flush` hook turns each inserted,
updated or tombstoned record into rows naming the user, entity, field, old and new value,
so no use case can forget it.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from decimal import Decimal
from typing import Any

from sqlalchemy import String, Text, event, inspect
from sqlalchemy.orm import MANYTOONE, Mapped, Mapper, Session, mapped_column

from app.models.base import Base, RecordMixin, new_uuid, utcnow
from app.models.changelog import record_revisions
from app.models.ownership import AgreementFinder

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
    # The agreement the changed record belongs to, for "Riwayat perubahan". Deliberately no
    # foreign key: the history must outlive a purged agreement.
    agreement_id: Mapped[str | None] = mapped_column(String(36), index=True)


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
    set_by_relationship = _keys_set_by_relationship(state.mapper)
    rows: list[dict[str, Any]] = []
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in _SKIPPED_FIELDS or key == "id":
            continue
        history = state.attrs[key].history
        relation = set_by_relationship.get(key)
        if operation == "insert":
            new = getattr(obj, key)
            if new is None and relation is not None:
                new = getattr(state.dict.get(relation), "id", None)
            if new is None:
                continue
            rows.append({"field": key, "old_value": None, "new_value": _text(new)})
            continue
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
        elif relation is not None and state.attrs[relation].history.added:
            # `ksd.indicator = x` changes indicator_id only when the flush syncs it
            old = state.dict.get(key)
            new = getattr(state.attrs[relation].history.added[0], "id", None)
        else:
            continue
        if _text(old) != _text(new):
            rows.append({"field": key, "old_value": _text(old), "new_value": _text(new)})
    if operation == "update" and any(r["field"] == "deleted_at" for r in rows):
        operation = "delete"
    return [dict(row, entity=entity, entity_id=obj.id, operation=operation) for row in rows]


@functools.cache
def _keys_set_by_relationship(mapper: Mapper[Any]) -> dict[str, str]:
    """Foreign-key attribute -> the many-to-one relationship that may set it at flush."""
    keys: dict[str, str] = {}
    for relation in mapper.relationships:
        if relation.direction is not MANYTOONE or relation.viewonly:
            continue
        if len(relation.local_columns) == 1:
            column = next(iter(relation.local_columns))
            keys[mapper.get_property_by_column(column).key] = relation.key
    return keys


@event.listens_for(Session, "before_flush")
def _write_audit_rows(session: Session, flush_context: Any, instances: Any) -> None:
    user = session.info.get(USER_KEY, "unknown")
    action = session.info.get(ACTION_KEY, "edit")
    changes: list[tuple[RecordMixin, list[dict[str, Any]]]] = []
    for obj in session.new:
        if isinstance(obj, RecordMixin):
            if obj.id is None:
                obj.id = new_uuid()
            changes.append((obj, _entries_for(obj, "insert")))
    for obj in session.dirty:
        if isinstance(obj, RecordMixin) and session.is_modified(obj, include_collections=False):
            changes.append((obj, _entries_for(obj, "update")))
    for obj in session.deleted:
        if isinstance(obj, RecordMixin):
            entity = obj.__tablename__  # type: ignore[attr-defined]
            changes.append((obj, [{"entity": entity, "entity_id": obj.id, "operation": "purge"}]))
    finder = AgreementFinder(session)
    session.add_all(
        AuditEntry(user=user, action=action, agreement_id=finder.agreement_id(obj), **row)
        for obj, rows in changes
        if rows
        for row in rows
    )


@event.listens_for(Session, "after_flush")
def _write_revisions(session: Session, flush_context: Any) -> None:
    """The sync change log, from the same pending objects once the flush has filled in their
    foreign keys and defaults; written on the flush's connection, so in its transaction."""
    record_revisions(
        session,
        [obj for obj in session.new if isinstance(obj, RecordMixin)],
        [
            obj
            for obj in session.dirty
            if isinstance(obj, RecordMixin) and session.is_modified(obj, include_collections=False)
        ],
        [obj for obj in session.deleted if isinstance(obj, RecordMixin)],
        session.info.get(USER_KEY, "unknown"),
    )

"""A signed agreement's content cannot change, whatever code path tries (issue 13.9).

The services refuse such edits with a helpful sentence; this `before_flush` check is the
floor under them, so an import, a sync, a script or a future bug cannot rewrite what was
signed. What stays open after signing is what the signature does not cover: realisations
and their evidence, scans, and the status moving on to superseded.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect, text
from sqlalchemy.orm import MANYTOONE, Session

from app.engine.enums import READONLY_STATUSES
from app.models.errors import DatabaseError
from app.models.ownership import AgreementFinder

LOCKED = READONLY_STATUSES
_BOOKKEEPING = frozenset({"updated_at", "revision"})
_REALISATION = frozenset({"actual", "actual_label", "numerator", "denominator", "evidence"})
# table -> fields that may still change once the agreement is signed
_OPEN_AFTER_SIGNING: dict[str, frozenset[str]] = {
    "agreements": frozenset({"status"}),
    "goals": frozenset(),
    "programs": frozenset(),
    "indicators": frozenset(),
    "period_values": _REALISATION,
    "location_values": _REALISATION,
    "indicator_history": frozenset(),
    "indicator_locations": frozenset(),
    "action_plans": frozenset(),
    "success_criteria": frozenset(),
    "action_outputs": frozenset(),
    "addendum_records": frozenset(),
}


class SignedAgreementChanged(DatabaseError):
    pass


def _changed_fields(obj: Any, operation: str) -> set[str]:
    state = inspect(obj)
    if operation != "update":
        return {attr.key for attr in state.mapper.column_attrs if getattr(obj, attr.key, None)}
    changed = {
        attr.key
        for attr in state.mapper.column_attrs
        if state.attrs[attr.key].history.has_changes()
    }
    changed |= {
        next(iter(rel.local_columns)).key
        for rel in state.mapper.relationships
        if not rel.viewonly and rel.direction is MANYTOONE and state.attrs[rel.key].history.added
    }
    return changed - _BOOKKEEPING


@event.listens_for(Session, "before_flush")
def _guard_signed_agreements(session: Session, flush_context: Any, instances: Any) -> None:
    candidates: list[tuple[Any, str]] = [
        (obj, operation)
        for operation, group in (
            ("insert", session.new),
            ("update", session.dirty),
            ("delete", session.deleted),
        )
        for obj in group
        if getattr(obj, "__tablename__", None) in _OPEN_AFTER_SIGNING
    ]
    if not candidates:
        return
    finder = AgreementFinder(session)
    owners = {id(obj): finder.agreement_id(obj) for obj, _ in candidates}
    ids = sorted({owner for owner in owners.values() if owner is not None})
    if not ids:
        return
    with session.no_autoflush:
        stored = _stored_statuses(session, ids)
    for obj, operation in candidates:
        status = stored.get(owners[id(obj)])
        if status not in LOCKED:
            continue
        table = obj.__tablename__
        if _allowed(session, obj, operation, table):
            continue
        raise SignedAgreementChanged(
            "Perjanjian kinerja ini sudah ditandatangani; isinya tidak dapat diubah langsung "
            "(buat addendum untuk mengubahnya). Perubahan tidak disimpan.",
            en="This performance agreement is signed; its content cannot be changed directly "
            "(make an addendum to change it). The change was not saved.",
        )


_NEW_VALUE_ROW = frozenset({"id", "period", "indicator_id", "location_id", "created_at"})


def _allowed(session: Session, obj: Any, operation: str, table: str) -> bool:
    if operation == "update":
        if not session.is_modified(obj, include_collections=False):
            return True
        fields = _changed_fields(obj, operation)
        if table == "agreements":
            return fields == {"status"} and str(obj.status) == "superseded"
        return fields <= _OPEN_AFTER_SIGNING[table]
    if operation == "insert" and table in ("period_values", "location_values"):
        # a realisation for a period that had no row yet
        return _changed_fields(obj, operation) <= (
            _OPEN_AFTER_SIGNING[table] | _NEW_VALUE_ROW | _BOOKKEEPING
        )
    return False


def _stored_statuses(session: Session, ids: list[str]) -> dict[str, str]:
    """Statuses as stored before this flush (a signing in this flush is not yet there)."""
    found: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join(f":id{n}" for n in range(len(chunk)))
        rows = session.execute(
            text(f"SELECT id, status FROM agreements WHERE id IN ({marks})"),  # noqa: S608
            {f"id{n}": value for n, value in enumerate(chunk)},
        )
        found.update({row[0]: row[1] for row in rows})
    return found

"""Which agreement a record belongs to, worked out inside a flush.

The audit log files every change under its agreement (so one agreement's history can be
shown) and the signed-agreement guard needs the same answer; both run in `before_flush`,
where parents may be pending, loaded or only known by a foreign key.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from app.models.base import Base

INCLUDE_DELETED = "include_deleted"

# table -> the (foreign key attribute, relationship attribute, parent table) ways up to the
# agreement, tried in order. Tables not listed (units, officials, RPJMD) belong to none.
_PARENTS: dict[str, tuple[tuple[str, str | None, str], ...]] = {
    "goals": (("agreement_id", "agreement", "agreements"),),
    "programs": (("agreement_id", "agreement", "agreements"),),
    "attachments": (("agreement_id", "agreement", "agreements"),),
    "addendum_records": (("agreement_id", "agreement", "agreements"),),
    "indicators": (("goal_id", "goal", "goals"),),
    "period_values": (("indicator_id", "indicator", "indicators"),),
    "indicator_history": (("indicator_id", "indicator", "indicators"),),
    "indicator_locations": (("indicator_id", "indicator", "indicators"),),
    "action_plans": (("indicator_id", "indicator", "indicators"),),
    "location_values": (("location_id", "location", "indicator_locations"),),
    "success_criteria": (("action_plan_id", "action_plan", "action_plans"),),
    "action_outputs": (("criterion_id", "criterion", "success_criteria"),),
    "cascade_links": (("child_indicator_id", "child_indicator", "indicators"),),
    "ksd": (("indicator_id", "indicator", "indicators"),),
    "ksd_month_targets": (("ksd_id", "ksd", "ksd"),),
    "crosscutting_parties": (
        ("goal_id", None, "goals"),
        ("indicator_id", None, "indicators"),
        ("ksd_id", None, "ksd"),
    ),
}


class AgreementFinder:
    """Resolves records to agreement ids for one flush, remembering every answer."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._known: dict[tuple[str, str], str | None] = {}
        self._pending: dict[tuple[str, str], Any] = {
            (obj.__tablename__, obj.id): obj
            for obj in session.new
            if getattr(obj, "id", None) is not None and hasattr(obj, "__tablename__")
        }

    def agreement_id(self, obj: Any) -> str | None:
        table = obj.__tablename__
        if table == "agreements":
            return obj.id
        key = (table, obj.id)
        if key in self._known:
            return self._known[key]
        found: str | None = None
        state = inspect(obj)
        for fk_attr, relation, parent_table in _PARENTS.get(table, ()):
            parent = state.dict.get(relation) if relation else None
            if parent is None:
                parent_id = state.dict.get(fk_attr)
                if parent_id is None and fk_attr not in state.dict and state.key is not None:
                    parent_id = getattr(obj, fk_attr)  # expired: loads the row, no flush
                if parent_id is None:
                    continue
                parent = self._parent(parent_table, parent_id)
            if parent is not None:
                found = self.agreement_id(parent)
                if found is not None:
                    break
        self._known[key] = found
        return found

    def _parent(self, table: str, parent_id: str) -> Any:
        if table == "agreements":
            return _Stub(parent_id)
        pending = self._pending.get((table, parent_id))
        if pending is not None:
            return pending
        with self.session.no_autoflush:
            return self.session.get(
                _class_of(table), parent_id, execution_options={INCLUDE_DELETED: True}
            )


class _Stub:
    """An agreement known only by its id: enough to answer, no query needed."""

    __tablename__ = "agreements"

    def __init__(self, agreement_id: str) -> None:
        self.id = agreement_id


def _class_of(table: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table:
            return mapper.class_
    raise KeyError(table)

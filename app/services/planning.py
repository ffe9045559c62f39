"""Rencana Aksi (RA → KK → T/O) and Kegiatan Strategis Daerah rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.action_plans import action_plan_numbers
from app.models import (
    ActionOutput,
    ActionPlan,
    Indicator,
    Ksd,
    KsdMonthTarget,
    SuccessCriterion,
    Unit,
)
from app.models.database import Database
from app.models.enums import AgreementStatus, ChangeReason, OutputStatus
from app.services._fields import apply_changes, coerce
from app.services.agreements import _move, ensure_editable
from app.services.errors import invalid, missing
from app.services.organisation import get

OUTPUT_FIELDS = frozenset(
    {"text", "due_quarter", "mitigation", "responsible", "status", "completed_on", "change_reason"}
)
KSD_FIELDS = frozenset(
    {
        "ksd_number",
        "name",
        "sub_name",
        "action_plan",
        "responsible_units",
        "related_agencies",
        "success_criteria",
        "capaian",
        "notes",
        "indicator_id",
    }
)

#: The four key phases of seed 000's guidance, offered as a one-click skeleton.
SKELETON_PHASES: tuple[tuple[str, str, str, int], ...] = (
    ("Perencanaan", "Tersusunnya rencana pelaksanaan", "Dokumen rencana pelaksanaan", 1),
    ("Pelaksanaan", "Terlaksananya kegiatan sesuai rencana", "Laporan pelaksanaan kegiatan", 2),
    ("Aktivitas kunci", "Tercapainya aktivitas kunci", "Laporan aktivitas kunci", 3),
    (
        "Monitoring dan evaluasi",
        "Terlaksananya monitoring dan evaluasi",
        "Laporan monitoring dan evaluasi",
        4,
    ),
)


def _check_quarter(quarter: Any) -> int:
    try:
        value = int(quarter)
    except (TypeError, ValueError):
        value = 0
    if value not in (1, 2, 3, 4):
        raise invalid("due_quarter_invalid", "due_quarter", quarter=str(quarter))
    return value


def _require_reason_after_final(session: Session, record: Any, reason: Any) -> ChangeReason | None:
    """The Instruksi asks for a reason when a finalised plan changes (seed 000)."""
    agreement = ensure_editable(session, record)
    if agreement.status == AgreementStatus.FINAL:
        if reason is None:
            raise invalid("action_plan_reason_needed", "change_reason")
        return ChangeReason(reason)
    return None


def add_action_plan(
    db: Database,
    indicator_id: str,
    *,
    text: str,
    change_reason: str | None = None,
    number: int | None = None,
) -> str:
    """`number` is the n of "RA n" when the plan was written with one (an Excel import)."""
    with db.transaction("Tambah rencana aksi") as session:
        indicator = get(session, Indicator, indicator_id, "Indikator")
        plan = ActionPlan(
            indicator_id=indicator.id,
            text=coerce(ActionPlan, "text", text),
            number=number,
            position=len(indicator.action_plans),
            change_reason=_require_reason_after_final(session, indicator, change_reason),
        )
        session.add(plan)
        session.flush()
        return plan.id


def add_criterion(
    db: Database, action_plan_id: str, *, text: str, change_reason: str | None = None
) -> str:
    with db.transaction("Tambah kriteria keberhasilan") as session:
        plan = get(session, ActionPlan, action_plan_id, "Rencana aksi")
        criterion = SuccessCriterion(
            action_plan_id=plan.id,
            text=coerce(SuccessCriterion, "text", text),
            position=len(plan.criteria),
            change_reason=_require_reason_after_final(session, plan, change_reason),
        )
        session.add(criterion)
        session.flush()
        return criterion.id


def add_output(
    db: Database,
    criterion_id: str,
    *,
    text: str,
    due_quarter: int,
    responsible: str | None = None,
    mitigation: str | None = None,
    change_reason: str | None = None,
) -> str:
    with db.transaction("Tambah target/output") as session:
        criterion = get(session, SuccessCriterion, criterion_id, "Kriteria keberhasilan")
        reason = _require_reason_after_final(session, criterion, change_reason)
        output = ActionOutput(
            criterion_id=criterion.id,
            text=coerce(ActionOutput, "text", text),
            due_quarter=_check_quarter(due_quarter),
            responsible=responsible,
            mitigation=mitigation,
            position=len(criterion.outputs),
            change_reason=reason,
        )
        session.add(output)
        session.flush()
        return output.id


def update_output(db: Database, output_id: str, **changes: Any) -> dict[str, Any]:
    with db.transaction("Ubah target/output") as session:
        output = get(session, ActionOutput, output_id, "Target/output")
        agreement = ensure_editable(session, output)
        planning_fields = {"text", "due_quarter"} & changes.keys()
        if planning_fields and agreement.status == AgreementStatus.FINAL:
            _require_reason_after_final(session, output, changes.get("change_reason"))
        if "due_quarter" in changes:
            changes["due_quarter"] = _check_quarter(changes["due_quarter"])
        if changes.get("status") == OutputStatus.DONE and "completed_on" not in changes:
            changes["completed_on"] = output.completed_on or dt.date.today()
        return apply_changes(output, changes, OUTPUT_FIELDS)


def move_criterion(db: Database, criterion_id: str, offset: int) -> None:
    """Reorder a KK within its RA; numbers (KK n.m, T/O n.m.k) follow the positions."""
    with db.transaction("Pindahkan kriteria keberhasilan") as session:
        criterion = get(session, SuccessCriterion, criterion_id, "Kriteria keberhasilan")
        ensure_editable(session, criterion)
        siblings = list(
            session.scalars(
                select(SuccessCriterion)
                .where(SuccessCriterion.action_plan_id == criterion.action_plan_id)
                .order_by(SuccessCriterion.position)
            )
        )
        _move(session, criterion, siblings, offset)


def move_criterion_to(db: Database, criterion_id: str, action_plan_id: str) -> None:
    """Move a KK (with its T/O) under another RA of the same indicator, as its last KK."""
    with db.transaction("Pindahkan kriteria keberhasilan") as session:
        criterion = get(session, SuccessCriterion, criterion_id, "Kriteria keberhasilan")
        target = get(session, ActionPlan, action_plan_id, "Rencana aksi")
        source = criterion.action_plan
        ensure_editable(session, criterion)
        if target.indicator_id != source.indicator_id:
            raise invalid("criterion_other_indicator")
        criterion.action_plan_id = target.id
        criterion.position = len(target.criteria)
        for position, sibling in enumerate(c for c in source.criteria if c.id != criterion.id):
            sibling.position = position


def create_phase_skeleton(db: Database, indicator_id: str) -> list[str]:
    """One RA per key phase with a KK and a T/O in a sensible quarter (rule action_plan_gap)."""
    with db.transaction("Buat kerangka tahapan kunci") as session:
        indicator = get(session, Indicator, indicator_id, "Indikator")
        ensure_editable(session, indicator)
        start = len(indicator.action_plans)
        created = []
        for offset, (phase, criterion_text, output_text, quarter) in enumerate(SKELETON_PHASES):
            plan = ActionPlan(
                indicator_id=indicator.id, text=f"{phase} {indicator.name}", position=start + offset
            )
            criterion = SuccessCriterion(text=criterion_text, position=0)
            criterion.outputs.append(
                ActionOutput(text=output_text, due_quarter=quarter, position=0)
            )
            plan.criteria.append(criterion)
            session.add(plan)
            session.flush()
            created.append(plan.id)
        return created


# --- KSD -------------------------------------------------------------------------------------


def add_ksd(
    db: Database, unit_id: str, year: int, *, name: str, action_plan: str, **fields: Any
) -> str:
    with db.transaction("Tambah KSD") as session:
        unit = get(session, Unit, unit_id, "Unit")
        position = len(
            list(session.scalars(select(Ksd.id).where(Ksd.unit_id == unit.id, Ksd.year == year)))
        )
        ksd = Ksd(
            unit_id=unit.id,
            year=int(year),
            name=coerce(Ksd, "name", name),
            action_plan=coerce(Ksd, "action_plan", action_plan),
            position=position,
        )
        apply_changes(ksd, fields, KSD_FIELDS)
        session.add(ksd)
        session.flush()
        return ksd.id


def update_ksd(db: Database, ksd_id: str, **changes: Any) -> dict[str, Any]:
    with db.transaction("Ubah KSD") as session:
        ksd = get(session, Ksd, ksd_id, "KSD")
        return apply_changes(ksd, changes, KSD_FIELDS)


def set_ksd_month(
    db: Database,
    ksd_id: str,
    month: int,
    *,
    expected_output: str | None,
    done: bool = False,
    completed_on: dt.date | None = None,
) -> None:
    """Set (or clear, with no output) the B01–B12 target of a KSD row."""
    if not 1 <= int(month) <= 12:
        raise invalid("month_invalid", "month", month=str(month))
    with db.transaction(f"Ubah target KSD B{int(month):02d}") as session:
        ksd = get(session, Ksd, ksd_id, "KSD")
        row = session.scalar(
            select(KsdMonthTarget)
            .where(KsdMonthTarget.ksd_id == ksd.id, KsdMonthTarget.month == int(month))
            .execution_options(include_deleted=True)
        )
        if expected_output is None and not done:
            if row is not None and row.deleted_at is None:
                row.deleted_at = dt.datetime.now(dt.UTC)
            return
        if row is None:
            row = KsdMonthTarget(ksd_id=ksd.id, month=int(month))
            session.add(row)
        row.deleted_at = None
        row.expected_output = expected_output
        row.done = bool(done)
        row.completed_on = completed_on


# --- editing the tree: text, removal, order -----------------------------------------------

_NODE_TYPES: dict[str, tuple[type, str, str]] = {
    "action_plan": (ActionPlan, "indicator_id", "Rencana aksi"),
    "criterion": (SuccessCriterion, "action_plan_id", "Kriteria keberhasilan"),
    "output": (ActionOutput, "criterion_id", "Target/output"),
}


def _node(session: Session, kind: str, node_id: str) -> Any:
    model, _, label = _NODE_TYPES[kind]
    return get(session, model, node_id, label)


def update_node_text(
    db: Database,
    kind: str,
    node_id: str,
    text: str,
    *,
    change_reason: str | None = None,
    mitigation: str | None = None,
) -> str:
    """Rename an RA / KK / T/O; returns the old text (for undo)."""
    with db.transaction("Ubah rencana aksi") as session:
        node = _node(session, kind, node_id)
        reason = _require_reason_after_final(session, node, change_reason)
        if not text or not text.strip():
            raise invalid("text_missing", "text")
        old = node.text
        node.text = text.strip()
        if reason is not None:
            node.change_reason = reason
        if mitigation is not None and kind == "action_plan":
            node.mitigation = mitigation.strip() or None
        return str(old)


def remove_node(db: Database, kind: str, node_id: str, *, change_reason: str | None = None) -> None:
    """Tombstone an RA / KK / T/O (and what hangs below it); siblings renumber."""
    with db.transaction("Hapus rencana aksi") as session:
        node = _node(session, kind, node_id)
        _require_reason_after_final(session, node, change_reason)
        now = dt.datetime.now(dt.UTC)
        for record in _subtree(node):
            record.deleted_at = now
        model, parent_key, _ = _NODE_TYPES[kind]
        siblings = session.scalars(
            select(model)
            .where(getattr(model, parent_key) == getattr(node, parent_key), model.id != node.id)
            .order_by(model.position)
        )
        for position, sibling in enumerate(siblings):
            sibling.position = position


def restore_node(db: Database, kind: str, node_id: str) -> None:
    """Undo of a removal: clear the tombstones of the node and its subtree."""
    with db.transaction("Pulihkan rencana aksi") as session:
        model, parent_key, label = _NODE_TYPES[kind]
        node = session.get(model, node_id, execution_options={"include_deleted": True})
        if node is None:
            raise missing(label, node_id)
        ensure_editable(session, node)
        stamp = node.deleted_at
        node.deleted_at = None
        session.flush()
        for record in _subtree(node, include_deleted=True, session=session):
            if record.deleted_at == stamp:
                record.deleted_at = None
        siblings = list(
            session.scalars(
                select(model)
                .where(getattr(model, parent_key) == getattr(node, parent_key))
                .order_by(model.position)
            )
        )
        siblings.sort(key=lambda s: (s.position, s.id != node.id))
        for position, sibling in enumerate(siblings):
            sibling.position = position


def _subtree(
    node: Any, *, include_deleted: bool = False, session: Session | None = None
) -> list[Any]:
    if include_deleted and session is not None:
        options = {"include_deleted": True}
        if isinstance(node, ActionPlan):
            criteria = list(
                session.scalars(
                    select(SuccessCriterion)
                    .where(SuccessCriterion.action_plan_id == node.id)
                    .execution_options(**options)
                )
            )
            outputs = list(
                session.scalars(
                    select(ActionOutput)
                    .where(ActionOutput.criterion_id.in_([c.id for c in criteria]))
                    .execution_options(**options)
                )
            )
            return [*criteria, *outputs]
        if isinstance(node, SuccessCriterion):
            return list(
                session.scalars(
                    select(ActionOutput)
                    .where(ActionOutput.criterion_id == node.id)
                    .execution_options(**options)
                )
            )
        return []
    if isinstance(node, ActionPlan):
        return [node, *node.criteria, *(o for c in node.criteria for o in c.outputs)]
    if isinstance(node, SuccessCriterion):
        return [node, *node.outputs]
    return [node]


def move_node(db: Database, kind: str, node_id: str, offset: int) -> None:
    """Move an RA, KK or T/O up (negative) or down among its siblings; numbers follow."""
    with db.transaction("Pindahkan rencana aksi") as session:
        node = _node(session, kind, node_id)
        ensure_editable(session, node)
        model, parent_key, _ = _NODE_TYPES[kind]
        siblings = list(
            session.scalars(
                select(model)
                .where(getattr(model, parent_key) == getattr(node, parent_key))
                .order_by(model.position)
            )
        )
        _move(session, node, siblings, offset)


def remove_ksd(db: Database, ksd_id: str) -> None:
    with db.transaction("Hapus KSD") as session:
        ksd = get(session, Ksd, ksd_id, "KSD")
        ksd.deleted_at = dt.datetime.now(dt.UTC)


def move_ksd(db: Database, ksd_id: str, offset: int) -> None:
    with db.transaction("Pindahkan KSD") as session:
        ksd = get(session, Ksd, ksd_id, "KSD")
        siblings = list(
            session.scalars(
                select(Ksd)
                .where(Ksd.unit_id == ksd.unit_id, Ksd.year == ksd.year)
                .order_by(Ksd.position)
            )
        )
        _move(session, ksd, siblings, offset)


# --- read models -----------------------------------------------------------------------------


@dataclass(frozen=True)
class OutputNode:
    id: str
    number: str
    text: str
    due_quarter: int
    responsible: str | None
    mitigation: str | None
    status: str
    completed_on: dt.date | None


@dataclass(frozen=True)
class CriterionNode:
    id: str
    number: str
    text: str
    outputs: tuple[OutputNode, ...]


@dataclass(frozen=True)
class ActionPlanNode:
    id: str
    number: str
    text: str
    mitigation: str | None
    criteria: tuple[CriterionNode, ...]


@dataclass(frozen=True)
class ActionPlanTree:
    indicator_id: str
    indicator_name: str
    agreement_status: str
    plans: tuple[ActionPlanNode, ...]
    findings: tuple[Any, ...] = field(default=())

    @property
    def quarters_covered(self) -> set[int]:
        return {o.due_quarter for p in self.plans for c in p.criteria for o in c.outputs}


def action_plan_tree(db: Database, indicator_id: str) -> ActionPlanTree:
    """The RA → KK → T/O tree of one indicator with derived numbers (RA1, KK1.1, T/O1.1.1)."""
    with db.session() as session:
        indicator = get(session, Indicator, indicator_id, "Indikator")
        plans = indicator.action_plans
        numbers = action_plan_numbers(plans)
        status = indicator.goal.agreement.status.value
        return ActionPlanTree(
            indicator.id,
            indicator.name,
            status,
            tuple(
                ActionPlanNode(
                    plan.id,
                    numbers[plan.id],
                    plan.text,
                    plan.mitigation,
                    tuple(
                        CriterionNode(
                            c.id,
                            numbers[c.id],
                            c.text,
                            tuple(
                                OutputNode(
                                    o.id,
                                    numbers[o.id],
                                    o.text,
                                    o.due_quarter,
                                    o.responsible,
                                    o.mitigation,
                                    o.status.value,
                                    o.completed_on,
                                )
                                for o in c.outputs
                            ),
                        )
                        for c in plan.criteria
                    ),
                )
                for plan in plans
            ),
        )

"""Rencana Aksi: coverage of the year, key phases, and completion-based realisation.

Seed 000 (Instruksi Sekda DKI 4/2024): an action plan is set for every quarter with at least
one step, and an IKU without a KSD action plan must plan its key phases (planning, execution,
monitoring and evaluation). Seed 003 §2.1.3: "Persentase Penyelesaian Rencana Aksi" IKUs are
measured by the milestones completed on time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.engine.enums import Severity
from app.engine.findings import ACTION_PLAN_GAP, Finding
from app.engine.numbers import HUNDRED

PHASES = ("planning", "execution", "monitoring_evaluation")


@dataclass(frozen=True, slots=True)
class ActionOutputFact:
    """One Target/Output (T/O) of a Rencana Aksi: its due quarter and, if known, its phase
    and completion."""

    due_quarter: int
    phase: str | None = None
    done: bool = False
    done_quarter: int | None = None


@dataclass(frozen=True, slots=True)
class ActionPlanFacts:
    """The T/Os planned for one IKU and whether a KSD action plan covers it."""

    indicator_id: str
    name: str
    goal_id: str | None = None
    has_ksd: bool = False
    outputs: tuple[ActionOutputFact, ...] = ()


def check_action_plans(plans: Sequence[ActionPlanFacts]) -> list[Finding]:
    """action_plan_gap: a quarter without any T/O in the agreement (warning); an IKU without a
    KSD plan missing a key phase (hint, the UI offers a skeleton)."""
    if not plans:
        return []
    out = []
    covered = {o.due_quarter for p in plans for o in p.outputs}
    for quarter in range(1, 5):
        if quarter not in covered:
            out.append(
                Finding(
                    ACTION_PLAN_GAP,
                    Severity.WARNING,
                    "action_plan_quarter_missing",
                    {"quarter": quarter},
                    field=f"TW{quarter}",
                )
            )
    for plan in plans:
        if plan.has_ksd:
            continue
        present = {o.phase for o in plan.outputs}
        missing = [p for p in PHASES if p not in present]
        if missing:
            out.append(
                Finding(
                    ACTION_PLAN_GAP,
                    Severity.HINT,
                    "action_plan_phase_missing",
                    {"indicator": plan.name, "phases": missing},
                    plan.goal_id,
                    plan.indicator_id,
                    "action_plan",
                )
            )
    return out


Milestone = ActionOutputFact | tuple[int, bool, int | None]


def _as_output(m: Milestone) -> ActionOutputFact:
    if isinstance(m, ActionOutputFact):
        return m
    due, done, done_quarter = m
    return ActionOutputFact(due, None, done, done_quarter)


def completion_percent(milestones: Iterable[Milestone], quarter: int) -> Decimal | None:
    """Milestones done on time / milestones due up to `quarter` x 100; None if none are due.

    A milestone counts when it is done in or before its own due quarter (a late one does not).
    """
    due = 0
    on_time = 0
    for m in milestones:
        out = _as_output(m)
        if out.due_quarter > quarter:
            continue
        due += 1
        if out.done and out.done_quarter is not None and out.done_quarter <= out.due_quarter:
            on_time += 1
    if due == 0:
        return None
    return Decimal(on_time) / Decimal(due) * HUNDRED


def completion_series(milestones: Iterable[Milestone]) -> tuple[Decimal | None, ...]:
    """The realisation of each quarter TW1..TW4 (use with period consolidation "last")."""
    items = [_as_output(m) for m in milestones]
    return tuple(completion_percent(items, q) for q in range(1, 5))


def action_plan_numbers(plans: Sequence[Any]) -> dict[str, str]:
    """RA n, KK n.m, T/O n.m.k for every node: n as the plan stores it (seed 002's RA2, RA4),
    else its place in the list; m and k from the positions below it. `plans` are the
    database's rows (ORM or plain), each with `id`, `number` and `criteria` → `outputs`."""
    numbers: dict[str, str] = {}
    for place, plan in enumerate(plans, start=1):
        n = plan.number or place
        numbers[plan.id] = f"RA{n}"
        for m, criterion in enumerate(plan.criteria, start=1):
            numbers[criterion.id] = f"KK{n}.{m}"
            for k, output in enumerate(criterion.outputs, start=1):
                numbers[output.id] = f"T/O{n}.{m}.{k}"
    return numbers

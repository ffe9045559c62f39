"""The KSD editor's read model: a unit's Kegiatan Strategis Daerah rows of one year with their
B01–B12 month targets (expected output, done, completion date), the IKU each row is linked to,
and whether that IKU's agreement is signed.

Writing goes through `planning` (add_ksd, update_ksd, set_ksd_month, move_ksd, remove_ksd)
and `undo.restore_ksd`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Agreement, Goal, Indicator, Ksd, KsdMonthTarget, Official, Unit
from app.models.database import Database
from app.models.enums import LOCKED_STATUSES, AgreementStatus
from app.services.organisation import get


@dataclass(frozen=True, slots=True)
class KsdMonth:
    month: int
    expected_output: str | None
    done: bool
    completed_on: dt.date | None


@dataclass(frozen=True, slots=True)
class KsdLine:
    id: str
    position: int
    ksd_number: str | None
    name: str
    sub_name: str | None
    action_plan: str
    responsible_units: str | None
    related_agencies: str | None
    success_criteria: str | None
    capaian: Decimal | None
    notes: str | None
    indicator_id: str | None
    indicator_label: str | None
    locked: bool  # the linked IKU's agreement is signed: the plan is frozen
    months: tuple[KsdMonth, ...]

    def month(self, month: int) -> KsdMonth | None:
        return next((m for m in self.months if m.month == month), None)

    @property
    def due_count(self) -> int:
        return sum(1 for m in self.months if m.expected_output)

    @property
    def done_count(self) -> int:
        return sum(1 for m in self.months if m.done)


@dataclass(frozen=True, slots=True)
class KsdTable:
    unit_id: str
    unit_code: str
    unit_name: str
    year: int
    lines: tuple[KsdLine, ...]


@dataclass(frozen=True, slots=True)
class IndicatorChoice:
    id: str
    label: str
    owner: str
    locked: bool


def _indicator_labels(session: Session, indicator_ids: set[str]) -> dict[str, tuple[str, bool]]:
    if not indicator_ids:
        return {}
    rows = session.execute(
        select(Indicator.id, Indicator.number, Indicator.name, Official.name, Agreement.status)
        .join(Goal, Indicator.goal_id == Goal.id)
        .join(Agreement, Goal.agreement_id == Agreement.id)
        .join(Official, Agreement.owner_id == Official.id)
        .where(Indicator.id.in_(indicator_ids))
    )
    return {
        ind_id: (
            f"{owner} · {number + '. ' if number else ''}{name}",
            status in LOCKED_STATUSES,
        )
        for ind_id, number, name, owner, status in rows
    }


def ksd_table(db: Database, unit_id: str, year: int) -> KsdTable:
    """The KSD rows of `unit_id` for `year`, in table order."""
    with db.session() as session:
        unit = get(session, Unit, unit_id, "Unit")
        rows = session.scalars(
            select(Ksd).where(Ksd.unit_id == unit.id, Ksd.year == year).order_by(Ksd.position)
        ).all()
        months: dict[str, list[KsdMonth]] = {r.id: [] for r in rows}
        for target in session.scalars(
            select(KsdMonthTarget)
            .where(KsdMonthTarget.ksd_id.in_(list(months)))
            .order_by(KsdMonthTarget.month)
        ):
            months[target.ksd_id].append(
                KsdMonth(target.month, target.expected_output, target.done, target.completed_on)
            )
        labels = _indicator_labels(session, {r.indicator_id for r in rows if r.indicator_id})
        lines = tuple(
            KsdLine(
                r.id,
                r.position,
                r.ksd_number,
                r.name,
                r.sub_name,
                r.action_plan,
                r.responsible_units,
                r.related_agencies,
                r.success_criteria,
                r.capaian,
                r.notes,
                r.indicator_id,
                labels.get(r.indicator_id or "", (None, False))[0],
                labels.get(r.indicator_id or "", (None, False))[1],
                tuple(months[r.id]),
            )
            for r in rows
        )
        return KsdTable(unit.id, unit.code, unit.name, year, lines)


def ksd_indicator_choices(db: Database, unit_id: str, year: int) -> list[IndicatorChoice]:
    """IKU a KSD row of the unit can be linked to: those of the unit's and its sub-units'
    agreements of that year (superseded versions left out)."""
    with db.session() as session:
        own_code = get(session, Unit, unit_id, "Unit").code
        units = session.execute(select(Unit.id, Unit.parent_id)).all()
        children: dict[str | None, list[str]] = {}
        for child_id, parent_id in units:
            children.setdefault(parent_id, []).append(child_id)
        wanted = {unit_id}
        stack = [unit_id]
        while stack:
            for child_id in children.get(stack.pop(), []):
                if child_id not in wanted:
                    wanted.add(child_id)
                    stack.append(child_id)
        rows = session.execute(
            select(
                Indicator.id,
                Indicator.number,
                Indicator.name,
                Official.name,
                Agreement.status,
                Unit.code,
                Goal.position,
                Indicator.position,
            )
            .join(Goal, Indicator.goal_id == Goal.id)
            .join(Agreement, Goal.agreement_id == Agreement.id)
            .join(Official, Agreement.owner_id == Official.id)
            .join(Unit, Agreement.unit_id == Unit.id)
            .where(
                Agreement.unit_id.in_(wanted),
                Agreement.year == year,
                Agreement.status != AgreementStatus.SUPERSEDED,
                Indicator.sub_of_id.is_(None),
            )
        ).all()
    # the unit's own agreements first, then the sub-units by code; IKU in table order
    rows.sort(key=lambda r: (r[5] != own_code, r[5], r[3], r[6], r[7]))
    return [
        IndicatorChoice(
            ind_id,
            f"{number + '. ' if number else ''}{name}",
            owner,
            status in LOCKED_STATUSES,
        )
        for ind_id, number, name, owner, status, _code_, _g, _i in rows
    ]

"""An agreement as plain nested tuples, to compare one database's copy with another's."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.models import Agreement, Ksd
from app.models.database import Database
from app.services.agreements import INDICATOR_METADATA_FIELDS


def _value(value: Any) -> Any:
    return getattr(value, "value", value)


def agreement_shape(db: Database, agreement_id: str, *, ksd: bool = True) -> dict[str, Any]:
    with db.session() as session:
        agreement = session.get(Agreement, agreement_id)
        goals = []
        for goal in agreement.goals:
            indicators = []
            for ind in goal.indicators:
                targets = {
                    v.period.value: (v.target, v.target_upper)
                    for v in ind.values
                    if v.target is not None
                }
                plans = [
                    (
                        p.number,
                        p.text,
                        [
                            (k.text, [(o.text, o.due_quarter, o.responsible) for o in k.outputs])
                            for k in p.criteria
                        ],
                    )
                    for p in ind.action_plans
                ]
                meta = {f: _value(getattr(ind, f)) for f in INDICATOR_METADATA_FIELDS}
                indicators.append((meta, targets, plans))
            goals.append((goal.category.value, goal.number, goal.text, indicators))
        shape: dict[str, Any] = {
            "year": agreement.year,
            "owner": (agreement.owner.name, agreement.owner.nip),
            "goals": goals,
            "programs": [(p.name, p.budget, p.note) for p in agreement.programs],
        }
        if ksd:
            rows = session.scalars(
                select(Ksd)
                .where(Ksd.unit_id == agreement.unit_id, Ksd.year == agreement.year)
                .order_by(Ksd.position)
            )
            shape["ksd"] = [
                (
                    k.ksd_number,
                    k.name,
                    k.sub_name,
                    k.action_plan,
                    k.responsible_units,
                    k.related_agencies,
                    k.success_criteria,
                    k.capaian,
                    k.notes,
                    k.indicator.name if k.indicator is not None else None,
                    sorted((m.month, m.expected_output) for m in k.months),
                )
                for k in rows
            ]
        return shape

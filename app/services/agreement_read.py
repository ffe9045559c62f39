"""What the agreement editor reads: header, parties, sasaran with IKU, programs and scans, and the
engine's inputs and scores of agreements for live previews and the tree's colours.

Plain frozen dataclasses: the UI never sees an ORM object.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from app.engine.agreement import AgreementInput
from app.engine.enums import READONLY_STATUSES
from app.engine.findings import Finding
from app.engine.periods import parse_as_of
from app.engine.profile import Profile
from app.engine.scoring import AgreementScore
from app.engine.scoring import score_agreement as engine_score
from app.models import (
    Agreement,
    Attachment,
    Goal,
    Indicator,
    Official,
    PeriodValue,
    Program,
    Unit,
)
from app.models.database import Database
from app.services.errors import InvalidInput, missing
from app.services.organisation import get
from app.services.profiles import load_profile
from app.services.scoring import findings_for, load_inputs


@dataclass(frozen=True, slots=True)
class ProgramRow:
    id: str
    code: str | None
    name: str
    budget: Decimal
    note: str | None


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    id: str
    kind: str
    file_name: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    id: str
    goal_id: str
    number: str | None
    name: str
    unit_of_measure: str | None
    validity: str | None
    control: str | None
    polarity: str | None
    period_consolidation: str | None
    measuring_period: str | None
    cascade_method: str | None
    target_form: str
    annual_target: Decimal | None
    annual_target_upper: Decimal | None
    annual_target_label: str | None
    mandatory: bool
    reference_code: str | None = None  # the province code of the mandatory IKU it carries


@dataclass(frozen=True, slots=True)
class GoalRow:
    id: str
    category: str
    number: str | None
    text: str
    cascade_method: str | None
    indicators: tuple[IndicatorRow, ...]
    rpjmd_goal_id: str | None = None
    rpjmd_code: str | None = None  # the RPJMD sasaran it is linked to (province code)


@dataclass(frozen=True, slots=True)
class AgreementDetail:
    id: str
    year: int
    profile_code: str
    kind: str
    status: str
    unit_id: str
    unit_name: str
    owner_id: str
    owner_name: str
    owner_nip: str | None
    owner_level: str
    owner_title: str | None
    owner_prefix: str | None
    superior_id: str | None
    superior_name: str | None
    superior_nip: str | None
    superior_title: str | None
    superior_prefix: str | None
    signing_place: str | None
    signing_date: dt.date | None
    dpa_date: dt.date | None
    parent_id: str | None
    goals: tuple[GoalRow, ...]
    programs: tuple[ProgramRow, ...]
    attachments: tuple[AttachmentRow, ...]
    categories: tuple[tuple[str, str], ...]

    @property
    def locked(self) -> bool:
        return self.status in READONLY_STATUSES

    @property
    def budget_total(self) -> Decimal:
        return sum((p.budget for p in self.programs), Decimal(0))

    def indicator_count(self) -> int:
        return sum(len(g.indicators) for g in self.goals)


def _enum_value(value: Any) -> str | None:
    return None if value is None else str(value.value)


def agreement_detail(db: Database, agreement_id: str) -> AgreementDetail:
    """Everything the agreement editor shows: header, parties, sasaran with IKU, programs."""
    with db.session() as session:
        agreement = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        owner = session.get(Official, agreement.owner_id)
        superior = session.get(Official, agreement.superior_id) if agreement.superior_id else None
        unit = session.get(Unit, agreement.unit_id)
        assert owner is not None and unit is not None
        goals = list(
            session.scalars(
                select(Goal)
                .where(Goal.agreement_id == agreement_id, Goal.deleted_at.is_(None))
                .order_by(Goal.position)
            )
        )
        goal_ids = [g.id for g in goals]
        indicators = list(
            session.scalars(
                select(Indicator)
                .where(
                    Indicator.goal_id.in_(goal_ids),
                    Indicator.deleted_at.is_(None),
                    Indicator.sub_of_id.is_(None),
                )
                .order_by(Indicator.position)
            )
        )
        annual = {
            pv.indicator_id: pv
            for pv in session.scalars(
                select(PeriodValue).where(
                    PeriodValue.indicator_id.in_([i.id for i in indicators]),
                    PeriodValue.period == "annual",
                    PeriodValue.deleted_at.is_(None),
                )
            )
        }
        by_goal: dict[str, list[IndicatorRow]] = defaultdict(list)
        for ind in indicators:
            pv = annual.get(ind.id)
            by_goal[ind.goal_id].append(
                IndicatorRow(
                    ind.id,
                    ind.goal_id,
                    ind.number,
                    ind.name,
                    ind.unit_of_measure,
                    _enum_value(ind.validity),
                    _enum_value(ind.control),
                    _enum_value(ind.polarity),
                    _enum_value(ind.period_consolidation),
                    _enum_value(ind.measuring_period),
                    _enum_value(ind.cascade_method),
                    ind.target_form.value,
                    pv.target if pv else None,
                    pv.target_upper if pv else None,
                    pv.target_label if pv else None,
                    ind.mandatory,
                    ind.reference_code,
                )
            )
        programs = tuple(
            ProgramRow(p.id, p.code, p.name, p.budget, p.note)
            for p in session.scalars(
                select(Program)
                .where(Program.agreement_id == agreement_id, Program.deleted_at.is_(None))
                .order_by(Program.position)
            )
        )
        attachments = tuple(
            AttachmentRow(a.id, a.kind.value, a.file_name, a.size, a.sha256)
            for a in session.scalars(
                select(Attachment)
                .where(Attachment.agreement_id == agreement_id, Attachment.deleted_at.is_(None))
                .order_by(Attachment.created_at)
            )
        )
        try:
            categories = tuple(
                (c.code, c.label) for c in load_profile(agreement.profile_code, session).categories
            )
        except InvalidInput:
            categories = ()
        return AgreementDetail(
            id=agreement.id,
            year=agreement.year,
            profile_code=agreement.profile_code,
            kind=agreement.kind.value,
            status=agreement.status.value,
            unit_id=unit.id,
            unit_name=unit.name,
            owner_id=owner.id,
            owner_name=owner.name,
            owner_nip=owner.nip,
            owner_level=owner.level.value,
            owner_title=agreement.owner_title,
            owner_prefix=_enum_value(agreement.owner_prefix),
            superior_id=superior.id if superior else None,
            superior_name=superior.name if superior else None,
            superior_nip=superior.nip if superior else None,
            superior_title=agreement.superior_title,
            superior_prefix=_enum_value(agreement.superior_prefix),
            signing_place=agreement.signing_place,
            signing_date=agreement.signing_date,
            dpa_date=agreement.dpa_date,
            parent_id=agreement.parent_id,
            goals=tuple(
                GoalRow(
                    g.id,
                    g.category.value,
                    g.number,
                    g.text,
                    _enum_value(g.cascade_method),
                    tuple(by_goal.get(g.id, ())),
                    g.rpjmd_goal_id,
                    g.rpjmd_goal.code if g.rpjmd_goal is not None else None,
                )
                for g in goals
            ),
            programs=programs,
            attachments=attachments,
            categories=categories,
        )


# --- engine inputs and scores ----------------------------------------------------------------


def agreement_input(db: Database, agreement_id: str) -> tuple[AgreementInput, Profile]:
    """The engine's input for one agreement and its profile, for live previews in the UI."""
    with db.session() as session:
        inputs = load_inputs(session, lambda q: q.where(Agreement.id == agreement_id))
        if not inputs:
            raise missing("Perjanjian kinerja", agreement_id)
        meta, data = inputs[0]
        return data, load_profile(meta.profile_code, session)


def agreement_scores(
    db: Database, agreement_ids: Iterable[str], as_of: str
) -> dict[str, AgreementScore]:
    """Scores of several agreements for one period (for the tree's capaian colours)."""
    ids = sorted(set(agreement_ids))
    if not ids:
        return {}
    period = parse_as_of(as_of)
    with db.session() as session:
        inputs = load_inputs(session, lambda q: q.where(Agreement.id.in_(ids)))
        return {
            meta.id: engine_score(data, load_profile(meta.profile_code, session), period)
            for meta, data in inputs
        }


def unit_findings(db: Database, unit_id: str) -> dict[str, list[Finding]]:
    """Findings of every agreement made in a unit, per agreement id."""
    return findings_for(db, lambda q: q.where(Agreement.unit_id == unit_id))


def agreement_labels(db: Database, agreement_ids: Iterable[str]) -> dict[str, str]:
    """ "Maria Qibtya · 2024" for each agreement id (to title findings of a unit)."""
    ids = list(set(agreement_ids))
    with db.session() as session:
        return {
            a_id: f"{name} · {year}"
            for a_id, name, year in session.execute(
                select(Agreement.id, Official.name, Agreement.year)
                .join(Official, Agreement.owner_id == Official.id)
                .where(Agreement.id.in_(ids))
            )
        }

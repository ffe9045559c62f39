"""The quarterly dashboard of a unit: scores, trend, indicators at risk, PK coverage and the
profile's upcoming deadlines — all computed by the same scoring service as `pk-desk score`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select

from app.engine.findings import DEADLINE, Finding
from app.engine.lifecycle_rules import check_addendum_needed
from app.engine.periods import parse_as_of
from app.engine.profile import StatusBand
from app.models import Agreement, Official, Unit
from app.models.database import Database
from app.models.enums import Level
from app.services import scoring
from app.services.errors import not_found

TREND_PERIODS = ("TW1", "TW2", "TW3", "TW4")
AT_RISK_BELOW = Decimal(80)  # below the "Mendekati" band of both shipped profiles
_LEVEL_ORDER = {level: index for index, level in enumerate(Level)}


@dataclass(frozen=True)
class IndicatorLine:
    indicator_id: str
    name: str
    goal: str
    capaian: Decimal | None
    band: StatusBand | None
    weighted_weight: Decimal | None
    trend: tuple[Decimal | None, ...]
    na_reason: str | None

    @property
    def at_risk(self) -> bool:
        return self.capaian is not None and self.capaian < AT_RISK_BELOW


@dataclass(frozen=True)
class GoalLine:
    goal_id: str
    text: str
    score: Decimal | None
    band: StatusBand | None


@dataclass(frozen=True)
class Dashboard:
    unit_code: str
    unit_name: str
    year: int
    period: str
    agreement_id: str | None
    owner: str | None
    overall: Decimal | None
    band: StatusBand | None
    overall_trend: tuple[Decimal | None, ...]
    goals: list[GoalLine]
    indicators: list[IndicatorLine]
    coverage: dict[str, int]
    officials_without_pk: list[str]
    deadlines: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)

    @property
    def at_risk(self) -> list[IndicatorLine]:
        return sorted((i for i in self.indicators if i.at_risk), key=lambda i: i.capaian or 0)


def unit_dashboard(
    db: Database, unit_code: str, year: int, period: str, *, today: dt.date | None = None
) -> Dashboard:
    """The dashboard of `unit_code` for `period`; the unit head's PK gives the headline."""
    with db.session() as session:
        unit = session.scalar(select(Unit).where(Unit.code == unit_code))
        if unit is None:
            raise not_found("unit_code_not_found", code=unit_code)
        unit_name = unit.name
        officials = session.scalars(select(Official).where(Official.unit_id == unit.id)).all()
        statuses = {
            owner_id: status.value
            for owner_id, status in session.execute(
                select(Agreement.owner_id, Agreement.status).where(
                    Agreement.unit_id == unit.id, Agreement.year == year
                )
            )
        }
        people = [(o.id, o.name, o.level) for o in officials if o.level is not Level.PELAKSANA]
    coverage = Counter(statuses.get(official_id, "none") for official_id, _, _ in people)
    without = sorted(name for official_id, name, _ in people if official_id not in statuses)

    # whole inputs: the addendum check below reads the annual targets
    scored = scoring.score_agreements(
        db, as_of=period, year=year, unit_code=unit_code, whole_inputs=True
    )
    if not scored:
        return Dashboard(
            unit_code,
            unit_name,
            year,
            period,
            None,
            None,
            None,
            None,
            (),
            [],
            [],
            dict(coverage),
            without,
        )
    head = min(scored, key=lambda s: _LEVEL_ORDER.get(Level(s.meta.owner_level or "pelaksana"), 99))
    trend_scores = {p: scoring.score_agreement(db, head.meta.id, p) for p in TREND_PERIODS}
    names = {i.id: (i.name, g.name) for g in head.input.goals for i in g.indicators}
    lines = []
    for goal_score in head.score.goals:
        for s in goal_score.indicators:
            name, goal_text = names[s.indicator_id]
            trend = tuple(
                next(
                    (
                        x.capaian
                        for x in trend_scores[p].indicator_scores()
                        if x.indicator_id == s.indicator_id
                    ),
                    None,
                )
                for p in TREND_PERIODS
            )
            lines.append(
                IndicatorLine(
                    s.indicator_id,
                    name,
                    goal_text,
                    s.capaian,
                    s.band,
                    s.weighted_weight,
                    trend,
                    s.na_reason,
                )
            )
    goals = [
        GoalLine(
            g.goal_id, next(x.name for x in head.input.goals if x.id == g.goal_id), g.score, g.band
        )
        for g in head.score.goals
    ]
    deadlines: list[Finding] = []
    if today is not None:
        findings = scoring.agreement_findings(db, head.meta.id, today=today)
        deadlines = [f for f in findings if f.rule == DEADLINE]
    warnings = check_addendum_needed(head.input, parse_as_of(period).quarter)
    return Dashboard(
        unit_code,
        unit_name,
        year,
        period,
        head.meta.id,
        head.meta.owner_name,
        head.score.overall,
        head.score.band,
        tuple(trend_scores[p].overall for p in TREND_PERIODS),
        goals,
        lines,
        dict(coverage),
        without,
        deadlines,
        warnings,
    )

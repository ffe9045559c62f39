"""Nilai Sasaran RPJMD across the province's units (SPEC §6.5, §9 "Consolidation").

Nilai Sasaran RPJMD is computed like a Nilai Sasaran, over every IKU linked to that RPJMD
sasaran in every unit's agreement: Σ capaian × weight / Σ weight of the IKUs available in the
period. Each capaian comes from that IKU's own target and realisation; the province value
pools the IKUs themselves and is never a mean of the units' values (a unit with nine linked
IKUs weighs nine times one with one). The per-unit values shown beside it are computed the
same way over that unit's IKUs.

An IKU belongs to the RPJMD sasaran its own link names, else its sasaran's link. Sasaran not
linked to the RPJMD are grouped by their text (case and spacing ignored), so that a province
whose units have not linked yet still sees its common sasaran side by side, marked as such.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from app.engine.profile import Profile
from app.engine.scoring import IndicatorScore, group_scores
from app.models import RpjmdGoal, Unit
from app.models.database import Database
from app.models.enums import AgreementStatus, UnitKind
from app.services import scoring
from app.services.profiles import load_profile
from app.services.province import reporting_units

TEXT_KEY = "teks:"


@dataclass(frozen=True)
class UnitShare:
    """One unit's part of an RPJMD sasaran: its value over its own linked IKUs."""

    unit_code: str
    unit_name: str
    score: Decimal | None
    indicators: int
    available: int


@dataclass(frozen=True)
class RpjmdValue:
    """Nilai Sasaran RPJMD of one sasaran over the whole province, with each unit's share."""

    key: str
    #: the RPJMD code, or None when grouped by sasaran text
    code: str | None
    text: str
    score: Decimal | None
    indicators: int
    available: int
    units: tuple[UnitShare, ...]

    @property
    def linked(self) -> bool:
        return self.code is not None


def province_profile(db: Database) -> Profile:
    """The profile of the province's government unit: its bands colour province values."""
    with db.session() as session:
        code = session.scalar(
            select(Unit.profile_code).where(Unit.kind == UnitKind.GOVERNMENT).order_by(Unit.code)
        )
        return load_profile(code or "dki", session)


def _text_key(text: str) -> str:
    return TEXT_KEY + " ".join(text.split()).casefold()


def rpjmd_values(db: Database, year: int, as_of: str = "TW4") -> list[RpjmdValue]:
    """Every RPJMD sasaran (and unlinked sasaran text) of `year` for the period `as_of`:
    linked sasaran first in code order, then the text groups alphabetically."""
    scored = scoring.score_agreements(db, as_of=as_of, year=year)
    with db.session() as session:
        owners, names = reporting_units(session)
        unit_ids = dict(session.execute(select(Unit.code, Unit.id)).all())
        kinds = dict(session.execute(select(Unit.id, Unit.kind)).all())
        rpjmd = {
            goal_id: (code, text)
            for goal_id, code, text in session.execute(
                select(RpjmdGoal.id, RpjmdGoal.code, RpjmdGoal.text)
            )
        }
    items: list[tuple[str, IndicatorScore]] = []
    unit_items: list[tuple[str, IndicatorScore]] = []
    texts: dict[str, str] = {}
    for entry in scored:
        unit_id = unit_ids[entry.meta.unit_code]
        if entry.meta.status == AgreementStatus.SUPERSEDED.value:
            continue
        if kinds.get(unit_id) == UnitKind.GOVERNMENT:
            continue  # the Gubernur's own IKU are the RPJMD's, not a unit's contribution
        top = owners[unit_id]
        for goal, goal_score in zip(entry.input.goals, entry.score.goals, strict=True):
            for indicator in goal_score.indicators:
                key = indicator.rpjmd_key
                if key is None:
                    key = _text_key(goal.name)
                    texts.setdefault(key, " ".join(goal.name.split()))
                items.append((key, indicator))
                unit_items.append((f"{key}\x00{top}", indicator))
    province = group_scores(items)
    per_unit: dict[str, list[UnitShare]] = defaultdict(list)
    for compound, group in sorted(group_scores(unit_items).items()):
        key, top = compound.split("\x00")
        code, name = names[top]
        per_unit[key].append(
            UnitShare(code, name, group.score, group.indicator_count, group.available_count)
        )
    out = []
    for key, group in province.items():
        code, text = rpjmd.get(key, (None, texts.get(key, key)))
        out.append(
            RpjmdValue(
                key,
                code,
                text,
                group.score,
                group.indicator_count,
                group.available_count,
                tuple(sorted(per_unit[key], key=lambda u: u.unit_code)),
            )
        )
    return sorted(out, key=lambda v: (not v.linked, v.code or "", v.text.casefold()))

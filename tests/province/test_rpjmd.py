"""Nilai Sasaran RPJMD across units (SPEC §6.5): pooled over every linked IKU of every unit,
never a mean of the units' values; unlinked sasaran grouped by their text. Both backends."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from app.engine.enums import (
    Control,
    Level,
    MeasuringPeriod,
    PeriodConsolidation,
    Polarity,
    Validity,
)
from app.models import Agreement, Goal, Indicator, Official, PeriodValue, RpjmdGoal, Unit
from app.models.database import Database
from app.models.enums import AgreementStatus, GoalCategory, Period, UnitKind
from app.services import province_rpjmd

D = Decimal


def _goal(s: Session, unit: Unit, owner: Official, text: str, **kw: object) -> Goal:
    agreement = Agreement(
        year=2025, profile_code="dki", unit=unit, owner=owner, status=AgreementStatus.FINAL
    )
    goal = Goal(agreement=agreement, category=GoalCategory.STRATEGIS, text=text, **kw)
    s.add_all([agreement, goal])
    return goal


def _iku(s: Session, goal: Goal, name: str, target: str, actual: str | None) -> None:
    indicator = Indicator(
        goal=goal,
        name=name,
        polarity=Polarity.MAXIMIZE,
        validity=Validity.EXACT,
        control=Control.MODERATE,
        measuring_period=MeasuringPeriod.QUARTERLY,
        period_consolidation=PeriodConsolidation.LAST,
    )
    s.add(indicator)
    s.add(
        PeriodValue(
            indicator=indicator,
            period=Period.TW4,
            target=D(target),
            actual=None if actual is None else D(actual),
        )
    )


def _province(db: Database) -> None:
    with db.transaction("Provinsi RPJMD") as s:
        prov = Unit(code="PROV", name="Provinsi", kind=UnitKind.GOVERNMENT)
        a = Unit(code="A", name="Dinas A", kind=UnitKind.PERANGKAT_DAERAH, parent=prov)
        a_bidang = Unit(code="A-B1", name="Bidang A1", kind=UnitKind.BIDANG, parent=a)
        b = Unit(code="B", name="Dinas B", kind=UnitKind.PERANGKAT_DAERAH, parent=prov)
        people = {
            code: Official(name=f"Pejabat {code}", position_title="Kepala", level=level, unit=u)
            for code, level, u in (
                ("G", Level.GUBERNUR, prov),
                ("A", Level.JPT_PRATAMA, a),
                ("AB", Level.ADMINISTRATOR, a_bidang),
                ("B", Level.JPT_PRATAMA, b),
            )
        }
        r1 = RpjmdGoal(
            code="S1", text="Meningkatnya kualitas layanan", period_start=2025, period_end=2029
        )
        s.add(r1)
        # The Gubernur's own sasaran (linked too) is the RPJMD's, not a unit's: left out.
        _iku(s, _goal(s, prov, people["G"], "Sasaran gubernur", rpjmd_goal=r1), "G", "10", "1")
        # A: two linked IKU fully achieved (one in its bidang); B: one at 50 %.
        _iku(s, _goal(s, a, people["A"], "Layanan A", rpjmd_goal=r1), "A1", "10", "10")
        _iku(s, _goal(s, a_bidang, people["AB"], "Layanan bidang", rpjmd_goal=r1), "A2", "4", "4")
        b_goal = _goal(s, b, people["B"], "Layanan B", rpjmd_goal=r1)
        _iku(s, b_goal, "B1", "10", "5")
        _iku(s, b_goal, "B2 belum ada realisasi", "10", None)
        # Not linked: the same sasaran text in both dinas, spelled a little differently.
        _iku(s, _goal(s, a, people["A"], "Meningkatnya  tata kelola"), "A3", "10", "8")
        _iku(s, _goal(s, b, people["B"], "meningkatnya tata kelola"), "B3", "10", "6")


def test_nilai_sasaran_rpjmd_pools_every_units_iku(db: Database) -> None:
    _province(db)
    values = province_rpjmd.rpjmd_values(db, 2025, "TW4")
    assert [(v.code, v.text) for v in values] == [
        ("S1", "Meningkatnya kualitas layanan"),
        (None, "Meningkatnya tata kelola"),
    ]
    s1, text_group = values
    # Pooled: (100 + 100 + 50) / 3 = 83,33 — the mean of the units' values would be 75.
    assert (s1.indicators, s1.available) == (4, 3)
    assert s1.score is not None and round(s1.score, 2) == D("83.33")
    assert [(u.unit_code, u.score, u.indicators, u.available) for u in s1.units] == [
        ("A", D(100), 2, 2),
        ("B", D(50), 2, 1),
    ]
    assert s1.linked and not text_group.linked
    assert text_group.score == D(70) and [u.unit_code for u in text_group.units] == ["A", "B"]
    assert province_rpjmd.rpjmd_values(db, 2024) == []


def test_an_iku_linked_to_an_rpjmd_iku_counts_towards_that_iku_s_sasaran(db: Database) -> None:
    from sqlalchemy import select

    from app.models import RpjmdIndicator

    _province(db)
    with db.transaction("Tautan IKU RPJMD") as s:
        r2 = RpjmdGoal(
            code="S2", text="Meningkatnya tata kelola", period_start=2025, period_end=2029
        )
        iku = RpjmdIndicator(code="IKR-2", rpjmd_goal=r2, name="Indeks Reformasi Birokrasi")
        s.add_all([r2, iku])
        s.flush()
        for indicator in s.scalars(select(Indicator).where(Indicator.name.in_(("A3", "B1")))):
            indicator.rpjmd_indicator_id = iku.id
    by_code = {v.code or v.text: v for v in province_rpjmd.rpjmd_values(db, 2025, "TW4")}
    # B1 leaves S1 (its sasaran's link) for S2; A3 leaves the text group for S2.
    s1, s2 = by_code["S1"], by_code["S2"]
    assert (s1.indicators, s1.available, s1.score) == (3, 2, D(100))
    assert (s2.indicators, s2.available, s2.score) == (2, 2, D(65))  # (50 + 80) / 2
    assert [(u.unit_code, u.score) for u in s2.units] == [("A", D(80)), ("B", D(50))]
    assert by_code["meningkatnya tata kelola"].score == D(60)  # B3 alone, spelled as B does

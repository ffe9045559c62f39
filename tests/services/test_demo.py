"""The demo database holds the seeds' real agreements, as printed."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Agreement, CascadeLink, Goal, Indicator, Ksd, Official, Program
from app.models.database import Database
from app.models.enums import AgreementStatus, GoalCategory, Period
from app.services.demo import demo_files, load_demo
from app.services.errors import InvalidInput


def _agreement(session, owner: str, year: int) -> Agreement:
    return session.scalars(
        select(Agreement)
        .join(Official, Agreement.owner_id == Official.id)
        .where(Official.name == owner, Agreement.year == year)
    ).one()


def test_bkd_2024_matches_seed_001(demo_db: Database) -> None:
    with demo_db.session() as s:
        pk = _agreement(s, "Maria Qibtya", 2024)
        assert pk.owner.nip == "196507191985032002"
        assert pk.superior.name == "Heru Budi Hartono"
        assert pk.status is AgreementStatus.FINAL and pk.signing_place == "Jakarta"
        by_category = {
            c: [i for g in pk.goals if g.category is c for i in g.indicators]
            for c in (GoalCategory.STRATEGIS, GoalCategory.KHUSUS, GoalCategory.OPERASIONAL)
        }
        assert [len(v) for v in by_category.values()] == [2, 9, 3]
        merit = next(
            i
            for i in by_category[GoalCategory.STRATEGIS]
            if i.name == "Indeks sistem merit pada aspek dan sub aspek lingkup BKD"
        )
        assert merit.value(Period.ANNUAL).target == Decimal("319.53")
        assert merit.value(Period.TW4).target == Decimal("319.53")
        for quarter in (Period.TW1, Period.TW2, Period.TW3):
            assert merit.value(quarter).target is None  # N/A, not 0
        assert merit.unit_of_measure == "Nilai" and merit.source_system == "e-SAKIP"
        assert "Peraturan Menteri Pendayagunaan Aparatur Negara" in merit.measurement_text
        assert "Aplikasi Si PINTER (KASN)" in merit.measurement_text
        assert len(merit.action_plans) >= 2
        criterion = merit.action_plans[1].criteria[0]
        assert criterion.outputs[0].due_quarter in (1, 2, 3, 4)
        sources = {i.source_system for v in by_category.values() for i in v}
        assert {"e-SAKIP", "e-Kinerja", "CRM"} <= sources


def test_walikota_2020_matches_seed_004(demo_db: Database) -> None:
    with demo_db.session() as s:
        pk = _agreement(s, "Rustam Effendi", 2020)
        assert pk.owner.nip == "196010131983121001"
        assert pk.superior.name.startswith("Anies Rasyid Baswedan")
        budgets = [p.budget for p in pk.programs]
        assert budgets[0] == Decimal("8797819537")
        assert sum(budgets) == Decimal("699599214926")
        assert len(budgets) == 5 and all(isinstance(b, Decimal) for b in budgets)
        assert sum(len(g.indicators) for g in pk.goals) == 20


def test_walikota_2024_cascade_matches_seed_002(demo_db: Database) -> None:
    with demo_db.session() as s:
        walikota = _agreement(s, "Uus Kuswanto", 2024)
        assert walikota.owner.nip == "197301211993031004"
        asisten = s.scalars(
            select(Agreement)
            .join(Official, Agreement.owner_id == Official.id)
            .where(Official.superior_id == walikota.owner_id, Agreement.year == 2024)
        ).all()
        assert len(asisten) == 3
        parent_ids = {i.id for g in walikota.goals for i in g.indicators}
        links = s.scalars(
            select(CascadeLink).where(CascadeLink.parent_indicator_id.in_(parent_ids))
        ).all()
        assert links, "the Walikota's indicators are cascaded to the Asisten"
        receivers = {link.child_indicator.goal.agreement.id for link in links}
        assert {a.id for a in asisten} <= receivers  # every Asisten gets ticked indicators
        ksd = s.scalars(select(Ksd).where(Ksd.year == 2024)).all()
        assert len(ksd) >= 10
        first = min(ksd, key=lambda k: k.position)
        assert first.ksd_number == "10"
        assert [m.month for m in first.months] == [3, 6, 9]


def test_kaltara_example_uses_seed_003_numbers(demo_db: Database) -> None:
    with demo_db.session() as s:
        pk = s.scalars(select(Agreement).where(Agreement.profile_code == "kaltara")).one()
        assert pk.signing_place == "Tanjung Selor"
        raw = next(i for g in pk.goals for i in g.indicators if i.locations)
        tw4 = [v for loc in raw.locations for v in loc.values if v.period is Period.TW4]
        # As the seed writes them: each unit's target and realisation in the IKU's unit (%),
        # the plan and realised amounts (Rp M) as raw data.
        assert [(v.target, v.actual) for v in tw4] == [
            (Decimal(100), Decimal(x)) for x in (100, 100, 80, 100, 100, 80)
        ]
        assert [(v.numerator, v.denominator) for v in tw4] == [
            (Decimal(a), Decimal(t))
            for a, t in zip((36, 30, 20, 12, 8, 4), (36, 30, 25, 12, 8, 5), strict=True)
        ]


def test_demo_indicators_all_carry_metadata_and_realisations(demo_db: Database) -> None:
    with demo_db.session() as s:
        indicators = s.scalars(select(Indicator).join(Goal)).all()
        assert len(indicators) >= 170
        assert all(i.polarity and i.period_consolidation and i.measuring_period for i in indicators)
        with_actuals = [i for i in indicators if any(v.actual is not None for v in i.values)]
        assert len(with_actuals) > len(indicators) * 0.8
        assert s.scalars(select(Program)).first() is not None


def test_a_broken_demo_file_loads_nothing(db: Database, tmp_path: Path) -> None:
    source = json.loads(demo_files()[0].read_text(encoding="utf-8"))
    source["officials"][0]["nip"] = "12345"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(source), encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"broken\.json.*18 angka"):
        load_demo(db, [broken])
    with db.session() as s:
        assert s.scalars(select(Agreement)).first() is None

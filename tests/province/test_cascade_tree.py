"""The province-wide cascade tree (SPEC §8, §9): Gubernur → JPT Madya → Kepala Perangkat
Daerah → …, following who signed with whom, on both backends."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from app.engine.enums import CascadeMethod, Level
from app.models import Agreement, CascadeLink, Goal, Indicator, Official, Unit
from app.models.database import Database
from app.models.enums import AgreementStatus, GoalCategory, UnitKind
from app.services import province_tree
from tests.province.test_rpjmd import _iku


def _province(db: Database) -> None:
    with db.transaction("Provinsi berjenjang") as s:
        prov = Unit(code="PROV", name="Provinsi", kind=UnitKind.GOVERNMENT)
        a = Unit(code="A", name="Dinas A", kind=UnitKind.PERANGKAT_DAERAH, parent=prov)
        a_bidang = Unit(code="A-B1", name="Bidang A1", kind=UnitKind.BIDANG, parent=a)
        b = Unit(code="B", name="Dinas B", kind=UnitKind.PERANGKAT_DAERAH, parent=prov)

        def official(name: str, level: Level, unit: Unit, superior: Official | None) -> Official:
            person = Official(
                name=name,
                position_title=f"Jabatan {name}",
                level=level,
                unit=unit,
                superior=superior,
            )
            s.add(person)
            return person

        governor = official("Gubernur", Level.GUBERNUR, prov, None)
        sekda = official("Sekda", Level.JPT_MADYA, prov, governor)
        head_a = official("Kadis A", Level.JPT_PRATAMA, a, sekda)
        head_ab = official("Kabid A1", Level.ADMINISTRATOR, a_bidang, head_a)
        head_b = official("Kadis B", Level.JPT_PRATAMA, b, sekda)
        official("Staf A", Level.PELAKSANA, a, head_a)  # no agreement, nobody under: not shown

        def agreement(unit: Unit, owner: Official, superior: Official | None, status) -> Goal:
            pk = Agreement(
                year=2025,
                profile_code="dki",
                unit=unit,
                owner=owner,
                superior=superior,
                status=status,
            )
            goal = Goal(agreement=pk, category=GoalCategory.STRATEGIS, text="Sasaran")
            s.add_all([pk, goal])
            return goal

        agreement(prov, governor, None, AgreementStatus.SIGNED)
        # Kadis A signs with the Gubernur; Kadis B with the Sekda, who has no PK of his own.
        a_goal = agreement(a, head_a, governor, AgreementStatus.SIGNED)
        _iku(s, a_goal, "Layanan A", "10", "10")
        ab_goal = agreement(a_bidang, head_ab, head_a, AgreementStatus.DRAFT)
        _iku(s, ab_goal, "Layanan bidang", "10", "5")
        _iku(s, ab_goal, "Kegiatan bidang", "10", "5")
        agreement(b, head_b, sekda, AgreementStatus.FINAL)
        s.flush()
        parent, child = (
            s.scalars(select(Indicator.id).where(Indicator.name == n)).one()
            for n in ("Layanan A", "Layanan bidang")
        )
        s.add(
            CascadeLink(
                parent_indicator_id=parent, child_indicator_id=child, method=CascadeMethod.DIRECT
            )
        )


def _shape(node: province_tree.CascadeNode) -> tuple:
    return (node.name, tuple(_shape(c) for c in node.children))


def test_the_tree_follows_who_signed_with_whom(db: Database) -> None:
    _province(db)
    [root] = province_tree.cascade_tree(db, 2025)
    assert _shape(root) == (
        "Gubernur",
        (("Sekda", (("Kadis B", ()),)), ("Kadis A", (("Kabid A1", ()),))),
    )
    assert root.count() == 5
    sekda, head_a = root.children
    assert sekda.agreement_id is None and sekda.level == "jpt_madya"
    assert (head_a.status, head_a.indicators, head_a.cascaded) == ("signed", 1, 0)
    assert head_a.score == Decimal(100) and head_a.unit_code == "A"
    [bidang] = head_a.children
    assert (bidang.status, bidang.indicators, bidang.cascaded) == ("draft", 2, 1)
    assert bidang.score == Decimal(50) and bidang.parent is head_a
    assert sekda.children[0].status == "final" and sekda.children[0].score is None
    assert province_tree.cascade_tree(db, 2025, as_of=None)[0].children[1].score is None
    assert province_tree.cascade_tree(db, 2024) == []

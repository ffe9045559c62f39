"""Rencana Aksi and KSD: editing, numbering, the key-phase skeleton and rule action_plan_gap."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.models import Agreement, Indicator, Official
from app.models.database import Database
from app.models.enums import AgreementStatus
from app.services import planning, scoring
from app.services.errors import InvalidInput
from app.services.ksd_table import ksd_table


@pytest.fixture
def bkd_indicator(demo_db: Database) -> str:
    with demo_db.session() as s:
        pk = s.scalars(
            select(Agreement)
            .join(Official, Agreement.owner_id == Official.id)
            .where(Official.name == "Maria Qibtya")
        ).one()
        indicator = next(i for g in pk.goals for i in g.indicators if not i.action_plans)
    with demo_db.transaction("back to draft") as s:
        s.get(Agreement, pk.id).status = AgreementStatus.DRAFT
    return indicator.id


def _gap_findings(db: Database, indicator_id: str) -> list:
    with db.session() as s:
        agreement_id = s.get(Indicator, indicator_id).goal.agreement_id
    return [f for f in scoring.agreement_findings(db, agreement_id) if f.rule == "action_plan_gap"]


def test_skeleton_creates_the_key_phases_and_clears_the_hint(
    demo_db: Database, bkd_indicator: str
) -> None:
    planning.add_action_plan(demo_db, bkd_indicator, text="Penyusunan rancangan kebijakan")
    hints = [f for f in _gap_findings(demo_db, bkd_indicator) if f.indicator_id == bkd_indicator]
    assert hints and hints[0].severity.value == "hint"
    planning.create_phase_skeleton(demo_db, bkd_indicator)
    tree = planning.action_plan_tree(demo_db, bkd_indicator)
    assert [p.number for p in tree.plans] == ["RA1", "RA2", "RA3", "RA4", "RA5"]
    assert tree.plans[1].criteria[0].outputs[0].number == "T/O2.1.1"
    assert tree.quarters_covered == {1, 2, 3, 4}
    assert not [f for f in _gap_findings(demo_db, bkd_indicator) if f.indicator_id == bkd_indicator]


def test_a_quarter_without_outputs_is_a_warning_until_filled(demo_db: Database) -> None:
    with demo_db.session() as s:
        pk = s.scalars(select(Agreement).where(Agreement.profile_code == "kaltara")).one()
        indicator = pk.goals[0].indicators[0].id
    with demo_db.transaction("draft") as s:
        s.get(Agreement, pk.id).status = AgreementStatus.DRAFT
    plan = planning.add_action_plan(demo_db, indicator, text="Pelaksanaan kegiatan")
    criterion = planning.add_criterion(demo_db, plan, text="Terlaksananya kegiatan")
    planning.add_output(demo_db, criterion, text="Laporan TW1", due_quarter=1)
    warnings = [
        f
        for f in scoring.agreement_findings(demo_db, pk.id)
        if f.rule == "action_plan_gap" and f.severity.value == "warning"
    ]
    quarters = {f.params["quarter"] for f in warnings}
    assert {2, 3, 4} <= quarters and 1 not in quarters
    for quarter in (2, 3, 4):
        planning.add_output(demo_db, criterion, text=f"Laporan TW{quarter}", due_quarter=quarter)
    assert not [
        f
        for f in scoring.agreement_findings(demo_db, pk.id)
        if f.rule == "action_plan_gap" and f.severity.value == "warning"
    ]


def test_move_remove_and_restore_renumber(demo_db: Database, bkd_indicator: str) -> None:
    plan = planning.add_action_plan(demo_db, bkd_indicator, text="RA satu")
    kk = planning.add_criterion(demo_db, plan, text="KK satu")
    first = planning.add_output(demo_db, kk, text="T/O a", due_quarter=1)
    second = planning.add_output(demo_db, kk, text="T/O b", due_quarter=2)
    planning.move_node(demo_db, "output", second, -1)
    outputs = planning.action_plan_tree(demo_db, bkd_indicator).plans[0].criteria[0].outputs
    assert [(o.number, o.text) for o in outputs] == [("T/O1.1.1", "T/O b"), ("T/O1.1.2", "T/O a")]
    planning.remove_node(demo_db, "criterion", kk)
    assert planning.action_plan_tree(demo_db, bkd_indicator).plans[0].criteria == ()
    planning.restore_node(demo_db, "criterion", kk)
    restored = planning.action_plan_tree(demo_db, bkd_indicator).plans[0].criteria[0]
    assert [o.id for o in restored.outputs] == [second, first]
    assert planning.update_node_text(demo_db, "action_plan", plan, "RA baru") == "RA satu"


def test_finalised_plans_change_only_with_a_reason(demo_db: Database, bkd_indicator: str) -> None:
    plan = planning.add_action_plan(demo_db, bkd_indicator, text="RA")
    with demo_db.session() as s:
        agreement_id = s.get(Indicator, bkd_indicator).goal.agreement_id
    with demo_db.transaction("final") as s:
        s.get(Agreement, agreement_id).status = AgreementStatus.FINAL
    with pytest.raises(InvalidInput, match="dengan alasan"):
        planning.update_node_text(demo_db, "action_plan", plan, "RA diubah")
    planning.update_node_text(
        demo_db, "action_plan", plan, "RA diubah", change_reason="regulation_change"
    )
    assert planning.action_plan_tree(demo_db, bkd_indicator).plans[0].text == "RA diubah"


def test_ksd_month_targets_round_trip(demo_db: Database) -> None:
    with demo_db.session() as s:
        unit_id = s.scalars(
            select(Agreement.unit_id)
            .join(Official, Agreement.owner_id == Official.id)
            .where(Official.name == "Uus Kuswanto")
        ).one()
    rows = ksd_table(demo_db, unit_id, 2024).lines
    assert rows[0].ksd_number == "10" and [m.month for m in rows[0].months] == [3, 6, 9]
    ksd = planning.add_ksd(
        demo_db,
        unit_id,
        2024,
        name="PENINGKATAN TATA KELOLA",
        action_plan="Penyusunan laporan",
        ksd_number="10",
        related_agencies="INSPEKTORAT\nBAPPEDA",
    )
    planning.set_ksd_month(demo_db, ksd, 3, expected_output="Dokumen rancangan")
    planning.set_ksd_month(
        demo_db,
        ksd,
        12,
        expected_output="Laporan akhir",
        done=True,
        completed_on=dt.date(2024, 12, 20),
    )
    planning.set_ksd_month(demo_db, ksd, 3, expected_output=None)
    planning.set_ksd_month(demo_db, ksd, 3, expected_output="Dokumen final")
    row = next(r for r in ksd_table(demo_db, unit_id, 2024).lines if r.id == ksd)
    months = {m.month: (m.expected_output, m.done) for m in row.months}
    assert months == {3: ("Dokumen final", False), 12: ("Laporan akhir", True)}
    assert row.related_agencies == "INSPEKTORAT\nBAPPEDA"
    with pytest.raises(InvalidInput, match="1 sampai 12"):
        planning.set_ksd_month(demo_db, ksd, 13, expected_output="x")
    planning.move_ksd(demo_db, ksd, -100)
    assert ksd_table(demo_db, unit_id, 2024).lines[0].id == ksd
    planning.remove_ksd(demo_db, ksd)
    assert all(r.id != ksd for r in ksd_table(demo_db, unit_id, 2024).lines)


def test_the_reason_for_a_change_after_finalisation_is_kept(
    demo_db: Database, bkd_indicator: str
) -> None:
    plan = planning.add_action_plan(demo_db, bkd_indicator, text="RA")
    criterion = planning.add_criterion(demo_db, plan, text="KK")
    with demo_db.session() as s:
        agreement_id = s.get(Indicator, bkd_indicator).goal.agreement_id
    with demo_db.transaction("final") as s:
        s.get(Agreement, agreement_id).status = AgreementStatus.FINAL
    planning.update_node_text(
        demo_db, "criterion", criterion, "KK baru", change_reason="leadership_policy"
    )
    added = planning.add_action_plan(
        demo_db, bkd_indicator, text="RA tambahan", change_reason="regulation_change"
    )
    with demo_db.session() as s:
        from app.models import ActionPlan, SuccessCriterion

        assert s.get(SuccessCriterion, criterion).change_reason.value == "leadership_policy"
        assert s.get(ActionPlan, added).change_reason.value == "regulation_change"
        assert s.get(ActionPlan, plan).change_reason is None

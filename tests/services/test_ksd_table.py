"""The KSD editor's read model, its IKU choices and the undo helpers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.models import Agreement, Official
from app.models.database import Database
from app.models.enums import AgreementStatus
from app.services import matrix, planning, undo, unit_context
from app.services.ksd_table import ksd_indicator_choices, ksd_table


def _walikota(db: Database) -> Agreement:
    with db.session() as s:
        return s.scalars(
            select(Agreement)
            .join(Official, Agreement.owner_id == Official.id)
            .where(Official.name == "Uus Kuswanto", Agreement.year == 2024)
        ).one()


def test_ksd_table_months_with_dates_links_and_restore(demo_db: Database) -> None:
    pk = _walikota(demo_db)
    table = ksd_table(demo_db, pk.unit_id, 2024)
    assert table.unit_code == "JAKBAR" and len(table.lines) == 12
    first = table.lines[0]
    assert [m.month for m in first.months] == [3, 6, 9] and first.due_count == 3
    planning.set_ksd_month(
        demo_db,
        first.id,
        3,
        expected_output="Dokumen",
        done=True,
        completed_on=dt.date(2024, 3, 28),
    )
    choices = ksd_indicator_choices(demo_db, pk.unit_id, 2024)
    assert choices[0].owner == "Uus Kuswanto"  # the unit's own PK first
    assert any(c.owner == "Rina Marlina Hutapea" for c in choices)  # and its sub-units
    planning.update_ksd(demo_db, first.id, indicator_id=choices[0].id)
    line = ksd_table(demo_db, pk.unit_id, 2024).lines[0]
    assert line.month(3).completed_on == dt.date(2024, 3, 28) and line.done_count == 1
    assert line.indicator_label.startswith("Uus Kuswanto · 1.") and not line.locked
    with demo_db.transaction("signed") as s:
        s.get(Agreement, pk.id).status = AgreementStatus.SIGNED
    assert ksd_table(demo_db, pk.unit_id, 2024).lines[0].locked

    planning.remove_ksd(demo_db, first.id)
    assert ksd_table(demo_db, pk.unit_id, 2024).lines[0].id != first.id
    undo.restore_ksd(demo_db, first.id)
    assert ksd_table(demo_db, pk.unit_id, 2024).lines[0].id == first.id
    years = unit_context.unit_years(demo_db, pk.unit_id)
    assert years.code == "JAKBAR" and years.years == (2024, 2020)


def test_untick_then_restore_brings_the_same_child_back(demo_db: Database) -> None:
    pk = _walikota(demo_db)
    grid = matrix.cascade_matrix(demo_db, pk.id)
    row, column = next(
        (r, c) for r in grid.rows for c in grid.columns if grid.cell(r.indicator_id, c.agreement_id)
    )
    cell = grid.cell(row.indicator_id, column.agreement_id)
    matrix.untick(demo_db, row.indicator_id, column.agreement_id)
    assert matrix.cascade_matrix(demo_db, pk.id).cell(row.indicator_id, column.agreement_id) is None
    undo.restore_cascade(demo_db, cell.link_id)
    again = matrix.cascade_matrix(demo_db, pk.id).cell(row.indicator_id, column.agreement_id)
    assert again.child_indicator_id == cell.child_indicator_id


def test_skeleton_removed_and_restored_in_one_step(demo_db: Database) -> None:
    pk = _walikota(demo_db)
    with demo_db.session() as s:
        indicator = next(
            i.id for g in s.get(Agreement, pk.id).goals for i in g.indicators if not i.action_plans
        )
    created = planning.create_phase_skeleton(demo_db, indicator)
    undo.remove_action_plans(demo_db, created)
    assert planning.action_plan_tree(demo_db, indicator).plans == ()
    undo.restore_action_plans(demo_db, created)
    tree = planning.action_plan_tree(demo_db, indicator)
    assert [p.number for p in tree.plans] == ["RA1", "RA2", "RA3", "RA4"]
    assert tree.quarters_covered == {1, 2, 3, 4}

"""The cascading matrix of seed 002 and the quarterly dashboard, on the demo database."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import event, select

from app.cli import main
from app.models import Agreement, Indicator, Official
from app.models.database import Database
from app.services import agreements, dashboard, matrix, scoring
from app.services.errors import InvalidInput


def _agreement_of(db: Database, owner: str, year: int = 2024) -> str:
    with db.session() as s:
        return s.scalars(
            select(Agreement.id)
            .join(Official, Agreement.owner_id == Official.id)
            .where(Official.name == owner, Agreement.year == year)
        ).one()


def test_walikota_matrix_reproduces_the_seed_002_ticks(demo_db: Database) -> None:
    walikota = _agreement_of(demo_db, "Uus Kuswanto")
    grid = matrix.cascade_matrix(demo_db, walikota)
    assert len(grid.rows) == 16
    titles = " ".join(c.position_title for c in grid.columns)
    assert "Asisten" in titles and len(grid.columns) == 3
    first_row = grid.rows[0]
    assert first_row.name == "Indeks Kepuasan Layanan Kota Administrasi"
    # seed 002 lampiran I: sasaran 1 is ticked for all three Asisten
    assert all(grid.cell(first_row.indicator_id, c.agreement_id) for c in grid.columns)
    assert [grid.cell(first_row.indicator_id, c.agreement_id).text for c in grid.columns] == [
        "✓"
    ] * 3


def test_a_new_tick_creates_the_subordinate_indicator_with_copied_metadata(
    demo_db: Database,
) -> None:
    walikota = _agreement_of(demo_db, "Uus Kuswanto")
    grid = matrix.cascade_matrix(demo_db, walikota)
    row, column = next(
        (r, c)
        for r in grid.rows
        for c in grid.columns
        if grid.cell(r.indicator_id, c.agreement_id) is None
    )
    child_id = matrix.tick(demo_db, row.indicator_id, column.agreement_id, method="direct")
    with demo_db.session() as s:
        parent = s.get(Indicator, row.indicator_id)
        child = s.get(Indicator, child_id)
        assert child.goal.agreement_id == column.agreement_id
        for field in (
            "name",
            "unit_of_measure",
            "definition",
            "formula",
            "polarity",
            "period_consolidation",
            "measuring_period",
        ):
            assert getattr(child, field) == getattr(parent, field), field
        assert [v.target for v in sorted(child.values, key=lambda v: v.period.value)] == [
            v.target for v in sorted(parent.values, key=lambda v: v.period.value)
        ]
    after = matrix.cascade_matrix(demo_db, walikota)
    assert after.cell(row.indicator_id, column.agreement_id).child_indicator_id == child_id
    matrix.set_cell_note(demo_db, row.indicator_id, column.agreement_id, "(PKK, Posyandu)")
    assert (
        matrix.cascade_matrix(demo_db, walikota).cell(row.indicator_id, column.agreement_id).text
        == "(PKK, Posyandu)"
    )
    matrix.untick(demo_db, row.indicator_id, column.agreement_id)
    assert (
        matrix.cascade_matrix(demo_db, walikota).cell(row.indicator_id, column.agreement_id) is None
    )


def test_indirect_shares_not_adding_up_are_a_cascade_mismatch(demo_db: Database) -> None:
    walikota = _agreement_of(demo_db, "Uus Kuswanto")
    grid = matrix.cascade_matrix(demo_db, walikota)
    goal = grid.rows[0].goal_id
    new = agreements.add_indicator(
        demo_db,
        goal,
        name="Jumlah kegiatan kemasyarakatan",
        unit_of_measure="Kegiatan",
        polarity="maximize",
        period_consolidation="sum",
        measuring_period="quarterly",
        location_consolidation="sum",
        validity="proxy",
        control="moderate",
    )
    agreements.set_period_values(demo_db, new, "TW4", target=100)
    agreements.set_period_values(demo_db, new, "annual", target=100)
    row = next(r for r in matrix.cascade_matrix(demo_db, walikota).rows if r.indicator_id == new)
    for column, share in zip(grid.columns[:2], ("0.5", "0.3"), strict=True):
        matrix.tick(demo_db, row.indicator_id, column.agreement_id, method="indirect", share=share)
    findings = scoring.agreement_findings(demo_db, walikota)
    mismatches = [f for f in findings if f.rule == "cascade_mismatch"]
    assert mismatches and all(f.severity.value == "error" for f in mismatches)
    child_side = scoring.agreement_findings(demo_db, grid.columns[0].agreement_id)
    assert any(f.rule == "cascade_mismatch" for f in child_side)
    with pytest.raises(InvalidInput, match="sudah di-cascade"):
        matrix.tick(demo_db, row.indicator_id, grid.columns[0].agreement_id, method="direct")


def _statements_of_check(db: Database) -> tuple[int, int]:
    """(SQL statements, cascade_mismatch findings) of checking every agreement."""
    sent = []
    listener = lambda *args: sent.append(1)  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        found = scoring.findings_for(db, today=dt.date(2024, 10, 15))
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    return len(sent), sum(f.rule == "cascade_mismatch" for fs in found.values() for f in fs)


def test_checking_every_agreement_reads_a_fixed_number_of_statements(demo_db: Database) -> None:
    """A province has tens of thousands of cascade links: both sides of each are read with
    the rest, never loaded link by link (that took minutes; the demo alone sent 441)."""
    before, mismatches = _statements_of_check(demo_db)
    walikota = _agreement_of(demo_db, "Uus Kuswanto")
    grid = matrix.cascade_matrix(demo_db, walikota)
    for n in range(3):
        new = agreements.add_indicator(
            demo_db,
            grid.rows[0].goal_id,
            name=f"Jumlah kegiatan kemasyarakatan {n}",
            unit_of_measure="Kegiatan",
            polarity="maximize",
            period_consolidation="sum",
            location_consolidation="sum",
        )
        agreements.set_period_values(demo_db, new, "annual", target=100)
        for column in grid.columns:  # indirect, the shares not adding up to the whole
            matrix.tick(demo_db, new, column.agreement_id, method="indirect", share="0.2")
    after, more_mismatches = _statements_of_check(demo_db)
    assert more_mismatches > mismatches
    assert after == before <= 30


# BKD 2024 (seed 001 targets, demo realisations), worked by hand with seed 003's Maximize
# formula R / T x 100 capped at 100, consolidated to TW2 per IKU (Last: TW2 alone; Average:
# mean of the due quarters; Sum: TW1 + TW2). IKU 1, 2, 5, 8, 11 are annual-only and 9 has no
# target before TW3: not due. Weights (DKI = Tabel 4.2): exact/moderate 21, proxy/moderate 14,
# proxy/high 11.
BKD_TW2_BY_HAND = {
    3: ("93.99 / 94", Decimal("99.99"), 21),
    4: ("96.07 / 100", Decimal("96.07"), 14),
    6: ("24.81 / 25", Decimal("99.24"), 11),
    7: ("28.38 / 30", Decimal("94.60"), 14),
    10: ("47.28 / 50", Decimal("94.56"), 11),
    12: ("97.62 / 100", Decimal("97.62"), 11),
    13: ("100 / 100", Decimal("100"), 14),
    14: ("(25.3 + 22.78) / (25 + 25)", Decimal("96.16"), 14),
}
# Nilai Kinerja = Σ capaian x weight / Σ weight = 10721.02 / 110 = 97.46 (TW2);
# TW1 = (99.07x14 + 4.51/5x11 + 99.93x11 + 100x14 + min(25.3/25, 100)x14) / 64 = 98.10.
BKD_TW2_OVERALL = Decimal("97.46")
BKD_TW1_OVERALL = Decimal("98.10")


def test_dashboard_numbers_equal_the_seed_worked_by_hand(demo_db: Database) -> None:
    board = dashboard.unit_dashboard(demo_db, "BKD", 2024, "TW2", today=dt.date(2024, 1, 10))
    capaian = {n: line.capaian for n, line in enumerate(board.indicators, start=1)}
    for number in range(1, 15):
        if number in BKD_TW2_BY_HAND:
            assert round(capaian[number], 2) == BKD_TW2_BY_HAND[number][1], number
        else:
            assert capaian[number] is None, number
    assert round(board.overall, 2) == BKD_TW2_OVERALL
    assert sum(w for _, _, w in BKD_TW2_BY_HAND.values()) == 110
    assert round(board.overall_trend[0], 2) == BKD_TW1_OVERALL
    assert board.overall_trend[3] is None  # no TW4 realisation yet


def test_dashboard_numbers_equal_the_score_command(demo_db: Database, demo_db_path, capsys) -> None:
    board = dashboard.unit_dashboard(demo_db, "BKD", 2024, "TW2", today=dt.date(2024, 1, 10))
    assert board.owner == "Maria Qibtya" and len(board.indicators) == 14
    assert len(board.overall_trend) == 4 and board.overall_trend[1] == board.overall
    assert board.coverage.get("final", 0) >= 1
    assert all(i.trend[1] == i.capaian for i in board.indicators)
    demo_db.close()
    argv = ["score", "--db", str(demo_db_path), "--unit", "BKD", "--period", "TW2", "--json"]
    assert main(argv) == 0
    report = json.loads(capsys.readouterr().out)["agreements"][0]
    assert report["overall"]["score"] == float(BKD_TW2_OVERALL) == float(round(board.overall, 2))
    by_id = {i.indicator_id: i for i in board.indicators}
    for indicator_id, line in report["indicators"].items():
        expected = by_id[indicator_id].capaian
        assert line["achievement"] == (None if expected is None else float(round(expected, 2)))


def test_semester_one_reaching_the_annual_target_warns(demo_db: Database) -> None:
    pk = _agreement_of(demo_db, "Maria Qibtya")
    with demo_db.session() as s:
        indicator = next(
            i
            for g in s.get(Agreement, pk).goals
            for i in g.indicators
            if i.period_consolidation.value == "last"
            and any(v.target is not None and v.period.value == "TW2" for v in i.values)
        )
    with demo_db.transaction("draft again") as s:
        s.get(Agreement, pk).status = s.get(Agreement, pk).status.DRAFT
    annual = next(v.target for v in indicator.values if v.period.value == "annual")
    agreements.set_period_values(demo_db, indicator.id, "TW2", actual=annual + Decimal(1))
    board = dashboard.unit_dashboard(demo_db, "BKD", 2024, "TW2")
    assert any(w.rule == "addendum_rule" and w.indicator_id == indicator.id for w in board.warnings)

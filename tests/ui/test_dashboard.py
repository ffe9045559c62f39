"""The unit dashboard: the same numbers as `pk-desk score`, the S1 ≥ annual warning, coverage
and deadlines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.services import agreements, scoring

from app.ui.widgets.number_entry import show_percent

from .planning_helpers import agreement_id_of, planning_env, unit_id_of

__all__ = ["planning_env"]


def _view(env, qtbot, unit="BKD", today=dt.date(2024, 1, 10)):  # type: ignore[no-untyped-def]
    from app.ui.dashboard.dashboard_view import DashboardView

    view = env.make(DashboardView)
    view.today = today
    with qtbot.waitSignal(view.updated, timeout=20000):
        view.load(unit_id_of(env.db, unit))
    return view


def test_dashboard_numbers_equal_score_agreement(planning_env, qtbot, qtmodeltester):
    env = planning_env
    view = _view(env, qtbot)
    qtmodeltester.check(view.goal_model)
    qtmodeltester.check(view.risk_model)
    qtmodeltester.check(view.notice_model)
    bkd = agreement_id_of(env.db, "Maria Qibtya")
    score = scoring.score_agreement(env.db, bkd, "TW2")
    assert view.board.owner == "Maria Qibtya"
    # Worked by hand from the BKD targets (seed 001) and the demo realisations, with the DKI
    # weights: Σ capaian x weight / Σ weight = 10721,02 / 110 (see tests/services/
    # test_matrix_dashboard.py for each IKU's line).
    assert view.overall_card.value.text() == "97,46"
    assert view.overall_card.value.text() == show_percent(score.overall)
    by_id = {s.indicator_id: s for s in score.indicator_scores()}
    bars = view.capaian_chart.bars
    assert len(bars) == 14
    by_hand = {3: "99.99", 4: "96.07", 6: "99.24", 7: "94.60", 10: "94.56", 12: "97.62"}
    by_hand |= {13: "100", 14: "96.16"}  # IKU 1, 2, 5, 8, 9, 11: not due in TW2
    assert [None if b.value is None else round(b.value, 2) for b in bars] == [
        Decimal(by_hand[n]) if n in by_hand else None for n in range(1, 15)
    ]
    for line, bar in zip(view.board.indicators, bars, strict=True):
        assert bar.value == by_id[line.indicator_id].capaian
        assert bar.label == line.name
    goals = {g.goal_id: g.score for g in score.goals}
    for row in range(view.goal_model.rowCount()):
        line = view.goal_model.rows()[row]
        assert view.goal_model.index(row, 2).data() == show_percent(goals[line.goal_id])
    trend = [p.value for p in view.trend_chart.points]
    assert trend == [
        scoring.score_agreement(env.db, bkd, p).overall for p in ("TW1", "TW2", "TW3", "TW4")
    ]
    assert view.trend_chart.current == 1
    risky = [
        line for line in view.board.indicators if line.capaian is not None and line.capaian < 80
    ]
    assert view.risk_model.rowCount() == len(risky)
    assert view.risk_card.value.text() == str(len(risky))
    # the toolbar period drives the dashboard
    with qtbot.waitSignal(view.updated, timeout=20000):
        env.state.set_period("TW3")
    assert view.overall_card.value.text() == "97,94"  # 9402,34 / 96 by hand
    assert view.overall_card.value.text() == show_percent(
        scoring.score_agreement(env.db, bkd, "TW3").overall
    )
    assert "Triwulan III" in view.subtitle.text() and view.trend_chart.current == 2


def test_coverage_and_deadlines(planning_env, qtbot):
    view = _view(planning_env, qtbot)
    board = view.board
    assert board.coverage.get("final") == 1
    assert "Final: <b>1</b>" in view.coverage.text()
    assert board.deadlines and len(view.notice_messages()) >= len(board.deadlines)


def test_semester_one_reaching_the_annual_target_warns(planning_env, qtbot):
    env = planning_env
    bkd = agreement_id_of(env.db, "Maria Qibtya")
    from app.services import agreement_read

    detail = agreement_read.agreement_detail(env.db, bkd)
    indicator = next(
        i for g in detail.goals for i in g.indicators if i.number == "6"
    )  # Take Last Known, annual 100, TW2 25
    agreements.set_period_values(env.db, indicator.id, "TW2", actual=Decimal(101))
    view = _view(env, qtbot)
    messages = view.notice_messages()
    assert any(indicator.name[:30] in m and "addendum" in m.lower() for m in messages), messages
    assert view.board.warnings[0].rule == "addendum_rule"


def test_a_unit_without_agreements_says_so(planning_env, qtbot):
    from app.ui.dashboard.dashboard_view import DashboardView

    view = planning_env.make(DashboardView)
    view.load(unit_id_of(planning_env.db, "KALTARA-UPTD-KPH-MALINAU"))
    assert view.year is None
    assert "belum memiliki perjanjian kinerja" in view.empty.text()

"""The cascade tree on the demo database: navigation, search, lazy loading."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import search, tree

from app.ui.shell.cascade_tree_model import NODE_ROLE, CascadeTreeModel

from .helpers import BKD_PK


def test_open_demo_and_find_the_bkd_agreement_with_14_indicators(demo_window, qtbot, qtmodeltester):
    window = demo_window
    model = window.tree_pane.model
    assert window.select_path(BKD_PK)
    node = window.current_node()
    assert node.kind == tree.AGREEMENT and node.year == 2024
    index = window.tree_pane.tree.currentIndex()
    assert index.data(Qt.ItemDataRole.DisplayRole).startswith("PK 2024")
    # The tree: 14 sasaran under the PK, one IKU each.
    window.tree_pane.tree.expand(index)
    goals = [model.index(r, 0, index) for r in range(model.rowCount(index))]
    assert len(goals) == 14
    indicators = 0
    for goal in goals:
        if model.canFetchMore(goal):
            model.fetchMore(goal)
        indicators += model.rowCount(goal)
    assert indicators == 14
    # The agreement editor shows the same 14 IKU grouped by category.
    editor = window.agreement_editor
    assert window.editors.currentWidget() is editor
    assert editor.goal_model.indicator_count() == 14
    assert editor.goal_model.goal_count() == 14
    assert "Maria Qibtya" in editor.subtitle.text()
    qtmodeltester.check(editor.goal_model)
    # The tree model class, on its own instance: the tester walks (and so loads) every node.
    fresh = CascadeTreeModel(window.db, "TW4")
    qtmodeltester.check(fresh)
    assert fresh.loaded_count() >= model.loaded_count()


def test_search_box_opens_the_tree_at_the_hit(demo_window, qtbot, qtmodeltester):
    pane = demo_window.tree_pane
    qtbot.keyClicks(pane.search, "kepuasan layanan kepegawaian")
    qtbot.waitUntil(lambda: pane.results_model.rowCount() > 0)
    qtmodeltester.check(pane.results_model)
    assert pane.results.isVisible()
    assert "1 hasil" in pane.hint.text()
    qtbot.keyClick(pane.search, Qt.Key.Key_Return)
    node = demo_window.current_node()
    assert node is not None and node.kind == tree.INDICATOR
    assert node.label == "Indeks Kepuasan Layanan Kepegawaian"
    assert demo_window.editors.currentWidget() is demo_window.indicator_editor
    path = search.tree_path(demo_window.db, tree.INDICATOR, node.id)
    index = pane.tree.currentIndex()
    assert pane.tree.isExpanded(index.parent()) and len(path) == 6


def test_ctrl_f_focuses_the_search_box(demo_window, qtbot):
    demo_window.act_find.trigger()
    assert demo_window.tree_pane.search.hasFocus()


def test_capaian_colour_follows_the_period(demo_window, qtbot):
    window = demo_window
    indicator_id = search.resolve_tree_path(window.db, "BKD/Maria Qibtya/2024/3/3")[1]
    from decimal import Decimal

    from app.services import agreements

    agreements.set_period_values(window.db, indicator_id, "TW2", actual=Decimal("50"))
    window.set_period("TW2")
    assert window.select("indicator", indicator_id)
    index = window.tree_pane.tree.currentIndex()
    capaian = index.siblingAtColumn(1)
    qtbot.waitUntil(lambda: capaian.data(Qt.ItemDataRole.DisplayRole) == "53,19")
    assert capaian.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Kritis" in capaian.data(Qt.ItemDataRole.ToolTipRole)
    window.set_period("TW1")  # not due in TW1: no colour, the reason in the tooltip
    qtbot.waitUntil(lambda: "N/A" in index.data(Qt.ItemDataRole.ToolTipRole))
    assert capaian.data(Qt.ItemDataRole.DisplayRole) == ""
    assert index.data(NODE_ROLE).id == indicator_id


def test_an_empty_database_says_how_to_start(window_factory, db):
    window = window_factory(db)
    assert window.tree_pane.model.rowCount() == 0
    # The first-run page: start one's own office or open the demo (issue 10).
    page = window.setup.page
    assert page is not None and window.editors.currentWidget() is page
    assert page.start_button.text() == "Mulai kantor saya sendiri"
    assert page.demo_button.text() == "Buka demo"

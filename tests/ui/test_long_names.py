"""Long sasaran and IKU names are readable: wrapped in the goal table, whole in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.agreement.goal_table_model import GoalTableModel
from app.ui.widgets.labels import long_text_tip

from .helpers import BKD_PK

LONG = (
    "Meningkatnya kualitas pengelolaan data kepegawaian yang terintegrasi, mutakhir dan "
    "dapat dipertanggungjawabkan untuk mendukung pengambilan keputusan manajemen ASN di "
    "seluruh perangkat daerah Provinsi DKI Jakarta sampai tingkat kelurahan"
)


def test_tooltip_is_the_whole_text_wrapped():
    tip = long_text_tip("A < B & C")
    assert tip == "<p>A &lt; B &amp; C</p>"
    assert long_text_tip(None) == ""


def test_a_long_sasaran_wraps_and_its_tooltip_shows_it_whole(demo_window, qtbot):
    window = demo_window
    assert window.select_path(BKD_PK)
    editor = window.agreement_editor
    goal = editor.detail.goals[0]
    short = editor.detail.goals[1]
    model = editor.goal_model
    index = model.find("goal", goal.id).siblingAtColumn(GoalTableModel.COL_TEXT)
    assert model.setData(index, LONG)
    qtbot.waitUntil(lambda: editor.detail.goals[0].text == LONG)
    index = model.find("goal", goal.id).siblingAtColumn(GoalTableModel.COL_TEXT)
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "pengambilan keputusan manajemen ASN" in tip and tip.startswith("<p>")
    view = editor.goal_view
    short_index = model.find("goal", short.id).siblingAtColumn(GoalTableModel.COL_TEXT)
    qtbot.waitUntil(lambda: view.visualRect(index).height() > 0)
    one_line = view.visualRect(short_index).height()
    wrapped = view.visualRect(index).height()
    assert wrapped >= 2 * one_line - 4, (wrapped, one_line)
    # Widening a neighbouring column narrows the text; the row grows to keep it whole.
    header = view.header()
    header.resizeSection(GoalTableModel.COL_UNIT, header.sectionSize(GoalTableModel.COL_UNIT) + 120)
    qtbot.wait(300)
    qtbot.waitUntil(lambda: view.visualRect(index).height() > wrapped)
    indicator = goal.indicators[0]
    ind_index = model.find("indicator", indicator.id).siblingAtColumn(GoalTableModel.COL_TEXT)
    assert indicator.name in ind_index.data(Qt.ItemDataRole.ToolTipRole)

"""The agreement editor: sasaran and IKU table, parties, programs and scans, new PK."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from app.services import agreement_read, search, tree

from app.ui.agreement.goal_table_model import GoalTableModel

from .helpers import BKD_PK, type_into_cell


def _open(window):  # type: ignore[no-untyped-def]
    assert window.select_path(BKD_PK)
    editor = window.agreement_editor
    assert window.editors.currentWidget() is editor
    return editor


def test_add_goal_and_indicator_inline_then_undo_redo(demo_window, qtbot, qtmodeltester):
    window = demo_window
    editor = _open(window)
    model = editor.goal_model
    qtmodeltester.check(model)
    agreement_id = editor.detail.id
    # A new sasaran in the category of the selection, its text typed in place.
    editor.select_item("category", "operasional")
    editor.add_goal_button.click()
    qtbot.waitUntil(lambda: model.goal_count() == 15)
    new_goal = next(g for g in editor.detail.goals if g.text == "Sasaran baru")
    assert new_goal.category == "operasional"
    index = model.find("goal", new_goal.id).siblingAtColumn(GoalTableModel.COL_TEXT)
    # The new sasaran's text cell opens for typing by itself.
    qtbot.waitUntil(lambda: isinstance(editor.goal_view.indexWidget(index), QLineEdit))
    cell = editor.goal_view.indexWidget(index)
    cell.selectAll()
    qtbot.keyClicks(cell, "Meningkatnya kualitas data ASN")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(g.text == "Meningkatnya kualitas data ASN" for g in editor.detail.goals)
    )
    # An IKU under it; the tree gets the new nodes too.
    editor.select_item("goal", new_goal.id)
    window.act_add_indicator.trigger()
    qtbot.waitUntil(lambda: model.indicator_count() == 15)
    tree = window.tree_pane.model
    goal_index = tree.index_of("goal", new_goal.id)
    assert goal_index.isValid() and tree.total_count(goal_index) == 1
    assert agreement_read.agreement_detail(window.db, agreement_id).indicator_count() == 15
    # Undo: IKU, text, sasaran; redo brings all back.
    for _ in range(3):
        window.act_undo.trigger()
    qtbot.waitUntil(lambda: model.goal_count() == 14 and model.indicator_count() == 14)
    assert agreement_read.agreement_detail(window.db, agreement_id).indicator_count() == 14
    for _ in range(3):
        window.act_redo.trigger()
    qtbot.waitUntil(lambda: model.indicator_count() == 15)
    detail = agreement_read.agreement_detail(window.db, agreement_id)
    assert any(g.text == "Meningkatnya kualitas data ASN" for g in detail.goals)


def test_remove_and_move_with_undo(demo_window, qtbot):
    window = demo_window
    editor = _open(window)
    model = editor.goal_model
    first_goal = editor.detail.goals[0]
    indicator = first_goal.indicators[0]
    editor.select_item("indicator", indicator.id)
    editor.remove_button.click()
    qtbot.waitUntil(lambda: model.indicator_count() == 13)
    assert window.act_undo.text().endswith("Hapus IKU")
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: model.indicator_count() == 14)
    editor.select_item("goal", first_goal.id)
    editor.down_button.click()
    qtbot.waitUntil(lambda: editor.detail.goals[1].id == first_goal.id)
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: editor.detail.goals[0].id == first_goal.id)


def test_moving_a_goal_to_another_category(demo_window, qtbot):
    window = demo_window
    editor = _open(window)
    goal = next(g for g in editor.detail.goals if g.category == "khusus")
    editor.select_item("goal", goal.id)
    combo = editor.category_combo
    assert combo.isEnabled() and combo.currentData() == "khusus"
    combo.setCurrentIndex(combo.findData("strategis"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: editor.goal_model.goal_row(goal.id).category == "strategis")
    assert (
        editor.goal_model.find("goal", goal.id).parent().data().startswith("Sasaran Strategis (3)")
    )
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: editor.goal_model.goal_row(goal.id).category == "khusus")


def test_editing_the_annual_target_inline(demo_window, qtbot):
    editor = _open(demo_window)
    model = editor.goal_model
    indicator = editor.detail.goals[0].indicators[0]
    index = model.find("indicator", indicator.id).siblingAtColumn(GoalTableModel.COL_TARGET)
    assert index.data() == "319,53"
    type_into_cell(qtbot, editor.goal_view, index, "abc")
    qtbot.waitUntil(editor.message.isVisible)
    assert "bukan angka" in editor.message.text()
    type_into_cell(qtbot, editor.goal_view, index, "325,5")
    qtbot.waitUntil(
        lambda: model.find("indicator", indicator.id).siblingAtColumn(4).data() == "325,5"
    )
    assert not editor.message.isVisible()


def test_parties_with_acting_prefix_and_signing_date(demo_window, qtbot):
    window = demo_window
    editor = _open(window)
    editor.tabs.setCurrentIndex(editor.TAB_PARTIES)
    assert editor.superior.person.currentText() == "Heru Budi Hartono"
    assert editor.profile.currentText() == "DKI Jakarta"
    assert editor.profile.currentData() == "dki"
    assert editor.superior.title.text() == "Pj. Gubernur Daerah Khusus Ibukota Jakarta"
    prefix = editor.owner.prefix
    prefix.setCurrentIndex(prefix.findData("Plt."))
    prefix.activated.emit(prefix.currentIndex())
    qtbot.waitUntil(lambda: editor.detail.owner_prefix == "Plt.")
    assert "(Plt.)" in editor.subtitle.text()
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: editor.detail.owner_prefix is None)
    editor.place.setText("Jakarta Pusat")
    editor.place.editingFinished.emit()
    qtbot.waitUntil(lambda: editor.detail.signing_place == "Jakarta Pusat")


def test_programs_with_exact_rupiah_and_scans(demo_window, qtbot, qtmodeltester, tmp_path: Path):
    window = demo_window
    editor = _open(window)
    editor.tabs.setCurrentIndex(editor.TAB_PROGRAMS)
    editor.add_program_button.click()
    qtbot.waitUntil(lambda: editor.program_model.rowCount() == 1)
    qtmodeltester.check(editor.program_model)
    budget = editor.program_model.index(0, editor.program_model.COL_BUDGET)
    type_into_cell(qtbot, editor.program_view, budget, "8.797.819.537")
    qtbot.waitUntil(lambda: editor.detail.programs[0].budget == Decimal("8797819537"))
    assert editor.program_model.index(0, 2).data() == "Rp 8.797.819.537"
    assert editor.program_total.text().endswith("Rp 8.797.819.537")
    type_into_cell(qtbot, editor.program_view, editor.program_model.index(0, 2), "delapan")
    qtbot.waitUntil(editor.message.isVisible)
    assert editor.detail.programs[0].budget == Decimal("8797819537")

    scan = tmp_path / "PK-BKD-2024-ttd.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned signed copy")
    assert editor.attach_scan(str(scan))
    qtbot.waitUntil(lambda: editor.scan_model.rowCount() == 1)
    qtmodeltester.check(editor.scan_model)
    assert editor.scan_model.index(0, 0).data() == "PK-BKD-2024-ttd.pdf"
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: editor.scan_model.rowCount() == 0)


def test_ctrl_n_creates_a_draft_agreement_for_the_official(demo_window, qtbot):
    window = demo_window
    assert window.select_path("BKD/Maria Qibtya")
    assert window.act_new.isEnabled()
    assert window.act_new.shortcut().toString() == "Ctrl+N"
    window.act_new.trigger()
    dialog = window.findChild(QDialog, "newAgreementDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.year.value() == 2025
    assert dialog.superior.currentText() == "Heru Budi Hartono"
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    node = window.current_node()
    assert node.kind == "agreement" and node.year == 2025 and node.status == "draft"
    assert window.editors.currentWidget() is window.agreement_editor
    assert window.act_finalize.isEnabled()
    window.act_undo.trigger()
    official = search.resolve_tree_path(window.db, "BKD/Maria Qibtya")
    assert [n.year for n in tree.tree_children(window.db, *official)] == [2024]


def test_shortcuts(demo_window):
    window = demo_window
    assert window.act_undo.shortcut().toString() == "Ctrl+Z"
    assert [s.toString() for s in window.act_redo.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert window.act_save.shortcut().toString() == "Ctrl+S"
    assert window.act_find.shortcut().toString() == "Ctrl+F"
    assert window.act_recompute.shortcut().toString() == "F5"
    window.act_recompute.trigger()
    assert "Dihitung ulang" in window.statusBar().currentMessage()

"""Targets and realisations: live capaian, undo/redo, N/A, bad input."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from app.services import agreements, indicator_read, search

from app.ui.widgets.delegates import CHOICES_ROLE

from .helpers import SATISFACTION, open_cell_editor, type_into_cell


def _open(window, path=SATISFACTION):  # type: ignore[no-untyped-def]
    window.set_period("TW2")
    assert window.select_path(path)
    editor = window.indicator_editor
    assert window.editors.currentWidget() is editor
    return editor


def test_edit_target_updates_capaian_and_nilai_sasaran_then_undo_redo(
    demo_window, qtbot, qtmodeltester
):
    window = demo_window
    editor = _open(window)
    model = editor.values_model
    qtmodeltester.check(model)
    grid = editor.grid
    type_into_cell(qtbot, grid, model.cell("actual", "TW2"), "90")
    qtbot.waitUntil(lambda: model.text("actual", "TW2") == "90")
    assert model.text("capaian_to_date", "TW2") == "95,74"  # 90 / 94
    assert editor.summary_labels["goal"].text().find("95,74") >= 0

    type_into_cell(qtbot, grid, model.cell("target", "TW2"), "92,5")
    qtbot.waitUntil(lambda: model.text("target", "TW2") == "92,5")
    assert model.text("capaian_to_date", "TW2") == "97,30"  # 90 / 92,5
    assert "97,30" in editor.summary_labels["goal"].text()
    assert window.act_undo.text().endswith("Ubah target TW II")

    window.act_undo.trigger()
    qtbot.waitUntil(lambda: model.text("target", "TW2") == "94")
    assert model.text("capaian_to_date", "TW2") == "95,74"
    assert "95,74" in editor.summary_labels["goal"].text()
    window.act_redo.trigger()
    qtbot.waitUntil(lambda: model.text("target", "TW2") == "92,5")
    assert model.text("capaian_to_date", "TW2") == "97,30"
    stored = indicator_read.indicator_detail(window.db, editor.detail.id).value("TW2")
    assert stored.target == Decimal("92.5") and stored.actual == Decimal("90")


def test_capaian_changes_while_typing_before_saving(demo_window, qtbot):
    editor = _open(demo_window)
    model = editor.values_model
    assert model.text("actual", "TW4") == "N/A"  # the demo has realisations up to TW3
    assert model.text("capaian_to_date", "TW4") == "N/A"
    cell = open_cell_editor(editor.grid, model.cell("actual", "TW4"))
    qtbot.keyClicks(cell, "47")
    assert model.preview_cell == ("actual", "TW4")
    assert model.text("capaian_period", "TW4") == "50,00"  # 47 / 94, not saved yet
    assert model.text("capaian_to_date", "TW4") != "N/A"
    assert (
        indicator_read.indicator_detail(demo_window.db, editor.detail.id).value("TW4").actual
        is None
    )
    qtbot.keyClick(cell, Qt.Key.Key_Escape)
    assert model.preview_cell is None and model.text("capaian_to_date", "TW4") == "N/A"


def test_setting_na_drops_the_indicator_out_of_the_weights(demo_window, qtbot, qtmodeltester):
    window = demo_window
    goal_path = "BKD/Maria Qibtya/2024/3"
    goal_id = search.resolve_tree_path(window.db, goal_path)[1]
    first = search.resolve_tree_path(window.db, SATISFACTION)[1]
    # A second IKU on the same sasaran: proxy-moderate (weight 14) next to exact-moderate (21).
    second = agreements.add_indicator(
        window.db,
        goal_id,
        name="Persentase pengaduan layanan kepegawaian yang diselesaikan",
        number="3b",
        unit_of_measure="Persen",
        validity="proxy",
        control="moderate",
        polarity="maximize",
        period_consolidation="last",
        measuring_period="quarterly",
    )
    for indicator, actual in ((first, "90"), (second, "80")):
        agreements.set_period_values(
            window.db, indicator, "TW2", target=Decimal("94"), actual=Decimal(actual)
        )
    editor = _open(window, SATISFACTION)
    siblings = editor.sibling_model
    qtmodeltester.check(siblings)
    assert siblings.rowCount() == 2
    assert siblings.weighted(editor.detail.name) == Decimal(60)  # 21 / 35
    assert "60,00" in editor.summary_labels["weighted"].text()

    assert window.select("indicator", second)
    model = editor.values_model
    editor.grid.setFocus()
    editor.grid.setCurrentIndex(model.cell("actual", "TW2"))
    qtbot.keyClick(editor.grid, Qt.Key.Key_Delete)  # Delete makes the cell N/A
    qtbot.waitUntil(lambda: model.text("actual", "TW2") == "N/A")
    assert model.text("capaian_to_date", "TW2") == "N/A"
    assert model.text("weighted_weight", "TW2") == "N/A"
    assert "N/A" in editor.summary_labels["weighted"].text()
    assert siblings.weighted("Indeks Kepuasan Layanan Kepegawaian") == Decimal(100)
    assert indicator_read.indicator_detail(window.db, second).value("TW2").actual is None
    assert window.act_undo.text().endswith("Jadikan N/A realisasi TW II")
    # ... and back: typing a number clears the N/A state.
    type_into_cell(qtbot, editor.grid, model.cell("actual", "TW2"), "80")
    qtbot.waitUntil(lambda: model.text("actual", "TW2") == "80")
    assert siblings.weighted("Indeks Kepuasan Layanan Kepegawaian") == Decimal(60)


def test_typing_abc_shows_an_inline_message_and_saves_nothing(demo_window, qtbot):
    window = demo_window
    editor = _open(window)
    model = editor.values_model
    before = indicator_read.indicator_detail(window.db, editor.detail.id)
    type_into_cell(qtbot, editor.grid, model.cell("target", "TW3"), "abc")
    qtbot.waitUntil(editor.message.isVisible)
    assert "“abc” bukan angka" in editor.message.text()
    assert window.undo_stack.count() == 0
    assert indicator_read.indicator_detail(window.db, editor.detail.id).values == before.values
    assert model.text("target", "TW3") == "94"
    # Indonesian and English spellings are both accepted and shown the Indonesian way.
    for typed, shown in (("319,53", "319,53"), ("319.53", "319,53"), ("1.234.567", "1.234.567")):
        type_into_cell(qtbot, editor.grid, model.cell("target", "TW3"), typed)
        qtbot.waitUntil(lambda shown=shown: model.text("target", "TW3") == shown)
    assert not editor.message.isVisible()


def test_grid_marks_an_invalid_cell_while_typing(demo_window, qtbot):
    editor = _open(demo_window)
    index = editor.values_model.cell("actual", "TW2")
    cell = open_cell_editor(editor.grid, index)
    qtbot.keyClicks(cell, "12x")
    assert "bukan angka" in cell.toolTip()
    assert cell.property("pkDeskInvalidInput")
    qtbot.keyClick(cell, Qt.Key.Key_Escape)


def test_annual_target_range_and_predicate_targets(demo_window, qtbot):
    window = demo_window
    indicator = search.resolve_tree_path(window.db, SATISFACTION)[1]
    agreements.update_indicator(window.db, indicator, target_form="range")
    editor = _open(window)
    model = editor.values_model
    type_into_cell(qtbot, editor.grid, model.cell("target", "TW2"), "90–95")
    qtbot.waitUntil(lambda: model.text("target", "TW2") == "90 – 95")
    type_into_cell(qtbot, editor.grid, model.cell("actual", "TW2"), "92")
    qtbot.waitUntil(lambda: model.text("capaian_to_date", "TW2") == "100,00")
    stored = indicator_read.indicator_detail(window.db, indicator).value("TW2")
    assert (stored.target, stored.target_upper) == (Decimal("90"), Decimal("95"))


def test_raw_numerator_and_denominator_count_as_the_realisation(demo_window, qtbot):
    window = demo_window
    editor = _open(window)
    model = editor.values_model
    editor.raw_check.setChecked(True)
    assert model.row_of("numerator") > 0 and model.row_of("denominator") > 0
    editor.grid.setFocus()
    editor.grid.setCurrentIndex(model.cell("actual", "TW2"))
    qtbot.keyClick(editor.grid, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: model.text("actual", "TW2") == "N/A")
    type_into_cell(qtbot, editor.grid, model.cell("numerator", "TW2"), "79")
    type_into_cell(qtbot, editor.grid, model.cell("denominator", "TW2"), "87")
    qtbot.waitUntil(lambda: model.text("denominator", "TW2") == "87")
    assert model.text("actual_to_date", "TW2") == "90,8"  # 79 / 87 = 90,80 %
    assert model.text("capaian_to_date", "TW2") == "96,60"  # 90,80 / 94
    type_into_cell(qtbot, editor.grid, model.cell("denominator", "TW2"), "0")
    qtbot.waitUntil(editor.message.isVisible)
    assert "nol" in editor.message.text()


def test_predicate_targets_pick_a_label_of_the_scale(demo_window, qtbot):
    window = demo_window
    indicator = search.resolve_tree_path(window.db, SATISFACTION)[1]
    agreements.update_indicator(
        window.db, indicator, target_form="predicate", scale_code="audit_opinion"
    )
    editor = _open(window)
    scale = editor.fields["scale_code"]
    assert scale.currentData() == "audit_opinion"
    assert scale.currentText() == "Opini BPK atas Laporan Keuangan"  # the profile's label
    assert scale.isEnabled()
    model = editor.values_model
    index = model.cell("target", "TW4")
    assert model.data(index, CHOICES_ROLE) == ["N/A", "WTP", "WDP", "TW", "TMP"]
    assert editor.enter_value("target", "TW4", "WTP")
    qtbot.waitUntil(lambda: model.text("target", "TW4") == "WTP")
    assert editor.enter_value("actual", "TW4", "WDP")
    qtbot.waitUntil(lambda: model.text("actual", "TW4") == "WDP")
    stored = indicator_read.indicator_detail(window.db, indicator).value("TW4")
    assert (stored.target, stored.target_label, stored.actual) == (Decimal(3), "WTP", Decimal(2))
    assert not editor.enter_value("actual", "TW4", "Istimewa")
    assert "tidak ada pada skala" in editor.message.text()


def test_undo_from_another_record_opens_the_changed_one(demo_window, qtbot):
    window = demo_window
    editor = _open(window)
    indicator_id = editor.detail.id
    type_into_cell(qtbot, editor.grid, editor.values_model.cell("target", "TW3"), "95")
    qtbot.waitUntil(lambda: editor.values_model.text("target", "TW3") == "95")
    assert window.select_path("BKD/Maria Qibtya/2024/1/1")
    window.act_undo.trigger()
    assert window.current_node().id == indicator_id
    qtbot.waitUntil(lambda: editor.values_model.text("target", "TW3") == "94")

"""Autosave: closing (or being killed) loses nothing; a second window is read-only; the
window layout is remembered."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.models.database import open_database
from app.services import indicator_read

from .helpers import SATISFACTION, open_cell_editor, type_into_cell


def test_close_without_saving_then_reopen_keeps_the_edits(window_factory, demo_db_path, qtbot):
    window = window_factory(open_database(demo_db_path, user="tester"))
    assert window.select_path(SATISFACTION)
    editor = window.indicator_editor
    type_into_cell(qtbot, editor.grid, editor.values_model.cell("actual", "TW4"), "95,5")
    qtbot.waitUntil(lambda: editor.values_model.text("actual", "TW4") == "95,5")
    # Typing in the definition without leaving the field: closing still keeps it.
    editor.tabs.setCurrentIndex(editor.TAB_METADATA)
    definition = editor.fields["definition"]
    definition.setFocus()
    definition.selectAll()
    qtbot.keyClicks(definition, "Kepuasan pegawai atas layanan BKD")
    window.close()  # no Ctrl+S, no question asked
    assert not window.isVisible()

    again = window_factory(open_database(demo_db_path, user="tester"))
    assert again.select_path(SATISFACTION)
    reopened = again.indicator_editor
    assert reopened.values_model.text("actual", "TW4") == "95,5"
    assert reopened.detail.metadata["definition"] == "Kepuasan pegawai atas layanan BKD"
    assert reopened.fields["definition"].toPlainText() == "Kepuasan pegawai atas layanan BKD"


def test_close_asks_only_when_a_typed_value_cannot_be_saved(demo_window, qtbot):
    window = demo_window
    assert window.select_path(SATISFACTION)
    editor = window.indicator_editor
    cell = open_cell_editor(editor.grid, editor.values_model.cell("actual", "TW4"))
    qtbot.keyClicks(cell, "sembilan")
    window.close()
    assert window.isVisible()
    box = window._closing_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "sembilan" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible()
    qtbot.keyClick(cell, Qt.Key.Key_Escape)
    window.close()
    assert not window.isVisible()


def test_a_second_window_on_the_same_file_is_read_only(window_factory, demo_db_path, qtbot):
    first = open_database(demo_db_path, user="tester")
    second = open_database(demo_db_path, user="tester", when_in_use="read_only")
    assert second.read_only
    window = window_factory(second)
    assert window.banner.isVisible()
    assert "hanya-baca" in window.banner.text()
    assert window.select_path(SATISFACTION)
    editor = window.indicator_editor
    assert not editor.values_model.flags(editor.values_model.cell("target", "TW2")) & (
        Qt.ItemFlag.ItemIsEditable
    )
    assert not editor.fields["name"].isEnabled()
    assert not window.act_finalize.isEnabled() and not window.act_new.isEnabled()
    first.close()


def test_window_layout_is_remembered(window_factory, demo_db_path, qtbot, app_paths):
    window = window_factory(open_database(demo_db_path, user="tester"))
    window.resize(window.minimumSizeHint().width() + 5, 640)
    size = window.size()
    window.splitter.setSizes([230, 570])
    splitter = window.splitter.sizes()
    window.rules_dock.hide()
    window.close()
    assert (app_paths.config_dir / "pk-desk-ui.ini").is_file()
    again = window_factory(open_database(demo_db_path, user="tester"))
    # The offscreen screen is narrow: restoreGeometry() may pull the width in to fit it.
    assert again.height() == size.height() and abs(again.width() - size.width()) <= 10
    assert abs(again.splitter.sizes()[0] - splitter[0]) <= 10
    assert not again.rules_dock.isVisible()


def test_ctrl_s_commits_the_field_being_typed(demo_window, qtbot):
    window = demo_window
    assert window.select_path(SATISFACTION)
    editor = window.indicator_editor
    editor.tabs.setCurrentIndex(editor.TAB_METADATA)
    unit = editor.fields["unit_of_measure"]
    unit.setFocus()
    unit.selectAll()
    qtbot.keyClicks(unit, "Indeks")
    window.act_save.trigger()
    assert (
        indicator_read.indicator_detail(window.db, editor.detail.id).metadata["unit_of_measure"]
        == "Indeks"
    )
    assert window.act_undo.text().endswith("Ubah satuan")
    value = indicator_read.indicator_detail(window.db, editor.detail.id).value("TW2").target
    assert value == Decimal("94")


def test_close_asks_when_a_service_refused_typed_text(demo_window, qtbot):
    from app.models import Agreement
    from app.models.enums import AgreementStatus

    window = demo_window
    assert window.select_path(SATISFACTION)
    editor = window.indicator_editor
    # Meanwhile the PK gets signed (e.g. by the signing dialog): direct edits are refused.
    with window.db.transaction("test: signed elsewhere") as session:
        session.get(Agreement, editor.detail.agreement_id).status = AgreementStatus.SIGNED
    editor.tabs.setCurrentIndex(editor.TAB_METADATA)
    formula = editor.fields["formula"]
    formula.setFocus()
    qtbot.keyClicks(formula, " (rata-rata)")
    formula.flush()
    assert "ditandatangani" in editor.message.text()
    window.close()
    box = window._closing_dialog
    assert isinstance(box, QMessageBox) and "Formula" in box.informativeText()
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not window.isVisible())

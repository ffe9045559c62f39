"""Reference data in the unit's window: a reference bundle received through "Terima berkas…",
then the PK editor links a sasaran to an RPJMD sasaran from its picker and adds the province's
mandatory IKU, which shows marked "wajib"; both undo."""

from __future__ import annotations

from pathlib import Path

from app.models.database import open_database
from app.services import agreement_read, reference
from app.sync import service

from app.ui.agreement.goal_table_model import GoalTableModel
from app.ui.sync.receive_dialog import ReceiveDialog

from .helpers import BKD_PK


def _reference_bundle(paths, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    province_path = folder / "province.sqlite"
    with open_database(province_path) as province:
        reference.save_rpjmd_goal(
            province,
            reference.RpjmdGoalEntry("SR-02", "Meningkatnya profesionalitas ASN", 2023, 2026),
        )
        reference.save_mandatory(
            province,
            reference.MandatoryEntry(
                "IW-07", "Indeks Profesionalitas ASN", 2024, 2024, unit_codes=("BKD",)
            ),
        )
        path = service.export_reference(province, paths, folder / "out").path
    key = service.installation_key(paths)
    service.trust_store(paths).trust(key.public_b64, "PROVINSI")
    return path


def test_rpjmd_picker_links_a_sasaran_and_mandatory_iku_is_added_wajib(
    demo_window, qtbot, qtmodeltester, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    bundle = _reference_bundle(window.paths, tmp_path)
    receive = ReceiveDialog(window.db, window.paths)
    qtbot.addWidget(receive)
    receive.add_files([bundle])
    receive.check_button.click()
    qtbot.waitUntil(lambda: receive.apply_button.isEnabled(), timeout=30000)
    assert receive.report.rows()[0]["kind"] == "reference"
    with qtbot.waitSignal(receive.imported, timeout=30000):
        receive.apply_button.click()
    receive.close()

    assert window.select_path(BKD_PK)
    editor = window.agreement_editor
    bar = editor.reference_bar
    goal = editor.detail.goals[0]
    editor.select_item("goal", goal.id)
    assert bar.rpjmd.isVisibleTo(editor) and bar.rpjmd.isEnabled()
    assert bar.rpjmd.count() == 2 and "SR-02" in bar.rpjmd.itemText(1)
    bar.rpjmd.setCurrentIndex(1)
    bar.rpjmd.activated.emit(1)
    qtbot.waitUntil(lambda: editor.detail.goals[0].rpjmd_code == "SR-02")
    stored = agreement_read.agreement_detail(window.db, editor.detail.id).goals[0]
    assert stored.rpjmd_goal_id == reference.rpjmd_goal_choices(window.db)[0].id
    index = editor.goal_model.find("goal", goal.id).siblingAtColumn(GoalTableModel.COL_TEXT)
    assert "[RPJMD SR-02]" in index.data()
    assert editor.reference_bar.rpjmd.currentIndex() == 1  # the picker shows the link
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: editor.detail.goals[0].rpjmd_code is None)

    # The mandatory IKU this PK lacks is offered, added under the sasaran and marked wajib.
    editor.select_item("goal", goal.id)
    assert bar.mandatory.isVisibleTo(editor) and bar.mandatory.isEnabled()
    [action] = bar.mandatory_menu.actions()
    assert "IW-07" in action.text()
    count = editor.goal_model.indicator_count()
    action.trigger()
    qtbot.waitUntil(lambda: editor.goal_model.indicator_count() == count + 1)
    qtmodeltester.check(editor.goal_model)
    added = next(i for i in editor.detail.goals[0].indicators if i.reference_code == "IW-07")
    assert added.mandatory
    cell = editor.goal_model.find("indicator", added.id).siblingAtColumn(GoalTableModel.COL_TEXT)
    assert cell.data() == "Indeks Profesionalitas ASN  [wajib]"
    assert not bar.mandatory.isVisibleTo(editor)  # nothing left to add
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: editor.goal_model.indicator_count() == count)
    assert bar.mandatory.isVisibleTo(editor)


def test_province_screen_adds_entries_and_writes_the_reference_bundle(
    demo_window, qtbot, qtmodeltester, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from app.sync.consolidation import set_database_mode

    window = demo_window
    set_database_mode(window.db, "province")
    window.menu_view.aboutToShow.emit()
    assert window.reference.act_reference.isEnabled()
    dialog = window.reference.open_reference()
    assert dialog is not None and dialog.editable
    goals = dialog.goal_tab
    goals.code.setText("SR-05")
    goals.save_button.click()  # no text yet: refused with one sentence, nothing stored
    assert "SR-05" in dialog.message.text() and goals.model.rowCount() == 0
    goals.text.setText("Meningkatnya kualitas pelayanan publik")
    goals.start.setValue(2025)
    goals.end.setValue(2029)
    goals.save_button.click()
    assert goals.model.rowCount() == 1 and "SR-05" in goals.model.index(0, 0).data()
    qtmodeltester.check(goals.model)

    indicators = dialog.indicator_tab
    indicators.code.setText("IKR-05")
    indicators.name.setText("Indeks Kepuasan Masyarakat")
    assert indicators.goal.currentData() == "SR-05"
    indicators.save_button.click()
    assert indicators.model.rowCount() == 1

    mandatory = dialog.mandatory_tab
    mandatory.code.setText("IW-05")
    mandatory.name.setText("Indeks Kepuasan Masyarakat unit layanan")
    mandatory.first.setValue(2025)
    mandatory.last.setValue(2026)
    for row in range(mandatory.levels.count()):
        item = mandatory.levels.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == "jpt_pratama":
            item.setCheckState(Qt.CheckState.Checked)
    mandatory.rpjmd.setCurrentIndex(mandatory.rpjmd.findData("IKR-05"))
    mandatory.save_button.click()
    qtmodeltester.check(mandatory.model)
    assert [mandatory.model.index(0, c).data() for c in range(6)] == [
        "IW-05",
        "Indeks Kepuasan Masyarakat unit layanan",
        "2025–2026",
        "JPT Pratama",
        "semua",
        "IKR-05",
    ]
    # Choosing a row fills the form; a changed name is saved under the same code.
    mandatory.table.selectRow(0)
    assert mandatory.code.text() == "IW-05" and mandatory.rpjmd.currentData() == "IKR-05"
    mandatory.name.setText("Indeks Kepuasan Masyarakat (IKM)")
    mandatory.save_button.click()
    assert mandatory.model.rowCount() == 1
    assert reference.reference_data(window.db).mandatory[0].name.endswith("(IKM)")

    # Every reference edit is on the window's undo stack: the rename, then the entry itself.
    assert window.undo_stack.undoText() == "Simpan IKU wajib IW-05"
    window.act_undo.trigger()
    assert mandatory.model.rows()[0].name == "Indeks Kepuasan Masyarakat unit layanan"
    window.act_undo.trigger()
    assert mandatory.model.rowCount() == 0
    window.act_redo.trigger()
    window.act_redo.trigger()
    assert reference.reference_data(window.db).mandatory[0].name.endswith("(IKM)")
    ksd = dialog.ksd_tab
    ksd.code.setText("KSD-01")
    ksd.name.setText("Penataan kawasan perbatasan")
    ksd.save_button.click()
    ksd.remove_button.click()
    assert ksd.model.rowCount() == 0 and window.undo_stack.undoText() == "Hapus KSD provinsi KSD-01"
    window.act_undo.trigger()  # the removed KSD comes back, with its name
    assert [e.name for e in reference.reference_data(window.db).ksd] == [
        "Penataan kawasan perbatasan"
    ]
    assert ksd.model.rowCount() == 1

    dialog.folder.setText(str(tmp_path / "usb"))
    dialog.write_button.click()
    assert dialog.written is not None and dialog.written.name == "pk_referensi_PROVINSI_v1.pkbundle"
    verified = service.verify(dialog.written, window.paths, accept_untrusted=True)
    assert verified.is_reference
    dialog.close()


def test_a_units_reference_screen_is_read_only(demo_window) -> None:  # type: ignore[no-untyped-def]
    dialog = demo_window.reference.open_reference()
    assert dialog is not None and not dialog.editable
    assert not dialog.goal_tab.save_button.isEnabled()
    assert not dialog.write_button.isVisibleTo(dialog)
    dialog.close()

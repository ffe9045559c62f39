"""The desktop side of issue 13: refusals stay sentences, read-only says why, a damaged file
is offered its backup, and an agreement shows its change history."""

from __future__ import annotations

import csv

from PySide6.QtWidgets import QMessageBox

from app.models.backups import backups_of, take_backup
from app.models.database import open_database
from tests.damage import corrupt_a_page

from app.ui.indicator.commands import UpdateIndicatorCommand

from .helpers import BKD_PK, SATISFACTION


def _indicator_command(window):  # type: ignore[no-untyped-def]
    assert window.select_path(SATISFACTION)
    detail = window.indicator_editor.detail
    return UpdateIndicatorCommand(
        window.state, detail.id, detail.agreement_id, detail.goal_id, {"name": "Diubah"}
    )


def test_a_refused_write_is_a_sentence_not_an_escaped_exception(
    window_factory, demo_db_path, qtbot
):  # type: ignore[no-untyped-def]
    first = open_database(demo_db_path, user="tester")
    window = window_factory(open_database(demo_db_path, user="tester", when_in_use="read_only"))
    command = _indicator_command(window)
    assert window.state.execute(command) is False  # ReadOnlyDatabase did not escape
    assert "hanya-baca" in window.last_error
    assert window.undo_stack.count() == 0
    first.close()


def test_the_banner_says_when_the_file_itself_is_read_only(
    window_factory, demo_db_path, monkeypatch
):  # type: ignore[no-untyped-def]
    # Root ignores file modes outside setpriv; the detection itself is tested under setpriv
    # in tests/models/test_robustness_files.py. Here: the window tells the reason apart.
    monkeypatch.setattr("app.models.database.file_writable", lambda path: False)
    window = window_factory(open_database(demo_db_path, user="tester"))
    assert window.db.read_only
    assert window.banner.isVisible()
    assert "izin berkas" in window.banner.text()
    assert "jendela PK Desk lain" not in window.banner.text()


def test_a_damaged_file_is_offered_its_backup_and_opens_restored(qtbot, app_paths, demo_db_path):  # type: ignore[no-untyped-def]
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.settings import UiSettings

    backup = take_backup(demo_db_path, app_paths.backups_dir, "harian")
    corrupt_a_page(demo_db_path)
    window = MainWindow(app_paths, UiSettings(app_paths.config_dir))
    qtbot.addWidget(window)
    window.open_database(demo_db_path)
    qtbot.waitUntil(lambda: window.last_dialog is not None, timeout=20000)
    box = window.last_dialog
    assert box.objectName() == "damagedDatabaseBox"
    assert str(backup) in box.text()
    restore = next(b for b in box.buttons() if b.objectName() == "restoreButton")
    with qtbot.waitSignal(window.databaseAttached, timeout=30000):
        restore.click()
    assert window.db is not None and window.db.path == demo_db_path
    assert not window.db.read_only
    assert any(b.label == "diganti" for b in backups_of(demo_db_path, app_paths.backups_dir))
    window._force_close = True
    window.close()


def test_a_damaged_file_without_a_backup_only_informs(qtbot, app_paths, demo_db_path):  # type: ignore[no-untyped-def]
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.settings import UiSettings

    corrupt_a_page(demo_db_path)
    window = MainWindow(app_paths, UiSettings(app_paths.config_dir))
    qtbot.addWidget(window)
    window.open_database(demo_db_path)
    qtbot.waitUntil(lambda: window.last_dialog is not None, timeout=20000)
    box = window.last_dialog
    assert "tidak ada cadangan" in box.text()
    assert [box.buttonRole(b) for b in box.buttons()] == [QMessageBox.ButtonRole.AcceptRole]
    box.done(0)
    assert window.db is None


def test_the_agreement_shows_and_exports_its_change_history(demo_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    window = demo_window
    command = _indicator_command(window)
    assert window.state.execute(command)
    assert window.select_path(BKD_PK)
    editor = window.agreement_editor
    editor.tabs.setCurrentIndex(editor.TAB_HISTORY)
    assert editor.tabs.tabText(editor.TAB_HISTORY) == "Riwayat perubahan"
    panel = editor.history_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    model = panel.model
    newest = [model.index(0, c).data() for c in range(model.columnCount())]
    assert newest[model.COL_ENTITY] == "IKU"
    assert newest[model.COL_FIELD] == "nama"  # the column as the interface names it
    assert newest[model.COL_NEW] == "Diubah"
    assert newest[model.COL_USER] == "tester"
    target = tmp_path / "riwayat.csv"
    written = panel.export_to(target)
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == written >= model.rowCount()
    assert rows[0]["new_value"] == "Diubah"

"""The Excel wizard in the window: drop a workbook, see the preview and cell errors, confirm;
export the selected agreement from the Perjanjian menu."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from app.models import Agreement
from app.models.database import open_database
from app.services import organisation
from tests.ui.helpers import BKD_PK, drop_files
from tests.xlsx import seed_workbooks as sw

from app.ui.excel.import_dialog import ChangeTableModel, ExcelImportDialog
from app.ui.shell.background import runner


def _bkd_workbook(tmp_path: Path, spoil: bool = False) -> Path:
    data = sw.agreement("bkd_dki_2024")
    path = tmp_path / "bkd.xlsx"
    wb = sw.write_pk_dki(path, data, sw.official("bkd_dki_2024", data["owner"]))
    if spoil:
        wb["PK"]["G10"] = "abc"
        wb.save(path)
    return path


def test_drop_preview_confirm(qtbot, tmp_path: Path, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    db = open_database(tmp_path / "t.sqlite", user="tester")
    try:
        organisation.create_unit(db, code="BKD", name="BKD", kind="perangkat_daerah")
        dialog = ExcelImportDialog(db, unit_code="BKD")
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.to_unit.isChecked() and not dialog.to_agreement.isEnabled()
        drop_files(dialog, _bkd_workbook(tmp_path))
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
        qtmodeltester.check(dialog.model)
        assert dialog.errors.isHidden()
        rows = dialog.model.rows()
        assert sum(1 for c in rows if c.entity == "indicator" and c.action == "create") == 14
        label = dialog.model.index(0, ChangeTableModel.COL_ACTION).data()
        assert label == "dibuat"
        assert "indikator: 14 dibuat" in dialog.summary.text()
        assert dialog.import_button.isEnabled()
        with db.session() as session:  # the preview wrote nothing
            assert session.scalar(select(func.count()).select_from(Agreement)) == 0
        with qtbot.waitSignal(dialog.imported, timeout=30000) as signal:
            dialog.import_button.click()
        assert signal.args[0].applied
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(Agreement)) == 1
        qtbot.waitUntil(lambda: not runner().busy, timeout=10000)
    finally:
        db.close()


def test_cell_errors_are_listed_and_block_the_import(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = open_database(tmp_path / "t.sqlite", user="tester")
    try:
        organisation.create_unit(db, code="BKD", name="BKD", kind="perangkat_daerah")
        dialog = ExcelImportDialog(db, unit_code="BKD")
        qtbot.addWidget(dialog)
        dialog.set_path(_bkd_workbook(tmp_path, spoil=True))
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
        assert [dialog.errors.item(i).text() for i in range(dialog.errors.count())] == [
            'PK!G10: "abc" bukan angka'
        ]
        assert not dialog.import_button.isEnabled()
        assert dialog.summary.text().startswith("1 masalah")
        bad = tmp_path / "lama.xls"
        bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
        dialog.preview = None
        dialog.set_path(bad)
        qtbot.waitUntil(
            lambda: dialog.errors.count() == 1 and "Excel lama" in dialog.errors.item(0).text(),
            timeout=20000,
        )
        assert not dialog.import_button.isEnabled()
        qtbot.waitUntil(lambda: not runner().busy, timeout=10000)
    finally:
        db.close()


def test_window_menus_import_into_the_selected_agreement_and_export(
    demo_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    assert window.select_path(BKD_PK)
    assert window.excel.act_export.isEnabled() and window.excel.act_import.isEnabled()
    assert window.excel.act_import in window.menu_file.actions()
    assert window.excel.act_export in window.menu_agreement.actions()
    out = tmp_path / "bkd_export.xlsx"
    agreement_id = window.current_node().id
    window.excel.export(agreement_id, out)
    qtbot.waitUntil(lambda: not runner().busy, timeout=30000)
    assert out.exists(), getattr(window, "last_error", None)
    assert openpyxl.load_workbook(out).sheetnames[0] == "PK"
    dialog = window.excel.open_import()
    assert dialog is not None and dialog.to_agreement.isChecked()
    dialog.set_path(out)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30000)
    assert dialog.preview.ok
    assert {c.action for c in dialog.preview.changes if c.entity == "indicator"} == {"unchanged"}
    assert not dialog.import_button.isEnabled()  # nothing to change
    dialog.reject()
    qtbot.waitUntil(lambda: not runner().busy, timeout=10000)

"""Tampilan › Cakupan PK provinsi…: the coverage matrix in the window, and its export."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from PySide6.QtCore import Qt

from app.services import province


def test_coverage_dialog_shows_the_matrix_and_exports_it(demo_window, tmp_path: Path) -> None:
    window = demo_window
    assert window.province.act_coverage.isEnabled()
    assert window.province.act_coverage in window.menu_view.actions()
    dialog = window.province.open_coverage()
    assert dialog is not None
    dialog.year.setValue(2024)
    rows = province.coverage(window.db, 2024)
    model = dialog.model
    assert model.rowCount() == len(rows) > 0
    assert model.headerData(4, Qt.Orientation.Horizontal) == "PK ditandatangani"
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first == rows[0].cells()
    assert str(sum(r.agreements["signed"] for r in rows)) in dialog.summary.text()
    dialog.year.setValue(1999 + 2)  # a year without agreements empties the table
    assert model.rowCount() == 0 and not dialog.export_button.isEnabled()
    dialog.year.setValue(2024)
    target = tmp_path / "cakupan.csv"
    dialog.export_to(target)
    assert target.read_text(encoding="utf-8") == province.coverage_csv(rows)
    workbook = tmp_path / "cakupan.xlsx"
    dialog.export_to(workbook)
    sheet = load_workbook(workbook).active
    assert [c.value for c in sheet[4]][:5] == [*rows[0].cells()[:2], *map(int, first[2:5])]
    assert model.headerData(11, Qt.Orientation.Horizontal) == "Konflik terbuka"
    dialog.close()

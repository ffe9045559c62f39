"""Tampilan › Pohon cascading provinsi…: the province's cascade as a tree, Gubernur first."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

from app.models.database import open_database
from tests.province.test_cascade_tree import _province

FOREGROUND = Qt.ItemDataRole.ForegroundRole


def test_cascade_tree_dialog_shows_who_signed_with_whom(
    window_factory, empty_template: Path, tmp_path: Path, qtmodeltester
) -> None:
    path = Path(shutil.copyfile(empty_template, tmp_path / "provinsi.sqlite"))
    with open_database(path) as db:
        _province(db)
    window = window_factory(open_database(path, user="biro"))
    assert window.province.act_tree in window.menu_view.actions()
    dialog = window.province.open_tree()
    assert dialog is not None
    dialog.year.setValue(2025)
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    root = model.index(0, 0)
    assert model.data(root) == "Gubernur" and model.data(model.index(0, 1)) == "Gubernur"
    assert dialog.tree.isExpanded(root)  # the first two levels open at start
    names = [model.data(model.index(r, 0, root)) for r in range(model.rowCount(root))]
    assert names == ["Sekda", "Kadis A"]
    sekda, head_a = model.index(0, 0, root), model.index(1, 0, root)
    row = [model.data(model.index(0, c, root)) for c in range(model.columnCount())]
    assert row == ["Sekda", "JPT Madya", "PROV", "tanpa PK", "", ""]
    row = [model.data(model.index(1, c, root)) for c in range(model.columnCount())]
    assert row == ["Kadis A", "JPT Pratama", "A", "Ditandatangani", "1 (0)", "100,00"]
    bidang = model.index(0, 0, head_a)
    row = [model.data(model.index(0, c, head_a)) for c in range(model.columnCount())]
    assert row == ["Kabid A1", "Administrator", "A-B1", "Draf", "2 (1)", "50,00"]
    assert model.parent(bidang) == head_a and model.parent(root) == QModelIndex()

    def colour(index: QModelIndex) -> str | None:
        value = model.data(model.index(index.row(), 5, index.parent()), FOREGROUND)
        return value.name() if value is not None else None

    assert colour(sekda) is None and None not in (colour(head_a), colour(bidang))
    assert colour(head_a) != colour(bidang)  # 100 and 50 are in different bands
    assert model.data(model.index(0, 0, sekda)) == "Kadis B"
    assert "5 pejabat" in dialog.summary.text()
    dialog.year.setValue(2024)
    assert model.rowCount() == 0
    dialog.close()

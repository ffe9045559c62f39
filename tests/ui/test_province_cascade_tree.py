"""Tampilan › Pohon cascading provinsi…: the province's cascade as a tree, Gubernur first."""

from __future__ import annotations

import threading

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel

from app.services.errors import InvalidInput
from tests.province.test_cascade_tree import _province

from app.ui.province.latest_load import LatestLoad

FOREGROUND = Qt.ItemDataRole.ForegroundRole


def test_cascade_tree_dialog_shows_who_signed_with_whom(
    province_view, qtmodeltester, qtbot
) -> None:
    window, dialog = province_view(_province, "biro", "open_tree")
    assert window.province.act_tree in window.menu_view.actions()
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
    with qtbot.waitSignal(dialog.load.loaded, timeout=60000):
        dialog.year.setValue(2024)
    assert model.rowCount() == 0
    dialog.close()


def test_only_the_latest_background_read_is_shown(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    load = LatestLoad(label)
    shown: list[str] = []
    release = threading.Event()
    load.start(lambda: "lama" if release.wait(10) else "habis waktu", shown.append)
    assert label.text() == "Menghitung…"
    with qtbot.waitSignal(load.loaded, timeout=20000):
        load.start(lambda: "baru", shown.append)
        release.set()
    assert shown == ["baru"]  # the first read ended first, but a newer one had started

    def refuse() -> None:
        raise InvalidInput("Tahun tidak dikenal.")

    with qtbot.waitSignal(load.loaded, timeout=20000):
        load.start(refuse, shown.append)
    assert label.text() == "Tahun tidak dikenal." and shown == ["baru"]

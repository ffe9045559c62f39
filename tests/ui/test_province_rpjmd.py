"""Tampilan › Nilai Sasaran RPJMD provinsi…: the pooled value of each RPJMD sasaran as a table
and a chart, and each unit's share charted when a sasaran is chosen."""

from __future__ import annotations

from decimal import Decimal

from tests.province.test_rpjmd import _province

from app.ui.province.rpjmd_table_model import RpjmdTableModel


def test_rpjmd_dialog_tables_and_charts_the_province(province_view, qtmodeltester, qtbot) -> None:
    window, dialog = province_view(_province, "bappeda", "open_rpjmd")
    assert window.province.act_rpjmd in window.menu_view.actions()
    model = dialog.model
    qtmodeltester.check(model)
    rows = [[model.data(model.index(r, c)) for c in range(5)] for r in range(model.rowCount())]
    assert rows == [
        ["S1", "Meningkatnya kualitas layanan", "2", "4 (3)", "83,33"],
        ["(menurut teks sasaran)", "Meningkatnya tata kelola", "2", "2 (2)", "70,00"],
    ]
    assert [(b.label, round(b.value, 2)) for b in dialog.chart.bars] == [
        ("S1 Meningkatnya kualitas layanan", Decimal("83.33")),
        ("Meningkatnya tata kelola", Decimal("70.00")),
    ]
    assert dialog.unit_chart.bars == []
    dialog.select_row(0)
    assert [(b.label, b.value) for b in dialog.unit_chart.bars] == [
        ("A Dinas A", Decimal(100)),
        ("B Dinas B", Decimal(50)),
    ]
    assert "1/2 IKU" in dialog.unit_chart.bars[1].note
    assert dialog.chart.bars[0].colour != dialog.unit_chart.bars[1].colour  # bands differ
    with qtbot.waitSignal(dialog.load.loaded, timeout=60000):
        dialog.period.setCurrentIndex(0)  # TW1: nothing targeted yet, every value N/A
    assert all(b.value is None for b in dialog.chart.bars)
    dialog.close()
    assert RpjmdTableModel.HEADERS[4] == "Nilai Sasaran"

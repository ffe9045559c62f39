"""Nilai Sasaran RPJMD per sasaran over the whole province: one row per RPJMD sasaran (and per
unlinked sasaran text)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from app.services.province_rpjmd import RpjmdValue

from app.ui.widgets.number_entry import show_percent
from app.ui.widgets.row_table_model import Index, RowTableModel

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1


class RpjmdTableModel(RowTableModel):
    """Rows: `app.services.province_rpjmd.RpjmdValue`."""

    CONTEXT = "RpjmdTableModel"
    COL_CODE, COL_TEXT, COL_UNITS, COL_INDICATORS, COL_SCORE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("RpjmdTableModel", "Kode RPJMD"),
        QT_TRANSLATE_NOOP("RpjmdTableModel", "Sasaran"),
        QT_TRANSLATE_NOOP("RpjmdTableModel", "Unit"),
        QT_TRANSLATE_NOOP("RpjmdTableModel", "IKU (tersedia)"),
        QT_TRANSLATE_NOOP("RpjmdTableModel", "Nilai Sasaran"),
    )
    BY_TEXT = QT_TRANSLATE_NOOP("RpjmdTableModel", "menurut teks sasaran")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row: RpjmdValue = self._rows[index.row()]
        column = index.column()
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.COL_UNITS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        code = row.code or f"({QCoreApplication.translate(self.CONTEXT, self.BY_TEXT)})"
        return (
            code,
            row.text,
            str(len(row.units)),
            f"{row.indicators} ({row.available})",
            show_percent(row.score),
        )[column]

"""The coverage matrix as a table: one row per unit, PK counts and quarters reported."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.province import CoverageRow

from app.ui.widgets.row_table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
QUARTER_COLUMNS = range(5, 9)
_REPORTED = QColor("#d8f0d8")
_MISSING = QColor("#f8dcdc")


class CoverageTableModel(RowTableModel):
    CONTEXT = "Province"
    HEADERS = (
        QT_TRANSLATE_NOOP("Province", "Kode"),
        QT_TRANSLATE_NOOP("Province", "Unit"),
        QT_TRANSLATE_NOOP("Province", "PK draf"),
        QT_TRANSLATE_NOOP("Province", "PK final"),
        QT_TRANSLATE_NOOP("Province", "PK ditandatangani"),
        QT_TRANSLATE_NOOP("Province", "TW1"),
        QT_TRANSLATE_NOOP("Province", "TW2"),
        QT_TRANSLATE_NOOP("Province", "TW3"),
        QT_TRANSLATE_NOOP("Province", "TW4"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row: CoverageRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells()[column]
        if role == Qt.ItemDataRole.BackgroundRole and column in QUARTER_COLUMNS:
            quarter = f"TW{column - 4}"
            return QBrush(_REPORTED if row.reported(quarter) else _MISSING)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

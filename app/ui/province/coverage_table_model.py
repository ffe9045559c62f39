"""The coverage matrix as a table: one row per unit, PK counts, quarters reported, the last
bundle received and the open conflicts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.services.province import MISSING_FILL, REPORTED_FILL, CoverageRow

from app.ui.widgets.row_table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
QUARTER_COLUMNS = range(5, 9)
COL_LAST_BUNDLE, COL_SEQUENCE, COL_CONFLICTS = 9, 10, 11
_REPORTED = QColor(f"#{REPORTED_FILL}")
_MISSING = QColor(f"#{MISSING_FILL}")


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
        QT_TRANSLATE_NOOP("Province", "Bundel terakhir"),
        QT_TRANSLATE_NOOP("Province", "Urutan"),
        QT_TRANSLATE_NOOP("Province", "Konflik terbuka"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row: CoverageRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            yes = QCoreApplication.translate("Province", "ya")
            held = QCoreApplication.translate("Province", "ditahan")
            return row.cells(yes, held)[column]
        if role == Qt.ItemDataRole.BackgroundRole and column in QUARTER_COLUMNS:
            quarter = f"TW{column - 4}"
            return QBrush(_REPORTED if row.reported(quarter) else _MISSING)
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_CONFLICTS:
            return QBrush(_MISSING) if row.open_conflicts else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

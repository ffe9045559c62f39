"""The agreements a unit sent, with the province's decision on each (approve / return)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.province_review import ReviewRow

from app.ui.widgets.labels import STATUS, label
from app.ui.widgets.row_table_model import Index, RowTableModel

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
_COLOURS = {"approved": QColor("#d8f0d8"), "returned": QColor("#f8dcdc")}


class ReviewTableModel(RowTableModel):
    """Rows: `app.services.province_review.ReviewRow`."""

    CONTEXT = "ReviewTableModel"
    COL_UNIT, COL_OWNER, COL_STATUS, COL_DECISION, COL_LOCKED = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ReviewTableModel", "Unit"),
        QT_TRANSLATE_NOOP("ReviewTableModel", "Pejabat"),
        QT_TRANSLATE_NOOP("ReviewTableModel", "Status PK"),
        QT_TRANSLATE_NOOP("ReviewTableModel", "Keputusan provinsi"),
        QT_TRANSLATE_NOOP("ReviewTableModel", "Terkunci"),
    )
    APPROVED = QT_TRANSLATE_NOOP("ReviewTableModel", "disetujui")
    RETURNED = QT_TRANSLATE_NOOP("ReviewTableModel", "dikembalikan")
    WHOLE = QT_TRANSLATE_NOOP("ReviewTableModel", "seluruh PK")

    def _tr(self, text: str) -> str:
        return QCoreApplication.translate(self.CONTEXT, text)

    def decision_text(self, row: ReviewRow) -> str:
        """ "disetujui (TW2)", "dikembalikan (seluruh PK): alasan", or empty."""
        if not row.decision:
            return ""
        word = self._tr(self.APPROVED if row.decision == "approved" else self.RETURNED)
        text = f"{word} ({row.decision_period or self._tr(self.WHOLE)})"
        return f"{text}: {row.reason}" if row.reason else text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row: ReviewRow = self._rows[index.row()]
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == self.COL_DECISION:
            colour = _COLOURS.get(row.decision)
            return QBrush(colour) if colour else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        locked = ", ".join(self._tr(self.WHOLE) if p == "*" else p for p in row.locked)
        return (
            row.unit_code,
            row.owner,
            label(STATUS, row.status),
            self.decision_text(row),
            locked,
        )[index.column()]

"""The twelve month targets (B01–B12) of one KSD row: expected output, done, completion date.

Edits go to `edit_handler(month, field, value)` ("expected_output", "done", "completed_on"),
which runs an undoable command; the editor then reloads the row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.services.ksd_table import KsdLine, KsdMonth

from app.ui.planning.action_plan_tree_model import date_parser
from app.ui.planning.ksd_table_model import DONE_COLOUR, month_name
from app.ui.widgets.delegates import EDIT_TEXT_ROLE, PARSER_ROLE

Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()
MONTH_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

HEADERS = (
    QT_TRANSLATE_NOOP("KsdMonthTable", "Bulan"),
    QT_TRANSLATE_NOOP("KsdMonthTable", "Target/output yang diharapkan"),
    QT_TRANSLATE_NOOP("KsdMonthTable", "Selesai"),
    QT_TRANSLATE_NOOP("KsdMonthTable", "Tanggal selesai"),
)

EditHandler = Callable[[int, str, Any], bool]


class KsdMonthTableModel(QAbstractTableModel):
    COL_MONTH = 0
    COL_OUTPUT = 1
    COL_DONE = 2
    COL_DATE = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._line: KsdLine | None = None
        self.edit_handler: EditHandler | None = None
        self.plan_editable = True  # expected outputs (frozen when the linked PK is signed)
        self.progress_editable = True  # done and completion date

    def set_line(self, line: KsdLine | None) -> None:
        had_rows = self._line is not None
        self._line = line
        if had_rows and line is not None:
            self.dataChanged.emit(self.index(0, 0), self.index(11, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.endResetModel()

    def target(self, month: int) -> KsdMonth | None:
        return self._line.month(month) if self._line is not None else None

    def rowCount(self, parent: Index = _TOP) -> int:
        return 0 if parent.isValid() or self._line is None else 12

    def columnCount(self, parent: Index = _TOP) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("KsdMonthTable", HEADERS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < 12:
            return f"B{section + 1:02d}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = index.column()
        target = self.target(index.row() + 1)
        planned = target is not None and bool(target.expected_output)
        if column == self.COL_OUTPUT and self.plan_editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        if column == self.COL_DONE and self.progress_editable and planned:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if column == self.COL_DATE and self.progress_editable and target is not None:
            if target.done:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._line is None or not 0 <= index.row() < 12:
            return None
        month = index.row() + 1
        target = self.target(month)
        column = index.column()
        if role == MONTH_ROLE:
            return month
        if role == SORT_ROLE:
            return month
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, EDIT_TEXT_ROLE):
            if column == self.COL_MONTH:
                return f"B{month:02d} · {month_name(month)}"
            if column == self.COL_OUTPUT:
                return (target.expected_output or "") if target else ""
            if column == self.COL_DATE:
                if target is None or target.completed_on is None:
                    return ""
                return target.completed_on.strftime("%d-%m-%Y")
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_DONE:
            if target is None or not target.expected_output:
                return None
            return Qt.CheckState.Checked if target.done else Qt.CheckState.Unchecked
        if role == PARSER_ROLE and column == self.COL_DATE:
            return date_parser
        if role == Qt.ItemDataRole.BackgroundRole and target is not None and target.done:
            return QBrush(QColor(DONE_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_OUTPUT and target:
            return target.expected_output
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.edit_handler is None:
            return False
        if not self.flags(index) & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable):
            return False
        month = index.row() + 1
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_DONE:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
            return self.edit_handler(month, "done", checked)
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column == self.COL_OUTPUT:
            return self.edit_handler(month, "expected_output", str(value or "").strip() or None)
        if column == self.COL_DATE:
            return self.edit_handler(month, "completed_on", str(value or ""))
        return False

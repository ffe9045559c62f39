"""Tables over a list of plain rows: the read-only base of the dashboard, version, scan and
weight tables, and an editable one for the history and program tables.

Subclasses give `HEADERS` (marked with QT_TRANSLATE_NOOP in `CONTEXT`) and either `_data()`,
with `ID_FIELD` for `ID_ROLE` and rows sorted as given by `SORT_ROLE`, or `data()` whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's id (its `ID_FIELD`)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class RowTableModel(QAbstractTableModel):
    CONTEXT = ""
    HEADERS: tuple[str, ...] = ()
    ID_FIELD = ""  # the row attribute ID_ROLE gives; none when empty

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = _TOP) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _TOP) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def _valid(self, index: Index) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE and self.ID_FIELD:
            return getattr(row, self.ID_FIELD)
        if role == SORT_ROLE:
            return self._sort_value(row, index.row())
        return self._data(row, index.row(), index.column(), role)

    def _sort_value(self, row: Any, number: int) -> Any:
        """What SORT_ROLE gives: the order the rows came in, unless a table says otherwise."""
        return number

    def _data(self, row: Any, number: int, column: int, role: int) -> Any:
        """What `role` shows in `column` of `row`, the `number`-th row."""
        return None


class EditableRowTableModel(RowTableModel):
    """A row table the user types into: `EDITABLE_COLUMNS` (None: all) take text while
    `editable`, and each accepted cell goes to `commit(row, column, text)`, which hands it to
    the editor's `edit_handler` (an undoable command). The table never writes data itself.
    """

    EDITABLE_COLUMNS: frozenset[int] | None = None
    ROW_NUMBERS = False  # number the rows 1, 2, 3 in the vertical header

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.editable = True
        self.edit_handler: Callable[..., bool] | None = None

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            self.ROW_NUMBERS
            and role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Vertical
        ):
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        columns = self.EDITABLE_COLUMNS
        if self.editable and (columns is None or index.column() in columns):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self._valid(index) or self.edit_handler is None:
            return False
        return self.commit(self._rows[index.row()], index.column(), str(value))

    def commit(self, row: Any, column: int, text: str) -> bool:
        """Give one typed cell to `edit_handler`; True when it was saved."""
        raise NotImplementedError

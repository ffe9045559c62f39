"""Trees shown as tables, built whole from a service read: the base of the goal table
(category → sasaran → IKU), the Rencana Aksi tree (RA → KK → T/O) and the cascading matrix
(sasaran → IKU).

Every row is a `TreeRow` of a kind and a key (an id or a code) holding its service row as
`payload`. A reload that brings the same rows back keeps the old items, so indexes, the
selection and expanded branches survive and only `dataChanged` is emitted; other reloads reset.
Edits never change the model: subclasses hand them to `edit_handler`, which runs an undoable
command, and the editor reloads the model from the database.

Subclasses give `HEADERS` (marked with QT_TRANSLATE_NOOP in `CONTEXT`) and `_data()`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, key) of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's position under its parent


class TreeRow:
    """One row of the tree: its kind, key, parent, children, position and service row."""

    __slots__ = ("kind", "key", "parent", "children", "row", "payload")

    def __init__(self, kind: str, key: str, parent: TreeRow | None, row: int, payload: Any) -> None:
        self.kind = kind
        self.key = key
        self.parent = parent
        self.children: list[TreeRow] = []
        self.row = row
        self.payload = payload

    def add(self, kind: str, key: str, payload: Any) -> TreeRow:
        """Append a child row (numbered after its siblings) and return it."""
        child = TreeRow(kind, key, self, len(self.children), payload)
        self.children.append(child)
        return child

    def walk(self) -> Iterator[TreeRow]:
        """Every row below this one, parents before their children, in display order."""
        for child in self.children:
            yield child
            yield from child.walk()


def new_root() -> TreeRow:
    return TreeRow("root", "", None, 0, None)


def shape(root: TreeRow) -> list[tuple[str, str, int]]:
    """What a reload must bring back to keep the old items: kind, key and child count of
    every row in display order."""
    return [(row.kind, row.key, len(row.children)) for row in root.walk()]


class TreeIndexModel(QAbstractItemModel):
    """Indexes over items that know their `parent`, `children` and `row` (the invisible
    `_root` holds the top level): shared by the trees built whole and the lazy cascade tree."""

    _root: Any

    def _row(self, index: Index) -> Any:
        if not index.isValid():
            return self._root
        row = index.internalPointer()
        assert row is not None
        return row

    def index(self, row: int, column: int, parent: Index = _TOP) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._row(parent).children[row])

    def parent(self, index: Index = _TOP) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._row(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = _TOP) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._row(parent).children)


class TreeTableModel(TreeIndexModel):
    CONTEXT = ""
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root: TreeRow = new_root()
        self.edit_handler: Callable[..., bool] | None = None
        self.editable = True
        self._bold = QFont()
        self._bold.setBold(True)

    # --- content ----------------------------------------------------------------------------

    def set_root(self, root: TreeRow) -> None:
        """Show the rows under `root`: kept in place (data changed) when a non-empty tree
        comes back with the same shape, else a reset."""
        if self._root.children and shape(root) == shape(self._root):
            self._take_payloads(root)
            return
        self.beginResetModel()
        self._root = root
        self.endResetModel()

    def _take_payloads(self, root: TreeRow) -> None:
        """Keep the old items (indexes stay valid) with the new rows' payloads; `root` has
        the shape of the shown tree."""
        for old, new in zip(self._root.walk(), root.walk(), strict=True):
            old.payload = new.payload
        self._emit_all()

    def _emit_all(self, parent: QModelIndex = _TOP) -> None:
        rows = self.rowCount(parent)
        if rows == 0:
            return
        self.dataChanged.emit(
            self.index(0, 0, parent), self.index(rows - 1, self.columnCount() - 1, parent)
        )
        for row in range(rows):
            self._emit_all(self.index(row, 0, parent))

    def _find_row(self, kind: str, key: str) -> TreeRow | None:
        return next((r for r in self._root.walk() if r.kind == kind and r.key == key), None)

    def find(self, kind: str, key: str) -> QModelIndex:
        """Column 0 of the row of this kind and key, or an invalid index."""
        row = self._find_row(kind, key)
        return QModelIndex() if row is None else self.createIndex(row.row, 0, row)

    def item(self, index: Index) -> tuple[str, str] | None:
        if not index.isValid():
            return None
        row = self._row(index)
        return row.kind, row.key

    # --- structure --------------------------------------------------------------------------

    def _row(self, index: Index) -> TreeRow:
        row = super()._row(index)
        assert isinstance(row, TreeRow)
        return row

    def columnCount(self, parent: Index = _TOP) -> int:
        return len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.HEADERS):
                return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    # --- data -------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._row(index)
        if role == ITEM_ROLE:
            return (row.kind, row.key)
        if role == SORT_ROLE:
            return row.row
        return self._data(row, index.column(), role)

    def _data(self, row: TreeRow, column: int, role: int) -> Any:
        """What `role` shows in `column` of `row` (neither ITEM_ROLE nor SORT_ROLE)."""
        raise NotImplementedError

    def accepts_edit(self, index: Index, role: int) -> bool:
        """An edit of an editable cell that `edit_handler` can take."""
        return (
            role == Qt.ItemDataRole.EditRole
            and index.isValid()
            and self.edit_handler is not None
            and bool(self.flags(index) & Qt.ItemFlag.ItemIsEditable)
        )

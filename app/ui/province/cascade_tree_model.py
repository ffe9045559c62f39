"""The province-wide cascade as a tree: one row per official, under the official they signed
with (Gubernur → JPT Madya → Kepala Perangkat Daerah → …)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.engine.profile import Profile
from app.services.province_tree import CascadeNode

from app.ui.widgets.labels import LEVEL, STATUS, label
from app.ui.widgets.number_entry import show_percent

Index = QModelIndex | QPersistentModelIndex
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
_TOP = QModelIndex()


class ProvinceCascadeTreeModel(QAbstractItemModel):
    """Nodes: `app.services.province_tree.CascadeNode` (each knows its parent)."""

    CONTEXT = "ProvinceCascadeTreeModel"
    COL_NAME, COL_LEVEL, COL_UNIT, COL_STATUS, COL_INDICATORS, COL_SCORE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("ProvinceCascadeTreeModel", "Pejabat"),
        QT_TRANSLATE_NOOP("ProvinceCascadeTreeModel", "Jenjang"),
        QT_TRANSLATE_NOOP("ProvinceCascadeTreeModel", "Unit"),
        QT_TRANSLATE_NOOP("ProvinceCascadeTreeModel", "Status PK"),
        QT_TRANSLATE_NOOP("ProvinceCascadeTreeModel", "IKU (diturunkan)"),
        QT_TRANSLATE_NOOP("ProvinceCascadeTreeModel", "Nilai Kinerja"),
    )
    NO_AGREEMENT = QT_TRANSLATE_NOOP("ProvinceCascadeTreeModel", "tanpa PK")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._roots: list[CascadeNode] = []
        self.profile: Profile | None = None

    def set_roots(self, roots: list[CascadeNode], profile: Profile | None = None) -> None:
        self.beginResetModel()
        self._roots = list(roots)
        self.profile = profile
        self.endResetModel()

    def _siblings(self, node: CascadeNode) -> list[CascadeNode]:
        return node.parent.children if node.parent is not None else self._roots

    def node(self, index: Index) -> CascadeNode | None:
        return index.internalPointer() if index.isValid() else None

    def index(self, row: int, column: int, parent: Index = _TOP) -> QModelIndex:
        above = self.node(parent)
        children = above.children if above is not None else self._roots
        if not (0 <= row < len(children) and 0 <= column < len(self.HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = _TOP) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        above = node.parent
        return self.createIndex(self._siblings(above).index(above), 0, above)

    def rowCount(self, parent: Index = _TOP) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        above = self.node(parent)
        return len(above.children) if above is not None else len(self._roots)

    def columnCount(self, parent: Index = _TOP) -> int:
        return len(self.HEADERS)

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == OBJECT_ROLE:
            return node
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_SCORE:
            band = self.profile.band_of(node.score) if self.profile is not None else None
            return QColor(band.color) if band is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.COL_INDICATORS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NAME:
            return node.title
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_NAME:
            return node.name
        if column == self.COL_LEVEL:
            return label(LEVEL, node.level) if node.level else ""
        if column == self.COL_UNIT:
            return node.unit_code
        if node.agreement_id is None:
            no_pk = QCoreApplication.translate(self.CONTEXT, self.NO_AGREEMENT)
            return no_pk if column == self.COL_STATUS else ""
        if column == self.COL_STATUS:
            return label(STATUS, node.status) if node.status else ""
        if column == self.COL_INDICATORS:
            return f"{node.indicators} ({node.cascaded})"
        return show_percent(node.score)

"""The left pane: a search box over the whole database and the lazy cascade tree.

Filtering a lazy tree by hiding rows would need every row loaded, so the search box asks the
database instead (units, officials, sasaran, IKU containing the text) and lists the hits;
choosing one opens the tree along the hit's path and selects it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services import search, tree
from app.services.search import SearchHit
from app.services.tree import TreeNode

from app.ui.shell.cascade_tree_model import NODE_ROLE, CascadeTreeModel
from app.ui.widgets import icons

if TYPE_CHECKING:
    from app.models.database import Database

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
_TOP = QModelIndex()


class SearchResultsModel(QAbstractListModel):
    """Search hits: one row per unit, official, sasaran or IKU found."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_rows(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _TOP) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.label}\n{hit.context}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.label}\n{hit.context}"
        if role == Qt.ItemDataRole.DecorationRole:
            return {
                tree.UNIT: icons.unit_icon,
                tree.OFFICIAL: icons.official_icon,
                tree.GOAL: icons.goal_icon,
            }.get(hit.kind, icons.indicator_icon)()
        if role == HIT_ROLE:
            return hit
        return None


class TreePane(QWidget):
    """Signals:
    nodeSelected(object): the TreeNode now selected (None when nothing is).
    """

    nodeSelected = Signal(object)

    def __init__(self, db: Database, period: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("treeSearch")
        self.results_model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setModel(self.results_model)
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.hide()
        self.hint = QLabel(self)
        self.hint.setObjectName("treeHint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.model = CascadeTreeModel(db, period, self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("cascadeTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CascadeTreeModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        # A fixed width: sizing to contents would read every row of a 500-row level.
        header.setSectionResizeMode(CascadeTreeModel.COL_CAPAIAN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(
            CascadeTreeModel.COL_CAPAIAN, self.fontMetrics().horizontalAdvance("100,00") + 40
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.hint)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.tree, 3)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._choose_first)
        self.results.activated.connect(self._choose)
        self.results.clicked.connect(self._choose)
        selection = self.tree.selectionModel()
        selection.currentRowChanged.connect(self._current_changed)
        if self.model.rowCount() == 1:
            self.tree.expand(self.model.index(0, 0))
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Cari unit, pejabat, sasaran atau IKU (Ctrl+F)"))
        self.search.setToolTip(self.tr("Ketik minimal dua huruf; Enter membuka hasil pertama."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- search -----------------------------------------------------------------------------

    def _run_search(self) -> None:
        text = self.search.text().strip()
        if len(text) < 2:
            self.results_model.set_rows([])
            self.results.hide()
            self.hint.hide()
            return
        hits = search.search_tree(self._db, text)
        self.results_model.set_rows(hits)
        self.results.setVisible(bool(hits))
        self.hint.setText(
            self.tr("{count} hasil untuk “{text}”").format(count=len(hits), text=text)
            if hits
            else self.tr("Tidak ada yang cocok dengan “{text}”.").format(text=text)
        )
        self.hint.show()

    def _choose_first(self) -> None:
        self._search_timer.stop()
        self._run_search()
        if self.results_model.rowCount() > 0:
            self._choose(self.results_model.index(0, 0))

    def _choose(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.select(hit.kind, hit.id)
            self.tree.setFocus()

    # --- selection --------------------------------------------------------------------------

    def select(self, kind: str, node_id: str) -> bool:
        """Open the tree down to a node and select it; False if it is not in the tree."""
        path = search.tree_path(self._db, kind, node_id)
        index = self.model.ensure_path(path)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def select_path_text(self, text: str) -> bool:
        """Select the node a "BKD/Maria Qibtya/2024" path names (used by --select)."""
        found = search.resolve_tree_path(self._db, text)
        if found is None:
            return False
        ok = self.select(*found)
        if ok:
            self.tree.expand(self.tree.currentIndex())
        return ok

    def current_node(self) -> TreeNode | None:
        node = self.tree.currentIndex().data(NODE_ROLE)
        return node if isinstance(node, TreeNode) else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = current.data(NODE_ROLE) if current.isValid() else None
        self.nodeSelected.emit(node if isinstance(node, TreeNode) else None)

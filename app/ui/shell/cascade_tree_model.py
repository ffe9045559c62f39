"""The cascade tree (unit → official → PK → sasaran → IKU → cascaded IKU), loaded lazily.

Only the children of expanded nodes are read, `BATCH` rows at a time through
`canFetchMore`/`fetchMore`, so a province with 30,000 IKUs opens as fast as the demo. Capaian
colours come from agreement scores for the chosen period, computed in the background and
handed in with `set_scores`; `scoresNeeded` says which agreements lack them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.engine.messages import render_message
from app.services import tree
from app.services.tree import TreeNode

from app.ui.shell.i18n import current_language
from app.ui.widgets import icons
from app.ui.widgets.labels import AS_OF, KIND, STATUS, band_label, label
from app.ui.widgets.number_entry import show_percent
from app.ui.widgets.tree_table_model import TreeIndexModel

if TYPE_CHECKING:
    from app.engine.scoring import AgreementScore, GoalScore, IndicatorScore
    from app.models.database import Database

BATCH = 200
NODE_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()  # the invisible root, as a default argument


class _Item:
    __slots__ = ("node", "parent", "children", "total", "row")

    def __init__(self, node: TreeNode | None, parent: _Item | None, row: int) -> None:
        self.node = node
        self.parent = parent
        self.children: list[_Item] = []
        self.total = node.child_count if node is not None else 0
        self.row = row

    @property
    def kind(self) -> str:
        return self.node.kind if self.node is not None else tree.ROOT

    @property
    def id(self) -> str | None:
        return self.node.id if self.node is not None else None


class CascadeTreeModel(TreeIndexModel):
    """Signals:
    scoresNeeded(list): agreement ids whose scores for the current period are missing.
    """

    COL_NAME = 0
    COL_CAPAIAN = 1
    COLUMN_COUNT = 2

    scoresNeeded = Signal(list)

    def __init__(self, db: Database, period: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._period = period
        self._root = _Item(None, None, 0)
        self._root.total = tree.tree_child_count(db, tree.ROOT, None)
        self._by_id: dict[str, list[_Item]] = {}
        self._scores: dict[str, AgreementScore] = {}
        self._requested: set[str] = set()
        self._pending: set[str] = set()
        self._ask_timer = QTimer(self)
        self._ask_timer.setSingleShot(True)
        self._ask_timer.setInterval(0)
        self._ask_timer.timeout.connect(self._emit_pending)
        self._bold = QFont()
        self._bold.setBold(True)
        # agreement id -> (short suffix, tooltip line), e.g. the sync state (app/ui/sync)
        self._badges: dict[str, tuple[str, str]] = {}

    # --- structure --------------------------------------------------------------------------

    def _item(self, index: Index) -> _Item:
        item = self._row(index)
        assert isinstance(item, _Item)
        return item

    def columnCount(self, parent: Index = _TOP) -> int:
        return self.COLUMN_COUNT

    def hasChildren(self, parent: Index = _TOP) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        item = self._item(parent)
        return item.total > 0 or bool(item.children)

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        item = self._item(parent)
        return len(item.children) < item.total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() and parent.column() != 0:
            return
        item = self._item(parent)
        start = len(item.children)
        nodes = tree.tree_children(self._db, item.kind, item.id, start, BATCH)
        if not nodes:
            item.total = start
            return
        self.beginInsertRows(parent, start, start + len(nodes) - 1)
        for offset, node in enumerate(nodes):
            self._adopt(item, node, start + offset)
        self.endInsertRows()
        self._request_scores(nodes)

    def _adopt(self, parent: _Item, node: TreeNode, row: int) -> _Item:
        child = _Item(node, parent, row)
        parent.children.insert(row, child)
        self._by_id.setdefault(node.id, []).append(child)
        return child

    def _forget(self, item: _Item) -> None:
        for child in item.children:
            self._forget(child)
        if item.node is not None:
            same = self._by_id.get(item.node.id, [])
            if item in same:
                same.remove(item)
            if not same:
                self._by_id.pop(item.node.id, None)

    def loaded_count(self) -> int:
        """How many nodes are in memory (the province test asserts it stays small)."""
        return sum(len(items) for items in self._by_id.values())

    def total_count(self, index: Index = _TOP) -> int:
        return self._item(index).total

    # --- data -------------------------------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.COL_NAME:
            return QCoreApplication.translate("CascadeTree", "Unit, pejabat, PK, sasaran, IKU")
        if section == self.COL_CAPAIAN:
            return QCoreApplication.translate("CascadeTree", "Capaian")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._item(index)
        node = item.node
        assert node is not None
        column = index.column()
        if role == NODE_ROLE:
            return node
        if role == KIND_ROLE:
            return node.kind
        if role == ID_ROLE:
            return node.id
        if role == SORT_ROLE:
            return item.row
        score, band = self._score_of(node)
        if column == self.COL_CAPAIAN:
            if role == Qt.ItemDataRole.DisplayRole:
                return show_percent(score, "") if score is not None else ""
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.DecorationRole and band is not None:
                return icons.colour_chip(band[1])
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(node, score, band)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(node, band)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, score, band)
        if role == Qt.ItemDataRole.FontRole and node.kind == tree.AGREEMENT:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and node.owner:
            return QBrush(QColor("#455A64"))
        return None

    def _text(self, node: TreeNode) -> str:
        if node.kind == tree.AGREEMENT:
            text = QCoreApplication.translate("CascadeTree", "PK {year}").format(year=node.year)
            if node.detail and node.detail != "original":
                text += f" · {label(KIND, node.detail)}"
            text = f"{text} · {label(STATUS, node.status)}"
            badge = self._badges.get(node.id or "")
            return f"{text} · {badge[0]}" if badge else text
        if node.kind == tree.GOAL:
            return f"{node.number}. {node.label}" if node.number else node.label
        if node.kind == tree.INDICATOR:
            name = f"{node.number}. {node.label}" if node.number and not node.owner else node.label
            return f"{node.owner}: {name}" if node.owner else name
        if node.kind == tree.OFFICIAL and node.prefix:
            return f"{node.label} ({node.prefix})"
        return node.label

    def _icon(self, node: TreeNode, band: tuple[str, str] | None) -> Any:
        if node.kind == tree.UNIT:
            return icons.unit_icon()
        if node.kind == tree.OFFICIAL:
            return icons.official_icon()
        if node.kind == tree.AGREEMENT:
            return icons.agreement_icon(node.status or "draft")
        if node.kind == tree.GOAL:
            return icons.goal_icon()
        return icons.indicator_icon(node.cascade, band[1] if band else None)

    def _tooltip(self, node: TreeNode, score: Any, band: tuple[str, str] | None) -> str:
        lines = [self._text(node)]
        if node.kind == tree.AGREEMENT and node.id in self._badges:
            lines.append(self._badges[node.id][1])
        if node.kind == tree.OFFICIAL and node.detail:
            lines.append(node.detail)
        if node.kind == tree.UNIT and node.detail:
            lines.append(
                QCoreApplication.translate("CascadeTree", "Kode: {code}").format(code=node.detail)
            )
        if node.cascade:
            method = {
                "direct": QCoreApplication.translate("CascadeTree", "Cascading direct"),
                "indirect": QCoreApplication.translate("CascadeTree", "Cascading indirect"),
                "none": QCoreApplication.translate("CascadeTree", "Non-cascading"),
            }.get(node.cascade, node.cascade)
            lines.append(method + (f" — {node.detail}" if node.owner and node.detail else ""))
        if node.kind in (tree.AGREEMENT, tree.GOAL, tree.INDICATOR):
            period = label(AS_OF, self._period)
            if score is not None and band is not None:
                lines.append(
                    QCoreApplication.translate("CascadeTree", "{period}: {value} ({band})").format(
                        period=period, value=show_percent(score), band=band[0]
                    )
                )
            elif node.agreement_id in self._scores:
                reason = self._na_reason(node)
                lines.append(
                    QCoreApplication.translate("CascadeTree", "{period}: N/A").format(period=period)
                    + (f" — {reason}" if reason else "")
                )
        return "\n".join(lines)

    # --- scores -----------------------------------------------------------------------------

    @property
    def period(self) -> str:
        return self._period

    def set_period(self, period: str) -> None:
        """Forget scores of the previous period and ask for the new ones."""
        self._period = period
        self._scores.clear()
        self._requested.clear()
        ids = {n.node.agreement_id for items in self._by_id.values() for n in items if n.node}
        self._ask({i for i in ids if i})
        self._refresh_all()

    def invalidate_scores(self, agreement_ids: Iterable[str] | None = None) -> None:
        ids = set(self._scores) if agreement_ids is None else set(agreement_ids)
        for agreement_id in ids:
            self._scores.pop(agreement_id, None)
            self._requested.discard(agreement_id)
        loaded = {n.node.agreement_id for items in self._by_id.values() for n in items if n.node}
        self._ask(ids & loaded)

    def set_scores(self, period: str, scores: dict[str, AgreementScore]) -> None:
        if period != self._period:
            return
        self._scores.update(scores)
        self._refresh_agreements(set(scores))

    def set_badges(self, badges: dict[str, tuple[str, str]]) -> None:
        """Show a short suffix (and a tooltip line) on agreement rows; replaces earlier ones."""
        changed = {
            k for k in set(self._badges) | set(badges) if self._badges.get(k) != badges.get(k)
        }
        self._badges = dict(badges)
        if changed:
            self._refresh_agreements(changed)

    def missing_scores(self) -> set[str]:
        loaded = {n.node.agreement_id for items in self._by_id.values() for n in items if n.node}
        return {i for i in loaded if i and i not in self._scores}

    def _request_scores(self, nodes: list[TreeNode]) -> None:
        self._ask({n.agreement_id for n in nodes if n.agreement_id})

    def _ask(self, ids: set[str]) -> None:
        wanted = {i for i in ids if i not in self._scores and i not in self._requested}
        if wanted:
            self._requested.update(wanted)
            self._pending.update(wanted)
            self._ask_timer.start()  # one request for everything loaded in this turn

    def _emit_pending(self) -> None:
        if self._pending:
            wanted = sorted(self._pending)
            self._pending.clear()
            self.scoresNeeded.emit(wanted)

    def _refresh_all(self) -> None:
        self._emit_changed(self._root)

    def _refresh_agreements(self, agreement_ids: set[str]) -> None:
        """dataChanged for the rows showing these agreements' scores, one signal per parent
        spanning the affected rows."""
        spans: dict[int, tuple[_Item, int, int]] = {}
        for items in self._by_id.values():
            for item in items:
                node = item.node
                if node is None or node.agreement_id not in agreement_ids or item.parent is None:
                    continue
                key = id(item.parent)
                parent, low, high = spans.get(key, (item.parent, item.row, item.row))
                spans[key] = (parent, min(low, item.row), max(high, item.row))
        for parent, low, high in spans.values():
            parent_index = (
                QModelIndex() if parent is self._root else self.createIndex(parent.row, 0, parent)
            )
            self.dataChanged.emit(
                self.index(low, 0, parent_index), self.index(high, self.COL_CAPAIAN, parent_index)
            )

    def _emit_changed(self, item: _Item) -> None:
        if item.children:
            parent = QModelIndex() if item is self._root else self.createIndex(item.row, 0, item)
            self.dataChanged.emit(
                self.index(0, 0, parent),
                self.index(len(item.children) - 1, self.COLUMN_COUNT - 1, parent),
            )
            for child in item.children:
                self._emit_changed(child)

    def _score_objects(self, node: TreeNode) -> AgreementScore | GoalScore | IndicatorScore | None:
        score = self._scores.get(node.agreement_id or "")
        if score is None:
            return None
        if node.kind == tree.AGREEMENT:
            return score
        for goal in score.goals:
            if node.kind == tree.GOAL and goal.goal_id == node.id:
                return goal
            if node.kind == tree.INDICATOR and goal.goal_id == node.goal_id:
                return next((i for i in goal.indicators if i.indicator_id == node.id), None)
        return None

    def _score_of(self, node: TreeNode) -> tuple[Any, tuple[str, str] | None]:
        found = self._score_objects(node)
        if found is None:
            return None, None
        value = getattr(found, "overall", None) if node.kind == tree.AGREEMENT else None
        if node.kind == tree.GOAL:
            value = getattr(found, "score", None)
        if node.kind == tree.INDICATOR:
            value = getattr(found, "capaian", None)
        band = getattr(found, "band", None)
        if value is None or band is None:
            return None, None
        return value, (band_label(band), band.color)

    def _na_reason(self, node: TreeNode) -> str:
        found = self._score_objects(node)
        reason = None
        if found is not None:
            reason = getattr(found, "na_reason", None) or getattr(found, "overall_reason", None)
        if not reason:
            return ""
        return render_message(reason, {"period": label(AS_OF, self._period)}, current_language())

    # --- finding and refreshing nodes -------------------------------------------------------

    def index_of(self, kind: str, node_id: str) -> QModelIndex:
        for item in self._by_id.get(node_id, []):
            if item.kind == kind and item.node is not None and not item.node.owner:
                return self.createIndex(item.row, 0, item)
        for item in self._by_id.get(node_id, []):
            if item.kind == kind:
                return self.createIndex(item.row, 0, item)
        return QModelIndex()

    def ensure_path(self, path: list[tuple[str, str]]) -> QModelIndex:
        """Load the nodes along a (kind, id) path from the top; the index of the last one."""
        parent = QModelIndex()
        for kind, node_id in path:
            found = self._child_index(parent, kind, node_id)
            while not found.isValid() and self.canFetchMore(parent):
                self.fetchMore(parent)
                found = self._child_index(parent, kind, node_id)
            if not found.isValid():
                return QModelIndex()
            parent = found
        return parent

    def _child_index(self, parent: Index, kind: str, node_id: str) -> QModelIndex:
        item = self._item(parent)
        for child in item.children:
            if child.node is not None and child.node.id == node_id and child.kind == kind:
                return self.createIndex(child.row, 0, child)
        return QModelIndex()

    def refresh_children(self, kind: str, node_id: str | None) -> None:
        """Re-read the loaded children of a node after an edit (added, removed, moved,
        renamed), keeping expanded grandchildren where their rows survive."""
        if kind == tree.ROOT:
            targets = [self._root]
        else:
            targets = [i for i in self._by_id.get(node_id or "", []) if i.kind == kind]
        for item in targets:
            self._refresh(item)

    def refresh_node(self, kind: str, node_id: str) -> None:
        """Re-read one node's own text (its parent's level is re-read)."""
        for item in list(self._by_id.get(node_id, [])):
            if item.kind == kind and item.parent is not None:
                self._refresh(item.parent)

    def _refresh(self, item: _Item) -> None:
        parent_index = QModelIndex() if item is self._root else self.createIndex(item.row, 0, item)
        total = tree.tree_child_count(self._db, item.kind, item.id)
        if not item.children:
            item.total = total
            if item is not self._root and item.parent is not None:
                self.dataChanged.emit(parent_index, parent_index)
            return
        # Re-read what was loaded, plus rows added since (up to a batch).
        wanted = max(len(item.children), min(total, BATCH))
        fresh = tree.tree_children(self._db, item.kind, item.id, 0, wanted)
        old_ids = [c.node.id for c in item.children if c.node is not None]
        new_ids = [n.id for n in fresh]
        item.total = total
        if old_ids == new_ids:
            for child, node in zip(item.children, fresh, strict=True):
                child.node = node
                child.total = max(node.child_count, len(child.children))
                if len(child.children) > node.child_count:
                    self._refresh(child)
            self.dataChanged.emit(
                self.index(0, 0, parent_index),
                self.index(len(fresh) - 1, self.COLUMN_COUNT - 1, parent_index),
            )
            return
        # Structure changed: drop the old rows and insert the fresh ones.
        self.beginRemoveRows(parent_index, 0, len(item.children) - 1)
        for child in item.children:
            self._forget(child)
        item.children = []
        self.endRemoveRows()
        if fresh:
            self.beginInsertRows(parent_index, 0, len(fresh) - 1)
            for row, node in enumerate(fresh):
                self._adopt(item, node, row)
            self.endInsertRows()
            self._request_scores(fresh)
        if item is not self._root:
            self.dataChanged.emit(parent_index, parent_index)

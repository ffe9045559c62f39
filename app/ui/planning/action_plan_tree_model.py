"""The Rencana Aksi of one IKU as a tree-table: RA n → KK n.m → T/O n.m.k (seed 000).

Numbers are derived by the service from positions, so moving a row renumbers it and its
siblings. Edits do not change the model: they go to `edit_handler(kind, id, field, value)`,
which runs an undoable command; the editor then reloads the tree from the database.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.planning import ActionPlanTree

from app.ui.widgets import icons
from app.ui.widgets.delegates import CHOICES_ROLE, EDIT_TEXT_ROLE, PARSER_ROLE
from app.ui.widgets.labels import PERIOD, label
from app.ui.widgets.number_entry import Parsed
from app.ui.widgets.tree_table_model import (
    ITEM_ROLE,
    SORT_ROLE,
    Index,
    TreeRow,
    TreeTableModel,
    new_root,
)

# ITEM_ROLE gives ("action_plan"|"criterion"|"output", id).
__all__ = ["ITEM_ROLE", "SORT_ROLE", "ActionPlanTreeModel", "date_parser", "parse_day"]

HEADERS = (
    QT_TRANSLATE_NOOP("ActionPlanTree", "No."),
    QT_TRANSLATE_NOOP("ActionPlanTree", "Rencana Aksi / Kriteria Keberhasilan / Target/Output"),
    QT_TRANSLATE_NOOP("ActionPlanTree", "Waktu"),
    QT_TRANSLATE_NOOP("ActionPlanTree", "Penanggung jawab"),
    QT_TRANSLATE_NOOP("ActionPlanTree", "Mitigasi"),
    QT_TRANSLATE_NOOP("ActionPlanTree", "Status"),
    QT_TRANSLATE_NOOP("ActionPlanTree", "Tanggal selesai"),
)

OUTPUT_STATUS = {
    "planned": QT_TRANSLATE_NOOP("ActionPlanTree", "Direncanakan"),
    "in_progress": QT_TRANSLATE_NOOP("ActionPlanTree", "Berjalan"),
    "done": QT_TRANSLATE_NOOP("ActionPlanTree", "Selesai"),
    "cancelled": QT_TRANSLATE_NOOP("ActionPlanTree", "Dibatalkan"),
}
STATUS_COLOURS = {
    "planned": "#90A4AE",
    "in_progress": "#1E88E5",
    "done": "#2E7D32",
    "cancelled": "#C62828",
}
QUARTER_PERIODS = ("TW1", "TW2", "TW3", "TW4")
_DATE = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")


def status_label(value: str) -> str:
    text = OUTPUT_STATUS.get(value)
    return QCoreApplication.translate("ActionPlanTree", text) if text else value


def quarter_label(quarter: int) -> str:
    return label(PERIOD, f"TW{quarter}")


def parse_day(text: str) -> tuple[bool, dt.date | None, str]:
    """ "31-03-2024" (or 31/3/2024), or empty for no date."""
    if not text.strip():
        return True, None, ""
    match = _DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return True, dt.date(year, month, day), ""
        except ValueError:
            pass
    return (
        False,
        None,
        QCoreApplication.translate(
            "ActionPlanTree", "“{text}” bukan tanggal. Ketik misalnya 31-03-2024."
        ).format(text=text.strip()),
    )


def date_parser(text: str) -> Parsed:
    ok, _day, message = parse_day(text)
    return Parsed(ok, message=message)


EditHandler = Callable[[str, str, str, Any], bool]


class ActionPlanTreeModel(TreeTableModel):
    CONTEXT = "ActionPlanTree"
    HEADERS = HEADERS
    COL_NUMBER = 0
    COL_TEXT = 1
    COL_DUE = 2
    COL_RESPONSIBLE = 3
    COL_MITIGATION = 4
    COL_STATUS = 5
    COL_COMPLETED = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.edit_handler: EditHandler | None = None

    # --- content ----------------------------------------------------------------------------

    @staticmethod
    def _build(tree: ActionPlanTree | None) -> TreeRow:
        root = new_root()
        for plan in tree.plans if tree else ():
            plan_row = root.add("action_plan", plan.id, plan)
            for criterion in plan.criteria:
                kk = plan_row.add("criterion", criterion.id, criterion)
                for output in criterion.outputs:
                    kk.add("output", output.id, output)
        return root

    def set_rows(self, tree: ActionPlanTree | None) -> None:
        """Show `tree`; rows that stay in place keep their indexes (only data changes)."""
        self.set_root(self._build(tree))

    def payload(self, index: Index) -> Any:
        return self._row(index).payload if index.isValid() else None

    def parent_key(self, index: Index) -> str | None:
        if not index.isValid():
            return None
        parent = self._row(index).parent
        return parent.key if parent is not None and parent is not self._root else None

    def sibling_count(self, index: Index) -> int:
        if not index.isValid():
            return 0
        parent = self._row(index).parent
        return len(parent.children) if parent is not None else 0

    def numbers(self) -> list[str]:
        """Every number in display order (RA1, KK1.1, T/O1.1.1, …)."""
        return [row.payload.number for row in self._root.walk()]

    # --- structure --------------------------------------------------------------------------

    def _editable_columns(self, kind: str) -> tuple[int, ...]:
        if kind == "action_plan":
            return (self.COL_TEXT, self.COL_MITIGATION)
        if kind == "criterion":
            return (self.COL_TEXT,)
        return (
            self.COL_TEXT,
            self.COL_DUE,
            self.COL_RESPONSIBLE,
            self.COL_MITIGATION,
            self.COL_STATUS,
            self.COL_COMPLETED,
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in self._editable_columns(self._row(index).kind):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # --- data -------------------------------------------------------------------------------

    def _data(self, row: TreeRow, column: int, role: int) -> Any:
        node = row.payload
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, EDIT_TEXT_ROLE):
            return self._text(row.kind, node, column, role)
        if role == CHOICES_ROLE and row.kind == "output":
            if column == self.COL_DUE:
                return [quarter_label(q) for q in (1, 2, 3, 4)]
            if column == self.COL_STATUS:
                return [status_label(s) for s in OUTPUT_STATUS]
            return None
        if role == PARSER_ROLE and row.kind == "output" and column == self.COL_COMPLETED:
            return date_parser
        if role == Qt.ItemDataRole.FontRole:
            if row.kind == "action_plan" and column in (self.COL_NUMBER, self.COL_TEXT):
                return self._bold
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if row.kind == "output" and column == self.COL_STATUS:
                return icons.colour_chip(STATUS_COLOURS.get(node.status, "#90A4AE"))
            return None
        if role == Qt.ItemDataRole.BackgroundRole and row.kind == "action_plan":
            return QBrush(QColor("#ECEFF1"))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_NUMBER:
            return QBrush(QColor("#37474F"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_MITIGATION and getattr(node, "mitigation", None):
                return node.mitigation
            return node.text
        return None

    def _text(self, kind: str, node: Any, column: int, role: int) -> Any:
        if column == self.COL_NUMBER:
            return node.number if role == Qt.ItemDataRole.DisplayRole else None
        if column == self.COL_TEXT:
            return node.text
        if column == self.COL_MITIGATION and kind in ("action_plan", "output"):
            return node.mitigation or ""
        if kind != "output":
            return None
        if column == self.COL_DUE:
            return quarter_label(node.due_quarter)
        if column == self.COL_RESPONSIBLE:
            return node.responsible or ""
        if column == self.COL_STATUS:
            return status_label(node.status)
        if column == self.COL_COMPLETED:
            return node.completed_on.strftime("%d-%m-%Y") if node.completed_on else ""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self.accepts_edit(index, role) or self.edit_handler is None:
            return False
        row = self._row(index)
        column = index.column()
        text = "" if value is None else str(value)
        field: str
        parsed: Any = text.strip()
        if column == self.COL_TEXT:
            field = "text"
        elif column == self.COL_MITIGATION:
            field = "mitigation"
        elif column == self.COL_RESPONSIBLE:
            field = "responsible"
        elif column == self.COL_DUE:
            field = "due_quarter"
            labels = [quarter_label(q) for q in (1, 2, 3, 4)]
            if text not in labels:
                return False
            parsed = labels.index(text) + 1
        elif column == self.COL_STATUS:
            field = "status"
            by_label = {status_label(s): s for s in OUTPUT_STATUS}
            if text not in by_label:
                return False
            parsed = by_label[text]
        elif column == self.COL_COMPLETED:
            field = "completed_on"  # the editor reads the date and explains a bad one
        else:
            return False
        return self.edit_handler(row.kind, row.key, field, parsed)

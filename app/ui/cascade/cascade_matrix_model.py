"""The cascading matrix of a superior's PK (seed 002 lampiran I–III): rows are the superior's
IKU grouped by sasaran, columns the subordinates' PK, cells ✓ (or the note written in place of
the tick, e.g. "(PKK, Jumantik, Posyandu)").

Cells are edited through `edit_handler(indicator_id, agreement_id, note)` (the note of a ticked
cell); ticking and unticking are commands run by the view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.matrix import CascadeMatrix, MatrixCell, MatrixColumn, MatrixRow

from app.ui.widgets import icons
from app.ui.widgets.labels import CASCADE_METHOD, CATEGORY, LOCATION_CONSOLIDATION, STATUS, label
from app.ui.widgets.number_entry import show_number, show_percent
from app.ui.widgets.tree_table_model import (
    ITEM_ROLE,
    SORT_ROLE,
    Index,
    TreeRow,
    TreeTableModel,
    new_root,
    shape,
)

# ITEM_ROLE gives ("goal", goal id) or ("indicator", indicator id).
__all__ = ["CELL_ROLE", "ITEM_ROLE", "SORT_ROLE", "CascadeMatrixModel"]
_TOP = QModelIndex()
CELL_ROLE = Qt.ItemDataRole.UserRole + 3  # (parent indicator id, child agreement id)

HEADERS = (
    QT_TRANSLATE_NOOP("CascadeMatrix", "No."),
    QT_TRANSLATE_NOOP("CascadeMatrix", "Sasaran / Indikator Kinerja atasan"),
    QT_TRANSLATE_NOOP("CascadeMatrix", "Target"),
)
DIRECT_COLOUR = "#E8F5E9"
INDIRECT_COLOUR = "#E0F2F1"
LOCKED_COLOUR = "#F5F5F5"
PROBLEM_COLOUR = "#FFEBEE"


EditHandler = Callable[[str, str, str], bool]


class CascadeMatrixModel(TreeTableModel):
    CONTEXT = "CascadeMatrix"
    HEADERS = HEADERS
    COL_NUMBER = 0
    COL_INDICATOR = 1
    COL_TARGET = 2
    COL_FIRST_CHILD = 3  # one column per subordinate PK from here

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._matrix: CascadeMatrix | None = None
        self._columns: list[MatrixColumn] = []
        self._problems: dict[tuple[str, str | None], list[str]] = {}
        self.edit_handler: EditHandler | None = None

    # --- content ----------------------------------------------------------------------------

    def set_matrix(self, matrix: CascadeMatrix | None) -> None:
        root = new_root()
        goals: dict[str, TreeRow] = {}
        for row in matrix.rows if matrix else []:
            goal = goals.get(row.goal_id)
            if goal is None:
                goal = goals[row.goal_id] = root.add("goal", row.goal_id, row)
            goal.add("indicator", row.indicator_id, row)
        columns = list(matrix.columns) if matrix else []
        same = (
            self._matrix is not None
            and matrix is not None
            and [c.agreement_id for c in columns] == [c.agreement_id for c in self._columns]
            and shape(root) == shape(self._root)
        )
        if same:
            assert matrix is not None
            self._matrix = matrix
            self._columns = columns
            self._take_payloads(root)
            return
        self.beginResetModel()
        self._matrix = matrix
        self._columns = columns
        self._root = root
        self.endResetModel()

    def set_problems(self, problems: dict[tuple[str, str | None], list[str]]) -> None:
        """Finding messages per (parent indicator id, child agreement id or None for the row)."""
        self._problems = problems
        self._emit_all()

    @property
    def matrix(self) -> CascadeMatrix | None:
        return self._matrix

    def columns(self) -> list[MatrixColumn]:
        return list(self._columns)

    def column_of(self, agreement_id: str) -> int:
        for number, column in enumerate(self._columns):
            if column.agreement_id == agreement_id:
                return self.COL_FIRST_CHILD + number
        return -1

    def child_column(self, column: int) -> MatrixColumn | None:
        number = column - self.COL_FIRST_CHILD
        return self._columns[number] if 0 <= number < len(self._columns) else None

    def find(  # type: ignore[override]
        self, indicator_id: str, agreement_id: str | None = None
    ) -> QModelIndex:
        """The indicator's row (column 0), or its cell in the subordinate's column."""
        row = self._find_row("indicator", indicator_id)
        if row is None:
            return QModelIndex()
        column = self.column_of(agreement_id) if agreement_id else 0
        return self.createIndex(row.row, max(column, 0), row)

    def cell(self, index: Index) -> MatrixCell | None:
        key = index.data(CELL_ROLE) if index.isValid() else None
        if key is None or self._matrix is None:
            return None
        return self._matrix.cell(*key)

    def row_data(self, index: Index) -> MatrixRow | None:
        if not index.isValid():
            return None
        row = self._row(index)
        return row.payload if row.kind == "indicator" else None

    def indicator_count(self) -> int:
        return sum(len(g.children) for g in self._root.children)

    # --- structure --------------------------------------------------------------------------

    def columnCount(self, parent: Index = _TOP) -> int:
        return self.COL_FIRST_CHILD + len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.child_column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if column is not None:
                lock = "🔒 " if column.locked else ""
                return f"{lock}{column.official}\n{_short_title(column.position_title)}"
            if 0 <= section < len(HEADERS):
                return QCoreApplication.translate("CascadeMatrix", HEADERS[section])
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column is not None:
            text = f"{column.position_title}\n{column.official} · {column.unit_code}\n"
            text += QCoreApplication.translate("CascadeMatrix", "Status PK: {status}").format(
                status=label(STATUS, column.status)
            )
            if column.locked:
                text += "\n" + QCoreApplication.translate(
                    "CascadeMatrix",
                    "PK bawahan ini sudah ditandatangani: kolomnya hanya dapat dibaca.",
                )
            return text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.child_column(index.column())
        if (
            self.editable
            and column is not None
            and not column.locked
            and self._row(index).kind == "indicator"
            and self.cell(index) is not None
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def cell_editable(self, index: Index) -> bool:
        """Can this cell be ticked or unticked (a subordinate's column that is not signed)?"""
        column = self.child_column(index.column()) if index.isValid() else None
        return (
            self.editable
            and column is not None
            and not column.locked
            and self._row(index).kind == "indicator"
        )

    # --- data -------------------------------------------------------------------------------

    def _data(self, row: TreeRow, column: int, role: int) -> Any:
        if row.kind == "goal":
            return self._goal_data(row.payload, column, role)
        payload: MatrixRow = row.payload
        child = self.child_column(column)
        if child is not None:
            if role == CELL_ROLE:
                return (payload.indicator_id, child.agreement_id)
            return self._cell_data(payload, child, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_NUMBER:
                return payload.number or ""
            if column == self.COL_INDICATOR:
                return payload.name
            if column == self.COL_TARGET:
                target = show_number(payload.annual_target)
                return f"{target} {payload.unit or ''}".strip()
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_INDICATOR:
            if self._problems.get((payload.indicator_id, None)):
                return icons.severity_icon("error")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            problems = self._problems.get((payload.indicator_id, None), [])
            lines = [payload.name]
            if payload.location_consolidation:
                lines.append(
                    QCoreApplication.translate(
                        "CascadeMatrix", "Konsolidasi lokasi: {value}"
                    ).format(value=label(LOCATION_CONSOLIDATION, payload.location_consolidation))
                )
            return "\n".join(lines + problems)
        if role == Qt.ItemDataRole.BackgroundRole and self._problems.get(
            (payload.indicator_id, None)
        ):
            return QBrush(QColor(PROBLEM_COLOUR))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_TARGET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _goal_data(self, row: MatrixRow, column: int, role: int) -> Any:
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            number = f"{row.goal_number}. " if row.goal_number else ""
            return f"{label(CATEGORY, row.goal_category)} {number}{row.goal_text}"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#ECEFF1"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.goal_text
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.goal_icon()
        return None

    def _cell_data(self, row: MatrixRow, column: MatrixColumn, role: int) -> Any:
        cell = self._matrix.cell(row.indicator_id, column.agreement_id) if self._matrix else None
        problems = self._problems.get((row.indicator_id, column.agreement_id), [])
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text if cell else ""
        if role == Qt.ItemDataRole.EditRole:
            return (cell.note or "") if cell else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and cell is not None and not cell.note:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and cell is not None:
            return QBrush(QColor("#1B5E20" if cell.method == "direct" else "#00695C"))
        if role == Qt.ItemDataRole.BackgroundRole:
            if problems:
                return QBrush(QColor(PROBLEM_COLOUR))
            if column.locked:
                return QBrush(QColor(LOCKED_COLOUR))
            if cell is not None:
                return QBrush(QColor(DIRECT_COLOUR if cell.method == "direct" else INDIRECT_COLOUR))
            return None
        if role == Qt.ItemDataRole.DecorationRole and problems:
            return icons.severity_icon("error")
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell is None:
                if column.locked:
                    return QCoreApplication.translate(
                        "CascadeMatrix", "PK {official} sudah ditandatangani."
                    ).format(official=column.official)
                return QCoreApplication.translate(
                    "CascadeMatrix",
                    "Belum di-cascade ke {official}. Klik ganda atau Spasi untuk mencentang.",
                ).format(official=column.official)
            text = label(CASCADE_METHOD, cell.method)
            if cell.share is not None:
                text += " · " + QCoreApplication.translate(
                    "CascadeMatrix", "porsi {share} %"
                ).format(share=show_percent(cell.share * 100))
            if cell.note:
                text += f"\n{cell.note}"
            return "\n".join([text, *problems])
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self.accepts_edit(index, role) or self.edit_handler is None:
            return False
        key = index.data(CELL_ROLE)
        if key is None:
            return False
        return self.edit_handler(key[0], key[1], str(value or "").strip())


def _short_title(title: str) -> str:
    """ "Asisten Pemerintahan Sekretaris Kota Administrasi Jakarta Barat" → first words."""
    words = title.split()
    return " ".join(words[:3]) + ("…" if len(words) > 3 else "")

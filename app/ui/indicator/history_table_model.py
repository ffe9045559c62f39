"""Side tables of the indicator editor: the Y-2/Y-1 history and the IKU of the same sasaran
with their weights for the chosen period."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.indicator_read import HistoryRow

from app.ui.widgets.delegates import EDIT_TEXT_ROLE, PARSER_ROLE
from app.ui.widgets.number_entry import parse_number, show_number, show_percent
from app.ui.widgets.row_table_model import EditableRowTableModel, Index, RowTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1

HISTORY_HEADERS = (
    QT_TRANSLATE_NOOP("HistoryTable", "Tahun"),
    QT_TRANSLATE_NOOP("HistoryTable", "Target"),
    QT_TRANSLATE_NOOP("HistoryTable", "Realisasi"),
    QT_TRANSLATE_NOOP("HistoryTable", "Keterangan"),
)


class HistoryTableModel(EditableRowTableModel):
    """Targets and realisations of the two years before the agreement (Y-2, Y-1)."""

    CONTEXT = "HistoryTable"
    HEADERS = HISTORY_HEADERS
    COL_YEAR = 0
    COL_TARGET = 1
    COL_ACTUAL = 2
    COL_NOTE = 3
    EDITABLE_COLUMNS = frozenset({COL_TARGET, COL_ACTUAL})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.edit_handler: Callable[[int, str, Decimal | None], bool] | None = None
        self.reject_handler: Callable[[str], None] | None = None

    def set_years(self, year: int, rows: tuple[HistoryRow, ...]) -> None:
        """Show Y-2 and Y-1 of an agreement of `year` (empty rows to type into if missing)."""
        by_year = {r.year: r for r in rows}
        shown = [by_year.get(y, HistoryRow("", y, None, None, None)) for y in (year - 2, year - 1)]
        shown += [r for r in rows if r.year not in (year - 2, year - 1)]
        self.set_rows(sorted(shown, key=lambda r: r.year))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == SORT_ROLE:
            return row.year
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(row.year),
                show_number(row.target),
                show_number(row.actual),
                row.note or "",
            )[column]
        if role in (Qt.ItemDataRole.EditRole, EDIT_TEXT_ROLE):
            value = {self.COL_TARGET: row.target, self.COL_ACTUAL: row.actual}.get(column)
            return "" if value is None else show_number(value)
        if role == PARSER_ROLE and column in self.EDITABLE_COLUMNS:
            return parse_number
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.EDITABLE_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def commit(self, row: HistoryRow, column: int, text: str) -> bool:
        parsed = parse_number(text)
        if not parsed.ok:
            if self.reject_handler is not None:
                self.reject_handler(parsed.message)
            return False
        assert self.edit_handler is not None
        field = "target" if column == self.COL_TARGET else "actual"
        return self.edit_handler(row.year, field, parsed.value)


SIBLING_HEADERS = (
    QT_TRANSLATE_NOOP("SiblingTable", "IKU pada sasaran ini"),
    QT_TRANSLATE_NOOP("SiblingTable", "Bobot"),
    QT_TRANSLATE_NOOP("SiblingTable", "Bobot tertimbang (%)"),
    QT_TRANSLATE_NOOP("SiblingTable", "Capaian (%)"),
)


class GoalWeightsTableModel(RowTableModel):
    """Every IKU of the sasaran with its table weight, weighted weight and capaian: an IKU
    whose capaian is N/A drops out and the others' weights are re-normalised (§6.4)."""

    CONTEXT = "SiblingTable"
    HEADERS = SIBLING_HEADERS
    COL_NAME = 0
    COL_WEIGHT = 1
    COL_WEIGHTED = 2
    COL_CAPAIAN = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._current = ""

    def set_weights(
        self, rows: tuple[tuple[str, Decimal, Decimal | None, Decimal | None], ...], current: str
    ) -> None:
        self._current = current
        self.set_rows(rows)

    def weighted(self, name: str) -> Decimal | None:
        return next((w for n, _, w, _ in self._rows if n == name), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        name, weight, weighted, capaian = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (name, show_number(weight), show_percent(weighted), show_percent(capaian))[
                column
            ]
        if role == SORT_ROLE:
            return index.row()
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and weighted is None:
            return QBrush(QColor("#8A8A8A"))
        if role == Qt.ItemDataRole.BackgroundRole and name == self._current:
            return QBrush(QColor("#E3F2FD"))
        if role == Qt.ItemDataRole.ToolTipRole and weighted is None:
            return QCoreApplication.translate(
                "SiblingTable", "Capaian N/A pada periode ini: tidak ikut dalam pembobotan."
            )
        return None

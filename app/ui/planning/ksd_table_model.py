"""A unit's Kegiatan Strategis Daerah rows with the columns of seed 002: No, No KSD, name and
sub-KSD, Rencana Aksi, the month targets B01–B12 (● planned, ✓ done), Capaian %, Penanggung
Jawab, Instansi Terkait, Kriteria Keberhasilan and Keterangan, plus the linked IKU. The month
marks come right after the action so they stay in view; the print keeps the seed's order.

The table is read-only; the row's fields and month targets are edited in the form below it.
"""

from __future__ import annotations

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

from app.services.ksd_table import KsdLine

from app.ui.widgets.number_entry import show_percent

Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

MONTH_NAMES = (
    QT_TRANSLATE_NOOP("KsdTable", "Januari"),
    QT_TRANSLATE_NOOP("KsdTable", "Februari"),
    QT_TRANSLATE_NOOP("KsdTable", "Maret"),
    QT_TRANSLATE_NOOP("KsdTable", "April"),
    QT_TRANSLATE_NOOP("KsdTable", "Mei"),
    QT_TRANSLATE_NOOP("KsdTable", "Juni"),
    QT_TRANSLATE_NOOP("KsdTable", "Juli"),
    QT_TRANSLATE_NOOP("KsdTable", "Agustus"),
    QT_TRANSLATE_NOOP("KsdTable", "September"),
    QT_TRANSLATE_NOOP("KsdTable", "Oktober"),
    QT_TRANSLATE_NOOP("KsdTable", "November"),
    QT_TRANSLATE_NOOP("KsdTable", "Desember"),
)
HEADERS = (
    QT_TRANSLATE_NOOP("KsdTable", "No"),
    QT_TRANSLATE_NOOP("KsdTable", "No KSD"),
    QT_TRANSLATE_NOOP("KsdTable", "Nama KSD"),
    QT_TRANSLATE_NOOP("KsdTable", "Sub-KSD"),
    QT_TRANSLATE_NOOP("KsdTable", "Rencana Aksi"),
    *(f"B{m:02d}" for m in range(1, 13)),
    QT_TRANSLATE_NOOP("KsdTable", "Capaian %"),
    QT_TRANSLATE_NOOP("KsdTable", "Penanggung Jawab"),
    QT_TRANSLATE_NOOP("KsdTable", "Instansi Terkait"),
    QT_TRANSLATE_NOOP("KsdTable", "Kriteria Keberhasilan"),
    QT_TRANSLATE_NOOP("KsdTable", "Keterangan"),
    QT_TRANSLATE_NOOP("KsdTable", "IKU terkait"),
)
DONE_COLOUR = "#C8E6C9"
PLANNED_COLOUR = "#E3F2FD"


def month_name(month: int) -> str:
    return QCoreApplication.translate("KsdTable", MONTH_NAMES[month - 1])


def _one_line(text: str | None) -> str:
    return " · ".join(part.strip() for part in (text or "").splitlines() if part.strip())


class KsdTableModel(QAbstractTableModel):
    COL_NO = 0
    COL_NUMBER = 1
    COL_NAME = 2
    COL_SUB = 3
    COL_ACTION = 4
    COL_B01 = 5  # B01..B12 are COL_B01 + month - 1: the month marks stay in view
    COL_CAPAIAN = 17
    COL_RESPONSIBLE = 18
    COL_RELATED = 19
    COL_CRITERIA = 20
    COL_NOTES = 21
    COL_INDICATOR = 22

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[KsdLine] = []

    def set_rows(self, rows: list[KsdLine] | tuple[KsdLine, ...]) -> None:
        """Show `rows`; the same ids in the same order only refresh the cells."""
        rows = list(rows)
        if rows and [r.id for r in rows] == [r.id for r in self._rows]:
            self._rows = rows
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1)
            )
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[KsdLine]:
        return list(self._rows)

    def line(self, row: int) -> KsdLine | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, ksd_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == ksd_id), -1)

    @classmethod
    def month_column(cls, month: int) -> int:
        return cls.COL_B01 + month - 1

    def rowCount(self, parent: Index = _TOP) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _TOP) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("KsdTable", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and self.COL_B01 <= section < self.COL_CAPAIAN:
            return month_name(section - self.COL_B01 + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return line.id
        if role == SORT_ROLE:
            return line.position
        if self.COL_B01 <= column < self.COL_CAPAIAN:
            return self._month_data(line, column - self.COL_B01 + 1, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_INDICATOR and line.locked:
                return QCoreApplication.translate(
                    "KsdTable", "IKU ini milik PK yang sudah ditandatangani: rencana KSD terkunci."
                )
            if column == self.COL_CAPAIAN:
                return QCoreApplication.translate(
                    "KsdTable", "{done} dari {due} target bulan selesai"
                ).format(done=line.done_count, due=line.due_count)
            return getattr(line, _FIELDS[column]) if column in _FIELDS else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_NO,
            self.COL_NUMBER,
            self.COL_CAPAIAN,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_INDICATOR:
            return QBrush(QColor("#546E7A"))
        return None

    def _text(self, line: KsdLine, row: int, column: int) -> Any:
        if column == self.COL_NO:
            return str(row + 1)
        if column == self.COL_CAPAIAN:
            return show_percent(line.capaian) if line.capaian is not None else ""
        if column == self.COL_INDICATOR:
            if not line.indicator_label:
                return ""
            return ("🔒 " if line.locked else "") + line.indicator_label
        field = _FIELDS.get(column)
        return _one_line(getattr(line, field)) if field else None

    def _month_data(self, line: KsdLine, month: int, role: int) -> Any:
        target = line.month(month)
        if target is None or not (target.expected_output or target.done):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "✓" if target.done else "●"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(DONE_COLOUR if target.done else PLANNED_COLOUR))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"B{month:02d} ({month_name(month)}): {target.expected_output or ''}"
            if target.done:
                text += "\n" + QCoreApplication.translate("KsdTable", "Selesai {date}").format(
                    date=target.completed_on.strftime("%d-%m-%Y") if target.completed_on else ""
                )
            return text
        return None


_FIELDS = {
    KsdTableModel.COL_NUMBER: "ksd_number",
    KsdTableModel.COL_NAME: "name",
    KsdTableModel.COL_SUB: "sub_name",
    KsdTableModel.COL_ACTION: "action_plan",
    KsdTableModel.COL_RESPONSIBLE: "responsible_units",
    KsdTableModel.COL_RELATED: "related_agencies",
    KsdTableModel.COL_CRITERIA: "success_criteria",
    KsdTableModel.COL_NOTES: "notes",
}

"""The bundle inbox as a table: one row per bundle with its unit, sequence, date, state and
the reason in one sentence; sorted and filtered through a proxy on `SORT_ROLE` and
`STATE_ROLE`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from app.sync.inbox import APPLIED, CONFLICTS, HELD, REFUSED, InboxEntry

from app.ui.shell.i18n import current_language
from app.ui.widgets.row_table_model import SORT_ROLE, RowTableModel

STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # the state's code, for the filter
COL_UNIT, COL_SEQ, COL_DATE, COL_STATE, COL_REASON, COL_FILE = range(6)
_STATE_COLOURS = {
    APPLIED: QColor("#E8F5E9"),
    HELD: QColor("#FFF8E1"),
    CONFLICTS: QColor("#FFF3E0"),
    REFUSED: QColor("#FFEBEE"),
}


class InboxTableModel(RowTableModel):
    CONTEXT = "Province"
    ID_FIELD = "bundle_id"
    HEADERS = (
        QT_TRANSLATE_NOOP("Province", "Unit"),
        QT_TRANSLATE_NOOP("Province", "Urutan"),
        QT_TRANSLATE_NOOP("Province", "Diterima"),
        QT_TRANSLATE_NOOP("Province", "Keadaan"),
        QT_TRANSLATE_NOOP("Province", "Keterangan"),
        QT_TRANSLATE_NOOP("Province", "Berkas"),
    )

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._valid(index) and role == STATE_ROLE:
            return self._rows[index.row()].state
        if self._valid(index) and role == SORT_ROLE:  # by the column's value, not row order
            return self._sort_key(self._rows[index.row()], index.column())
        return super().data(index, role)

    def _data(self, row: InboxEntry, number: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            lang = current_language()
            return (
                row.unit_code,
                row.seq,
                row.received_at.astimezone().strftime("%d-%m-%Y %H:%M"),
                row.state_word(lang),
                row.reason(lang),
                row.file_name,
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_REASON, COL_FILE):
            return row.reason(current_language()) if column == COL_REASON else row.bundle_id
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_STATE:
            return QBrush(_STATE_COLOURS[row.state])
        return None

    @staticmethod
    def _sort_key(row: InboxEntry, column: int) -> Any:
        return (
            row.unit_code,
            row.seq_from if row.seq_from is not None else -1,
            row.received_at.timestamp(),
            row.state,
            row.reason(current_language()),
            row.file_name,
        )[column]

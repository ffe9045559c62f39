"""The dashboard's tables: Nilai Sasaran of the unit head's PK, and the IKU at risk with their
trend over the quarters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from app.services.dashboard import GoalLine, IndicatorLine

from app.ui.widgets import icons
from app.ui.widgets.labels import band_label
from app.ui.widgets.number_entry import show_percent
from app.ui.widgets.row_table_model import ID_ROLE, SORT_ROLE, RowTableModel

__all__ = ["ID_ROLE", "SORT_ROLE", "GoalScoreTableModel", "RiskTableModel"]


class _Table(RowTableModel):
    CONTEXT = "Dashboard"


class GoalScoreTableModel(_Table):
    """Nilai Sasaran per sasaran, with its band colour."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Dashboard", "No."),
        QT_TRANSLATE_NOOP("Dashboard", "Sasaran"),
        QT_TRANSLATE_NOOP("Dashboard", "Nilai Sasaran"),
        QT_TRANSLATE_NOOP("Dashboard", "Status"),
    )
    COL_NUMBER = 0
    COL_GOAL = 1
    COL_SCORE = 2
    COL_BAND = 3
    ID_FIELD = "goal_id"

    def _data(self, line: GoalLine, number: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(number + 1),
                line.text,
                show_percent(line.score),
                band_label(line.band) if line.band else "N/A",
            )[column]
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_BAND and line.band:
            return icons.colour_chip(line.band.color)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_GOAL:
            return line.text
        return None


class RiskTableModel(_Table):
    """IKU below the "Mendekati" band, lowest first, with capaian TW I–TW IV."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Dashboard", "IKU berisiko"),
        QT_TRANSLATE_NOOP("Dashboard", "Capaian"),
        QT_TRANSLATE_NOOP("Dashboard", "Status"),
        QT_TRANSLATE_NOOP("Dashboard", "Tren TW I–IV"),
    )
    COL_INDICATOR = 0
    COL_CAPAIAN = 1
    COL_BAND = 2
    COL_TREND = 3
    ID_FIELD = "indicator_id"

    def _sort_value(self, line: IndicatorLine, number: int) -> Any:
        return line.capaian

    def _data(self, line: IndicatorLine, number: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                line.name,
                show_percent(line.capaian),
                band_label(line.band) if line.band else "N/A",
                " → ".join(show_percent(v) for v in line.trend),
            )[column]
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_BAND and line.band:
            return icons.colour_chip(line.band.color)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_CAPAIAN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{line.name}\n{line.goal}"
        return None

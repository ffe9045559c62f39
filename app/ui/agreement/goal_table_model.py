"""Sasaran and IKU of one agreement, grouped by category (Strategis / Khusus / Operasional
or SS / Sasaran), with their quality, annual target, weight and capaian for the period.

A tree of three levels shown as a table: category → sasaran → IKU. Edits do not change the
model: they go to `edit_handler(kind, id, field, text)`, which runs an undoable command; the
editor then reloads the model from the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.agreement_read import AgreementDetail, GoalRow, IndicatorRow

from app.ui.widgets import icons
from app.ui.widgets.delegates import EDIT_TEXT_ROLE, PARSER_ROLE
from app.ui.widgets.labels import CATEGORY, CONTROL, VALIDITY, label, long_text_tip
from app.ui.widgets.number_entry import (
    parse_number,
    parse_range,
    show_number,
    show_percent,
    show_range,
)
from app.ui.widgets.tree_table_model import (
    ITEM_ROLE,
    SORT_ROLE,
    Index,
    TreeRow,
    TreeTableModel,
    new_root,
)

if TYPE_CHECKING:
    from app.engine.scoring import AgreementScore, GoalScore, IndicatorScore

# ITEM_ROLE gives ("category"|"goal"|"indicator", id or code).
__all__ = ["ITEM_ROLE", "SORT_ROLE", "GoalTableModel"]

HEADERS = (
    QT_TRANSLATE_NOOP("GoalTable", "No."),
    QT_TRANSLATE_NOOP("GoalTable", "Sasaran / Indikator Kinerja"),
    QT_TRANSLATE_NOOP("GoalTable", "Satuan"),
    QT_TRANSLATE_NOOP("GoalTable", "Kualitas"),
    QT_TRANSLATE_NOOP("GoalTable", "Target tahunan"),
    QT_TRANSLATE_NOOP("GoalTable", "Bobot"),
    QT_TRANSLATE_NOOP("GoalTable", "Capaian"),
)


EditHandler = Callable[[str, str, str, str], bool]


class GoalTableModel(TreeTableModel):
    CONTEXT = "GoalTable"
    HEADERS = HEADERS
    COL_NUMBER = 0
    COL_TEXT = 1
    COL_UNIT = 2
    COL_QUALITY = 3
    COL_TARGET = 4
    COL_WEIGHT = 5
    COL_CAPAIAN = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._detail: AgreementDetail | None = None
        self._goal_scores: dict[str, GoalScore] = {}
        self._indicator_scores: dict[str, IndicatorScore] = {}
        self.edit_handler: EditHandler | None = None

    # --- content ----------------------------------------------------------------------------

    def set_rows(self, detail: AgreementDetail, score: AgreementScore | None) -> None:
        self.set_root(self._build(detail, score))

    def _build(self, detail: AgreementDetail, score: AgreementScore | None) -> TreeRow:
        self._detail = detail
        self._goal_scores = {g.goal_id: g for g in score.goals} if score else {}
        self._indicator_scores = (
            {i.indicator_id: i for i in score.indicator_scores()} if score else {}
        )
        root = new_root()
        categories = list(detail.categories)
        known = {code for code, _ in categories}
        for goal in detail.goals:
            if goal.category not in known:
                categories.append((goal.category, label(CATEGORY, goal.category)))
                known.add(goal.category)
        for code, text in categories:
            category = root.add("category", code, text)
            for goal in (g for g in detail.goals if g.category == code):
                goal_row = category.add("goal", goal.id, goal)
                for indicator in goal.indicators:
                    goal_row.add("indicator", indicator.id, indicator)
        return root

    def indicator_count(self) -> int:
        return sum(len(g.children) for c in self._root.children for g in c.children)

    def goal_count(self) -> int:
        return sum(len(c.children) for c in self._root.children)

    def goal_row(self, goal_id: str) -> GoalRow | None:
        index = self.find("goal", goal_id)
        return self._row(index).payload if index.isValid() else None

    def indicator_row(self, indicator_id: str) -> IndicatorRow | None:
        index = self.find("indicator", indicator_id)
        return self._row(index).payload if index.isValid() else None

    # --- structure --------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self._row(index)
        column = index.column()
        if not self.editable:
            return flags
        if row.kind == "goal" and column in (self.COL_NUMBER, self.COL_TEXT):
            flags |= Qt.ItemFlag.ItemIsEditable
        if row.kind == "indicator" and column in (
            self.COL_NUMBER,
            self.COL_TEXT,
            self.COL_UNIT,
            self.COL_TARGET,
        ):
            if column != self.COL_TARGET or row.payload.target_form != "predicate":
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # --- data -------------------------------------------------------------------------------

    def _data(self, row: TreeRow, column: int, role: int) -> Any:
        if row.kind == "category":
            return self._category_data(row, column, role)
        if row.kind == "goal":
            return self._goal_data(row.payload, column, role)
        return self._indicator_data(row.payload, column, role)

    def _category_data(self, row: TreeRow, column: int, role: int) -> Any:
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            count = len(row.children)
            text = label(CATEGORY, row.key) if row.key in CATEGORY else str(row.payload)
            if count == 0:
                return QCoreApplication.translate(
                    "GoalTable", "{category} (belum ada sasaran)"
                ).format(category=text)
            return f"{text} ({count})"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#ECEFF1"))
        return None

    def _goal_data(self, goal: GoalRow, column: int, role: int) -> Any:
        score = self._goal_scores.get(goal.id)
        if role == Qt.ItemDataRole.DisplayRole and column == self.COL_TEXT and goal.rpjmd_code:
            return f"{goal.text}  [RPJMD {goal.rpjmd_code}]"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.COL_NUMBER:
                return goal.number or ""
            if column == self.COL_TEXT:
                return goal.text
            if column == self.COL_CAPAIAN and role == Qt.ItemDataRole.DisplayRole:
                return show_percent(score.score) if score else ""
            return None
        if role == Qt.ItemDataRole.FontRole and column in (self.COL_TEXT, self.COL_CAPAIAN):
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_TEXT:
            return icons.goal_icon()
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_CAPAIAN:
            if score is not None and score.band is not None:
                return icons.colour_chip(score.band.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_CAPAIAN:
                return QCoreApplication.translate("GoalTable", "Nilai Sasaran")
            return long_text_tip(goal.text)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_CAPAIAN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _indicator_data(self, ind: IndicatorRow, column: int, role: int) -> Any:
        score = self._indicator_scores.get(ind.id)
        if ind.mandatory and column == self.COL_TEXT and role == Qt.ItemDataRole.DisplayRole:
            mark = QCoreApplication.translate("GoalTable", "wajib")
            return f"{ind.name}  [{mark}]"
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_NUMBER:
                return ind.number or ""
            if column == self.COL_TEXT:
                return ind.name
            if column == self.COL_UNIT:
                return ind.unit_of_measure or ""
            if column == self.COL_QUALITY:
                if not ind.validity and not ind.control:
                    return "—"
                return f"{label(VALIDITY, ind.validity)}–{label(CONTROL, ind.control)}"
            if column == self.COL_TARGET:
                if ind.target_form == "predicate" and ind.annual_target_label:
                    return ind.annual_target_label
                if ind.target_form == "range":
                    return show_range(ind.annual_target, ind.annual_target_upper)
                return show_number(ind.annual_target)
            if column == self.COL_WEIGHT:
                if score is None:
                    return ""
                if score.weighted_weight is None:
                    return f"{show_number(score.weight)} · N/A"
                return f"{show_number(score.weight)} · {show_percent(score.weighted_weight)} %"
            if column == self.COL_CAPAIAN:
                return show_percent(score.capaian) if score else ""
            return None
        if role == Qt.ItemDataRole.EditRole or role == EDIT_TEXT_ROLE:
            if column == self.COL_NUMBER:
                return ind.number or ""
            if column == self.COL_TEXT:
                return ind.name
            if column == self.COL_UNIT:
                return ind.unit_of_measure or ""
            if column == self.COL_TARGET:
                if ind.target_form == "range":
                    return show_range(ind.annual_target, ind.annual_target_upper)
                return "" if ind.annual_target is None else show_number(ind.annual_target)
            return None
        if role == PARSER_ROLE and column == self.COL_TARGET:
            return parse_range if ind.target_form == "range" else parse_number
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.COL_TEXT:
                return icons.indicator_icon(
                    ind.cascade_method, score.band.color if score and score.band else None
                )
            if column == self.COL_CAPAIAN and score is not None and score.band is not None:
                return icons.colour_chip(score.band.color)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_TARGET:
            if ind.annual_target is None:
                return QBrush(QColor("#9E9E9E"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_TARGET,
            self.COL_WEIGHT,
            self.COL_CAPAIAN,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_WEIGHT and score is not None:
                return QCoreApplication.translate(
                    "GoalTable", "Bobot tabel {weight}; bobot tertimbang dalam sasaran {ww}"
                ).format(
                    weight=show_number(score.weight),
                    ww=show_percent(score.weighted_weight) + " %"
                    if score.weighted_weight is not None
                    else "N/A",
                )
            return long_text_tip(ind.name)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self.accepts_edit(index, role) or self.edit_handler is None:
            return False
        row = self._row(index)
        field = {
            self.COL_NUMBER: "number",
            self.COL_TEXT: "text" if row.kind == "goal" else "name",
            self.COL_UNIT: "unit_of_measure",
            self.COL_TARGET: "annual_target",
        }.get(index.column())
        if field is None:
            return False
        return self.edit_handler(row.kind, row.key, field, str(value))

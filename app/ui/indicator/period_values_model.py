"""Targets and realisations of one IKU per period, with the capaian the engine computes.

Columns are TW I–IV and Tahunan. The first rows are typed (target, realisation, and the raw
numerator/denominator where the IKU uses raw data); the rows below are computed by the
engine: the consolidated target and realisation up to each period, the capaian of the period
alone and up to it (s.d.), and the IKU's weighted weight in its sasaran. N/A is a state of
its own: shown as "N/A", set with Delete or by typing N/A, cleared by typing a number.

While a cell is being typed, `preview()` recomputes everything with the typed value, so the
capaian changes before anything is saved.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import msgspec

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.engine.agreement import AgreementInput, IndicatorInput
from app.engine.capaian import capaian
from app.engine.messages import render_message
from app.engine.numbers import NA_TEXT, format_id
from app.engine.profile import Profile, StatusBand
from app.engine.scoring import score_agreement
from app.services.indicator_read import IndicatorDetail

from app.ui.shell.i18n import current_language
from app.ui.widgets.delegates import CHOICES_ROLE, EDIT_TEXT_ROLE, PARSER_ROLE
from app.ui.widgets.labels import PERIOD, band_label, label
from app.ui.widgets.number_entry import (
    Parsed,
    parse_number,
    parse_predicate,
    parse_range,
    show_number,
    show_percent,
    show_range,
)

Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()
PERIODS = ("TW1", "TW2", "TW3", "TW4", "annual")
QUARTERS = ("TW1", "TW2", "TW3", "TW4")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # (row key, period)

ROW_LABELS = {
    "target": QT_TRANSLATE_NOOP("PeriodValues", "Target"),
    "actual": QT_TRANSLATE_NOOP("PeriodValues", "Realisasi"),
    "numerator": QT_TRANSLATE_NOOP("PeriodValues", "Pembilang (data mentah)"),
    "denominator": QT_TRANSLATE_NOOP("PeriodValues", "Penyebut (data mentah)"),
    "target_to_date": QT_TRANSLATE_NOOP("PeriodValues", "Target s.d. periode"),
    "actual_to_date": QT_TRANSLATE_NOOP("PeriodValues", "Realisasi s.d. periode"),
    "capaian_period": QT_TRANSLATE_NOOP("PeriodValues", "Capaian periode (%)"),
    "capaian_to_date": QT_TRANSLATE_NOOP("PeriodValues", "Capaian s.d. periode (%)"),
    "weighted_weight": QT_TRANSLATE_NOOP("PeriodValues", "Bobot tertimbang (%)"),
}
INPUT_ROWS = ("target", "actual", "numerator", "denominator")
REALISATION_ROWS = frozenset({"actual", "numerator", "denominator"})


@dataclass(frozen=True, slots=True)
class PeriodResult:
    """What the engine says about the IKU for one as-of period."""

    target_to_date: Decimal | None = None
    target_high_to_date: Decimal | None = None
    actual_to_date: Decimal | None = None
    capaian_period: Decimal | None = None
    capaian_to_date: Decimal | None = None
    band: StatusBand | None = None
    na_reason: str | None = None
    weight: Decimal = Decimal(0)
    weight_derived: bool = False
    weighted_weight: Decimal | None = None
    goal_score: Decimal | None = None
    goal_band: StatusBand | None = None
    overall: Decimal | None = None
    overall_band: StatusBand | None = None
    warnings: tuple[str, ...] = ()
    siblings: tuple[tuple[str, Decimal, Decimal | None, Decimal | None], ...] = ()


def compute(
    agreement: AgreementInput, profile: Profile, indicator_id: str
) -> dict[str, PeriodResult]:
    """Engine results per period (TW1..TW4, S1, annual) for one IKU of an agreement."""
    found = next(((g, i) for g, i in agreement.indicators() if i.id == indicator_id), None)
    results: dict[str, PeriodResult] = {}
    if found is None:
        return results
    goal_input, ind = found
    names = {i.id: i.name for i in goal_input.indicators}
    for period in QUARTERS:
        score = score_agreement(agreement, profile, period)
        goal = next(g for g in score.goals if g.goal_id == goal_input.id)
        mine = next(i for i in goal.indicators if i.indicator_id == indicator_id)
        results[period] = PeriodResult(
            target_to_date=mine.target,
            target_high_to_date=mine.target_high,
            actual_to_date=mine.actual,
            capaian_period=_own_capaian(ind, QUARTERS.index(period), profile),
            capaian_to_date=mine.capaian,
            band=mine.band,
            na_reason=mine.na_reason,
            weight=mine.weight,
            weight_derived=mine.weight_derived,
            weighted_weight=mine.weighted_weight,
            goal_score=goal.score,
            goal_band=goal.band,
            overall=score.overall,
            overall_band=score.band,
            warnings=mine.warnings,
            siblings=tuple(
                (names.get(s.indicator_id, s.indicator_id), s.weight, s.weighted_weight, s.capaian)
                for s in goal.indicators
            ),
        )
    results["annual"] = dataclasses.replace(
        results["TW4"], capaian_period=results["TW4"].capaian_to_date
    )
    results["S1"] = results["TW2"]
    return results


def _own_capaian(ind: IndicatorInput, quarter: int, profile: Profile) -> Decimal | None:
    """Capaian of one quarter on its own (not consolidated), as the Rincian Target shows."""
    if len(ind.targets) != 4 or ind.polarity is None or ind.locations:
        return None
    target, actual = ind.targets[quarter], ind.actuals[quarter]
    if target is None or actual is None:
        return None
    high = ind.targets_high[quarter] if ind.targets_high else None
    return capaian(
        target, actual, ind.polarity, profile.capaian_cap, profile.capaian_floor, target_high=high
    ).value


def _replace_slot(series: tuple[Any, ...], slot: int, value: Any) -> tuple[Any, ...]:
    items = list(series)
    items[slot] = value
    return tuple(items)


def substitute(
    agreement: AgreementInput,
    indicator_id: str,
    period: str,
    values: dict[str, Any],
    current: dict[str, Any],
) -> AgreementInput:
    """The agreement as it would be with `values` typed into one period of one IKU.

    `current` holds the period's stored numerator/denominator so that a realisation typed as
    raw data counts as its percentage, as the scoring service reads it.
    """

    def change(ind: IndicatorInput) -> IndicatorInput:
        if ind.id != indicator_id:
            return ind
        if period == "annual":
            if "target" in values:
                ind = msgspec.structs.replace(ind, annual_target=values["target"])
            if "target_upper" in values:
                ind = msgspec.structs.replace(ind, annual_target_high=values["target_upper"])
            return ind
        if len(ind.targets) != 4:
            return ind
        slot = QUARTERS.index(period)
        if "target" in values:
            ind = msgspec.structs.replace(
                ind, targets=_replace_slot(ind.targets, slot, values["target"])
            )
        if "target_upper" in values:
            highs = ind.targets_high or (None, None, None, None)
            ind = msgspec.structs.replace(
                ind, targets_high=_replace_slot(highs, slot, values["target_upper"])
            )
        merged = {**current, **values}
        if {"actual", "numerator", "denominator"} & set(values):
            actual = merged.get("actual")
            if actual is None and merged.get("numerator") is not None and merged.get("denominator"):
                actual = merged["numerator"] / merged["denominator"] * Decimal(100)
            ind = msgspec.structs.replace(ind, actuals=_replace_slot(ind.actuals, slot, actual))
        return ind

    goals = tuple(
        msgspec.structs.replace(g, indicators=tuple(change(i) for i in g.indicators))
        for g in agreement.goals
    )
    return msgspec.structs.replace(agreement, goals=goals)


EditHandler = Callable[[str, dict[str, Any], str, bool], bool]


def _tint(colour: str, strength: float = 0.22) -> QColor:
    """A pale background of a band colour (text stays readable on it)."""
    base = QColor(colour)
    mix = [round(255 + (c - 255) * strength) for c in (base.red(), base.green(), base.blue())]
    return QColor(*mix)


class PeriodValuesTableModel(QAbstractTableModel):
    """Signals:
    inputRejected(str): a typed value could not be read; nothing was saved.
    previewChanged(): computed rows now show a typed, not yet saved value.
    """

    inputRejected = Signal(str)
    previewChanged = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.detail: IndicatorDetail | None = None
        self._agreement: AgreementInput | None = None
        self._profile: Profile | None = None
        self.results: dict[str, PeriodResult] = {}
        self._saved_results: dict[str, PeriodResult] = {}
        self._rows: list[str] = []
        self.show_raw = False
        self.editable = True
        # A signed PK freezes its targets, but the quarterly realisations are still reported.
        self.realisations_editable = True
        self.edit_handler: EditHandler | None = None
        self.preview_cell: tuple[str, str] | None = None
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)

    # --- content ----------------------------------------------------------------------------

    def set_rows(
        self,
        detail: IndicatorDetail,
        agreement: AgreementInput | None,
        profile: Profile | None,
        *,
        show_raw: bool | None = None,
    ) -> None:
        if show_raw is not None:
            self.show_raw = show_raw
        rows = ["target", "actual"]
        if self.show_raw:
            rows += ["numerator", "denominator"]
        rows += [
            "target_to_date",
            "actual_to_date",
            "capaian_period",
            "capaian_to_date",
            "weighted_weight",
        ]
        # Same IKU and rows: update in place, so a cell editor the user has just opened
        # survives the reload that follows the previous edit.
        same = self.detail is not None and self.detail.id == detail.id and rows == self._rows
        if not same:
            self.beginResetModel()
        self.detail = detail
        self._agreement = agreement
        self._profile = profile
        self._rows = rows
        self._saved_results = (
            compute(agreement, profile, detail.id) if agreement is not None and profile else {}
        )
        self.results = self._saved_results
        self.preview_cell = None
        if same:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(PERIODS) - 1))
        else:
            self.endResetModel()

    def row_key(self, row: int) -> str:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        return self._rows.index(key) if key in self._rows else -1

    def cell(self, key: str, period: str) -> QModelIndex:
        row = self.row_of(key)
        if row < 0 or period not in PERIODS:
            return QModelIndex()
        return self.index(row, PERIODS.index(period))

    # --- structure --------------------------------------------------------------------------

    def rowCount(self, parent: Index = _TOP) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _TOP) -> int:
        return 0 if parent.isValid() else len(PERIODS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(PERIODS):
                return label(PERIOD, PERIODS[section])
            return None
        if not 0 <= section < len(self._rows):
            return None
        key = self._rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PeriodValues", ROW_LABELS[key])
        if role == Qt.ItemDataRole.FontRole and key == "capaian_to_date":
            return self._bold
        return None

    def _editable_cell(self, key: str, period: str) -> bool:
        if key not in INPUT_ROWS or (period == "annual" and key != "target"):
            return False
        if key in REALISATION_ROWS:
            return self.editable or self.realisations_editable
        return self.editable

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable_cell(self._rows[index.row()], PERIODS[index.column()]):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # --- reading cells ----------------------------------------------------------------------

    def _stored(self, key: str, period: str) -> Decimal | None:
        assert self.detail is not None
        return getattr(self.detail.value(period), key)

    def _is_na(self, key: str, period: str) -> bool:
        if key in INPUT_ROWS and not (period == "annual" and key == "actual"):
            return self._stored(key, period) is None
        return self._computed(key, period) is None

    def _computed(self, key: str, period: str) -> Decimal | None:
        result = self.results.get(period)
        if result is None:
            return None
        if key == "actual" and period == "annual":
            return result.actual_to_date
        return getattr(result, key, None)

    def text(self, key: str, period: str) -> str:
        """What a cell shows (also used by tests)."""
        assert self.detail is not None
        form = self.detail.metadata.get("target_form")
        value = self.detail.value(period)
        if key == "target":
            if form == "predicate" and value.target_label:
                return value.target_label
            if form == "range":
                return show_range(value.target, value.target_upper)
            return show_number(value.target)
        if key == "actual" and period != "annual":
            if form == "predicate" and value.actual_label:
                return value.actual_label
            return show_number(value.actual)
        if key in ("numerator", "denominator"):
            return show_number(getattr(value, key))
        number = self._computed(key, period)
        if key in ("capaian_period", "capaian_to_date", "weighted_weight"):
            return show_percent(number)
        if key == "target_to_date":
            result = self.results.get(period)
            if result is not None and result.target_high_to_date is not None:
                return show_range(number, result.target_high_to_date)
        # Consolidated values (averages, raw-data ratios) show at most two decimals.
        return NA_TEXT if number is None else format_id(number, 2, trim=True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.detail is None:
            return None
        key = self._rows[index.row()]
        period = PERIODS[index.column()]
        if role == KEY_ROLE:
            return (key, period)
        if role == SORT_ROLE:
            return index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(key, period)
        if role in (Qt.ItemDataRole.EditRole, EDIT_TEXT_ROLE):
            if not self._editable_cell(key, period):
                return None
            shown = self.text(key, period)
            return "" if self._is_na(key, period) else shown
        if role == PARSER_ROLE and key in INPUT_ROWS:
            return self.parser_for(key)
        if role == CHOICES_ROLE and key in ("target", "actual"):
            scale = self.detail.scale_labels
            if self.detail.metadata.get("target_form") == "predicate" and scale:
                return ["N/A", *[name for name, _ in scale]]
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        previewing = self.preview_cell is not None and key not in INPUT_ROWS
        if role == Qt.ItemDataRole.FontRole:
            if self._is_na(key, period) or previewing:
                return self._italic
            if key == "capaian_to_date":
                return self._bold
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._is_na(key, period):
                return QBrush(QColor("#8A8A8A"))
            if previewing:
                return QBrush(QColor("#1565C0"))
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if key == "capaian_to_date":
                result = self.results.get(period)
                if result is not None and result.band is not None:
                    return QBrush(_tint(result.band.color))
            if key in INPUT_ROWS and self._is_na(key, period) and self._editable_cell(key, period):
                return QBrush(QColor("#F3F3F3"))
            if key not in INPUT_ROWS:
                return QBrush(QColor("#FAFAFA"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(key, period, previewing)
        return None

    def _tooltip(self, key: str, period: str, previewing: bool) -> str:
        lines = []
        if key in INPUT_ROWS and self._editable_cell(key, period):
            if self._is_na(key, period):
                lines.append(
                    QCoreApplication.translate(
                        "PeriodValues",
                        "N/A: belum ada nilai untuk periode ini (bukan 0). Ketik angka untuk "
                        "mengisi.",
                    )
                )
            else:
                lines.append(
                    QCoreApplication.translate(
                        "PeriodValues", "Delete atau ketik N/A untuk menjadikan N/A."
                    )
                )
        if key == "actual" and period == "annual":
            lines.append(
                QCoreApplication.translate(
                    "PeriodValues",
                    "Realisasi tahunan dihitung dari triwulan menurut konsolidasi periode.",
                )
            )
        result = self.results.get(period)
        if key in ("capaian_to_date", "weighted_weight") and result is not None:
            if result.na_reason:
                lines.append(
                    render_message(
                        result.na_reason, {"period": label(PERIOD, period)}, current_language()
                    )
                )
            elif result.band is not None and key == "capaian_to_date":
                lines.append(band_label(result.band))
            name = self.detail.name if self.detail else ""
            for warning in result.warnings:
                lines.append(render_message(warning, {"indicator": name}, current_language()))
        if previewing:
            lines.append(
                QCoreApplication.translate(
                    "PeriodValues", "Pratinjau dari nilai yang sedang diketik; belum disimpan."
                )
            )
        return "\n".join(lines)

    # --- typing -----------------------------------------------------------------------------

    def parser_for(self, key: str) -> Callable[[str], Parsed]:
        assert self.detail is not None
        form = self.detail.metadata.get("target_form")
        scale = self.detail.scale_labels
        if key in ("target", "actual") and form == "predicate" and scale:
            return lambda text: parse_predicate(text, scale)
        if key == "target" and form == "range":
            return parse_range
        return parse_number

    def values_for(self, key: str, parsed: Parsed) -> dict[str, Any]:
        assert self.detail is not None
        form = self.detail.metadata.get("target_form")
        values: dict[str, Any] = {key: parsed.value}
        if key == "target" and form == "range":
            values["target_upper"] = parsed.upper
        if key in ("target", "actual") and form == "predicate":
            values[f"{key}_label"] = parsed.label
        return values

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit_handler is None:
            return False
        key = self._rows[index.row()]
        period = PERIODS[index.column()]
        if not self._editable_cell(key, period):
            return False
        parsed = self.parser_for(key)(str(value))
        if not parsed.ok:
            self.clear_preview()
            self.inputRejected.emit(parsed.message)
            return False
        values = self.values_for(key, parsed)
        current = {name: getattr(self.detail.value(period), name) for name in values}  # type: ignore[union-attr]
        if current == values:
            self.clear_preview()
            return True
        return self.edit_handler(period, values, key, parsed.value is None)

    def set_na(self, index: Index) -> bool:
        """Make a typed cell N/A (Delete key, context menu)."""
        if not index.isValid() or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        return self.setData(index, "N/A")

    def preview(self, index: Index, text: str) -> None:
        """Show the computed rows as they would be with `text` in the cell being typed."""
        if self._agreement is None or self._profile is None or self.detail is None:
            return
        key = self._rows[index.row()]
        period = PERIODS[index.column()]
        if key not in INPUT_ROWS:
            return
        parsed = self.parser_for(key)(text)
        if not parsed.ok:
            return
        stored = self.detail.value(period)
        current = {
            "actual": stored.actual,
            "numerator": stored.numerator,
            "denominator": stored.denominator,
        }
        changed = substitute(
            self._agreement, self.detail.id, period, self.values_for(key, parsed), current
        )
        self.results = compute(changed, self._profile, self.detail.id)
        self.preview_cell = (key, period)
        self._computed_changed()
        self.previewChanged.emit()

    def clear_preview(self) -> None:
        if self.preview_cell is not None:
            self.preview_cell = None
            self.results = self._saved_results
            self._computed_changed()
            self.previewChanged.emit()

    def _computed_changed(self) -> None:
        first = self.row_of("target_to_date")
        if first >= 0:
            self.dataChanged.emit(
                self.index(first, 0), self.index(len(self._rows) - 1, len(PERIODS) - 1)
            )

"""The rules panel: every finding of the engine's checks for the current agreement or unit,
errors first, with severity icons; clicking one jumps to the field it names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.engine.messages import render

from app.ui.shell.background import run_in_background
from app.ui.shell.i18n import current_language
from app.ui.widgets import icons
from app.ui.widgets.labels import SEVERITY, label
from app.ui.widgets.read_only_table import read_only_table

if TYPE_CHECKING:
    from app.engine.findings import Finding

    from app.ui.shell.workspace_state import WorkspaceState

Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 3
_ORDER = {"error": 0, "warning": 1, "hint": 2}

HEADERS = (
    QT_TRANSLATE_NOOP("FindingsTable", "Tingkat"),
    QT_TRANSLATE_NOOP("FindingsTable", "Temuan"),
    QT_TRANSLATE_NOOP("FindingsTable", "PK"),
    QT_TRANSLATE_NOOP("FindingsTable", "Aturan"),
)


@dataclass(frozen=True, slots=True)
class FindingRow:
    agreement_id: str
    agreement_label: str
    finding: Finding


class FindingsTableModel(QAbstractTableModel):
    COL_SEVERITY = 0
    COL_MESSAGE = 1
    COL_AGREEMENT = 2
    COL_RULE = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FindingRow] = []

    def set_rows(self, rows: list[FindingRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(
            rows, key=lambda r: (_ORDER.get(r.finding.severity.value, 9), r.agreement_label)
        )
        self.endResetModel()

    def rows(self) -> list[FindingRow]:
        return list(self._rows)

    def counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "hint": 0}
        for row in self._rows:
            out[row.finding.severity.value] = out.get(row.finding.severity.value, 0) + 1
        return out

    def rowCount(self, parent: Index = _TOP) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _TOP) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate("FindingsTable", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        finding = row.finding
        severity = finding.severity.value
        column = index.column()
        if role == FINDING_ROLE:
            return row
        if role == SEVERITY_ROLE:
            return severity
        if role == SORT_ROLE:
            return (_ORDER.get(severity, 9), index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_SEVERITY:
                return label(SEVERITY, severity)
            if column == self.COL_MESSAGE:
                return render(finding, current_language())
            if column == self.COL_AGREEMENT:
                return row.agreement_label
            return finding.rule
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_SEVERITY:
            return icons.severity_icon(severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return render(finding, current_language())
        return None


class RulesPanel(QWidget):
    """Signals:
    findingActivated(object): a FindingRow the user clicked.
    updated(): the findings were recomputed.
    """

    findingActivated = Signal(object)
    updated = Signal()

    def __init__(self, state: WorkspaceState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.scope: tuple[str, str] | None = None  # ("agreement"|"unit", id)
        self._generation = 0
        self.model = FindingsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEVERITY_ROLE)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = read_only_table(
            "findingsTable", self.proxy, self, FindingsTableModel.COL_MESSAGE
        )
        self.view.clicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.summary = QLabel(self)
        self.summary.setObjectName("rulesSummary")
        self.notice = QLabel(self)
        self.notice.setObjectName("rulesNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "background: #FFEBEE; color: #B71C1C; padding: 4px; border-radius: 3px;"
        )
        self.notice.hide()
        self.filter = QComboBox(self)
        self.filter.setObjectName("rulesFilter")
        self.filter.currentIndexChanged.connect(self._filter_changed)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        state.changed.connect(lambda change: self._maybe_refresh(change.agreement_id))
        self.retranslate()

    def retranslate(self) -> None:
        current = self.filter.currentIndex()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("Semua tingkat"), "")
        for value in ("error", "warning", "hint"):
            self.filter.addItem(icons.severity_icon(value), label(SEVERITY, value), value)
        self.filter.setCurrentIndex(max(0, current))
        self.filter.blockSignals(False)
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.layoutChanged.emit()
        super().changeEvent(event)

    # --- scope and refresh ------------------------------------------------------------------

    def set_scope(self, kind: str | None, scope_id: str | None) -> None:
        scope = (kind, scope_id) if kind and scope_id else None
        if scope == self.scope:
            return
        self.scope = scope
        self.notice.hide()
        self.refresh()

    def _maybe_refresh(self, agreement_id: str | None) -> None:
        if self.scope is None:
            return
        if self.scope[0] == "agreement" and self.scope[1] != agreement_id:
            return
        self.refresh()

    def refresh(self) -> None:
        """Recompute the findings of the scope in the background."""
        self._generation += 1
        generation = self._generation
        scope = self.scope
        if scope is None:
            self.model.set_rows([])
            self._show_summary()
            self.updated.emit()
            return
        db = self.state.db
        self.summary.setText(self.tr("Memeriksa aturan…"))

        def work(job: Any) -> list[FindingRow]:
            from app.services import agreement_read, scoring

            kind, scope_id = scope
            if kind == "agreement":
                found = {scope_id: scoring.agreement_findings(db, scope_id)}
            else:
                found = agreement_read.unit_findings(db, scope_id)
            names = agreement_read.agreement_labels(db, found)
            return [
                FindingRow(agreement_id, names.get(agreement_id, ""), finding)
                for agreement_id, findings in found.items()
                for finding in findings
            ]

        def done(rows: list[FindingRow]) -> None:
            if generation != self._generation:
                return
            self.model.set_rows(rows)
            self.proxy.sort(-1)
            self._show_summary()
            self.updated.emit()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.summary.setText(
                    self.tr("Aturan tidak dapat diperiksa: {error}").format(error=exc)
                )
                self.updated.emit()

        run_in_background(work, done, failed, context=self)

    def _show_summary(self) -> None:
        counts = self.model.counts()
        if self.scope is None:
            self.summary.setText(self.tr("Pilih PK atau unit untuk melihat temuan aturan."))
            return
        if not any(counts.values()):
            self.summary.setText(self.tr("Tidak ada temuan: semua aturan terpenuhi."))
            return
        self.summary.setText(
            self.tr("Galat: {errors} · Peringatan: {warnings} · Petunjuk: {hints}").format(
                errors=counts["error"], warnings=counts["warning"], hints=counts["hint"]
            )
        )

    def error_count(self) -> int:
        return self.model.counts()["error"]

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _filter_changed(self, _index: int) -> None:
        value = self.filter.currentData() or ""
        self.proxy.setFilterFixedString(value)

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(FINDING_ROLE)
        if isinstance(row, FindingRow):
            self.findingActivated.emit(row)


class RulesDock(QDockWidget):
    """The dock holding the rules panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDock")
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Panel Aturan"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

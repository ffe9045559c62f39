"""The cascading matrix view of a superior's PK (SPEC §8, seed 002): tick a cell to give the
subordinate the sasaran and IKU (direct, or indirect with its share of the target), untick,
or write the note the printed matrix shows instead of ✓. Rule findings `cascade_mismatch` and
`noncascading_consolidated` are listed under the matrix and mark their rows and cells.

Subordinates whose PK is signed keep a read-only column.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.engine.findings import CASCADE_MISMATCH, NONCASCADING_CONSOLIDATED
from app.services import matrix
from app.services.errors import NotFound
from app.services.matrix import CascadeMatrix, MatrixColumn, MatrixRow

from app.ui.cascade.cascade_matrix_model import CELL_ROLE, CascadeMatrixModel
from app.ui.cascade.commands import SetCellNoteCommand, TickCommand, UntickCommand
from app.ui.shell.findings_panel import FindingsPanel
from app.ui.shell.i18n import current_language
from app.ui.shell.rules_dock import FindingRow
from app.ui.shell.workspace_state import Change, WorkspaceState
from app.ui.widgets.delegates import NumberDelegate
from app.ui.widgets.labels import LOCATION_CONSOLIDATION, label
from app.ui.widgets.message_line import MessageLine
from app.ui.widgets.number_entry import parse_number, show_percent
from app.ui.widgets.reload_when_shown import ReloadWhenShown

MATRIX_RULES = (CASCADE_MISMATCH, NONCASCADING_CONSOLIDATED)


class TickDialog(QDialog):
    """Direct or indirect cascade of one IKU to one subordinate, with the share and a note."""

    def __init__(
        self,
        row: MatrixRow,
        column: MatrixColumn,
        allocated: Decimal,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tickDialog")
        self.setWindowTitle(self.tr("Cascade IKU ke bawahan"))
        self.setMinimumWidth(520)
        self._allocated = allocated
        intro = QLabel(
            self.tr("IKU <b>{indicator}</b> diturunkan ke PK <b>{official}</b> ({title}).").format(
                indicator=row.name, official=column.official, title=column.position_title
            ),
            self,
        )
        intro.setWordWrap(True)
        self.direct = QRadioButton(self.tr("Direct — IKU dan targetnya disalin utuh"), self)
        self.indirect = QRadioButton(
            self.tr("Indirect — bawahan memikul sebagian target (porsi)"), self
        )
        self.direct.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.direct)
        group.addButton(self.indirect)
        self.share = QLineEdit(self)
        self.share.setObjectName("tickShare")
        self.share.setPlaceholderText(self.tr("misalnya 50 atau 33,33"))
        self.note = QLineEdit(self)
        self.note.setObjectName("tickNote")
        self.note.setPlaceholderText(self.tr("kosong = ✓; misalnya (PKK, Jumantik, Posyandu)"))
        consolidation = label(LOCATION_CONSOLIDATION, row.location_consolidation, "—")
        self.info = QLabel(
            self.tr(
                "Konsolidasi lokasi IKU atasan: {consolidation}. Porsi yang sudah dibagi ke "
                "bawahan lain: {allocated} %. Dengan Sum, porsi semua bawahan harus berjumlah "
                "100 % (dibagi habis)."
            ).format(consolidation=consolidation, allocated=show_percent(allocated * 100)),
            self,
        )
        self.info.setWordWrap(True)
        self.error = MessageLine("", self)
        form = QFormLayout()
        form.addRow(self.tr("Porsi target (%):"), self.share)
        form.addRow(self.tr("Catatan sel:"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Centang"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        self.indirect.toggled.connect(self._method_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.direct)
        layout.addWidget(self.indirect)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        remaining = max(Decimal(1) - allocated, Decimal(0))
        self.share.setText(show_percent(remaining * 100) if allocated else "")
        self._method_changed(False)

    def _method_changed(self, indirect: bool) -> None:
        self.share.setEnabled(indirect)
        self.info.setVisible(indirect)

    @property
    def method(self) -> str:
        return "indirect" if self.indirect.isChecked() else "direct"

    def share_value(self) -> Decimal | None:
        """The share as a fraction (50 → 0,5), or None when not given."""
        if self.method != "indirect":
            return None
        parsed = parse_number(self.share.text())
        if not parsed.ok or parsed.value is None:
            return None
        return parsed.value / 100

    def _check(self) -> None:
        if self.method == "indirect":
            parsed = parse_number(self.share.text())
            if not parsed.ok:
                self.error.say(parsed.message)
                return
            value = parsed.value
            if value is not None and not Decimal(0) < value <= Decimal(100):
                self.error.say(self.tr("Porsi harus lebih dari 0 dan paling banyak 100 %."))
                return
            if value is not None and self._allocated + value / 100 > 1:
                self.error.say(self.tr("Porsi ini membuat jumlah porsi bawahan melebihi 100 %."))
                return
        self.accept()


class _MatrixTree(QTreeView):
    """Space/Enter ticks an empty cell, Delete unticks.

    Signals:
        tickRequested(QModelIndex)
        untickRequested(QModelIndex)
    """

    tickRequested = Signal(QModelIndex)
    untickRequested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            index = self.currentIndex()
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.untickRequested.emit(index)
                return
            if event.key() == Qt.Key.Key_Space:
                self.tickRequested.emit(index)
                return
        super().keyPressEvent(event)


class CascadeMatrixView(ReloadWhenShown, QWidget):
    """Signals:
    indicatorActivated(str): open an IKU (the subordinate's cascaded copy).
    findingsUpdated(): the matrix's rule findings were recomputed.
    """

    indicatorActivated = Signal(str)
    findingsUpdated = Signal()

    def __init__(self, state: WorkspaceState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cascadeMatrixView")
        self.state = state
        self.agreement_id: str | None = None
        self.matrix: CascadeMatrix | None = None
        self.tick_dialog: TickDialog | None = None

        self.title = QLabel(self)
        self.title.setObjectName("matrixTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #546E7A;")
        self.tick_button = QPushButton(self)
        self.tick_button.setObjectName("tickButton")
        self.untick_button = QPushButton(self)
        self.untick_button.setObjectName("untickButton")
        self.note_button = QPushButton(self)
        self.note_button.setObjectName("cellNoteButton")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openChildIndicatorButton")
        self.tick_button.clicked.connect(lambda: self.request_tick(self.view.currentIndex()))
        self.untick_button.clicked.connect(lambda: self.untick(self.view.currentIndex()))
        self.note_button.clicked.connect(self._edit_note)
        self.open_button.clicked.connect(self._open_child)
        buttons = QHBoxLayout()
        for button in (self.tick_button, self.untick_button, self.note_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.legend = QLabel(self)
        buttons.addWidget(self.legend)
        buttons.addWidget(self.open_button)

        self.model = CascadeMatrixModel(self)
        self.model.edit_handler = self._set_note
        self.view = _MatrixTree(self)
        self.view.setObjectName("matrixTable")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(False)
        self.view.setAllColumnsShowFocus(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setItemDelegate(NumberDelegate(self.view))
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.tickRequested.connect(self.request_tick)
        self.view.untickRequested.connect(self.untick)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        header = self.view.header()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setStretchLastSection(False)
        self.empty = QLabel(self)
        self.empty.setObjectName("matrixEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.findings = FindingsPanel("matrixFindings", self)
        self.findings.updated.connect(self.findingsUpdated)
        splitter = self.findings.under(self.view)

        self.message = MessageLine("matrixMessage", self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.help)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        state.changed.connect(self._on_change)
        self.retranslate()

    # --- texts ------------------------------------------------------------------------------

    def tab_title(self) -> str:
        return self.tr("Matriks Cascading")

    def retranslate(self) -> None:
        self.help.setText(
            self.tr(
                "Baris: IKU atasan per sasaran. Kolom: PK bawahan langsung. Klik ganda (atau "
                "Spasi) sel kosong untuk mencentang — direct atau indirect; klik ganda sel "
                "bercentang untuk menulis catatan; Delete menghapus centang."
            )
        )
        self.tick_button.setText(self.tr("Centang…"))
        self.untick_button.setText(self.tr("Hapus centang"))
        self.note_button.setText(self.tr("Catatan sel"))
        self.open_button.setText(self.tr("Buka IKU bawahan"))
        self.legend.setText(
            "<span style='background:#E8F5E9'>&nbsp;✓&nbsp;</span> "
            + self.tr("direct")
            + " &nbsp; <span style='background:#E0F2F1'>&nbsp;✓&nbsp;</span> "
            + self.tr("indirect")
            + " &nbsp; <span style='background:#F5F5F5'>&nbsp;&nbsp;&nbsp;</span> "
            + self.tr("PK ditandatangani")
        )
        if self.matrix is not None:
            self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading ----------------------------------------------------------------------------

    def load(self, agreement_id: str) -> None:
        if agreement_id != self.agreement_id:
            self.show_message("")
            self.matrix = None
        self.agreement_id = agreement_id
        self.reload_now_or_when_shown()

    def reload(self) -> None:
        if self.agreement_id is None:
            return
        self._dirty = False
        try:
            self.matrix = matrix.cascade_matrix(self.state.db, self.agreement_id)
        except NotFound:
            self.matrix = None
            self.model.set_matrix(None)
            return
        self._show()
        self.refresh_findings()

    def _on_change(self, change: Change) -> None:
        if self.agreement_id is None:
            return
        self.findings.invalidate()  # a check under way is about the matrix before the change
        self.reload_soon()

    def _show(self) -> None:
        grid = self.matrix
        assert grid is not None
        current = self.view.currentIndex()
        key = (
            self.model.row_data(current).indicator_id if self.model.row_data(current) else None,
            current.column(),
        )
        self.model.editable = not self.state.read_only
        self.model.set_matrix(grid)
        self.view.expandAll()
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
        self._size_columns()
        if key[0] is not None:
            index = self.model.find(key[0])
            if index.isValid():
                self.view.setCurrentIndex(index.siblingAtColumn(key[1]))
        self.title.setText(
            self.tr("Matriks Cascading PK {year} — {owner}").format(
                year=grid.year, owner=grid.owner
            )
        )
        if not grid.columns:
            self.empty.setText(
                self.tr(
                    "Belum ada PK {year} bawahan langsung {owner}. Buat PK bawahan dulu; "
                    "kolomnya muncul di sini."
                ).format(year=grid.year, owner=grid.owner)
            )
        self.empty.setVisible(not grid.columns)
        ticked = len(grid.cells)
        self.findings.label.setText(
            self.tr("{rows} IKU × {columns} bawahan, {ticked} sel dicentang").format(
                rows=len(grid.rows), columns=len(grid.columns), ticked=ticked
            )
        )
        self._update_buttons()

    def _size_columns(self) -> None:
        """Subordinate columns as wide as their header (≤ 200 px); the IKU column takes the
        rest of the view, so three or four Asisten fit without scrolling."""
        header = self.view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CascadeMatrixModel.COL_NUMBER, 56)
        header.resizeSection(CascadeMatrixModel.COL_TARGET, 90)
        metrics = header.fontMetrics()
        used = 56 + 90
        for column in range(CascadeMatrixModel.COL_FIRST_CHILD, self.model.columnCount()):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)
            width = min(max(widest + 16, 110), 200)
            header.resizeSection(column, width)
            used += width
        available = self.view.viewport().width() - used - 4
        header.resizeSection(CascadeMatrixModel.COL_INDICATOR, max(available, 240))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.matrix is not None:
            self._size_columns()

    # --- findings ---------------------------------------------------------------------------

    def refresh_findings(self) -> None:
        """Recompute cascade_mismatch / noncascading_consolidated in the background."""
        if self.matrix is None:
            return

        def shown(rows: list[FindingRow]) -> None:
            grid = self.matrix
            if grid is None:
                return
            self.model.set_problems(self._problems(rows))
            base = self.tr("{rows} IKU × {columns} bawahan, {ticked} sel dicentang").format(
                rows=len(grid.rows), columns=len(grid.columns), ticked=len(grid.cells)
            )
            self.findings.label.setText(
                base
                + " · "
                + (
                    self.tr("{n} temuan cascading").format(n=len(rows))
                    if rows
                    else self.tr("tidak ada temuan cascading")
                )
            )

        self.findings.refresh(
            self.state.db, self.matrix.agreement_id, lambda f: f.rule in MATRIX_RULES, shown
        )

    def _problems(self, rows: list[FindingRow]) -> dict[tuple[str, str | None], list[str]]:
        from app.engine.messages import render

        grid = self.matrix
        assert grid is not None
        by_child = {
            cell.child_indicator_id: (row_id, column_id)
            for (row_id, column_id), cell in grid.cells.items()
        }
        own = {r.indicator_id for r in grid.rows}
        problems: dict[tuple[str, str | None], list[str]] = {}
        for row in rows:
            finding = row.finding
            text = render(finding, current_language())
            if finding.indicator_id in by_child:
                key: tuple[str, str | None] = by_child[finding.indicator_id]
            elif finding.indicator_id in own:
                key = (finding.indicator_id, None)
            else:
                continue
            problems.setdefault(key, []).append(text)
        return problems

    # --- actions ----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        index = self.view.currentIndex()
        editable = self.model.cell_editable(index)
        cell = self.model.cell(index)
        self.tick_button.setEnabled(editable and cell is None)
        self.untick_button.setEnabled(editable and cell is not None)
        self.note_button.setEnabled(editable and cell is not None)
        self.open_button.setEnabled(cell is not None)

    def show_message(self, text: str) -> None:
        self.message.say(text)

    def _run(self, command: Any) -> bool:
        return self.message.run(self.state, command)

    def select_cell(self, indicator_id: str, agreement_id: str) -> QModelIndex:
        index = self.model.find(indicator_id, agreement_id)
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        return index

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.model.cell(index) is None:
            self.request_tick(index)

    def request_tick(self, index: QModelIndex) -> TickDialog | None:
        """Ask direct/indirect (and the share) for an empty cell, then tick it."""
        if not self.model.cell_editable(index) or self.model.cell(index) is not None:
            return None
        row = self.model.row_data(index)
        column = self.model.child_column(index.column())
        grid = self.matrix
        if row is None or column is None or grid is None:
            return None
        allocated = sum(
            (
                c.share or Decimal(0)
                for (r, _), c in grid.cells.items()
                if r == row.indicator_id and c.method == "indirect"
            ),
            Decimal(0),
        )
        dialog = TickDialog(row, column, allocated, self)
        self.tick_dialog = dialog

        def finished(result: int) -> None:
            self.tick_dialog = None
            if result == QDialog.DialogCode.Accepted and self.agreement_id is not None:
                self._run(
                    TickCommand(
                        self.state,
                        row.indicator_id,
                        self.agreement_id,
                        column.agreement_id,
                        method=dialog.method,
                        share=dialog.share_value(),
                        note=dialog.note.text().strip() or None,
                    )
                )
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def untick(self, index: QModelIndex) -> bool:
        cell = self.model.cell(index)
        key = index.data(CELL_ROLE) if index.isValid() else None
        if cell is None or key is None or not self.model.cell_editable(index):
            return False
        assert self.agreement_id is not None
        return self._run(UntickCommand(self.state, key[0], self.agreement_id, key[1], cell.link_id))

    def _set_note(self, indicator_id: str, agreement_id: str, note: str) -> bool:
        grid = self.matrix
        cell = grid.cell(indicator_id, agreement_id) if grid else None
        if cell is None or self.agreement_id is None:
            return False
        return self._run(
            SetCellNoteCommand(
                self.state,
                indicator_id,
                self.agreement_id,
                agreement_id,
                note or None,
                cell.note,
            )
        )

    def _edit_note(self) -> None:
        index = self.view.currentIndex()
        if self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.view.edit(index)

    def _open_child(self) -> None:
        cell = self.model.cell(self.view.currentIndex())
        if cell is not None:
            self.indicatorActivated.emit(cell.child_indicator_id)

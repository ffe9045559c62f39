"""Under the coverage matrix: the agreements the chosen unit sent, and Setujui / Kembalikan /
Buka kunci.

Approving locks the chosen period (or the whole agreement) against later bundles; returning
needs a reason. Either way a signed receipt is written to the receipts folder for the unit to
import. "Buka kunci…" asks for a reason and reopens the chosen period (or every lock of the
agreement) so the unit's next bundle imports again; it writes no receipt (see
`app.services.province_review`) and is undone with "Urungkan" or Ctrl+Z. The panel calls
`app.services.province_review` only.

Signals:
    decided(str): a receipt was written; its path.
    unlocked(): locks were removed or put back (unlock, or its undo/redo).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.database import Database
from app.paths import AppPaths
from app.services import province_review
from app.services.errors import ServiceError, error_text

from app.ui.province.review_table_model import OBJECT_ROLE, ReviewTableModel
from app.ui.shell.i18n import current_language


class UnlockCommand(QUndoCommand):
    """Buka kunci as one undo step: undo puts the very locks back, redo opens them again."""

    def __init__(
        self,
        panel: ReviewPanel,
        locks: Sequence[province_review.Lock],
        period: str | None,
        reason: str,
    ) -> None:
        super().__init__(panel.tr("Buka kunci persetujuan"))
        self.panel, self.locks = panel, list(locks)
        self.period, self.reason = period, reason
        self._done = True  # the service already ran when the command was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        ids = sorted({lock.agreement_id for lock in self.locks})
        self.panel.run_locks(
            lambda: province_review.unlock(self.panel.db, ids, self.period, self.reason)
        )

    def undo(self) -> None:
        self.panel.run_locks(lambda: province_review.relock(self.panel.db, self.locks))


class ReviewPanel(QWidget):
    decided = Signal(str)
    unlocked = Signal()

    def __init__(self, db: Database, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.paths = paths
        self.year = 0
        self.unit_code: str | None = None
        self.out_dir = province_review.receipts_dir(paths)
        self.title = QLabel(self)
        self.model = ReviewTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("reviewTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ReviewTableModel.COL_DECISION, QHeaderView.ResizeMode.Stretch)
        self.period = QComboBox(self)
        self.period.setObjectName("reviewPeriod")
        for period in province_review.REVIEW_PERIODS:
            self.period.addItem(period or self.tr("Seluruh PK"), period)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reviewReason")
        self.reason.setPlaceholderText(self.tr("Alasan pengembalian (wajib untuk Kembalikan)"))
        self.approve_button = QPushButton(self.tr("Setujui"), self)
        self.approve_button.setObjectName("reviewApprove")
        self.approve_button.setToolTip(
            self.tr("Setujui dan kunci periode terpilih; bundel berikutnya tidak dapat mengubahnya")
        )
        self.return_button = QPushButton(self.tr("Kembalikan"), self)
        self.return_button.setObjectName("reviewReturn")
        self.unlock_button = QPushButton(self.tr("Buka kunci…"), self)
        self.unlock_button.setObjectName("reviewUnlock")
        self.unlock_button.setToolTip(
            self.tr("Buka kunci persetujuan periode terpilih agar bundel berikutnya diterima lagi")
        )
        self.undo_stack = QUndoStack(self)
        self.undo_button = QPushButton(self.tr("Urungkan"), self)
        self.undo_button.setObjectName("reviewUndo")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        undo_action = self.undo_stack.createUndoAction(self)
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(undo_action)
        self.folder_label = QLabel(self)
        folder_button = QPushButton(self.tr("Folder…"), self)
        folder_button.clicked.connect(self.choose_folder)
        self.message = QLabel(self)
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)
        decide = QHBoxLayout()
        decide.addWidget(QLabel(self.tr("Periode"), self))
        decide.addWidget(self.period)
        decide.addWidget(self.reason, 1)
        decide.addWidget(self.approve_button)
        decide.addWidget(self.return_button)
        decide.addWidget(self.unlock_button)
        decide.addWidget(self.undo_button)
        folder = QHBoxLayout()
        folder.addWidget(QLabel(self.tr("Tanda terima ditulis ke"), self))
        folder.addWidget(self.folder_label, 1)
        folder.addWidget(folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(decide)
        layout.addLayout(folder)
        layout.addWidget(self.message)
        self.approve_button.clicked.connect(lambda: self.decide(approve=True))
        self.return_button.clicked.connect(lambda: self.decide(approve=False))
        self.unlock_button.clicked.connect(self.ask_unlock)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._show_folder()
        self._update_buttons()

    def show_unit(self, year: int, unit_code: str | None) -> None:
        """List what `unit_code` (a coverage-matrix row) sent for `year`."""
        self.year, self.unit_code = year, unit_code
        if unit_code is None:
            self.title.setText(
                self.tr("Pilih unit di matriks untuk menyetujui atau mengembalikan PK-nya.")
            )
            self.model.set_rows([])
        else:
            rows = province_review.review_rows(self.db, year, unit_code)
            self.model.set_rows(rows)
            self.title.setText(
                self.tr("PK dari %1 yang diterima lewat bundel: %2")
                .replace("%1", unit_code)
                .replace("%2", str(len(rows)))
            )
        self._update_buttons()

    def chosen_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        return [
            self.model.data(i, OBJECT_ROLE).agreement_id
            for i in sorted(rows, key=lambda i: i.row())
        ]

    def select_rows(self, rows: list[int]) -> None:
        """Select these table rows (what a click or shift-click does)."""
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in rows:
            self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def _update_buttons(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        enabled = bool(rows) and not self.db.read_only
        self.approve_button.setEnabled(enabled)
        self.return_button.setEnabled(enabled)
        locked = any(self.model.data(i, OBJECT_ROLE).locked for i in rows)
        self.unlock_button.setEnabled(enabled and locked)

    def _show_folder(self) -> None:
        self.folder_label.setText(str(self.out_dir))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder tanda terima"), str(self.out_dir)
        )
        if folder:
            self.out_dir = Path(folder)
            self._show_folder()

    def ask_unlock(self) -> QInputDialog:
        """Ask why the chosen approvals are taken back; OK unlocks (the dialog is returned
        so a test can answer it)."""
        dialog = QInputDialog(self)
        dialog.setObjectName("unlockReason")
        dialog.setWindowTitle(self.tr("Buka kunci"))
        period = self.period.currentData()
        what = period or self.tr("seluruh kunci")
        dialog.setLabelText(
            self.tr("Alasan membuka kunci (%1); dicatat di riwayat perubahan:").replace("%1", what)
        )
        dialog.textValueSelected.connect(self.unlock)
        dialog.open()
        return dialog

    def unlock(self, reason: str) -> list[province_review.Lock]:
        """Reopen the chosen period (or every lock) of the chosen agreements, as one undo
        step; a refusal shows its sentence and changes nothing."""
        period = self.period.currentData()
        chosen = self.chosen_ids()
        locks = self.run_locks(lambda: province_review.unlock(self.db, chosen, period, reason))
        if not locks:
            return []
        self.undo_stack.push(UnlockCommand(self, locks, period, reason.strip()))
        self.message.setText(
            self.tr(
                "Kunci dibuka (%1); bundel berikutnya untuk periode itu diterima lagi."
            ).replace("%1", ", ".join(sorted({lock.period for lock in locks})))
        )
        return locks

    def run_locks(self, change: Callable[[], object]) -> Any:
        """Run an unlock or relock, show the result and keep the selection; a refusal is one
        sentence under the table."""
        try:
            result = change()
        except ServiceError as exc:
            self.message.setStyleSheet("color: #B3261E")
            self.message.setText(error_text(exc, current_language()))
            return None
        self.message.setStyleSheet("")
        self.message.clear()
        chosen = [i.row() for i in self.table.selectionModel().selectedRows()]
        self.show_unit(self.year, self.unit_code)
        self.select_rows(chosen)
        self.unlocked.emit()
        return result

    def decide(self, *, approve: bool) -> Path | None:
        """Write the receipt for the chosen agreements; a refusal shows its sentence."""
        try:
            path = province_review.decide(
                self.db,
                self.paths,
                self.chosen_ids(),
                self.out_dir,
                approve=approve,
                period=self.period.currentData(),
                reason=self.reason.text(),
            )
        except ServiceError as exc:
            self.message.setStyleSheet("color: #B3261E")
            self.message.setText(error_text(exc, current_language()))
            return None
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("Tanda terima ditulis: %1. Kirimkan berkas ini ke unit.").replace(
                "%1", str(path)
            )
        )
        self.reason.clear()
        chosen = [i.row() for i in self.table.selectionModel().selectedRows()]
        self.show_unit(self.year, self.unit_code)
        self.select_rows(chosen)
        self.decided.emit(str(path))
        return path

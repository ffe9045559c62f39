""" "Terima berkas…": bundles and receipts, chosen or dropped; each is verified and tried in a
dry run whose report is shown as a table; hard conflicts get a person's choice (keep the
current value, take the incoming one, or type another) before anything is applied."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.shell.background import Job, run_in_background
from app.ui.shell.i18n import current_language
from app.ui.sync.sync_table_models import (
    EDIT,
    KEEP,
    TAKE,
    ConflictTableModel,
    ImportReportTableModel,
)

if TYPE_CHECKING:
    from app.models.database import Database
    from app.paths import AppPaths


def sentence(exc: BaseException) -> str:
    """A refusal in the interface language (SyncError knows both)."""
    text = getattr(exc, "text", None)
    return text(current_language()) if callable(text) else str(exc)


class ReceiveDialog(QDialog):
    """Signals:
    imported(): files were applied (the window refreshes its tree).
    """

    imported = Signal()

    def __init__(self, db: Database, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiveDialog")
        self.setWindowTitle(self.tr("Terima berkas"))
        self.setAcceptDrops(True)
        self.db, self.paths = db, paths
        self.files: list[Path] = []
        self.job: Job | None = None
        self.checked = False

        self.file_list = QListWidget(self)
        self.file_list.setObjectName("receiveFiles")
        add = QPushButton(self.tr("Tambah berkas…"), self)
        add.clicked.connect(self._choose)
        self.untrusted = QCheckBox(self.tr("Terima kunci yang belum dipercaya (berisiko)"), self)
        self.report = ImportReportTableModel(self)
        self.report_view = QTableView(self)
        self.report_view.setObjectName("receiveReport")
        self.report_view.setModel(self.report)
        self.conflicts = ConflictTableModel(self)
        self.conflict_view = QTableView(self)
        self.conflict_view.setObjectName("receiveConflicts")
        self.conflict_view.setModel(self.conflicts)
        self.conflict_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for view in (self.report_view, self.conflict_view):
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
        keep = QPushButton(self.tr("Pakai nilai sekarang"), self)
        take = QPushButton(self.tr("Pakai nilai masuk"), self)
        edit = QPushButton(self.tr("Nilai lain…"), self)
        keep.clicked.connect(lambda: self._choose_for_selection(KEEP))
        take.clicked.connect(lambda: self._choose_for_selection(TAKE))
        edit.clicked.connect(self._edit_value)
        self.message = QLabel(self.tr("Seret berkas .pkbundle atau .pkreceipt ke sini."), self)
        self.message.setObjectName("receiveMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.check_button = self.buttons.addButton(
            self.tr("&Periksa (uji coba)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check_button.setObjectName("checkButton")
        self.apply_button = self.buttons.addButton(
            self.tr("&Terapkan"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.apply_button.setObjectName("applyButton")
        self.check_button.clicked.connect(self.check)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.file_list, 1)
        side = QVBoxLayout()
        side.addWidget(add)
        side.addWidget(self.untrusted)
        side.addStretch(1)
        top.addLayout(side)
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Konflik:"), self))
        choices.addStretch(1)
        for button in (keep, take, edit):
            choices.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.report_view, 1)
        layout.addLayout(choices)
        layout.addWidget(self.conflict_view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(900, 620)
        self._update_buttons()

    # --- files ------------------------------------------------------------------------------

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.files:
                self.files.append(path)
                self.file_list.addItem(str(path))
        self.checked = False
        self._update_buttons()

    def _choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Pilih berkas"), "", self.tr("Berkas PK Desk (*.pkbundle *.pkreceipt)")
        )
        self.add_files([Path(n) for n in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self.add_files([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()

    # --- conflicts --------------------------------------------------------------------------

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.conflict_view.selectionModel().selectedRows()})

    def _choose_for_selection(self, choice: str) -> None:
        for row in self._selected_rows():
            self.conflicts.set_choice(row, choice)

    def _edit_value(self) -> None:
        rows = self._selected_rows()
        if not rows:
            return
        dialog = QInputDialog(self)
        dialog.setLabelText(self.tr("Nilai yang dipakai:"))
        dialog.setTextValue(str(self.conflicts.rows()[rows[0]].get("current") or ""))
        dialog.textValueSelected.connect(
            lambda text: [self.conflicts.set_choice(r, EDIT, text) for r in rows]
        )
        dialog.open()

    # --- check and apply ----------------------------------------------------------------------

    def _update_buttons(self) -> None:
        busy = self.job is not None
        self.check_button.setEnabled(bool(self.files) and not busy)
        self.apply_button.setEnabled(bool(self.files) and self.checked and not busy)

    def _run(self, dry_run: bool) -> None:
        from app.sync import service

        files, untrusted = list(self.files), self.untrusted.isChecked()

        def work(job: Job) -> Any:
            results = service.import_files(
                self.db,
                files,
                self.paths,
                dry_run=dry_run,
                accept_untrusted=untrusted,
                progress=job.progress,
                cancelled=job.cancelled,
            )
            return [r.as_dict(current_language()) for r in results]

        self.job = run_in_background(
            work,
            lambda rows: self._done(rows, dry_run),
            self._failed,
            progress=self,
            label=self.tr("Memeriksa berkas…") if dry_run else self.tr("Menerapkan berkas…"),
        )
        self._update_buttons()

    def check(self) -> None:
        """Verify every file and run the whole import rolled back; show the report."""
        self._run(dry_run=True)

    def apply(self) -> None:
        self._run(dry_run=False)

    def _done(self, rows: list[dict[str, Any]], dry_run: bool) -> None:
        self.job = None
        self.report.set_rows(rows)
        refused = [r for r in rows if r.get("status") == "error"]
        if dry_run:
            # The others can still be applied: a refused file is refused again, and listed.
            self.checked = len(refused) < len(rows)
            conflicts = [c for r in rows for c in r.get("conflicts") or []]
            self.conflicts.set_rows([{**c, "choice": KEEP} for c in conflicts])
            self.message.setText(
                self.tr("Uji coba selesai; belum ada yang disimpan.")
                if not refused
                else self.tr(
                    "Ada berkas yang ditolak; lihat keterangan di tabel. "
                    "Terapkan hanya menerapkan berkas lainnya."
                )
            )
        else:
            self._resolve_chosen()
            self.checked = False
            self.message.setText(self.tr("Berkas diterapkan."))
            self.imported.emit()
        self._update_buttons()

    def _resolve_chosen(self) -> None:
        from app.sync import conflicts

        for row in self.conflicts.rows():
            if row["kind"] != "hard":
                continue
            choice = row.get("choice", KEEP)
            try:
                conflicts.resolve(self.db, row["id"], choice, row.get("value"))
            except Exception as exc:  # noqa: BLE001 - shown to the user, the rest still run
                self.message.setText(sentence(exc))

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.message.setText(sentence(exc))
        self._update_buttons()

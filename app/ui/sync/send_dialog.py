""" "Kirim ke Provinsi…": choose the unit, see which agreements go, write the bundle to a folder
or USB stick with progress."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.shell.background import Job, run_in_background
from app.ui.sync.receive_dialog import sentence
from app.ui.sync.sync_table_models import ExportPreviewTableModel

if TYPE_CHECKING:
    from app.models.database import Database
    from app.paths import AppPaths


class SendDialog(QDialog):
    """Signals: finished(int) (QDialog). `result_path` holds the written bundle."""

    def __init__(
        self, db: Database, paths: AppPaths, unit_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendDialog")
        self.setWindowTitle(self.tr("Kirim ke Provinsi"))
        self.db, self.paths = db, paths
        self.result_path: Path | None = None
        self.job: Job | None = None
        from app.sync import service

        self.unit = QComboBox(self)
        self.unit.setObjectName("sendUnit")
        for uid, code, name in service.unit_codes(db):
            self.unit.addItem(f"{code} — {name}", code)
            if uid == unit_id:
                self.unit.setCurrentIndex(self.unit.count() - 1)
        self.full = QCheckBox(self.tr("Bundel penuh (semua data, bukan perubahan saja)"), self)
        self.folder = QLineEdit(str(Path.home()), self)
        self.folder.setObjectName("sendFolder")
        browse = QPushButton(self.tr("Pilih folder…"), self)
        browse.clicked.connect(self._browse)
        self.model = ExportPreviewTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("sendPreview")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel(self)
        self.message.setObjectName("sendMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.send_button = self.buttons.addButton(
            self.tr("&Kirim"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setObjectName("sendButton")
        self.send_button.clicked.disconnect()
        self.send_button.clicked.connect(self.send)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Unit:"), self.unit)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Simpan ke:"), folder_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.full)
        layout.addWidget(QLabel(self.tr("Perjanjian yang dikirim:"), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.unit.currentIndexChanged.connect(lambda _i: self.refresh())
        self.resize(760, 460)
        self.refresh()

    def refresh(self) -> None:
        from app.sync import service

        code = self.unit.currentData()
        self.model.set_rows(service.export_preview(self.db, code) if code else [])

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder tujuan"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def send(self) -> None:
        """Export on the worker thread; the dialog stays open to show where the file went."""
        from app.sync import service

        code, full, folder = (
            self.unit.currentData(),
            self.full.isChecked(),
            Path(self.folder.text()),
        )
        self.send_button.setEnabled(False)
        self.message.setText(self.tr("Menulis bundel…"))

        def work(job: Job) -> Any:
            return service.export(
                self.db, self.paths, code, folder, full=full, progress=job.progress
            )

        self.job = run_in_background(
            work, self._sent, self._failed, progress=self, label=self.tr("Menulis bundel…")
        )

    def _sent(self, result: Any) -> None:
        self.send_button.setEnabled(True)
        self.refresh()
        if result.path is None:
            self.message.setText(self.tr("Tidak ada perubahan sejak pengiriman terakhir."))
            return
        self.result_path = result.path
        self.message.setText(
            self.tr("Bundel ditulis: {path} ({count} revisi, {agreements} perjanjian).").format(
                path=result.path, count=result.revisions, agreements=result.agreements
            )
        )

    def _failed(self, exc: BaseException) -> None:
        self.send_button.setEnabled(True)
        self.message.setText(sentence(exc))

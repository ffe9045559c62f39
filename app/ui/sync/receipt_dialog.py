""" "Tulis tanda terima…" on the receiving side: the agreements that arrived by bundle; a
person approves or returns the selected ones (the whole PK or one period, with the reason),
then the signed receipt is written to a folder or USB stick for the unit's "Terima berkas…".
Approving locks that period against later bundles."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.sync.receive_dialog import sentence
from app.ui.sync.sync_table_models import APPROVE, RETURN, ReceiptTableModel

if TYPE_CHECKING:
    from app.models.database import Database
    from app.paths import AppPaths

PERIODS = ("", "TW1", "TW2", "TW3", "TW4")


class ReceiptDialog(QDialog):
    """Decisions per agreement and period, signed into one receipt (module docstring)."""

    def __init__(self, db: Database, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.sync import service

        self.setObjectName("receiptDialog")
        self.setWindowTitle(self.tr("Tulis tanda terima"))
        self.db, self.paths = db, paths
        self.result_path: Path | None = None
        self.model = ReceiptTableModel(self)
        self.model.set_rows(
            [
                {"row": row, "status": None, "period": None, "reason": ""}
                for row in service.received_agreements(db)
            ]
        )
        self.view = QTableView(self)
        self.view.setObjectName("receiptAgreements")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)

        self.period = QComboBox(self)
        self.period.setObjectName("receiptPeriod")
        for value in PERIODS:
            self.period.addItem(value or self.tr("seluruh PK"), value)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("receiptReason")
        self.reason.setPlaceholderText(self.tr("alasan pengembalian"))
        approve = QPushButton(self.tr("&Setujui"), self)
        approve.setObjectName("approveButton")
        give_back = QPushButton(self.tr("&Kembalikan"), self)
        give_back.setObjectName("returnButton")
        clear = QPushButton(self.tr("Ta&npa keputusan"), self)
        approve.clicked.connect(lambda: self.decide(APPROVE))
        give_back.clicked.connect(lambda: self.decide(RETURN))
        clear.clicked.connect(lambda: self.decide(None))
        self.folder = QLineEdit(str(service.refusals_dir(paths)), self)
        self.folder.setObjectName("receiptFolder")
        browse = QPushButton(self.tr("Pilih folder…"), self)
        browse.clicked.connect(self._browse)
        self.message = QLabel(
            self.tr("Pilih perjanjian, lalu setujui atau kembalikan dengan alasannya."), self
        )
        self.message.setObjectName("receiptMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.write_button = self.buttons.addButton(
            self.tr("&Tulis tanda terima"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.write_button.setObjectName("writeReceiptButton")
        self.write_button.clicked.connect(self.write)
        self.buttons.rejected.connect(self.reject)

        decide = QHBoxLayout()
        decide.addWidget(QLabel(self.tr("Periode:"), self))
        decide.addWidget(self.period)
        decide.addWidget(self.reason, 1)
        for button in (approve, give_back, clear):
            decide.addWidget(button)
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("Folder tujuan:"), self))
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(decide)
        layout.addLayout(where)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(900, 560)

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder tujuan"), self.folder.text())
        if name:
            self.folder.setText(name)

    def decide(self, status: str | None) -> None:
        """Set the chosen decision on the selected rows; a return needs its reason."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows:
            self.message.setText(self.tr("Pilih perjanjian lebih dulu."))
            return
        reason = self.reason.text().strip()
        if status == RETURN and not reason:
            self.message.setText(self.tr("Tuliskan alasan pengembalian."))
            return
        for row in rows:
            self.model.set_decision(
                row, status, self.period.currentData() or None, reason if status == RETURN else ""
            )
        self.message.setText("")

    def write(self) -> None:
        from app.sync import service
        from app.sync.errors import SyncError
        from app.sync.receipts import Decision

        decided = self.model.decided()
        if not decided:
            self.message.setText(self.tr("Belum ada keputusan untuk ditulis."))
            return
        decisions = [
            Decision(
                agreement_id=item["row"].agreement_id,
                status=item["status"],
                period=item["period"],
                reasons=(item["reason"],) if item["reason"] else (),
            )
            for item in decided
        ]
        try:
            self.result_path = service.write_decisions(
                self.db, self.paths, decisions, Path(self.folder.text())
            )
        except (SyncError, OSError) as exc:
            self.message.setText(sentence(exc))
            return
        self.message.setText(
            self.tr(
                "Tanda terima ditulis: {path}. Bawa ke unit dan buka dengan Terima berkas…"
            ).format(path=self.result_path)
        )

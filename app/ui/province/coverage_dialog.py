"""Provinsi › Cakupan PK…: the coverage matrix of a year, exportable as CSV (SPEC §9)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.database import Database
from app.services import province

from app.ui.province.coverage_table_model import CoverageTableModel


class CoverageDialog(QDialog):
    """Who has a draft, final or signed PK and which quarters each unit has reported."""

    def __init__(self, db: Database, year: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setObjectName("coverageDialog")
        self.setWindowTitle(self.tr("Cakupan PK provinsi"))
        self.resize(900, 600)
        self.year = QSpinBox(self)
        self.year.setObjectName("coverageYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(year or dt.date.today().year)
        self.summary = QLabel(self)
        self.model = CoverageTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.export_button = QPushButton(self.tr("Ekspor CSV…"), self)
        self.export_button.clicked.connect(self.choose_export)
        close = QPushButton(self.tr("Tutup"), self)
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun"), self))
        top.addWidget(self.year)
        top.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.year.valueChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        rows = province.coverage(self.db, self.year.value())
        self.model.set_rows(rows)
        signed = sum(r.agreements["signed"] for r in rows)
        total = sum(sum(r.agreements.values()) for r in rows)
        self.summary.setText(
            self.tr("%1 unit, %2 dari %3 PK ditandatangani")
            .replace("%1", str(len(rows)))
            .replace("%2", str(signed))
            .replace("%3", str(total))
        )
        self.export_button.setEnabled(bool(rows))

    def choose_export(self) -> None:
        name = f"cakupan-pk-{self.year.value()}.csv"
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor cakupan"), name, "CSV (*.csv)"
        )
        if target:
            self.export_to(Path(target))

    def export_to(self, path: Path) -> None:
        path.write_text(province.coverage_csv(self.model.rows()), encoding="utf-8")

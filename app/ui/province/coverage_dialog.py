"""Tampilan › Cakupan PK provinsi…: the coverage matrix of a year, exportable as xlsx or CSV (SPEC §9); under
it, the chosen unit's agreements to approve or return (`ReviewPanel`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from app.models.database import Database
from app.paths import AppPaths
from app.services import province

from app.ui.province.coverage_table_model import CoverageTableModel
from app.ui.province.review_panel import ReviewPanel
from app.ui.province.year_period import lay_out_view, year_spin


class CoverageDialog(QDialog):
    """Who has a draft, final or signed PK and which quarters each unit has reported."""

    def __init__(
        self,
        db: Database,
        paths: AppPaths,
        year: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("coverageDialog")
        self.setWindowTitle(self.tr("Cakupan PK provinsi"))
        self.resize(1000, 720)
        self.year = year_spin(self, year, "coverageYear")
        self.summary = QLabel(self)
        self.model = CoverageTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.review = ReviewPanel(db, paths, self)
        self.review.decided.connect(lambda _path: self.reload())
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.export_button = QPushButton(self.tr("Ekspor…"), self)
        self.export_button.clicked.connect(self.choose_export)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.review)
        lay_out_view(
            self,
            split,
            (self.tr("Tahun"), self.year),
            summary=self.summary,
            close_text=self.tr("Tutup"),
            buttons=(self.export_button,),
        )
        self.year.valueChanged.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._unit_chosen)
        self.reload()

    def reload(self) -> None:
        """Recount the matrix; the chosen unit stays chosen (its review list is refreshed
        only when the year changed: a decision refreshes it itself)."""
        year, chosen = self.year.value(), self.review.unit_code
        rows = province.coverage(self.db, year)
        self.model.set_rows(rows)
        codes = [r.unit_code for r in rows]
        if chosen in codes:
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.table.selectRow(codes.index(chosen))
            selection.blockSignals(False)
        if chosen not in codes or year != self.review.year:
            self.review.show_unit(year, chosen if chosen in codes else None)
        signed = sum(r.agreements["signed"] for r in rows)
        total = sum(sum(r.agreements.values()) for r in rows)
        self.summary.setText(
            self.tr("%1 unit, %2 dari %3 PK ditandatangani")
            .replace("%1", str(len(rows)))
            .replace("%2", str(signed))
            .replace("%3", str(total))
        )
        self.export_button.setEnabled(bool(rows))

    def select_unit(self, unit_code: str) -> None:
        """Choose a matrix row, as a click does; the review panel follows."""
        codes = [r.unit_code for r in self.model.rows()]
        self.table.selectRow(codes.index(unit_code))

    def _unit_chosen(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        code = self.model.rows()[selected[0].row()].unit_code if selected else None
        self.review.show_unit(self.year.value(), code)

    def choose_export(self) -> None:
        name = f"cakupan-pk-{self.year.value()}.xlsx"
        target, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor cakupan"), name, "Excel (*.xlsx);;CSV (*.csv)"
        )
        if target:
            path = Path(target)
            if not path.suffix:
                path = path.with_suffix(".csv" if "csv" in chosen else ".xlsx")
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the matrix as shown: a workbook for .xlsx, else CSV."""
        province.write_coverage(self.model.rows(), self.year.value(), path)

"""Tampilan › Nilai Sasaran RPJMD provinsi…: each RPJMD sasaran's value over every unit's
linked IKU for a year and period, as a table and a bar chart; choosing a sasaran charts each
unit's share of it (SPEC §6.5, §9). Values come from `app.services.province_rpjmd`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.engine.profile import Profile
from app.models.database import Database
from app.services import province_rpjmd
from app.services.province_rpjmd import RpjmdValue

from app.ui.dashboard.dashboard_charts import NA_COLOUR, Bar, CapaianChart
from app.ui.province.latest_load import LatestLoad
from app.ui.province.rpjmd_table_model import OBJECT_ROLE, RpjmdTableModel
from app.ui.province.year_period import lay_out_view, period_combo, year_spin


class RpjmdDialog(QDialog):
    """Nilai Sasaran RPJMD across units: table, province chart, per-unit chart.

    Signals (of `load`): loaded(): the values of the chosen year and period are shown."""

    def __init__(self, db: Database, year: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.profile: Profile = province_rpjmd.province_profile(db)
        self.setObjectName("rpjmdDialog")
        self.setWindowTitle(self.tr("Nilai Sasaran RPJMD provinsi"))
        self.resize(1000, 760)
        self.year = year_spin(self, year, "rpjmdYear")
        self.period = period_combo(self, "rpjmdPeriod")
        self.summary = QLabel(self)
        self.model = RpjmdTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RpjmdTableModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.chart = CapaianChart(self)
        self.chart.setObjectName("rpjmdChart")
        self.unit_title = QLabel(self)
        self.unit_chart = CapaianChart(self)
        self.unit_chart.setObjectName("rpjmdUnitChart")
        charts = QWidget(self)
        charts_layout = QVBoxLayout(charts)
        charts_layout.addWidget(QLabel(self.tr("Nilai Sasaran RPJMD seluruh unit"), charts))
        charts_layout.addWidget(self.chart)
        charts_layout.addWidget(self.unit_title)
        charts_layout.addWidget(self.unit_chart)
        charts_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(scroll)
        lay_out_view(
            self,
            split,
            (self.tr("Tahun"), self.year),
            (self.tr("s.d."), self.period),
            summary=self.summary,
            close_text=self.tr("Tutup"),
        )
        self.load = LatestLoad(self.summary)
        self.year.valueChanged.connect(self.reload)
        self.period.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.reload()

    def _colour(self, value: object) -> tuple[str, str]:
        band = self.profile.band_of(value)  # type: ignore[arg-type]
        return (band.color, band.label) if band is not None else (NA_COLOUR, "N/A")

    def _thresholds(self) -> list[tuple[object, str]]:
        return [
            (band.minimum, band.color)
            for band in self.profile.status_bands
            if band.minimum is not None and 0 < band.minimum < 100
        ]

    def reload(self) -> None:
        """Read the values for the chosen year and period (in the background)."""
        db, year, period = self.db, self.year.value(), self.period.currentData()
        self.load.start(lambda: province_rpjmd.rpjmd_values(db, year, period), self._show)

    def _show(self, values: list[RpjmdValue]) -> None:
        self.model.set_rows(values)
        linked = sum(1 for v in values if v.linked)
        self.summary.setText(
            self.tr("%1 sasaran RPJMD, %2 sasaran lain menurut teks")
            .replace("%1", str(linked))
            .replace("%2", str(len(values) - linked))
        )
        bars = []
        for value in values:
            colour, note = self._colour(value.score)
            label = f"{value.code} {value.text}" if value.code else value.text
            bars.append(Bar(label, value.score, colour, note))
        self.chart.set_bars(bars, self._thresholds())  # type: ignore[arg-type]
        self.show_units(None)

    def _chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.show_units(self.model.data(rows[0], OBJECT_ROLE) if rows else None)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def show_units(self, value: RpjmdValue | None) -> None:
        """Chart each unit's share of the chosen sasaran (empty when none is chosen)."""
        if value is None:
            self.unit_title.setText(self.tr("Pilih sasaran untuk melihat nilai per unit."))
            self.unit_chart.set_bars([], [])
            return
        self.unit_title.setText(self.tr("Nilai per unit: %1").replace("%1", value.text))
        bars = []
        for unit in value.units:
            colour, note = self._colour(unit.score)
            label = f"{unit.unit_code} {unit.unit_name}"
            bars.append(
                Bar(label, unit.score, colour, f"{note} · {unit.available}/{unit.indicators} IKU")
            )
        self.unit_chart.set_bars(bars, self._thresholds())  # type: ignore[arg-type]

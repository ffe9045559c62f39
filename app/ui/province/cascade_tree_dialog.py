"""Tampilan › Pohon cascading provinsi…: the whole province's cascade for a year, Gubernur
first, each official with the status of their PK, how many IKU came down from the superior
and the Nilai Kinerja for a period (SPEC §8, §9). Data from `app.services.province_tree`."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTreeView, QWidget

from app.models.database import Database
from app.services import province_tree
from app.services.province_rpjmd import province_profile
from app.services.province_tree import CascadeNode

from app.ui.province.cascade_tree_model import ProvinceCascadeTreeModel
from app.ui.province.latest_load import LatestLoad
from app.ui.province.year_period import lay_out_view, period_combo, year_spin


class CascadeTreeDialog(QDialog):
    """The province cascade tree; the first two levels open at start.

    Signals (of `load`): loaded(): the tree of the chosen year and period is shown."""

    def __init__(self, db: Database, year: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setObjectName("provinceCascadeDialog")
        self.setWindowTitle(self.tr("Pohon cascading provinsi"))
        self.resize(1000, 700)
        self.year = year_spin(self, year, "cascadeYear")
        self.period = period_combo(self, "cascadePeriod")
        self.summary = QLabel(self)
        self.model = ProvinceCascadeTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("provinceCascadeTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(
            ProvinceCascadeTreeModel.COL_NAME, QHeaderView.ResizeMode.Stretch
        )
        header.setStretchLastSection(False)
        lay_out_view(
            self,
            self.tree,
            (self.tr("Tahun"), self.year),
            (self.tr("Nilai s.d."), self.period),
            summary=self.summary,
            close_text=self.tr("Tutup"),
        )
        self.profile = province_profile(db)
        self.load = LatestLoad(self.summary)
        self.year.valueChanged.connect(self.reload)
        self.period.currentIndexChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        """Read the tree for the chosen year and period (in the background)."""
        db, year, period = self.db, self.year.value(), self.period.currentData()
        self.load.start(lambda: province_tree.cascade_tree(db, year, period), self._show)

    def _show(self, roots: list[CascadeNode]) -> None:
        self.model.set_roots(roots, self.profile)
        self.tree.expandToDepth(1)
        officials = sum(root.count() for root in roots)
        self.summary.setText(self.tr("%1 pejabat dalam pohon").replace("%1", str(officials)))
        self.tree.resizeColumnToContents(ProvinceCascadeTreeModel.COL_LEVEL)

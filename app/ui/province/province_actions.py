"""Province views in the main window: Tampilan › Cakupan PK provinsi…

The main window creates this once (`ProvinceActions(window)`) after its menus exist.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from app.ui.province.coverage_dialog import CoverageDialog
from app.ui.shell.availability import offer, set_tip


class ProvinceActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(cast(QObject, window))
        self.window = window
        self.act_coverage = QAction(window)
        self.act_coverage.setObjectName("actProvinceCoverage")
        self.act_coverage.triggered.connect(self.open_coverage)
        window.menu_view.addSeparator()
        window.menu_view.addAction(self.act_coverage)
        self.retranslate()

    def retranslate(self) -> None:
        self.act_coverage.setText(self.tr("Cakupan PK provinsi…"))
        set_tip(self.act_coverage, self.tr("PK yang sudah diterima dari setiap perangkat daerah"))

    def update_actions(self) -> None:
        offer(self.act_coverage, self.window.reasons.database(self.window.selection()))

    def open_coverage(self) -> CoverageDialog | None:
        if self.window.db is None:
            return None
        dialog = CoverageDialog(self.window.db, self.window.paths, parent=self.window)
        dialog.show()
        return dialog

"""Province views in the main window: Tampilan › Cakupan PK provinsi… and
Tampilan › Nilai Sasaran RPJMD provinsi…, Tampilan › Pohon cascading provinsi…,
Tampilan › Kotak masuk bundel…

The main window creates this once (`ProvinceActions(window)`) after its menus exist. The
dialogs are imported when opened: they load the database layer and the engine, which the
window's first paint must not wait for (SPEC §13).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from app.ui.shell.availability import offer, set_tip

if TYPE_CHECKING:
    from app.ui.province.cascade_tree_dialog import CascadeTreeDialog
    from app.ui.province.coverage_dialog import CoverageDialog
    from app.ui.province.inbox_dialog import InboxDialog
    from app.ui.province.rpjmd_dialog import RpjmdDialog


class ProvinceActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(cast(QObject, window))
        self.window = window
        self.act_coverage = QAction(window)
        self.act_coverage.setObjectName("actProvinceCoverage")
        self.act_coverage.triggered.connect(self.open_coverage)
        window.menu_view.addSeparator()
        window.menu_view.addAction(self.act_coverage)
        self.act_rpjmd = QAction(window)
        self.act_rpjmd.setObjectName("actProvinceRpjmd")
        self.act_rpjmd.triggered.connect(self.open_rpjmd)
        window.menu_view.addAction(self.act_rpjmd)
        self.act_tree = QAction(window)
        self.act_tree.setObjectName("actProvinceCascade")
        self.act_tree.triggered.connect(self.open_tree)
        window.menu_view.addAction(self.act_tree)
        self.act_inbox = QAction(window)
        self.act_inbox.setObjectName("actProvinceInbox")
        self.act_inbox.triggered.connect(self.open_inbox)
        window.menu_view.addAction(self.act_inbox)
        self.retranslate()

    def retranslate(self) -> None:
        self.act_coverage.setText(self.tr("Cakupan PK provinsi…"))
        set_tip(self.act_coverage, self.tr("PK yang sudah diterima dari setiap perangkat daerah"))
        self.act_rpjmd.setText(self.tr("Nilai Sasaran RPJMD provinsi…"))
        set_tip(self.act_rpjmd, self.tr("Nilai Sasaran RPJMD dari IKU semua unit, dengan grafik"))
        self.act_tree.setText(self.tr("Pohon cascading provinsi…"))
        set_tip(
            self.act_tree,
            self.tr("Setiap pejabat di bawah pejabat yang menandatangani PK dengannya"),
        )
        self.act_inbox.setText(self.tr("Kotak masuk bundel…"))
        set_tip(
            self.act_inbox,
            self.tr("Setiap bundel yang diterima: diterapkan, ditahan, konflik atau ditolak"),
        )

    def update_actions(self) -> None:
        reason = self.window.reasons.database(self.window.selection())
        for action in (self.act_coverage, self.act_rpjmd, self.act_tree, self.act_inbox):
            offer(action, reason)

    def open_coverage(self) -> CoverageDialog | None:
        if self.window.db is None:
            return None
        from app.ui.province.coverage_dialog import CoverageDialog

        dialog = CoverageDialog(self.window.db, self.window.paths, parent=self.window)
        dialog.show()
        return dialog

    def open_rpjmd(self) -> RpjmdDialog | None:
        if self.window.db is None:
            return None
        from app.ui.province.rpjmd_dialog import RpjmdDialog

        dialog = RpjmdDialog(self.window.db, parent=self.window)
        dialog.show()
        return dialog

    def open_tree(self) -> CascadeTreeDialog | None:
        if self.window.db is None:
            return None
        from app.ui.province.cascade_tree_dialog import CascadeTreeDialog

        dialog = CascadeTreeDialog(self.window.db, parent=self.window)
        dialog.show()
        return dialog

    def open_inbox(self) -> InboxDialog | None:
        if self.window.db is None:
            return None
        from app.ui.province.inbox_dialog import InboxDialog

        dialog = InboxDialog(self.window.db, self.window.paths, parent=self.window)
        dialog.imported.connect(self.window.sync_actions._imported)  # tree, scores, states
        dialog.show()
        return dialog

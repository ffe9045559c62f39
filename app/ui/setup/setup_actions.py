"""The first-run page of an empty database and Pengaturan › Pengaturan kantor…, for one main
window. The services are imported when used, so the window still paints first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from app.services.errors import error_text

from app.ui.shell.availability import offer, set_tip
from app.ui.shell.background import run_in_background
from app.ui.shell.i18n import current_language

if TYPE_CHECKING:
    from app.models.database import Database

    from app.ui.setup.settings_dialog import SettingsDialog
    from app.ui.setup.setup_page import SetupPage
    from app.ui.shell.main_window import MainWindow


class SetupActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.page: SetupPage | None = None
        self.dialog: SettingsDialog | None = None
        self.act_settings = QAction(window)
        self.act_settings.setObjectName("actOfficeSettings")
        self.act_settings.triggered.connect(lambda: self.open_settings())
        window.menu_settings.insertAction(window.menu_language.menuAction(), self.act_settings)
        self.retranslate()

    def retranslate(self) -> None:
        self.act_settings.setText(self.tr("Pengaturan &kantor…"))
        set_tip(
            self.act_settings,
            self.tr("Profil daerah, nama pemerintah daerah, tempat penandatanganan dan logo kop"),
        )
        self.update()

    def update(self) -> None:
        offer(self.act_settings, self.window.reasons.write(self.window.selection()))

    def attach(self, db: Database) -> None:
        """On an empty, writable database show the first-run page instead of the start page."""
        from app.services import office

        self.update()
        if db.read_only or not office.is_first_run(db):
            return
        from app.ui.setup.setup_page import SetupPage

        self.page = SetupPage(db, self.window.editors)
        self.page.officeStarted.connect(self._started)
        self.page.demoRequested.connect(self.open_demo)
        self.window.editors.addWidget(self.page)
        self.window.editors.setCurrentWidget(self.page)

    def detach(self) -> None:
        if self.page is not None:
            self.page.hide()
            self.page.setParent(None)  # type: ignore[call-overload]
            self.page.deleteLater()
            self.page = None

    def _started(self, unit_id: str, head_id: str) -> None:
        window = self.window
        assert window.tree_pane is not None
        window.tree_pane.model.refresh_children("root", None)
        self.detach()
        window.select("official", head_id)
        window.statusBar().showMessage(
            self.tr("Kantor dibuat. Klik kanan pada pohon untuk menambah unit dan pejabat."), 15000
        )

    def open_demo(self) -> Any:
        """Switch to the demo database (made from the seeds the first time)."""
        paths = self.window.paths
        target = paths.demo_db

        def work(_job: Any) -> Any:
            if not target.exists():
                from app.models.database import open_database
                from app.services import demo

                paths.ensure()
                with open_database(target, backup_dir=paths.backups_dir) as db:
                    demo.load_demo(db)
            return target

        return run_in_background(
            work,
            self.window._switch_database,
            lambda exc: self.window._show_error(
                error_text(exc, current_language()), title=self.tr("Demo tidak dapat dibuat")
            ),
            self.window,
            label=self.tr("Menyiapkan demo…"),
        )

    def open_settings(self) -> SettingsDialog | None:
        if self.window.state is None:
            return None
        from app.ui.setup.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.window.state, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
        return dialog

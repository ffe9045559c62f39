"""Tampilan › Data referensi provinsi…: opens the reference lists (editable in a province's
database, read-only in a unit's).

The main window creates this once (`ReferenceActions(window)`) after its menus exist; it
follows the window's language and database by itself. The dialog is imported when opened:
it loads the database layer, which the window's first paint must not wait for (SPEC §13).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from app.ui.province.reference_dialog import ReferenceDialog


class ReferenceActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(cast(QObject, window))
        self.window = window
        self.act_reference = QAction(window)
        self.act_reference.setObjectName("actProvinceReference")
        self.act_reference.triggered.connect(self.open_reference)
        window.menu_view.addAction(self.act_reference)
        window.menu_view.aboutToShow.connect(self.update_actions)
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.act_reference.setText(self.tr("Data referensi provinsi…"))

    def update_actions(self) -> None:
        self.act_reference.setEnabled(self.window.db is not None)

    def open_reference(self) -> ReferenceDialog | None:
        from app.sync.consolidation import database_mode

        from app.ui.province.reference_dialog import ReferenceDialog

        db = self.window.db
        if db is None:
            return None
        editable = database_mode(db) == "province"
        dialog = ReferenceDialog(
            db, self.window.paths, editable=editable, parent=self.window, state=self.window.state
        )
        dialog.finished.connect(lambda _result: self.window.recompute())
        dialog.show()
        return dialog

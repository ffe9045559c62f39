"""The Berkas › Cetak… action (Ctrl+P) and the unit's bulk print, for one main window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

from app.ui.shell.availability import offer, set_tip
from app.ui.shell.background import run_in_background
from app.ui.shell.i18n import current_language

if TYPE_CHECKING:
    from app.services.printing import BulkResult

    from app.ui.printing.print_dialog import PrintDialog
    from app.ui.shell.main_window import MainWindow


class PrintActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: PrintDialog | None = None
        self.last_bulk: Any = None
        self.act_print = QAction(window)
        self.act_print.setObjectName("actPrint")
        self.act_print.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.act_print.triggered.connect(lambda: self.open_dialog())
        window.addAction(self.act_print)
        self.retranslate()
        self.update()

    def retranslate(self) -> None:
        self.act_print.setText(self.tr("&Cetak…"))
        self.update()

    def update(self) -> None:
        """Enabled on any agreement in any status; the tooltip says why when it is not."""
        set_tip(self.act_print, self.tr("Cetak dokumen PK terpilih (Ctrl+P)"))
        offer(self.act_print, self.window.reasons.view_agreement(self.window.selection()))

    def _agreement_id(self) -> str | None:
        if self.window.db is None:
            return None
        return self.window._current_agreement_id()

    def open_dialog(self, agreement_id: str | None = None) -> PrintDialog | None:
        from app.ui.printing.print_dialog import PrintDialog

        agreement_id = agreement_id or self._agreement_id()
        if agreement_id is None or self.window.db is None:
            return None
        dialog = PrintDialog(self.window.db, agreement_id, self.window.period, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
        return dialog

    def print_unit(self, unit_id: str, folder: str | None = None) -> Any:
        """Every agreement of the unit (and its sub-units), one PDF each, into a folder."""
        if folder is None:
            start = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            dialog = QFileDialog(self.window, self.tr("Folder untuk PDF unit"), start)
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
            dialog.fileSelected.connect(lambda path: self.print_unit(unit_id, path))
            dialog.open()
            self.last_bulk = dialog
            return dialog
        from app.services import organisation, printing
        from app.services.errors import error_text

        db = self.window.db
        code = organisation.unit_fields(db, unit_id)["code"]

        def work(job: Any) -> BulkResult:
            return printing.print_unit(
                db,
                code,
                folder,
                progress=job.progress,
                cancelled=lambda: job.cancelled,
            )

        def done(result: BulkResult) -> None:
            self.last_bulk = result
            self.window.statusBar().showMessage(
                self.tr("{n} berkas PDF dicetak ke {folder}.").format(
                    n=len(result.results), folder=Path(folder)
                ),
                10000,
            )

        def failed(exc: BaseException) -> None:
            self.last_bulk = exc
            self.window.statusBar().showMessage(error_text(exc, current_language()), 15000)

        return run_in_background(
            work, done, failed, self.window, label=self.tr("Mencetak PK unit…")
        )

"""Excel in the main window: File › Impor Excel… (the import wizard) and Perjanjian › Ekspor
ke Excel… (a formatted workbook of the selected agreement, written on the worker thread).

The main window creates this once (`ExcelActions(window)`) after its menus exist and calls
`update_actions()` with its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

from app.services.errors import error_text

from app.ui.shell.availability import offer, set_tip
from app.ui.shell.background import run_in_background
from app.ui.shell.i18n import current_language

if TYPE_CHECKING:  # the dialog (and the import services) load on first use, not at start
    from app.ui.excel.import_dialog import ExcelImportDialog


class ExcelActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(cast(QObject, window))
        self.window = window
        self.act_import = QAction(window)
        self.act_import.setObjectName("actExcelImport")
        self.act_import.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.act_import.triggered.connect(self.open_import)
        self.act_export = QAction(window)
        self.act_export.setObjectName("actExcelExport")
        self.act_export.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.act_export.triggered.connect(self.choose_export)
        window.addAction(self.act_import)
        window.addAction(self.act_export)
        file_actions = window.menu_file.actions()
        window.menu_file.insertAction(
            file_actions[1] if len(file_actions) > 1 else None, self.act_import
        )
        window.menu_agreement.addSeparator()
        window.menu_agreement.addAction(self.act_export)
        self.retranslate()

    def retranslate(self) -> None:
        self.act_import.setText(self.tr("Impor E&xcel…"))
        set_tip(self.act_import, self.tr("Baca PK dari buku kerja Excel, dengan pratinjau"))
        self.act_export.setText(self.tr("Ekspor ke Excel…"))
        set_tip(self.act_export, self.tr("Tulis PK terpilih ke buku kerja Excel"))

    def _agreement(self) -> tuple[str | None, str]:
        """(agreement id, its label) of the selected node, if it is or belongs to one."""
        node = self.window.current_node()
        if node is None:
            return None, ""
        if node.kind == "agreement":
            return node.id, node.label
        return node.agreement_id, ""

    def _unit_code(self, agreement_id: str | None) -> str | None:
        """The unit a new agreement would be imported for (asked only when the dialog opens,
        so the import services load on first use)."""
        node = self.window.current_node()
        if self.window.db is None or node is None:
            return None
        from app.services.xlsx_import import selection_unit_code

        return selection_unit_code(self.window.db, node.kind, node.id, agreement_id)

    def update_actions(self) -> None:
        selection = self.window.selection()
        offer(self.act_import, self.window.reasons.write(selection))
        offer(self.act_export, self.window.reasons.view_agreement(selection))

    def open_import(self) -> ExcelImportDialog | None:
        db = self.window.db
        if db is None or db.read_only:
            return None
        from app.ui.excel.import_dialog import ExcelImportDialog

        agreement_id, label = self._agreement()
        unit_code = self._unit_code(agreement_id)
        dialog = ExcelImportDialog(
            db,
            agreement_id=agreement_id,
            agreement_label=label,
            unit_code=unit_code,
            parent=self.window,
        )
        dialog.imported.connect(self._imported)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _imported(self, preview: Any) -> None:
        window = self.window
        if window.tree_pane is not None:
            window.tree_pane.model.refresh_children("root", None)
        if preview.agreement_id:
            window.select("agreement", preview.agreement_id)
        window.statusBar().showMessage(self.tr("Buku kerja diimpor."), 5000)

    def choose_export(self) -> QFileDialog | None:
        agreement_id, _ = self._agreement()
        if self.window.db is None or agreement_id is None:
            return None
        dialog = QFileDialog(self.window, self.tr("Ekspor ke Excel"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
        dialog.setNameFilter(self.tr("Buku kerja Excel (*.xlsx)"))
        dialog.fileSelected.connect(lambda name: self.export(agreement_id, Path(name)))
        dialog.open()
        return dialog

    def export(self, agreement_id: str, path: Path) -> None:
        from app.documents.workbooks import export_agreement

        db = self.window.db
        period = self.window.period  # the period the window shows, for the laporan capaian
        run_in_background(
            lambda job: export_agreement(db, agreement_id, path, period=period),
            lambda result: self.window.statusBar().showMessage(
                self.tr("Diekspor ke {path}").format(path=result.path), 8000
            ),
            lambda exc: self.window._on_error(error_text(exc, current_language())),
            self.window,
            label=self.tr("Mengekspor ke Excel"),
        )

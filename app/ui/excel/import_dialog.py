"""The "Impor Excel" wizard: drop a workbook in, see what it will create or update and every
cell it could not read, then confirm. Reading, matching and writing run on the worker thread
(`run_in_background`); the dialog never blocks and writes nothing until "Impor" is pressed.

Signals:
    imported(object): the applied `ImportPreview` (its `agreement_id` names the agreement).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.xlsx_import import Change, ImportPreview, entity_label

from app.ui.shell.background import run_in_background
from app.ui.shell.i18n import current_language
from app.ui.widgets.row_table_model import Index, RowTableModel

_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("ExcelImport", "dibuat"),
    "update": QT_TRANSLATE_NOOP("ExcelImport", "diperbarui"),
    "unchanged": QT_TRANSLATE_NOOP("ExcelImport", "tetap"),
    "skip": QT_TRANSLATE_NOOP("ExcelImport", "dilewati"),
}
_COLOURS = {"create": "#E2F0D9", "update": "#FFF2CC"}


class ChangeTableModel(RowTableModel):
    """The preview's lines: what happens, to which kind of record, which one, details."""

    CONTEXT = "ExcelImport"
    HEADERS = (
        QT_TRANSLATE_NOOP("ExcelImport", "Tindakan"),
        QT_TRANSLATE_NOOP("ExcelImport", "Jenis"),
        QT_TRANSLATE_NOOP("ExcelImport", "Nama"),
        QT_TRANSLATE_NOOP("ExcelImport", "Keterangan"),
    )
    COL_ACTION, COL_ENTITY, COL_LABEL, COL_DETAIL = range(4)
    ChangeRole = Qt.ItemDataRole.UserRole + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        change: Change = self._rows[index.row()]
        if role == self.ChangeRole:
            return change
        if role == Qt.ItemDataRole.BackgroundRole and change.action in _COLOURS:
            return QBrush(QColor(_COLOURS[change.action]))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == self.COL_ACTION:
                from PySide6.QtCore import QCoreApplication

                return QCoreApplication.translate(
                    self.CONTEXT, _ACTIONS.get(change.action, change.action)
                )
            if column == self.COL_ENTITY:
                return entity_label(change.entity, current_language())
            if column == self.COL_LABEL:
                return change.label
            return change.detail
        return None


class ExcelImportDialog(QDialog):
    imported = Signal(object)

    def __init__(
        self,
        db: Any,
        *,
        agreement_id: str | None = None,
        agreement_label: str = "",
        unit_code: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("excelImportDialog")
        self.setWindowTitle(self.tr("Impor Excel"))
        self.setAcceptDrops(True)
        self.db = db
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.unit_code = unit_code
        self.agreement_id = agreement_id

        self.drop_label = QLabel(
            self.tr("Seret buku kerja (.xlsx) ke sini, atau pilih berkasnya."), self
        )
        self.drop_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_label.setMinimumHeight(60)
        self.drop_label.setStyleSheet("border: 2px dashed #8EA9DB; border-radius: 6px;")
        self.choose_button = QPushButton(self.tr("Pilih berkas…"), self)
        self.choose_button.clicked.connect(self.choose_file)

        self.to_agreement = QRadioButton(
            self.tr("Isi perjanjian terpilih: {name}").format(name=agreement_label), self
        )
        self.to_unit = QRadioButton(
            self.tr("Perjanjian baru untuk unit {code}").format(code=unit_code or "—"), self
        )
        self.target = QButtonGroup(self)
        self.target.addButton(self.to_agreement)
        self.target.addButton(self.to_unit)
        self.to_agreement.setEnabled(agreement_id is not None)
        self.to_unit.setEnabled(unit_code is not None)
        (self.to_agreement if agreement_id else self.to_unit).setChecked(True)
        self.target.buttonToggled.connect(lambda *_: self.refresh())

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = ChangeTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("excelImportChanges")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            ChangeTableModel.COL_LABEL, QHeaderView.ResizeMode.Stretch
        )
        self.errors = QListWidget(self)
        self.errors.setObjectName("excelImportErrors")
        self.errors.setMaximumHeight(130)
        self.errors.setStyleSheet("color: #C00000;")
        self.errors.hide()

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Impor"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.drop_label, 1)
        top.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.to_agreement)
        layout.addWidget(self.to_unit)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.resize(900, 600)

    # --- choosing the file ----------------------------------------------------------------

    def choose_file(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Pilih buku kerja"))
        dialog.setNameFilter(self.tr("Buku kerja Excel (*.xlsx)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.set_path(Path(name)))
        dialog.open()
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API name
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.set_path(Path(urls[0].toLocalFile()))

    def set_path(self, path: Path) -> None:
        self.path = path
        self.drop_label.setText(path.name)
        self.refresh()

    # --- preview and apply ----------------------------------------------------------------

    def _target(self) -> dict[str, str | None]:
        if self.to_agreement.isChecked():
            return {"agreement_id": self.agreement_id, "unit_code": None}
        return {"agreement_id": None, "unit_code": self.unit_code}

    def refresh(self) -> None:
        """Read and match the workbook again on the worker thread."""
        from app.services.xlsx_import import preview_import

        self._run(
            preview_import, self._show, self.tr("Membaca {name}…"), self.tr("Membaca buku kerja")
        )

    def _run(self, fn: Any, on_success: Any, busy: str, label: str) -> None:
        """`fn(db, path, agreement_id=…, unit_code=…)` on the worker thread."""
        if self.path is None:
            return
        path, target = self.path, self._target()
        self.import_button.setEnabled(False)
        self.summary.setText(busy.format(name=path.name))
        run_in_background(
            lambda job: fn(self.db, path, **target),
            on_success,
            self._failed,
            self,
            label=label,
            context=self,
        )

    def _show(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.model.set_rows(preview.changes)
        self.table.resizeColumnsToContents()
        self.errors.clear()
        lang = current_language()
        errors = preview.errors_en if lang == "en" else preview.errors
        problems = errors + [e.text(lang) for e in preview.cell_errors]
        self.errors.addItems(problems)
        self.errors.setVisible(bool(problems))
        counts = preview.counts()
        parts = [
            f"{entity_label(entity, lang)}: "
            + ", ".join(f"{n} {self._action_word(a)}" for a, n in actions.items())
            for entity, actions in counts.items()
        ]
        text = "; ".join(parts) or self.tr("Tidak ada yang diimpor.")
        if problems:
            text = self.tr("{n} masalah harus diperbaiki di buku kerja sebelum impor.").format(
                n=len(problems)
            )
        if warnings := preview.warning_lines(lang):
            text += "\n" + "\n".join(warnings)
        self.summary.setText(text)
        self.import_button.setEnabled(
            preview.ok and any(c.action in ("create", "update") for c in preview.changes)
        )

    def _action_word(self, action: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("ExcelImport", _ACTIONS.get(action, action))

    def _failed(self, exc: BaseException) -> None:
        from app.services.errors import error_text

        self.preview = None
        self.model.set_rows([])
        self.errors.clear()
        self.errors.addItem(error_text(exc))
        self.errors.show()
        self.summary.setText(self.tr("Buku kerja tidak dapat diimpor."))
        self.import_button.setEnabled(False)

    def apply(self) -> None:
        if self.preview is None or not self.preview.ok:
            return
        from app.services.xlsx_import import apply_import

        self._run(
            functools.partial(apply_import, previewed=self.preview),  # no second reading
            self._applied,
            self.tr("Mengimpor {name}…"),
            self.tr("Mengimpor buku kerja"),
        )

    def _applied(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.imported.emit(preview)
        self.accept()

"""Tampilan › Data referensi provinsi…: the RPJMD sasaran and IKU, the KSD list and the
mandatory indicators the province issues, each kept by its code, the regional profile update
("Perbarui profil daerah…", a profile JSON file), and the signed reference bundle written
from them for the units (SPEC §9).

In a unit's database the same lists are what the province sent: shown, not edited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.engine.enums import Level
from app.models.database import Database, DatabaseError
from app.paths import AppPaths
from app.services import reference
from app.services.errors import ServiceError, error_text

from app.ui.province.commands import ReferenceEntryCommand, live_entry
from app.ui.province.reference_table_models import (
    ENTRY_ROLE,
    KsdTableModel,
    MandatoryTableModel,
    RpjmdGoalTableModel,
    RpjmdIndicatorTableModel,
)
from app.ui.shell.i18n import current_language
from app.ui.shell.workspace_state import Change, WorkspaceState
from app.ui.widgets.labels import LEVEL, label


def _year_box(parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(2000, 2100)
    box.setValue(dt.date.today().year)
    return box


class _ReferenceTab(QWidget):
    """A table of one kind of entry, the form that adds or changes one (by its code) and a
    remove button. Subclasses build the form, fill it from a row and read it back."""

    KIND = ""

    def __init__(self, dialog: ReferenceDialog, model: Any) -> None:
        super().__init__(dialog.tabs)
        self.dialog = dialog
        self.model = model
        self.table = QTableView(self)
        self.table.setObjectName(f"referenceTable_{self.KIND}")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.code = QLineEdit(self)
        self.code.setObjectName(f"referenceCode_{self.KIND}")
        self.form = QFormLayout()
        self.form.addRow(QCoreApplication.translate("ReferenceDialog", "Kode"), self.code)
        self.build_form()
        self.save_button = QPushButton(
            QCoreApplication.translate("ReferenceDialog", "Simpan"), self
        )
        self.save_button.setObjectName(f"referenceSave_{self.KIND}")
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(
            QCoreApplication.translate("ReferenceDialog", "Hapus"), self
        )
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addLayout(buttons)

    def build_form(self) -> None:
        raise NotImplementedError

    def fill(self, entry: Any) -> None:
        raise NotImplementedError

    def entry(self) -> Any:
        raise NotImplementedError

    def save_entry(self) -> Callable[[Database, Any], str]:
        raise NotImplementedError

    def set_editable(self, editable: bool) -> None:
        for widget in self.findChildren(QWidget):
            if widget is not self.table and widget.parent() is self:
                widget.setEnabled(editable)

    def _row_chosen(self, current: Any, _previous: Any) -> None:
        entry = current.data(ENTRY_ROLE) if current.isValid() else None
        if entry is not None:
            self.code.setText(entry.code)
            self.fill(entry)

    def save(self) -> bool:
        return self.dialog.edit(self.KIND, self.code.text(), self.entry(), self.save_entry())

    def remove(self) -> bool:
        return self.dialog.edit(self.KIND, self.code.text(), None, self.save_entry())


class _GoalTab(_ReferenceTab):
    KIND = "rpjmd_goal"

    def build_form(self) -> None:
        self.text = QLineEdit(self)
        self.text.setObjectName("referenceText_rpjmd_goal")
        self.start, self.end = _year_box(self), _year_box(self)
        self.end.setValue(self.start.value() + 4)
        years = QHBoxLayout()
        years.addWidget(self.start)
        years.addWidget(QLabel("–", self))
        years.addWidget(self.end)
        years.addStretch(1)
        self.form.addRow(self.tr("Sasaran RPJMD"), self.text)
        self.form.addRow(self.tr("Periode"), years)

    def fill(self, entry: reference.RpjmdGoalEntry) -> None:
        self.text.setText(entry.text)
        self.start.setValue(entry.period_start)
        self.end.setValue(entry.period_end)

    def entry(self) -> reference.RpjmdGoalEntry:
        return reference.RpjmdGoalEntry(
            self.code.text(), self.text.text(), self.start.value(), self.end.value()
        )

    def save_entry(self) -> Callable[[Database, Any], str]:
        return reference.save_rpjmd_goal


class _IndicatorTab(_ReferenceTab):
    KIND = "rpjmd_indicator"

    def build_form(self) -> None:
        self.name = QLineEdit(self)
        self.name.setObjectName("referenceText_rpjmd_indicator")
        self.unit_of_measure = QLineEdit(self)
        self.goal = QComboBox(self)
        self.goal.setObjectName("referenceGoal")
        self.form.addRow(self.tr("IKU RPJMD"), self.name)
        self.form.addRow(self.tr("Satuan"), self.unit_of_measure)
        self.form.addRow(self.tr("Sasaran RPJMD"), self.goal)

    def set_goals(self, goals: tuple[reference.RpjmdGoalEntry, ...]) -> None:
        current = self.goal.currentData()
        self.goal.clear()
        for goal in goals:
            self.goal.addItem(f"{goal.code} — {goal.text}", goal.code)
        self.goal.setCurrentIndex(max(0, self.goal.findData(current)))

    def fill(self, entry: reference.RpjmdIndicatorEntry) -> None:
        self.name.setText(entry.name)
        self.unit_of_measure.setText(entry.unit_of_measure or "")
        self.goal.setCurrentIndex(max(0, self.goal.findData(entry.goal_code)))

    def entry(self) -> reference.RpjmdIndicatorEntry:
        return reference.RpjmdIndicatorEntry(
            self.code.text(),
            self.goal.currentData() or "",
            self.name.text(),
            self.unit_of_measure.text() or None,
        )

    def save_entry(self) -> Callable[[Database, Any], str]:
        return reference.save_rpjmd_indicator


class _KsdTab(_ReferenceTab):
    KIND = "ksd"

    def build_form(self) -> None:
        self.name = QLineEdit(self)
        self.year = _year_box(self)
        self.responsible = QLineEdit(self)
        self.form.addRow(self.tr("Kegiatan Strategis Daerah"), self.name)
        self.form.addRow(self.tr("Tahun"), self.year)
        self.form.addRow(self.tr("Penanggung jawab"), self.responsible)

    def fill(self, entry: reference.KsdEntry) -> None:
        self.name.setText(entry.name)
        self.year.setValue(entry.year)
        self.responsible.setText(entry.responsible_units or "")

    def entry(self) -> reference.KsdEntry:
        return reference.KsdEntry(
            self.code.text(), self.year.value(), self.name.text(), self.responsible.text() or None
        )

    def save_entry(self) -> Callable[[Database, Any], str]:
        return reference.save_ksd


class _MandatoryTab(_ReferenceTab):
    KIND = "mandatory"

    def build_form(self) -> None:
        self.name = QLineEdit(self)
        self.name.setObjectName("referenceText_mandatory")
        self.unit_of_measure = QLineEdit(self)
        self.first, self.last = _year_box(self), _year_box(self)
        years = QHBoxLayout()
        years.addWidget(self.first)
        years.addWidget(QLabel("–", self))
        years.addWidget(self.last)
        years.addStretch(1)
        self.levels = QListWidget(self)
        self.levels.setObjectName("referenceLevels")
        self.levels.setFlow(QListWidget.Flow.LeftToRight)
        self.levels.setMaximumHeight(self.fontMetrics().height() * 2 + 12)
        for level in Level:
            item = QListWidgetItem(label(LEVEL, level.value), self.levels)
            item.setData(Qt.ItemDataRole.UserRole, level.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.units = QLineEdit(self)
        self.units.setObjectName("referenceUnits")
        self.units.setPlaceholderText(self.tr("kode unit dipisah koma; kosong = semua unit"))
        self.rpjmd = QComboBox(self)
        self.form.addRow(self.tr("IKU wajib"), self.name)
        self.form.addRow(self.tr("Satuan"), self.unit_of_measure)
        self.form.addRow(self.tr("Tahun berlaku"), years)
        self.form.addRow(self.tr("Jenjang (kosong = semua)"), self.levels)
        self.form.addRow(self.tr("Unit"), self.units)
        self.form.addRow(self.tr("IKU RPJMD"), self.rpjmd)

    def set_indicators(self, indicators: tuple[reference.RpjmdIndicatorEntry, ...]) -> None:
        current = self.rpjmd.currentData()
        self.rpjmd.clear()
        self.rpjmd.addItem(self.tr("(tidak diturunkan dari IKU RPJMD)"), None)
        for indicator in indicators:
            self.rpjmd.addItem(f"{indicator.code} — {indicator.name}", indicator.code)
        self.rpjmd.setCurrentIndex(max(0, self.rpjmd.findData(current)))

    def fill(self, entry: reference.MandatoryEntry) -> None:
        self.name.setText(entry.name)
        self.unit_of_measure.setText(entry.unit_of_measure or "")
        self.first.setValue(entry.year_from)
        self.last.setValue(entry.year_to)
        for row in range(self.levels.count()):
            item = self.levels.item(row)
            chosen = item.data(Qt.ItemDataRole.UserRole) in entry.levels
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.units.setText(", ".join(entry.unit_codes))
        self.rpjmd.setCurrentIndex(max(0, self.rpjmd.findData(entry.rpjmd_indicator_code)))

    def entry(self) -> reference.MandatoryEntry:
        levels = tuple(
            self.levels.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.levels.count())
            if self.levels.item(row).checkState() == Qt.CheckState.Checked
        )
        return reference.MandatoryEntry(
            self.code.text(),
            self.name.text(),
            self.first.value(),
            self.last.value(),
            levels=levels,
            unit_codes=tuple(c.strip() for c in self.units.text().split(",") if c.strip()),
            unit_of_measure=self.unit_of_measure.text() or None,
            rpjmd_indicator_code=self.rpjmd.currentData(),
        )

    def save_entry(self) -> Callable[[Database, Any], str]:
        return reference.save_mandatory


class ReferenceDialog(QDialog):
    """The province's reference lists, their editing, and "Tulis bundel referensi".

    Signals: none; `written` holds the last bundle's path (for the caller and tests).
    """

    def __init__(
        self,
        db: Database,
        paths: AppPaths,
        *,
        editable: bool,
        parent: QWidget | None = None,
        state: WorkspaceState | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.paths = paths
        self.state = state  # the window's: edits go on its undo stack
        self.editable = editable and not db.read_only
        self.written: Path | None = None
        self.setObjectName("referenceDialog")
        self.setWindowTitle(self.tr("Data referensi provinsi"))
        self.resize(960, 640)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.goal_tab = _GoalTab(self, RpjmdGoalTableModel(self))
        self.indicator_tab = _IndicatorTab(self, RpjmdIndicatorTableModel(self))
        self.ksd_tab = _KsdTab(self, KsdTableModel(self))
        self.mandatory_tab = _MandatoryTab(self, MandatoryTableModel(self))
        for tab, title in (
            (self.goal_tab, self.tr("Sasaran RPJMD")),
            (self.indicator_tab, self.tr("IKU RPJMD")),
            (self.ksd_tab, self.tr("KSD")),
            (self.mandatory_tab, self.tr("IKU wajib")),
        ):
            self.tabs.addTab(tab, title)
            tab.set_editable(self.editable)
        self.message = QLabel(self)
        self.message.setObjectName("referenceMessage")
        self.message.setWordWrap(True)
        self.folder = QLineEdit(self)
        self.folder.setObjectName("referenceFolder")
        self.folder.setPlaceholderText(self.tr("folder tujuan, mis. flashdisk"))
        self.choose_button = QPushButton(self.tr("Pilih folder…"), self)
        self.choose_button.clicked.connect(self.choose_folder)
        self.profile_label = QLabel(self)
        self.profile_label.setObjectName("referenceProfiles")
        self.profile_button = QPushButton(self.tr("Perbarui profil daerah…"), self)
        self.profile_button.setObjectName("referenceProfile")
        self.profile_button.setToolTip(
            self.tr(
                "Baca profil daerah (format resources/profiles: jenjang, batas waktu, pita "
                "capaian …) dari berkas JSON; unit memakainya setelah mengimpor bundel referensi"
            )
        )
        self.profile_button.clicked.connect(self.choose_profile)
        self.write_button = QPushButton(self.tr("Tulis bundel referensi"), self)
        self.write_button.setObjectName("referenceWrite")
        self.write_button.clicked.connect(self.write_bundle)
        close = QPushButton(self.tr("Tutup"), self)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.profile_button)
        bottom.addWidget(self.folder, 1)
        bottom.addWidget(self.choose_button)
        bottom.addWidget(self.write_button)
        bottom.addWidget(close)
        for widget in (self.folder, self.choose_button, self.write_button, self.profile_button):
            widget.setVisible(self.editable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.profile_label)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.note.setText(
            self.tr(
                "Data yang diterbitkan provinsi dengan kode tetap. Unit menerimanya lewat "
                "bundel referensi (Sinkronisasi › Terima berkas…) dan mencocokkannya per kode."
            )
            if self.editable
            else self.tr(
                "Data referensi yang diterima dari provinsi (hanya-baca); perbarui dengan "
                "bundel referensi yang lebih baru."
            )
        )
        if state is not None:
            undo, redo = (
                state.undo_stack.createUndoAction(self),
                state.undo_stack.createRedoAction(self),
            )
            undo.setShortcut(QKeySequence.StandardKey.Undo)
            redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
            self.addActions([undo, redo])
            state.changed.connect(self._changed)
        self.reload()

    def _changed(self, change: Change) -> None:
        """An edit, undo or redo of a reference entry (here or from the window's menu)."""
        if change.kind == "reference":
            self.show_message(self.tr("Tersimpan."))
            self.reload()

    def edit(self, kind: str, code: str, entry: Any, save: Callable[[Database, Any], str]) -> bool:
        """Save `entry` (remove the entry `code` when None), undoable on the window's stack."""
        if self.state is None:
            if entry is None:
                return self.run(lambda db: reference.remove(db, kind, code))
            return self.run(lambda db: save(db, entry))
        old = live_entry(self.db, kind, code)
        command = ReferenceEntryCommand(self.state, kind, code.strip(), entry, old, save)
        if not self.state.execute(command):
            refusal = self.state.last_refusal
            self.show_message(error_text(refusal, current_language()) if refusal else "", True)
            return False
        return True

    def reload(self) -> None:
        data = reference.reference_data(self.db)
        self.goal_tab.model.set_rows(data.goals)
        self.indicator_tab.model.set_rows(data.indicators)
        self.indicator_tab.set_goals(data.goals)
        self.ksd_tab.model.set_rows(data.ksd)
        self.mandatory_tab.model.set_rows(data.mandatory)
        self.mandatory_tab.set_indicators(data.indicators)
        self.write_button.setEnabled(self.editable and not data.empty)
        updates = ", ".join(f"{code} v{version}" for code, version in sorted(data.profiles.items()))
        self.profile_label.setText(
            self.tr("Pembaruan profil daerah: %1").replace("%1", updates)
            if updates
            else self.tr("Profil daerah: bawaan aplikasi (belum ada pembaruan dari provinsi).")
        )

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #C62828;" if error else "")
        self.message.setText(text)

    def run(self, action: Callable[[Database], Any]) -> bool:
        """One service call; a refusal is shown as its sentence and changes nothing."""
        try:
            action(self.db)
        except (ServiceError, DatabaseError) as exc:
            self.show_message(error_text(exc, current_language()), error=True)
            return False
        self.show_message(self.tr("Tersimpan."))
        self.reload()
        return True

    def choose_folder(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Folder tujuan bundel referensi"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.fileSelected.connect(self.folder.setText)
        dialog.open()
        return dialog

    def choose_profile(self) -> QFileDialog:
        """Pick the profile JSON file; choosing one stores it (`update_profile`)."""
        dialog = QFileDialog(self, self.tr("Berkas profil daerah"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Profil daerah (*.json)"))
        dialog.fileSelected.connect(lambda name: self.update_profile(Path(name)))
        dialog.open()
        return dialog

    def update_profile(self, path: Path) -> bool:
        """Store the profile in `path` for the next reference bundle; a bad file or field is
        one sentence and nothing is stored."""
        stored: list[tuple[str, int]] = []

        def store(db: Database) -> None:
            data = reference.read_profile_file(path)
            stored.append(reference.set_profile_update(db, data, where=path.name))

        if not self.run(store):
            return False
        code, version = stored[0]
        self.show_message(
            self.tr("Profil daerah %1 versi %2 disimpan; tulis bundel referensi untuk unit.")
            .replace("%1", code)
            .replace("%2", str(version))
        )
        return True

    def write_bundle(self) -> Path | None:
        """Sign the reference data into the chosen folder."""
        from app.sync import service

        folder = self.folder.text().strip()
        if not folder:
            self.show_message(self.tr("Pilih folder tujuan bundel referensi."), error=True)
            return None
        try:
            result = service.export_reference(self.db, self.paths, Path(folder))
        except (ServiceError, DatabaseError) as exc:
            self.show_message(error_text(exc, current_language()), error=True)
            return None
        self.written = result.path
        self.show_message(
            self.tr("Bundel referensi versi {version} ditulis: {path}").format(
                version=result.version, path=result.path
            )
        )
        return result.path

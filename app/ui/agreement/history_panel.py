"""The agreement's "Riwayat perubahan" tab: who changed what and when, newest first, with
an export to CSV. It reads the audit log, which files every change under its agreement."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import history
from app.services.history import HistoryEntry

from app.ui.shell.undo import FIELD_NAMES, field_name
from app.ui.shell.workspace_state import WorkspaceState
from app.ui.widgets.row_table_model import Index, RowTableModel

SHOWN_ROWS = 2000  # a year of editing; the export has everything

ENTITY = {
    "agreements": QT_TRANSLATE_NOOP("History", "Perjanjian"),
    "goals": QT_TRANSLATE_NOOP("History", "Sasaran"),
    "indicators": QT_TRANSLATE_NOOP("History", "IKU"),
    "period_values": QT_TRANSLATE_NOOP("History", "Target/realisasi"),
    "indicator_history": QT_TRANSLATE_NOOP("History", "Riwayat IKU"),
    "indicator_locations": QT_TRANSLATE_NOOP("History", "Lokasi"),
    "location_values": QT_TRANSLATE_NOOP("History", "Nilai lokasi"),
    "programs": QT_TRANSLATE_NOOP("History", "Program"),
    "attachments": QT_TRANSLATE_NOOP("History", "Lampiran"),
    "addendum_records": QT_TRANSLATE_NOOP("History", "Catatan addendum"),
    "action_plans": QT_TRANSLATE_NOOP("History", "Rencana aksi"),
    "success_criteria": QT_TRANSLATE_NOOP("History", "Kriteria keberhasilan"),
    "action_outputs": QT_TRANSLATE_NOOP("History", "Target/output"),
    "cascade_links": QT_TRANSLATE_NOOP("History", "Cascade"),
    "ksd": QT_TRANSLATE_NOOP("History", "KSD"),
    "ksd_month_targets": QT_TRANSLATE_NOOP("History", "Target bulanan KSD"),
    "crosscutting_parties": QT_TRANSLATE_NOOP("History", "Crosscutting"),
}
OPERATION = {
    "insert": QT_TRANSLATE_NOOP("History", "tambah"),
    "update": QT_TRANSLATE_NOOP("History", "ubah"),
    "delete": QT_TRANSLATE_NOOP("History", "hapus"),
    "purge": QT_TRANSLATE_NOOP("History", "hapus permanen"),
}


# Database column -> its name in the "Kolom" column (the fields the editors name come
# from shell/undo.FIELD_NAMES; these are the rest, and the generic ones).
HISTORY_FIELDS = {
    "name": QT_TRANSLATE_NOOP("History", "nama"),
    "text": QT_TRANSLATE_NOOP("History", "teks"),
    "code": QT_TRANSLATE_NOOP("History", "kode"),
    "number": QT_TRANSLATE_NOOP("History", "nomor"),
    "position": QT_TRANSLATE_NOOP("History", "urutan"),
    "status": QT_TRANSLATE_NOOP("History", "status"),
    "responsible": QT_TRANSLATE_NOOP("History", "penanggung jawab"),
    "due_quarter": QT_TRANSLATE_NOOP("History", "triwulan"),
    "criterion_id": QT_TRANSLATE_NOOP("History", "kriteria keberhasilan"),
    "indicator_id": QT_TRANSLATE_NOOP("History", "IKU"),
    "goal_id": QT_TRANSLATE_NOOP("History", "sasaran"),
    "agreement_id": QT_TRANSLATE_NOOP("History", "perjanjian"),
    "parent_goal_id": QT_TRANSLATE_NOOP("History", "sasaran atasan"),
    "parent_indicator_id": QT_TRANSLATE_NOOP("History", "IKU atasan"),
    "child_indicator_id": QT_TRANSLATE_NOOP("History", "IKU bawahan"),
    "method": QT_TRANSLATE_NOOP("History", "metode"),
    "actual": QT_TRANSLATE_NOOP("History", "realisasi"),
    "target": QT_TRANSLATE_NOOP("History", "target"),
    "period": QT_TRANSLATE_NOOP("History", "periode"),
    "month": QT_TRANSLATE_NOOP("History", "bulan"),
    "done": QT_TRANSLATE_NOOP("History", "selesai"),
    "expected_output": QT_TRANSLATE_NOOP("History", "keluaran yang diharapkan"),
    "ksd_id": QT_TRANSLATE_NOOP("History", "KSD"),
    "ksd_number": QT_TRANSLATE_NOOP("History", "nomor KSD"),
    "sub_name": QT_TRANSLATE_NOOP("History", "sub-nama"),
    "action_plan": QT_TRANSLATE_NOOP("History", "rencana aksi"),
    "action_plan_id": QT_TRANSLATE_NOOP("History", "rencana aksi"),
    "success_criteria": QT_TRANSLATE_NOOP("History", "kriteria keberhasilan"),
    "related_agencies": QT_TRANSLATE_NOOP("History", "instansi terkait"),
    "responsible_units": QT_TRANSLATE_NOOP("History", "unit penanggung jawab"),
    "notes": QT_TRANSLATE_NOOP("History", "catatan"),
    "numerator": QT_TRANSLATE_NOOP("History", "pembilang"),
    "denominator": QT_TRANSLATE_NOOP("History", "penyebut"),
    "location_id": QT_TRANSLATE_NOOP("History", "lokasi"),
    "employment_status": QT_TRANSLATE_NOOP("History", "status kepegawaian"),
    "level": QT_TRANSLATE_NOOP("History", "jenjang jabatan"),
    "nip": QT_TRANSLATE_NOOP("History", "NIP"),
    "position_title": QT_TRANSLATE_NOOP("History", "jabatan"),
    "rank": QT_TRANSLATE_NOOP("History", "pangkat/golongan"),
    "kind": QT_TRANSLATE_NOOP("History", "jenis"),
    "parent_id": QT_TRANSLATE_NOOP("History", "induk"),
    "status_reason": QT_TRANSLATE_NOOP("History", "alasan status"),
}


def _translated(table: dict[str, str], key: str) -> str:
    text = table.get(key)
    return QCoreApplication.translate("History", text) if text else key


def _field(key: str) -> str:
    """A database column as the interface names it (the raw name when it has none)."""
    if key in HISTORY_FIELDS or key not in FIELD_NAMES:
        return _translated(HISTORY_FIELDS, key)
    return field_name(key)


class AgreementHistoryTableModel(RowTableModel):
    CONTEXT = "History"
    HEADERS = (
        QT_TRANSLATE_NOOP("History", "Waktu"),
        QT_TRANSLATE_NOOP("History", "Pengguna"),
        QT_TRANSLATE_NOOP("History", "Tindakan"),
        QT_TRANSLATE_NOOP("History", "Bagian"),
        QT_TRANSLATE_NOOP("History", "Kolom"),
        QT_TRANSLATE_NOOP("History", "Sebelum"),
        QT_TRANSLATE_NOOP("History", "Sesudah"),
    )
    COL_AT, COL_USER, COL_ACTION, COL_ENTITY, COL_FIELD, COL_OLD, COL_NEW = range(7)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index) or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row: HistoryEntry = self._rows[index.row()]
        column = index.column()
        if column == self.COL_AT:
            return row.at.astimezone().strftime("%d-%m-%Y %H:%M:%S")
        if column == self.COL_USER:
            return row.user
        if column == self.COL_ACTION:
            return f"{row.action} ({_translated(OPERATION, row.operation)})"
        if column == self.COL_ENTITY:
            return _translated(ENTITY, row.entity)
        if column == self.COL_FIELD:
            return _field(row.field) if row.field else ""
        value = row.old_value if column == self.COL_OLD else row.new_value
        return value if value is not None else ""


class AgreementHistoryPanel(QWidget):
    """Loads when shown, so opening an agreement stays quick."""

    def __init__(self, state: WorkspaceState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.agreement_id: str | None = None
        self._loaded_for: str | None = None
        self.model = AgreementHistoryTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("agreementHistoryTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportHistoryButton")
        self.export_button.clicked.connect(self.choose_export)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Ekspor CSV…"))
        self._show_note()

    def set_agreement(self, agreement_id: str) -> None:
        self.agreement_id = agreement_id
        self._loaded_for = None
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.agreement_id is not None and self._loaded_for != self.agreement_id:
            self.reload()

    def reload(self) -> None:
        if self.agreement_id is None:
            return
        rows = history.agreement_history(self.state.db, self.agreement_id, limit=SHOWN_ROWS)
        self.model.set_rows(rows)
        self._loaded_for = self.agreement_id
        self.view.resizeColumnsToContents()
        self._show_note()

    def _show_note(self) -> None:
        count = self.model.rowCount(QModelIndex())
        if count >= SHOWN_ROWS:
            self.note.setText(
                self.tr("{n} perubahan terbaru; ekspor CSV berisi seluruh riwayat.").format(n=count)
            )
        else:
            self.note.setText(self.tr("{n} perubahan, terbaru di atas.").format(n=count))

    def choose_export(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Ekspor riwayat perubahan"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        dialog.open()
        return dialog

    def export_to(self, target: Path) -> int:
        """Write the whole history as CSV; returns the number of rows written."""
        assert self.agreement_id is not None
        entries = history.agreement_history(self.state.db, self.agreement_id)
        target.write_text(history.history_csv(entries), encoding="utf-8")
        return len(entries)

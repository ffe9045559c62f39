""" "Kunci dan kepercayaan…": this installation's key (id and fingerprint to read out over the
phone), and the keys whose bundles it accepts, per unit: trust one from its `.pkkey` file or
pasted text (its fingerprint shown as it is typed, to compare), revoke one with a reason."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.sync.receive_dialog import sentence
from app.ui.sync.sync_table_models import OBJECT_ROLE, TrustedKeyTableModel

if TYPE_CHECKING:
    from app.paths import AppPaths


class KeysDialog(QDialog):
    """This installation's key and the trusted-keys list (see the module docstring)."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.sync import service

        self.setObjectName("keysDialog")
        self.setWindowTitle(self.tr("Kunci dan kepercayaan"))
        self.paths = paths
        key = service.installation_key(paths)

        mine = QGroupBox(self.tr("Kunci instalasi ini"), self)
        form = QFormLayout(mine)
        self.key_id = QLabel(key.key_id, mine)
        self.key_id.setObjectName("keyId")
        self.fingerprint = QLabel(f"<b>{key.fingerprint}</b>", mine)
        self.fingerprint.setObjectName("keyFingerprint")
        for label in (self.key_id, self.fingerprint):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Id kunci:"), self.key_id)
        form.addRow(self.tr("Sidik jari:"), self.fingerprint)
        form.addRow(
            QLabel(
                self.tr(
                    "Bacakan sidik jari ini kepada provinsi lewat telepon agar bundel dari "
                    "instalasi ini dipercaya."
                ),
                mine,
            )
        )
        save = QPushButton(self.tr("Simpan kunci publik…"), mine)
        save.clicked.connect(self._save_public)
        form.addRow(save)

        trusted = QGroupBox(self.tr("Kunci tepercaya per unit"), self)
        self.model = TrustedKeyTableModel(self)
        self.view = QTableView(trusted)
        self.view.setObjectName("trustedKeys")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.revoke_button = QPushButton(self.tr("&Cabut…"), trusted)
        self.revoke_button.setObjectName("revokeButton")
        self.revoke_button.clicked.connect(self._ask_revoke)
        self.unit = QLineEdit(trusted)
        self.unit.setObjectName("trustUnit")
        self.unit.setPlaceholderText(self.tr("kode unit, mis. BKD"))
        self.text = QPlainTextEdit(trusted)
        self.text.setObjectName("trustText")
        self.text.setPlaceholderText(
            self.tr("Tempel kunci publik unit di sini, atau pilih berkasnya")
        )
        self.text.setMaximumHeight(80)
        self.text.textChanged.connect(self._show_fingerprint)
        self.pasted = QLabel("", trusted)
        self.pasted.setObjectName("pastedFingerprint")
        self.label_edit = QLineEdit(trusted)
        self.label_edit.setPlaceholderText(self.tr("catatan, mis. nama operator"))
        from_file = QPushButton(self.tr("Dari &berkas…"), trusted)
        from_file.clicked.connect(self._choose_file)
        self.trust_button = QPushButton(self.tr("&Percayai"), trusted)
        self.trust_button.setObjectName("trustButton")
        self.trust_button.clicked.connect(self.trust)
        adding = QFormLayout()
        adding.addRow(self.tr("Unit:"), self.unit)
        adding.addRow(self.tr("Kunci publik:"), self.text)
        adding.addRow(self.tr("Sidik jari kunci ini:"), self.pasted)
        adding.addRow(self.tr("Catatan:"), self.label_edit)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(from_file)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.trust_button)
        adding.addRow(buttons_row)
        box = QVBoxLayout(trusted)
        box.addWidget(self.view, 1)
        revoke_row = QHBoxLayout()
        revoke_row.addStretch(1)
        revoke_row.addWidget(self.revoke_button)
        box.addLayout(revoke_row)
        box.addLayout(adding)

        self.message = QLabel("", self)
        self.message.setObjectName("keysMessage")
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(mine)
        layout.addWidget(trusted, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(760, 640)
        self.reload()

    def reload(self) -> None:
        from app.sync import service

        self.model.set_rows(service.trust_store(self.paths).keys())

    def _show_fingerprint(self) -> None:
        from app.sync.errors import SyncError
        from app.sync.keys import fingerprint, parse_public_key

        text = self.text.toPlainText()
        if not text.strip():
            self.pasted.setText("")
            return
        try:
            document = parse_public_key(text)
        except SyncError:
            self.pasted.setText(self.tr("(bukan kunci publik PK Desk)"))
            return
        self.pasted.setText(f"<b>{fingerprint(document['key_id'])}</b>")
        if document["unit"] and not self.unit.text().strip():
            self.unit.setText(document["unit"])

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas kunci"), "", self.tr("Kunci publik (*.pkkey);;Semua (*)")
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        try:
            self.text.setPlainText(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            self.message.setText(str(exc))

    def trust(self) -> None:
        """Trust the pasted key for the unit typed; a refusal is one sentence below."""
        from app.sync import service
        from app.sync.errors import SyncError

        try:
            entry = service.trust_key(
                self.paths,
                self.text.toPlainText(),
                self.unit.text(),
                label=self.label_edit.text().strip(),
            )
        except SyncError as exc:
            self.message.setText(sentence(exc))
            return
        self.text.clear()
        self.label_edit.clear()
        self.reload()
        self.message.setText(
            self.tr("Kunci {fingerprint} dipercaya untuk unit {unit}.").format(
                fingerprint=entry.fingerprint, unit=entry.unit
            )
        )

    def _selected_key(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return str(self.model.data(rows[0], OBJECT_ROLE).key_id)

    def _ask_revoke(self) -> QInputDialog | None:
        key_id = self._selected_key()
        if key_id is None:
            self.message.setText(self.tr("Pilih kunci yang dicabut."))
            return None
        dialog = QInputDialog(self)
        dialog.setObjectName("revokeReason")
        dialog.setLabelText(self.tr("Alasan pencabutan:"))
        dialog.textValueSelected.connect(lambda reason: self.revoke(key_id, reason))
        dialog.open()
        return dialog

    def revoke(self, key_id: str, reason: str = "") -> None:
        from app.sync import service
        from app.sync.errors import SyncError

        try:
            entry = service.revoke_key(self.paths, key_id, reason)
        except SyncError as exc:
            self.message.setText(sentence(exc))
            return
        self.reload()
        self.message.setText(
            self.tr("Kunci {fingerprint} dicabut; bundelnya tidak diterima lagi.").format(
                fingerprint=entry.fingerprint
            )
        )

    def _save_public(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan kunci publik"), "kunci.pkkey", self.tr("Kunci publik (*.pkkey)")
        )
        if name:
            self.save_public(Path(name))

    def save_public(self, path: Path, unit: str | None = None) -> None:
        import json

        from app.sync import service

        key = service.installation_key(self.paths)
        path.write_text(json.dumps(key.public_key_document(unit), indent=2), "utf-8")
        self.message.setText(self.tr("Kunci publik disimpan di {path}.").format(path=path))

"""Berkas › Pengaturan kantor…: the per-database settings chosen at first run (profile,
government name, signing place, logo), changed through an undoable command."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import office, pickers
from app.services.errors import error_text

from app.ui.setup.logo_field import LogoField
from app.ui.shell.i18n import current_language
from app.ui.shell.undo import ServiceCommand
from app.ui.shell.workspace_state import Change, WorkspaceState


class SaveSettingsCommand(ServiceCommand):
    def __init__(self, state: WorkspaceState, values: dict[str, Any]) -> None:
        super().__init__(
            state, QCoreApplication.translate("OfficeSettings", "Ubah pengaturan kantor")
        )
        self.values = values
        self.before: office.Settings | None = None

    def perform(self) -> None:
        self.before = office.save_settings(self.db, **self.values)

    def _do(self) -> None:
        office.save_settings(self.db, **self.values)

    def _undo(self) -> None:
        assert self.before is not None
        office.save_settings(
            self.db,
            profile_code=self.before.profile_code,
            government_name=self.before.government_name,
            signing_place=self.before.signing_place,
            logo=self.before.logo,
            logo_name=self.before.logo_name,
        )

    def change(self) -> Change:
        return Change("settings", "office")


class SettingsDialog(QDialog):
    """Signals: `QDialog.finished`."""

    def __init__(self, state: WorkspaceState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officeSettings")
        self.state = state
        current = office.get_settings(state.db)
        self.setWindowTitle(self.tr("Pengaturan kantor"))
        self.profile = QComboBox(self)
        for choice in pickers.profile_choices(state.db):
            self.profile.addItem(choice.label, choice.id)
        self.profile.setCurrentIndex(max(0, self.profile.findData(current.profile_code)))
        self.government = QLineEdit(current.government_name, self)
        self.place = QLineEdit(current.signing_place, self)
        self.logo = LogoField(
            self, current=current.logo, current_name=current.logo_name, keep_current=True
        )
        form = QFormLayout()
        form.addRow(self.tr("Profil daerah:"), self.profile)
        form.addRow(self.tr("Nama pemerintah daerah:"), self.government)
        form.addRow(self.tr("Tempat penandatanganan:"), self.place)
        form.addRow(self.tr("Logo kop:"), self.logo)
        self.note = QLabel(
            self.tr(
                "Berlaku untuk basis data ini: kop dokumen cetak dan tempat penandatanganan "
                "PK baru dengan profil yang sama."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B71C1C;")
        self.logo.refused.connect(self.message.setText)
        self.logo.changed.connect(self.message.clear)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {
            "profile_code": self.profile.currentData(),
            "government_name": self.government.text(),
            "signing_place": self.place.text(),
            "logo": self.logo.logo,
            "logo_name": self.logo.logo_name,
        }

    def try_accept(self) -> bool:
        if self.state.execute(SaveSettingsCommand(self.state, self.values())):
            self.accept()
            return True
        refusal = self.state.last_refusal
        self.message.setText(error_text(refusal, current_language()) if refusal else "")
        return False

"""The "Perjanjian Kinerja Baru" dialog (Ctrl+N): year, superior, unit and profile of a new
draft PK for the selected official. Non-blocking: open() it and listen to `accepted`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import pickers, unit_pages

if TYPE_CHECKING:
    from app.models.database import Database


class NewAgreementDialog(QDialog):
    def __init__(self, db: Database, official_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newAgreementDialog")
        self.official_id = official_id
        person = unit_pages.official_summary(db, official_id)
        defaults = pickers.new_agreement_defaults(db, official_id)
        self.setWindowTitle(self.tr("Perjanjian Kinerja Baru"))
        intro = QLabel(
            self.tr("Draf PK baru untuk {name}, {title}.").format(
                name=person.name, title=person.position_title
            ),
            self,
        )
        intro.setWordWrap(True)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(int(defaults["year"]))
        self.superior = QComboBox(self)
        self.superior.setEditable(True)
        self.superior.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.superior.addItem("—", None)
        for choice in pickers.official_choices(db):
            if choice.id != official_id:
                self.superior.addItem(choice.label, choice.id)
        self.superior.setCurrentIndex(max(0, self.superior.findData(defaults["superior_id"])))
        self.unit = QComboBox(self)
        for choice in pickers.unit_choices(db):
            self.unit.addItem(choice.label, choice.id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(defaults["unit_id"])))
        self.profile = QComboBox(self)
        for choice in pickers.profile_choices(db):
            self.profile.addItem(choice.label, choice.id)
        self.profile.setCurrentIndex(max(0, self.profile.findData(defaults["profile_code"])))
        form = QFormLayout()
        form.addRow(self.tr("Tahun:"), self.year)
        form.addRow(self.tr("Pihak Kedua (atasan):"), self.superior)
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(self.tr("Profil daerah:"), self.profile)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {
            "year": self.year.value(),
            "superior_id": self.superior.currentData(),
            "unit_id": self.unit.currentData(),
            "profile_code": self.profile.currentData(),
        }

"""The unit and official forms: plain fields, a live NIP check, and the service's one-sentence
refusal shown under the form (the dialog stays open, nothing typed is lost).

Signals: none of their own; `QDialog.finished` as usual. `submit` is a callable the owner
passes: it runs the undoable command and returns the refusal (an exception) or None.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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

from app.services import organisation, pickers
from app.services.errors import error_text

from app.ui.organisation.acting_panel import ActingPanel
from app.ui.shell.i18n import current_language
from app.ui.widgets.labels import LEVEL, UNIT_KIND, label

Submit = Callable[[dict[str, Any]], BaseException | None]
_ERROR_STYLE = "color: #B71C1C;"


def nip_problem(text: str) -> str:
    """What is wrong with a NIP being typed ("" while it may still become right)."""
    digits = "".join(ch for ch in text if ch not in " .")
    if not digits or (len(digits) < 18 and digits.isdigit()):
        return ""
    error = organisation.nip_error(text)
    return error_text(error, current_language()) if error else ""


def show_nip_problem(status: QLabel, text: str) -> None:
    problem = nip_problem(text)
    status.setText(problem)
    status.setVisible(bool(problem))


class _Form(QDialog):
    """Common parts: a form, a message line, OK/Cancel that asks `submit` first."""

    def __init__(self, submit: Submit, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.form = QFormLayout()
        self.message = QLabel(self)
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.fields: dict[str, QWidget] = {}

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def try_accept(self) -> bool:
        error = self._submit(self.values())
        if error is None:
            self.accept()
            return True
        self.message.setText(error_text(error, current_language()))
        widget = self.fields.get(getattr(error, "field", None) or "")
        if widget is not None:
            widget.setFocus()
        return False


class UnitForm(_Form):
    """Add a unit (name, kind, parent) or edit one (name and parent)."""

    def __init__(
        self,
        db: Any,
        submit: Submit,
        *,
        parent_id: str | None = None,
        unit: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Ubah unit") if unit else self.tr("Tambah unit"))
        self.name = QLineEdit(self)
        self.name.setObjectName("unitName")
        self.kind = QComboBox(self)
        for code in UNIT_KIND:
            self.kind.addItem(label(UNIT_KIND, code), code)
        self.parent_unit = QComboBox(self)
        self.parent_unit.addItem(self.tr("— (paling atas)"), None)
        for choice in pickers.unit_choices(db):
            if unit is None or choice.id != unit["id"]:
                self.parent_unit.addItem(choice.label, choice.id)
        if unit is not None:
            self.name.setText(unit["name"])
            self.kind.setCurrentIndex(max(0, self.kind.findData(unit["kind"])))
            self.kind.setEnabled(False)
            parent_id = unit.get("parent_id")
        else:
            self.kind.setCurrentIndex(
                self.kind.findData("perangkat_daerah" if parent_id is None else "bidang")
            )
        self.parent_unit.setCurrentIndex(max(0, self.parent_unit.findData(parent_id)))
        self.form.addRow(self.tr("Nama unit:"), self.name)
        self.form.addRow(self.tr("Jenis:"), self.kind)
        self.form.addRow(self.tr("Unit induk:"), self.parent_unit)
        self.fields = {"name": self.name, "kind": self.kind, "parent_id": self.parent_unit}

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "kind": self.kind.currentData(),
            "parent_id": self.parent_unit.currentData(),
        }


class OfficialForm(_Form):
    """Add or edit an official; the NIP is checked as it is typed."""

    def __init__(
        self,
        db: Any,
        submit: Submit,
        *,
        unit_id: str | None = None,
        official: dict[str, Any] | None = None,
        parent: QWidget | None = None,
        acting: tuple[Any, Callable[[Any], BaseException | None]] | None = None,
    ) -> None:
        """`acting` (the workspace state and a command runner) adds the Plt./Plh./Pj.
        panel when an existing official is edited."""
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Ubah pejabat") if official else self.tr("Tambah pejabat"))
        self.name = QLineEdit(self)
        self.name.setObjectName("officialName")
        self.nip = QLineEdit(self)
        self.nip.setObjectName("officialNip")
        self.nip.setPlaceholderText("19700103 200112 1 003")
        self.nip_status = QLabel(self)
        self.nip_status.setObjectName("nipStatus")
        self.nip_status.setWordWrap(True)
        self.nip_status.setStyleSheet(_ERROR_STYLE)
        self.rank = QLineEdit(self)
        self.rank.setPlaceholderText(self.tr("mis. Pembina Utama Muda (IV/c)"))
        self.title = QLineEdit(self)
        self.title.setObjectName("officialTitle")
        self.level = QComboBox(self)
        for code in LEVEL:
            self.level.addItem(label(LEVEL, code), code)
        self.unit = QComboBox(self)
        self.unit.addItem("—", None)
        for choice in pickers.unit_choices(db):
            self.unit.addItem(choice.label, choice.id)
        self.superior = QComboBox(self)
        self.superior.setEditable(True)
        self.superior.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.superior.addItem("—", None)
        own_id = official["id"] if official else None
        for choice in pickers.official_choices(db):
            if choice.id != own_id:
                self.superior.addItem(choice.label, choice.id)
        values = official or {"unit_id": unit_id, "level": "administrator"}
        self.name.setText(values.get("name") or "")
        self.nip.setText(values.get("nip") or "")
        self.rank.setText(values.get("rank") or "")
        self.title.setText(values.get("position_title") or "")
        self.level.setCurrentIndex(max(0, self.level.findData(values.get("level"))))
        self.unit.setCurrentIndex(max(0, self.unit.findData(values.get("unit_id"))))
        self.superior.setCurrentIndex(max(0, self.superior.findData(values.get("superior_id"))))
        self._original = self.values() if official else None
        self.form.addRow(self.tr("Nama:"), self.name)
        self.form.addRow(self.tr("NIP:"), self.nip)
        self.form.addRow("", self.nip_status)
        self.form.addRow(self.tr("Pangkat/golongan:"), self.rank)
        self.form.addRow(self.tr("Jabatan:"), self.title)
        self.form.addRow(self.tr("Jenjang jabatan:"), self.level)
        self.form.addRow(self.tr("Unit:"), self.unit)
        self.form.addRow(self.tr("Atasan langsung:"), self.superior)
        self.fields = {
            "name": self.name,
            "nip": self.nip,
            "rank": self.rank,
            "position_title": self.title,
            "level": self.level,
            "unit_id": self.unit,
            "superior_id": self.superior,
        }
        self.nip.textChanged.connect(self.check_nip)
        self.check_nip(self.nip.text())
        self.acting: ActingPanel | None = None
        if official is not None and acting is not None:
            self.acting = ActingPanel(db, acting[0], official, acting[1], self)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(1, self.acting)

    def check_nip(self, text: str) -> None:
        show_nip_problem(self.nip_status, text)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "nip": self.nip.text() or None,
            "rank": self.rank.text() or None,
            "position_title": self.title.text(),
            "level": self.level.currentData(),
            "unit_id": self.unit.currentData(),
            "superior_id": self.superior.currentData(),
        }

    def changes(self) -> dict[str, Any]:
        """Only the fields changed since the form opened (for editing)."""
        now = self.values()
        if self._original is None:
            return now
        return {k: v for k, v in now.items() if self._original.get(k) != v}

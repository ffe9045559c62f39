"""Right-hand pages for tree nodes that have no editor: start page, unit, official."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import unit_pages

from app.ui.widgets.labels import EMPLOYMENT, LEVEL, STATUS, UNIT_KIND, label

if TYPE_CHECKING:
    from app.models.database import Database


def _title(parent: QWidget) -> QLabel:
    title = QLabel(parent)
    title.setObjectName("pageTitle")
    title.setWordWrap(True)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    title.setFont(font)
    title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return title


class StartPage(QWidget):
    """What to do first, shown until something is selected in the tree."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _title(self)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.empty_note = QLabel(self)
        self.empty_note.setObjectName("emptyDatabaseNote")
        self.empty_note.setWordWrap(True)
        self.empty_note.setStyleSheet(
            "background: #E3F2FD; color: #0D47A1; padding: 8px; border-radius: 4px;"
        )
        self.empty_note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.retranslate()

    def set_empty(self, empty: bool) -> None:
        """Say what to do when the database holds no unit yet."""
        self.empty_note.setVisible(empty)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Selamat datang di PK Desk"))
        steps = [
            self.tr(
                "Pilih unit dan pejabat di pohon cascading sebelah kiri, atau cari dengan Ctrl+F."
            ),
            self.tr(
                "Buka Perjanjian Kinerja (PK) untuk mengubah pihak, sasaran, IKU dan anggaran."
            ),
            self.tr(
                "Pilih IKU untuk mengisi metadata, target dan realisasi; capaian dihitung langsung."
            ),
            self.tr(
                "Panel Aturan di bawah menampilkan galat yang harus diperbaiki sebelum PK difinalkan."
            ),
            self.tr("Setiap perubahan langsung tersimpan; Ctrl+Z membatalkannya."),
        ]
        self.body.setText("<ol>" + "".join(f"<li>{html.escape(s)}</li>" for s in steps) + "</ol>")
        self.empty_note.setText(
            self.tr(
                "Basis data ini masih kosong. Untuk mencoba PK Desk dengan Perjanjian Kinerja "
                "BKD DKI Jakarta 2024 dan contoh lainnya, jalankan “pk-desk --demo”."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class UnitPage(QWidget):
    """A unit's facts: kind, parent, people and agreements by status."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._unit_id: str | None = None
        self.title = _title(self)
        self.form = QFormLayout()
        self.kind = QLabel(self)
        self.code = QLabel(self)
        self.parent_unit = QLabel(self)
        self.people = QLabel(self)
        self.agreements = QLabel(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("pageNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._labels = [QLabel(self) for _ in range(5)]
        for caption, field in zip(
            self._labels,
            (self.code, self.kind, self.parent_unit, self.people, self.agreements),
            strict=True,
        ):
            self.form.addRow(caption, field)
        self.retranslate()

    def retranslate(self) -> None:
        for caption, text in zip(
            self._labels,
            (
                self.tr("Kode"),
                self.tr("Jenis"),
                self.tr("Unit induk"),
                self.tr("Sub-unit dan pejabat"),
                self.tr("Perjanjian kinerja"),
            ),
            strict=True,
        ):
            caption.setText(text + ":")
        self.note.setText(
            self.tr(
                "Panel Aturan menampilkan temuan semua perjanjian kinerja unit ini. "
                "Buka pejabat di pohon untuk melihat perjanjiannya."
            )
        )
        if self._unit_id:
            self.load(self._unit_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self, unit_id: str) -> None:
        self._unit_id = unit_id
        unit = unit_pages.unit_summary(self._db, unit_id)
        self.title.setText(unit.name)
        self.code.setText(unit.code)
        self.kind.setText(label(UNIT_KIND, unit.kind))
        self.parent_unit.setText(unit.parent_name or "—")
        self.people.setText(
            self.tr("{units} sub-unit, {officials} pejabat").format(
                units=unit.unit_count, officials=unit.official_count
            )
        )
        if unit.agreements_by_status:
            self.agreements.setText(
                ", ".join(
                    f"{n} {label(STATUS, status).lower()}"
                    for status, n in sorted(unit.agreements_by_status.items())
                )
            )
        else:
            self.agreements.setText(self.tr("belum ada"))


class OfficialPage(QWidget):
    """An official's facts and a button to start a new agreement.

    Signals:
        newAgreementRequested(str): the official's id.
    """

    newAgreementRequested = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._official_id: str | None = None
        self.title = _title(self)
        self.position = QLabel(self)
        self.position.setWordWrap(True)
        self.form = QFormLayout()
        self.values = [QLabel(self) for _ in range(6)]
        self.captions = [QLabel(self) for _ in range(6)]
        for caption, value in zip(self.captions, self.values, strict=True):
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(caption, value)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newAgreementButton")
        self.new_button.clicked.connect(
            lambda: self._official_id and self.newAgreementRequested.emit(self._official_id)
        )
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.position)
        layout.addWidget(line)
        layout.addLayout(self.form)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        for caption, text in zip(
            self.captions,
            (
                self.tr("NIP"),
                self.tr("Pangkat/Gol."),
                self.tr("Tingkat jabatan"),
                self.tr("Unit"),
                self.tr("Atasan langsung"),
                self.tr("Plt./Plh./Pj."),
            ),
            strict=True,
        ):
            caption.setText(text + ":")
        self.new_button.setText(self.tr("Perjanjian Kinerja Baru…"))
        if self._official_id:
            self.load(self._official_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self, official_id: str) -> None:
        self._official_id = official_id
        person = unit_pages.official_summary(self._db, official_id)
        self.title.setText(person.name)
        today = dt.date.today()
        current = next((a for a in reversed(person.acting) if a.covers(today)), None)
        self.position.setText(
            f"{current.label()} · {person.position_title}" if current else person.position_title
        )
        nip = person.nip or "—"
        if person.nip and len(person.nip) == 18:
            nip = f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
        level = label(LEVEL, person.level)
        if person.employment_status != "pns":
            level += f" ({label(EMPLOYMENT, person.employment_status)})"
        acting = "; ".join(
            f"{a.prefix} {a.position_title} ({a.start_date:%d-%m-%Y}"
            + (f" s.d. {a.end_date:%d-%m-%Y})" if a.end_date else ")")
            for a in person.acting
        )
        for value, text in zip(
            self.values,
            (
                nip,
                person.rank or "—",
                level,
                person.unit_name or "—",
                person.superior_name or "—",
                acting or "—",
            ),
            strict=True,
        ):
            value.setText(text)

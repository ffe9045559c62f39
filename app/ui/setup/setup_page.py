"""First run: an empty database opens this page instead of the start page.

Two ways on: "Mulai kantor saya sendiri" (profile, government, signing place, optional logo,
the first unit and its head, one transaction) or "Buka demo". Everything is editable later
(Berkas › Pengaturan kantor… for the settings; the tree's right-click menu for units and
people).

Signals:
    officeStarted(str, str): the new unit's id and its head's id.
    demoRequested(): the user chose the demo database instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services import office, pickers
from app.services.errors import ServiceError, error_text

from app.ui.organisation.forms import show_nip_problem
from app.ui.setup.logo_field import LogoField
from app.ui.shell.i18n import current_language
from app.ui.widgets.labels import LEVEL, UNIT_KIND, label

_ERROR_STYLE = "color: #B71C1C;"
# The first unit is a Perangkat Daerah or one of the regional levels of SPEC §4.
FIRST_UNIT_KINDS = ("perangkat_daerah", "kota_administrasi", "kecamatan", "kelurahan", "uptd")


class SetupPage(QScrollArea):
    officeStarted = Signal(str, str)
    demoRequested = Signal()

    def __init__(self, db: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupPage")
        self.setWidgetResizable(True)
        self._db = db
        body = QWidget(self)
        self.setWidget(body)
        self.title = QLabel(body)
        self.title.setObjectName("pageTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(body)
        self.intro.setWordWrap(True)
        self.demo_button = QPushButton(body)
        self.demo_button.setObjectName("openDemo")
        self.demo_button.clicked.connect(self.demoRequested)

        self.office_box = QGroupBox(body)
        self.profile = QComboBox(self.office_box)
        for choice in pickers.profile_choices(self._db):
            self.profile.addItem(choice.label, choice.id)
        self.government = QLineEdit(self.office_box)
        self.government.setObjectName("governmentName")
        self.place = QLineEdit(self.office_box)
        self.place.setObjectName("signingPlace")
        self.logo = LogoField(self.office_box)
        self.unit_name = QLineEdit(self.office_box)
        self.unit_name.setObjectName("unitName")
        self.unit_kind = QComboBox(self.office_box)
        for code in FIRST_UNIT_KINDS:
            self.unit_kind.addItem(label(UNIT_KIND, code), code)
        self.head_name = QLineEdit(self.office_box)
        self.head_name.setObjectName("headName")
        self.head_nip = QLineEdit(self.office_box)
        self.head_nip.setObjectName("headNip")
        self.head_nip.setPlaceholderText("19700103 200112 1 003")
        self.nip_status = QLabel(self.office_box)
        self.nip_status.setObjectName("nipStatus")
        self.nip_status.setStyleSheet(_ERROR_STYLE)
        self.nip_status.setWordWrap(True)
        self.head_rank = QLineEdit(self.office_box)
        self.head_title = QLineEdit(self.office_box)
        self.head_title.setObjectName("headTitle")
        self.head_level = QComboBox(self.office_box)
        for code in LEVEL:
            self.head_level.addItem(label(LEVEL, code), code)
        self.head_level.setCurrentIndex(self.head_level.findData("jpt_pratama"))
        self.form = QFormLayout(self.office_box)
        self._rows: list[tuple[QLabel, QWidget | QHBoxLayout]] = []
        for widget in (
            self.profile,
            self.government,
            self.place,
            self.logo,
            self.unit_name,
            self.unit_kind,
            self.head_name,
            self.head_nip,
            self.nip_status,
            self.head_rank,
            self.head_title,
            self.head_level,
        ):
            caption = QLabel(self.office_box)
            self.form.addRow(caption, widget)
            self._rows.append((caption, widget))
        self.message = QLabel(body)
        self.message.setObjectName("setupMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.logo.refused.connect(self.message.setText)
        self.logo.changed.connect(self.message.clear)
        self.start_button = QPushButton(body)
        self.start_button.setObjectName("startOffice")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.fields: dict[str, QWidget] = {
            "profile_code": self.profile,
            "government_name": self.government,
            "signing_place": self.place,
            "logo": self.logo.choose_button,
            "name": self.unit_name,
            "unit_name": self.unit_name,
            "nip": self.head_nip,
            "position_title": self.head_title,
            "level": self.head_level,
        }
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.office_box)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.profile.currentIndexChanged.connect(self._profile_changed)
        self.head_nip.textChanged.connect(self._check_nip)
        self._profile_changed()
        self._check_nip("")
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Selamat datang di PK Desk"))
        self.intro.setText(
            self.tr(
                "Basis data ini masih kosong. Mulailah dengan kantor Anda sendiri: isi profil "
                "daerah, nama pemerintah daerah, tempat penandatanganan, lalu unit pertama dan "
                "kepalanya. Semuanya dapat diubah kemudian. Atau buka demo untuk mencoba PK Desk "
                "dengan Perjanjian Kinerja BKD DKI Jakarta 2024 dan contoh lainnya."
            )
        )
        self.office_box.setTitle(self.tr("Mulai kantor saya sendiri"))
        captions = (
            self.tr("Profil daerah:"),
            self.tr("Nama pemerintah daerah:"),
            self.tr("Tempat penandatanganan:"),
            self.tr("Logo kop (opsional):"),
            self.tr("Unit pertama:"),
            self.tr("Jenis unit:"),
            self.tr("Nama kepala unit:"),
            self.tr("NIP kepala unit:"),
            "",
            self.tr("Pangkat/golongan:"),
            self.tr("Jabatan:"),
            self.tr("Jenjang jabatan:"),
        )
        for (caption, _widget), text in zip(self._rows, captions, strict=True):
            caption.setText(text)
        self.unit_name.setPlaceholderText(self.tr("mis. Dinas Pendidikan"))
        self.head_title.setPlaceholderText(self.tr("mis. Kepala Dinas Pendidikan"))
        self.head_rank.setPlaceholderText(self.tr("mis. Pembina Utama Muda (IV/c)"))
        self.start_button.setText(self.tr("Mulai kantor saya sendiri"))
        self.demo_button.setText(self.tr("Buka demo"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _profile_changed(self, *_: Any) -> None:
        """Prefill the government name and signing place from the chosen profile."""
        defaults = office.profile_defaults(self._db, self.profile.currentData())
        self.government.setText(defaults.government_name)
        self.place.setText(defaults.signing_place)

    def _check_nip(self, text: str) -> None:
        show_nip_problem(self.nip_status, text)

    def values(self) -> office.NewOffice:
        return office.NewOffice(
            profile_code=self.profile.currentData(),
            government_name=self.government.text(),
            signing_place=self.place.text(),
            unit_name=self.unit_name.text(),
            unit_kind=self.unit_kind.currentData(),
            head_name=self.head_name.text(),
            head_nip=self.head_nip.text() or None,
            head_title=self.head_title.text(),
            head_level=self.head_level.currentData(),
            head_rank=self.head_rank.text() or None,
            logo=self.logo.logo,
            logo_name=self.logo.logo_name,
        )

    def start(self) -> bool:
        """Create the office; on a refusal say why under the form and focus the field."""
        try:
            started = office.start_office(self._db, self.values())
        except ServiceError as exc:
            self.message.setText(error_text(exc, current_language()))
            field = getattr(exc, "field", None)
            if field == "name" and not self.unit_name.text().strip():
                widget: QWidget | None = self.unit_name
            elif field == "name":
                widget = self.head_name
            else:
                widget = self.fields.get(field or "")
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self.message.clear()
        self.officeStarted.emit(started.unit_id, started.head_id)
        return True

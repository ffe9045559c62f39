"""Dialogs of an agreement's life after "Finalkan" (SPEC §4, seed 003 §3.4–3.6):

- **Tandai sudah ditandatangani**: prints the whole PK set (printing service), lets the user
  save that exact PDF for the wet signatures, takes the scan of the signed copy and stores the
  frozen snapshot with the printed file's SHA-256. Not undoable: a signed PK never changes.
- **Buat Addendum**: the reason (regulation, leadership policy, workload, semester-I capaian
  reaching the annual target) and the quarter it applies from; earlier quarters stay locked.
- **Buat PK Pengganti**: the new (or acting Plt./Plh./Pj.) official and the quarter, with the
  sisa target proposed for every IKU.

Each dialog is opened with `open()` and reports through `finished`, so nothing blocks.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from shiboken6 import isValid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.engine.lifecycle_rules import check_addendum_needed
from app.engine.messages import render
from app.services import agreement_read, pickers, printing, versions
from app.services.errors import ServiceError, error_text

from app.ui.lifecycle.commands import StartAddendumCommand, StartReplacementCommand
from app.ui.lifecycle.version_table_models import (
    CHANGE_REASON,
    SisaProposalTableModel,
    reason_label,
)
from app.ui.shell.background import run_in_background
from app.ui.shell.i18n import current_language
from app.ui.shell.workspace_state import Change, WorkspaceState
from app.ui.widgets.date_field import DateField, default_day
from app.ui.widgets.labels import AS_OF, KIND, PERIOD, label
from app.ui.widgets.message_line import MessageLine
from app.ui.widgets.read_only_table import read_only_table

QUARTERS = ("TW1", "TW2", "TW3", "TW4")
PREFIXES = ("", "Plt.", "Plh.", "Pj.")
WARNING_STYLE = "background: #FFF3CD; color: #5D4200; padding: 6px; border-radius: 3px;"


def _next_quarter(period: str) -> str:
    """The quarter after the chosen as-of period: where a mid-year change usually starts."""
    order = {"TW1": 1, "TW2": 2, "S1": 2, "TW3": 3, "TW4": 4, "annual": 4}
    return QUARTERS[min(order.get(period, 1), 3)]


def _agreement_line(detail: agreement_read.AgreementDetail) -> str:
    owner = (
        f"{detail.owner_prefix} {detail.owner_name}" if detail.owner_prefix else detail.owner_name
    )
    return f"{label(KIND, detail.kind)} {detail.year} — {owner}, {detail.owner_title or ''}".strip(
        ", "
    )


class SignDialog(QDialog):
    """ "Tandai sudah ditandatangani".

    Signals:
        signed(str): the agreement id, once it is signed.
        pdfReady(): the printed PDF is rendered (or failed).
    """

    signed = Signal(str)
    pdfReady = Signal()

    def __init__(
        self, state: WorkspaceState, agreement_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.setWindowTitle(self.tr("Tandai PK sudah ditandatangani"))
        self.setMinimumWidth(620)
        self.state = state
        self.agreement_id = agreement_id
        self.pdf: bytes | None = None
        self.documents: tuple[str, ...] = ()
        self.file_dialog: QFileDialog | None = None
        detail = agreement_read.agreement_detail(state.db, agreement_id)
        self.detail = detail
        heading = QLabel(f"<b>{_agreement_line(detail)}</b>", self)
        heading.setWordWrap(True)
        self.pdf_status = QLabel(self.tr("Menyiapkan cetakan set PK…"), self)
        self.pdf_status.setObjectName("signPdfStatus")
        self.pdf_status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Simpan PDF cetakan…"), self)
        self.save_button.setObjectName("savePrintedPdfButton")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.choose_pdf_target)
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.pdf_status, 1)
        pdf_row.addWidget(self.save_button)
        self.date = DateField("signDate", self, optional=False)
        self.date.set_year(detail.year)
        self.date.set_day(detail.signing_date or default_day(detail.year))
        self.scan = QLineEdit(self)
        self.scan.setObjectName("signScanPath")
        self.scan.setPlaceholderText(self.tr("PDF, PNG atau JPEG dari salinan bertanda tangan"))
        self.scan_button = QPushButton(self.tr("Pilih berkas…"), self)
        self.scan_button.clicked.connect(self.choose_scan)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.scan_button)
        form = QFormLayout()
        form.addRow(self.tr("1. Cetakan:"), pdf_row)
        form.addRow(self.tr("2. Tanggal tanda tangan:"), self.date)
        form.addRow(self.tr("3. Pindaian (boleh menyusul):"), scan_row)
        warning = QLabel(
            self.tr(
                "Sidik SHA-256 cetakan dan salinan beku isi PK disimpan. Setelah ditandai, PK "
                "ini hanya dapat dibaca; perubahan dilakukan lewat addendum atau PK pengganti. "
                "Langkah ini tidak dapat diurungkan."
            ),
            self,
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(WARNING_STYLE)
        self.error = MessageLine("signError", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Tandai sudah ditandatangani"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._render()

    def _render(self) -> None:
        db = self.state.db
        agreement_id = self.agreement_id

        def work(job: Any) -> tuple[bytes, tuple[str, ...]]:
            return printing.render_agreement(db, agreement_id, doc="set")

        def done(result: tuple[bytes, tuple[str, ...]]) -> None:
            if not isValid(self):
                return
            self.pdf, self.documents = result
            digest = hashlib.sha256(self.pdf).hexdigest()
            self.pdf_status.setText(
                self.tr("Set PK siap dicetak: {n} dokumen, {kb} KB, SHA-256 {digest}…").format(
                    n=len(self.documents), kb=max(1, len(self.pdf) // 1024), digest=digest[:16]
                )
            )
            self.save_button.setEnabled(True)
            self.ok_button.setEnabled(True)
            self.pdfReady.emit()

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self.pdf_status.setText(self.tr("Cetakan gagal dibuat: {error}").format(error=exc))
            self.pdfReady.emit()

        run_in_background(work, done, failed, self, label=self.tr("Mencetak set PK…"))

    def choose_pdf_target(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Simpan PDF cetakan PK"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(f"PK-{self.detail.year}-{self.detail.owner_name}.pdf")
        dialog.fileSelected.connect(self.save_pdf)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def save_pdf(self, path: str) -> bool:
        """Write the exact bytes that will be hashed, so the paper matches the record."""
        if not self.pdf or not path:
            return False
        try:
            Path(path).write_bytes(self.pdf)
        except OSError as exc:
            self.show_error(
                self.tr("PDF tidak dapat disimpan: {error}").format(error=exc.strerror or exc)
            )
            return False
        self.pdf_status.setText(
            self.pdf_status.text() + "\n" + self.tr("Tersimpan: {path}").format(path=path)
        )
        return True

    def choose_scan(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Pilih pindaian PK bertanda tangan"))
        dialog.setNameFilter(self.tr("PDF atau gambar (*.pdf *.png *.jpg *.jpeg)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.scan.setText)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def show_error(self, text: str) -> None:
        self.error.say(text)

    def sign(self) -> bool:
        if self.pdf is None:
            return False
        day = self.date.date()
        try:
            versions.sign_agreement(
                self.state.db,
                self.agreement_id,
                printed_pdf=self.pdf,
                scan_path=self.scan.text().strip() or None,
                signed_on=dt.date(day.year(), day.month(), day.day()),
            )
        except ServiceError as exc:
            self.show_error(error_text(exc, current_language()))
            return False
        self.state.notify(Change("agreement", self.agreement_id, self.agreement_id))
        self.signed.emit(self.agreement_id)
        self.accept()
        return True


class AddendumDialog(QDialog):
    """ "Buat Addendum" of a signed PK.

    Signals:
        created(str): the new draft addendum's id.
    """

    created = Signal(str)

    def __init__(
        self, state: WorkspaceState, agreement_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addendumDialog")
        self.setWindowTitle(self.tr("Buat Addendum PK"))
        self.setMinimumWidth(580)
        self.state = state
        self.agreement_id = agreement_id
        self.agreement_id_created = ""
        detail = agreement_read.agreement_detail(state.db, agreement_id)
        self.detail = detail
        heading = QLabel(f"<b>{_agreement_line(detail)}</b>", self)
        heading.setWordWrap(True)
        self.reasons: dict[str, QRadioButton] = {}
        group = QButtonGroup(self)
        reasons_box = QVBoxLayout()
        for value in CHANGE_REASON:
            button = QRadioButton(reason_label(value), self)
            button.setObjectName(f"reason_{value}")
            group.addButton(button)
            reasons_box.addWidget(button)
            self.reasons[value] = button
        self.reasons["leadership_policy"].setChecked(True)
        self.effective = QComboBox(self)
        self.effective.setObjectName("addendumEffectiveFrom")
        for quarter in QUARTERS:
            self.effective.addItem(label(PERIOD, quarter), quarter)
        self.effective.setCurrentIndex(self.effective.findData(_next_quarter(state.period)))
        self.note = QLineEdit(self)
        self.note.setObjectName("addendumNote")
        self.note.setPlaceholderText(self.tr("misalnya nomor surat arahan pimpinan"))
        form = QFormLayout()
        form.addRow(self.tr("Alasan:"), reasons_box)
        form.addRow(self.tr("Berlaku mulai:"), self.effective)
        form.addRow(self.tr("Keterangan:"), self.note)
        rules = QLabel(
            self.tr(
                "Addendum tidak mengubah target dan capaian periode sebelum triwulan yang "
                "dipilih: periode itu terkunci. Setiap target yang diubah dicatat sebelum/"
                "sesudah bersama alasannya. Usulan addendum paling lambat 20 Juli."
            ),
            self,
        )
        rules.setWordWrap(True)
        self.s1_warning = QLabel(self)
        self.s1_warning.setObjectName("addendumS1Warning")
        self.s1_warning.setWordWrap(True)
        self.s1_warning.setStyleSheet(WARNING_STYLE)
        self.s1_warning.hide()
        self.error = MessageLine("", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buat addendum"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(rules)
        layout.addWidget(self.s1_warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._show_s1_warning()

    def _show_s1_warning(self) -> None:
        """Seed 003 §3.4.1: semester-I capaian at the annual target makes an addendum raising
        the target compulsory; say so and pick that reason."""
        agreement, _profile = agreement_read.agreement_input(self.state.db, self.agreement_id)
        found = check_addendum_needed(agreement, 2)
        if not found:
            return
        lines = [render(f, current_language()) for f in found]
        self.s1_warning.setText("\n".join(lines))
        self.s1_warning.show()
        self.reasons["s1_target_reached"].setChecked(True)

    @property
    def reason(self) -> str:
        return next(value for value, button in self.reasons.items() if button.isChecked())

    def create(self) -> bool:
        command = StartAddendumCommand(
            self.state,
            self.agreement_id,
            self.detail.owner_id,
            reason=self.reason,
            effective_from=str(self.effective.currentData()),
            note=self.note.text().strip() or None,
        )
        if not self.error.run(self.state, command, self.tr("Addendum tidak dapat dibuat.")):
            return False
        self.agreement_id_created = command.agreement_id
        self.created.emit(command.agreement_id)
        self.accept()
        return True


class ReplacementDialog(QDialog):
    """ "Buat PK Pengganti" for a new or acting official, with the proposed sisa target.

    Signals:
        created(str): the new draft PK Pengganti's id.
    """

    created = Signal(str)

    def __init__(
        self, state: WorkspaceState, agreement_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("replacementDialog")
        self.setWindowTitle(self.tr("Buat PK Pengganti"))
        self.resize(860, 560)
        self.state = state
        self.agreement_id = agreement_id
        self.agreement_id_created = ""
        detail = agreement_read.agreement_detail(state.db, agreement_id)
        self.detail = detail
        heading = QLabel(f"<b>{_agreement_line(detail)}</b>", self)
        heading.setWordWrap(True)
        self.official = QComboBox(self)
        self.official.setObjectName("replacementOfficial")
        self.official.setEditable(True)
        self.official.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.official.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        for choice in pickers.official_choices(state.db):
            if choice.id != detail.owner_id:
                self.official.addItem(f"{choice.label} — {choice.detail}", choice.id)
        self.prefix = QComboBox(self)
        self.prefix.setObjectName("replacementPrefix")
        for prefix in PREFIXES:
            self.prefix.addItem(prefix or self.tr("— (definitif)"), prefix)
        self.effective = QComboBox(self)
        self.effective.setObjectName("replacementEffectiveFrom")
        for quarter in QUARTERS:
            self.effective.addItem(label(PERIOD, quarter), quarter)
        self.effective.setCurrentIndex(self.effective.findData(_next_quarter(state.period)))
        self.note = QLineEdit(self)
        self.note.setObjectName("replacementNote")
        self.note.setPlaceholderText(self.tr("misalnya nomor SK pengangkatan / SK Plt."))
        who = QHBoxLayout()
        who.addWidget(self.prefix)
        who.addWidget(self.official, 1)
        form = QFormLayout()
        form.addRow(self.tr("Pejabat baru:"), who)
        form.addRow(self.tr("Berlaku mulai:"), self.effective)
        form.addRow(self.tr("Keterangan:"), self.note)
        self.acting_note = QLabel(self)
        self.acting_note.setObjectName("replacementActingNote")
        self.acting_note.setWordWrap(True)
        self.acting_note.setStyleSheet(WARNING_STYLE)
        self.model = SisaProposalTableModel(self)
        self.table = read_only_table(
            "sisaTargetTable", self.model, self, SisaProposalTableModel.COL_INDICATOR
        )
        self.table_label = QLabel(self)
        self.table_label.setWordWrap(True)
        self.error = MessageLine("", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Buat PK pengganti")
        )
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.acting_note)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.effective.currentIndexChanged.connect(lambda _i: self._refresh())
        self.prefix.currentIndexChanged.connect(lambda _i: self._refresh())
        self._refresh()

    def _refresh(self) -> None:
        quarter = str(self.effective.currentData())
        self.model.set_rows(
            versions.replacement_proposals(self.state.db, self.agreement_id, quarter)
        )
        before = QUARTERS.index(quarter)
        self.table_label.setText(
            self.tr(
                "Usulan sisa target per IKU (realisasi s.d. {period}). Target ini menjadi target "
                "tahunan PK pengganti dan masih dapat diubah sebelum difinalkan."
            ).format(period=label(AS_OF, QUARTERS[before - 1]) if before else "—")
        )
        prefix = str(self.prefix.currentData() or "")
        notes = [
            self.tr(
                "Pergantian pejabat tidak mengharuskan bawahan menandatangani ulang PK mereka "
                "(Pergub Kaltara 14/2024 §3.4.2). PK pengganti ditetapkan paling lambat 15 hari "
                "kerja sejak mulai bertugas."
            )
        ]
        if prefix in ("Plt.", "Plh.") and quarter != "TW1":
            notes.insert(
                0,
                self.tr(
                    "{prefix} yang merangkap jabatan pada tahun berjalan tidak perlu menandatangani "
                    "PK kembali: tanggung jawab target beralih bersama SK {prefix} (§3.6 b). "
                    "Buat PK pengganti hanya bila pimpinan memintanya."
                ).format(prefix=prefix),
            )
        elif prefix in ("Plt.", "Plh."):
            notes.insert(
                0,
                self.tr(
                    "{prefix} yang merangkap jabatan sejak awal tahun wajib menandatangani PK pada "
                    "jabatan yang dirangkap (§3.6 a); PK dicetak dengan sebutan {prefix}."
                ).format(prefix=prefix),
            )
        if quarter == "TW4":
            notes.append(
                self.tr(
                    "Pejabat yang mulai bertugas kurang dari dua bulan sebelum akhir tahun "
                    "meneruskan PK pejabat sebelumnya, tanpa PK pengganti."
                )
            )
        self.acting_note.setText("\n".join(notes))

    def select_official(self, official_id: str) -> bool:
        index = self.official.findData(official_id)
        if index >= 0:
            self.official.setCurrentIndex(index)
        return index >= 0

    def create(self) -> bool:
        official_id = self.official.currentData()
        if not official_id:
            self.error.say(self.tr("Pilih pejabat pengganti."))
            return False
        command = StartReplacementCommand(
            self.state,
            self.agreement_id,
            str(official_id),
            effective_from=str(self.effective.currentData()),
            owner_prefix=str(self.prefix.currentData() or "") or None,
            note=self.note.text().strip() or None,
        )
        if not self.error.run(self.state, command, self.tr("PK pengganti tidak dapat dibuat.")):
            return False
        self.agreement_id_created = command.agreement_id
        self.created.emit(command.agreement_id)
        self.accept()
        return True

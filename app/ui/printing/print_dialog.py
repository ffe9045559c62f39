"""Berkas › Cetak… (Ctrl+P): choose documents, paper, copies and the report period; the PDF
is written on the worker thread, then shown page by page inside the dialog, opened in the
system PDF viewer or saved where the user wants.

Preview library: pypdfium2 (PDFium). It is already installed with pdfplumber (the test
dependency that reads PDFs back), adds ~3 MB, renders a page to a bitmap Qt can show without
Pillow, and needs no QtPdf from the 150 MB PySide6-Addons wheel the app otherwise avoids.

Signals: `QDialog.finished`; `rendered(object)` with the RenderedPdf once the PDF is ready.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services import printing
from app.services.errors import error_text

from app.ui.shell.background import run_in_background
from app.ui.shell.i18n import current_language
from app.ui.widgets.date_field import DateField, default_day
from app.ui.widgets.labels import PERIOD, label

PREVIEW_WIDTH = 520  # pixels of one previewed page


def page_images(content: bytes, width: int = PREVIEW_WIDTH) -> list[QImage]:
    """Every page of a PDF as a QImage `width` pixels wide (pypdfium2 renders, Qt shows)."""
    import pypdfium2 as pdfium

    images = []
    pdf = pdfium.PdfDocument(content)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            scale = width / page.get_width()
            bitmap = page.render(scale=scale, rev_byteorder=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBA8888
                if bitmap.n_channels == 4
                else QImage.Format.Format_RGB888,
            ).copy()  # own the pixels before PDFium frees the bitmap
            images.append(image)
            page.close()
    finally:
        pdf.close()
    return images


class PrintDialog(QDialog):
    rendered = Signal(object)

    def __init__(
        self, db: Any, agreement_id: str, period: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printDialog")
        self._db = db
        self.agreement_id = agreement_id
        self.result_pdf: printing.RenderedPdf | None = None
        self.error_text = ""
        self.setWindowTitle(self.tr("Cetak"))
        self.documents = QListWidget(self)
        self.documents.setObjectName("printDocuments")
        for choice in printing.document_choices(db, agreement_id):
            item = QListWidgetItem(choice.title, self.documents)
            item.setData(Qt.ItemDataRole.UserRole, choice.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.in_set else Qt.CheckState.Unchecked)
        self.paper = QComboBox(self)
        self.paper.setObjectName("printPaper")
        self.paper.addItem("A4 (210 × 297 mm)", "a4")
        self.paper.addItem("F4 (215 × 330 mm)", "f4")
        self.copies = QCheckBox(self.tr("Rangkap dua berlabel (pemilik PK dan Tim SAKIP)"), self)
        self.copies.setObjectName("printCopies")
        self.period = QComboBox(self)
        for code in ("TW1", "TW2", "TW3", "TW4", "S1", "annual"):
            self.period.addItem(label(PERIOD, code), code)
        self.period.setCurrentIndex(max(0, self.period.findData(period)))
        self.period.setToolTip(self.tr("Periode Laporan capaian dan Rincian Target"))
        # The Laporan capaian's date: the day it is printed, a chosen day, or a blank line
        # to date by hand (as `pk-desk pdf --report-date`).
        self.report_when = QComboBox(self)
        self.report_when.setObjectName("printReportWhen")
        self.report_when.addItem(self.tr("Hari ini"), "today")
        self.report_when.addItem(self.tr("Tanggal…"), "date")
        self.report_when.addItem(self.tr("Kosong (diisi tangan)"), "blank")
        self.report_day = DateField("printReportDate", self, optional=False)
        year = printing.agreement_year(db, agreement_id)
        self.report_day.set_year(year)
        self.report_day.set_day(default_day(year))
        self.report_day.setEnabled(False)
        self.report_when.currentIndexChanged.connect(
            lambda _i: self.report_day.setEnabled(self.report_when.currentData() == "date")
        )
        report_row = QHBoxLayout()
        report_row.addWidget(self.report_when)
        report_row.addWidget(self.report_day, 1)
        self.report_when.setToolTip(self.tr("Tanggal yang tercetak di bawah Laporan capaian"))
        form = QFormLayout()
        form.addRow(self.tr("Dokumen:"), self.documents)
        form.addRow(self.tr("Kertas:"), self.paper)
        form.addRow("", self.copies)
        form.addRow(self.tr("Periode laporan:"), self.period)
        form.addRow(self.tr("Tanggal laporan:"), report_row)
        self.make_button = QPushButton(self.tr("Buat PDF"), self)
        self.make_button.setObjectName("makePdf")
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.render)
        self.status = QLabel(self)
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
        self.pages = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages)
        self.preview = QScrollArea(self)
        self.preview.setObjectName("printPreview")
        self.preview.setWidgetResizable(True)
        self.preview.setWidget(self.pages)
        self.preview.setMinimumWidth(PREVIEW_WIDTH + 40)
        self.open_button = QPushButton(self.tr("Buka di penampil PDF"), self)
        self.save_button = QPushButton(self.tr("Simpan sebagai…"), self)
        self.close_button = QPushButton(self.tr("Tutup"), self)
        for button in (self.open_button, self.save_button):
            button.setEnabled(False)
            button.setToolTip(self.tr("Buat PDF dulu."))
        self.open_button.clicked.connect(self.open_in_viewer)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.make_button)
        left.addWidget(self.status)
        left.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self.resize(1000, 760)

    def chosen_documents(self) -> list[str]:
        return [
            self.documents.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.documents.count())
            if self.documents.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_documents(self, codes: list[str]) -> None:
        for i in range(self.documents.count()):
            item = self.documents.item(i)
            wanted = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def report_date(self) -> dt.date | str:
        """What dates the Laporan capaian: a day, "today" or "blank"."""
        when = self.report_when.currentData()
        if when == "date":
            day = self.report_day.day()
            assert day is not None  # the field is not optional
            return day
        return str(when)

    def render(self) -> None:
        """Write the PDF on the worker thread; the preview follows."""
        codes = self.chosen_documents()
        paper = self.paper.currentData()
        copies = "owner,tim" if self.copies.isChecked() else None
        period = self.period.currentData()
        report_date = self.report_date()
        db, agreement_id = self._db, self.agreement_id
        self.make_button.setEnabled(False)
        self.status.setText(self.tr("Membuat PDF…"))

        def work(_job: Any) -> tuple[printing.RenderedPdf, list[QImage]]:
            pdf = printing.render_selection(
                db,
                agreement_id,
                codes,
                paper=paper,
                copies=copies,
                period=period,
                report_date=report_date,
            )
            return pdf, page_images(pdf.content)

        run_in_background(work, self._show, self._failed, self, context=self)

    def _show(self, result: tuple[printing.RenderedPdf, list[QImage]]) -> None:
        pdf, images = result
        self.result_pdf = pdf
        self.make_button.setEnabled(True)
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for image in images:
            page = QLabel(self.pages)
            page.setPixmap(QPixmap.fromImage(image))
            page.setStyleSheet("border: 1px solid #9E9E9E; background: white;")
            self.pages_layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        text = self.tr("{pages} halaman siap.").format(pages=pdf.pages)
        if pdf.draft:
            text += " " + self.tr("PK ini masih draf: setiap halaman bertanda DRAF.")
        self.status.setText(text)
        for button in (self.open_button, self.save_button):
            button.setEnabled(True)
            button.setToolTip("")
        self.rendered.emit(pdf)

    def _failed(self, exc: BaseException) -> None:
        self.make_button.setEnabled(True)
        self.error_text = error_text(exc, current_language())
        self.status.setText(self.error_text)

    def temp_file(self) -> Path:
        assert self.result_pdf is not None
        folder = Path(tempfile.gettempdir()) / "pk-desk-print"
        folder.mkdir(exist_ok=True)
        return printing.save_pdf(self.result_pdf.content, folder / self.result_pdf.file_name)

    def open_in_viewer(self) -> Path:
        path = self.temp_file()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def save_as(self) -> QFileDialog:
        assert self.result_pdf is not None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(
            self, self.tr("Simpan PDF"), str(Path(folder) / self.result_pdf.file_name)
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(self.save_to)
        dialog.open()
        return dialog

    def save_to(self, path: str) -> Path:
        assert self.result_pdf is not None
        saved = printing.save_pdf(self.result_pdf.content, path)
        self.status.setText(self.tr("Tersimpan di {path}.").format(path=saved))
        return saved

"""The printed header's logo: a preview, its file name, "Pilih gambar…" and "Tanpa logo".

One widget for the first-run page and Pengaturan kantor, so both check and show a logo the
same way (the office service checks the image; a refusal is one sentence for the host).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services import office
from app.services.errors import ServiceError, error_text

from app.ui.shell.i18n import current_language

PREVIEW_PX = 40


class LogoField(QWidget):
    """`logo` is the chosen image's bytes, None for no logo, or `office.KEEP` while the
    stored one is left as it is.

    Signals:
        refused(str): the chosen file is not a usable logo (the sentence says why).
        changed(): a logo was chosen or cleared.
    """

    refused = Signal(str)
    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        current: bytes | None = None,
        current_name: str | None = None,
        keep_current: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logoField")
        self.logo: Any = office.KEEP if keep_current else current
        self.logo_name = current_name
        self.preview = QLabel(self)
        self.preview.setObjectName("logoPreview")
        self.preview.setFixedSize(PREVIEW_PX, PREVIEW_PX)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("logoName")
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("chooseLogo")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearLogo")
        self.choose_button.clicked.connect(self.choose)
        self.clear_button.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addWidget(self.name_label, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.clear_button)
        self._show(current)
        self.retranslate()

    def retranslate(self) -> None:
        self.choose_button.setText(self.tr("Pilih gambar…"))
        self.clear_button.setText(self.tr("Tanpa logo"))
        self.name_label.setText(self.logo_name or self.tr("tanpa logo"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show(self, content: bytes | None) -> None:
        pixmap = QPixmap()
        if content and pixmap.loadFromData(content):
            self.preview.setPixmap(
                pixmap.scaled(
                    PREVIEW_PX,
                    PREVIEW_PX,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.clear()
        self.clear_button.setEnabled(content is not None)
        self.name_label.setText(self.logo_name or self.tr("tanpa logo"))

    def choose(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Pilih logo kop"))
        dialog.setNameFilter(self.tr("Gambar (*.png *.jpg *.jpeg)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.set_logo(Path(path)))
        dialog.open()
        return dialog

    def set_logo(self, path: Path) -> bool:
        """Take the image at `path` if the office service accepts it as a logo."""
        try:
            content = path.read_bytes()
            office.check_logo(path.name, content)
        except ServiceError as exc:
            self.refused.emit(error_text(exc, current_language()))
            return False
        except OSError as exc:
            self.refused.emit(
                self.tr("Berkas {name} tidak dapat dibaca: {reason}").format(
                    name=path.name, reason=exc.strerror or exc
                )
            )
            return False
        self.logo, self.logo_name = content, path.name
        self._show(content)
        self.changed.emit()
        return True

    def clear(self) -> None:
        self.logo, self.logo_name = None, None
        self._show(None)
        self.changed.emit()

"""What a read-only screen looks like: a banner that says why, and fields that look disabled.

A signed PK used to look editable and only refused on save; every editor of an agreement's
content now shows the same banner and greys the same way.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.engine.enums import READONLY_STATUSES

LOCKED_STYLE = "background: #ECEFF1; color: #37474F; padding: 6px 10px; border-radius: 3px;"


def set_editable(widget: QWidget, editable: bool) -> None:
    """Grey a field out when it cannot change. Multi-line texts stay selectable and
    scrollable (read-only on a greyed background); everything else is disabled."""
    if isinstance(widget, QPlainTextEdit):
        widget.setReadOnly(not editable)
        palette = widget.palette()
        parent = widget.parentWidget()
        source = parent.palette() if parent is not None else palette
        palette.setColor(
            QPalette.ColorRole.Base,
            source.color(QPalette.ColorRole.Base if editable else QPalette.ColorRole.Window),
        )
        widget.setPalette(palette)
        return
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        widget.setReadOnly(False)  # disabled says it all; read-only would outlive unlocking
    widget.setEnabled(editable)


class LockBanner(QLabel):
    """One line above a locked editor saying why it is read-only and what to do instead."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setStyleSheet(LOCKED_STYLE)
        self.hide()

    def show_for(self, status: str | None, note: str = "") -> bool:
        """Show why an agreement in `status` is read-only, or hide; returns whether it is.
        (A database opened read-only has the window's own banner.)"""
        if status == "signed":
            text = self.tr("Ditandatangani — hanya baca; gunakan Addendum untuk mengubah.")
        elif status in READONLY_STATUSES:
            text = self.tr(
                "Digantikan oleh versi yang lebih baru — hanya baca; lihat Riwayat versi."
            )
        else:
            self.hide()
            return False
        self.setText(f"{text} {note}".strip())
        self.show()
        return True

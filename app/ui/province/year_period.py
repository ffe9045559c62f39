"""The year and period choosers at the top of the province views, and the frame they share."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.province import QUARTERS


def year_spin(parent: QWidget, year: int | None, name: str) -> QSpinBox:
    """A year (this year unless given)."""
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(2000, 2100)
    spin.setValue(year or dt.date.today().year)
    return spin


def period_combo(parent: QWidget, name: str) -> QComboBox:
    """TW1..TW4 (their codes as item data), TW4 chosen: a year's values as they end."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for quarter in QUARTERS:
        combo.addItem(quarter.value, quarter.value)
    combo.setCurrentIndex(len(QUARTERS) - 1)
    return combo


def top_row(parent: QWidget, *widgets: tuple[str, QWidget], summary: QLabel) -> QHBoxLayout:
    """ "Tahun [2025]  s.d. [TW4]  summary…": each widget after its (translated) label."""
    row = QHBoxLayout()
    for text, widget in widgets:
        row.addWidget(QLabel(text, parent))
        row.addWidget(widget)
    row.addWidget(summary, 1)
    return row


def lay_out_view(
    dialog: QDialog,
    body: QWidget,
    *fields: tuple[str, QWidget],
    summary: QLabel,
    close_text: str,
    buttons: tuple[QPushButton, ...] = (),
) -> None:
    """A province view's frame: the choosers and summary on top, `body` taking the room, and
    `buttons` then a Close button (`close_text`, translated by the caller) at the bottom right."""
    close = QPushButton(close_text, dialog)
    close.clicked.connect(dialog.accept)
    row = QHBoxLayout()
    row.addStretch(1)
    for button in (*buttons, close):
        row.addWidget(button)
    layout = QVBoxLayout(dialog)
    layout.addLayout(top_row(dialog, *fields, summary=summary))
    layout.addWidget(body, 1)
    layout.addLayout(row)

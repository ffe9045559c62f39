"""The year and period choosers at the top of the province views."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

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

"""A date field that may be empty and whose calendar opens at the agreement's year.

A plain QDateEdit cannot be empty; the usual trick (a minimum date shown as "belum
ditetapkan") makes its calendar open in that sentinel year. An office drafting next year's
PK in December wants the calendar on next year's January, so the field is told its year.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QWidget

NO_DATE = QDate(2000, 1, 1)


def open_month(year: int | None, today: dt.date | None = None) -> tuple[int, int]:
    """The (year, month) an empty calendar shows: this month in the agreement's own year,
    else its January."""
    today = today or dt.date.today()
    if year is None or year == today.year:
        return today.year, today.month
    return year, 1


def default_day(year: int | None, today: dt.date | None = None) -> dt.date:
    """A date that must be filled: today within the agreement's year, else its 1 January."""
    today = today or dt.date.today()
    return today if year is None or year == today.year else dt.date(year, 1, 1)


class _Calendar(QCalendarWidget):
    """The popup calendar; turns to the field's year when the field is empty."""

    def __init__(self, field: DateField) -> None:
        super().__init__(field)
        self._field = field

    def showEvent(self, event: QShowEvent) -> None:
        if self._field.day() is None:
            self.setCurrentPage(*open_month(self._field.year))
        super().showEvent(event)


class DateField(QDateEdit):
    """An optional date (dd-MM-yyyy) with a calendar popup.

    Signals:
        dayChanged(object): the user chose a date (`datetime.date`) or cleared it (None);
            not emitted by `set_day`.
    """

    dayChanged = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.year: int | None = None
        self.optional = optional
        self.setCalendarPopup(True)
        self.setCalendarWidget(_Calendar(self))
        self.setDisplayFormat("dd-MM-yyyy")
        self.setKeyboardTracking(False)
        if optional:
            self.setMinimumDate(NO_DATE)
            self.setDate(NO_DATE)
        self.dateChanged.connect(lambda _d: self.dayChanged.emit(self.day()))

    def set_year(self, year: int | None) -> None:
        """The year the calendar opens at while the field is empty."""
        self.year = year

    def day(self) -> dt.date | None:
        value = self.date()
        if self.optional and value == NO_DATE:
            return None
        return dt.date(value.year(), value.month(), value.day())

    def set_day(self, day: dt.date | None) -> None:
        self.blockSignals(True)
        if day is None:
            self.setDate(NO_DATE if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(day.year, day.month, day.day))
        self.blockSignals(False)

"""Calendar arithmetic for deadlines, always from explicit dates (never the clock).

Working days skip Saturdays, Sundays and the holidays the caller passes in: the engine does
not know the yearly list of Indonesian public holidays (cuti bersama changes every year).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Collection

MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
MONTHS_EN = tuple(calendar.month_name[m] for m in range(1, 13))


def format_date(day: dt.date, lang: str = "id") -> str:
    """ "31 Januari 2024" (Indonesian, the printed form) or "31 January 2024"."""
    months = MONTHS_EN if lang == "en" else MONTHS_ID
    return f"{day.day} {months[day.month - 1]} {day.year}"


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day `months` later, clamped to the month's end (31 Jan + 1 month = 29 Feb 2024)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def add_working_days(day: dt.date, count: int, holidays: Collection[dt.date] = ()) -> dt.date:
    """The `count`-th working day after `day` (Mon-Fri, minus `holidays`)."""
    current = day
    remaining = count
    while remaining > 0:
        current += dt.timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            remaining -= 1
    return current


def quarter_end(year: int, quarter: int) -> dt.date:
    month = quarter * 3
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def quarters_passed(year: int, on: dt.date) -> int:
    """How many quarters of `year` had ended before `on` (0..4)."""
    if on.year < year:
        return 0
    if on.year > year:
        return 4
    return sum(1 for q in range(1, 5) if quarter_end(year, q) < on)

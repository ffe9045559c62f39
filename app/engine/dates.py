"""Calendar arithmetic for deadlines, always from explicit dates (never the clock).

Working days skip Saturdays, Sundays and the holidays the caller passes in: the engine does
not know the yearly list of Indonesian public holidays (cuti bersama changes every year).
"""

from __future__ import annotations

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
# spelled out, not calendar.month_name: that follows the process locale (Qt sets it from the
# desktop's), and importing calendar costs every `pk-desk score` run ~12 M instructions
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(day: dt.date, lang: str = "id") -> str:
    """ "31 Januari 2024" (Indonesian, the printed form) or "31 January 2024"."""
    months = MONTHS_EN if lang == "en" else MONTHS_ID
    return f"{day.day} {months[day.month - 1]} {day.year}"


def _days_in(year: int, month: int) -> int:
    """The number of days of a month (28 to 31)."""
    if month == 12:  # December has 31 days, and year 9999 has no next January
        return 31
    following = dt.date(year, month + 1, 1)
    return (following - dt.timedelta(days=1)).day


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day `months` later, clamped to the month's end (31 Jan + 1 month = 29 Feb 2024)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, _days_in(year, month)))


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
    return dt.date(year, month, _days_in(year, month))


def quarters_passed(year: int, on: dt.date) -> int:
    """How many quarters of `year` had ended before `on` (0..4)."""
    if on.year < year:
        return 0
    if on.year > year:
        return 4
    return sum(1 for q in range(1, 5) if quarter_end(year, q) < on)

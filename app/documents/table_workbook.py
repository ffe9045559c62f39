"""A one-sheet workbook of a plain table (title, header, rows), styled like PK Desk's other
workbooks: bordered cells, a frozen header repeated on every printed page, F4 landscape.

Cells keep their types (numbers stay numbers, dates stay dates) so the reader can sort and
sum; a cell may carry a fill colour (the coverage matrix marks quarters reported or not).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.documents.workbooks import _save
from app.documents.workbooks.style import header, page_setup, put_text, title, widths

DATE_FORMAT = "dd-mm-yyyy"


@dataclass(frozen=True)
class Cell:
    """A value with an optional fill (hex RGB, "D8F0D8")."""

    value: str | int | dt.date | None
    fill: str | None = None


def write_table_workbook(
    path: Path,
    *,
    sheet: str,
    heading: str,
    columns: Sequence[tuple[str, float]],
    rows: Sequence[Sequence[Cell]],
) -> Path:
    """Write the table to `path` (atomically); `columns` are (label, width) pairs."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    ws = book.active
    ws.title = sheet
    title(ws, 1, heading, len(columns))
    header(ws, 3, [label for label, _ in columns])
    widths(ws, [width for _, width in columns])
    for number, row in enumerate(rows, start=4):
        for col, cell in enumerate(row, start=1):
            put_text(ws, number, col, cell.value, center=not isinstance(cell.value, str))
            target = ws.cell(number, col)
            if isinstance(cell.value, dt.date):
                target.number_format = DATE_FORMAT
            if cell.fill:
                target.fill = PatternFill("solid", fgColor=cell.fill)
    page_setup(ws, header_first=3, header_last=3, landscape=True)
    _save(book, path)
    return path

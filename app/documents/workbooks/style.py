"""How PK Desk workbooks look: header cells, borders, number formats, print setup on F4.

Number formats are written in Excel's locale-neutral code (`#,##0.00`); an Indonesian Excel
shows them as 1.234,56. Each number gets exactly as many decimals as it has (319,53 / 100 /
87,3), so what staff see is what was agreed.
"""

from __future__ import annotations

from decimal import Decimal

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.documents.model import Value

NA = "N/A"
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9E2F3")
CATEGORY_FILL = PatternFill("solid", fgColor="F2F2F2")
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=12)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, vertical="top", horizontal="center")
HEAD = Alignment(wrap_text=True, vertical="center", horizontal="center")
#: Excel's paper codes: 14 is Folio 8.5 x 13 in (215.9 x 330.2 mm), the F4 of Indonesian offices.
PAPER_CODES = {"f4": 14, "a4": 9}


def number_format(value: Decimal) -> str:
    """'#,##0' for whole numbers, else as many decimals as the value has (at most 4)."""
    exponent = value.normalize().as_tuple().exponent
    decimals = min(4, -exponent) if isinstance(exponent, int) and exponent < 0 else 0
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def put_value(ws: Worksheet, row: int, col: int, value: Value | Decimal | None) -> None:
    """A target: a number cell with its format, a range or label as text, or N/A."""
    cell = ws.cell(row, col)
    cell.border = BORDER
    cell.alignment = CENTER
    if isinstance(value, Value):
        if value.label:
            cell.value = value.label
            return
        if value.upper is not None and value.number is not None and value.upper != value.number:
            cell.value = f"{_plain(value.number)} – {_plain(value.upper)}"
            return
        value = value.number
    if value is None:
        cell.value = NA
        return
    cell.value = value
    cell.number_format = number_format(value)


def _plain(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",")


def put_text(ws: Worksheet, row: int, col: int, text: object, *, center: bool = False) -> None:
    cell = ws.cell(row, col)
    cell.value = None if text in (None, "") else text
    cell.border = BORDER
    cell.alignment = CENTER if center else WRAP


def header(ws: Worksheet, row: int, labels: list[str | None], *, height: float = 30) -> None:
    for col, label in enumerate(labels, start=1):
        cell = ws.cell(row, col)
        cell.value = label
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = HEAD
        cell.border = BORDER
    ws.row_dimensions[row].height = height


def merge_header(ws: Worksheet, first: int, col1: int, last: int, col2: int) -> None:
    ws.merge_cells(start_row=first, start_column=col1, end_row=last, end_column=col2)


def title(ws: Worksheet, row: int, text: str, width: int, *, bold: bool = True) -> None:
    cell = ws.cell(row, 1)
    cell.value = text
    cell.font = TITLE if bold else Font()
    cell.alignment = Alignment(horizontal="center" if bold else "left", vertical="center")
    if width > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)


def widths(ws: Worksheet, values: list[float]) -> None:
    for col, width in enumerate(values, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def page_setup(
    ws: Worksheet, *, header_first: int, header_last: int, landscape: bool, paper: str = "f4"
) -> None:
    """Frozen header, header rows repeated on every printed page, F4 (or A4), fit to width."""
    ws.freeze_panes = ws.cell(header_last + 1, 1)
    ws.print_title_rows = f"{header_first}:{header_last}"
    ws.page_setup.paperSize = PAPER_CODES.get(paper, 14)
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.oddFooter.center.text = "Halaman &P dari &N"

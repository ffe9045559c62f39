"""Paragraph styles, line widths and colours shared by every document.

Statements (portrait) use DejaVu Sans at letter-size text; tables use DejaVu Sans Condensed
at 7–8 pt, which is what the seed tables (Arial Narrow-like, 11 columns on A4 landscape) need.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from app.documents.fonts import NARROW, NARROW_BOLD, SANS, SANS_BOLD

LINE = 0.5
HEADER_FILL = colors.HexColor("#E6E6E6")
CATEGORY_FILL = colors.HexColor("#F2F2F2")
GREY = colors.HexColor("#555555")
BLACK = colors.black
# Every table sets its cell font: ReportLab's default (Helvetica) is not embedded, and even
# an empty string cell would pull it into the page resources.
CELL_FONT = ("FONT", (0, 0), (-1, -1), NARROW, 7.6)


@dataclass(frozen=True)
class Styles:
    gov: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    body: ParagraphStyle
    body_left: ParagraphStyle
    label: ParagraphStyle
    sig: ParagraphStyle
    sig_name: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_small: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_bold_right: ParagraphStyle
    head: ParagraphStyle
    head_small: ParagraphStyle
    category: ParagraphStyle
    meta_label: ParagraphStyle
    meta_value: ParagraphStyle


def make_styles() -> Styles:
    base = ParagraphStyle("pk-base", fontName=SANS, fontSize=10.5, leading=15)
    cell = ParagraphStyle("pk-cell", fontName=NARROW, fontSize=7.6, leading=9.2, alignment=TA_LEFT)
    return Styles(
        gov=ParagraphStyle(
            "pk-gov",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=12.5,
            leading=16,
            alignment=TA_CENTER,
        ),
        title=ParagraphStyle(
            "pk-title",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=11.5,
            leading=15,
            alignment=TA_CENTER,
        ),
        subtitle=ParagraphStyle(
            "pk-subtitle",
            parent=base,
            fontName=SANS,
            fontSize=9.5,
            leading=12.5,
            alignment=TA_CENTER,
        ),
        body=ParagraphStyle("pk-body", parent=base, alignment=TA_JUSTIFY, spaceAfter=7),
        body_left=ParagraphStyle("pk-body-left", parent=base, alignment=TA_LEFT),
        label=ParagraphStyle("pk-label", parent=base, fontSize=9, leading=11.5),
        sig=ParagraphStyle("pk-sig", parent=base, fontSize=10, leading=13, alignment=TA_CENTER),
        sig_name=ParagraphStyle(
            "pk-sig-name",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=10,
            leading=13,
            alignment=TA_CENTER,
        ),
        small=ParagraphStyle("pk-small", parent=base, fontSize=8, leading=10, textColor=GREY),
        cell=cell,
        cell_small=ParagraphStyle("pk-cell-small", parent=cell, fontSize=7, leading=8.4),
        cell_center=ParagraphStyle("pk-cell-center", parent=cell, alignment=TA_CENTER),
        cell_right=ParagraphStyle("pk-cell-right", parent=cell, alignment=TA_RIGHT),
        cell_bold=ParagraphStyle("pk-cell-bold", parent=cell, fontName=NARROW_BOLD),
        cell_bold_right=ParagraphStyle(
            "pk-cell-bold-right", parent=cell, fontName=NARROW_BOLD, alignment=TA_RIGHT
        ),
        head=ParagraphStyle(
            "pk-head",
            parent=cell,
            fontName=NARROW_BOLD,
            fontSize=7.8,
            leading=9.4,
            alignment=TA_CENTER,
        ),
        head_small=ParagraphStyle(
            "pk-head-small",
            parent=cell,
            fontName=NARROW,
            fontSize=6.8,
            leading=8,
            alignment=TA_CENTER,
        ),
        category=ParagraphStyle(
            "pk-category", parent=cell, fontName=NARROW_BOLD, fontSize=8, leading=9.6
        ),
        meta_label=ParagraphStyle(
            "pk-meta-label", parent=base, fontName=SANS_BOLD, fontSize=8.6, leading=11
        ),
        meta_value=ParagraphStyle("pk-meta-value", parent=base, fontSize=8.6, leading=11),
    )

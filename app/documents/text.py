"""How values print: numbers, targets, NIP, dates, codes; and safe paragraph markup.

Every user text goes through `esc()` before it reaches a ReportLab Paragraph, whose markup
would otherwise swallow "<6 jam" or break on "PAN&RB".
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscent, stringWidth
from reportlab.platypus import Flowable, Paragraph

from app.documents.model import Signatory, Value
from app.engine.dates import format_date
from app.engine.nip import NipError, parse_nip
from app.engine.numbers import NA_TEXT, format_id


def escape(text: str) -> str:
    """&, < and > as entities, as `xml.sax.saxutils.escape` writes them; importing that
    loads urllib.request, http.client and ssl, a start-up cost a cold print need not pay."""
    return html.escape(text, quote=False)


ROMAN = ("I", "II", "III", "IV")

PERCENT_UNITS = frozenset({"%", "persen", "persentase", "prosentase", "percent"})
PLAIN_UNITS = frozenset({"nilai", "indeks", "index", "skor"})

# Codes -> printed words (seed 003 Format 1 check-box labels).
CONTROL_LABELS = {"high": "High", "moderate": "Moderate", "low": "Low"}
VALIDITY_LABELS = {"exact": "Exact", "proxy": "Proxy", "activity": "Activity"}
CASCADE_TYPE_LABELS = {"css": "Cascading SS", "c": "Cascading Non-SS", "n": "Non-Cascading"}
CASCADE_METHOD_LABELS = {"direct": "Direct", "indirect": "Indirect"}
PERIOD_CONSOLIDATION_LABELS = {"sum": "Sum", "average": "Average", "last": "Take Last Known"}
LOCATION_CONSOLIDATION_LABELS = {"sum": "Sum", "average": "Average", "raw": "Raw Data"}
POLARITY_LABELS = {"maximize": "Maximize", "minimize": "Minimize", "stabilize": "Stabilize"}
MEASURING_PERIOD_LABELS = {
    "monthly": "Bulanan",
    "quarterly": "Triwulan",
    "semester": "Semesteran",
    "annual": "Tahunan",
}
PERIOD_LABELS = {
    "TW1": "Triwulan I",
    "TW2": "Triwulan II",
    "TW3": "Triwulan III",
    "TW4": "Triwulan IV",
    "S1": "Semester I",
    "annual": "Tahunan",
}
REASON_LABELS = {
    "regulation_change": "Perubahan ketentuan peraturan perundang-undangan",
    "leadership_policy": "Kebijakan atau arahan pimpinan",
    "workload_change": "Perubahan beban kerja",
    "s1_target_reached": "Capaian Semester I telah mencapai target tahunan",
}
FIELD_LABELS = {
    "target": "Target",
    "target_upper": "Batas atas target",
    "target_label": "Target",
    "name": "Nama IKU",
    "text": "Sasaran",
    "unit_of_measure": "Satuan",
    "definition": "Definisi",
    "formula": "Formula",
    "measurement_text": "Pengukuran Kinerja",
    "polarity": "Polarisasi",
    "period_consolidation": "Konsolidasi periode",
}


def esc(text: object) -> str:
    """Paragraph-safe text; line breaks kept as <br/>."""
    if text is None:
        return ""
    return escape(str(text).strip()).replace("\r\n", "\n").replace("\n", "<br/>")


class Label(Flowable):
    """A short plain text drawn as one line, the way most table cells are ("N/A", "319,53",
    "Persen", a name). Parsing a Paragraph costs ~70 µs and a set holds tens of thousands of
    cells; this costs a string width. When the text does not fit the width it becomes a
    Paragraph after all, so it wraps exactly as one would."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._para: Paragraph | None = None
        self._avail = 0.0
        self._text_width = stringWidth(text, style.fontName, style.fontSize)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        style = self.style
        if self._para is None and self._text_width <= availWidth:
            self._avail = availWidth
            self.width, self.height = availWidth, style.leading
            return self.width, self.height
        if self._para is None:
            self._para = Paragraph(escape(self.text), style)
        self.width, self.height = self._para.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        if self._para is None:
            return []
        return self._para.split(availWidth, availHeight)

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab's name
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802
        return float(self.style.spaceAfter)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        if self._para is not None:
            self._para.drawOn(canvas, x, y, _sW)
            return
        style = self.style
        baseline = y + self.height - getAscent(style.fontName, style.fontSize)
        # No saveState/restoreState: whatever draws next (tables, paragraphs) sets its own
        # font and colours, and a cell holds tens of thousands of these in a bulk print.
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        if style.alignment == TA_CENTER:
            canvas.drawCentredString(x + self._avail / 2, baseline, self.text)
        elif style.alignment == TA_RIGHT:
            canvas.drawRightString(x + self._avail, baseline, self.text)
        else:
            canvas.drawString(x, baseline, self.text)


_LABEL_MAX = 80


def para(text: object, style: ParagraphStyle, *, markup: bool = False) -> Flowable:
    """A paragraph of user text (escaped) or of our own markup (`markup=True`); short plain
    one-line texts become a `Label`."""
    if markup:
        return Paragraph(str(text), style)
    plain = "" if text is None else str(text).strip()
    if len(plain) <= _LABEL_MAX and "\n" not in plain and style.alignment != TA_JUSTIFY:
        return Label(plain, style)
    return Paragraph(esc(plain), style)


def paras(text: str | None, style: ParagraphStyle) -> list[Paragraph]:
    """One paragraph per line of a multi-paragraph text (Pengukuran Kinerja)."""
    if not text:
        return [Paragraph("", style)]
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    return [Paragraph(escape(line), style) for line in lines if line] or [Paragraph("", style)]


def number(value: Decimal | None, decimals: int = 2) -> str:
    """319,53 / 94 / 3,25; N/A for None."""
    if value is None:
        return NA_TEXT
    return format_id(value, decimals, trim=True)


def money(value: Decimal | None) -> str:
    """8.797.819.537 (whole Rupiah, as the seed tables print budgets)."""
    if value is None:
        return "-"
    return format_id(value, 0)


def percent(value: Decimal | None) -> str:
    """80,25 (two decimals, the capaian and Nilai convention); N/A for None."""
    if value is None:
        return NA_TEXT
    return format_id(value, 2)


def value_text(value: Value) -> str:
    """A target as the seeds print it: 319,53 / 3,07 – 3,53 / WTP / N/A."""
    if value.label:
        return value.label
    if value.number is None:
        return NA_TEXT
    if value.upper is not None and value.upper != value.number:
        return f"{number(value.number)} – {number(value.upper)}"
    return number(value.number)


def target_with_unit(value: Value, unit: str | None) -> str:
    """The Kaltara lampiran's target cell: 86 / 100% / 12 paket (seed 004)."""
    text = value_text(value)
    if value.is_na or value.label or not unit:
        return text
    key = unit.strip().casefold()
    if key in PERCENT_UNITS:
        return f"{text}%"
    if key in PLAIN_UNITS:
        return text
    return f"{text} {unit.strip()}"


def nip_text(nip: str | None, grouping: bool) -> str:
    """ "NIP 196507191985032002" or, where the profile groups it, "NIP 19650719 198503 2 002"."""
    if not nip:
        return ""
    if grouping:
        try:
            return f"NIP {parse_nip(nip).grouped()}"
        except NipError:
            pass
    return f"NIP {nip}"


def place_date(place: str | None, day: dt.date | None, year: int | None) -> str:
    """ "Jakarta, 31 Januari 2024"; without a date a blank is left to write it by hand (the
    year printed after it when known)."""
    where = place or ""
    if day is not None:
        return f"{where}, {format_date(day)}"
    if year is None:
        return f"{where}, {'.' * 40}"
    blank = "\u00a0" * 24
    return f"{where}, {blank}{year}"


def numbered_lines(text: str | None) -> str:
    """ "1. Dokumen A 2. Dokumen B" -> one numbered output per line, as the seeds print them;
    only a text that starts with "1." is split, and only before 2., 3., … in turn."""
    if not text or not text.lstrip().startswith("1."):
        return text or ""
    out = text.strip()
    n = 2
    while True:
        match = re.search(rf"\s+(?={n}\.\s)", out)
        if match is None:
            return out
        out = out[: match.start()] + "\n" + out[match.end() :]
        n += 1


def date_text(day: dt.date | None) -> str:
    return format_date(day) if day is not None else "…………"


def signatory_title(person: Signatory) -> str:
    return person.title.rstrip(" ,")


def joined(items: Iterable[str | None], sep: str = ", ") -> str:
    return sep.join(i for i in items if i)


def quarter_text(quarter: int) -> str:
    return f"TW {quarter}"


def check_boxes(options: dict[str, str], chosen: str | None) -> str:
    """Seed 003 Format 1 boxes: ☒ for the chosen option, ☐ for the others (plain text)."""
    parts = []
    for code, label in options.items():
        box = "\u2612" if code == chosen else "\u2610"
        parts.append(f"{box}\u00a0{label}")
    # Non-breaking spaces: a paragraph would collapse ordinary (or em) spaces into one.
    return ("\u00a0" * 5).join(parts)

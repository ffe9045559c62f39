"""How values print: numbers, targets, NIP, dates, codes; and safe paragraph markup.

Every user text goes through `esc()` before it reaches a ReportLab Paragraph, whose markup
would otherwise swallow "<6 jam" or break on "PAN&RB".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from app.documents.model import Signatory, Value
from app.engine.dates import format_date
from app.engine.nip import NipError, parse_nip
from app.engine.numbers import NA_TEXT, format_id

ROMAN = ("I", "II", "III", "IV")

_PERCENT_UNITS = frozenset({"%", "persen", "persentase", "prosentase", "percent"})
_PLAIN_UNITS = frozenset({"nilai", "indeks", "index", "skor"})

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


def para(text: object, style: ParagraphStyle, *, markup: bool = False) -> Paragraph:
    """A paragraph of user text (escaped) or of our own markup (`markup=True`)."""
    return Paragraph(str(text) if markup else esc(text), style)


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
    if key in _PERCENT_UNITS:
        return f"{text}%"
    if key in _PLAIN_UNITS:
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


def place_date(place: str | None, day: dt.date | None, year: int) -> str:
    """ "Jakarta, 31 Januari 2024"; without a date a blank is left to write it by hand."""
    where = place or ""
    if day is not None:
        return f"{where}, {format_date(day)}"
    blank = "\u00a0" * 24
    return f"{where}, {blank}{year}"


def date_text(day: dt.date | None) -> str:
    return format_date(day) if day is not None else "…………"


def signatory_title(person: Signatory) -> str:
    return person.title.rstrip(" ,")


def joined(items: Iterable[str | None], sep: str = ", ") -> str:
    return sep.join(i for i in items if i)


def quarter_text(quarter: int) -> str:
    return f"TW {quarter}"


def check_boxes(options: dict[str, str], chosen: str | None) -> str:
    """Seed 003 Format 1 boxes: ☒ for the chosen option, ☐ for the others (markup)."""
    parts = []
    for code, label in options.items():
        box = "\u2612" if code == chosen else "\u2610"
        parts.append(f"{box}\u00a0{escape(label)}")
    # Non-breaking spaces: a paragraph would collapse ordinary (or em) spaces into one.
    return ("\u00a0" * 5).join(parts)

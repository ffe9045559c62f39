"""Display names of the data model's closed vocabularies, translated at use.

The metadata sheet (seed 003 Format 1) writes the method terms in English even in Indonesian
(Exact, Proxy, High, Take Last Known, Maximize…); those stay as the regulation prints them.
Values are marked with QT_TRANSLATE_NOOP so `pyside6-lupdate` collects them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"

VALIDITY = {
    "exact": QT_TRANSLATE_NOOP("Labels", "Exact"),
    "proxy": QT_TRANSLATE_NOOP("Labels", "Proxy"),
    "activity": QT_TRANSLATE_NOOP("Labels", "Activity"),
}
CONTROL = {
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
    "moderate": QT_TRANSLATE_NOOP("Labels", "Moderate"),
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
}
POLARITY = {
    "maximize": QT_TRANSLATE_NOOP("Labels", "Maximize"),
    "minimize": QT_TRANSLATE_NOOP("Labels", "Minimize"),
    "stabilize": QT_TRANSLATE_NOOP("Labels", "Stabilize"),
}
PERIOD_CONSOLIDATION = {
    "sum": QT_TRANSLATE_NOOP("Labels", "Sum"),
    "average": QT_TRANSLATE_NOOP("Labels", "Average"),
    "last": QT_TRANSLATE_NOOP("Labels", "Take Last Known"),
}
LOCATION_CONSOLIDATION = {
    "sum": QT_TRANSLATE_NOOP("Labels", "Sum"),
    "average": QT_TRANSLATE_NOOP("Labels", "Average"),
    "raw": QT_TRANSLATE_NOOP("Labels", "Raw Data"),
}
MEASURING_PERIOD = {
    "monthly": QT_TRANSLATE_NOOP("Labels", "Bulanan"),
    "quarterly": QT_TRANSLATE_NOOP("Labels", "Triwulanan"),
    "semester": QT_TRANSLATE_NOOP("Labels", "Semesteran"),
    "annual": QT_TRANSLATE_NOOP("Labels", "Tahunan"),
}
CASCADE_TYPE = {
    "css": QT_TRANSLATE_NOOP("Labels", "CSS (cascading dari SS)"),
    "c": QT_TRANSLATE_NOOP("Labels", "C (cascading non-SS)"),
    "n": QT_TRANSLATE_NOOP("Labels", "N (non-cascading)"),
}
CASCADE_METHOD = {
    "direct": QT_TRANSLATE_NOOP("Labels", "Direct"),
    "indirect": QT_TRANSLATE_NOOP("Labels", "Indirect"),
    "none": QT_TRANSLATE_NOOP("Labels", "Non-cascading"),
}
TARGET_ASPECT = {
    "kuantitas": QT_TRANSLATE_NOOP("Labels", "Kuantitas"),
    "kualitas": QT_TRANSLATE_NOOP("Labels", "Kualitas"),
    "waktu": QT_TRANSLATE_NOOP("Labels", "Waktu"),
    "biaya": QT_TRANSLATE_NOOP("Labels", "Biaya"),
}
TARGET_FORM = {
    "number": QT_TRANSLATE_NOOP("Labels", "Angka"),
    "range": QT_TRANSLATE_NOOP("Labels", "Rentang"),
    "predicate": QT_TRANSLATE_NOOP("Labels", "Predikat / skala"),
}
STATUS = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draf"),
    "final": QT_TRANSLATE_NOOP("Labels", "Final"),
    "signed": QT_TRANSLATE_NOOP("Labels", "Ditandatangani"),
    "superseded": QT_TRANSLATE_NOOP("Labels", "Digantikan"),
}
KIND = {
    "original": QT_TRANSLATE_NOOP("Labels", "PK awal"),
    "addendum": QT_TRANSLATE_NOOP("Labels", "Addendum PK"),
    "replacement": QT_TRANSLATE_NOOP("Labels", "PK Pengganti"),
}
CATEGORY = {
    "strategis": QT_TRANSLATE_NOOP("Labels", "Sasaran Strategis"),
    "khusus": QT_TRANSLATE_NOOP("Labels", "Sasaran Khusus"),
    "operasional": QT_TRANSLATE_NOOP("Labels", "Sasaran Operasional"),
    "ss": QT_TRANSLATE_NOOP("Labels", "Sasaran Strategis (SS)"),
    "sasaran": QT_TRANSLATE_NOOP("Labels", "Sasaran"),
}
LEVEL = {
    "gubernur": QT_TRANSLATE_NOOP("Labels", "Gubernur"),
    "jpt_madya": QT_TRANSLATE_NOOP("Labels", "JPT Madya"),
    "jpt_pratama": QT_TRANSLATE_NOOP("Labels", "JPT Pratama"),
    "administrator": QT_TRANSLATE_NOOP("Labels", "Administrator"),
    "pengawas": QT_TRANSLATE_NOOP("Labels", "Pengawas"),
    "fungsional": QT_TRANSLATE_NOOP("Labels", "Fungsional"),
    "pelaksana": QT_TRANSLATE_NOOP("Labels", "Pelaksana"),
}
SEVERITY = {
    "error": QT_TRANSLATE_NOOP("Labels", "Galat"),
    "warning": QT_TRANSLATE_NOOP("Labels", "Peringatan"),
    "hint": QT_TRANSLATE_NOOP("Labels", "Petunjuk"),
}
PERIOD = {
    "TW1": QT_TRANSLATE_NOOP("Labels", "TW I"),
    "TW2": QT_TRANSLATE_NOOP("Labels", "TW II"),
    "TW3": QT_TRANSLATE_NOOP("Labels", "TW III"),
    "TW4": QT_TRANSLATE_NOOP("Labels", "TW IV"),
    "S1": QT_TRANSLATE_NOOP("Labels", "Semester I"),
    "annual": QT_TRANSLATE_NOOP("Labels", "Tahunan"),
}
AS_OF = {
    "TW1": QT_TRANSLATE_NOOP("Labels", "Triwulan I"),
    "TW2": QT_TRANSLATE_NOOP("Labels", "Triwulan II"),
    "TW3": QT_TRANSLATE_NOOP("Labels", "Triwulan III"),
    "TW4": QT_TRANSLATE_NOOP("Labels", "Triwulan IV"),
    "S1": QT_TRANSLATE_NOOP("Labels", "Semester I"),
    "annual": QT_TRANSLATE_NOOP("Labels", "Tahunan"),
}
UNIT_KIND = {
    "government": QT_TRANSLATE_NOOP("Labels", "Pemerintah daerah"),
    "perangkat_daerah": QT_TRANSLATE_NOOP("Labels", "Perangkat Daerah"),
    "kota_administrasi": QT_TRANSLATE_NOOP("Labels", "Kota Administrasi"),
    "sekretariat": QT_TRANSLATE_NOOP("Labels", "Sekretariat"),
    "asisten": QT_TRANSLATE_NOOP("Labels", "Asisten"),
    "bagian": QT_TRANSLATE_NOOP("Labels", "Bagian"),
    "bidang": QT_TRANSLATE_NOOP("Labels", "Bidang"),
    "subbagian": QT_TRANSLATE_NOOP("Labels", "Subbagian"),
    "subkelompok": QT_TRANSLATE_NOOP("Labels", "Subkelompok"),
    "kecamatan": QT_TRANSLATE_NOOP("Labels", "Kecamatan"),
    "kelurahan": QT_TRANSLATE_NOOP("Labels", "Kelurahan"),
    "uptd": QT_TRANSLATE_NOOP("Labels", "UPTD"),
}
EMPLOYMENT = {
    "pns": QT_TRANSLATE_NOOP("Labels", "PNS"),
    "cpns": QT_TRANSLATE_NOOP("Labels", "CPNS"),
    "study_leave": QT_TRANSLATE_NOOP("Labels", "Tugas belajar"),
    "elected": QT_TRANSLATE_NOOP("Labels", "Pejabat terpilih"),
}

BAND = {
    "kritis": QT_TRANSLATE_NOOP("Labels", "Kritis"),
    "perlu_perhatian": QT_TRANSLATE_NOOP("Labels", "Perlu Perhatian"),
    "mendekati": QT_TRANSLATE_NOOP("Labels", "Mendekati"),
    "tercapai": QT_TRANSLATE_NOOP("Labels", "Tercapai"),
    "melampaui": QT_TRANSLATE_NOOP("Labels", "Melampaui"),
}


def long_text_tip(text: str | None) -> str:
    """A tooltip showing a long name (a sasaran, an IKU) whole, wrapped to a readable width:
    Qt wraps a tooltip only when it is rich text."""
    if not text:
        return ""
    return "<p>" + html.escape(text) + "</p>"


def band_label(band: object) -> str:
    """A status band's name: translated for the shipped bands, the profile's own otherwise."""
    code = getattr(band, "code", None)
    if code in BAND:
        return QCoreApplication.translate(CONTEXT, BAND[code])
    return str(getattr(band, "label", "") or "")


def label(table: dict[str, str], value: str | None, empty: str = "—") -> str:
    """The translated display name of `value` in `table` (the raw value if unknown)."""
    if value is None or value == "":
        return empty
    text = table.get(value)
    return QCoreApplication.translate(CONTEXT, text) if text else value


def choices(table: dict[str, str]) -> list[tuple[str, str]]:
    """(value, translated label) pairs in the table's order."""
    return [(value, QCoreApplication.translate(CONTEXT, text)) for value, text in table.items()]

"""Closed vocabularies of the data model, stored by their (lowercase) values.

The ones the scoring rules also use come from `app.engine.enums`, so the database and the
engine can never disagree on a value.
"""

from __future__ import annotations

from enum import StrEnum

from app.engine.enums import (
    READONLY_STATUSES,
    CascadeMethod,
    Control,
    Level,
    LocationConsolidation,
    MeasuringPeriod,
    PeriodConsolidation,
    Polarity,
    Validity,
)


class UnitKind(StrEnum):
    GOVERNMENT = "government"
    PERANGKAT_DAERAH = "perangkat_daerah"
    KOTA_ADMINISTRASI = "kota_administrasi"
    SEKRETARIAT = "sekretariat"
    ASISTEN = "asisten"
    BAGIAN = "bagian"
    BIDANG = "bidang"
    SUBBAGIAN = "subbagian"
    SUBKELOMPOK = "subkelompok"
    KECAMATAN = "kecamatan"
    KELURAHAN = "kelurahan"
    UPTD = "uptd"


class EmploymentStatus(StrEnum):
    PNS = "pns"
    CPNS = "cpns"
    STUDY_LEAVE = "study_leave"
    ELECTED = "elected"


class ActingPrefix(StrEnum):
    PLT = "Plt."
    PLH = "Plh."
    PJ = "Pj."


class AgreementKind(StrEnum):
    ORIGINAL = "original"
    ADDENDUM = "addendum"
    REPLACEMENT = "replacement"


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"
    SIGNED = "signed"
    SUPERSEDED = "superseded"


# Agreements whose content no longer changes (only realisations and scans may follow): the
# engine's plain strings, as members.
LOCKED_STATUSES = tuple(status for status in AgreementStatus if status.value in READONLY_STATUSES)


class GoalCategory(StrEnum):
    STRATEGIS = "strategis"
    KHUSUS = "khusus"
    OPERASIONAL = "operasional"
    SS = "ss"
    SASARAN = "sasaran"


class CascadeType(StrEnum):
    CSS = "css"
    C = "c"
    N = "n"


class TargetAspect(StrEnum):
    KUANTITAS = "kuantitas"
    KUALITAS = "kualitas"
    WAKTU = "waktu"
    BIAYA = "biaya"


class TargetForm(StrEnum):
    NUMBER = "number"
    RANGE = "range"
    PREDICATE = "predicate"


class CompletionSource(StrEnum):
    """Where a 'persentase penyelesaian rencana aksi' indicator takes its realisation from."""

    NONE = "none"
    KSD = "ksd"
    ACTION_PLAN = "action_plan"


class Period(StrEnum):
    TW1 = "TW1"
    TW2 = "TW2"
    TW3 = "TW3"
    TW4 = "TW4"
    S1 = "S1"
    S2 = "S2"
    ANNUAL = "annual"
    B01 = "B01"
    B02 = "B02"
    B03 = "B03"
    B04 = "B04"
    B05 = "B05"
    B06 = "B06"
    B07 = "B07"
    B08 = "B08"
    B09 = "B09"
    B10 = "B10"
    B11 = "B11"
    B12 = "B12"


QUARTERS: tuple[Period, ...] = (Period.TW1, Period.TW2, Period.TW3, Period.TW4)


class OutputStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class ChangeReason(StrEnum):
    """Why an addendum or a post-finalisation Rencana Aksi change was made (seed 000/003)."""

    REGULATION_CHANGE = "regulation_change"
    LEADERSHIP_POLICY = "leadership_policy"
    WORKLOAD_CHANGE = "workload_change"
    S1_TARGET_REACHED = "s1_target_reached"


class AttachmentKind(StrEnum):
    SIGNED_SCAN = "signed_scan"
    PRINTED_PDF = "printed_pdf"


__all__ = [
    "QUARTERS",
    "ActingPrefix",
    "AgreementKind",
    "AgreementStatus",
    "AttachmentKind",
    "CascadeMethod",
    "CascadeType",
    "ChangeReason",
    "CompletionSource",
    "Control",
    "EmploymentStatus",
    "GoalCategory",
    "Level",
    "LocationConsolidation",
    "MeasuringPeriod",
    "OutputStatus",
    "Period",
    "PeriodConsolidation",
    "Polarity",
    "TargetAspect",
    "TargetForm",
    "UnitKind",
    "Validity",
]

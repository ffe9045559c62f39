"""The closed vocabularies of the scoring rules (seed 003 metadata check boxes).

They are `StrEnum`s so that values read from JSON, the database or a scenario compare and
serialise as their plain lower-case names.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

# Agreement statuses whose content no longer changes (realisations and scans may still follow).
# The one list: the models' LOCKED_STATUSES, the signed guard and the screens derive from it.
READONLY_STATUSES: frozenset[str] = frozenset({"signed", "superseded"})


class Polarity(StrEnum):
    MAXIMIZE = "maximize"
    MINIMIZE = "minimize"
    STABILIZE = "stabilize"


class PeriodConsolidation(StrEnum):
    SUM = "sum"
    AVERAGE = "average"
    LAST = "last"  # "Take Last Known"


class LocationConsolidation(StrEnum):
    SUM = "sum"
    AVERAGE = "average"
    RAW = "raw"  # "Raw Data": add numerators and denominators, then divide


class Validity(StrEnum):
    EXACT = "exact"
    PROXY = "proxy"
    ACTIVITY = "activity"


class Control(StrEnum):
    HIGH = "high"
    MODERATE = "moderate"
    LOW = "low"


class MeasuringPeriod(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    SEMESTER = "semester"
    ANNUAL = "annual"


class Level(StrEnum):
    """Position levels, highest first (glossary in SPEC §2)."""

    GUBERNUR = "gubernur"
    JPT_MADYA = "jpt_madya"
    JPT_PRATAMA = "jpt_pratama"
    ADMINISTRATOR = "administrator"
    PENGAWAS = "pengawas"
    FUNGSIONAL = "fungsional"
    PELAKSANA = "pelaksana"


class ScoreMode(StrEnum):
    """How Nilai Kinerja combines sasaran: weighted IKU mean (default) or plain goal mean."""

    WEIGHTED = "weighted"
    MEAN_OF_GOALS = "mean_of_goals"


class CascadeMethod(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    NONE = "none"  # non-cascading


class Severity(StrEnum):
    ERROR = "error"  # blocks "final"
    WARNING = "warning"
    HINT = "hint"


E = TypeVar("E", bound=StrEnum)


def parse_enum(kind: type[E], value: object) -> E:
    """Map a case-insensitive name (with spaces or dashes allowed) to a member.

    Raises ValueError whose message lists the accepted values, so callers can prefix a path.
    """
    if isinstance(value, kind):
        return value
    if isinstance(value, str):
        key = value.strip().lower().replace(" ", "_").replace("-", "_")
        aliases = _ALIASES.get(kind, {})
        key = aliases.get(key, key)
        try:
            return kind(key)
        except ValueError:
            pass
    raise ValueError(f"unknown value {value!r} (expected {expected_values(kind)})")


def value_lookup(kind: type[E]) -> dict[str | None, E | None]:
    """value -> member, with None -> None, so a hot loop converts a stored or decoded value
    with one dict lookup (only exact lower-case values; `parse_enum` reads the rest)."""
    return {None: None, **{member.value: member for member in kind}}


def expected_values(kind: type[StrEnum]) -> str:
    """'a, b or c' for error messages."""
    names = [m.value for m in kind]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " or " + names[-1]


_ALIASES: dict[type[StrEnum], dict[str, str]] = {
    PeriodConsolidation: {"take_last_known": "last", "take_last_known_value": "last"},
    LocationConsolidation: {"raw_data": "raw"},
    MeasuringPeriod: {"semesteran": "semester", "triwulanan": "quarterly", "bulanan": "monthly"},
}


# Exact stored/decoded values -> members, for the loops that read a province (value_lookup).
VALIDITY_BY_VALUE = value_lookup(Validity)
CONTROL_BY_VALUE = value_lookup(Control)
POLARITY_BY_VALUE = value_lookup(Polarity)
PERIOD_CONSOLIDATION_BY_VALUE = value_lookup(PeriodConsolidation)
MEASURING_PERIOD_BY_VALUE = value_lookup(MeasuringPeriod)
LOCATION_CONSOLIDATION_BY_VALUE = value_lookup(LocationConsolidation)
CASCADE_METHOD_BY_VALUE = value_lookup(CascadeMethod)

"""Cascade rules fed with facts from two agreements (SPEC §5.6-5.7, seed 003 §2.2.3).

Direct cascade: the child adopts the parent's IKU whole, so name, target, unit, target
aspect, definition, formula, polarity, period consolidation and reporting period must equal.
Indirect cascade: unit, aspect, polarity, consolidation and reporting period must equal, and
the distributed targets must add up ("dibagi habis") or average to the parent's.
Non-cascading IKUs are never consolidated into a parent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.engine.enums import CascadeMethod, LocationConsolidation, Severity
from app.engine.findings import (
    CASCADE_MISMATCH,
    MISSING_METADATA,
    NONCASCADING_CONSOLIDATED,
    Finding,
)
from app.engine.rules import TOLERANCE, normalized_name


@dataclass(frozen=True, slots=True)
class CascadeIndicatorFacts:
    """The metadata of one side of a cascade link, as plain values (enums as their names)."""

    indicator_id: str
    name: str
    goal_id: str | None = None
    annual_target: Decimal | None = None
    unit: str | None = None
    target_aspect: str | None = None
    definition: str | None = None
    formula: str | None = None
    polarity: str | None = None
    period_consolidation: str | None = None
    reporting_period: str | None = None  # measuring period
    location_consolidation: str | None = None
    owner: str | None = None  # official or unit name, for the message


@dataclass(frozen=True, slots=True)
class CascadeChild:
    facts: CascadeIndicatorFacts
    method: CascadeMethod
    target_share: Decimal | None = None  # the link's share when the child has no target yet


DIRECT_FIELDS = (
    "name",
    "annual_target",
    "unit",
    "target_aspect",
    "definition",
    "formula",
    "polarity",
    "period_consolidation",
    "reporting_period",
)
INDIRECT_FIELDS = ("unit", "target_aspect", "polarity", "period_consolidation", "reporting_period")
_TEXT_FIELDS = frozenset({"name", "unit", "target_aspect", "definition", "formula"})


def _same(field: str, a: object, b: object) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return abs(a - b) <= TOLERANCE
    if field in _TEXT_FIELDS and isinstance(a, str) and isinstance(b, str):
        return normalized_name(a) == normalized_name(b)
    return str(a).strip().casefold() == str(b).strip().casefold()


def check_cascade(parent: CascadeIndicatorFacts, children: Sequence[CascadeChild]) -> list[Finding]:
    """cascade_mismatch findings for one parent IKU and its cascaded children (error each)."""
    out: list[Finding] = []
    subject = {"parent": parent.name, "parent_owner": parent.owner or ""}
    for child in children:
        if child.method is CascadeMethod.NONE:
            continue
        fields = DIRECT_FIELDS if child.method is CascadeMethod.DIRECT else INDIRECT_FIELDS
        for name in fields:
            mine, theirs = getattr(child.facts, name), getattr(parent, name)
            if _same(name, mine, theirs):
                continue
            out.append(
                Finding(
                    CASCADE_MISMATCH,
                    Severity.ERROR,
                    "cascade_field_mismatch",
                    {
                        **subject,
                        "indicator": child.facts.name,
                        "method": str(child.method),
                        "field": name,
                        "child_value": "—" if mine is None else mine,
                        "parent_value": "—" if theirs is None else theirs,
                    },
                    child.facts.goal_id,
                    child.facts.indicator_id,
                    name,
                )
            )
    out.extend(_check_distribution(parent, children))
    return out


def _check_distribution(
    parent: CascadeIndicatorFacts, children: Sequence[CascadeChild]
) -> list[Finding]:
    indirect = [c for c in children if c.method is CascadeMethod.INDIRECT]
    if not indirect or parent.annual_target is None:
        return []
    mode_name = parent.location_consolidation or next(
        (c.facts.location_consolidation for c in indirect if c.facts.location_consolidation), None
    )
    if mode_name is None:
        return []
    mode = LocationConsolidation(mode_name)
    if mode is LocationConsolidation.RAW:
        return []  # raw data has no target identity to check
    values = [
        c.facts.annual_target if c.facts.annual_target is not None else c.target_share
        for c in indirect
    ]
    known = [v for v in values if v is not None]
    if len(known) != len(values):
        return []  # the panel reports missing child targets through missing_metadata
    total = sum(known, Decimal(0))
    combined = total if mode is LocationConsolidation.SUM else total / len(known)
    if abs(combined - parent.annual_target) <= TOLERANCE:
        return []
    return [
        Finding(
            CASCADE_MISMATCH,
            Severity.ERROR,
            "cascade_sum_mismatch"
            if mode is LocationConsolidation.SUM
            else "cascade_average_mismatch",
            {
                "parent": parent.name,
                "indicator": parent.name,
                "children_value": combined,
                "parent_target": parent.annual_target,
                "count": len(known),
            },
            parent.goal_id,
            parent.indicator_id,
            "annual_target",
        )
    ]


@dataclass(frozen=True, slots=True)
class NonCascadingFacts:
    indicator_id: str
    name: str
    goal_id: str | None
    cascade_type: str | None  # CSS, C or N (seed 003 §2.2.3)
    location_consolidation: str | None = None
    consolidated_into_parent: bool = False


def check_noncascading(facts: Sequence[NonCascadingFacts]) -> list[Finding]:
    """noncascading_consolidated: an IKU of type N must not consolidate into a parent."""
    out = []
    for f in facts:
        if (f.cascade_type or "").upper() != "N":
            continue
        if f.location_consolidation is None and not f.consolidated_into_parent:
            continue
        out.append(
            Finding(
                NONCASCADING_CONSOLIDATED,
                Severity.ERROR,
                "noncascading_consolidated",
                {"indicator": f.name, "consolidation": f.location_consolidation or "—"},
                f.goal_id,
                f.indicator_id,
                "location_consolidation",
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class SheetFacts:
    """What the metadata sheet (seed 003 Format 1) shows beyond the fields the score needs."""

    indicator_id: str
    name: str
    goal_id: str | None
    goal: str
    cascade_type: str | None  # CSS, C or N
    cascade_method: str | None  # direct / indirect / none
    misi: str | None = None
    responsible: str | None = None  # Penanggungjawab IKU (unit or person)
    data_provider: str | None = None


#: Sheet fields a reader of Format 1 expects filled (warning when blank).
SHEET_FIELDS = ("misi", "responsible", "data_provider")


def check_metadata_sheet(facts: Sequence[SheetFacts]) -> list[Finding]:
    """missing_metadata on the metadata sheet: a blank Misi, Penanggungjawab IKU or Penyedia
    Data (warning); a Cascading SS IKU without Direct or Indirect ticked (error: seed 003's
    guide to Format 1 asks for one of the two on every cascading IKU)."""
    out = []
    for f in facts:
        subject = {"goal": f.goal, "indicator": f.name}
        for name in SHEET_FIELDS:
            value = getattr(f, name)
            if value is None or not str(value).strip():
                out.append(
                    Finding(
                        MISSING_METADATA,
                        Severity.WARNING,
                        "missing_metadata",
                        {**subject, "field": name},
                        f.goal_id,
                        f.indicator_id,
                        name,
                    )
                )
        method = (f.cascade_method or "").lower()
        if (f.cascade_type or "").upper() == "CSS" and method not in ("direct", "indirect"):
            out.append(
                Finding(
                    MISSING_METADATA,
                    Severity.ERROR,
                    "cascade_method_missing",
                    subject,
                    f.goal_id,
                    f.indicator_id,
                    "cascade_method",
                )
            )
    return out

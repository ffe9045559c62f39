"""mandatory_missing: an IKU the province made mandatory ("IKU wajib") is missing.

The province issues mandatory indicators with a stable code, the years and the position
levels and units they apply to (SPEC §4, §9). The service passes them in as plain facts; an
agreement carries one when any of its IKUs has that code as its reference code.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from app.engine.enums import Level, Severity
from app.engine.findings import MANDATORY_MISSING, Finding

READONLY_STATUSES = frozenset({"signed", "superseded"})


@dataclass(frozen=True, slots=True)
class MandatoryFacts:
    """One mandatory indicator as issued; empty `levels` / `unit_codes` mean every one."""

    code: str
    name: str
    year_from: int
    year_to: int
    levels: tuple[str, ...] = ()
    unit_codes: tuple[str, ...] = ()


def applies(
    mandatory: MandatoryFacts, year: int, level: Level | str | None, unit_chain: Iterable[str]
) -> bool:
    """Does it bind an agreement of `year` whose owner has `level`, in a unit whose code (or
    whose ancestors' codes) is in `unit_chain`?"""
    if not mandatory.year_from <= year <= mandatory.year_to:
        return False
    if mandatory.levels and (level is None or str(level) not in mandatory.levels):
        return False
    return not mandatory.unit_codes or any(code in mandatory.unit_codes for code in unit_chain)


def check_mandatory(
    required: Iterable[MandatoryFacts],
    *,
    year: int,
    level: Level | str | None,
    unit_chain: Collection[str],
    present_codes: Collection[str],
    status: str = "draft",
) -> list[Finding]:
    """An error per applicable mandatory indicator no IKU of the agreement carries."""
    if status in READONLY_STATUSES:
        return []
    return [
        Finding(
            MANDATORY_MISSING,
            Severity.ERROR,
            "mandatory_missing",
            {"indicator": m.name, "code": m.code},
            field="indicators",
        )
        for m in required
        if m.code not in present_codes and applies(m, year, level, unit_chain)
    ]

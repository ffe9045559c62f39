"""Rules judged from the agreement's own content (SPEC §5.1-5.5, seed 003 §2.1.2.1).

These are the rules a self-contained scenario can judge: quality_forbidden,
activity_only_goal, duplicate_indicator, missing_metadata, trajectory_mismatch. Rules that
need facts from other records (cascade, action plans, dates, signatures) live in
`cascade_rules` and `lifecycle_rules` and take those facts as plain inputs.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from decimal import Decimal
from operator import attrgetter

from app.engine.agreement import AgreementInput, GoalInput, IndicatorInput, SeriesT
from app.engine.enums import Control, Level, Severity, Validity
from app.engine.findings import (
    ACTIVITY_ONLY_GOAL,
    DUPLICATE_INDICATOR,
    MISSING_METADATA,
    QUALITY_FORBIDDEN,
    TRAJECTORY_MISMATCH,
    Finding,
)
from app.engine.periods import consolidate
from app.engine.profile import ForbiddenQuality, Profile

# Half a unit of the last printed decimal: differences below it are rounding, not mistakes.
TOLERANCE = Decimal("0.005")

# Metadata fields and how much their absence weighs (SPEC §5.4).
REQUIRED_FIELDS = (
    "targets",
    "unit",
    "polarity",
    "period_consolidation",
    "validity",
    "control",
    "measuring_period",
)
RECOMMENDED_FIELDS = ("definition", "formula")
ALL_METADATA_FIELDS = frozenset(REQUIRED_FIELDS + RECOMMENDED_FIELDS)


def normalized_name(text: str) -> str:
    """Names compare without case and extra spaces ("Persentase  X" == "persentase x")."""
    return " ".join(text.split()).casefold()


def _subject(goal: GoalInput, ind: IndicatorInput | None = None) -> dict[str, str]:
    out = {"goal": goal.name or goal.id}
    if ind is not None:
        out["indicator"] = ind.name or ind.id
    return out


def check_quality(agreement: AgreementInput, profile: Profile) -> list[Finding]:
    """quality_forbidden: activity-low and exact-high everywhere; activity-high for JPT."""
    out = []
    level = agreement.level
    # one answer per validity x control: a province has six of them and 30,000 IKUs
    rules: dict[tuple[Validity | None, Control | None], ForbiddenQuality | None] = {}
    for goal in agreement.goals:  # not agreement.indicators(): no list of 30,000 pairs
        for ind in goal.indicators:
            key = (ind.validity, ind.control)
            if key in rules:
                rule = rules[key]
            else:
                rule = rules[key] = profile.forbidden_for(ind.validity, ind.control, level)
            if rule is not None:
                out.append(_forbidden(goal, ind, rule, level))
    return out


def _forbidden(
    goal: GoalInput, ind: IndicatorInput, rule: ForbiddenQuality, level: Level | None
) -> Finding:
    """The quality_forbidden finding of one IKU."""
    params: dict[str, object] = {
        **_subject(goal, ind),
        "validity": str(ind.validity),
        "control": str(ind.control),
    }
    message = "quality_forbidden"
    if rule.levels:
        message = "quality_forbidden_level"
        params["level"] = str(level)
    return Finding(QUALITY_FORBIDDEN, Severity.ERROR, message, params, goal.id, ind.id, "validity")


def check_activity_only(agreement: AgreementInput, profile: Profile) -> list[Finding]:
    """activity_only_goal: a JPT sasaran measured only by activity IKUs (seed 003 §2.1.2.1c)."""
    if not profile.is_jpt(agreement.level):
        return []
    out = []
    for goal in agreement.goals:
        inds = goal.indicators
        if inds and all(i.validity is Validity.ACTIVITY for i in inds):
            params = {**_subject(goal), "level": str(agreement.level)}
            out.append(
                Finding(ACTIVITY_ONLY_GOAL, Severity.ERROR, "activity_only_goal", params, goal.id)
            )
    return out


def check_duplicates(agreement: AgreementInput) -> list[Finding]:
    """duplicate_indicator: one IKU measures one sasaran only (seed 003 §2.1.2.1d)."""
    seen: dict[str, GoalInput] = {}
    out = []
    for goal in agreement.goals:  # not agreement.indicators(): no list of 30,000 pairs
        for ind in goal.indicators:
            name = ind.name or ind.id
            # normalized_name, inlined; an ASCII name without control characters, double or
            # outer spaces (nearly all) is already spaced as it would be rejoined
            if (
                name.isascii()
                and name.isprintable()
                and "  " not in name
                and name[:1] != " "
                and name[-1:] != " "
            ):
                key = name.casefold()
            else:
                key = " ".join(name.split()).casefold()
            first = seen.get(key)
            if first is None:
                seen[key] = goal
            else:
                out.append(_duplicate(goal, ind, first))
    return out


def _duplicate(goal: GoalInput, ind: IndicatorInput, first: GoalInput) -> Finding:
    """The duplicate_indicator finding of an IKU whose name `first` already holds."""
    params = {**_subject(goal, ind), "other_goal": first.name or first.id}
    message = "duplicate_indicator_same_goal" if first is goal else "duplicate_indicator"
    return Finding(DUPLICATE_INDICATOR, Severity.ERROR, message, params, goal.id, ind.id, "name")


def _has_target(ind: IndicatorInput) -> bool:
    if ind.annual_target is not None:
        return True
    for value in ind.targets:  # the first is usually there
        if value is not None:
            return True
    return any(
        any(v is not None for v in loc.targets)
        or (loc.target_numerators is not None and any(v is not None for v in loc.target_numerators))
        for loc in ind.locations
    )


MetadataFields = Collection[str] | Mapping[str, Collection[str]]


def check_metadata(
    agreement: AgreementInput, fields: MetadataFields = ALL_METADATA_FIELDS
) -> list[Finding]:
    """missing_metadata: target, unit and the metadata the score needs (error); definition and
    formula (warning).

    `fields` limits the check to what the source can carry, for all IKUs or per IKU id (a
    scenario that does not mention units is not told that every unit is missing).
    """
    out = []
    per_indicator = isinstance(fields, Mapping)
    # The fields to judge, in message order, per distinct set of wanted fields (a province
    # has a handful of such sets and 30,000 indicators).
    plans: dict[int, _MetadataPlan] = {}
    last: object = None  # the previous IKU's wanted fields and plan: most IKUs share them
    plan = _MetadataPlan(())
    for goal in agreement.goals:
        for ind in goal.indicators:
            wanted = fields.get(ind.id, ALL_METADATA_FIELDS) if per_indicator else fields  # type: ignore[union-attr]
            if wanted is not last:
                last = wanted
                plan = plans.get(id(wanted))  # type: ignore[assignment]
                if plan is None:
                    plan = plans[id(wanted)] = _MetadataPlan(wanted)  # type: ignore[arg-type]
            if plan.complete(ind):
                continue
            for name in plan.names:
                if name == "targets":
                    if _has_target(ind):
                        continue
                else:
                    value = getattr(ind, name)
                    if value is not None and (type(value) is not str or value.strip()):
                        continue
                out.append(_missing(goal, ind, name))
    return out


# The metadata fields that hold text (the others are enums or value series).
_TEXT_FIELDS = frozenset({"unit", "definition", "formula"})


class _MetadataPlan:
    """The wanted metadata fields of one kind of IKU, and a quick test that an IKU has all of
    them, so that only an IKU missing something is walked field by field."""

    __slots__ = ("names", "targets", "values", "texts")

    def __init__(self, wanted: Collection[str]) -> None:
        self.names = tuple(n for n in REQUIRED_FIELDS + RECOMMENDED_FIELDS if n in wanted)
        self.targets = "targets" in self.names
        others = [n for n in self.names if n != "targets"]
        texts = [n for n in others if n in _TEXT_FIELDS]
        self.values = attrgetter(*others) if len(others) > 1 else _as_tuple(others)
        self.texts = attrgetter(*texts) if len(texts) > 1 else _as_tuple(texts)

    def complete(self, ind: IndicatorInput) -> bool:
        if None in self.values(ind):
            return False
        if self.targets:
            targets = ind.targets  # a TW1 target: the common case, without _has_target's call
            if (not targets or targets[0] is None) and not _has_target(ind):
                return False
        try:
            return all(map(str.strip, self.texts(ind)))
        except TypeError:  # not text after all: judged field by field
            return False


def _as_tuple(names: list[str]) -> Callable[[IndicatorInput], tuple[object, ...]]:
    """attrgetter for zero or one name, still giving a tuple: the one name twice, which tests
    the same and needs no Python-level call per IKU."""
    if not names:
        return lambda ind: ()
    return attrgetter(names[0], names[0])


def _missing(goal: GoalInput, ind: IndicatorInput, name: str) -> Finding:
    severity = Severity.ERROR if name in REQUIRED_FIELDS else Severity.WARNING
    params = {**_subject(goal, ind), "field": name}
    return Finding(MISSING_METADATA, severity, "missing_metadata", params, goal.id, ind.id, name)


def _trajectory_expected(values: SeriesT, ind: IndicatorInput) -> Decimal | None:
    method = ind.period_consolidation
    if method is None:
        return None
    return consolidate(values, method, len(values))


def check_trajectory(agreement: AgreementInput) -> list[Finding]:
    """trajectory_mismatch: the annual target agrees with the quarters per period
    consolidation (Sum: their sum; Take Last Known: the last non-N/A; Average: their mean)."""
    out = []
    for goal in agreement.goals:
        for ind in goal.indicators:
            if ind.annual_target is not None or ind.annual_target_high is not None:
                out.extend(_trajectory_findings(goal, ind))
    return out


def _trajectory_findings(goal: GoalInput, ind: IndicatorInput) -> list[Finding]:
    """trajectory_mismatch of one IKU that writes an annual target."""
    out = []
    checks: list[tuple[Decimal | None, SeriesT | None, str]] = [
        (ind.annual_target, ind.targets, "annual_target"),
        (ind.annual_target_high, ind.targets_high, "annual_target_high"),
    ]
    for annual, series, field_name in checks:
        if annual is None or series is None:
            continue
        expected = _trajectory_expected(series, ind)  # None when no quarter has a value
        if expected is None or abs(expected - annual) <= TOLERANCE:
            continue
        params = {
            **_subject(goal, ind),
            "annual": annual,
            "expected": expected,
            "method": str(ind.period_consolidation),
        }
        out.append(
            Finding(
                TRAJECTORY_MISMATCH,
                Severity.ERROR,
                "trajectory_mismatch",
                params,
                goal.id,
                ind.id,
                field_name,
            )
        )
    return out


def check_agreement(
    agreement: AgreementInput,
    profile: Profile,
    *,
    metadata_fields: MetadataFields = ALL_METADATA_FIELDS,
) -> list[Finding]:
    """All content rules, in a stable order: by rule, then sasaran and IKU order."""
    return [
        *check_quality(agreement, profile),
        *check_activity_only(agreement, profile),
        *check_duplicates(agreement),
        *check_metadata(agreement, metadata_fields),
        *check_trajectory(agreement),
    ]

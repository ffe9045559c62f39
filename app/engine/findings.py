"""Rule findings: a stable rule id, a severity and a message id with parameters.

The engine never builds sentences; `app.engine.messages.render` turns a finding into
Indonesian or English text, so the UI panel, the CLI and the scenario result share wording.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import msgspec

from app.engine.enums import Severity

# Stable rule ids (SPEC §5).
QUALITY_FORBIDDEN = "quality_forbidden"
ACTIVITY_ONLY_GOAL = "activity_only_goal"
DUPLICATE_INDICATOR = "duplicate_indicator"
MISSING_METADATA = "missing_metadata"
TRAJECTORY_MISMATCH = "trajectory_mismatch"
CASCADE_MISMATCH = "cascade_mismatch"
NONCASCADING_CONSOLIDATED = "noncascading_consolidated"
ACTION_PLAN_GAP = "action_plan_gap"
DEADLINE = "deadline"
ADDENDUM_RULE = "addendum_rule"
SIGNED_READONLY = "signed_readonly"
NIP_INVALID = "nip_invalid"
PK_NOT_REQUIRED = "pk_not_required"
# What a new user forgets: sasaran, IKU, Pihak Kedua, signing place and date (issue 10).
AGREEMENT_INCOMPLETE = "agreement_incomplete"
# An IKU the province made mandatory for the agreement's level and unit is missing.
MANDATORY_MISSING = "mandatory_missing"

ALL_RULES = (
    QUALITY_FORBIDDEN,
    ACTIVITY_ONLY_GOAL,
    DUPLICATE_INDICATOR,
    MISSING_METADATA,
    TRAJECTORY_MISMATCH,
    CASCADE_MISMATCH,
    NONCASCADING_CONSOLIDATED,
    ACTION_PLAN_GAP,
    DEADLINE,
    ADDENDUM_RULE,
    SIGNED_READONLY,
    NIP_INVALID,
    PK_NOT_REQUIRED,
    AGREEMENT_INCOMPLETE,
    MANDATORY_MISSING,
)

# The rules a self-contained scenario can judge (SPEC §6.6).
SCENARIO_RULES = (
    QUALITY_FORBIDDEN,
    ACTIVITY_ONLY_GOAL,
    DUPLICATE_INDICATOR,
    MISSING_METADATA,
    TRAJECTORY_MISMATCH,
)

_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.HINT: 2}


class Finding(msgspec.Struct, frozen=True, gc=False):
    """One rule result. `field` names the input field to jump to (e.g. "polarity", "TW2").

    `params` holds what the message needs (names, numbers, dates); values may be str, int,
    Decimal, date, or lists of str.
    """

    rule: str
    severity: Severity
    message_id: str
    params: Mapping[str, Any] = msgspec.field(default_factory=dict)
    goal_id: str | None = None
    indicator_id: str | None = None
    field: str | None = None

    @property
    def blocks_final(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[int, str]:
        return (_SEVERITY_ORDER[self.severity], self.rule)

    __hash__ = None  # type: ignore[assignment]  # params is a dict

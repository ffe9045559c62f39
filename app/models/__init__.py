"""SQLAlchemy models, migrations and database opening. No Qt here."""

from app.models.agreement import AddendumRecord, Agreement, Attachment, Program
from app.models.audit import AuditEntry
from app.models.base import Base, RecordMixin
from app.models.indicator import (
    CascadeLink,
    CrosscuttingParty,
    Goal,
    Indicator,
    IndicatorHistory,
    IndicatorLocation,
    LocationValue,
    PeriodValue,
)
from app.models.organisation import ActingAssignment, Official, RpjmdGoal, Unit
from app.models.planning import ActionOutput, ActionPlan, Ksd, KsdMonthTarget, SuccessCriterion
from app.models.reference import (
    MandatoryIndicator,
    ProfileUpdate,
    ReferenceKsd,
    RpjmdIndicator,
)
from app.models.settings import OfficeSettings
from app.models.signed_guard import SignedAgreementChanged

__all__ = [
    "ActingAssignment",
    "ActionOutput",
    "ActionPlan",
    "AddendumRecord",
    "Agreement",
    "Attachment",
    "AuditEntry",
    "Base",
    "CascadeLink",
    "CrosscuttingParty",
    "Goal",
    "Indicator",
    "IndicatorHistory",
    "IndicatorLocation",
    "Ksd",
    "KsdMonthTarget",
    "LocationValue",
    "MandatoryIndicator",
    "OfficeSettings",
    "Official",
    "PeriodValue",
    "Program",
    "ProfileUpdate",
    "ReferenceKsd",
    "RecordMixin",
    "RpjmdGoal",
    "RpjmdIndicator",
    "SignedAgreementChanged",
    "SuccessCriterion",
    "Unit",
]

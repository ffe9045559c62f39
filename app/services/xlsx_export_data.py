"""The raw indicator metadata codes the workbook export writes beside the printed document."""

from __future__ import annotations

import enum

from sqlalchemy import select

from app.documents.workbooks.layout import METADATA_HEADERS
from app.models import Goal, Indicator
from app.models.database import Database


def _code(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    return str(value)


def indicator_metadata(db: Database, agreement_id: str) -> dict[str, dict[str, str | None]]:
    """{indicator id: {field: code}} for every IKU of the agreement."""
    with db.session() as session:
        indicators = session.scalars(
            select(Indicator).join(Goal).where(Goal.agreement_id == agreement_id)
        )
        return {
            ind.id: {field: _code(getattr(ind, field)) for field in METADATA_HEADERS}
            for ind in indicators
        }

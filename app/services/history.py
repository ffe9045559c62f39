"""The history of one agreement ("Riwayat perubahan"): every audited change to it and to
everything under it, newest first, for the editor's tab and for export (CSV or JSON)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select

from app.models import Agreement, AuditEntry
from app.models.database import Database
from app.services.organisation import get

EXPORT_COLUMNS = (
    "at",
    "user",
    "action",
    "operation",
    "entity",
    "entity_id",
    "field",
    "old_value",
    "new_value",
)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: dt.datetime
    user: str
    action: str
    operation: str  # insert / update / delete / purge
    entity: str  # table name: agreements, goals, indicators, period_values, ...
    entity_id: str
    field: str | None
    old_value: str | None
    new_value: str | None

    def as_dict(self) -> dict[str, Any]:
        row = asdict(self)
        row["at"] = self.at.isoformat()
        return row


def agreement_history(
    db: Database, agreement_id: str, *, limit: int | None = None
) -> list[HistoryEntry]:
    """Newest first; `limit` keeps the editor's tab quick on a long-lived agreement."""
    with db.session() as session:
        get(session, Agreement, agreement_id, "Perjanjian kinerja")
        query = (
            select(AuditEntry)
            .where(AuditEntry.agreement_id == agreement_id)
            .order_by(AuditEntry.at.desc(), AuditEntry.entity, AuditEntry.field)
        )
        if limit is not None:
            query = query.limit(limit)
        return [
            HistoryEntry(
                at=row.at,
                user=row.user,
                action=row.action,
                operation=row.operation,
                entity=row.entity,
                entity_id=row.entity_id,
                field=row.field,
                old_value=row.old_value,
                new_value=row.new_value,
            )
            for row in session.scalars(query)
        ]


def history_csv(entries: list[HistoryEntry]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for entry in entries:
        writer.writerow(entry.as_dict())
    return buffer.getvalue()

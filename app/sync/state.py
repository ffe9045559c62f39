"""Where each agreement stands with the province: not sent, sent, accepted, or returned."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import Connection, func, select

from app.models.changelog import SyncRevision, SyncState
from app.models.database import Database
from app.sync import entities

NOT_SENT, SENT, SYNCED, RETURNED = "not_sent", "exported", "synced", "returned"
LABELS = {
    NOT_SENT: ("belum dikirim", "not sent"),
    SENT: ("terkirim", "sent"),
    SYNCED: ("diterima provinsi", "accepted by the province"),
    RETURNED: ("dikembalikan", "returned"),
}


def label(state: str, reason: str | None, lang: str = "id") -> str:
    """ "dikembalikan: alasan" and the other states, as the tree and header show them."""
    text = LABELS[state][1 if lang == "en" else 0]
    return f"{text}: {reason}" if state == RETURNED and reason else text


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _unsent_since(conn: Connection) -> dict[str, dt.datetime]:
    """Per agreement, the time of its latest edit not yet sent (nor received from elsewhere),
    aggregated by the database along each table's path to its agreement."""
    revisions = SyncRevision.__table__
    out: dict[str, dt.datetime] = {}
    for paths in entities.owner_paths().values():
        for path in paths:
            if path.agreement is None:
                continue
            statement = (
                select(path.agreement, func.max(revisions.c.edited_at))
                .select_from(path.joins.join(revisions, revisions.c.entity_id == path.table.c.id))
                .where(revisions.c.exported_in.is_(None), revisions.c.received_in.is_(None))
                .group_by(path.agreement)
            )
            for agreement, edited_at in conn.execute(statement):
                moment = _aware(edited_at)
                if agreement not in out or out[agreement] < moment:
                    out[agreement] = moment
    return out


def sync_states(
    db: Database, agreement_ids: Iterable[str] | None = None
) -> dict[str, tuple[str, str | None]]:
    """(state, reason) per agreement. An edit not yet sent makes an agreement "not sent"
    again, whatever the last receipt said; a return that came after the last edit (a bundle
    the province refused, whose changes wait to go again) still shows its reason."""
    with db.session() as session:
        conn = session.connection()
        if agreement_ids is None:
            agreements = entities.synced_tables()["agreements"]
            wanted = set(conn.execute(select(agreements.c.id)).scalars())
        else:
            wanted = set(agreement_ids)
        unsent = _unsent_since(conn)
        states = SyncState.__table__
        stored = {
            row.agreement_id: row
            for row in conn.execute(
                select(states.c.agreement_id, states.c.state, states.c.reason, states.c.updated_at)
            )
        }
    out: dict[str, tuple[str, str | None]] = {}
    for agreement_id in wanted:
        row = stored.get(agreement_id)
        edited = unsent.get(agreement_id)
        if row is None:
            out[agreement_id] = (NOT_SENT, None)
        elif edited is not None and not (
            row.state == RETURNED and _aware(row.updated_at) >= edited
        ):
            out[agreement_id] = (NOT_SENT, None)
        else:
            out[agreement_id] = (row.state, row.reason)
    return out


def agreement_state(db: Database, agreement_id: str) -> tuple[str, str | None]:
    """The state of one agreement (the header shows it)."""
    return sync_states(db, [agreement_id]).get(agreement_id, (NOT_SENT, None))

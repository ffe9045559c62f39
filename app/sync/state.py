"""Where each agreement stands with the province: not sent, sent, accepted, or returned."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

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


def sync_states(
    db: Database, agreement_ids: Iterable[str] | None = None
) -> dict[str, tuple[str, str | None]]:
    """(state, reason) per agreement. Unsent local edits make an agreement "not sent" again,
    whatever the last receipt said."""
    with db.session() as session:
        conn = session.connection()
        units = entities.synced_tables()["units"]
        roots = set(conn.execute(select(units.c.id)).scalars())
        _, agreement_of = entities.scope_ids(conn, roots)
        wanted = set(agreement_of.values()) if agreement_ids is None else set(agreement_ids)
        revisions = SyncRevision.__table__
        pending = set(
            conn.execute(
                select(revisions.c.entity_id).where(
                    revisions.c.exported_in.is_(None), revisions.c.received_in.is_(None)
                )
            ).scalars()
        )
        unsent = {agreement_of[e] for e in pending if e in agreement_of}
        states = SyncState.__table__
        stored = {
            row.agreement_id: (row.state, row.reason)
            for row in conn.execute(select(states.c.agreement_id, states.c.state, states.c.reason))
        }
    out: dict[str, tuple[str, str | None]] = {}
    for agreement_id in wanted:
        if agreement_id in unsent or agreement_id not in stored:
            out[agreement_id] = (NOT_SENT, None)
        else:
            out[agreement_id] = stored[agreement_id]
    return out

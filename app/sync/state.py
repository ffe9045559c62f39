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


def agreement_state(db: Database, agreement_id: str) -> tuple[str, str | None]:
    """The state of one agreement, looking only at its own records (cheap for the header)."""
    with db.session() as session:
        conn = session.connection()
        agreements = entities.synced_tables()["agreements"]
        unit_id = conn.execute(
            select(agreements.c.unit_id).where(agreements.c.id == agreement_id)
        ).scalar()
        if unit_id is None:
            return (NOT_SENT, None)
        _, agreement_of = entities.scope_ids(conn, {str(unit_id)})
        mine = [rid for rid, owner in agreement_of.items() if owner == agreement_id]
        revisions = SyncRevision.__table__
        for start in range(0, len(mine), entities.CHUNK):
            chunk = mine[start : start + entities.CHUNK]
            if conn.execute(
                select(revisions.c.rev_id)
                .where(
                    revisions.c.entity_id.in_(chunk),
                    revisions.c.exported_in.is_(None),
                    revisions.c.received_in.is_(None),
                )
                .limit(1)
            ).first():
                return (NOT_SENT, None)
        states = SyncState.__table__
        row = conn.execute(
            select(states.c.state, states.c.reason).where(states.c.agreement_id == agreement_id)
        ).first()
        return (row.state, row.reason) if row else (NOT_SENT, None)

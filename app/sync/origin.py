"""A copied database file (another laptop, a restored backup) gets its own origin at its first
write (`app.models.changelog.local_origin`); until then the user is told why."""

from __future__ import annotations

from sqlalchemy import select

from app.models.changelog import ORIGIN_FILE_KEY, SyncMeta, file_identity
from app.models.database import Database

_NOTE = (
    "Berkas basis data ini adalah salinan (atau cadangan yang dipulihkan) dari berkas lain; "
    "mulai perubahan berikutnya revisinya dicatat dengan asal baru, agar bundelnya tidak "
    "bertabrakan dengan bundel dari berkas aslinya.",
    "This database file is a copy (or a restored backup) of another file; from its next "
    "change its revisions are recorded under a new origin, so its bundles never collide "
    "with those of the original file.",
)


def is_copy(db: Database) -> bool:
    """True when the file is not the one its origin was made in (nothing is written)."""
    with db.session() as session:
        conn = session.connection()
        stored = conn.execute(
            select(SyncMeta.__table__.c.value).where(SyncMeta.__table__.c.key == ORIGIN_FILE_KEY)
        ).scalar()
        identity = file_identity(conn)
    return stored is not None and identity is not None and stored != identity


def copied_note(db: Database, lang: str = "id") -> str | None:
    """The sentence for the user when `is_copy(db)`, else None."""
    return (_NOTE[1] if lang == "en" else _NOTE[0]) if is_copy(db) else None

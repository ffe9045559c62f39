"""Provincial mode (SPEC §9 "Consolidation") on top of the sync bundles: the database's mode,
a folder of bundles imported with progress, the inbox of every bundle received, and the lock
that lets several importers share one PostgreSQL database.

Two importers at once (four operators, or four processes) must never apply a bundle twice
and never deadlock. The ledger's primary key (`sync_bundles.bundle_id`) already refuses a
second row; on PostgreSQL each bundle's transaction also takes one transaction-scoped
advisory lock before it reads the ledger, so a second importer of the same bundle waits, then
finds it applied and returns the earlier report, and no two applies ever wait on each other's
rows (one lock, always taken first, cannot form a cycle). SQLite already has one writer.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import Connection, select, text

from app.models.changelog import SyncBundle, SyncMeta
from app.models.database import Database

#: pg_advisory_xact_lock key of bundle imports ("pkdesk" in ASCII).
IMPORT_LOCK_KEY = 0x706B6465736B
MODE_KEY = "mode"
MODES = ("unit", "province")
BUNDLE_SUFFIXES = (".pkbundle", ".pkreceipt")


def lock_imports(conn: Connection) -> None:
    """Serialise bundle applies on a server database until this transaction ends."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK_KEY})


def database_mode(db: Database) -> str:
    """ "province" when this database consolidates units' bundles, else "unit"."""
    with db.session() as session:
        value = session.scalar(select(SyncMeta.value).where(SyncMeta.key == MODE_KEY))
    return value if value in MODES else "unit"


def set_database_mode(db: Database, mode: str) -> None:
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    with db.transaction("Ubah mode basis data") as session:
        row = session.get(SyncMeta, MODE_KEY)
        if row is None:
            session.add(SyncMeta(key=MODE_KEY, value=mode))
        else:
            row.value = mode


def bundle_files(arguments: Iterable[Path]) -> list[Path]:
    """Files as given; a folder stands for its bundles and receipts, in name order."""
    out: list[Path] = []
    for path in arguments:
        if path.is_dir():
            out.extend(
                sorted(p for p in path.iterdir() if p.suffix in BUNDLE_SUFFIXES and p.is_file())
            )
        else:
            out.append(path)
    return out


def applied_bundle_ids(db: Database) -> Sequence[str]:
    """The ids of the bundles applied here (each exactly once, by the ledger's key)."""
    ledger = SyncBundle.__table__
    with db.session() as session:
        return list(
            session.scalars(
                select(ledger.c.bundle_id).where(
                    ledger.c.direction == "in", ledger.c.status == "applied"
                )
            )
        )


def province_unit_codes(db: Database) -> list[str]:
    """The codes of the units directly under a government unit: one bundle each when a
    province is split into its units' bundles."""
    from app.models import Unit
    from app.models.enums import UnitKind

    with db.session() as session:
        governments = select(Unit.id).where(Unit.kind == UnitKind.GOVERNMENT)
        return list(
            session.scalars(
                select(Unit.code).where(Unit.parent_id.in_(governments)).order_by(Unit.code)
            )
        )

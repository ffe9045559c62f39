"""Damaging a database file the way a bad sector or a pulled USB stick does."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def corrupt_a_page(path: Path, table: str = "units") -> None:
    """Overwrite the root page of `table` with garbage (after a checkpoint, so it is in the
    main file): SQLite's integrity check then fails, as it does for real damage."""
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        page = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    raw.close()
    with open(path, "r+b") as handle:
        handle.seek((page[0] - 1) * page_size)
        handle.write(os.urandom(page_size))

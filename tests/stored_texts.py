"""The texts a database holds, for tests that check the language of what is shown: the data
(names of units, officials, sasaran, IKU…) may be Indonesian in an English screen."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# The tables whose texts the screens and commands show (not the audit log or sync ledger).
DATA_TABLES = (
    "units",
    "officials",
    "acting_assignments",
    "agreements",
    "goals",
    "indicators",
    "programs",
    "action_plans",
    "action_outputs",
    "success_criteria",
    "cascade_links",
    "indicator_history",
    "indicator_locations",
    "ksd",
    "crosscutting_parties",
    "office_settings",
)


def stored_texts(db_path: Path) -> list[str]:
    """Every text of the data tables, with the prefixes tables cut long ones to (60 and 70
    characters), longest first so that a name is removed before any part of it."""
    found: set[str] = set()
    with sqlite3.connect(db_path) as connection:
        for table in DATA_TABLES:
            for row in connection.execute(f'SELECT * FROM "{table}"'):  # noqa: S608 - test
                for value in row:
                    if isinstance(value, str) and len(value) >= 3:
                        found.update({value, value[:60], value[:70]})
    return sorted(found, key=len, reverse=True)


def without(text: str, stored: list[str]) -> str:
    """`text` with every stored text (longest first) blanked out."""
    for value in stored:
        if value in text:
            text = text.replace(value, " ")
    return text

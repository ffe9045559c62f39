"""Database problems a user can act on; each message is one plain sentence (STYLE §11)."""

from __future__ import annotations

from pathlib import Path


class DatabaseError(Exception):
    """A database problem the user can act on; the message is one plain sentence in
    Indonesian, `en` the same sentence in English (`--lang en`)."""

    def __init__(self, message: str, *, en: str | None = None) -> None:
        super().__init__(message)
        self.en = en


class DatabaseInUse(DatabaseError):
    pass


class DatabaseTooNew(DatabaseError):
    pass


class ReadOnlyDatabase(DatabaseError):
    pass


class NotPkDeskDatabase(DatabaseError):
    """The file is something else (another program's SQLite file, an empty file); it was
    left exactly as it was."""


class DatabaseDamaged(DatabaseError):
    """SQLite's integrity check failed: PK Desk will not write to the file."""

    def __init__(
        self, message: str, *, path: Path, backup: Path | None, en: str | None = None
    ) -> None:
        super().__init__(message, en=en)
        self.path = path
        self.backup = backup

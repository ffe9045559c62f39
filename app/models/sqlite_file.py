"""A SQLite file before PK Desk trusts it: who else holds it, what it contains, whether it
can be written, and how to name it in a URL.

Everything here reads; nothing writes to the file, so a file that turns out not to be a
PK Desk database is left byte-for-byte as it was.
"""

from __future__ import annotations

import enum
import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sqlalchemy.engine import URL

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt
else:
    import fcntl

SQLITE_HEADER = b"SQLite format 3\x00"


class FileKind(enum.Enum):
    MISSING = "missing"
    EMPTY = "empty"  # no bytes, or a SQLite file without any table
    NOT_SQLITE = "not_sqlite"
    FOREIGN = "foreign"  # another program's SQLite file
    HALF_CREATED = "half_created"  # PK Desk tables without a schema version, all empty
    PK_DESK = "pk_desk"
    DAMAGED = "damaged"


@dataclass(frozen=True)
class FileReport:
    kind: FileKind
    revision: str | None = None
    tables: tuple[str, ...] = ()
    problem: str | None = None  # what SQLite said about a damaged file


def sqlite_url(path: Path) -> URL:
    """The SQLAlchemy URL of a file, whatever characters (`%`, `?`, `#`, spaces) it has."""
    return URL.create("sqlite", database=str(path))


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A `file:` URI for sqlite3 with the path percent-encoded (`as_uri` quotes `?` and `#`)."""
    return f"{path.as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"


def needs_immutable(path: Path) -> bool:
    """A WAL file in a folder nobody may write has no `-shm` to share: read it as immutable."""
    return not folder_writable(path) and not any(
        Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm")
    )


def file_writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def folder_writable(path: Path) -> bool:
    return os.access(path.parent, os.W_OK)


def inspect_file(path: Path, known_tables: frozenset[str]) -> FileReport:
    """What the file holds, read through a read-only connection (the file is not changed)."""
    if not path.exists():
        return FileReport(FileKind.MISSING)
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if not header:
        return FileReport(FileKind.EMPTY)
    if header != SQLITE_HEADER:
        return FileReport(FileKind.NOT_SQLITE)
    try:
        connection = sqlite3.connect(read_only_uri(path, immutable=needs_immutable(path)), uri=True)
    except sqlite3.Error as exc:
        return FileReport(FileKind.DAMAGED, problem=str(exc))
    try:
        tables = tuple(
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if not name.startswith("sqlite_")
        )
        problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            return FileReport(FileKind.DAMAGED, tables=tables, problem="; ".join(problems[:3]))
        if not tables:
            return FileReport(FileKind.EMPTY)
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        if revision is not None:
            return FileReport(FileKind.PK_DESK, revision=revision, tables=tables)
        if set(tables) <= known_tables and all(
            connection.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone() is None  # noqa: S608
            for name in tables
        ):
            return FileReport(FileKind.HALF_CREATED, tables=tables)
        return FileReport(FileKind.FOREIGN, tables=tables)
    except sqlite3.DatabaseError as exc:
        return FileReport(FileKind.DAMAGED, problem=str(exc))
    finally:
        connection.close()


class FileLock:
    """One PK Desk writer per database *file*, whatever name or hard link it is opened by.

    On POSIX the lock is `flock` on the database file itself: it belongs to the inode, so two
    hard links share it, it leaves no `.lock` file behind, and it vanishes when the process
    dies. It does not interact with SQLite's own byte-range locks. The descriptor stays open
    until the engine is disposed (closing a descriptor of the file earlier would drop
    SQLite's POSIX locks). Windows keeps a `<db>.lock` file beside the database.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._handle: IO[str] | None = None

    def acquire(self, *, create: bool) -> bool:
        """True when this process now holds the file; creates an empty file if asked."""
        if sys.platform == "win32":  # pragma: no cover
            return self._acquire_lock_file()
        flags = os.O_RDONLY | (os.O_CREAT if create else 0)
        fd = os.open(self.path, flags, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def _acquire_lock_file(self) -> bool:  # pragma: no cover - Windows only
        if not self.path.exists():
            self.path.touch()
        handle = open(self.path.with_name(self.path.name + ".lock"), "a+")  # noqa: SIM115
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            handle.close()
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self._handle is not None:  # pragma: no cover - Windows only
            self._handle.close()
            self._handle = None

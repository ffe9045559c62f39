"""Automatic copies of a database file: before a schema upgrade, once a day, before a bundle
import; pruned by age; and putting one back when the file is damaged.

A copy is named `<name>.<label>.<UTC time>.<tag>.sqlite` in the backups folder, where the
tag is a short hash of the database's full path, so two `pk-desk.sqlite` files in different
folders never take each other's copies.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.models.errors import DatabaseError
from app.models.sqlite_file import read_only_uri

DAILY = "harian"
BEFORE_IMPORT = "sebelum-impor"
KEEP_DAYS = 30
KEEP_AT_LEAST = 5
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<label>[^.]+)\.(?P<stamp>\d{8}T\d{6}Z)(?:\.(?P<tag>[0-9a-f]{8}))?$")


@dataclass(frozen=True)
class Backup:
    path: Path
    label: str
    taken_at: dt.datetime

    def describe(self) -> str:
        local = self.taken_at.astimezone()
        return f"{self.path} ({local:%d-%m-%Y %H:%M})"


def _tag(db_path: Path) -> str:
    return hashlib.sha256(str(db_path).encode()).hexdigest()[:8]


def take_backup(db_path: Path, backup_dir: Path, label: str) -> Path:
    """A consistent copy (SQLite's online backup, safe with WAL and a live writer)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    target = backup_dir / f"{db_path.stem}.{label}.{now.strftime(_STAMP)}.{_tag(db_path)}.sqlite"
    counter = 1
    while target.exists():
        counter += 1
        target = target.with_name(f"{target.stem.rsplit('~', 1)[0]}~{counter}.sqlite")
    partial = target.with_name(target.name + ".part")
    copy_pages(db_path, partial)
    os.replace(partial, target)  # a copy is either whole or absent
    return target


def copy_pages(source_path: Path, target_path: Path) -> None:
    """SQLite's online backup of one file into another: consistent with WAL and a live
    writer, and done in one transaction on the target (which keeps its identity)."""
    source = sqlite3.connect(read_only_uri(source_path), uri=True)
    try:
        target = sqlite3.connect(target_path)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def backups_of(db_path: Path, backup_dir: Path | None) -> list[Backup]:
    """This file's copies, newest first (copies from before tags existed count too)."""
    if backup_dir is None or not backup_dir.is_dir():
        return []
    tag = _tag(db_path)
    found: list[Backup] = []
    prefix = f"{db_path.stem}."
    for candidate in backup_dir.glob(f"{glob_escape(db_path.stem)}.*.sqlite"):
        rest = candidate.name[len(prefix) : -len(".sqlite")].split("~", 1)[0]
        match = _NAME.match(rest)
        if match is None or match["tag"] not in (None, tag):
            continue
        taken = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
        found.append(Backup(candidate, match["label"], taken))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def newest_usable(
    db_path: Path, backup_dir: Path | None, label: str | None = None
) -> Backup | None:
    """The newest copy that passes SQLite's integrity check (a copy can be damaged too)."""
    for backup in backups_of(db_path, backup_dir):
        if label is not None and backup.label != label:
            continue
        if is_intact(backup.path):
            return backup
    return None


def is_intact(path: Path) -> bool:
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return False
    try:
        return [row[0] for row in connection.execute("PRAGMA quick_check")] == ["ok"]
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()


def daily_backup(db_path: Path, backup_dir: Path) -> Path | None:
    """At most one copy a day; older copies beyond the keeping period are removed."""
    today = dt.datetime.now(dt.UTC).date()
    copies = backups_of(db_path, backup_dir)
    if any(b.label == DAILY and b.taken_at.date() == today for b in copies):
        return None
    made = take_backup(db_path, backup_dir, DAILY)
    prune(db_path, backup_dir)
    return made


def prune(db_path: Path, backup_dir: Path, *, keep_days: int = KEEP_DAYS) -> list[Path]:
    """Remove this file's copies older than `keep_days`, always keeping the newest few."""
    limit = dt.datetime.now(dt.UTC) - dt.timedelta(days=keep_days)
    removed: list[Path] = []
    for backup in backups_of(db_path, backup_dir)[KEEP_AT_LEAST:]:
        if backup.taken_at < limit:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def restore(db_path: Path, backup: Path, backup_dir: Path) -> Path | None:
    """Put `backup` in place of `db_path`; the file it replaces is kept beside the backups.

    The copy is written under a temporary name and renamed over the database, so the
    database is at every moment either the old file or the whole backup.
    Returns where the replaced file was kept (None when there was none).
    """
    if not is_intact(backup):
        raise DatabaseError(f"Cadangan {backup} sendiri rusak; pilih cadangan lain.")
    backup_dir.mkdir(parents=True, exist_ok=True)
    incoming = db_path.with_name(f".{db_path.name}.restoring")
    copy_pages(backup, incoming)
    stamp = dt.datetime.now(dt.UTC).strftime(_STAMP)
    outgoing = db_path.with_name(f".{db_path.name}.replaced-{stamp}")
    moved = [
        (Path(f"{db_path}{suffix}"), Path(f"{outgoing}{suffix}"))
        for suffix in ("", "-wal", "-shm")
        if Path(f"{db_path}{suffix}").exists()
    ]
    for current, aside in moved:  # the old file's WAL must never meet the restored file
        os.replace(current, aside)
    os.replace(incoming, db_path)
    if not moved:
        return None
    kept = backup_dir / f"{db_path.stem}.diganti.{stamp}.{_tag(db_path)}.sqlite"
    for _, aside in moved:
        shutil.move(aside, Path(f"{kept}{str(aside)[len(str(outgoing)) :]}"))
    return kept

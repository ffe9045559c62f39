"""A crash during first creation or a schema upgrade never leaves a file PK Desk refuses
(issue 13.1): every statement of every migration from empty and from each release to head.

A process killed at a given moment leaves exactly the files that are on disk at that moment.
The matrix therefore copies the database and its -wal/-shm/-journal files *at* each
statement (a snapshot is what a SIGKILL there would leave), then checks the copy holds the
old schema, unchanged and intact, or the new one. Snapshots whose schema equals the starting
file's are, byte for byte in their tables, the starting file, whose opening is tested; a
spread of them is opened for real, and a few real SIGKILLs in a child process close the loop.
"""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, event

from app.models.database import (
    DatabaseError,
    alembic_config,
    current_revision,
    head_revision,
    open_database,
)
from app.models.schema import revision_chain

STARTS: list[str | None] = [None, *revision_chain()[:-1]]
SIDE_FILES = ("", "-wal", "-shm", "-journal")


class _Killed(Exception):
    pass


def _prepare(path: Path, start: str | None) -> None:
    if start is None:
        return
    command.upgrade(alembic_config(f"sqlite:///{path}"), start)
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO units (id, code, name, kind, profile_code, position, created_at,"
            " updated_at, revision) VALUES ('u1', 'DKI', 'Pemprov DKI', 'government', 'dki',"
            " 0, '2024-01-01 00:00:00', '2024-01-01 00:00:00', 1)"
        )
    raw.close()


def _copy_files(source: Path, target: Path) -> None:
    for suffix in SIDE_FILES:
        side = Path(f"{source}{suffix}")
        if side.exists():
            shutil.copyfile(side, f"{target}{suffix}")


def _state(path: Path) -> tuple[str | None, list[tuple[str, str]], list[Any]]:
    """Schema version, schema text and the seeded unit, read without PK Desk's code."""
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
        version = None
        if "alembic_version" in names:
            row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
            version = row[0] if row else None
        schema = raw.execute(
            "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
        units = raw.execute("SELECT name FROM units").fetchall() if "units" in names else []
        return version, schema, units
    finally:
        raw.close()


def _snapshots(base: Path, workdir: Path) -> list[Path]:
    """Open a copy of `base`, copying its files to a new snapshot before every statement."""
    live = workdir / "live.sqlite"
    _copy_files(base, live)
    taken: list[Path] = []

    def snapshot(*_: Any) -> None:
        target = workdir / f"kill-{len(taken):03d}.sqlite"
        _copy_files(live, target)
        taken.append(target)

    event.listen(Engine, "before_cursor_execute", snapshot)
    try:
        open_database(live).close()
    finally:
        event.remove(Engine, "before_cursor_execute", snapshot)
    return taken


@pytest.mark.parametrize("start", STARTS, ids=lambda s: f"from-{s or 'empty'}")
def test_a_kill_at_any_statement_leaves_the_old_or_the_new_schema(
    start: str | None, tmp_path: Path
) -> None:
    base = tmp_path / "base.sqlite"
    _prepare(base, start)
    before = _state(base) if start else (None, [], [])
    finished = tmp_path / "finished.sqlite"
    _copy_files(base, finished)
    open_database(finished).close()
    after = _state(finished)
    assert after[0] == head_revision()

    snapshots = _snapshots(base, tmp_path)
    assert len(snapshots) > 5  # the whole upgrade ran under the hook
    outcomes = set()
    for number, snapshot in enumerate(snapshots):
        state = _state(snapshot)
        assert state in (before, after), f"statement {number} left a half-upgraded file"
        outcomes.add(state == after)
        if number % 25 == 0 or number == len(snapshots) - 1:
            with open_database(snapshot) as db:  # and PK Desk opens it and finishes the job
                assert current_revision(db.engine) == head_revision()
            assert _state(snapshot) == after
    assert False in outcomes  # the kills really landed inside the upgrade


_CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from sqlalchemy import Engine, event
    from app.models.database import open_database

    target, kill_at = sys.argv[1], int(sys.argv[2])
    count = 0

    @event.listens_for(Engine, "before_cursor_execute")
    def _kill(*args):
        global count
        count += 1
        if count == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    open_database(target).close()
    """
)


@pytest.mark.parametrize("start", [None, "0004"], ids=["empty", "0004"])
@pytest.mark.parametrize("kill_at", [7, 60])
def test_a_real_sigkill_during_the_upgrade_is_recovered(
    start: str | None, kill_at: int, tmp_path: Path
) -> None:
    path = tmp_path / "killed.sqlite"
    _prepare(path, start)
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), str(kill_at)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    with open_database(path) as db:
        assert current_revision(db.engine) == head_revision()
    assert _state(path)[2] == ([("Pemprov DKI",)] if start else [])


def test_a_file_an_older_release_left_half_upgraded_is_restored_from_its_backup(
    tmp_path: Path,
) -> None:
    """Before 13.1 each DDL statement committed alone; such a file is put back from the copy
    taken before that upgrade, upgraded, and the user is told in one sentence."""
    previous = "0004"  # 0005 begins by indexing audit_log.agreement_id
    path = tmp_path / "pk.sqlite"
    backups = tmp_path / "backups"
    _prepare(path, previous)
    backups.mkdir()
    shutil.copyfile(path, backups / f"pk.{previous}.20261120T080000Z.sqlite")  # older naming
    with sqlite3.connect(path) as raw:  # the first step of 0005, committed on its own
        raw.execute("CREATE INDEX ix_audit_log_agreement_id ON audit_log (agreement_id)")
    raw.close()
    with open_database(path, backup_dir=backups) as db:
        assert current_revision(db.engine) == head_revision()
        assert len(db.notices) == 1
        assert "terhenti di tengah jalan" in db.notices[0]
        assert "20261120T080000Z" in db.notices[0]
    assert _state(path)[2] == [("Pemprov DKI",)]


def test_a_half_upgraded_file_without_a_backup_is_one_sentence(tmp_path: Path) -> None:
    previous = "0004"
    path = tmp_path / "pk.sqlite"
    _prepare(path, previous)
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE INDEX ix_audit_log_agreement_id ON audit_log (agreement_id)")
    raw.close()
    with pytest.raises(DatabaseError, match="tidak ada cadangan dari sebelum pembaruan"):
        open_database(path, backup_dir=tmp_path / "backups")


def test_a_creation_an_older_release_left_half_done_is_made_again(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    with sqlite3.connect(path) as raw:  # what 0001 left when killed after two tables
        raw.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        raw.execute("CREATE TABLE rpjmd_goals (id VARCHAR(36) PRIMARY KEY)")
    raw.close()
    with pytest.raises(DatabaseError, match="belum berisi basis data PK Desk"):
        open_database(path, create=False)
    with open_database(path) as db:
        assert current_revision(db.engine) == head_revision()
        assert "dibuat ulang" in db.notices[0]

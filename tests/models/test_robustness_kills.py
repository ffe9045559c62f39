"""Ordinary edits survive a killed process (SPEC §14; issue 13 keeps it a regression test).

A child process edits in a loop and, after each commit returns, appends the edit to a side
log; the parent kills it with SIGKILL at a random moment, 52 times. After every kill the
file must pass SQLite's integrity and foreign-key checks and hold every logged edit.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from app.models.database import open_database

ROOT = Path(__file__).resolve().parents[2]
KILLS = 52

_EDITOR = textwrap.dedent(
    """
    import sys
    from sqlalchemy import select
    from app.models import Unit
    from app.models.database import open_database
    from app.models.enums import UnitKind

    path, run, log_path = sys.argv[1], sys.argv[2], sys.argv[3]
    db = open_database(path)
    log = open(log_path, "a", buffering=1)
    n = 0
    while True:
        code = f"{run}-{n}"
        with db.transaction("edit") as s:
            s.add(Unit(code=code, name="baru", kind=UnitKind.BAGIAN))
            first = s.scalars(select(Unit).order_by(Unit.code).limit(1)).one_or_none()
            if first is not None:
                first.name = code
        log.write(code + "\\n")
        if n == 0:
            print("ready", flush=True)  # warmed up: the kill lands among steady edits
        n += 1
    """
)


def test_random_kills_during_edits_lose_no_committed_edit(tmp_path: Path) -> None:
    path = tmp_path / "pk.sqlite"
    log = tmp_path / "committed.log"
    open_database(path).close()
    chance = random.Random(13)
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", _EDITOR, str(path), str(run), str(log)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        ready = child.stdout.readline().strip()
        time.sleep(chance.uniform(0.0, 0.2))
        child.send_signal(signal.SIGKILL)
        _, errors = child.communicate(timeout=60)
        assert ready == "ready", errors
        assert child.returncode == -signal.SIGKILL
        committed = log.read_text().split()
        with sqlite3.connect(path) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",), run
            assert raw.execute("PRAGMA foreign_key_check").fetchall() == [], run
            stored = {r[0] for r in raw.execute("SELECT code FROM units")}
        raw.close()
        lost = [code for code in committed if code not in stored]
        assert lost == [], f"kill {run} lost {len(lost)} committed edits"
    assert len(log.read_text().split()) > 2 * KILLS  # the kills landed among real edits
    with open_database(path) as db, db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"

"""Ordinary edits survive a killed process (SPEC §14; issue 13 keeps it a regression test).

A child process edits in a loop and, after each commit returns, appends the edit to a side
log; the parent kills it with SIGKILL at a random moment, 52 times. After every kill the
file must pass SQLite's integrity and foreign-key checks and hold every logged edit.

The editors are forked from one helper process that has imported the application once, so each
of the 52 is a real process opening the database afresh without paying Python's start-up and
imports again (that was most of the test's minute).
"""

from __future__ import annotations

import os
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

# Reads "PATH RUN LOG" lines; for each forks an editor, says "ready PID" once the editor's first
# two edits are committed and logged, then "exit CODE" when it has died (-9: killed).
_FORK_SERVER = textwrap.dedent(
    """
    import os, sys
    from sqlalchemy import select
    from app.models import Unit
    from app.models.database import open_database
    from app.models.enums import UnitKind

    def edit(path, run, log_path):
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
            if n == 1:  # warmed up: the kill lands among steady edits
                os.write(1, f"ready {os.getpid()}\\n".encode())
            n += 1

    for line in sys.stdin:
        path, run, log_path = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                edit(path, run, log_path)
            finally:
                os._exit(1)
        _, status = os.waitpid(pid, 0)
        os.write(1, f"exit {os.waitstatus_to_exitcode(status)}\\n".encode())
    """
)


def test_random_kills_during_edits_lose_no_committed_edit(tmp_path: Path) -> None:
    path = tmp_path / "pk.sqlite"
    log = tmp_path / "committed.log"
    open_database(path).close()
    chance = random.Random(13)
    with (tmp_path / "errors.log").open("w") as errors:
        server = subprocess.Popen(
            [sys.executable, "-c", _FORK_SERVER],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
    assert server.stdin is not None and server.stdout is not None
    try:
        for run in range(KILLS):
            server.stdin.write(f"{path} {run} {log}\n")
            server.stdin.flush()
            ready = server.stdout.readline().split()
            assert ready[:1] == ["ready"], (tmp_path / "errors.log").read_text()
            time.sleep(chance.uniform(0.0, 0.2))
            os.kill(int(ready[1]), signal.SIGKILL)
            assert server.stdout.readline().split() == ["exit", str(-signal.SIGKILL)]
            committed = log.read_text().split()
            with sqlite3.connect(path) as raw:
                assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",), run
                assert raw.execute("PRAGMA foreign_key_check").fetchall() == [], run
                stored = {r[0] for r in raw.execute("SELECT code FROM units")}
            raw.close()
            lost = [code for code in committed if code not in stored]
            assert lost == [], f"kill {run} lost {len(lost)} committed edits"
    finally:
        server.stdin.close()
        server.wait(timeout=60)
        server.stdout.close()
    assert len(log.read_text().split()) > 2 * KILLS  # the kills landed among real edits
    with open_database(path) as db, db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"

"""Closing never crashes (issue 10 item 5): the reported sequence in a real process, several
times, must exit 0 with nothing on stderr but the offscreen plugin's own notice."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("exit_sequence.py")
ROOT = Path(__file__).resolve().parents[2]
# The offscreen/minimal platform plugins say this whenever a window sizes itself; it is not ours.
PLATFORM_NOISE = "This plugin does not support propagateSizeHints()"
RUNS = 3


@pytest.mark.parametrize("pause_ms", [0, 250])
def test_the_reported_sequence_exits_cleanly(
    demo_template: Path, tmp_path: Path, pause_ms: int
) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    for run in range(RUNS):
        result = subprocess.run(
            [
                sys.executable,
                "-X",
                "faulthandler",
                str(SCRIPT),
                str(db),
                str(tmp_path / "data"),
                str(pause_ms),
            ],
            capture_output=True,
            text=True,
            timeout=180,
            env=env,
            cwd=ROOT,
            check=False,
        )
        steps = result.stdout.split()
        stderr = [line for line in result.stderr.splitlines() if line != PLATFORM_NOISE]
        assert (run, result.returncode, stderr) == (run, 0, [])
        assert steps == [
            "open_iku",
            "enter_tw4",
            "change_period",
            "undo",
            "dashboard",
            "language",
            "ksd",
            "void_calls",
            "quit",
        ]


DRAIN = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
{guard}
app = QApplication([])
probe = QWidget()
before = sys.getrefcount(None)
for _ in range(1000):
    probe.hide()
print(before - sys.getrefcount(None), flush=True)
for _ in range(300_000):
    probe.hide()
"""
GUARD = "from app.ui.shell.refcount_guard import immortalise_singletons; immortalise_singletons()"


def _drain(guard: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", DRAIN.format(guard=guard)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=ROOT,
        check=False,
    )


def test_the_cause_void_qt_calls_drain_none_and_the_guard_holds() -> None:
    """The crash's cause, measured: without the guard each void call takes a reference from
    None until CPython aborts; with it the same calls are harmless."""
    bare = _drain("")
    leaked = int(bare.stdout.split()[0])
    if leaked == 0:
        pytest.skip("this PySide6 no longer leaks None; app/ui/shell/refcount_guard can go")
    assert leaked >= 900  # about one reference per call
    assert bare.returncode != 0 and "dealloc" in bare.stderr
    guarded = _drain(GUARD)
    assert (guarded.returncode, guarded.stderr.strip()) == (0, "")

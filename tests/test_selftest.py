"""`pk-desk selftest` runs every step on a throwaway database and stops at the first failure."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import selftest


def test_selftest_passes_every_step_in_a_fresh_process(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PK_DESK_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "app", "selftest"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    steps = [line for line in lines if line.startswith("ok ")]
    assert len(steps) == len(selftest.STEPS)
    assert "Nilai Kinerja BKD TW3 97,94" in result.stdout
    assert "teks terbaca" in result.stdout
    assert lines[-1].startswith(f"Uji mandiri selesai: {len(selftest.STEPS)} langkah lulus")
    # nothing was left in the user's data folder but what the window step asked for
    assert not list(tmp_path.glob("*.sqlite"))


def test_first_failure_stops_with_one_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(ctx: object) -> str:
        raise selftest.SelfTestFailure("Font DejaVuSans tidak ditemukan")

    steps = list(selftest.STEPS)
    steps[2] = ("nilai dihitung", broken)
    monkeypatch.setattr(selftest, "STEPS", tuple(steps))
    out = io.StringIO()
    assert selftest.run(out, gui=False) == 1
    lines = out.getvalue().splitlines()
    assert [line.split()[0] for line in lines] == ["ok", "ok", "GAGAL"]
    assert lines[-1].endswith("3. nilai dihitung: Font DejaVuSans tidak ditemukan.")

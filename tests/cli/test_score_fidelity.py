"""`pk-desk score` on the inputs issue 12 found crashing or wrong: one sentence and exit 2 for
values it cannot take, a UTF-8 BOM accepted, and the DISHUT raw-data table to the cent."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

SCENARIOS = Path(__file__).parent / "scenarios"

HEAD = '{"profile": "kaltara", "level": "jpt_pratama", "period": "TW4", "goals": '
ONE_TARGET = HEAD + '[{"id": "SS1", "indicators": [{"id": "A", "targets": {"TW4": %s}}]}]}'


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (ONE_TARGET % "1e30", "terlalu besar"),
        (ONE_TARGET % ("1" + "0" * 5000), "terlalu|too large"),
        (ONE_TARGET % "1e400", "terlalu besar|terhingga"),
        (HEAD + "[" * 1000 + "]" * 1000 + "}", "terlalu dalam"),
        (HEAD + "[" * 100_000 + "]" * 100_000 + "}", "terlalu dalam"),
    ],
    ids=["1e30", "5000-digits", "1e400", "nesting-1000", "nesting-100000"],
)
def test_values_it_cannot_take_are_one_sentence_with_exit_2(
    tmp_path: Path, capsys, text: str, words: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    assert main(["score", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    line = captured.err.strip()
    assert "\n" not in line and "Traceback" not in line
    assert line.startswith("pk-desk: ") and str(path) in line
    assert re.search(words, line)
    assert len(line) < 400


def test_a_huge_number_through_the_real_command(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    path.write_text(ONE_TARGET % ("9" * 5000), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "app", "score", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_utf8_bom_is_accepted(tmp_path: Path, capsys) -> None:
    path = tmp_path / "notepad.json"
    path.write_bytes(b"\xef\xbb\xbf" + (SCENARIOS / "seed003_weights.json").read_bytes())
    assert main(["score", str(path)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [result["indicators"][k]["weight"] for k in ("IK-A", "IK-B", "IK-C")] == [9, 14, 26]


def test_dishut_from_the_demo_database(demo_db_path: Path, capsys) -> None:
    args = ["score", "--db", str(demo_db_path), "--period", "TW4", "--json"]
    assert main([*args, "--unit", "KALTARA-DISHUT"]) == 0
    (agreement,) = json.loads(capsys.readouterr().out)["agreements"]
    raw = next(
        i for i in agreement["indicators"].values() if i["name"] == "Persentase penyerapan anggaran"
    )
    assert (raw["target"], raw["actual"], raw["achievement"]) == (100, 94.83, 94.83)

"""`pk-desk --lang en`: help and errors in English; read-only commands beside an open GUI."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from app.cli import build_parser, main
from app.cli_text import HELP_EN, help_texts
from app.models.database import open_database

INDONESIAN_WORDS = ("berkas", "basis data", "perjanjian", "bawaan", "dengan", "tidak", "atau")


def test_every_help_text_has_english() -> None:
    missing = [text for text in help_texts(build_parser()) if text not in HELP_EN]
    assert missing == [], f"add these to app/cli_text.HELP_EN: {missing}"


@pytest.mark.parametrize("command", [[], ["pdf"], ["list"], ["check"]])
def test_english_help_has_no_indonesian(command: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", "en", *command, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out.casefold()
    found = [w for w in INDONESIAN_WORDS if re.search(rf"\b{w}\b", out)]
    assert found == [], out
    assert "print" in out or "check" in out or "list" in out


def test_default_help_stays_indonesian(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["pdf", "--help"])
    assert "berkas PDF keluaran" in capsys.readouterr().out


def test_errors_in_english(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "none.sqlite"
    assert main(["--lang", "en", "list", "--db", str(missing), "units"]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"pk-desk: Database {missing} not found; create one with 'pk-desk demo --db {missing}'.\n"
    )
    assert main(["list", "--db", str(missing), "units"]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err


def test_service_errors_in_english(demo_template: Path, tmp_path: Path, capsys) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    assert main(["--lang", "en", "score", "--db", str(db), "--unit", "NOPE"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pk-desk: ") and "tidak" not in err, err


def test_read_only_commands_work_while_the_gui_holds_the_database(
    demo_template: Path, tmp_path: Path, capsys
) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    with open_database(db, user="gui"):  # the GUI's lock on the file
        assert main(["list", "--db", str(db), "units"]) == 0
        assert "BKD" in capsys.readouterr().out
        assert main(["check", "--db", str(db), "--today", "2024-01-15"]) in (0, 1)
        assert "diperiksa" in capsys.readouterr().out
        assert main(["score", "--db", str(db), "--period", "TW1", "--json"]) == 0
        capsys.readouterr()
        assert main(["list", "--db", str(db), "agreements", "--json"]) == 0
        first = json.loads(capsys.readouterr().out)[0]["id"]
        out = tmp_path / "pk.pdf"
        assert main(["pdf", "--db", str(db), "--agreement", first, "--out", str(out)]) == 0
        assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("change", "indonesian", "english"),
    [
        (
            lambda d: d["goals"][0]["indicators"][0]["targets"].update(TW2="sepuluh"),
            "goals[0].indicators[0].targets.TW2: harus angka atau null, tertulis 'sepuluh'",
            "goals[0].indicators[0].targets.TW2: expected a number or null, got 'sepuluh'",
        ),
        (
            lambda d: d["goals"][0]["indicators"][0].update(polarity="naik"),
            "goals[0].indicators[0].polarity: polaritas 'naik' tidak dikenal",
            "goals[0].indicators[0].polarity: unknown polarity 'naik'",
        ),
        (
            lambda d: d["goals"].append(dict(d["goals"][0])),
            "goals[1].id: id sasaran 'S1' ganda (juga goals[0])",
            "goals[1].id: duplicate goal id 'S1' (also goals[0])",
        ),
        (
            lambda d: d.update(period="TW5"),
            "period: periode 'TW5' tidak dikenal",
            "period: unknown period 'TW5'",
        ),
        (
            lambda d: d["goals"][0]["indicators"][0]["targets"].update(TW1=1e30),
            "targets.TW1: angka 1",
            "targets.TW1: the number 1",
        ),
    ],
)
def test_scenario_errors_follow_the_language(
    change, indonesian: str, english: str, tmp_path: Path, capsys
) -> None:
    """The sentence after the JSON path is Indonesian by default and English with --lang en."""
    data = {
        "profile": "kaltara",
        "period": "TW2",
        "goals": [
            {
                "id": "S1",
                "indicators": [
                    {
                        "id": "I1",
                        "validity": "exact",
                        "control": "high",
                        "polarity": "maximize",
                        "period_consolidation": "sum",
                        "targets": {"TW1": 10, "TW2": 10},
                        "actuals": {"TW1": 9},
                    }
                ],
            }
        ],
    }
    change(data)
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["score", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"pk-desk: {path}: ") and indonesian in err, err
    assert "expected" not in err and "unknown" not in err, err
    assert main(["--lang", "en", "score", str(path)]) == 2
    err = capsys.readouterr().err
    assert english in err and "tidak" not in err and "harus" not in err, err

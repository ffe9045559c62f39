"""The `pk-desk` command as a script uses it: real files, real exit codes, one-line errors.

One real subprocess proves the installed entry point starts; everything else goes through
`main([...])` in-process (same parser, same handlers, same exit codes), which is ~1 s faster
per case than starting a Python interpreter.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import CliError, main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_version_through_the_real_command() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"PK Desk {__version__}"


def test_help_lists_every_job(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for command in ("demo", "list", "score", "check", "gui"):
        assert command in out


def test_demo_then_list_agreements_as_json(tmp_path: Path, capsys) -> None:
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    assert "Basis data demo dibuat" in capsys.readouterr().out
    assert main(["list", "--db", str(db), "agreements", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    bkd = next(r for r in rows if r["owner"] == "Maria Qibtya")
    assert bkd["year"] == 2024 and bkd["indicator_count"] == 14 and bkd["status"] == "final"
    assert bkd["owner_nip"] == "196507191985032002"
    assert main(["list", "--db", str(db), "officials"]) == 0
    assert "Heru Budi Hartono" in capsys.readouterr().out
    assert main(["demo", "--db", str(db)]) == 2  # refuses to overwrite without --force
    assert "--force" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["list", "--db", "{tmp}/missing.sqlite", "units"], "tidak ditemukan"),
        (["score", "{tmp}/missing.json"], "tidak ditemukan"),
        (["check", "--db", "{tmp}/missing.sqlite"], "tidak ditemukan"),
    ],
)
def test_errors_are_one_sentence_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main([a.format(tmp=tmp_path) for a in args]) == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert "Traceback" not in captured.err
    assert len(captured.err.strip().splitlines()) == 1
    assert captured.out == ""
    assert not (tmp_path / "missing.sqlite").exists()  # nothing created on the way


def test_debug_lets_the_error_through_with_its_traceback(tmp_path: Path) -> None:
    with pytest.raises(CliError, match="tidak ditemukan"):
        main(["--debug", "list", "--db", str(tmp_path / "missing.sqlite"), "units"])


def test_score_and_check_on_the_demo_database(demo_db_path: Path, capsys) -> None:
    assert (
        main(["score", "--db", str(demo_db_path), "--year", "2024", "--period", "TW3", "--json"])
        == 0
    )
    report = json.loads(capsys.readouterr().out)
    bkd = next(a for a in report["agreements"] if a["owner"] == "Maria Qibtya")
    assert bkd["period"] == "TW3" and bkd["overall"]["status"] == "ok"
    merit = next(
        i for i in bkd["indicators"].values() if i["name"].startswith("Indeks sistem merit")
    )
    assert merit["status"] == "na" and merit["achievement"] is None  # annual-only, not due
    assert main(["score", "--db", str(demo_db_path), "--unit", "BKD", "--period", "TW2"]) == 0
    table = capsys.readouterr().out
    assert "Maria Qibtya" in table and "Nilai Sasaran" in table
    exit_code = main(["check", "--db", str(demo_db_path), "--today", "2024-01-15", "--json"])
    findings = json.loads(capsys.readouterr().out)
    assert exit_code == 1  # the Jakarta Barat 2024 matrix repeats an IKU name: an error
    rules = {f["rule"] for f in findings}
    assert {"duplicate_indicator", "deadline", "action_plan_gap"} <= rules
    assert all(f["message"] for f in findings)


def test_check_in_english(demo_db_path: Path, capsys) -> None:
    exit_code = main(["--lang", "en", "check", "--db", str(demo_db_path), "--today", "2024-01-15"])
    assert exit_code == 1  # the same error as in Indonesian, only worded in English
    out = capsys.readouterr().out
    assert "is listed more than once under goal" in out


def test_a_bad_reference_date_is_refused_without_a_traceback(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:  # argparse refuses it: usage line, exit 2
        main(["check", "--db", str(demo_db_path), "--today", "2024-13-01"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "tanggal '2024-13-01' tidak valid" in err
    assert "Traceback" not in err

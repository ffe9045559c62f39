"""`pk-desk pdf`: files written, one-sentence errors, exit code 2.

One case runs the real command in a subprocess; the rest call `main([...])` in-process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.models.database import open_database
from app.services import queries


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def bkd(demo_db_path: Path) -> str:
    with open_database(demo_db_path, user="tester") as db:
        return next(a.id for a in queries.list_agreements(db) if a.owner == "Maria Qibtya")


def test_pdf_set_in_two_copies_on_f4(demo_db_path: Path, bkd: str, tmp_path: Path) -> None:
    out = tmp_path / "pk.pdf"
    result = run(
        "pdf", "--db", str(demo_db_path), "--agreement", bkd, "--doc", "set",
        "--paper", "f4", "--out", str(out), "--copies", "owner,tim",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout and "SHA-256" in result.stdout
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.height) / 72 * 25.4) == 330
    assert "Rangkap kedua" in reader.pages[-1].extract_text()


def test_pdf_json_output_carries_the_hash(
    demo_db_path: Path, bkd: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "lampiran.pdf"
    code = main(
        [
            "pdf",
            "--db",
            str(demo_db_path),
            "--agreement",
            bkd,
            "--doc",
            "pk_table",
            "--out",
            str(out),
            "--json",
        ]
    )
    assert code == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["documents"] == ["pk_table"] and len(rows[0]["printed_pdf_sha256"]) == 64


def test_pdf_of_a_whole_unit(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["pdf", "--db", str(demo_db_path), "--unit", "BKD", "--out-dir", str(tmp_path / "out")]
    )
    assert code == 0
    files = list((tmp_path / "out").glob("*.pdf"))
    assert len(files) == 1 and files[0].name.startswith("PK-2024-BKD-Maria-Qibtya-")
    assert "1 berkas PDF dicetak" in capsys.readouterr().out


def _one_sentence(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    line = lines[0]
    assert line.startswith("pk-desk: ") and line.endswith(".") and "Traceback" not in stderr
    return line


def test_unknown_agreement_is_one_sentence_and_exit_2(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["pdf", "--db", str(demo_db_path), "--agreement", "tidak-ada"]
    assert main([*argv, "--out", str(tmp_path / "x.pdf")]) == 2
    assert "tidak-ada tidak ditemukan" in _one_sentence(capsys.readouterr().err)
    assert not (tmp_path / "x.pdf").exists()


def test_a_file_in_place_of_the_folder_is_one_sentence_and_exit_2(
    demo_db_path: Path, bkd: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Works as root too, unlike a chmod-locked folder (CI runs as root)."""
    blocker = tmp_path / "laporan"
    blocker.write_text("bukan folder", encoding="utf-8")
    argv = ["pdf", "--db", str(demo_db_path), "--agreement", bkd]
    assert main([*argv, "--out", str(blocker / "x.pdf")]) == 2
    assert "tidak dapat ditulis" in _one_sentence(capsys.readouterr().err)
    assert blocker.read_text(encoding="utf-8") == "bukan folder"


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("{tmp}/tidak/ada/x.pdf", "tidak ada"),  # the folder does not exist
        ("{tmp}", "adalah folder"),  # a folder where a file is expected
        ("/proc/pk-desk-test.pdf", "tidak dapat ditulis"),  # the kernel refuses the file
    ],
)
def test_unwritable_output_is_one_sentence_and_exit_2(
    demo_db_path: Path,
    bkd: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    target: str,
    message: str,
) -> None:
    argv = ["pdf", "--db", str(demo_db_path), "--agreement", bkd]
    assert main([*argv, "--out", target.format(tmp=tmp_path)]) == 2
    assert message in _one_sentence(capsys.readouterr().err)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--agreement", "x", "--unit", "BKD"], "Pilih satu"),
        (["--agreement", "{bkd}"], "--out"),
        (["--unit", "BKD"], "--out-dir"),
        (["--agreement", "{bkd}", "--out", "{tmp}/x.pdf", "--doc", "surat"], "Dokumen 'surat'"),
        (["--unit", "TIDAK", "--out-dir", "{tmp}/o"], "Unit dengan kode 'TIDAK'"),
    ],
)
def test_usage_errors(
    demo_db_path: Path,
    bkd: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    argv = ["pdf", "--db", str(demo_db_path), *[a.format(bkd=bkd, tmp=tmp_path) for a in args]]
    assert main(argv) == 2
    assert message in _one_sentence(capsys.readouterr().err)

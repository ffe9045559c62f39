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
from tests.stored_texts import stored_texts, without

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


# Words of the command line's own Indonesian; deliberately absent: the regulation's terms that
# stay Indonesian in English too (IKU, NIP, PK, TW1…TW4, Perjanjian Kinerja, Nilai Kinerja as
# a document title) and the data (names of units, officials, sasaran and IKU) removed below.
CLI_INDONESIAN = (
    "berkas",
    "basis data",
    "perjanjian",
    "pejabat",
    "tahun",
    "pemilik",
    "galat",
    "peringatan",
    "petunjuk",
    "diperiksa",
    "halaman",
    "kosong",
    "sasaran",
    "capaian",
    "bobot",
    "nilai",
    "tercapai",
    "kritis",
    "mendekati",
    "melampaui",
    "dibuat",
    "draf",
    "ditandatangani",
    "jenis",
    "kode",
    "nama",
    "induk",
    "jabatan",
    "jenjang",
    "revisi",
    "kunci",
    "tidak",
    "dengan",
    "atau",
    "dan",
    "untuk",
    "belum",
    "harus",
    "pada",
)


def test_read_commands_print_no_indonesian_in_english(
    demo_template: Path, tmp_path: Path, capsys
) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    base = ["--lang", "en", "--data-dir", str(tmp_path / "data")]
    assert main([*base, "list", "--db", str(db), "agreements", "--json"]) == 0
    agreement = next(
        a["id"] for a in json.loads(capsys.readouterr().out) if a["owner"] == "Maria Qibtya"
    )
    commands = [
        ["list", "units"],
        ["list", "officials"],
        ["list", "agreements"],
        ["score", "--period", "TW3"],
        ["score", "--period", "TW3", "--unit", "BKD"],
        ["check", "--today", "2024-01-15"],
        ["check", "--agreement", agreement, "--today", "2025-03-01"],
        ["pdf", "--agreement", agreement, "--out", str(tmp_path / "pk.pdf")],
        ["province", "coverage", "--year", "2024"],
        ["province", "scores", "--year", "2024", "--period", "TW2"],
        ["bundle", "status"],
    ]
    printed = []
    for command in commands:
        status = main([*base, command[0], "--db", str(db), *command[1:]])
        assert status in (0, 1), command
        captured = capsys.readouterr()
        printed.append(captured.out + captured.err)
    text = without("\n".join(printed), stored_texts(db)).casefold()
    found = sorted({w for w in CLI_INDONESIAN if re.search(rf"\b{w}\b", text)})
    assert found == [], [line for line in text.splitlines() if any(w in line for w in found)][:20]
    # the words that replaced them
    joined = "\n".join(printed)
    for english in ("performance score", "Achieved", "agreement(s) checked", "owner", "page(s)"):
        assert english in joined


def test_lines_stay_indonesian_by_default(demo_template: Path, tmp_path: Path, capsys) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "score", "--db", str(db), "--period", "TW3", "--unit", "BKD"]) == 0
    out = capsys.readouterr().out
    assert "nilai kinerja" in out and "Tercapai" in out and "97,94" in out
    assert "Sasaran: " in out and "capaian" in out


def test_the_language_chosen_in_settings_applies(
    demo_template: Path, tmp_path: Path, capsys
) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    data = tmp_path / "data"
    (data / "config").mkdir(parents=True)
    (data / "config" / "pk-desk-ui.ini").write_text("[ui]\nlanguage=en\nperiod=TW3\n", "utf-8")
    listing = ["--data-dir", str(data), "list", "--db", str(db), "agreements"]
    assert main(listing) == 0
    header = capsys.readouterr().out.splitlines()[0].split()
    assert header[:4] == ["id", "year", "unit", "owner"]
    assert main(["--lang", "id", *listing]) == 0  # --lang wins over the saved choice
    assert capsys.readouterr().out.splitlines()[0].split()[:4] == ["id", "tahun", "unit", "pemilik"]
    with pytest.raises(SystemExit):
        main(["--data-dir", str(data), "pdf", "--help"])
    assert "output PDF file" in capsys.readouterr().out


def test_selftest_speaks_english(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from app import selftest

    def broken(ctx: object) -> str:
        raise selftest.SelfTestFailure("Font DejaVuSans is missing")

    monkeypatch.setattr(selftest, "STEPS", (("step_score", broken), ("step_window", broken)))
    out = io.StringIO()
    assert selftest.run(out, gui=False, lang="en") == 1
    line = out.getvalue().rstrip()
    assert line.startswith("FAILED ")
    assert line.endswith(" s  1. scores computed: Font DejaVuSans is missing."), line


def test_argparse_own_words_follow_the_language(capsys) -> None:
    """Usage, argparse's errors and its help lines are Indonesian by default, English with
    --lang en, whichever language the previous command in the process used."""
    with pytest.raises(SystemExit) as done:
        main(["score", "--bogus"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("penggunaan: pk-desk") and err.endswith(
        "pk-desk: galat: argumen tidak dikenal: --bogus\n"
    ), err
    with pytest.raises(SystemExit):
        main(["--lang", "en", "nosuch"])
    err = capsys.readouterr().err
    assert err.startswith("usage: pk-desk") and "error: argument COMMAND: invalid choice" in err
    with pytest.raises(SystemExit):
        main(["pdf", "--help"])
    out = capsys.readouterr().out
    assert "opsi:" in out and "tampilkan bantuan ini lalu keluar" in out, out

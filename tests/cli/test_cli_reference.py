"""`pk-desk reference …` at the province and `pk-desk bundle import` at the unit: the reference
data travels as a signed bundle, a mandatory indicator then fails `pk-desk check`, and bad
input is one sentence in the asked language with exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.conftest import copy_database


def test_province_reference_reaches_the_unit_through_bundle_import(
    tmp_path: Path, empty_template: Path, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    province = str(copy_database(empty_template, tmp_path / "province.sqlite"))
    unit = str(demo_db_path)
    for args in (
        ["rpjmd_goal", "--code", "SR-01", "--text", "Tata kelola", "--years", "2024-2028"],
        ["rpjmd_indicator", "--code", "IKR-01", "--goal", "SR-01", "--text", "Indeks RB"],
        ["mandatory", "--code", "IW-01", "--text", "Indeks Sistem Merit", "--years", "2024"],
        ["ksd", "--code", "KSD-01", "--text", "Satu data", "--years", "2024"],
    ):
        assert main([*data, "reference", "add", "--db", province, *args]) == 0
    capsys.readouterr()
    assert (
        main(
            [
                *data,
                "reference",
                "export",
                "--db",
                province,
                "--out",
                str(tmp_path / "usb"),
                "--json",
            ]
        )
        == 0
    )
    exported = json.loads(capsys.readouterr().out)
    assert exported["version"] == 1 and exported["counts"]["mandatory_indicators"] == 1

    # Untrusted at first: refused with one sentence naming the command that trusts it.
    assert main([*data, "bundle", "import", "--db", unit, exported["file"]]) == 2
    err = capsys.readouterr().err
    assert "keys trust" in err and len(err.strip().splitlines()) == 1
    key_file = str(tmp_path / "prov.pkkey")
    assert main([*data, "keys", "export", "--out", key_file]) == 0
    assert main([*data, "keys", "trust", key_file, "--unit", "PROVINSI"]) == 0
    capsys.readouterr()
    assert main([*data, "bundle", "import", "--db", unit, exported["file"], "--json"]) == 0
    [report] = json.loads(capsys.readouterr().out)
    assert report["kind"] == "reference" and report["counts"]["created"] == 4
    assert main([*data, "bundle", "import", "--db", unit, exported["file"]]) == 0
    assert "sudah pernah diimpor" in capsys.readouterr().out
    assert main([*data, "reference", "list", "--db", unit, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [m["code"] for m in listed["mandatory"]] == ["IW-01"]
    # Every 2024 agreement of the demo now lacks the mandatory indicator.
    assert main(["check", "--db", unit, "--json"]) == 1
    findings = json.loads(capsys.readouterr().out)
    missing = [f for f in findings if f["rule"] == "mandatory_missing"]
    assert missing and all("Indeks Sistem Merit" in f["message"] for f in missing)


@pytest.mark.parametrize(
    ("lang", "word"), [("id", "Jenjang jabatan 'camat'"), ("en", "Unknown position level")]
)
def test_bad_reference_input_is_one_sentence(
    tmp_path: Path,
    empty_template: Path,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    word: str,
) -> None:
    province = str(copy_database(empty_template, tmp_path / "province.sqlite"))
    args = ["--lang", lang, "reference", "add", "mandatory", "--db", province]
    args += ["--code", "IW-9", "--text", "Nilai", "--years", "2024", "--levels", "camat"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert word in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err

"""`pk-desk reference …` at the province and `pk-desk bundle import` at the unit: the reference
data travels as a signed bundle, a mandatory indicator then fails `pk-desk check`, and bad
input is one sentence in the asked language with exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.conftest import copy_database


def _province(empty_template: Path, tmp_path: Path) -> str:
    """A province-mode database: only there is reference data edited."""
    province = str(copy_database(empty_template, tmp_path / "province.sqlite"))
    assert main(["province", "mode", "--set", "province", "--db", province]) == 0
    return province


def test_province_reference_reaches_the_unit_through_bundle_import(
    tmp_path: Path, empty_template: Path, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    province = _province(empty_template, tmp_path)
    unit = str(demo_db_path)
    for args in (  # the kinder names the window uses are read as the canonical kinds
        ["rpjmd", "--code", "SR-01", "--text", "Tata kelola", "--years", "2024-2028"],
        ["iku-rpjmd", "--code", "IKR-01", "--goal", "SR-01", "--text", "Indeks RB"],
        ["wajib", "--code", "IW-01", "--text", "Indeks Sistem Merit", "--years", "2024"],
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
    province = _province(empty_template, tmp_path)
    capsys.readouterr()
    args = ["--lang", lang, "reference", "add", "mandatory", "--db", province]
    args += ["--code", "IW-9", "--text", "Nilai", "--years", "2024", "--levels", "camat"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert word in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize("action", ["add", "remove"])
def test_a_unit_database_refuses_reference_edits(
    tmp_path: Path, demo_db_path: Path, capsys: pytest.CaptureFixture[str], action: str
) -> None:
    args = ["reference", action, "wajib", "--db", str(demo_db_path), "--code", "IW-01"]
    if action == "add":
        args += ["--text", "Nilai", "--years", "2024"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "mode provinsi" in err and len(err.strip().splitlines()) == 1
    assert main(["reference", "list", "--db", str(demo_db_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["mandatory"] == []
    assert main(["--lang", "en", *args]) == 2
    assert "province-mode database" in capsys.readouterr().err


def test_an_unknown_kind_is_refused_by_the_parser(
    tmp_path: Path, empty_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    province = _province(empty_template, tmp_path)
    with pytest.raises(SystemExit) as raised:
        main(["reference", "add", "sasaran-kabur", "--db", province, "--code", "X"])
    assert raised.value.code == 2
    assert "sasaran-kabur" in capsys.readouterr().err


def test_reference_profile_set_and_remove(
    tmp_path: Path, empty_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.paths import resource_path

    province = _province(empty_template, tmp_path)
    data = json.loads(resource_path("profiles", "kaltara.json").read_text(encoding="utf-8"))
    data["capaian_cap"] = 120
    good, bad = tmp_path / "kaltara_baru.json", tmp_path / "rusak.json"
    good.write_text(json.dumps(data), encoding="utf-8")
    bad.write_text("{bukan json", encoding="utf-8")
    base = ["reference", "profile", "--db", province]
    capsys.readouterr()
    assert main([*base, "set", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "rusak.json" in err and len(err.strip().splitlines()) == 1
    assert main([*base, "set", str(good), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"profile": "kaltara", "version": 1}
    assert main(["reference", "list", "--db", province, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["profile"] == [{"code": "kaltara", "version": 1}]
    assert main([*base, "remove", "kaltara"]) == 0
    assert capsys.readouterr().out.strip() == "profile kaltara v2"
    assert main(["--lang", "en", *base, "remove", "kaltara"]) == 2
    assert "has no update from the province" in capsys.readouterr().err


def test_python_m_app_cli_says_a_service_refusal_in_one_sentence(
    empty_template: Path, tmp_path: Path
) -> None:
    """`python -m app.cli` runs the module as `__main__`; a refusal raised by a service module
    (which imports `app.cli.CliError`) must still be one sentence with exit 2, no traceback."""
    import subprocess
    import sys

    path = copy_database(empty_template, tmp_path / "unit.sqlite")
    command = [sys.executable, "-m", "app.cli", "--data-dir", str(tmp_path / "d")]
    done = subprocess.run(
        [*command, "reference", "--db", str(path), "profile", "set", str(tmp_path / "x.json")],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("pk-desk: ") and "mode provinsi" in done.stderr

"""A folder of unit bundles imported with progress, the inbox, and the database's mode."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.models.database import Database, open_database
from app.paths import AppPaths
from app.services import province
from app.sync import service
from app.sync.consolidation import bundle_files, province_unit_codes


def test_a_folder_of_bundles_lands_in_the_inbox_with_progress(
    db: Database, demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    paths = AppPaths.resolve(data)
    key = service.installation_key(paths)
    folder = tmp_path / "masuk"
    unit_file = Path(
        shutil.copyfile(demo_template, tmp_path / "unit.sqlite")
    )  # exports write to it
    with open_database(unit_file) as demo:
        codes = province_unit_codes(demo)
        for code in codes:
            service.trust_store(paths).trust(key.public_b64, code)
            service.export(demo, paths, code, folder, full=True)
        expected = {r.unit_code: r.agreements for r in province.coverage(demo, 2024)}
    assert codes == ["BKD", "JAKBAR", "KALTARA-DISHUT"]
    (folder / "pk_RUSAK_0.pkbundle").write_bytes(b"bukan zip")
    (folder / "catatan.txt").write_text("bukan bundel", encoding="utf-8")
    url = db.url
    db.close()
    base = ["--data-dir", str(data), "--db", url]

    assert main([*base, "bundle", "import", str(folder)]) == 2  # the broken one is refused
    err = capsys.readouterr().err.splitlines()
    assert [line.split("]")[0] for line in err[:4]] == ["[1/4", "[2/4", "[3/4", "[4/4"]
    assert "pk_RUSAK_0.pkbundle" in err[-1] and not any("catatan" in line for line in err)

    assert main([*base, "province", "inbox"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()[1:]]
    applied = [(r[1], r[3]) for r in rows if r[3] == "diterapkan"]
    assert applied == [(c, "diterapkan") for c in codes]
    (refused,) = [r for r in rows if r[3] == "ditolak"]  # the window's inbox, reason and all
    assert refused[-1] == "pk_RUSAK_0.pkbundle" and refused[4].endswith(".")
    assert main([*base, "--lang", "en", "province", "inbox", "--unit", "BKD"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert rows[0][:4] == ["Received", "Unit", "Revisions", "State"]
    assert [(r[1], r[3]) for r in rows[1:]] == [("BKD", "applied")]
    with open_database(url) as consolidated:
        coverage = {r.unit_code: r.agreements for r in province.coverage(consolidated, 2024)}
    assert coverage == expected  # the province holds the union of the units

    assert main([*base, "province", "mode"]) == 0
    assert capsys.readouterr().out == "unit\n"
    assert main([*base, "province", "mode", "--set", "province"]) == 0
    assert main([*base, "province", "mode"]) == 0
    assert capsys.readouterr().out == "province\nprovince\n"
    assert bundle_files([folder]) == sorted(folder.glob("*.pkbundle"))

"""A command's FILE list may follow its options, as users type it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main


def test_bundle_files_after_db_option_reach_the_command(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "tidak-ada.pkbundle"
    status = main(["bundle", "import", "--db", str(demo_db_path), str(missing)])
    err = capsys.readouterr().err
    assert status == 2
    assert "unrecognized arguments" not in err
    assert f"Berkas {missing} tidak ditemukan." in err  # the importer saw the file name


def test_unknown_options_are_still_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["list", "units", "--bogus"])
    assert exit_info.value.code == 2
    assert "argumen tidak dikenal: --bogus" in capsys.readouterr().err

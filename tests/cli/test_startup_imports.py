"""The command line starts light (issue 12): `--version` and `score FILE.json` load neither the
database layer nor Qt nor ReportLab, and opening a database whose schema is current does not
load Alembic. Checked in a fresh interpreter, as a user runs the command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.models.database import open_database

SCENARIOS = Path(__file__).parent / "scenarios"
HEAVY = ("sqlalchemy", "alembic", "PySide6", "reportlab")

RUN_CLI = """
import sys
from app.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print("LOADED=" + ",".join(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)
"""

OPEN_DB = """
import sys
from app.models.database import open_database
open_database(sys.argv[1]).close()
print("LOADED=" + ",".join(m for m in ("alembic",) if m in sys.modules), file=sys.stderr)
"""


def _loaded(script: str, *args: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    line = next(x for x in result.stderr.splitlines() if x.startswith("LOADED="))
    return [m for m in line.removeprefix("LOADED=").split(",") if m]


@pytest.mark.parametrize(
    ("args", "also"),
    [
        (["--version"], ()),
        # the version is read from the package metadata only when asked for
        (["score", str(SCENARIOS / "seed003_weights.json")], ("importlib.metadata",)),
    ],
    ids=["version", "score-file"],
)
def test_light_commands_load_no_heavy_library(args: list[str], also: tuple[str, ...]) -> None:
    assert _loaded(RUN_CLI.format(heavy=HEAVY + also), *args) == []


def test_the_check_sees_a_heavy_import() -> None:
    # the same probe on a command that opens a database does report SQLAlchemy
    assert "sqlalchemy" in _loaded(
        RUN_CLI.format(heavy=HEAVY), "list", "--db", "/nonexistent/x", "units"
    )


def test_a_current_database_opens_without_alembic(tmp_path: Path) -> None:
    path = tmp_path / "current.sqlite"
    open_database(path).close()  # created and migrated to the head
    assert _loaded(OPEN_DB, str(path)) == []


def test_an_empty_file_still_goes_through_alembic(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    assert _loaded(OPEN_DB, str(path)) == ["alembic"]

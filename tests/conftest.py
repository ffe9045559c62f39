"""Shared fixtures: real SQLite files in temporary folders, never the user's own data."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="pk-desk-tests-"))
os.environ["PK_DESK_DATA_DIR"] = str(_SANDBOX / "data")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "xdg-data")
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "xdg-config")

from app.models.database import Database, open_database  # noqa: E402


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """An empty, migrated database file."""
    database = open_database(
        tmp_path / "test.sqlite", backup_dir=tmp_path / "backups", user="tester"
    )
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database built once per test run from resources/demo."""
    from app.services.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with open_database(path, user="tester") as database:
        load_demo(database)
        database.engine.dispose()
    return path


@pytest.fixture
def demo_db_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database file for one test."""
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def demo_db(demo_db_path: Path) -> Iterator[Database]:
    database = open_database(demo_db_path, user="tester")
    yield database
    database.close()

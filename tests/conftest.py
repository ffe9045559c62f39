"""Shared fixtures: real SQLite files in temporary folders, never the user's own data.

Databases are built once and copied per test, so every test still owns a private file while
only the first pays for migrating (~0,5 s) or generating (the synthetic province, about a
minute): the empty migrated database and the demo once per run, the province once per
generator seed and schema, cached across runs in the system temp folder.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="pk-desk-tests-"))
os.environ["PK_DESK_DATA_DIR"] = str(_SANDBOX / "data")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "xdg-data")
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "xdg-config")

from app.models.database import Database, head_revision, open_database  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
#: Cross-run cache of generated databases; override with PK_DESK_TEST_CACHE.
CACHE_DIR = Path(
    os.environ.get("PK_DESK_TEST_CACHE") or Path(tempfile.gettempdir()) / "pk-desk-test-cache"
)
PROVINCE_SEED = 7


def copy_database(source: Path, target: Path) -> Path:
    """A private copy of a closed database file (no WAL left beside it, so one file is all)."""
    assert not source.with_name(source.name + "-wal").exists(), f"{source} is still open"
    shutil.copyfile(source, target)
    return target


def _source_digest(*paths: Path) -> str:
    """A short hash of the code that shapes a generated database, so a change rebuilds it."""
    digest = hashlib.sha256()
    for path in paths:
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.relative_to(ROOT).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database migrated to head once per run."""
    path = tmp_path_factory.mktemp("empty") / "empty.sqlite"
    open_database(path, user="tester").close()
    return path


@pytest.fixture
def db(empty_template: Path, tmp_path: Path) -> Iterator[Database]:
    """An empty, migrated database file of this test's own."""
    path = copy_database(empty_template, tmp_path / "test.sqlite")
    database = open_database(path, backup_dir=tmp_path / "backups", user="tester")
    yield database
    database.close()


@pytest.fixture(scope="session")
def province_template() -> Path:
    """The synthetic province (SPEC §13), generated once per seed, schema revision and
    generator code, and kept between runs: later runs skip the minute it takes to build."""
    from app.services.synthetic import generate_province

    key = f"{PROVINCE_SEED}-{head_revision()}-"
    key += _source_digest(ROOT / "app" / "services" / "synthetic.py", ROOT / "app" / "models")
    path = CACHE_DIR / f"province-{key}.sqlite"
    if not path.exists():
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        for stale in CACHE_DIR.glob("province-*.sqlite"):  # other code's builds, ~65 MB each
            if time.time() - stale.stat().st_mtime > 86400:
                stale.unlink(missing_ok=True)
        building = Path(tempfile.mkdtemp(prefix="province-", dir=CACHE_DIR)) / "province.sqlite"
        with open_database(building, user="tester") as database:
            generate_province(database, seed=PROVINCE_SEED)
        os.replace(building, path)  # atomic: a parallel run sees the whole file or none
        shutil.rmtree(building.parent, ignore_errors=True)
    return path


@pytest.fixture
def province_db_path(province_template: Path, tmp_path: Path) -> Path:
    """A private copy of the synthetic province for one test."""
    return copy_database(province_template, tmp_path / "province.sqlite")


@pytest.fixture(scope="session")
def demo_template(empty_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database built once per test run from resources/demo."""
    from app.services.demo import load_demo

    path = copy_database(empty_template, tmp_path_factory.mktemp("demo") / "demo.sqlite")
    with open_database(path, user="tester") as database:
        load_demo(database)
        database.engine.dispose()
    return path


@pytest.fixture
def demo_db_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database file for one test."""
    return copy_database(demo_template, tmp_path / "demo.sqlite")


@pytest.fixture
def demo_db(demo_db_path: Path) -> Iterator[Database]:
    database = open_database(demo_db_path, user="tester")
    yield database
    database.close()

"""Shared fixtures: real SQLite files in temporary folders, never the user's own data.

Databases are built once and copied per test, so every test still owns a private file while
only the first pays for migrating (~0,5 s) or generating (the synthetic province, about a
minute): the empty migrated database and the demo once per run, the province once per
generator seed and schema, cached across runs in the system temp folder.

The `db` and `demo_db` fixtures also run on PostgreSQL (SPEC §14) for the test folders in
`BOTH_BACKENDS_DIRS`: the same test, parametrised by `backend`, gets a private server
database copied from a template (`CREATE DATABASE … TEMPLATE …`). `--backend sqlite` or
`--backend postgresql` narrows a run to one.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.backends import BACKENDS, PostgresTemplates

try:
    import fcntl
except ImportError:  # Windows: no lock; parallel workers may then build a file twice
    fcntl = None  # type: ignore[assignment]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="pk-desk-tests-"))
os.environ["PK_DESK_DATA_DIR"] = str(_SANDBOX / "data")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "xdg-data")
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "xdg-config")
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "xdg-cache")  # the font cache, among others

from app.models.database import Database, head_revision, open_database  # noqa: E402

# Examples are judged by what they find, not by how fast a shared 2-core machine draws them:
# a loaded CI runner must not fail a property on Hypothesis' timing checks.
settings.register_profile("pk-desk", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("pk-desk")

ROOT = Path(__file__).resolve().parents[1]
#: Cross-run cache of generated databases; override with PK_DESK_TEST_CACHE.
CACHE_DIR = Path(
    os.environ.get("PK_DESK_TEST_CACHE") or Path(tempfile.gettempdir()) / "pk-desk-test-cache"
)
PROVINCE_SEED = 7
#: Test folders whose `db`/`demo_db` tests run on every backend.
BOTH_BACKENDS_DIRS = ("models", "services", "sync", "province")
#: Tests asking for these work on SQLite files directly, so they stay on SQLite.
FILE_FIXTURES = {"demo_db_path", "province_db_path", "tmp_path_sqlite"}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=("both", *BACKENDS),
        default="both",
        help="run the backend-parametrised tests on SQLite, PostgreSQL or both (default)",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Give `backend` both values to the database tests of the folders that must pass on both."""
    if "backend" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.path)).relative_to(ROOT / "tests").parts[0]
    own = set(metafunc.definition._fixtureinfo.argnames)
    chosen = metafunc.config.getoption("--backend")
    backends: tuple[str, ...] = ("sqlite",)
    sqlite_only = metafunc.definition.get_closest_marker("sqlite_only") is not None
    if folder in BOTH_BACKENDS_DIRS and not own & FILE_FIXTURES and not sqlite_only:
        backends = BACKENDS if chosen == "both" else (chosen,)
    metafunc.parametrize("backend", backends)


@pytest.fixture
def backend() -> str:
    """The database server a test runs on; parametrised by `pytest_generate_tests`."""
    return "sqlite"


@pytest.fixture(scope="session")
def postgres_templates() -> Iterator[PostgresTemplates]:
    """Template databases on the test server, built once per run and dropped at its end."""
    templates = PostgresTemplates()
    yield templates
    templates.drop_all()


def copy_database(source: Path, target: Path) -> Path:
    """A private copy of a closed database file (no WAL left beside it, so one file is all)."""
    assert not source.with_name(source.name + "-wal").exists(), f"{source} is still open"
    shutil.copyfile(source, target)
    return target


@contextmanager
def _exclusive(lock: Path) -> Iterator[None]:
    """Hold an exclusive lock on a file shared by the processes of a run (xdist's workers) and
    by parallel runs, so an expensive cached file is built by one of them only."""
    with lock.open("a+b") as handle:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_UN)


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


def _postgres_database(
    request: pytest.FixtureRequest, name: str, build: Callable[[Database], object] | None = None
) -> Iterator[Database]:
    """A private copy of the named template on the PostgreSQL test server."""
    templates: PostgresTemplates = request.getfixturevalue("postgres_templates")
    with templates.copy(name, build) as url:
        database = open_database(url, user="tester")
        yield database
        database.close()


@pytest.fixture
def db(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """An empty, migrated database of this test's own (a file, or a server database)."""
    if backend == "postgresql":
        yield from _postgres_database(request, "empty")
        return
    empty_template: Path = request.getfixturevalue("empty_template")
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
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    # One builder at a time: a second xdist worker (or run) waits for the file, not a rebuild.
    with _exclusive(CACHE_DIR / "province.lock"):
        if not path.exists():
            for stale in CACHE_DIR.glob("province-*.sqlite"):  # other code's builds, ~65 MB
                if time.time() - stale.stat().st_mtime > 86400:
                    stale.unlink(missing_ok=True)
            folder = Path(tempfile.mkdtemp(prefix="province-", dir=CACHE_DIR))
            building = folder / "province.sqlite"
            with open_database(building, user="tester") as database:
                generate_province(database, seed=PROVINCE_SEED)
            os.replace(building, path)  # atomic: a reader sees the whole file or none
            shutil.rmtree(folder, ignore_errors=True)
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
def demo_db(backend: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """The demo database, private to this test, on the test's backend."""
    if backend == "postgresql":
        from app.services.demo import load_demo

        yield from _postgres_database(request, "demo", load_demo)
        return
    demo_db_path: Path = request.getfixturevalue("demo_db_path")
    database = open_database(demo_db_path, user="tester")
    yield database
    database.close()

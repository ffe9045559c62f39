"""Fixtures for sync tests: a unit database (the demo, always a SQLite file: a unit's
installation never needs a server), a province database on the test's backend (a SQLite file,
or a PostgreSQL database), this installation's key trusted for the demo's units, and helpers to
export, import and copy databases the same way on both backends."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from app.models.database import Database, open_database
from app.paths import AppPaths
from app.sync import service
from app.sync.hashing import logical_hash
from tests.backends import PostgresTemplates, fresh_postgres_database

Target = str | Path


@dataclass
class SyncWorld:
    """Two installations' worth of files in one temporary folder (the province's database
    may live on a server)."""

    root: Path
    paths: AppPaths
    unit_path: Path
    #: the province database: a SQLite file path, or a PostgreSQL URL
    province_url: str
    backend: str = "sqlite"
    _cleanup: ExitStack = field(default_factory=ExitStack)

    def unit(self) -> Database:
        return open_database(self.unit_path, user="unit-operator")

    def province(self) -> Database:
        return open_database(self.province_url, user="province-operator")

    def export(self, *, full: bool = False, unit: str = "BKD", path: Path | None = None) -> Path:
        with open_database(path or self.unit_path, user="unit-operator") as db:
            result = service.export(db, self.paths, unit, self.root / "out", full=full)
        assert result.path is not None
        return result.path

    def import_(self, *files: Path, target: Target | None = None, dry_run: bool = False) -> list:
        with open_database(target or self.province_url, user="province-operator") as db:
            return service.import_files(db, list(files), self.paths, dry_run=dry_run)

    def bkd(self, path: Path | None = None) -> tuple[str, str]:
        """(agreement id, first indicator id) of the BKD agreement in the unit database."""
        from app.models import Agreement
        from app.services import queries

        with open_database(path or self.unit_path) as db:
            agreement_id = str(queries.list_agreements(db, unit_code="BKD")[0].id)
            with db.session() as session:
                agreement = session.get(Agreement, agreement_id)
                assert agreement is not None
                return agreement_id, agreement.goals[0].indicators[0].id

    def hash(self, target: Target | None = None, *, everything: bool = True) -> str:
        with open_database(target or self.province_url) as db:
            return logical_hash(db.engine, everything=everything)

    def copy(self, source: Target, name: str) -> str:
        """A new database holding what `source` holds, on the source's backend: a file copy,
        or a server-side copy (`CREATE DATABASE … TEMPLATE`, so `source` must be closed)."""
        text = str(source)
        if not text.startswith("postgresql"):
            return str(shutil.copyfile(text, self.root / f"{name}.sqlite"))
        return self._cleanup.enter_context(fresh_postgres_database(make_url(text).database))


@pytest.fixture
def world(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SyncWorld]:
    """A unit (the demo, BKD and the others) and an empty province on the test's backend."""
    demo_template: Path = request.getfixturevalue("demo_template")
    paths = AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    unit_path = tmp_path / "unit.sqlite"
    shutil.copyfile(demo_template, unit_path)
    with ExitStack() as stack:
        if backend == "postgresql":
            templates: PostgresTemplates = request.getfixturevalue("postgres_templates")
            province_url = stack.enter_context(templates.copy("empty"))
        else:
            empty: Path = request.getfixturevalue("empty_template")
            province_url = str(shutil.copyfile(empty, tmp_path / "province.sqlite"))
        key = service.installation_key(paths)
        service.trust_store(paths).trust(key.public_b64, "BKD", "test unit")
        service.trust_store(paths).trust(key.public_b64, "PROVINSI", "test province")
        world = SyncWorld(tmp_path, paths, unit_path, province_url, backend)
        stack.push(world._cleanup)
        yield world

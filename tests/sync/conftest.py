"""Fixtures for sync tests: a unit database (the demo), an empty province database, this
installation's key trusted for the demo's units, and helpers to export and import."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.models.database import Database, open_database
from app.paths import AppPaths
from app.sync import service
from app.sync.hashing import logical_hash


@dataclass
class SyncWorld:
    """Two installations' worth of files in one temporary folder."""

    root: Path
    paths: AppPaths
    unit_path: Path
    province_path: Path

    def unit(self) -> Database:
        return open_database(self.unit_path, user="unit-operator")

    def province(self) -> Database:
        return open_database(self.province_path, user="province-operator")

    def export(self, *, full: bool = False, unit: str = "BKD", path: Path | None = None) -> Path:
        with open_database(path or self.unit_path, user="unit-operator") as db:
            result = service.export(db, self.paths, unit, self.root / "out", full=full)
        assert result.path is not None
        return result.path

    def import_(self, *files: Path, target: Path | None = None, dry_run: bool = False) -> list:
        with open_database(target or self.province_path, user="province-operator") as db:
            return service.import_files(db, list(files), self.paths, dry_run=dry_run)

    def hash(self, path: Path | None = None, *, everything: bool = True) -> str:
        with open_database(path or self.province_path) as db:
            return logical_hash(db.engine, everything=everything)


@pytest.fixture
def world(tmp_path: Path, demo_template: Path) -> Iterator[SyncWorld]:
    paths = AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    unit_path = tmp_path / "unit.sqlite"
    shutil.copyfile(demo_template, unit_path)
    province_path = tmp_path / "province.sqlite"
    open_database(province_path).close()
    key = service.installation_key(paths)
    service.trust_store(paths).trust(key.public_b64, "BKD", "test unit")
    service.trust_store(paths).trust(key.public_b64, "PROVINSI", "test province")
    yield SyncWorld(tmp_path, paths, unit_path, province_path)

"""Fixtures of the province tests: a unit's bundle received by the province database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.models.database import Database, open_database
from app.paths import AppPaths
from app.services import province_review
from app.sync import service


@pytest.fixture
def sent(db: Database, demo_template: Path, tmp_path: Path) -> tuple[Path, AppPaths]:
    """The demo's Jakarta Barat (with its bagian and seksi) sent to the province database
    `db`; returns the unit's file and the paths holding the trusted key."""
    paths = AppPaths.resolve(tmp_path / "data")
    key = service.installation_key(paths)
    for code in ("JAKBAR", province_review.DEFAULT_ISSUER):
        service.trust_store(paths).trust(key.public_b64, code)
    unit = Path(shutil.copyfile(demo_template, tmp_path / "unit.sqlite"))
    with open_database(unit) as demo:
        bundle = service.export(demo, paths, "JAKBAR", tmp_path / "out", full=True).path
    assert bundle is not None
    [result] = service.import_files(db, [bundle], paths)
    assert result.error is None
    return unit, paths

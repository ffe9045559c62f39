"""Provincial mode on PostgreSQL: four importers of the same sixty unit bundles at once apply
each bundle exactly once, without deadlock, to the same data as one importer (SPEC §9, §14).

The sixty bundles are the synthetic province's units with only the head's and one bidang's
agreement each (`synthetic.SMALL_UNITS`), built once per test session: the race is about the
ledger and the locks, not about bulk."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from app.models.database import open_database
from app.paths import AppPaths
from app.services import synthetic
from app.sync import service
from app.sync.consolidation import (
    applied_bundle_ids,
    bundle_files,
    province_unit_codes,
)
from app.sync.hashing import logical_hash
from app.sync.inbox import inbox_entries
from tests.backends import fresh_postgres_database, postgres_admin_url

ROOT = Path(__file__).resolve().parents[2]
UNITS = synthetic.SMALL_UNITS.units
IMPORTERS = 4


@pytest.fixture(scope="session")
def unit_bundles(tmp_path_factory: pytest.TempPathFactory) -> tuple[AppPaths, list[Path]]:
    """Sixty full unit bundles of a small synthetic province, and the paths trusting them."""
    postgres_admin_url()  # skips (or fails in CI) before building anything without a server
    work = tmp_path_factory.mktemp("sixty-units")
    paths = AppPaths.resolve(work / "data")
    key = service.installation_key(paths)
    with open_database(work / "province.sqlite") as db:
        synthetic.generate_province(db, shape=synthetic.SMALL_UNITS)
        for code in province_unit_codes(db):
            service.trust_store(paths).trust(key.public_b64, code)
            service.export(db, paths, code, work / "bundles", full=True)
    return paths, bundle_files([work / "bundles"])


def test_four_importers_apply_each_bundle_exactly_once(
    unit_bundles: tuple[AppPaths, list[Path]],
) -> None:
    paths, files = unit_bundles
    data = paths.data_dir
    assert len(files) == UNITS == 60
    with fresh_postgres_database() as racing, fresh_postgres_database() as serial:
        open_database(racing).close()  # the schema exists before the race starts
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        importers = []
        for seed in range(IMPORTERS):
            order = [str(f) for f in random.Random(seed).sample(files, len(files))]
            command = [sys.executable, "-m", "app.cli", "--data-dir", str(data)]
            command += ["--db", racing, "bundle", "import", *order]
            importers.append(
                subprocess.Popen(
                    command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
                )
            )
        outcomes = [p.communicate(timeout=600) for p in importers]
        for process, (_, err) in zip(importers, outcomes, strict=True):
            assert process.returncode == 0, err.decode()
        with open_database(racing) as db:
            applied = applied_bundle_ids(db)
            rows = inbox_entries(db)
            racing_hash = logical_hash(db.engine, everything=False)
        with open_database(serial) as db:
            results = service.import_files(db, files, paths)
            assert all(r.error is None for r in results)
            serial_hash = logical_hash(db.engine, everything=False)
    assert len(applied) == len(set(applied)) == UNITS
    assert [r.state for r in rows] == ["applied"] * UNITS
    assert all(r.created > 0 and r.conflicts == 0 for r in rows)
    assert racing_hash == serial_hash

"""Provincial mode on PostgreSQL: several importers of the same unit bundles at once apply
each bundle exactly once, without deadlock, to the same data as one importer (SPEC §9, §14)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

from app.models.database import open_database
from app.paths import AppPaths
from app.sync import service
from app.sync.consolidation import (
    applied_bundle_ids,
    bundle_files,
    inbox,
    province_unit_codes,
)
from app.sync.hashing import logical_hash
from tests.backends import fresh_postgres_database

ROOT = Path(__file__).resolve().parents[2]
#: Units split off the synthetic province for the race (the bench imports all sixty).
UNITS = 8
IMPORTERS = 4


def _unit_bundles(province: Path, paths: AppPaths, out: Path) -> list[Path]:
    key = service.installation_key(paths)
    with open_database(province) as db:
        for code in province_unit_codes(db)[:UNITS]:
            service.trust_store(paths).trust(key.public_b64, code)
            service.export(db, paths, code, out, full=True)
    return bundle_files([out])


def test_four_importers_apply_each_bundle_exactly_once(
    province_db_path: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    paths = AppPaths.resolve(data)
    files = _unit_bundles(province_db_path, paths, tmp_path / "bundles")
    assert len(files) == UNITS
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
            rows = inbox(db)
            racing_hash = logical_hash(db.engine, everything=False)
        with open_database(serial) as db:
            results = service.import_files(db, files, paths)
            assert all(r.error is None for r in results)
            serial_hash = logical_hash(db.engine, everything=False)
    assert len(applied) == len(set(applied)) == UNITS
    assert [r.status for r in rows] == ["applied"] * UNITS
    assert all(r.created > 0 and r.conflicts == 0 for r in rows)
    assert racing_hash == serial_hash

"""A process killed in the middle of applying a bundle leaves no ledger row and no partial
data: the apply and its ledger row are one transaction."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from app.models.changelog import SyncBundle
from tests.sync.conftest import SyncWorld

_CHILD = """
import sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from app.models.database import open_database
from app.paths import AppPaths
from app.sync import importer, service

original = importer._write_rows

def write_then_hang(*args):
    original(*args)  # every row of the bundle written inside the open transaction
    Path({marker!r}).write_text("inside")
    time.sleep(120)

importer._write_rows = write_then_hang
paths = AppPaths(data_dir=Path({data!r}), config_dir=Path({config!r}))
with open_database({db!r}) as db:
    service.import_files(db, [Path({bundle!r})], paths)
"""


def test_kill_during_apply_leaves_no_ledger_row_and_no_partial_data(world: SyncWorld) -> None:
    bundle = world.export(full=True)
    before = world.hash()
    marker = world.root / "inside-apply"
    script = _CHILD.format(
        root=str(Path(__file__).resolve().parents[2]),
        marker=str(marker),
        data=str(world.paths.data_dir),
        config=str(world.paths.config_dir),
        db=world.province_url,
        bundle=str(bundle),
    )
    child = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert child.poll() is None, "the importing process ended before it was killed"
            assert time.monotonic() < deadline, "the import never reached its writes"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert world.hash() == before
    with world.province() as db, db.session() as session:
        assert session.scalar(select(func.count()).select_from(SyncBundle)) == 0
    [result] = world.import_(bundle)  # and the same bundle then imports cleanly
    assert result.error is None and result.report["counts"]["created"] > 100

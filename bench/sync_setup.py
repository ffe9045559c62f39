"""What the bundle benches share: their command line (--db, --seed, --quick), a work folder
with its own installation key, and a private copy of the synthetic province (exporting
writes baseline revisions and ledger rows into the database, so a shared file is never
exported from directly).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.models.database import open_database
from app.paths import AppPaths
from app.services import synthetic
from app.sync import service
from app.sync.keys import InstallationKey


@dataclass
class SyncBench:
    args: argparse.Namespace
    work: Path
    paths: AppPaths
    key: InstallationKey
    #: the work copy of the synthetic province to export from
    source: Path


def sync_bench(
    description: str,
    *,
    name: str,
    quick_help: str,
    arguments: Callable[[argparse.ArgumentParser], None] | None = None,
) -> SyncBench:
    """Parse the command line, make the work folder `pk-bench-NAME-*`, and copy (or first
    generate) the synthetic province into it."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--db", type=Path, help="a synthetic province database (generated there if missing)"
    )
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--quick", action="store_true", help=quick_help)
    if arguments is not None:
        arguments(parser)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix=f"pk-bench-{name}-"))
    paths = AppPaths(data_dir=work / "data", config_dir=work / "config")
    generated = args.db or work / "province.sqlite"
    if not generated.exists():
        started = time.perf_counter()
        with open_database(generated) as db:
            synthetic.generate_province(db, seed=args.seed)
        print(f"generate the synthetic province: {time.perf_counter() - started:.1f} s")
    source = work / "source.sqlite"
    shutil.copyfile(generated, source)
    return SyncBench(args, work, paths, service.installation_key(paths), source)

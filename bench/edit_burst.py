"""What "Tersimpan otomatis" costs: a burst of 100 interactive edits, each its own
transaction, with `synchronous=FULL` (PK Desk's setting: a power cut or OS crash cannot
roll back an edit the status bar called saved) against `synchronous=NORMAL` (WAL's default:
survives a killed process, but the last commits may vanish on a power cut).

Usage: python bench/edit_burst.py [--edits 100] [--folder DIR]

Prints milliseconds per edit for both settings and their ratio. Run it on the disk users
have (a USB stick is far slower than an SSD); --folder picks where the file lives.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event  # noqa: E402

from app.models import Unit  # noqa: E402
from app.models.database import open_database  # noqa: E402
from app.models.enums import UnitKind  # noqa: E402


def burst(path: Path, synchronous: str, edits: int, run: int) -> list[float]:
    timings: list[float] = []
    with open_database(path) as db:

        def _set(dbapi_connection: Any, record: Any) -> None:
            dbapi_connection.execute(f"PRAGMA synchronous={synchronous}")

        event.listen(db.engine, "connect", _set)  # runs after PK Desk's own pragmas
        db.engine.dispose()
        with db.transaction("seed") as s:
            unit = Unit(code=f"U-{run}", name="0", kind=UnitKind.BAGIAN)
            s.add(unit)
        for n in range(edits):
            start = time.perf_counter()
            with db.transaction("Ubah nama") as s:
                s.get(Unit, unit.id).name = str(n)  # type: ignore[union-attr]
            timings.append(time.perf_counter() - start)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=100)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.folder) as folder:
        path = Path(folder) / "burst.sqlite"
        open_database(path).close()
        results = {}
        modes = ("NORMAL", "FULL", "NORMAL", "FULL")  # alternated: the disk warms up
        for run, mode in enumerate(modes):
            results.setdefault(mode, []).extend(burst(path, mode, args.edits, run))
    for mode, timings in results.items():
        total = sum(timings) / 2
        print(
            f"synchronous={mode:<6} {args.edits} edits: {total * 1000:7.1f} ms in all, "
            f"median {statistics.median(timings) * 1000:5.2f} ms, "
            f"p95 {statistics.quantiles(timings, n=20)[-1] * 1000:5.2f} ms per edit"
        )
    ratio = sum(results["FULL"]) / sum(results["NORMAL"])
    print(f"FULL / NORMAL = {ratio:.2f}")


if __name__ == "__main__":
    main()

"""Generate the synthetic province (SPEC §13) and open it; print row counts and seconds.

Usage: python bench/province_db.py [--out PATH] [--seed 2024]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

import report  # noqa: F401  (puts this checkout first on the path)

from app.models.database import open_database
from app.services import queries, synthetic

TABLES = (
    "units",
    "officials",
    "agreements",
    "goals",
    "indicators",
    "period_values",
    "cascade_links",
    "action_plans",
    "action_outputs",
    "ksd",
    "ksd_month_targets",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    path = args.out or Path(tempfile.mkdtemp(prefix="pk-bench-")) / "province.sqlite"
    path.unlink(missing_ok=True)

    started = time.perf_counter()
    with open_database(path) as db:
        synthetic.generate_province(db, seed=args.seed)
    generated = time.perf_counter() - started

    started = time.perf_counter()
    with open_database(path) as db:
        opened = time.perf_counter() - started
        started = time.perf_counter()
        agreements = queries.list_agreements(db)
        listed = time.perf_counter() - started

    with sqlite3.connect(path) as connection:
        for table in TABLES:
            count = connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            print(f"{table:>18}: {count:>8}")
    connection.close()
    print(f"file size: {path.stat().st_size / 1e6:.1f} MB ({path})")
    print(f"generate: {generated:.2f} s")
    print(f"open (lock, pragmas, schema check): {opened * 1000:.0f} ms")
    print(f"list {len(agreements)} agreements with indicator counts: {listed * 1000:.0f} ms")


if __name__ == "__main__":
    main()

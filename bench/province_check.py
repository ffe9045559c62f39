"""Every rule over a whole synthetic province: what `pk-desk check --db PROVINCE` judges.

Usage: python bench/province_check.py [--db PATH] [--repeat 3]

Times `scoring.findings_for` in process (the content, Rencana Aksi, cascade, metadata sheet,
lifecycle and completeness rules of every agreement; best of --repeat) and counts the SQL
statements it sends: the province is read in a few whole-table queries, not per agreement or
per cascade link (before, each link's two IKUs, their values, sasaran, agreement and owner
were loaded one by one: about 47,000 statements and minutes under load). No target in SPEC
§13; the figure is printed for the table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

from report import figure
from sqlalchemy import event

from app.models.database import open_database
from app.services import scoring, synthetic

TODAY = dt.date(2024, 10, 15)  # a fixed "today": the deadline rules give the same findings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="province database (generated if omitted)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    path = args.db
    if path is None or not path.exists():
        path = path or Path(tempfile.mkdtemp(prefix="pk-bench-check-")) / "province.sqlite"
        with open_database(path) as db:
            synthetic.generate_province(db)
    with open_database(path, when_in_use="read_only") as db:
        statements = [0]

        def count(*_: object) -> None:
            statements[0] += 1

        event.listen(db.engine, "before_cursor_execute", count)
        runs = []
        for _ in range(args.repeat):
            statements[0] = 0
            started, cpu = time.perf_counter(), time.process_time()
            found = scoring.findings_for(db, today=TODAY)
            runs.append((time.perf_counter() - started, time.process_time() - cpu))
    wall, cpu = min(w for w, _ in runs), min(c for _, c in runs)
    total = sum(len(f) for f in found.values())
    print(f"{len(found):,} agreements, {total:,} findings, {statements[0]} SQL statements")
    print(f"check the whole province: wall {wall:.3f} s, CPU {cpu:.3f} s (best of {args.repeat})")
    figure("check the whole province (every rule)", wall, "s")


if __name__ == "__main__":
    main()

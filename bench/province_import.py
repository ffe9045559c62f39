"""Provincial import speed (SPEC §9, §13): the synthetic province split into one full bundle
per unit (sixty), imported into an empty province database on SQLite and on PostgreSQL;
print total seconds, bundles per second, the PostgreSQL/SQLite ratio, and the province
coverage and scores for one period on each backend.

Usage: python bench/province_import.py [--db PROVINCE.sqlite] [--pg-url URL] [--quick]

Without --pg-url the PostgreSQL run uses PK_DESK_TEST_PG_URL (a database the bench may
create another one from), and is skipped when neither is given.
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from pathlib import Path

from report import figure  # bench/ is on sys.path when a script runs
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sync_setup import SyncBench, sync_bench

from app.models.database import Database, open_database
from app.paths import AppPaths
from app.services import province, synthetic
from app.sync import service
from app.sync.consolidation import bundle_files, province_unit_codes


def _bundles(bench: SyncBench, limit: int | None) -> list[Path]:
    paths, key, out = bench.paths, bench.key, bench.work / "bundles"
    started = time.perf_counter()
    with open_database(bench.source) as db:
        codes = province_unit_codes(db)[:limit]
        for code in codes:
            service.trust_store(paths).trust(key.public_b64, code)
            service.export(db, paths, code, out, full=True)
    print(f"export {len(codes)} unit bundles: {time.perf_counter() - started:.1f} s")
    return bundle_files([out])


def _import(db: Database, files: list[Path], paths: AppPaths, label: str) -> float:
    started = time.perf_counter()
    results = service.import_files(db, files, paths)
    seconds = time.perf_counter() - started
    refused = [r for r in results if r.error is not None]
    assert not refused, refused[0].error
    coverage = province.coverage(db, synthetic.YEAR)
    signed = sum(r.agreements["signed"] for r in coverage)
    scored = time.perf_counter()
    values = []
    for row in coverage[:5]:
        ids = province.province_indicator_ids(db, synthetic.YEAR, row.unit_code)
        values += province.province_values(db, ids, 2)
    scores = time.perf_counter() - scored
    rate = len(files) / seconds
    print(
        f"{label}: {len(files)} bundles in {seconds:.1f} s = {rate:.2f} bundles/s; coverage "
        f"{len(coverage)} units, {signed} signed PK; province values s.d. TW2 of "
        f"{len(values)} IKU of 5 units in {scores:.2f} s"
    )
    figure(f"province import, {len(files)} unit bundles ({label})", seconds, "s")
    return seconds


def _server_database(admin_url: str) -> tuple[str, str]:
    name = f"pk_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return name, make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def _drop(admin_url: str, name: str) -> None:
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def main() -> None:
    bench = sync_bench(
        __doc__.splitlines()[0],
        name="province-import",
        quick_help="twelve bundles instead of sixty",
        arguments=lambda parser: parser.add_argument(
            "--pg-url", default=os.environ.get("PK_DESK_TEST_PG_URL")
        ),
    )
    args, work, paths = bench.args, bench.work, bench.paths
    files = _bundles(bench, 12 if args.quick else None)

    with open_database(work / "province-sqlite.sqlite") as db:
        sqlite_seconds = _import(db, files, paths, "SQLite")
    if not args.pg_url:
        print("PostgreSQL run skipped: give --pg-url or PK_DESK_TEST_PG_URL")
        return
    name, url = _server_database(args.pg_url)
    try:
        with open_database(url) as db:
            pg_seconds = _import(db, files, paths, "PostgreSQL")
    finally:
        _drop(args.pg_url, name)
    ratio = pg_seconds / sqlite_seconds
    print(f"PostgreSQL / SQLite = {ratio:.2f}")
    figure(
        "province import on PostgreSQL",
        pg_seconds,
        "s",
        ratio=ratio,
        baseline="the same bundles into SQLite",
    )
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Bundle speed (SPEC §13): export one unit of the synthetic province (about 70 agreements),
verify + dry run + import it into an empty database, and import it again; print seconds and
the ratios to the budgets measured in the same run.

Usage: python bench/bundles.py [--db PROVINCE.sqlite] [--seed 2024] [--repeat 5] [--quick]

Budgets: export <= 2 s and <= 3 x zipping the same JSON; verify + dry run + import <= 3 s;
a repeated import <= 1 s. The first export of a database filled by bulk inserts also writes
the baseline revisions of records that predate the change log; it is shown on its own line.
The export is then repeated (`--repeat`, same content: the same bundle each time), each
time followed by zipping the bundle's own members (deflate, level 6, as the export does);
the figures are the medians, the ratio the median of those pairs. CPU seconds (this process
only) are printed beside the wall-clock ones: on a machine shared with other work they show
what the code costs, whatever the load.
"""

from __future__ import annotations

import io
import statistics
import time
import zipfile
from pathlib import Path

from report import figure  # bench/ is on sys.path when a script runs
from sqlalchemy import func, select
from sync_setup import sync_bench

from app.models import Agreement, Unit
from app.models.database import Database, open_database
from app.sync import service
from app.sync.bundle_file import read_file, verify_bytes
from app.sync.entities import unit_subtree
from app.sync.importer import import_verified

EXPORT_BUDGET, EXPORT_ZIP_RATIO, IMPORT_BUDGET, REPEAT_BUDGET = 2.0, 3.0, 3.0, 1.0


def _unit_near(db: Database, wanted: int = 70) -> tuple[str, int]:
    """The unit whose subtree holds the number of agreements closest to `wanted`."""
    with db.session() as session:
        per_unit = {
            unit_id: count
            for unit_id, count in session.execute(
                select(Agreement.unit_id, func.count()).group_by(Agreement.unit_id)
            )
        }
        codes = {unit_id: code for unit_id, code in session.execute(select(Unit.id, Unit.code))}
        conn = session.connection()
        best: tuple[int, str, int] | None = None
        for unit_id, code in codes.items():
            count = sum(per_unit.get(u, 0) for u in unit_subtree(conn, unit_id))
            if count and (best is None or abs(count - wanted) < best[0]):
                best = (abs(count - wanted), code, count)
    assert best is not None, "the database holds no agreements"
    return best[1], best[2]


def _zip_seconds(files: dict[str, bytes]) -> tuple[float, float]:
    """(wall, CPU) seconds to zip the members as the export does (deflate, level 6)."""
    started, cpu = time.perf_counter(), time.process_time()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in sorted(files.items()):
            archive.writestr(name, data, compresslevel=6)
    return time.perf_counter() - started, time.process_time() - cpu


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


def main() -> None:
    bench = sync_bench(
        __doc__.splitlines()[0],
        name="bundles",
        quick_help="accepted for run_all; one export",
        arguments=lambda parser: parser.add_argument("--repeat", type=int, default=5),
    )
    work, paths, key, copy = bench.work, bench.paths, bench.key, bench.source
    repeat = 1 if bench.args.quick else max(bench.args.repeat, 1)

    # (export wall, export CPU, zip wall, zip CPU) per repetition
    runs: list[tuple[float, float, float, float]] = []
    with open_database(copy) as db:
        unit, agreements = _unit_near(db)
        service.trust_store(paths).trust(key.public_b64, unit)
        started = time.perf_counter()
        first = service.export(db, paths, unit, work / "first", full=True)
        first_seconds = time.perf_counter() - started
        for _ in range(repeat):
            started, cpu = time.perf_counter(), time.process_time()
            result = service.export(db, paths, unit, work / "out", full=True)
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
            assert result.path is not None
            runs.append((seconds, cpu, *_zip_seconds(_members(result.path))))
    assert result.path is not None and first.path is not None
    raw = result.path.read_bytes()
    export_seconds, export_cpu, zip_seconds, zip_cpu = (
        statistics.median(run[i] for run in runs) for i in range(4)
    )
    zip_ratio = statistics.median(run[0] / run[2] for run in runs)
    zip_cpu_ratio = statistics.median(run[1] / run[3] for run in runs)

    target = work / "target.sqlite"
    open_database(target).close()
    archive_dir = work / "archive"
    with open_database(target) as db:
        started, cpu = time.perf_counter(), time.process_time()
        bundle = verify_bytes(read_file(result.path), str(result.path), service.trust_store(paths))
        verified = time.perf_counter()
        dry = import_verified(db, bundle, raw, archive_dir, dry_run=True)
        dried = time.perf_counter()
        report = import_verified(db, bundle, raw, archive_dir)
        imported = time.perf_counter()
        import_cpu = time.process_time() - cpu
        bundle = verify_bytes(read_file(result.path), str(result.path), service.trust_store(paths))
        again = import_verified(db, bundle, raw, archive_dir)
        repeated = time.perf_counter() - imported
    assert dry.as_dict()["counts"] == report.as_dict()["counts"] and again.repeated
    total_import = imported - started

    print(
        f"unit {unit}: {agreements} agreements, {result.revisions} revisions, "
        f"{len(raw) / 1e6:.2f} MB bundle"
    )
    print(f"first export (writes baseline revisions): {first_seconds:.2f} s")
    print(
        f"export: {export_seconds:.2f} s (budget {EXPORT_BUDGET} s, ratio "
        f"{export_seconds / EXPORT_BUDGET:.2f})"
    )
    print(
        f"zip the same JSON: {zip_seconds:.3f} s; export / zip = "
        f"{zip_ratio:.2f} (budget {EXPORT_ZIP_RATIO}; median of {repeat})"
    )
    print(
        f"verify {verified - started:.2f} s + dry run {dried - verified:.2f} s + import "
        f"{imported - dried:.2f} s = {total_import:.2f} s (budget {IMPORT_BUDGET} s, ratio "
        f"{total_import / IMPORT_BUDGET:.2f}); created {report.created}"
    )
    print(
        f"CPU: export {export_cpu:.3f} s, zip {zip_cpu:.3f} s, export / zip = "
        f"{zip_cpu_ratio:.2f}; verify + dry run + import {import_cpu:.2f} s"
    )
    print(
        f"repeated import (verify + ledger no-op): {repeated:.2f} s (budget {REPEAT_BUDGET} s, "
        f"ratio {repeated / REPEAT_BUDGET:.2f})"
    )
    figure(
        f"bundle export, one unit ({agreements} agreements)",
        export_seconds,
        "s",
        EXPORT_BUDGET,
        ratio=zip_ratio,
        ratio_target=EXPORT_ZIP_RATIO,
        baseline="zipping the same JSON",
    )
    figure("bundle verify + dry run + import", total_import, "s", IMPORT_BUDGET)
    figure("bundle repeated import", repeated, "s", REPEAT_BUDGET)


if __name__ == "__main__":
    main()

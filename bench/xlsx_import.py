"""Excel import speed (SPEC §13): a 1,000-row PK sheet, parse + preview + apply; print ratios.

Usage: python bench/xlsx_import.py [--rows 1000] [--repeat 5]

The sheet is laid out like seed 001's PK table (title rows, Nama/NIP block, two-row header
with Triwulan I–IV, category rows, the header repeated every 20 rows as on printed pages,
"N/A" and decimal commas typed as text, its own 600-character Pengukuran Kinerja per row). Each
run imports it into a fresh database as a new agreement (`apply_import`: read, match, preview
counts, one transaction). The reference is openpyxl's bare read-only iteration of the same
file (`iter_rows(values_only=True)`), measured in the same run; python-calamine's bare read
is printed beside it. Budgets: <= 2 s and <= 2x the openpyxl iteration; the ratio is the
median over repetitions of (import / the reference timed just before it).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from report import figure  # noqa: E402

from app.models.database import open_database  # noqa: E402
from app.services import organisation  # noqa: E402
from app.services.xlsx_import import apply_import, preview_import  # noqa: E402
from app.services.xlsx_read import open_workbook  # noqa: E402
from app.services.xlsx_tables import read_tables  # noqa: E402

BUDGET_SECONDS = 2.0
BUDGET_RATIO = 2.0
CATEGORIES = ("Sasaran Strategis", "Sasaran Khusus", "Sasaran Operasional")


def write_sheet(path: Path, rows: int) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PK"
    ws.append(["PERJANJIAN KINERJA KEPALA PERANGKAT DAERAH TAHUN 2024"])
    ws.append(["Nama", ":", "Maria Qibtya"])
    ws.append(["NIP", ":", "196507191985032002"])
    ws.append(["Jabatan", ":", "Kepala Badan"])
    header = [
        "No",
        "Sasaran",
        "Indikator Kinerja",
        "Sumber Data",
        "Pengukuran Kinerja",
        "Triwulan",
        None,
        None,
        None,
        "Tahunan",
        "Keterangan",
    ]
    sub = [None] * 5 + ["I", "II", "III", "IV", None, None]
    text = (
        "Definisi : persentase dokumen yang terverifikasi dibagi seluruh dokumen yang wajib "
        "terkumpul sesuai batas waktu pengumpulan, dikali 100%. "
    ) * 4
    for n in range(rows):
        if n % 20 == 0:
            ws.append(header)
            ws.append(sub)
        if n % (rows // 3 + 1) == 0:
            ws.append([CATEGORIES[n // (rows // 3 + 1)]] * 11)
        goal = n // 2
        ws.append(
            [
                goal + 1 if n % 2 == 0 else None,
                f"Sasaran nomor {goal + 1} yang ingin dicapai" if n % 2 == 0 else None,
                f"Persentase capaian indikator nomor {n + 1}",
                "e-Kinerja",
                text,
                "N/A" if n % 4 == 0 else "25",
                "50",
                "75,5" if n % 3 else "N/A",
                "100",
                "1.234,5" if n % 5 == 0 else "100",
                "Persen",
            ]
        )
    wb.save(path)


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pk-bench-xlsx-"))
    sheet = work / "pk.xlsx"
    write_sheet(sheet, args.rows)

    def openpyxl_iteration() -> None:
        book = openpyxl.load_workbook(sheet, read_only=True, data_only=True)
        for _row in book.active.iter_rows(values_only=True):
            pass
        book.close()

    def calamine_read() -> None:
        from python_calamine import CalamineWorkbook

        CalamineWorkbook.from_path(str(sheet)).get_sheet_by_index(0).to_python()

    counter = iter(range(10_000))

    def full_import(reader: str) -> Callable[[], None]:
        def run() -> None:
            with open_database(work / f"db{next(counter)}.sqlite") as db:
                organisation.create_unit(db, code="BKD", name="BKD", kind="perangkat_daerah")
                started = time.perf_counter()
                result = apply_import(db, sheet, unit_code="BKD", reader=reader)
                phases.append(time.perf_counter() - started)
                assert result.applied and result.counts()["indicator"]["create"] == args.rows

        return run

    # Each repetition times the reference right before the import it is compared with, and
    # the ratio is the median of those pairs: on a shared machine whose load changes from
    # second to second, a reference measured a minute earlier would say little.
    baselines: list[float] = []
    pairs: dict[str, list[tuple[float, float]]] = {"calamine": [], "openpyxl": []}
    for _ in range(args.repeat):
        for reader, pair in pairs.items():
            reference = timed(openpyxl_iteration, 1)[0]
            phases: list[float] = []
            full_import(reader)()
            pair.append((reference, phases[0]))
            baselines.append(reference)
    baseline = statistics.median(baselines)
    calamine = statistics.median(timed(calamine_read, args.repeat))
    parse = statistics.median(
        timed(lambda: read_tables(open_workbook(sheet, reader="calamine")), args.repeat)
    )
    results = {reader: statistics.median(s for _, s in pair) for reader, pair in pairs.items()}
    ratios = {
        reader: statistics.median(s / ref for ref, s in pair) for reader, pair in pairs.items()
    }
    with open_database(work / "preview.sqlite") as db:
        organisation.create_unit(db, code="BKD", name="BKD", kind="perangkat_daerah")
        preview = statistics.median(
            timed(lambda: preview_import(db, sheet, unit_code="BKD"), args.repeat)
        )

    print(
        f"PK sheet of {args.rows} indicator rows ({sheet.stat().st_size // 1024} KB), median of {args.repeat}:"
    )
    print(f"  openpyxl read-only iteration (reference): {baseline:.3f} s")
    print(
        f"  python-calamine bare read:                {calamine:.3f} s ({calamine / baseline:.2f}x)"
    )
    print(f"  parse (safety scan + calamine + tables):  {parse:.3f} s ({parse / baseline:.2f}x)")
    print(
        f"  preview only (parse + match):             {preview:.3f} s ({preview / baseline:.2f}x)"
    )
    for reader, seconds in results.items():
        ratio = ratios[reader]
        verdict = "ok" if seconds <= BUDGET_SECONDS and ratio <= BUDGET_RATIO else "OVER"
        print(
            f"  import with {reader:9} (parse+preview+apply): {seconds:.3f} s = {ratio:.2f}x"
            f"  budget {BUDGET_SECONDS} s and {BUDGET_RATIO}x: {verdict}"
        )
    figure(
        f"Excel import of a {args.rows:,}-row PK sheet (parse + preview + apply)",
        round(results["calamine"], 3),
        "s",
        BUDGET_SECONDS,
        ratio=round(ratios["calamine"], 2),
        ratio_target=BUDGET_RATIO,
        baseline="openpyxl read-only iteration of the same file",
    )


if __name__ == "__main__":
    main()

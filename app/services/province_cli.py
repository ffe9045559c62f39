"""`pk-desk province …`: the provincial office's views on the command line (SPEC §9, §11).

Imported while the parser is built, so the database and services load only in `run`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # the parser is built for `pk-desk --version` too: keep it light
    from app.models.database import Database


def add_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "view",
        choices=["coverage", "scores"],
        help="coverage: matriks cakupan unit × status PK × triwulan dilaporkan; "
        "scores: nilai provinsi IKU dari IKU unit yang di-cascade",
    )
    command.add_argument("--year", type=int, required=True, help="tahun perjanjian")
    command.add_argument("--period", default="TW4", help="TW1..TW4 (scores; bawaan TW4)")
    command.add_argument("--unit", help="IKU unit ini (scores; bawaan: IKU Gubernur)")
    command.add_argument(
        "--out", metavar="FILE.csv", help="simpan matriks sebagai CSV (titik koma) di berkas ini"
    )


def run(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    """Print the coverage matrix (or write it as CSV with --out) or province scores."""
    from app.services import province

    if args.view == "scores":
        return _scores(db, args, out)
    rows = province.coverage(db, args.year)
    if args.out:
        Path(args.out).write_text(province.coverage_csv(rows), encoding="utf-8")
        print(f"{len(rows)} unit ditulis ke {args.out}.", file=out)
        return 0
    widths = (10, 34, 6, 6, 6, 9, 9, 9, 9)
    header = ("Kode", "Unit", "Draf", "Final", "TTD", "TW1", "TW2", "TW3", "TW4")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)), file=out)
    for row in rows:
        cells = row.cells()
        cells[1] = cells[1][:34]
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip(), file=out)
    return 0


def _scores(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    from app.engine.numbers import format_id
    from app.services import province
    from app.services.errors import InvalidInput

    periods = [q.value for q in province.QUARTERS]
    if args.period not in periods:
        raise InvalidInput(
            f"Periode '{args.period}' tidak dikenal; pakai salah satu dari {', '.join(periods)}."
        )
    ids = province.province_indicator_ids(db, args.year, args.unit)
    values = province.province_values(db, ids, periods.index(args.period) + 1)
    print(f"IKU\tUnit\tTarget s.d. {args.period}\tRealisasi\tCapaian (%)", file=out)
    for value in values:
        cells = (value.target, value.actual, value.capaian)
        shown = [format_id(c) for c in cells]
        print("\t".join([value.name, str(value.units), *shown]), file=out)
    return 0

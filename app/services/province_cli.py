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
        choices=["coverage"],
        help="coverage: matriks cakupan unit × status PK × triwulan dilaporkan",
    )
    command.add_argument("--year", type=int, required=True, help="tahun perjanjian")
    command.add_argument(
        "--out", metavar="FILE.csv", help="simpan matriks sebagai CSV (titik koma) di berkas ini"
    )


def run(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    """Print the coverage matrix (or write it as CSV with --out)."""
    from app.services import province

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

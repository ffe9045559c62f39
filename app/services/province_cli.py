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
        choices=["coverage", "scores", "inbox", "mode"],
        help="coverage: matriks cakupan unit × status PK × triwulan dilaporkan; "
        "scores: nilai provinsi IKU dari IKU unit yang di-cascade; "
        "inbox: bundel yang diterima; mode: mode basis data (unit/provinsi)",
    )
    command.add_argument("--year", type=int, help="tahun perjanjian")
    command.add_argument(
        "--set",
        choices=["unit", "province"],
        help="mode: jadikan basis data ini mode unit/provinsi",
    )
    command.add_argument("--period", default="TW4", help="TW1..TW4 (scores; bawaan TW4)")
    command.add_argument("--unit", help="IKU unit ini (scores; bawaan: IKU Gubernur)")
    command.add_argument(
        "--out",
        metavar="FILE",
        help="simpan matriks di berkas ini: .xlsx sebagai buku kerja, selain itu CSV (titik koma)",
    )


def run(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    """Print the coverage matrix (or write it as CSV with --out) or province scores."""
    from app.cli import CliError, _lang
    from app.cli_text import say, word
    from app.services import province

    if args.view in ("inbox", "mode"):
        return _sync_view(db, args, out)
    if args.year is None:
        raise CliError(
            "Sebutkan tahun perjanjian dengan --year.", en="Name the agreement year with --year."
        )
    if args.view == "scores":
        return _scores(db, args, out)
    rows = province.coverage(db, args.year)
    lang = _lang(args)
    if args.out:
        province.write_coverage(rows, args.year, Path(args.out))
        print(say("province_csv_written", lang, count=len(rows), path=args.out), file=out)
        return 0
    widths = (10, 34, 6, 6, 6, 9, 9, 9, 9, 23, 7, 7)
    header = word("province_coverage_header", lang).split("|")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)), file=out)
    for row in rows:
        cells = row.cells(word("word_yes", lang), word("report_held", lang))
        cells[1] = cells[1][:34]
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip(), file=out)
    return 0


def _scores(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    from app.cli import CliError, _lang
    from app.cli_text import say
    from app.engine.numbers import format_id
    from app.services import province

    periods = [q.value for q in province.QUARTERS]
    choices = ", ".join(periods)
    if args.period not in periods:
        raise CliError(
            f"Periode '{args.period}' tidak dikenal; pakai salah satu dari {choices}.",
            en=f"Period '{args.period}' is unknown; use one of {choices}.",
        )
    ids = province.province_indicator_ids(db, args.year, args.unit)
    values = province.province_values(db, ids, periods.index(args.period) + 1)
    print(say("province_scores_header", _lang(args), period=args.period), file=out)
    for value in values:
        cells = (value.target, value.actual, value.capaian)
        shown = [format_id(c) for c in cells]
        print("\t".join([value.name, str(value.units), *shown]), file=out)
    return 0


def _sync_view(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    """The bundle inbox (applied, held; counts and conflicts) or the database's mode."""
    from app.cli import _lang
    from app.cli_text import word
    from app.sync import consolidation

    if args.view == "mode":
        if args.set:
            consolidation.set_database_mode(db, args.set)
        print(consolidation.database_mode(db), file=out)  # the value --set takes
        return 0
    print(word("province_inbox_header", _lang(args)), file=out)
    for row in consolidation.inbox(db, args.unit):
        cells = (row.recorded_at, row.unit_code, row.status, row.created, row.updated)
        print("\t".join(map(str, (*cells, row.conflicts, row.file_name))), file=out)
    return 0

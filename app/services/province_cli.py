"""`pk-desk province …`: the provincial office's views on the command line (SPEC §9, §11).

Imported while the parser is built, so the database and services load only in `run`.
"""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # the parser is built for `pk-desk --version` too: keep it light
    from app.models.database import Database


def add_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "view",
        choices=["coverage", "scores", "inbox", "mode", "rpjmd", "tree", "locks", "unlock"],
        help="coverage: matriks cakupan unit × status PK × triwulan dilaporkan; "
        "scores: nilai provinsi IKU dari IKU unit yang di-cascade; "
        "inbox: bundel yang diterima; mode: mode basis data (unit/provinsi); "
        "rpjmd: Nilai Sasaran RPJMD; tree: pohon cascading; "
        "locks: PK yang disetujui dan kuncinya; unlock: buka kunci persetujuan",
    )
    command.add_argument(
        "--agreement",
        action="append",
        metavar="ID",
        help="unlock: perjanjian yang kuncinya dibuka (boleh berulang; lihat `province locks`)",
    )
    command.add_argument("--reason", help="unlock: alasan membuka kunci (wajib)")
    command.add_argument(
        "--json", action="store_true", help="keluaran JSON (rpjmd, tree, locks, unlock)"
    )
    command.add_argument("--year", type=int, help="tahun perjanjian")
    command.add_argument(
        "--set",
        choices=["unit", "province"],
        help="mode: jadikan basis data ini mode unit/provinsi",
    )
    command.add_argument(
        "--period",
        help="TW1..TW4 (scores, rpjmd, tree; bawaan TW4; unlock: tanpa --period semua kunci)",
    )
    command.add_argument("--unit", help="IKU unit ini (scores; bawaan: IKU Gubernur)")
    command.add_argument(
        "--out",
        metavar="FILE",
        help="simpan matriks di berkas ini: .xlsx sebagai buku kerja, selain itu CSV (titik koma)",
    )


def run(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    """One province view (coverage, scores, inbox, mode, rpjmd, tree, locks) or unlock."""
    from app.cli import CliError, _lang
    from app.cli_text import say, word
    from app.services import province

    if args.view in ("inbox", "mode"):
        return _sync_view(db, args, out)
    if args.view == "unlock":
        return _unlock(db, args, out)
    if args.year is None:
        raise CliError(
            "Sebutkan tahun perjanjian dengan --year.", en="Name the agreement year with --year."
        )
    if args.view == "scores":
        return _scores(db, args, out)
    if args.view == "locks":
        return _locks(db, args, out)
    if args.view in ("rpjmd", "tree"):
        return _rpjmd(db, args, out) if args.view == "rpjmd" else _tree(db, args, out)
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


def _period(args: argparse.Namespace) -> str:
    """--period as one of TW1..TW4 (TW4 when not given); anything else is one sentence."""
    from app.cli import CliError
    from app.services import province

    periods = [q.value for q in province.QUARTERS]
    period = args.period or "TW4"
    if period not in periods:
        choices = ", ".join(periods)
        raise CliError(
            f"Periode '{period}' tidak dikenal; pakai salah satu dari {choices}.",
            en=f"Period '{period}' is unknown; use one of {choices}.",
        )
    return str(period)


def _locks(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    """The year's approved agreements and what their approvals lock (`unlock` takes the id)."""
    from app.cli import _lang
    from app.cli_text import word
    from app.services import province_review

    rows = [r for r in province_review.review_rows(db, args.year, args.unit) if r.locked]
    if args.json:
        listing = [
            {"agreement_id": r.agreement_id, "unit_code": r.unit_code, "owner": r.owner}
            | {"locked": list(r.locked)}
            for r in rows
        ]
        return _dump(listing, out)
    print(word("province_locks_header", _lang(args)), file=out)
    for r in rows:
        print("\t".join((r.agreement_id, r.unit_code, r.owner, ", ".join(r.locked))), file=out)
    return 0


def _unlock(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    """Reopen approved periods of the named agreements, so later bundles import again."""
    from app.cli import _lang
    from app.cli_text import say
    from app.services import province_review

    locks = province_review.unlock(db, args.agreement or [], args.period, args.reason or "")
    if args.json:
        return _dump([{"agreement_id": k.agreement_id, "period": k.period} for k in locks], out)
    lang = _lang(args)
    for lock in locks:
        print(
            say("province_unlocked", lang, agreement=lock.agreement_id, period=lock.period),
            file=out,
        )
    return 0


def _dump(data: object, out: TextIO) -> int:
    json.dump(data, out, ensure_ascii=False, indent=2)
    print(file=out)
    return 0


def _rpjmd(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    """Nilai Sasaran RPJMD of the province (the window's table), each unit's share under it."""
    from app.cli import _lang
    from app.cli_text import say, say_value, word
    from app.engine.numbers import format_id, json_number
    from app.services import province_rpjmd

    period, lang = _period(args), _lang(args)
    values = province_rpjmd.rpjmd_values(db, args.year, period)
    profile = province_rpjmd.province_profile(db)

    def band(score: Decimal | None) -> str | None:
        found = profile.band_of(score)
        return None if found is None else found.code

    if args.json:
        return _dump(
            [
                {
                    "code": v.code,
                    "text": v.text,
                    "score": json_number(v.score),
                    "band": band(v.score),
                    "indicators": v.indicators,
                    "available": v.available,
                    "units": [
                        {
                            "unit_code": u.unit_code,
                            "unit_name": u.unit_name,
                            "score": json_number(u.score),
                            "indicators": u.indicators,
                            "available": u.available,
                        }
                        for u in v.units
                    ],
                }
                for v in values
            ],
            out,
        )
    print(say("province_rpjmd_header", lang, period=period), file=out)
    by_text = word("province_rpjmd_by_text", lang)
    for v in values:
        shown = band(v.score)
        cells = (
            v.code or f"({by_text})",
            v.text,
            str(len(v.units)),
            f"{v.indicators} ({v.available})",
            format_id(v.score),
            say_value("band_", shown, lang, default="-"),
        )
        print("\t".join(cells), file=out)
        for u in v.units:
            share = (f"{u.unit_code} {u.unit_name}", f"{u.indicators} ({u.available})")
            print(f"  └ {share[0]}\t{share[1]}\t{format_id(u.score)}", file=out)
    return 0


def _tree(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    """The province cascade (the window's tree), one official a line, indented under the one
    they signed with."""
    from app.cli import _lang
    from app.cli_text import say, say_value, word
    from app.engine.numbers import format_id, json_number
    from app.services import province_tree

    period, lang = _period(args), _lang(args)
    roots = province_tree.cascade_tree(db, args.year, period)

    def as_dict(node: province_tree.CascadeNode) -> dict[str, object]:
        return {
            "name": node.name,
            "level": node.level,
            "title": node.title,
            "unit_code": node.unit_code,
            "agreement_id": node.agreement_id,
            "status": node.status,
            "indicators": node.indicators,
            "cascaded": node.cascaded,
            "score": json_number(node.score),
            "children": [as_dict(child) for child in node.children],
        }

    if args.json:
        return _dump([as_dict(root) for root in roots], out)
    print(say("province_tree_header", lang, period=period), file=out)
    no_pk = word("province_tree_no_pk", lang)
    stack = [(root, 0) for root in reversed(roots)]
    while stack:
        node, depth = stack.pop()
        cells = [
            "  " * depth + node.name,
            say_value("level_", node.level, lang, default=""),
            node.unit_code,
        ]
        if node.agreement_id is None:
            cells += [no_pk, "", ""]
        else:
            status = say_value("status_", node.status, lang)
            cells += [status, f"{node.indicators} ({node.cascaded})", format_id(node.score)]
        print("\t".join(cells).rstrip(), file=out)
        stack.extend((child, depth + 1) for child in reversed(node.children))
    return 0


def _scores(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    from app.cli import _lang
    from app.cli_text import say
    from app.engine.numbers import format_id
    from app.services import province

    periods = [q.value for q in province.QUARTERS]
    ids = province.province_indicator_ids(db, args.year, args.unit)
    values = province.province_values(db, ids, periods.index(_period(args)) + 1)
    print(say("province_scores_header", _lang(args), period=args.period), file=out)
    for value in values:
        cells = (value.target, value.actual, value.capaian)
        shown = [format_id(c) for c in cells]
        print("\t".join([value.name, str(value.units), *shown]), file=out)
    return 0


def _sync_view(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    """The bundle inbox as the window shows it (applied, held, conflicts, refused and why) or
    the database's mode."""
    from app.cli import _lang
    from app.cli_text import word
    from app.sync import consolidation
    from app.sync.inbox import inbox_entries, refusal_log

    if args.view == "mode":
        if args.set:
            consolidation.set_database_mode(db, args.set)
        print(consolidation.database_mode(db), file=out)  # the value --set takes
        return 0
    lang = _lang(args)
    print(word("province_inbox_header", lang), file=out)
    for row in inbox_entries(db, refusal_log(args.paths.data_dir), args.unit):
        received = row.received_at.isoformat(timespec="seconds")
        cells = (received, row.unit_code, row.seq, row.state_word(lang), row.reason(lang))
        print("\t".join((*cells, row.file_name)), file=out)
    return 0

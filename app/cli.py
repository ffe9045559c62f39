"""The `pk-desk` command: the GUI when called bare, and scriptable sub-commands.

Errors the user can act on print one sentence on stderr and exit 2; a traceback appears
only with --debug.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from app.cli_text import band_name, counts_text, say, say_value, word
from app.paths import AppPaths
from app.services.errors import ServiceError

if TYPE_CHECKING:
    from app.models.database import Database

EXIT_USAGE = 2


class CliError(Exception):
    """A plain-sentence error for the command line; `en` is the English sentence."""

    def __init__(self, message: str, *, en: str | None = None) -> None:
        super().__init__(message)
        self.en = en


def _open(args: argparse.Namespace, *, create: bool = False, reading: bool = False) -> Database:
    """The one way commands open `--db`: files and URLs alike; never creates unless asked.
    `reading`: the command only reads, so a database the GUI holds opens read-only."""
    from app.models.database import open_database

    paths: AppPaths = args.paths
    target = args.db or paths.default_db
    if "://" not in str(target) and not create and not Path(target).exists():
        raise CliError(
            f"Basis data {target} tidak ditemukan; buat dengan 'pk-desk demo --db {target}'.",
            en=f"Database {target} not found; create one with 'pk-desk demo --db {target}'.",
        )
    db = open_database(
        target,
        backup_dir=paths.backups_dir,
        create=create,
        when_in_use="read_only" if reading else "refuse",
    )
    for notice in db.notices:
        print(f"pk-desk: {notice}", file=sys.stderr)
    return db


# --- demo -----------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from app.models.database import open_database
    from app.services import demo, synthetic

    if args.db and "://" in args.db:  # a server: Path() would fold "//" into a file name
        from app.services.province_db import open_empty_server

        server = open_empty_server(args.db)
        target: Path | str = server.url
    else:
        target = Path(args.db) if args.db else args.paths.demo_db
        server = None
    if isinstance(target, Path) and target.exists():
        if not args.force:
            raise CliError(
                f"{target} sudah ada; pakai --force untuk menimpanya.",
                en=f"{target} already exists; use --force to overwrite it.",
            )
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
    if isinstance(target, Path):
        target.parent.mkdir(parents=True, exist_ok=True)
    with server or open_database(target, backup_dir=args.paths.backups_dir) as db:
        if args.scale == "province":
            counts = synthetic.generate_province(db, seed=args.seed)
        else:
            counts = demo.load_demo(db)
    lang = _lang(args)
    print(say("demo_created", lang, path=str(target), summary=counts_text(counts, lang)))
    return 0


# --- list -----------------------------------------------------------------------------------


def _table(rows: list[dict[str, Any]], columns: list[str], lang: str = "id") -> str:
    """Rows as aligned columns, titled in `lang` (`col_<key>` in app/cli_text)."""
    if not rows:
        return word("table_empty", lang)
    cells = [[str(row.get(c) if row.get(c) is not None else "-") for c in columns] for row in rows]
    titles = [word(f"col_{c}", lang) for c in columns]
    widths = [max(len(t), *(len(r[i]) for r in cells)) for i, t in enumerate(titles)]
    widths = [min(w, 60) for w in widths]
    lines = ["  ".join(t.ljust(w) for t, w in zip(titles, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append("  ".join(v[:w].ljust(w) for v, w in zip(row, widths, strict=True)))
    return "\n".join(lines)


def cmd_list(args: argparse.Namespace) -> int:
    from app.services import queries

    with _open(args, reading=True) as db:
        if args.what == "units":
            rows = [r.as_dict() for r in queries.list_units(db)]
            columns = ["id", "code", "name", "kind", "parent_code", "profile"]
        elif args.what == "officials":
            rows = [r.as_dict() for r in queries.list_officials(db, args.unit)]
            columns = ["id", "name", "nip", "level", "unit_code", "position_title"]
        else:
            rows = [
                r.as_dict()
                for r in queries.list_agreements(db, year=args.year, unit_code=args.unit)
            ]
            columns = [
                "id",
                "year",
                "unit_code",
                "owner",
                "owner_nip",
                "status",
                "kind",
                "indicator_count",
            ]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    lang = _lang(args)
    for row in rows:  # the words of a status or kind; the JSON keeps the stored values
        for key in ("status", "kind"):
            if key in row and args.what == "agreements":
                row[key] = say_value(f"{key}_", row[key], lang)
    print(_table(rows, columns, lang))
    return 0


# --- score and check -------------------------------------------------------------------------


def _lang(args: argparse.Namespace) -> str:
    """--lang, else the language saved in Settings (resolved in `main`), else Indonesian."""
    return getattr(args, "language", None) or getattr(args, "lang", None) or "id"


def _read_bytes(path: str) -> bytes:
    """A file's bytes without a UTF-8 BOM (Notepad's default), or one sentence."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise CliError(f"Berkas {path} tidak ditemukan.", en=f"File {path} not found.") from None
    return data[3:] if data.startswith(b"\xef\xbb\xbf") else data


def _decode_json(path: str, data: bytes) -> object:
    """A JSON file as Python data, numbers with a fraction read exactly as Decimal.

    msgspec decodes in C straight from the bytes: a JSON number becomes a Decimal from its
    own digits (never through a binary float), and nesting deeper than Python allows is a
    RecursionError, not a crash. A UTF-8 BOM (Notepad's default) is accepted, and a file
    that is not JSON, too deep, or holds an integer too long to read is one sentence.
    """
    from decimal import Decimal

    import msgspec

    try:
        return msgspec.json.Decoder(float_hook=Decimal).decode(data)
    except RecursionError:
        raise CliError(
            f"Berkas {path}: JSON bersarang terlalu dalam untuk sebuah skenario.",
            en=f"File {path}: the JSON is nested too deeply for a scenario.",
        ) from None
    except msgspec.ValidationError:  # an integer beyond 64 bits
        raise CliError(
            f"Berkas {path} memuat angka yang terlalu besar untuk dibaca.",
            en=f"File {path} holds a number too large to read.",
        ) from None
    except msgspec.DecodeError as exc:
        where = _where(data, str(exc))
        raise CliError(
            f"Berkas {path} bukan JSON yang valid ({where}).",
            en=f"File {path} is not valid JSON ({_english_where(where)}).",
        ) from None


def _where(data: bytes, message: str) -> str:
    """'baris L, kolom C: what' from msgspec's '… (byte N)' message."""
    import re

    found = re.search(r"\(byte (\d+)\)", message)
    what = re.sub(r"^JSON is malformed: |\s*\(byte \d+\)", "", message)
    if found is None:
        return what
    offset = min(int(found.group(1)), len(data))
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return f"baris {line}, kolom {column}: {what}"


def _english_where(where: str) -> str:
    return where.replace("baris ", "line ").replace("kolom ", "column ")


def _print_json(data: object, *, pretty: bool = True) -> None:
    """JSON to stdout: compact by default for scripts, indented with --pretty.

    msgspec writes UTF-8 in C, a few times faster than `json.dump` on a province.
    """
    import msgspec

    encoded = msgspec.json.encode(data)
    if pretty:
        encoded = msgspec.json.format(encoded, indent=2)
    sys.stdout.flush()
    sys.stdout.buffer.write(encoded)  # not `encoded + b"\n"`: a province's result is 13 MB
    sys.stdout.buffer.write(b"\n")
    sys.stdout.buffer.flush()


def cmd_score(args: argparse.Namespace) -> int:
    from app.engine.numbers import format_id

    if args.scenario:
        if args.db or args.year or args.unit:
            raise CliError(
                "Berikan berkas skenario JSON atau --db, tidak keduanya.",
                en="Give a JSON scenario file or --db, not both.",
            )
        return _score_scenario(args)
    if not args.db:
        raise CliError(
            "Berikan berkas skenario JSON atau --db BERKAS dengan --period.",
            en="Give a JSON scenario file, or --db FILE with --period.",
        )
    from app.engine.scenario import result_from_score
    from app.services import scoring
    from app.services.profiles import load_profile

    with _open(args, reading=True) as db:
        scored = scoring.score_agreements(
            db, as_of=args.period, year=args.year, unit_code=args.unit
        )
        findings = scoring.findings_for(db, _agreement_ids_filter([s.meta.id for s in scored]))
        with db.session() as session:  # labels as this database's profiles give them
            profiles = {
                code: load_profile(code, session) for code in {s.meta.profile_code for s in scored}
            }
    lang = _lang(args)
    if args.json:
        _print_json(
            {
                "period": args.period,
                "year": args.year,
                "agreements": [
                    {
                        "id": s.meta.id,
                        "year": s.meta.year,
                        "unit": s.meta.unit_code,
                        "owner": s.meta.owner_name,
                        "status": s.meta.status,
                        **result_from_score(
                            s.input,
                            s.score,
                            findings.get(s.meta.id, []),
                            {},
                            profiles[s.meta.profile_code],
                            lang,
                            records=True,
                        ),
                    }
                    for s in scored
                ],
            },
            pretty=args.pretty,
        )
        return 0
    rows = []
    for s in scored:
        errors = [f for f in findings.get(s.meta.id, []) if f.blocks_final]
        rows.append(
            {
                "year": s.meta.year,
                "unit": s.meta.unit_code,
                "owner": s.meta.owner_name,
                "overall": format_id(s.score.overall),
                "band": band_name(s.score.band, lang),
                "errors": len(errors),
            }
        )
    print(_table(rows, ["year", "unit", "owner", "overall", "band", "errors"], lang))
    if args.unit and len(scored) == 1:
        print()
        capaian, weight = word("score_capaian", lang), word("score_weight", lang)
        for goal, goal_score in zip(scored[0].input.goals, scored[0].score.goals, strict=True):
            print(say("score_goal", lang, goal=goal.name, score=format_id(goal_score.score)))
            for indicator, score in zip(goal.indicators, goal_score.indicators, strict=True):
                print(
                    f"  {indicator.name[:70]:70}  {capaian} {format_id(score.capaian):>7}"
                    f"  {weight} {format_id(score.weighted_weight):>6}"
                )
    return 0


def _agreement_ids_filter(ids: list[str]) -> Callable[[Any], Any]:
    from app.models import Agreement

    return lambda query: query.where(Agreement.id.in_(ids))


def _score_scenario(args: argparse.Namespace) -> int:
    from app.engine.scenario import (
        ScenarioError,
        parse_scenario,
        parse_scenario_json,
        score_scenario,
    )
    from app.engine.scoring import paused_gc
    from app.services.profiles import load_profile

    # What the run built stays referenced until the process ends at once (`_exit_at_once`):
    # freeing a province's records one by one is work nobody needs.
    keep: list[object] | None = [] if args.whole_process else None
    try:
        with paused_gc():
            data = _read_bytes(args.scenario)
            # straight into typed records; a file with any problem goes the way that names it
            scenario = parse_scenario_json(data, keep)
            if scenario is None:
                scenario = parse_scenario(_decode_json(args.scenario, data))
            profile = load_profile(args.profile or scenario.profile or "kaltara")
            result = score_scenario(scenario, profile, _lang(args), keep, records=True)
            _print_json(result, pretty=args.pretty)
    except ScenarioError as exc:
        raise CliError(
            f"{args.scenario}: {exc.sentence('id')}", en=f"{args.scenario}: {exc}"
        ) from exc
    if args.whole_process:
        _exit_at_once(0)
    return 0


def _exit_at_once(code: int) -> NoReturn:
    """End the process once its output is written, without freeing what it built one object
    at a time: a province's scenario leaves some two million objects whose teardown took
    50 ms (6 % of the command), and the system takes the process's memory back at once.
    Only for a command that holds nothing else to close (no database, no files open)."""
    import os

    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _iso_date(text: str, lang: str = "id") -> Any:
    """An argparse type: YYYY-MM-DD, or one sentence saying what is wrong (exit 2)."""
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say("date_invalid", lang, text=text)) from None


def cmd_check(args: argparse.Namespace) -> int:
    import datetime as dt

    from app.engine.messages import render
    from app.services import queries, scoring

    today = args.today or dt.date.today()
    with _open(args, reading=True) as db:
        if args.agreement:
            found = {args.agreement: scoring.agreement_findings(db, args.agreement, today=today)}
        else:
            found = scoring.findings_for(db, today=today)
        owners = {a.id: a for a in queries.list_agreements(db)}
    lang = _lang(args)
    items = [
        {
            "agreement": agreement_id,
            "owner": owners[agreement_id].owner if agreement_id in owners else None,
            "year": owners[agreement_id].year if agreement_id in owners else None,
            "rule": f.rule,
            "severity": f.severity.value,
            "goal": f.goal_id,
            "indicator": f.indicator_id,
            "field": f.field,
            "message": render(f, lang),
        }
        for agreement_id, findings in found.items()
        for f in findings
    ]
    if args.json:
        _print_json(items)
    else:
        for item in items:
            severity = say_value("severity_", item["severity"], lang)
            print(
                f"[{severity}] {item['rule']} — {item['owner']} {item['year']}: {item['message']}"
            )
        errors = sum(1 for item in items if item["severity"] == "error")
        print(
            say(
                "check_summary",
                lang,
                agreements=len(found),
                errors=errors,
                others=len(items) - errors,
            )
        )
    return 1 if any(item["severity"] == "error" for item in items) else 0


# --- pdf ------------------------------------------------------------------------------------


def cmd_pdf(args: argparse.Namespace) -> int:
    if not args.agreement:
        return _pdf(args)
    from app.engine.scoring import paused_gc

    # One agreement in a short-lived process: no collection walks the modules it has just
    # imported (a tenth of a cold print, issue 12); reference counting still frees the rest.
    with paused_gc():
        return _pdf(args)


def _pdf(args: argparse.Namespace) -> int:
    from app.services import printing

    if bool(args.agreement) == bool(args.unit):
        raise CliError(
            "Pilih satu: --agreement ID dengan --out, atau --unit KODE dengan --out-dir.",
            en="Choose one: --agreement ID with --out, or --unit CODE with --out-dir.",
        )
    options = {
        "doc": args.doc,
        "paper": args.paper,
        "copies": args.copies,
        "period": args.period,
        "report_date": args.report_date,
        "plan_every_indicator": args.all_iku,
    }
    if args.agreement and not args.out:
        raise CliError(
            "Sebutkan berkas PDF keluaran dengan --out FILE.pdf.",
            en="Name the output PDF with --out FILE.pdf.",
        )
    if args.agreement:
        # A SQLite file in the plain case is read without SQLAlchemy (issue 12): same bytes.
        lean = printing.print_agreement_file(
            args.db or args.paths.default_db,
            args.agreement,
            args.out,
            backup_dir=args.paths.backups_dir,
            **options,
        )
        if lean is not None:
            return _print_results(args, [lean])
    with _open(args, reading=True) as db:
        if args.agreement:
            results = [printing.print_agreement(db, args.agreement, args.out, **options)]
        else:
            if not args.out_dir:
                raise CliError(
                    "Sebutkan folder keluaran dengan --out-dir FOLDER.",
                    en="Name the output folder with --out-dir FOLDER.",
                )

            def progress(done: int, total: int) -> None:
                print(
                    "\r" + say("pdf_progress", _lang(args), done=done, total=total),
                    end="",
                    file=sys.stderr,
                    flush=True,
                )

            bulk = printing.print_unit(
                db,
                args.unit,
                args.out_dir,
                year=args.year,
                progress=progress if sys.stderr.isatty() else None,
                **options,
            )
            if sys.stderr.isatty():
                print(file=sys.stderr)
            results = bulk.results
    return _print_results(args, results)


def _print_results(args: argparse.Namespace, results: list[Any]) -> int:
    if args.json:
        rows = [
            {
                "agreement_id": r.agreement_id,
                "path": str(r.path),
                "pages": r.pages,
                "documents": list(r.documents),
                "copies": list(r.copies),
                "printed_pdf_sha256": r.printed_pdf_sha256,
            }
            for r in results
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    lang = _lang(args)
    for r in results:
        print(
            say(
                "pdf_written",
                lang,
                path=str(r.path),
                pages=r.pages,
                documents=", ".join(r.documents),
                sha=r.printed_pdf_sha256,
            )
        )
    if args.unit:
        print(say("pdf_unit_done", lang, count=len(results), folder=args.out_dir))
    return 0


# --- xlsx -----------------------------------------------------------------------------------


def cmd_xlsx(args: argparse.Namespace) -> int:
    from app.services import xlsx_cli

    if args.xlsx_command == "template":
        return xlsx_cli.run_template(args.name, args.out)
    with _open(args) as db:
        if args.xlsx_command == "import":
            return xlsx_cli.run_import(
                db,
                args.file,
                agreement_id=args.agreement,
                unit_code=args.unit,
                dry_run=args.dry_run,
                as_json=args.json,
                lang=_lang(args),
                reader=args.reader,
            )
        return xlsx_cli.run_export(
            db, args.agreement, args.out, sheets=args.sheets, period=args.period, paper=args.paper
        )


# --- history --------------------------------------------------------------------------------


def cmd_history(args: argparse.Namespace) -> int:
    from app.services import history

    with _open(args) as db:
        entries = history.agreement_history(db, args.agreement)
    if args.json:
        print(json.dumps([e.as_dict() for e in entries], ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(history.history_csv(entries))
    return 0


# --- restore --------------------------------------------------------------------------------


def cmd_restore(args: argparse.Namespace) -> int:
    from app.models.database import restore_database

    paths: AppPaths = args.paths
    target = args.db or paths.default_db
    if "://" in str(target):
        raise CliError(
            "Pemulihan dari cadangan hanya untuk berkas basis data, bukan URL.",
            en="Restoring from a backup works on database files only, not on URLs.",
        )
    source = Path(args.source) if args.source else None
    used, kept = restore_database(target, paths.backups_dir, source)
    lang = _lang(args)
    aside = say("restored_aside", lang, kept=str(kept)) if kept else ""
    print(say("restored", lang, target=str(target), used=str(used), aside=aside))
    return 0


# --- gui ------------------------------------------------------------------------------------


def cmd_gui(args: argparse.Namespace) -> int:
    from app.models.database import open_database

    paths: AppPaths = args.paths
    if args.demo and not args.db:
        target = paths.demo_db
        if not target.exists():
            paths.ensure()
            from app.services import demo

            with open_database(target, backup_dir=paths.backups_dir) as db:
                demo.load_demo(db)
    else:
        target = Path(args.db) if args.db else paths.default_db
        paths.ensure()
    from app.ui.shell.app import run_gui

    return run_gui(
        target,
        paths=paths,
        lang=args.lang,
        screenshot=getattr(args, "screenshot", None),
        select=getattr(args, "select", None),
    )


# --- province -------------------------------------------------------------------------------


def cmd_province(args: argparse.Namespace) -> int:
    from app.services import province_cli

    with _open(args, reading=args.view != "unlock") as db:
        return province_cli.run(db, args, sys.stdout)


def cmd_reference(args: argparse.Namespace) -> int:
    from app.services import reference_cli

    with _open(args, reading=args.action == "list") as db:
        return reference_cli.run(db, args, sys.stdout)


# --- selftest -------------------------------------------------------------------------------


def cmd_selftest(args: argparse.Namespace) -> int:
    from app import selftest

    return selftest.run(sys.stdout, gui=not args.no_gui, lang=_lang(args))


# --- parser ---------------------------------------------------------------------------------


class _Version(argparse.Action):
    """--version, with the version read only when asked (`app.__version__` is lazy)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("help", "show program's version number and exit")  # as argparse says
        super().__init__(option_strings, dest=argparse.SUPPRESS, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        from app import __version__

        print(f"PK Desk {__version__}")
        parser.exit()


def build_parser(lang: str = "id") -> argparse.ArgumentParser:
    """The parser, written in Indonesian; `lang` words the errors of typed values."""
    parser = argparse.ArgumentParser(
        prog="pk-desk",
        description="PK Desk: susun, periksa, cetak dan nilai Perjanjian Kinerja tanpa jaringan.",
        epilog="Tanpa sub-perintah, PK Desk membuka aplikasi desktop.",
    )
    parser.add_argument("--version", action=_Version)
    parser.add_argument("--debug", action="store_true", help="tampilkan traceback saat galat")
    parser.add_argument("--data-dir", help="folder data pengguna (bawaan: folder platformdirs)")
    parser.add_argument("--db", help="berkas basis data SQLite atau URL SQLAlchemy")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="buka aplikasi dengan basis data demo (dibuat bila belum ada)",
    )
    parser.add_argument(
        "--lang", choices=["id", "en"], default=None, help="bahasa antarmuka (bawaan: id)"
    )
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")

    def add(
        name: str, handler: Callable[[argparse.Namespace], int], help_text: str
    ) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text, description=help_text)
        command.add_argument(
            "--db", default=argparse.SUPPRESS, help="berkas basis data SQLite atau URL SQLAlchemy"
        )
        command.set_defaults(handler=handler)
        return command

    demo = add("demo", cmd_demo, "buat basis data demo dari dokumen sumber (seeds)")
    demo.add_argument(
        "--scale",
        choices=["unit", "province"],
        default="unit",
        help="unit: perjanjian nyata dari seeds; province: provinsi sintetis",
    )
    demo.add_argument("--seed", type=int, default=2024, help="benih acak untuk --scale province")
    demo.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")

    from app.services.province_cli import add_arguments as province_arguments

    province_arguments(
        add("province", cmd_province, "tampilan provinsi: cakupan PK dan pelaporan per unit")
    )

    from app.services.reference_cli import add_arguments as reference_arguments

    reference_arguments(
        add(
            "reference",
            cmd_reference,
            "data referensi provinsi: list, add, remove, export (bundel referensi bertanda tangan)",
        )
    )

    listing = add("list", cmd_list, "daftar unit, pejabat atau perjanjian beserta id-nya")
    listing.add_argument("what", choices=["units", "officials", "agreements"])
    listing.add_argument("--json", action="store_true", help="keluaran JSON")
    listing.add_argument("--year", type=int, help="hanya tahun ini (agreements)")
    listing.add_argument("--unit", help="hanya kode unit ini")

    score = add(
        "score", cmd_score, "nilai skenario JSON (SPEC §6.6) atau perjanjian dalam basis data"
    )
    score.add_argument(
        "scenario",
        nargs="?",
        metavar="SKENARIO.json",
        help="berkas skenario JSON; hasil JSON ke stdout",
    )
    score.add_argument("--profile", help="profil bila skenario tidak menyebutnya (bawaan kaltara)")
    score.add_argument("--year", type=int, help="tahun perjanjian (dengan --db)")
    score.add_argument("--period", default="TW4", help="TW1..TW4, S1 atau annual (bawaan TW4)")
    score.add_argument("--unit", help="hanya kode unit ini")
    score.add_argument("--json", action="store_true", help="keluaran JSON")
    score.add_argument(
        "--pretty", action="store_true", help="JSON berindentasi (bawaan: ringkas, satu baris)"
    )

    check = add("check", cmd_check, "periksa semua aturan (SPEC §5); keluar 1 bila ada galat")
    check.add_argument("--agreement", metavar="ID", help="hanya perjanjian ini")
    check.add_argument(
        "--today",
        type=lambda text: _iso_date(text, lang),
        metavar="YYYY-MM-DD",
        help="tanggal acuan tenggat (bawaan: hari ini)",
    )
    check.add_argument("--json", action="store_true", help="keluaran JSON")

    pdf = add("pdf", cmd_pdf, "cetak dokumen perjanjian ke PDF (satu perjanjian atau satu unit)")
    pdf.add_argument(
        "--agreement", metavar="ID", help="id perjanjian (lihat 'pk-desk list agreements')"
    )
    pdf.add_argument(
        "--unit", metavar="KODE", help="cetak semua perjanjian unit ini (dan unit di bawahnya)"
    )
    pdf.add_argument(
        "--doc",
        default="set",
        metavar="NAMA|set",
        help="set (dokumen 1-6) atau pernyataan, pk_table, rincian_target, rencana_aksi, ksd, "
        "metadata, penetapan_metadata, addendum, skp, matriks_cascading, laporan_capaian",
    )
    pdf.add_argument(
        "--paper", default="a4", choices=["a4", "f4"], help="ukuran kertas (bawaan a4)"
    )
    pdf.add_argument("--out", metavar="FILE.pdf", help="berkas PDF keluaran (dengan --agreement)")
    pdf.add_argument("--out-dir", metavar="FOLDER", help="folder keluaran (dengan --unit)")
    pdf.add_argument("--copies", metavar="owner,tim", help="rangkap berlabel, mis. owner,tim")
    pdf.add_argument("--period", help="periode laporan capaian: TW1..TW4, S1 atau annual")
    pdf.add_argument(
        "--report-date",
        metavar="YYYY-MM-DD|today|blank",
        help="tanggal laporan capaian (bawaan: hari ini; blank = diisi tangan)",
    )
    pdf.add_argument(
        "--all-iku",
        action="store_true",
        help="Rencana Aksi: semua IKU, yang belum berencana dengan baris kosong",
    )
    pdf.add_argument("--year", type=int, help="hanya perjanjian tahun ini (dengan --unit)")
    pdf.add_argument("--json", action="store_true", help="keluaran JSON")

    xlsx = add("xlsx", cmd_xlsx, "impor dan ekspor buku kerja Excel (.xlsx), templat kosong")
    xlsx_sub = xlsx.add_subparsers(dest="xlsx_command", metavar="import|export|template")
    xlsx_sub.required = True
    x_import = xlsx_sub.add_parser(
        "import",
        help="impor PK, Rincian Target, Rencana Aksi, KSD, matriks cascading, daftar pejabat",
        description="Pratinjau lalu impor dalam satu transaksi; sel yang tidak terbaca disebutkan.",
    )
    x_import.add_argument("file", metavar="FILE.xlsx")
    x_import.add_argument("--agreement", metavar="ID", help="isi perjanjian yang ada (draf)")
    x_import.add_argument("--unit", metavar="KODE", help="buat perjanjian baru untuk unit ini")
    x_import.add_argument("--dry-run", action="store_true", help="hanya pratinjau, tidak menulis")
    x_import.add_argument("--json", action="store_true", help="laporan JSON")
    x_import.add_argument("--reader", choices=["calamine", "openpyxl"], help=argparse.SUPPRESS)
    x_export = xlsx_sub.add_parser(
        "export", help="ekspor perjanjian ke buku kerja berformat (PK, Rincian Target, RA, KSD …)"
    )
    x_export.add_argument("--agreement", metavar="ID", required=True)
    x_export.add_argument("--out", metavar="FILE.xlsx", required=True)
    x_export.add_argument(
        "--sheets",
        metavar="NAMA,…",
        help="pk,rincian_target,rencana_aksi,ksd,matriks_cascading,laporan_capaian,metadata "
        "(bawaan: semua)",
    )
    x_export.add_argument("--period", help="periode laporan capaian: TW1..TW4, S1 atau annual")
    x_export.add_argument("--paper", choices=["f4", "a4"], default="f4", help="kertas cetak")
    x_template = xlsx_sub.add_parser("template", help="buku kerja kosong untuk satu tata letak")
    x_template.add_argument(
        "name",
        metavar="NAMA",
        choices=[
            "pk_dki",
            "pk_kaltara",
            "rincian_target",
            "rencana_aksi",
            "ksd",
            "pejabat",
            "matriks_cascading",
        ],
        help="pk_dki, pk_kaltara, rincian_target, rencana_aksi, ksd, pejabat, matriks_cascading",
    )
    x_template.add_argument("--out", metavar="FILE.xlsx")
    for sub_command in (x_import, x_export, x_template):
        sub_command.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    hist = add("history", cmd_history, "riwayat perubahan satu perjanjian (CSV, terbaru dulu)")
    hist.add_argument("--agreement", metavar="ID", required=True, help="id perjanjian")
    hist.add_argument("--json", action="store_true", help="keluaran JSON")

    restore = add(
        "restore", cmd_restore, "pulihkan basis data dari cadangan otomatis (bawaan: terbaru)"
    )
    restore.add_argument(
        "--from", dest="source", metavar="CADANGAN.sqlite", help="berkas cadangan tertentu"
    )

    gui = add("gui", cmd_gui, "buka aplikasi desktop")
    gui.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help="simpan gambar jendela utama ke berkas PNG lalu keluar",
    )
    gui.add_argument(
        "--select",
        metavar="JALUR",
        help="pilih simpul pohon, mis. 'BKD/Maria Qibtya/2024' (dengan --screenshot)",
    )

    selftest = add(
        "selftest",
        cmd_selftest,
        "uji mandiri: basis data, demo, nilai, aturan, PDF dan jendela pada folder sementara",
    )
    selftest.add_argument("--no-gui", action="store_true", help="lewati langkah jendela utama")

    from app.sync.commands import register as register_sync  # argparse only; handlers lazy

    register_sync(sub, add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli_text import speak_argparse, translate_parser, unrecognized, wanted_language

    language = wanted_language(list(sys.argv[1:] if argv is None else argv))
    speak_argparse(language)
    parser = build_parser(language)
    if language == "en":
        translate_parser(parser)
    args, extra = parser.parse_known_args(argv)
    args.language = language if language in ("id", "en") else "id"
    # argparse stops a command's trailing FILE list at an option ("bundle import --db X a b"):
    # file names left over after the options belong to that list; anything else is an error.
    if extra and isinstance(getattr(args, "files", None), list):
        if any(item.startswith("-") for item in extra):
            parser.error(unrecognized(extra))
        args.files.extend(extra)
    elif extra:
        parser.error(unrecognized(extra))
    args.paths = AppPaths.resolve(args.data_dir)
    # the process's own command line (not a caller's list): a command may end it at once
    args.whole_process = argv is None
    handler = getattr(args, "handler", None)
    try:
        return int((handler or cmd_gui)(args))
    except Exception as exc:
        if args.debug or not isinstance(exc, _user_errors()):
            raise
        print(f"pk-desk: {_sentence(exc, _lang(args))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _user_errors() -> tuple[type[BaseException], ...]:
    """Errors that are one sentence for the user. The database layer is imported only by the
    commands that open one (`--version` and `score FILE.json` never load SQLAlchemy), so its
    error type is looked up only when that module is loaded: otherwise it cannot be raised."""
    errors: list[type[BaseException]] = [CliError, ServiceError, OSError]
    database = sys.modules.get("app.models.database")
    if database is not None:
        errors.append(database.DatabaseError)
    return tuple(errors)


def _sentence(exc: BaseException, lang: str = "id") -> str:
    from app.services.errors import error_text

    if isinstance(exc, OSError) and not isinstance(exc, CliError):
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        return f"{exc.strerror or exc}{where}."
    if isinstance(exc, CliError) and lang == "en" and exc.en:
        text = exc.en.strip()
    else:
        text = error_text(exc, lang).strip()
    return text if text.endswith((".", "!", "?")) else text + "."


if __name__ == "__main__":  # pragma: no cover
    # Run the importable module, not this `__main__` copy: services raise `app.cli.CliError`,
    # which a `__main__.CliError` handler would not catch (a traceback instead of a sentence).
    from app.cli import main as _main

    sys.exit(_main())

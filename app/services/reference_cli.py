"""`pk-desk reference …`: the province's reference data on the command line (SPEC §9, §11).

list shows it, add/remove edit it by province code, export writes the signed reference
bundle the units import with `pk-desk bundle import`. Imported while the parser is built, so
the database and services load only in `run`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # the parser is built for `pk-desk --version` too: keep it light
    from app.models.database import Database

KIND_CHOICES = ("rpjmd_goal", "rpjmd_indicator", "ksd", "mandatory")
#: The words an operator types for a kind (the Indonesian names the window shows, and the
#: canonical names with hyphens); each is read as its canonical kind.
KIND_ALIASES = {
    "rpjmd": "rpjmd_goal",
    "sasaran-rpjmd": "rpjmd_goal",
    "iku-rpjmd": "rpjmd_indicator",
    "wajib": "mandatory",
    "iku-wajib": "mandatory",
    **{kind.replace("_", "-"): kind for kind in KIND_CHOICES},
}
KIND_METAVAR = "rpjmd|iku-rpjmd|ksd|wajib"
ACTION_HELP = {
    "list": "daftar data referensi",
    "add": "tambah atau ubah satu entri menurut kodenya",
    "remove": "tarik satu entri (unit menariknya pada bundel berikutnya)",
    "export": "tulis bundel referensi bertanda tangan untuk unit",
    "profile": "pembaruan profil daerah: set BERKAS.json, atau remove KODE (kembali ke bawaan)",
}

HELP_EN = {
    "daftar data referensi": "list the reference data",
    "tambah atau ubah satu entri menurut kodenya": "add an entry, or change it by its code",
    "tarik satu entri (unit menariknya pada bundel berikutnya)": (
        "withdraw an entry (units withdraw it with the next bundle)"
    ),
    "tulis bundel referensi bertanda tangan untuk unit": (
        "write the signed reference bundle for the units"
    ),
    "pembaruan profil daerah: set BERKAS.json, atau remove KODE (kembali ke bawaan)": (
        "regional profile update: set FILE.json, or remove CODE (back to the shipped one)"
    ),
    "set: simpan profil dari berkas; remove: tarik pembaruan profil": (
        "set: store the profile from a file; remove: withdraw the profile update"
    ),
    "berkas profil JSON (set) atau kode profil (remove)": (
        "profile JSON file (set) or profile code (remove)"
    ),
    "data referensi provinsi: list, add, remove, export (bundel referensi bertanda tangan)": (
        "the province's reference data: list, add, remove, export (a signed reference bundle)"
    ),
    "jenis data: rpjmd (sasaran RPJMD), iku-rpjmd, ksd, wajib (IKU wajib); "
    "nama lengkapnya juga diterima": (
        "kind of entry: rpjmd (RPJMD goal), iku-rpjmd, ksd, wajib (mandatory indicator); "
        "the full names are accepted too"
    ),
    "kode tetap dari provinsi": "the province's stable code",
    "teks sasaran RPJMD atau nama IKU/KSD": "RPJMD goal text, or the indicator/KSD name",
    "tahun atau rentang tahun, mis. 2025-2029": "a year or a range of years, e.g. 2025-2029",
    "kode sasaran RPJMD (rpjmd_indicator)": "RPJMD goal code (rpjmd_indicator)",
    "satuan pengukuran": "unit of measure",
    "jenjang jabatan, dipisah koma (mandatory; kosong = semua)": (
        "position levels, comma-separated (mandatory; empty = all)"
    ),
    "kode unit, dipisah koma (mandatory; kosong = semua)": (
        "unit codes, comma-separated (mandatory; empty = all)"
    ),
    "kode IKU RPJMD yang diturunkan (mandatory)": "code of the RPJMD indicator it derives from",
    "unit penanggung jawab (ksd)": "responsible units (ksd)",
    "folder tujuan bundel referensi (export)": "folder for the reference bundle (export)",
    "kode penerbit (export; bawaan PROVINSI)": "issuer code (export; default PROVINSI)",
}


def add_arguments(command: argparse.ArgumentParser) -> None:
    """`reference list|add KIND|remove KIND|export`, each taking its options after it."""
    from app.cli_text import HELP_EN as CLI_HELP_EN

    CLI_HELP_EN.update(HELP_EN)
    actions = command.add_subparsers(dest="action", metavar="list|add|remove|export|profile")
    actions.required = True
    made = {name: actions.add_parser(name, help=text) for name, text in ACTION_HELP.items()}
    for name in ("add", "remove"):
        made[name].add_argument(
            "kind",
            type=_kind,
            choices=KIND_CHOICES,
            metavar=KIND_METAVAR,
            help="jenis data: rpjmd (sasaran RPJMD), iku-rpjmd, ksd, wajib (IKU wajib); "
            "nama lengkapnya juga diterima",
        )
    for parser in made.values():
        parser.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        parser.add_argument("--json", action="store_true", help="keluaran JSON")
    made["remove"].add_argument("--code", help="kode tetap dari provinsi")
    add = made["add"]
    add.add_argument("--code", help="kode tetap dari provinsi")
    add.add_argument("--text", help="teks sasaran RPJMD atau nama IKU/KSD")
    add.add_argument("--years", help="tahun atau rentang tahun, mis. 2025-2029")
    add.add_argument("--goal", help="kode sasaran RPJMD (rpjmd_indicator)")
    add.add_argument("--unit-of-measure", help="satuan pengukuran")
    add.add_argument("--levels", help="jenjang jabatan, dipisah koma (mandatory; kosong = semua)")
    add.add_argument("--units", help="kode unit, dipisah koma (mandatory; kosong = semua)")
    add.add_argument("--rpjmd-indicator", help="kode IKU RPJMD yang diturunkan (mandatory)")
    add.add_argument("--responsible", help="unit penanggung jawab (ksd)")
    profile = made["profile"]
    profile.add_argument(
        "operation",
        choices=("set", "remove"),
        help="set: simpan profil dari berkas; remove: tarik pembaruan profil",
    )
    profile.add_argument(
        "target", metavar="FILE|CODE", help="berkas profil JSON (set) atau kode profil (remove)"
    )
    export = made["export"]
    export.add_argument("--out", metavar="FOLDER", help="folder tujuan bundel referensi (export)")
    export.add_argument(
        "--issuer", default="PROVINSI", help="kode penerbit (export; bawaan PROVINSI)"
    )


def _kind(text: str) -> str:
    """A kind as typed, read as its canonical name (argparse then checks the choices)."""
    word = text.strip().lower()
    return KIND_ALIASES.get(word, word)


def _fail(indonesian: str, english: str) -> Exception:
    from app.cli import CliError

    return CliError(indonesian, en=english)


def _years(text: str | None) -> tuple[int, int]:
    parts = [p.strip() for p in (text or "").replace("–", "-").split("-") if p.strip()]
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        numbers = []
    if len(numbers) not in (1, 2):
        raise _fail(
            "Sebutkan tahun dengan --years, mis. 2025 atau 2025-2029.",
            "Give the years with --years, e.g. 2025 or 2025-2029.",
        )
    return numbers[0], numbers[-1]


def _codes(text: str | None) -> tuple[str, ...]:
    return tuple(p.strip() for p in (text or "").split(",") if p.strip())


def _add(db: Database, args: argparse.Namespace) -> str:
    from app.services import reference

    code = args.code or ""
    if args.kind == "rpjmd_goal":
        start, end = _years(args.years)
        return reference.save_rpjmd_goal(
            db, reference.RpjmdGoalEntry(code, args.text or "", start, end)
        )
    if args.kind == "rpjmd_indicator":
        return reference.save_rpjmd_indicator(
            db,
            reference.RpjmdIndicatorEntry(
                code, args.goal or "", args.text or "", args.unit_of_measure
            ),
        )
    if args.kind == "ksd":
        year, _ = _years(args.years)
        return reference.save_ksd(
            db, reference.KsdEntry(code, year, args.text or "", args.responsible)
        )
    start, end = _years(args.years)
    return reference.save_mandatory(
        db,
        reference.MandatoryEntry(
            code,
            args.text or "",
            start,
            end,
            levels=_codes(args.levels),
            unit_codes=_codes(args.units),
            unit_of_measure=args.unit_of_measure,
            rpjmd_indicator_code=args.rpjmd_indicator,
        ),
    )


def _require_province(db: Database) -> None:
    """Reference data is the province's: a unit receives it only by reference bundle."""
    from app.sync.consolidation import database_mode

    if database_mode(db) != "province":
        raise _fail(
            "Data referensi hanya diubah di basis data mode provinsi; unit menerimanya lewat "
            "bundel referensi (jadikan basis data ini mode provinsi dengan "
            "`pk-desk province mode --set province`).",
            "Reference data is only edited in a province-mode database; units receive it by "
            "reference bundle (make this database a province one with "
            "`pk-desk province mode --set province`).",
        )


def _profile(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    """Store a regional profile update from a file, or withdraw one by its code."""
    from app.services import reference

    if args.operation == "set":
        path = Path(args.target)
        data = reference.read_profile_file(path)
        code, version = reference.set_profile_update(db, data, where=path.name)
    else:
        code, version = args.target, reference.withdraw_profile_update(db, args.target)
    if args.json:
        json.dump({"profile": code, "version": version}, out)
        print(file=out)
    else:
        print(f"profile {code} v{version}", file=out)
    return 0


def _listing(db: Database) -> dict[str, list[dict[str, Any]]]:
    from dataclasses import asdict

    from app.services import reference

    data = reference.reference_data(db)
    return {
        "rpjmd_goal": [asdict(e) for e in data.goals],
        "rpjmd_indicator": [asdict(e) for e in data.indicators],
        "ksd": [asdict(e) for e in data.ksd],
        "mandatory": [asdict(e) for e in data.mandatory],
        "profile": [{"code": c, "version": v} for c, v in sorted(data.profiles.items())],
    }


def run(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    """One reference action on an open database; errors are the services' sentences."""
    from app.services import reference

    if args.action in ("add", "remove", "profile"):
        _require_province(db)
    if args.action == "profile":
        return _profile(db, args, out)
    if args.action == "add":
        _add(db, args)
        print(f"{args.kind} {args.code}", file=out)
        return 0
    if args.action == "remove":
        reference.remove(db, args.kind, args.code or "")
        print(f"{args.kind} {args.code}", file=out)
        return 0
    if args.action == "list":
        listing = _listing(db)
        if args.json:
            json.dump(listing, out, ensure_ascii=False, indent=2)
            print(file=out)
            return 0
        for kind, entries in listing.items():
            for entry in entries:
                name = entry.get("text") or entry.get("name") or f"v{entry.get('version')}"
                print(f"{kind}\t{entry['code']}\t{name}", file=out)
        return 0
    from app.sync import service

    if not args.out:
        raise _fail(
            "Sebutkan folder tujuan dengan --out FOLDER.", "Name the folder with --out FOLDER."
        )
    result = service.export_reference(db, args.paths, Path(args.out), issuer=args.issuer)
    info = {
        "file": str(result.path),
        "bundle_id": result.bundle_id,
        "version": result.version,
        "counts": result.counts,
        "sha256": result.sha256,
    }
    if args.json:
        json.dump(info, out, ensure_ascii=False, indent=2)
        print(file=out)
    else:
        counts = ", ".join(f"{n} {name}" for name, n in result.counts.items())
        print(f"{result.path}: versi {result.version} ({counts}).", file=out)
    return 0

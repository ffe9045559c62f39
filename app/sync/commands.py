"""`pk-desk keys …` and `pk-desk bundle …`: argument parsing here, work in app.sync.service.

Only argparse is imported at module level: `pk-desk --version` builds the parser and must
stay light; each handler imports what it needs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Add = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def _lang(args: argparse.Namespace) -> str:
    from app.cli import _lang as cli_language

    return cli_language(args)


def _say(args: argparse.Namespace, message_id: str, **params: Any) -> str:
    from app.cli_text import say

    return say(message_id, _lang(args), **params)


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()


def _error(indonesian: str, english: str) -> Exception:
    from app.cli import CliError

    return CliError(indonesian, en=english)


def _open(args: argparse.Namespace) -> Any:
    from app.cli import _open as open_cli_database

    return open_cli_database(args)


# --- keys -----------------------------------------------------------------------------------


def cmd_keys(args: argparse.Namespace) -> int:
    from app.sync import keys, service

    if args.action == "show":
        key = service.installation_key(args.paths)
        info = {
            "key_id": key.key_id,
            "fingerprint": key.fingerprint,
            "installation_id": key.installation_id,
            "public_key": key.public_b64,
            "folder": str(args.paths.keys_dir),
        }
        if args.json:
            _print_json(info)
        else:
            print(_say(args, "key_id", value=key.key_id))
            print(_say(args, "key_fingerprint", value=key.fingerprint))
            print(_say(args, "key_installation", value=key.installation_id))
            print(_say(args, "key_public", value=key.public_b64))
        return 0
    if args.action == "export":
        if not args.out:
            raise _error(
                "Sebutkan berkas keluaran dengan --out FILE.pkkey.",
                "Name the output file with --out FILE.pkkey.",
            )
        key = service.installation_key(args.paths)
        Path(args.out).write_text(json.dumps(key.public_key_document(args.unit), indent=2), "utf-8")
        print(f"{args.out}: {key.fingerprint}")
        return 0
    store = service.trust_store(args.paths)
    if args.action == "list":
        rows = [
            {
                "key_id": k.key_id,
                "fingerprint": k.fingerprint,
                "unit": k.unit,
                "label": k.label,
                "trusted_at": k.trusted_at,
                "revoked_at": k.revoked_at,
            }
            for k in store.keys()
        ]
        if args.json:
            _print_json(rows)
        else:
            for row in rows:
                revoked = row["revoked_at"]
                state = _say(args, "key_revoked", at=str(revoked)) if revoked else ""
                print(f"{row['fingerprint']}  {row['unit']}  {row['label']}{state}")
        return 0
    if args.action == "trust":
        if not args.target or not args.unit:
            raise _error(
                "Sebutkan berkas kunci (.pkkey) dan --unit KODE.",
                "Name the key file (.pkkey) and --unit CODE.",
            )
        entry = service.trust_key(
            args.paths,
            keys.read_key_text(Path(args.target)),
            args.unit,
            label=args.label or "",
            confirmed_fingerprint=args.fingerprint,
            where=args.target,
        )
        print(f"{entry.fingerprint} → {entry.unit}")
        return 0
    if args.action == "revoke":
        if not args.target:
            raise _error("Sebutkan id kunci yang dicabut.", "Name the key id to revoke.")
        entry = store.revoke(args.target.replace(" ", ""), args.reason or "")
        print(f"{entry.fingerprint}: {entry.revoked_at}")
        return 0
    return 2


# --- bundle ---------------------------------------------------------------------------------


def cmd_bundle(args: argparse.Namespace) -> int:
    handler = {
        "export": _bundle_export,
        "verify": _bundle_verify,
        "import": _bundle_import,
        "receipt": _bundle_receipt,
        "status": _bundle_status,
    }[args.action]
    return handler(args)


def _need(value: object, indonesian: str, english: str) -> None:
    if not value:
        raise _error(indonesian, english)


def _bundle_export(args: argparse.Namespace) -> int:
    from app.sync import service

    _need(
        args.unit,
        "Sebutkan unit yang diekspor dengan --unit KODE.",
        "Name the unit with --unit CODE.",
    )
    _need(
        args.out,
        "Sebutkan folder tujuan dengan --out FOLDER.",
        "Name the folder with --out FOLDER.",
    )
    from app.sync.origin import copied_note

    with _open(args) as db:
        note = copied_note(db, _lang(args))
        if note and not args.json:
            print(note)
        result = service.export(db, args.paths, args.unit, Path(args.out), full=args.full)
    data = {
        "file": str(result.path) if result.path else None,
        "bundle_id": result.bundle_id,
        "kind": result.kind,
        "revisions": result.revisions,
        "agreements": result.agreements,
        "attachments": result.attachments,
        "sha256": result.sha256,
    }
    if args.json:
        _print_json(data)
    elif result.path is None:
        print(_say(args, "bundle_nothing_changed"))
    else:
        print(
            _say(
                args,
                "bundle_written",
                path=str(result.path),
                revisions=result.revisions,
                agreements=result.agreements,
                attachments=result.attachments,
            )
        )
    return 0


def _bundle_verify(args: argparse.Namespace) -> int:
    from app.sync import service
    from app.sync.keys import fingerprint

    _need(args.files, "Sebutkan berkas bundel yang diperiksa.", "Name the bundle files to verify.")
    status = 0
    for name in args.files:
        bundle = service.verify(Path(name), args.paths, accept_untrusted=args.accept_untrusted)
        info = {
            "file": name,
            "status": "warning" if bundle.warnings else "success",
            "bundle_id": bundle.bundle_id,
            "kind": bundle.manifest.get("kind"),
            "unit": bundle.origin.get("unit"),
            "key": fingerprint(str(bundle.origin["key_id"])),
            "key_status": bundle.key_status,
            "files": bundle.manifest.get("files"),
            "sha256": bundle.sha256,
        }
        if args.json:
            _print_json(info)
        else:
            print(
                _say(
                    args,
                    "bundle_verified",
                    file=name,
                    kind=info["kind"],
                    unit=info["unit"],
                    key=info["key"],
                )
            )
            if bundle.warnings:
                print(_say(args, "bundle_untrusted"), file=sys.stderr)
    return status


def _bundle_import(args: argparse.Namespace) -> int:
    from app.sync import service
    from app.sync.consolidation import bundle_files
    from app.sync.report_text import report_lines

    _need(args.files, "Sebutkan berkas bundel yang diimpor.", "Name the bundle files to import.")
    files = bundle_files(Path(f) for f in args.files)  # a folder: its bundles, in name order

    def progress(done: int, total: int) -> None:
        print(f"[{done}/{total}] {files[done - 1].name}", file=sys.stderr, flush=True)

    with _open(args) as db:
        results = service.import_files(
            db,
            files,
            args.paths,
            dry_run=args.dry_run,
            accept_untrusted=args.accept_untrusted,
            progress=progress if len(files) > 1 else None,
            issuer=args.issuer,
        )
    lang = _lang(args)
    if args.json:
        _print_json([r.as_dict(lang) for r in results])
    else:
        for result in results:
            if result.error is None:
                for line in report_lines(result.report or {}, lang):
                    print(line)
            elif result.receipt is not None:
                print(
                    f"Returned receipt for the unit: {result.receipt}"
                    if lang == "en"
                    else f"Tanda terima pengembalian untuk unit: {result.receipt}"
                )
    failed = [r for r in results if r.error is not None]
    for result in failed:
        print(f"pk-desk: {result.error.text(lang) if result.error else ''}", file=sys.stderr)
    return 2 if failed else 0


def _bundle_receipt(args: argparse.Namespace) -> int:
    from app.sync import service

    _need(
        args.agreement,
        "Sebutkan perjanjian dengan --agreement ID.",
        "Name the agreement with --agreement ID.",
    )
    _need(
        args.out,
        "Sebutkan folder tujuan dengan --out FOLDER.",
        "Name the folder with --out FOLDER.",
    )
    with _open(args) as db:
        path = service.receipt(
            db,
            args.paths,
            args.agreement,
            Path(args.out),
            returned_reason=args.return_reason,
            period=args.period,
            issuer=args.issuer,
        )
    print(str(path))
    return 0


def _bundle_status(args: argparse.Namespace) -> int:
    from app.services import queries
    from app.sync.state import label, sync_states

    with _open(args) as db:
        states = sync_states(db)
        rows = queries.list_agreements(db, unit_code=args.unit)
    lang = _lang(args)
    out = []
    for row in rows:
        data = row.as_dict()
        state, reason = states.get(str(data["id"]), ("not_sent", None))
        out.append(
            {
                "id": data["id"],
                "unit_code": data["unit_code"],
                "owner": data["owner"],
                "year": data["year"],
                "state": state,
                "reason": reason,
                "label": label(state, reason, lang),
            }
        )
    if args.json:
        _print_json(out)
    else:
        for item in out:
            print(f"{item['id']}  {item['unit_code']}  {item['year']}  {item['label']}")
    return 0


_HELP_EN = {
    "kunci tanda tangan instalasi ini dan kunci tepercaya unit": (
        "this installation's signing key and the units' trusted keys"
    ),
    "bundel sinkronisasi: export, verify, import (--dry-run), receipt, status": (
        "sync bundles: export, verify, import (--dry-run), receipt, status"
    ),
    "show: kunci instalasi ini (dibuat saat pertama dipakai); export: berkas kunci publik "
    "untuk provinsi; trust/revoke/list: kunci tepercaya per unit.": (
        "show: this installation's key (created on first use); export: a public-key file for "
        "the province; trust/revoke/list: trusted keys per unit."
    ),
    "berkas .pkkey (trust) atau id kunci (revoke)": "a .pkkey file (trust) or a key id (revoke)",
    "kode unit pemilik kunci (trust, export)": "code of the unit owning the key (trust, export)",
    "sidik jari yang dikonfirmasi lewat telepon": "the fingerprint confirmed by phone",
    "catatan, mis. nama operator": "a note, e.g. the operator's name",
    "alasan pencabutan": "why the key is revoked",
    "berkas kunci publik (export)": "public-key file (export)",
    "berkas .pkbundle/.pkreceipt": ".pkbundle/.pkreceipt files",
    "unit yang diekspor": "the unit to export",
    "bundel penuh, bukan perubahan saja": "a full bundle, not only the changes",
    "folder tujuan (export, receipt)": "target folder (export, receipt)",
    "coba impor lalu batalkan": "try the import, then roll it back",
    "terima kunci yang belum dipercaya (dengan peringatan)": (
        "accept a key not yet trusted (with a warning)"
    ),
    "perjanjian (receipt)": "agreement (receipt)",
    "kembalikan": "return it with this reason",
    "periode yang disetujui, mis. TW1 (receipt)": "the approved period, e.g. TW1 (receipt)",
    "kode penerbit tanda terima": "code of the receipt's issuer",
}


def register(sub: Any, add: Add) -> None:
    """Add `keys` (alias `key`) and `bundle` to the pk-desk parser, with English help."""
    from app.cli_text import HELP_EN

    HELP_EN.update(_HELP_EN)
    keys_parser = sub.add_parser(
        "keys",
        aliases=["key"],
        help="kunci tanda tangan instalasi ini dan kunci tepercaya unit",
        description="show: kunci instalasi ini (dibuat saat pertama dipakai); export: berkas "
        "kunci publik untuk provinsi; trust/revoke/list: kunci tepercaya per unit.",
    )
    keys_parser.set_defaults(handler=cmd_keys)
    keys_parser.add_argument("action", choices=["show", "export", "trust", "revoke", "list"])
    keys_parser.add_argument(
        "target", nargs="?", help="berkas .pkkey (trust) atau id kunci (revoke)"
    )
    keys_parser.add_argument("--unit", help="kode unit pemilik kunci (trust, export)")
    keys_parser.add_argument("--fingerprint", help="sidik jari yang dikonfirmasi lewat telepon")
    keys_parser.add_argument("--label", help="catatan, mis. nama operator")
    keys_parser.add_argument("--reason", help="alasan pencabutan")
    keys_parser.add_argument("--out", metavar="FILE.pkkey", help="berkas kunci publik (export)")
    keys_parser.add_argument("--json", action="store_true", help="keluaran JSON")

    bundle = add(
        "bundle",
        cmd_bundle,
        "bundel sinkronisasi: export, verify, import (--dry-run), receipt, status",
    )
    bundle.add_argument("action", choices=["export", "verify", "import", "receipt", "status"])
    bundle.add_argument("files", nargs="*", metavar="FILE", help="berkas .pkbundle/.pkreceipt")
    bundle.add_argument("--unit", metavar="KODE", help="unit yang diekspor")
    bundle.add_argument("--full", action="store_true", help="bundel penuh, bukan perubahan saja")
    bundle.add_argument("--out", metavar="FOLDER", help="folder tujuan (export, receipt)")
    bundle.add_argument("--dry-run", action="store_true", help="coba impor lalu batalkan")
    bundle.add_argument(
        "--accept-untrusted",
        action="store_true",
        help="terima kunci yang belum dipercaya (dengan peringatan)",
    )
    bundle.add_argument("--agreement", action="append", metavar="ID", help="perjanjian (receipt)")
    bundle.add_argument("--return", dest="return_reason", metavar="ALASAN", help="kembalikan")
    bundle.add_argument("--period", help="periode yang disetujui, mis. TW1 (receipt)")
    bundle.add_argument("--issuer", default="PROVINSI", help="kode penerbit tanda terima")
    bundle.add_argument("--json", action="store_true", help="keluaran JSON")

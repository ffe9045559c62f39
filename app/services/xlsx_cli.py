"""What `pk-desk xlsx import|export|template` prints; app/cli.py only parses and calls this."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

from app.cli_text import say, say_value
from app.models.database import Database
from app.services.xlsx_import import (
    ImportPreview,
    ImportRefused,
    apply_import,
    entity_label,
    preview_import,
    refusal_sentence,
)


def run_import(
    db: Database,
    path: str,
    *,
    agreement_id: str | None,
    unit_code: str | None,
    dry_run: bool,
    as_json: bool,
    lang: str,
    reader: str | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Preview (and unless --dry-run apply) a workbook; 0 when done, 2 when refused."""
    out = out or sys.stdout
    err = err or sys.stderr
    preview = preview_import(
        db, path, agreement_id=agreement_id, unit_code=unit_code, reader=reader
    )
    if preview.ok and not dry_run:
        try:
            preview = apply_import(
                db, path, agreement_id=agreement_id, unit_code=unit_code, reader=reader
            )
        except ImportRefused as exc:  # the database changed between preview and apply
            print(f"pk-desk: {exc.text(lang)}", file=err)
            return 2
    if as_json:
        json.dump(preview.as_dict(lang), out, ensure_ascii=False, indent=2)
        print(file=out)
    else:
        print(summary_text(preview, lang, dry_run=dry_run), file=out)
    if not preview.ok:
        if not as_json:
            for error in preview.cell_errors:
                print(error.text(lang), file=err)
        print(f"pk-desk: {refusal_sentence(preview, lang)}", file=err)
        return 2
    return 0


def summary_text(preview: ImportPreview, lang: str = "id", *, dry_run: bool = False) -> str:
    lines = [say("xlsx_workbook", lang, name=Path(preview.path).name, reader=preview.reader)]
    if preview.tables:
        tables = ", ".join(
            say("xlsx_table", lang, kind=kind, sheet=sheet, row=row)
            for sheet, kind, row in preview.tables
        )
        lines.append(say("xlsx_tables", lang, tables=tables))
    for entity, by_action in preview.counts().items():
        parts = [f"{n} {say_value('xlsx_', a, lang)}" for a, n in by_action.items()]
        lines.append(f"  {entity_label(entity, lang)}: {', '.join(parts)}")
    for warning in preview.warning_lines(lang):
        lines.append(say("xlsx_warning", lang, warning=warning))
    if preview.ok:
        if preview.applied:
            lines.append(say("xlsx_imported", lang, agreement=preview.agreement_id or "-"))
        elif dry_run:
            lines.append(say("xlsx_dry_run", lang))
    return "\n".join(lines)


def run_export(
    db: Database,
    agreement_id: str,
    out_path: str,
    *,
    sheets: str | None,
    period: str | None,
    paper: str,
    out: TextIO | None = None,
) -> int:
    from app.documents.workbooks import export_agreement

    out = out or sys.stdout

    names = [s.strip() for s in sheets.split(",")] if sheets else None
    written = export_agreement(db, agreement_id, out_path, sheets=names, period=period, paper=paper)
    print(f"{written.path}: {', '.join(written.sheets)}", file=out)
    return 0


def run_template(name: str, out_path: str | None, *, out: TextIO | None = None) -> int:
    from app.documents.workbooks import TEMPLATES, write_template

    out = out or sys.stdout

    target = out_path or f"template_{name}.xlsx"
    write_template(name, target)
    print(f"{target}: {TEMPLATES[name]}", file=out)
    return 0

"""An import report as lines of text for the command line (the window shows a table)."""

from __future__ import annotations

from typing import Any

from app.cli_text import say_value, word

_COUNTS = ("created", "updated", "unchanged", "held", "conflicts", "deleted")


def report_lines(report: dict[str, Any], lang: str = "id") -> list[str]:
    name = report.get("file", "")
    if report.get("kind") == "receipt":
        return [f"{name}: {word('report_receipt', lang)} ({report.get('status')})"]
    counts = report.get("counts", {})
    summary = ", ".join(
        f"{counts.get(k, 0)} {say_value('report_', k, lang)}" for k in _COUNTS if k in counts
    )
    notes = [
        word(message_id, lang)
        for key, message_id in (
            ("dry_run", "report_dry"),
            ("repeated", "report_repeated"),
            ("held", "report_held_note"),
        )
        if report.get(key)
    ]
    if "reference_older" in report.get("warnings", ()):
        notes.append(word("report_reference_older", lang))
    head = f"{name}: {report.get('status')} — {summary}"
    lines = [head + (f" [{'; '.join(notes)}]" if notes else "")]
    for conflict in report.get("conflicts", []):
        lines.append(
            f"  {conflict['kind']} {conflict['entity']} {conflict['key']} "
            f"{conflict['field'] or ''}: {conflict['current']!r} ⟷ {conflict['incoming']!r}"
        )
    return lines

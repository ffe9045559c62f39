"""An import report as lines of text for the command line (the window shows a table)."""

from __future__ import annotations

from typing import Any

_WORDS = {
    "id": {
        "created": "dibuat",
        "updated": "diubah",
        "unchanged": "tetap",
        "held": "ditahan",
        "conflicts": "konflik",
        "deleted": "dihapus",
        "dry": "uji coba (tidak ada yang disimpan)",
        "repeated": "sudah pernah diimpor; laporan sebelumnya",
        "held_note": "ditahan sampai bundel sebelumnya tiba",
        "receipt": "tanda terima dicatat",
        "reference_older": "versi referensi lebih lama dari yang sudah diterapkan; tidak diubah",
    },
    "en": {
        "created": "created",
        "updated": "updated",
        "unchanged": "unchanged",
        "held": "held",
        "conflicts": "conflicts",
        "deleted": "deleted",
        "dry": "dry run (nothing saved)",
        "repeated": "already imported; the earlier report",
        "held_note": "held until the previous bundle arrives",
        "receipt": "receipt recorded",
        "reference_older": "older reference version than the one applied; nothing changed",
    },
}


def report_lines(report: dict[str, Any], lang: str = "id") -> list[str]:
    words = _WORDS["en" if lang == "en" else "id"]
    name = report.get("file", "")
    if report.get("kind") == "receipt":
        return [f"{name}: {words['receipt']} ({report.get('status')})"]
    counts = report.get("counts", {})
    summary = ", ".join(f"{counts.get(k, 0)} {words[k]}" for k in _WORDS["id"] if k in counts)
    notes = []
    if report.get("dry_run"):
        notes.append(words["dry"])
    if report.get("repeated"):
        notes.append(words["repeated"])
    if report.get("held"):
        notes.append(words["held_note"])
    if "reference_older" in report.get("warnings", ()):
        notes.append(words["reference_older"])
    head = f"{name}: {report.get('status')} — {summary}"
    lines = [head + (f" [{'; '.join(notes)}]" if notes else "")]
    for conflict in report.get("conflicts", []):
        lines.append(
            f"  {conflict['kind']} {conflict['entity']} {conflict['key']} "
            f"{conflict['field'] or ''}: {conflict['current']!r} ⟷ {conflict['incoming']!r}"
        )
    return lines

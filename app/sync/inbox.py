"""The bundle inbox of a province (SPEC §9 "Consolidation"): every bundle this database has
seen, with its state — applied, held waiting for its predecessor, applied with conflicts still
open, or refused — and the reason in one sentence, in Indonesian or English.

Applied and held bundles come from the ledger (`sync_bundles`). A refused bundle leaves the
database exactly as it was, so its refusal cannot live there: `record_refusal` appends it to a
small log in the data folder, next to the archive of received bundles, keyed by database. A
refusal whose bundle was later applied (its key trusted, its predecessor arrived) drops out.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.models.changelog import SyncBundle, SyncConflict
from app.models.database import Database
from app.sync.errors import SyncError
from app.sync.errors import render as render_refusal

if TYPE_CHECKING:
    from app.sync.bundle_file import VerifiedBundle

APPLIED, HELD, CONFLICTS, REFUSED = "applied", "held", "conflicts", "refused"
STATES = (APPLIED, HELD, CONFLICTS, REFUSED)
REFUSAL_LOG = "refused-bundles.jsonl"

#: The state's word and the reason's sentence, (Indonesian, English).
STATE_WORDS: dict[str, tuple[str, str]] = {
    APPLIED: ("diterapkan", "applied"),
    HELD: ("ditahan", "held"),
    CONFLICTS: ("konflik", "conflicts"),
    REFUSED: ("ditolak", "refused"),
}
_REASONS: dict[str, tuple[str, str]] = {
    APPLIED: (
        "Diterapkan: {created} dibuat, {updated} diubah, {deleted} dihapus.",
        "Applied: {created} created, {updated} updated, {deleted} deleted.",
    ),
    "applied_resolved": (
        "Diterapkan; {conflicts} konflik sudah dipilih.",
        "Applied; {conflicts} conflicts already chosen.",
    ),
    HELD: (
        "Ditahan menunggu bundel sebelumnya dari {unit} (perubahan sebelum nomor {seq}).",
        "Held waiting for the earlier bundle from {unit} (changes before no. {seq}).",
    ),
    CONFLICTS: (
        "Diterapkan dengan {conflicts} konflik; {open} belum dipilih.",
        "Applied with {conflicts} conflicts; {open} not yet chosen.",
    ),
}


@dataclass(frozen=True)
class InboxEntry:
    """One bundle as the inbox window shows it."""

    bundle_id: str
    unit_code: str
    file_name: str
    seq_from: int | None
    seq_to: int | None
    received_at: dt.datetime
    state: str
    kind: str
    created: int = 0
    updated: int = 0
    conflicts: int = 0
    open_conflicts: int = 0
    reason_id: str = APPLIED
    reason_params: dict[str, Any] = field(default_factory=dict)

    def reason(self, lang: str = "id") -> str:
        """The state's reason in one sentence."""
        if self.state == REFUSED:
            try:
                return render_refusal(self.reason_id, self.reason_params, lang)
            except (KeyError, IndexError, ValueError):  # a log written by another version
                return str(self.reason_params.get("text", ""))
        pair = _REASONS[self.reason_id]
        return (pair[1] if lang == "en" else pair[0]).format(**self.reason_params)

    def state_word(self, lang: str = "id") -> str:
        return STATE_WORDS[self.state][1 if lang == "en" else 0]

    @property
    def seq(self) -> str:
        """The revision numbers it carries, "5–9" (blank when unknown)."""
        if self.seq_from is None:
            return ""
        return (
            str(self.seq_from) if self.seq_to == self.seq_from else f"{self.seq_from}–{self.seq_to}"
        )


def refusal_log(data_dir: Path) -> Path:
    """Where this installation keeps the refusals (beside the archive of received bundles)."""
    return data_dir / REFUSAL_LOG


def _database_key(db: Database) -> str:
    """Which database a refusal was meant for, without keeping a server password."""
    return hashlib.sha256(db.url.encode()).hexdigest()[:16]


def _unit_from_name(name: str) -> str:
    """`pk_<unit>_<uuid>.pkbundle` names its unit; anything else names none."""
    stem = Path(name).stem
    if stem.startswith("pk_") and stem.count("_") >= 2:
        return stem[3:].rsplit("_", 1)[0]
    return ""


def record_refusal(
    log: Path, db: Database, path: Path, error: SyncError, bundle: VerifiedBundle | None
) -> None:
    """Append one refusal to the log; nothing in the database changes."""
    seq = bundle.manifest.get("seq_range") if bundle is not None else None
    has_seq = isinstance(seq, list) and len(seq) == 2
    entry = {
        "database": _database_key(db),
        "bundle_id": bundle.bundle_id if bundle is not None else "",
        "unit_code": str(bundle.origin.get("unit", "")) if bundle else _unit_from_name(path.name),
        "file_name": path.name,
        "seq_from": seq[0] if has_seq else None,
        "seq_to": seq[1] if has_seq else None,
        "kind": str(bundle.manifest.get("kind", "")) if bundle is not None else "",
        "received_at": dt.datetime.now(dt.UTC).isoformat(),
        "message_id": error.message_id,
        "params": {**{k: str(v) for k, v in error.params.items()}, "text": str(error)},
    }
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as out:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
            out.flush()
            os.fsync(out.fileno())
    except OSError:
        pass  # the refusal itself is reported to the user; only its listing is lost


def _refusals(db: Database, log: Path, seen: set[str]) -> list[InboxEntry]:
    """The logged refusals of this database, the newest per bundle (or file), leaving out
    bundles the ledger holds by now."""
    if not log.exists():
        return []
    key = _database_key(db)
    newest: dict[str, InboxEntry] = {}
    for line in log.read_text(encoding="utf-8").splitlines():
        try:
            data = json.loads(line)
            if data.get("database") != key or data.get("bundle_id") in seen:
                continue
            entry = InboxEntry(
                bundle_id=str(data.get("bundle_id") or ""),
                unit_code=str(data.get("unit_code") or ""),
                file_name=str(data.get("file_name") or ""),
                seq_from=data.get("seq_from"),
                seq_to=data.get("seq_to"),
                received_at=dt.datetime.fromisoformat(data["received_at"]),
                state=REFUSED,
                kind=str(data.get("kind") or ""),
                reason_id=str(data["message_id"]),
                reason_params=dict(data.get("params") or {}),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            continue  # a torn last line after a crash: the other refusals still show
        newest[entry.bundle_id or entry.file_name] = entry
    return list(newest.values())


def _ledger_entry(row: Any, open_ids: set[str]) -> InboxEntry:
    report = json.loads(row.report) if row.report else {}
    conflict_ids = [str(c.get("id")) for c in report.get("conflicts") or ()]
    still_open = sum(1 for c in conflict_ids if c in open_ids)
    counts = {
        "created": int(report.get("created", 0)),
        "updated": int(report.get("updated", 0)),
        "deleted": int(report.get("deleted", 0)),
    }
    if row.status == HELD:
        state, reason, params = HELD, HELD, {"unit": row.unit_code, "seq": row.seq_from or "?"}
    elif still_open:
        state, reason = CONFLICTS, CONFLICTS
        params = {"conflicts": len(conflict_ids), "open": still_open}
    elif conflict_ids:
        state, reason, params = APPLIED, "applied_resolved", {"conflicts": len(conflict_ids)}
    else:
        state, reason, params = APPLIED, APPLIED, counts
    received = row.recorded_at
    if received.tzinfo is None:
        received = received.replace(tzinfo=dt.UTC)
    return InboxEntry(
        bundle_id=row.bundle_id,
        unit_code=row.unit_code,
        file_name=row.file_name or "",
        seq_from=row.seq_from,
        seq_to=row.seq_to,
        received_at=received,
        state=state,
        kind=row.kind,
        created=counts["created"],
        updated=counts["updated"],
        conflicts=len(conflict_ids),
        open_conflicts=still_open,
        reason_id=reason,
        reason_params=params,
    )


def inbox_entries(
    db: Database, log: Path | None = None, unit_code: str | None = None
) -> list[InboxEntry]:
    """Every bundle this database has seen, oldest first: the ledger's (applied, held, with
    conflicts) and, from `log`, the refused ones; only `unit_code`'s when given."""
    ledger = SyncBundle.__table__
    statement = (
        select(ledger)
        .where(ledger.c.direction == "in", ledger.c.kind != "receipt")
        .order_by(ledger.c.recorded_at, ledger.c.bundle_id)
    )
    if unit_code is not None:
        statement = statement.where(ledger.c.unit_code == unit_code)
    with db.session() as session:
        open_ids = set(session.scalars(select(SyncConflict.id)))
        rows = [_ledger_entry(row, open_ids) for row in session.execute(statement)]
    if log is not None:
        refused = _refusals(db, log, {r.bundle_id for r in rows})
        rows.extend(r for r in refused if unit_code is None or r.unit_code == unit_code)
        rows.sort(key=lambda r: r.received_at)
    return rows


def count_by_state(entries: list[InboxEntry]) -> dict[str, int]:
    return {state: sum(1 for e in entries if e.state == state) for state in STATES}

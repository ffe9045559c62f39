"""The inbox service: the ledger's bundles with their state and reason, and the refusals
logged beside the archive — one per file, only this database's, none the ledger holds by now,
and a torn last line (a crash while logging) costs only that line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from app.models.changelog import SyncBundle
from app.models.database import Database
from app.sync.errors import SyncError
from app.sync.inbox import _database_key, inbox_entries, record_refusal


def test_refusals_and_the_ledger_in_one_inbox(db: Database, tmp_path: Path) -> None:
    log = tmp_path / "refused.jsonl"
    refusal = SyncError("structural", path="pk_BKD_a.pkbundle", why="arsip rusak")
    record_refusal(log, db, Path("pk_BKD_a.pkbundle"), refusal, None)
    record_refusal(log, db, Path("pk_BKD_a.pkbundle"), refusal, None)  # tried twice: one row
    with db.transaction("ledger") as session:
        session.add(
            SyncBundle(
                bundle_id="b-held",
                sha256="0" * 64,
                direction="in",
                kind="delta",
                status="held",
                unit_code="DINKES",
                origin="o",
                seq_from=7,
                seq_to=9,
                file_name="pk_DINKES_b.pkbundle",
                recorded_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
            )
        )
    base = {"file_name": "x", "received_at": "2026-01-02T00:00:00+00:00", "message_id": "io"}
    lines = [
        {**base, "database": "another database", "bundle_id": "b-other"},
        {**base, "database": _database_key(db), "bundle_id": "b-held"},  # in the ledger now
    ]
    with log.open("a", encoding="utf-8") as out:
        out.writelines(json.dumps(line) + "\n" for line in lines)
        out.write('{"database": "')  # torn
    entries = inbox_entries(db, log)
    assert [(e.unit_code, e.state, e.seq) for e in entries] == [
        ("DINKES", "held", "7–9"),
        ("BKD", "refused", ""),
    ]
    held, refused = entries
    assert held.reason() == (
        "Ditahan menunggu bundel sebelumnya dari DINKES (perubahan sebelum nomor 7)."
    )
    assert "arsip rusak" in refused.reason() and refused.reason("en") != refused.reason()
    assert inbox_entries(db) == [held]  # without the log: the ledger only

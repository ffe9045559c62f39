"""The export writes changes.jsonl lines straight from the stored JSON texts (no parse and
re-serialise); each line must be byte for byte the canonical JSON of the revision."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import select

from app.models.changelog import SyncRevision
from app.sync.bundle_file import canonical_json
from app.sync.revisions import LINE_COLUMNS, from_row, line_bytes
from tests.sync.conftest import SyncWorld


def _expected(row: object) -> bytes:
    return canonical_json(from_row(row).line()) + b"\n"


def test_every_stored_revision_writes_its_canonical_line(world: SyncWorld) -> None:
    world.export()
    with world.unit() as db, db.session() as session:
        rows = session.execute(select(SyncRevision.__table__)).all()
    assert len(rows) > 500
    for row in rows:
        values = [getattr(row, name) for name in LINE_COLUMNS]
        assert line_bytes(values) == _expected(row), row.rev_id


def test_merges_quotes_and_other_scripts_are_written_canonically() -> None:
    row = SimpleNamespace(
        rev_id='r"1',
        entity="indicators",
        entity_id="e\\1",
        base_rev_id=None,
        merges='["a","b"]',
        origin="o",
        origin_seq=7,
        changed='{"name":"Capaian \\"IKU\\" — 100%","x":null}',
        before="{}",
        deleted=True,
        author="Siti Nurhaliza\t",
        edited_at=dt.datetime(2024, 3, 1, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))),
    )
    values = [getattr(row, name) for name in LINE_COLUMNS]
    assert line_bytes(values) == _expected(row)
    row.merges = None
    values = [getattr(row, name) for name in LINE_COLUMNS]
    assert line_bytes(values) == _expected(row)
    assert b'"merges"' not in line_bytes(values)


def _changes(bundle: Path) -> bytes:
    with zipfile.ZipFile(bundle) as archive:
        return archive.read("changes.jsonl")


def test_the_province_exports_the_unit_s_revisions_byte_for_byte(world: SyncWorld) -> None:
    """The same revisions make the same changes.jsonl whichever database holds them: the
    unit's SQLite file, or the province's database on either backend (each reads its stored
    stamps and flags in its own way)."""
    bundle = world.export(full=True)
    [result] = world.import_(bundle)
    assert result.error is None
    again = world.export(full=True, path=world.province_url)
    lines = _changes(bundle)
    assert lines.count(b"\n") > 100
    assert _changes(again) == lines


def test_a_stamp_not_in_sqlite_s_stored_form_is_listed_by_its_moment(world: SyncWorld) -> None:
    """SQLite sorts stored stamps as the bundle lists them; a stamp in another text form
    (here ISO at +07:00, which sorts after its day's stored stamps but is the earliest
    moment) makes the export sort the revisions itself."""
    rev_id = json.loads(_changes(world.export(full=True)).splitlines()[-1])["rev_id"]
    with world.unit() as db, db.session() as session:
        conn = session.connection()
        day = conn.exec_driver_sql("SELECT min(substr(edited_at, 1, 10)) FROM sync_revisions")
        day = day.scalar()
        conn.exec_driver_sql(
            "UPDATE sync_revisions SET edited_at = ? WHERE rev_id = ?",
            (f"{day}T00:00:00+07:00", rev_id),
        )
        session.commit()
    lines = [json.loads(line) for line in _changes(world.export(full=True)).splitlines()]
    moment = dt.datetime.fromisoformat(f"{day}T00:00:00+07:00").astimezone(dt.UTC)
    assert lines[0]["rev_id"] == rev_id
    assert lines[0]["edited_at"] == moment.isoformat(timespec="microseconds")
    keys = [
        (line["edited_at"], line["origin"], line["origin_seq"], line["rev_id"]) for line in lines
    ]
    assert keys == sorted(keys) and len(keys) > 100

"""Two laptops with a copied database file must not number their revisions in one stream:
the copy is recognised (its file is not the one its origin was made in), the user is told,
and its first write gives it an origin of its own; the original keeps its origin."""

from __future__ import annotations

import json
import shutil
import zipfile
from decimal import Decimal
from pathlib import Path

from app.models.changelog import local_origin
from app.models.database import open_database
from app.models.enums import Period
from app.services import agreements
from app.sync.origin import copied_note, is_copy
from tests.sync.conftest import SyncWorld


def _origin(path: Path) -> str:
    with open_database(path) as db, db.session() as session:
        return local_origin(session.connection())


def _lines(bundle: Path) -> list[dict]:
    with zipfile.ZipFile(bundle) as archive:
        return [json.loads(line) for line in archive.read("changes.jsonl").splitlines()]


def _edit(world: SyncWorld, path: Path, value: str) -> None:
    _, indicator_id = world.bkd(path)
    with open_database(path) as db:
        agreements.set_target(db, indicator_id, Period.TW4, Decimal(value))


def test_copied_file_gets_a_new_origin_at_its_first_write(world: SyncWorld) -> None:
    _edit(world, world.unit_path, "1")
    original = _origin(world.unit_path)
    first = world.export()
    with open_database(world.unit_path) as db:
        assert not is_copy(db) and copied_note(db) is None

    laptop = world.root / "laptop-2.sqlite"
    shutil.copyfile(world.unit_path, laptop)
    with open_database(laptop) as db:
        assert is_copy(db)
        note = copied_note(db)
        assert note is not None and "salinan" in note and "asal baru" in note
        assert "copy" in (copied_note(db, "en") or "")
    before = world.hash(laptop)
    with open_database(laptop) as db:
        is_copy(db)
    assert world.hash(laptop) == before, "noticing the copy writes nothing"

    _edit(world, laptop, "2")
    _edit(world, world.unit_path, "3")
    copy_origin = _origin(laptop)
    assert copy_origin != original
    assert _origin(world.unit_path) == original, "the original file keeps its origin"
    with open_database(laptop) as db:
        assert not is_copy(db), "after its first write the copy is a database of its own"

    from_original = world.export()
    from_copy = world.export(path=laptop)
    seqs_original = {(r["origin"], r["origin_seq"]) for r in _lines(from_original)}
    seqs_copy = {(r["origin"], r["origin_seq"]) for r in _lines(from_copy)}
    assert seqs_original and seqs_copy
    assert not seqs_original & seqs_copy, "two files, two sequence streams"
    assert {origin for origin, _ in seqs_copy} == {copy_origin}
    for bundle in (first, from_original, from_copy):
        [result] = world.import_(bundle)
        assert result.error is None, result.error.text() if result.error else ""

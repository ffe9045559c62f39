"""The province's reference data services, on SQLite and PostgreSQL: entries kept by their
province code, refused input as one sentence, and the signed reference bundle written from
them (a new version only when the content changed)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.models.database import Database
from app.paths import AppPaths
from app.services import reference
from app.services.errors import InvalidInput
from app.sync import service
from app.sync.errors import SyncError


def _goal(db: Database, code: str = "SR-01", text: str = "Tata kelola") -> str:
    return reference.save_rpjmd_goal(db, reference.RpjmdGoalEntry(code, text, 2025, 2029))


def test_entries_are_kept_by_code_updated_and_withdrawn(db: Database) -> None:
    first = _goal(db)
    assert _goal(db, text="Tata kelola yang bersih") == first  # same code: the same entry
    reference.save_rpjmd_indicator(
        db, reference.RpjmdIndicatorEntry("IKR-01", "SR-01", "Indeks RB", "Nilai")
    )
    reference.save_ksd(db, reference.KsdEntry("KSD-01", 2025, "Satu data", "Bappeda"))
    reference.save_mandatory(
        db,
        reference.MandatoryEntry(
            "IW-01",
            "Nilai SAKIP",
            2025,
            2029,
            levels=("JPT_Pratama", "administrator"),
            unit_codes=("BKD", "DISHUT"),
            polarity="maximize",
            rpjmd_indicator_code="IKR-01",
        ),
    )
    data = reference.reference_data(db)
    assert [(g.code, g.text) for g in data.goals] == [("SR-01", "Tata kelola yang bersih")]
    assert data.indicators[0].goal_code == "SR-01"
    assert data.ksd[0].responsible_units == "Bappeda"
    [mandatory] = data.mandatory
    assert mandatory.levels == ("jpt_pratama", "administrator")
    assert mandatory.unit_codes == ("BKD", "DISHUT")
    assert mandatory.rpjmd_indicator_code == "IKR-01"

    reference.remove(db, "ksd", "KSD-01")
    assert reference.reference_data(db).ksd == ()
    # Saving the code again brings the withdrawn entry back (the same row, by code).
    reference.save_ksd(db, reference.KsdEntry("KSD-01", 2026, "Satu data"))
    assert [k.year for k in reference.reference_data(db).ksd] == [2026]


@pytest.mark.parametrize(
    ("save", "field", "word"),
    [
        (lambda db: _goal(db, code="  "), "code", "Kode"),
        (lambda db: _goal(db, text=""), "text", "Teks"),
        (
            lambda db: reference.save_rpjmd_goal(
                db, reference.RpjmdGoalEntry("SR-9", "x", 2029, 2025)
            ),
            "year",
            "2029",
        ),
        (
            lambda db: reference.save_rpjmd_indicator(
                db, reference.RpjmdIndicatorEntry("IKR-9", "SR-404", "Indeks")
            ),
            "code",
            "SR-404",
        ),
        (
            lambda db: reference.save_mandatory(
                db, reference.MandatoryEntry("IW-9", "Nilai", 2025, 2025, levels=("camat",))
            ),
            "levels",
            "camat",
        ),
        (lambda db: reference.remove(db, "mandatory", "IW-404"), "code", "IW-404"),
    ],
)
def test_bad_input_is_one_sentence_and_stores_nothing(
    db: Database, save, field: str, word: str
) -> None:
    with pytest.raises(InvalidInput) as raised:
        save(db)
    error = raised.value
    assert error.field == field
    sentence = error.text()
    assert word in sentence and sentence.endswith(".") and "\n" not in sentence
    assert error.text("en") != sentence and error.text("en").endswith(".")
    assert reference.reference_data(db).empty


def test_the_reference_bundle_gets_a_new_version_only_when_content_changes(
    db: Database, tmp_path: Path
) -> None:
    paths = AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    with pytest.raises(SyncError) as empty:
        service.export_reference(db, paths, tmp_path / "out")
    assert empty.value.message_id == "reference_empty"
    _goal(db)
    first = service.export_reference(db, paths, tmp_path / "out")
    again = service.export_reference(db, paths, tmp_path / "again")
    assert (first.version, again.version) == (1, 1)
    assert again.path.read_bytes() == first.path.read_bytes()
    _goal(db, text="Tata kelola yang bersih")
    second = service.export_reference(db, paths, tmp_path / "out")
    assert second.version == 2 and second.bundle_id != first.bundle_id
    with zipfile.ZipFile(second.path) as archive:
        body = json.loads(archive.read("reference.json"))
    assert body["version"] == 2 and body["rpjmd_goals"][0]["text"] == "Tata kelola yang bersih"
    verified = service.verify(second.path, paths, accept_untrusted=True)
    assert verified.is_reference and verified.manifest["reference"]["version"] == 2

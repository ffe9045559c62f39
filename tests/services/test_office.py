"""First run and per-database settings on a real SQLite file: start an office in one step,
print its own header, and refuse bad input without writing anything."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app.models import AuditEntry, Official, Unit
from app.models.database import Database, open_database
from app.services import agreements, office, printing
from app.services.errors import InvalidInput

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99"
    b"=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)

NEW = office.NewOffice(
    profile_code="kaltara",
    government_name="Pemerintah Kabupaten Bulungan",
    signing_place="Tanjung Selor",
    unit_name="Dinas Pendidikan",
    head_name="Siti Rahmawati",
    head_nip="19750312 200003 2 004",
    head_title="Kepala Dinas Pendidikan",
    head_rank="Pembina Utama Muda (IV/c)",
)


def _audit(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(AuditEntry.id))) or 0


def test_an_empty_database_is_a_first_run_until_an_office_starts(db: Database) -> None:
    assert office.is_first_run(db)
    assert not office.get_settings(db).stored
    started = office.start_office(db, NEW)
    assert not office.is_first_run(db)
    settings = office.get_settings(db)
    assert (settings.profile_code, settings.government_name, settings.signing_place) == (
        "kaltara",
        "Pemerintah Kabupaten Bulungan",
        "Tanjung Selor",
    )
    with db.session() as s:
        unit = s.get(Unit, started.unit_id)
        head = s.get(Official, started.head_id)
        assert unit.parent_id == started.government_id and unit.profile_code == "kaltara"
        assert (head.nip, head.unit_id) == ("197503122000032004", started.unit_id)
    assert office.default_signing_place(db, "kaltara") == "Tanjung Selor"
    with pytest.raises(InvalidInput) as again:
        office.start_office(db, NEW)
    assert "Settings" in again.value.text("en")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"head_nip": "19751312 200003 2 004"}, "nip"),
        ({"government_name": " "}, "government_name"),
        ({"signing_place": ""}, "signing_place"),
        ({"profile_code": "bali"}, "profile_code"),
        ({"unit_name": ""}, "name"),
        ({"head_title": ""}, "position_title"),
        ({"logo": b"GIF89a", "logo_name": "logo.gif"}, "logo"),
    ],
)
def test_a_refused_setup_leaves_the_database_empty(db: Database, change, field) -> None:
    from dataclasses import replace

    with pytest.raises(InvalidInput) as error:
        office.start_office(db, replace(NEW, **change))
    assert error.value.field == field
    assert office.is_first_run(db) and _audit(db) == 0
    assert not office.get_settings(db).stored


def test_settings_print_on_the_offices_agreements(db: Database, tmp_path: Path) -> None:
    started = office.start_office(db, NEW)
    office.save_settings(
        db,
        profile_code="kaltara",
        government_name="Pemerintah Kabupaten Bulungan",
        signing_place="Tanjung Selor",
        logo=PNG,
        logo_name="bulungan.png",
    )
    agreement = agreements.create_agreement(
        db,
        year=2025,
        unit_id=started.unit_id,
        owner_id=started.head_id,
        superior_id=None,
        profile_code="kaltara",
    )
    out = tmp_path / "pk.pdf"
    printing.print_agreement(db, agreement, out, doc="pernyataan")
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "KABUPATEN BULUNGAN" in text.upper()
    assert "Siti Rahmawati" in text
    reader = PdfReader(out)
    assert any(page.images for page in reader.pages)  # the logo


def test_settings_survive_reopening_and_undo_gets_the_old_values(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    with open_database(path, user="t") as db:
        office.start_office(db, NEW)
        before = office.save_settings(
            db, profile_code="kaltara", government_name="Pemkab Bulungan", signing_place="Bulungan"
        )
        assert before.government_name == "Pemerintah Kabupaten Bulungan"
    with open_database(path, user="t") as db:
        assert office.get_settings(db).signing_place == "Bulungan"


def test_the_pickers_and_defaults_read_the_profile_as_this_database_uses_it(db: Database) -> None:
    """A profile update from the province renames the profile, moves its signing place and
    adds a scale: the setup prefill, the pickers and a new PK's signing place follow it."""
    from app.paths import resource_path
    from app.services import pickers, reference

    kaltara = json.loads(resource_path("profiles", "kaltara.json").read_text(encoding="utf-8"))
    shipped_scales = [c.id for c in pickers.scale_choices(db, "kaltara")]
    assert office.default_signing_place(db, "kaltara") == "Tanjung Selor"
    scales = {
        **kaltara["scales"],
        "ikm": {
            "label": "Indeks Kepuasan Masyarakat",
            "items": kaltara["scales"]["survey"]["items"],
        },
    }
    update = {**kaltara, "name": "Kaltara 2025", "signing_place": "Bulungan", "scales": scales}
    reference.set_profile_update(db, update, "kaltara_2025.json")

    assert {c.id: c.label for c in pickers.profile_choices(db)}["kaltara"] == "Kaltara 2025"
    assert {c.id for c in pickers.scale_choices(db, "kaltara")} == {*shipped_scales, "ikm"}
    assert office.profile_defaults(db, "kaltara").signing_place == "Bulungan"
    assert office.default_signing_place(db, "kaltara") == "Bulungan"
    assert office.get_settings(db, "kaltara").signing_place == "Bulungan"
    assert office.defaults("kaltara").signing_place == "Tanjung Selor", "the shipped file"

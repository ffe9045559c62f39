"""A regional profile update, province → unit, in the signed reference bundle (SPEC §9): the
unit's rules use the province's profile (a changed PK deadline changes the deadline finding,
changed bands change a band), withdrawing it goes back to the shipped file, and a bad profile
is one sentence naming the field — at the province before storing, at the unit before
applying — on both backends."""

from __future__ import annotations

import datetime as dt
import io
import json
from decimal import Decimal
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.models import Agreement, ProfileUpdate
from app.models.audit import AuditEntry
from app.models.database import Database
from app.paths import resource_path
from app.services import printing, reference
from app.services.profiles import load_profile, shipped_profile
from app.services.scoring import findings_for
from app.sync import service
from tests.sync.conftest import SyncWorld

TODAY = dt.date(2024, 3, 1)


def _dki(**changes: Any) -> dict[str, Any]:
    data = json.loads(resource_path("profiles", "dki.json").read_text(encoding="utf-8"))
    data.update(changes)
    return data


def _pk_deadlines(db: Database) -> dict[str, set[str]]:
    """Per agreement: the PK-deadline findings of the unit's rules on TODAY."""
    found = findings_for(db, today=TODAY)
    return {
        agreement: {f.message_id for f in findings if f.message_id.startswith("deadline_pk")}
        for agreement, findings in found.items()
    }


def _band_of_92(db: Database) -> str:
    with db.session() as session:
        band = load_profile("dki", session).band_of(Decimal("92"))
    assert band is not None
    return band.code


def test_a_profile_update_changes_the_units_rules_and_withdrawing_restores_them(
    world: SyncWorld,
) -> None:
    with world.unit() as db, db.session() as session:
        before = _pk_deadlines(db)
        assert _band_of_92(db) == "mendekati"
        profiles = dict(session.execute(select(Agreement.id, Agreement.profile_code)).all())
    unsigned = {a for a, ids in before.items() if ids}
    dki = {a for a in unsigned if profiles[a] == "dki"}
    assert unsigned and all("deadline_pk_overdue" not in before[a] for a in unsigned)

    bands = _dki()["status_bands"]
    bands[3]["min"] = 90  # Tercapai from 90 instead of 95
    update = _dki(
        deadlines={**_dki()["deadlines"], "pk": {"rule": "fixed", "month": 2, "day": 15}},
        status_bands=bands,
        party_labels={"first": "Pihak Penerima Amanah", "second": "Pihak Pemberi Amanah"},
    )
    with world.province() as db:
        assert reference.set_profile_update(db, update, "dki_2024.json") == ("dki", 1)
        assert reference.set_profile_update(db, update, "dki_2024.json") == ("dki", 1)
        assert reference.reference_data(db).profiles == {"dki": 1}
        assert _band_of_92(db) == "tercapai", "the province's own rules use it at once"
        with db.session() as session:
            history = session.scalars(
                select(AuditEntry.new_value).where(AuditEntry.entity == "profile_updates")
            ).all()
        assert history == ["1 (dki_2024.json)"], "stored once, in the history"
        exported = service.export_reference(db, world.paths, world.root / "ref")
    assert exported.counts["profiles"] == 1

    [result] = world.import_(exported.path, target=world.unit_path)
    assert result.error is None, result.error and result.error.text()
    assert result.report["counts"]["created"] == 1
    with world.unit() as db:
        after = _pk_deadlines(db)
        assert _band_of_92(db) == "tercapai"
        assert reference.reference_data(db).profiles == {"dki": exported.version}
        pdf, _ = printing.render_agreement(db, sorted(dki)[0], doc="pernyataan")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "pihak penerima amanah" in " ".join(text.split()).lower(), "the print uses it too"
    # the dki PKs waiting for their DPA date now have the province's fixed 15 February,
    # overdue on 1 March; PKs of other profiles keep their rules
    assert dki and all(after[a] == {"deadline_pk_overdue"} for a in dki)
    assert all(before[a] == {"deadline_pk_dpa_unknown"} for a in dki)
    assert unsigned - dki and all(after[a] == before[a] for a in unsigned - dki)
    assert shipped_profile("dki").band_of(Decimal("92")).code == "mendekati"  # type: ignore[union-attr]

    [again] = world.import_(exported.path, target=world.unit_path)
    assert again.error is None and again.report["repeated"]

    with world.province() as db:
        reference.withdraw_profile_update(db, "dki")
        reference.save_ksd(db, reference.KsdEntry("KSD-01", 2024, "Satu data"))
        withdrawn = service.export_reference(db, world.paths, world.root / "ref2")
    [result] = world.import_(withdrawn.path, target=world.unit_path)
    assert result.error is None and result.report["counts"]["deleted"] == 1
    with world.unit() as db:
        assert _pk_deadlines(db) == before and _band_of_92(db) == "mendekati"
        assert reference.reference_data(db).profiles == {}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"status_bands": [{"code": "x", "label": "X", "min": 5, "color": "#C62828"}]}, "[0].min"),
        ({"deadlines": {"pk": {"rule": "fixed", "month": 13, "day": 1}}}, "deadlines.pk.month"),
        ({"code": "jabar"}, "code"),
        ({"weights": "berat"}, "weights"),
    ],
)
def test_a_bad_profile_is_one_sentence_naming_the_field_and_stores_nothing(
    db: Database, changes: dict[str, Any], field: str
) -> None:
    with pytest.raises(reference.ReferenceInputError) as raised:
        reference.set_profile_update(db, _dki(**changes), "baru.json")
    for lang in ("id", "en"):
        sentence = raised.value.text(lang)
        assert field in sentence and "baru.json" in sentence
        assert sentence.endswith(".") and "\n" not in sentence
    assert reference.reference_data(db).profiles == {}


def test_a_bad_profile_in_a_signed_bundle_is_refused_whole(world: SyncWorld) -> None:
    with world.province() as db:
        reference.save_ksd(db, reference.KsdEntry("KSD-01", 2024, "Satu data"))
        with db.transaction("bypassing the service's check") as session:
            bad = _dki(capaian_cap=0)  # not above the floor
            session.add(ProfileUpdate(code="dki", version=1, content=json.dumps(bad)))
        bundle = service.export_reference(db, world.paths, world.root / "ref").path
    before = world.hash(world.unit_path)
    [result] = world.import_(bundle, target=world.unit_path)
    assert result.error is not None and result.error.message_id == "reference_invalid"
    sentence = result.error.text()
    assert "profiles #1: capaian_cap" in sentence and "\n" not in sentence
    assert world.hash(world.unit_path) == before, "nothing of the bundle was applied"

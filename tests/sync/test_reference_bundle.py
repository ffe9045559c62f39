"""The province's reference bundle, province → unit, through the same verify / dry-run /
apply pipeline as a unit's bundle: RPJMD sasaran and IKU, the KSD list and a mandatory
indicator that then binds the unit's agreement until it is added."""

from __future__ import annotations

import io
import json
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.documents.text import percent
from app.engine.enums import Severity
from app.engine.messages import render
from app.models import Agreement, Goal, Indicator, Official, RpjmdIndicator
from app.models.database import Database
from app.models.enums import Period
from app.services import agreements, lifecycle, printing, reference
from app.services.scoring import agreement_findings, score_agreement
from app.sync import service
from app.sync.bundle_file import MANIFEST
from tests.sync.conftest import SyncWorld

MERIT = "Indeks Sistem Merit pada aspek kewenangan BKD"


def _fill_province(db: Database) -> None:
    reference.save_rpjmd_goal(
        db, reference.RpjmdGoalEntry("SR-01", "Meningkatnya kualitas tata kelola", 2023, 2026)
    )
    reference.save_rpjmd_indicator(
        db, reference.RpjmdIndicatorEntry("IKR-01", "SR-01", "Indeks Reformasi Birokrasi", "Nilai")
    )
    reference.save_ksd(db, reference.KsdEntry("KSD-01", 2024, "Digitalisasi layanan ASN"))
    reference.save_mandatory(
        db,
        reference.MandatoryEntry(
            "IW-01",
            MERIT,
            2024,
            2026,
            levels=("jpt_pratama",),
            unit_codes=("BKD",),
            unit_of_measure="Nilai",
            polarity="maximize",
            period_consolidation="last",
            measuring_period="annual",
            rpjmd_indicator_code="IKR-01",
        ),
    )


def _export(world: SyncWorld, folder: str = "ref") -> Path:
    with world.province() as db:
        return service.export_reference(db, world.paths, world.root / folder).path


def _bkd_agreement(db: Database) -> str:
    with db.session() as session:
        return session.scalars(
            select(Agreement.id)
            .join(Official, Agreement.owner_id == Official.id)
            .where(Official.name == "Maria Qibtya", Agreement.year == 2024)
        ).one()


def test_round_trip_makes_the_mandatory_indicator_block_finalkan_until_added(
    world: SyncWorld,
) -> None:
    with world.province() as db:
        _fill_province(db)
    bundle = _export(world)
    [result] = world.import_(bundle, target=world.unit_path)
    assert result.error is None, result.error and result.error.text()
    assert result.report["kind"] == "reference"
    assert result.report["counts"]["created"] == 4

    with world.unit() as db:
        data = reference.reference_data(db)
        assert [g.code for g in data.goals] == ["SR-01"]
        assert data.indicators[0].goal_code == "SR-01"
        assert data.ksd[0].name == "Digitalisasi layanan ASN"
        assert data.mandatory[0].rpjmd_indicator_code == "IKR-01"
        agreement_id = _bkd_agreement(db)
        [status] = reference.mandatory_for_agreement(db, agreement_id)
        assert status.entry.code == "IW-01" and not status.present
        lifecycle.set_agreement_status(db, agreement_id, "draft")

        with pytest.raises(lifecycle.FinalizeRefused) as refused:
            lifecycle.finalize_agreement(db, agreement_id)
        [error] = refused.value.errors
        assert error.rule == "mandatory_missing"
        assert MERIT in render(error) and "IW-01" in render(error)
        assert MERIT in render(error, "en")

        with db.session() as session:
            goal_id = session.scalars(
                select(Goal.id).where(Goal.agreement_id == agreement_id).order_by(Goal.position)
            ).first()
        indicator_id = reference.add_mandatory_indicator(db, goal_id, "IW-01")
        with db.session() as session:
            added = session.get(Indicator, indicator_id)
            assert added.mandatory and added.reference_code == "IW-01"
            assert added.name == MERIT and added.polarity.value == "maximize"
            linked = session.get(RpjmdIndicator, added.rpjmd_indicator_id)
            assert linked is not None and linked.code == "IKR-01", "the province's RPJMD link"
        [status] = reference.mandatory_for_agreement(db, agreement_id)
        assert status.indicator_id == indicator_id
        # The IKU is there; what it still lacks is ordinary metadata, not the rule.
        rules = {f.rule for f in agreement_findings(db, agreement_id)}
        assert "mandatory_missing" not in rules
        agreements.update_indicator(db, indicator_id, validity="exact", control="moderate")
        agreements.set_period_values(db, indicator_id, Period.ANNUAL, target=Decimal("300"))
        errors = [f for f in agreement_findings(db, agreement_id) if f.severity is Severity.ERROR]
        assert errors == [], [render(f) for f in errors]
        assert lifecycle.finalize_agreement(db, agreement_id) == "draft"


def test_a_mandatory_indicator_binds_only_its_units_levels_and_years(world: SyncWorld) -> None:
    with world.province() as db:
        _fill_province(db)
    world.import_(_export(world), target=world.unit_path)
    with world.unit() as db, db.session() as session:
        rows = session.execute(select(Agreement.id, Agreement.year)).all()
    with world.unit() as db:
        bound = {a for a, _ in rows if reference.mandatory_for_agreement(db, a)}
        assert bound == {_bkd_agreement(db)}  # JAKBAR, Kaltara and BKD's other years are free


def test_reimport_is_a_no_op_and_a_newer_bundle_updates_by_code(world: SyncWorld) -> None:
    with world.province() as db:
        _fill_province(db)
    first = _export(world, "v1")
    world.import_(first, target=world.unit_path)
    before = world.hash(world.unit_path)
    [again] = world.import_(first, target=world.unit_path)
    assert again.report["repeated"] is True
    assert world.hash(world.unit_path) == before

    with world.province() as db:
        # Unchanged content writes the same bundle again, byte for byte.
        assert service.export_reference(db, world.paths, world.root / "same").path.read_bytes() == (
            first.read_bytes()
        )
        reference.save_rpjmd_goal(
            db, reference.RpjmdGoalEntry("SR-01", "Tata kelola yang bersih", 2023, 2026)
        )
        reference.remove(db, "ksd", "KSD-01")
    second = _export(world, "v2")
    assert second.name.endswith("_v2.pkbundle")
    [result] = world.import_(second, target=world.unit_path)
    counts = result.report["counts"]
    assert (counts["created"], counts["updated"], counts["deleted"]) == (0, 1, 1)
    assert counts["unchanged"] == 2
    with world.unit() as db:
        data = reference.reference_data(db)
        assert [g.text for g in data.goals] == ["Tata kelola yang bersih"]
        assert data.ksd == ()


def test_an_older_reference_bundle_changes_nothing(world: SyncWorld) -> None:
    with world.province() as db:
        _fill_province(db)
    first = _export(world, "v1")
    with world.province() as db:
        reference.remove(db, "ksd", "KSD-01")
    second = _export(world, "v2")
    world.import_(second, target=world.unit_path)
    before = world.hash(world.unit_path, everything=False)
    [late] = world.import_(first, target=world.unit_path)
    assert late.error is None
    assert late.report["status"] == "warning" and "reference_older" in late.report["warnings"]
    assert late.report["counts"]["created"] == 0
    assert world.hash(world.unit_path, everything=False) == before  # only the ledger knows
    with world.unit() as db:
        assert reference.reference_data(db).ksd == ()


def test_dry_run_changes_nothing(world: SyncWorld) -> None:
    with world.province() as db:
        _fill_province(db)
    bundle = _export(world)
    before = world.hash(world.unit_path)
    [result] = world.import_(bundle, target=world.unit_path, dry_run=True)
    assert result.report["dry_run"] and result.report["counts"]["created"] == 4
    assert world.hash(world.unit_path) == before


def test_a_tampered_reference_bundle_is_refused_with_one_sentence(world: SyncWorld) -> None:
    with world.province() as db:
        _fill_province(db)
    bundle = _export(world)
    with zipfile.ZipFile(bundle) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    body = json.loads(members["reference.json"])
    body["mandatory_indicators"] = []  # someone removes the mandatory indicator on the way
    members["reference.json"] = json.dumps(body).encode()
    tampered = world.root / "tampered.pkbundle"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    tampered.write_bytes(buffer.getvalue())
    before = world.hash(world.unit_path)
    [result] = world.import_(tampered, target=world.unit_path)
    assert result.error is not None and result.error.message_id == "size_mismatch"
    sentence = result.error.text()
    assert sentence.count(". ") == 0 and sentence.endswith(".") and "reference.json" in sentence
    assert world.hash(world.unit_path) == before

    manifest = json.loads(members[MANIFEST])
    manifest["reference"]["version"] = 99  # a forged version number breaks the signature
    members[MANIFEST] = json.dumps(manifest).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    tampered.write_bytes(buffer.getvalue())
    [result] = world.import_(tampered, target=world.unit_path)
    assert result.error is not None and result.error.message_id == "bad_signature"
    assert world.hash(world.unit_path) == before


def test_a_linked_sasaran_travels_back_to_the_province(world: SyncWorld) -> None:
    """The unit's sasaran points at the RPJMD row the province issued (same id), so the
    unit's bundle applies at the province without a second copy of the RPJMD sasaran."""
    with world.province() as db:
        _fill_province(db)
    world.import_(_export(world), target=world.unit_path)
    with world.unit() as db:
        [goal] = reference.rpjmd_goal_choices(db)
        agreement_id = _bkd_agreement(db)
        with db.session() as session:
            goal_ids = list(
                session.scalars(select(Goal.id).where(Goal.agreement_id == agreement_id))
            )
        for goal_id in goal_ids:  # every sasaran of the PK supports this RPJMD sasaran
            agreements.update_goal(db, goal_id, rpjmd_goal_id=goal.id)
        # The Laporan capaian prints the link with its Nilai Sasaran RPJMD (seed 003 §4.1.5).
        data, _ = printing.render_agreement(db, agreement_id, doc="laporan_capaian", period="TW3")
        text = " ".join(
            " ".join((page.extract_text() or "").split())
            for page in PdfReader(io.BytesIO(data)).pages
        )
        nilai = score_agreement(db, agreement_id, "TW3").rpjmd[goal.id].score
        assert nilai is not None
        assert "Nilai Sasaran RPJMD" in text and "SR-01 Meningkatnya kualitas tata kelola" in text
        assert percent(nilai) in text.split("SR-01", 1)[1]
    [result] = world.import_(world.export(full=True))
    assert result.error is None, result.error and result.error.text()
    with world.province() as db, db.session() as session:
        assert {session.get(Goal, g).rpjmd_goal_id for g in goal_ids} == {goal.id}
        assert len(reference.reference_data(db).goals) == 1

"""Signing, addendum and replacement: the agreement's life after drafting."""

from __future__ import annotations

import hashlib
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models import AddendumRecord, Agreement, Attachment, Indicator
from app.models.database import Database
from app.models.enums import AgreementKind, AgreementStatus, Period
from app.services import agreements, attachments, lifecycle, organisation, planning, versions
from app.services.errors import AgreementLocked, InvalidInput

PDF = b"%PDF-1.7\n% printed agreement\n"


@pytest.fixture
def signed(db: Database) -> dict[str, str]:
    unit = organisation.create_unit(db, code="BKD", name="BKD", kind="perangkat_daerah")
    heru = organisation.create_official(
        db, name="Heru", position_title="Pj. Gubernur", level="gubernur"
    )
    maria = organisation.create_official(
        db,
        name="Maria Qibtya",
        nip="196507191985032002",
        position_title="Kepala BKD",
        level="jpt_pratama",
        unit_id=unit,
    )
    pk = agreements.create_agreement(
        db, year=2024, unit_id=unit, owner_id=maria, superior_id=heru, profile_code="dki"
    )
    goal = agreements.add_goal(db, pk, text="Sasaran", category="strategis")
    indicator = agreements.add_indicator(
        db, goal, name="Jumlah pegawai dilatih", period_consolidation="sum", polarity="maximize"
    )
    for quarter, target, actual in (
        ("TW1", 9, 9),
        ("TW2", 10, 8),
        ("TW3", 11, None),
        ("TW4", 10, None),
    ):
        agreements.set_period_values(db, indicator, quarter, target=target, actual=actual)
    agreements.set_period_values(db, indicator, "annual", target=40)
    with db.transaction("finalise") as s:
        s.get(Agreement, pk).status = AgreementStatus.FINAL
    lifecycle.mark_signed(db, pk, printed_pdf=PDF, scan=("scan.pdf", b"%PDF-scan"))
    return {"pk": pk, "indicator": indicator, "maria": maria, "unit": unit, "heru": heru}


def test_signing_freezes_a_snapshot_with_the_printed_hash(db: Database, signed) -> None:
    snapshot = lifecycle.signed_snapshot(db, signed["pk"])
    assert snapshot["format"] == "pk-desk-snapshot/1"
    indicator = snapshot["goals"][0]["indicators"][0]
    assert indicator["name"] == "Jumlah pegawai dilatih"
    assert {v["period"]: v["target"] for v in indicator["values"]}["annual"] == "40"
    with db.session() as s:
        pk = s.get(Agreement, signed["pk"])
        assert pk.status is AgreementStatus.SIGNED
        assert pk.signed_pdf_sha256 == hashlib.sha256(PDF).hexdigest()
        kinds = {a.kind.value: a.sha256 for a in s.scalars(select(Attachment))}
        assert kinds["printed_pdf"] == pk.signed_pdf_sha256
        assert kinds["signed_scan"] == hashlib.sha256(b"%PDF-scan").hexdigest()
    with pytest.raises(AgreementLocked):
        agreements.set_period_values(db, signed["indicator"], "TW4", target=12)
    # quarterly reporting goes on after signing: realisations are not part of the agreement
    agreements.set_period_values(db, signed["indicator"], "TW3", actual=11, evidence="Laporan")
    with pytest.raises(AgreementLocked):
        agreements.set_period_values(db, signed["indicator"], "TW3", actual=12, target=1)
    assert lifecycle.signed_snapshot(db, signed["pk"]) == snapshot


def test_signing_needs_final_status_and_a_printed_file(db: Database, signed) -> None:
    with pytest.raises(InvalidInput, match="berstatus final"):
        lifecycle.mark_signed(db, signed["pk"], printed_pdf=PDF)
    with pytest.raises(InvalidInput, match="PDF, PNG atau JPEG"):
        attachments.attach_scan(db, signed["pk"], "notes.txt", b"hello")


def test_addendum_locks_passed_periods_and_records_changes(db: Database, signed) -> None:
    addendum = lifecycle.start_addendum(
        db, signed["pk"], reason="leadership_policy", effective_from="TW3", note="Arahan pimpinan"
    )
    with db.session() as s:
        copy = s.get(Agreement, addendum)
        assert copy.kind is AgreementKind.ADDENDUM and copy.parent_id == signed["pk"]
        new_indicator = copy.goals[0].indicators[0].id
    with pytest.raises(InvalidInput, match="sudah lewat"):
        agreements.set_period_values(db, new_indicator, "TW1", target=5)
    agreements.set_period_values(db, new_indicator, "TW4", target=14)
    with db.session() as s:
        record = s.scalars(select(AddendumRecord)).one()
        assert (record.period, record.before, record.after) == (Period.TW4, "10", "14")
        assert record.reason.value == "leadership_policy" and record.note == "Arahan pimpinan"
    with pytest.raises(InvalidInput, match="belum ditandatangani"):
        lifecycle.start_addendum(db, signed["pk"], reason="leadership_policy", effective_from="TW3")
    with db.transaction("finalise") as s:
        s.get(Agreement, addendum).status = AgreementStatus.FINAL
    lifecycle.mark_signed(db, addendum, printed_pdf=PDF + b"2")
    with db.session() as s:
        assert s.get(Agreement, signed["pk"]).status is AgreementStatus.SUPERSEDED


def test_a_superseded_agreement_stays_locked(db: Database, signed) -> None:
    """The signed original an addendum replaced is history: no edit reaches it."""
    addendum = lifecycle.start_addendum(
        db, signed["pk"], reason="leadership_policy", effective_from="TW3"
    )
    with db.transaction("finalise") as s:
        s.get(Agreement, addendum).status = AgreementStatus.FINAL
    lifecycle.mark_signed(db, addendum, printed_pdf=PDF + b"2")
    with db.session() as s:
        old = s.get(Agreement, signed["pk"])
        assert old.status is AgreementStatus.SUPERSEDED
        goal = old.goals[0].id
    edits = [
        lambda: agreements.set_period_values(db, signed["indicator"], "TW4", target=12),
        lambda: agreements.update_indicator(db, signed["indicator"], name="Diubah"),
        lambda: agreements.update_goal(db, goal, text="Diubah"),
        lambda: agreements.update_agreement(db, signed["pk"], signing_place="Bogor"),
        lambda: agreements.add_indicator(db, goal, name="Baru"),
        lambda: planning.add_action_plan(db, signed["indicator"], text="RA"),
    ]
    for edit in edits:
        with pytest.raises(AgreementLocked, match="addendum"):
            edit()
    with db.session() as s:
        indicator = s.get(Indicator, signed["indicator"])
        assert indicator.name == "Jumlah pegawai dilatih"
        assert indicator.value(Period.TW4).target == Decimal(10)
        assert s.get(Agreement, signed["pk"]).signing_place != "Bogor"
    assert versions.version_history(db, signed["pk"]).locked


def test_replacement_proposes_the_sisa_target_of_a_sum_indicator(db: Database, signed) -> None:
    successor = organisation.create_official(
        db,
        name="Pengganti",
        nip="197001012000031001",
        position_title="Plt. Kepala BKD",
        level="jpt_pratama",
    )
    replacement = lifecycle.start_replacement(
        db, signed["pk"], new_owner_id=successor, effective_from="TW3", owner_prefix="Plt."
    )
    with db.session() as s:
        pk = s.get(Agreement, replacement)
        assert pk.kind is AgreementKind.REPLACEMENT and pk.owner.name == "Pengganti"
        assert pk.owner_prefix.value == "Plt."
        indicator = s.get(Indicator, pk.goals[0].indicators[0].id)
        # annual 40 minus realised 9 + 8 through TW2
        assert indicator.value(Period.ANNUAL).target == Decimal(23)

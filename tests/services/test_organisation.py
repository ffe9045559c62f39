"""Organisation use cases on a real SQLite file: the office a new user builds, the bad input
they can type (one sentence naming the field, nothing written), and tombstones, never deletes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from app.models import Agreement, AuditEntry, Official, Unit
from app.models.database import INCLUDE_DELETED, Database
from app.models.enums import AgreementStatus
from app.services import agreements, organisation
from app.services.errors import InvalidInput, error_text


@pytest.fixture
def office(db: Database) -> dict[str, str]:
    gov = organisation.create_unit(db, name="Pemerintah Provinsi DKI Jakarta", kind="government")
    bkd = organisation.create_unit(
        db, name="Badan Kepegawaian Daerah", kind="perangkat_daerah", parent_id=gov
    )
    bidang = organisation.create_unit(db, name="Bidang Pengembangan", kind="bidang", parent_id=bkd)
    sub = organisation.create_unit(
        db, name="Subkelompok Diklat", kind="subkelompok", parent_id=bidang
    )
    head = organisation.create_official(
        db,
        name="Maria Qibtya",
        nip="19650719 198503 2 002",
        position_title="Kepala Badan Kepegawaian Daerah",
        level="jpt_pratama",
        unit_id=bkd,
    )
    kabid = organisation.create_official(
        db,
        name="Budi Santoso",
        nip="197801012005011003",
        position_title="Kepala Bidang Pengembangan",
        level="administrator",
        unit_id=bidang,
        superior_id=head,
    )
    return {"gov": gov, "bkd": bkd, "bidang": bidang, "sub": sub, "head": head, "kabid": kabid}


def _audit_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(AuditEntry.id))) or 0


def test_a_unit_without_a_code_gets_one_from_its_initials(db: Database, office) -> None:
    with db.session() as s:
        assert s.get(Unit, office["bkd"]).code == "BKD"
        assert s.get(Unit, office["bkd"]).profile_code == "dki"  # from the parent
    again = organisation.create_unit(db, name="Badan Keuangan Daerah", kind="perangkat_daerah")
    with db.session() as s:
        assert s.get(Unit, again).code == "BKD-2"


def test_rename_and_move_return_what_undo_needs(db: Database, office) -> None:
    assert organisation.rename_unit(db, office["sub"], "Subkelompok Pelatihan") == (
        "Subkelompok Diklat"
    )
    assert organisation.move_unit(db, office["sub"], office["bkd"]) == office["bidang"]
    with db.session() as s:
        sub = s.get(Unit, office["sub"])
        assert (sub.name, sub.parent_id) == ("Subkelompok Pelatihan", office["bkd"])


BadCall = Callable[[Database, dict[str, str]], object]

BAD_INPUT: list[tuple[str, BadCall, str, str, str]] = [
    (
        "invalid NIP",
        lambda db, o: organisation.create_official(
            db, name="X", nip="19651319 198503 2 002", position_title="Staf", level="pengawas"
        ),
        "nip",
        "tanggal lahir",
        "birth date 19651319 (digits 1–8) is not a valid date",
    ),
    (
        "duplicate NIP",
        lambda db, o: organisation.create_official(
            db, name="Lain", nip="196507191985032002", position_title="Staf", level="pengawas"
        ),
        "nip",
        "sudah terdaftar atas nama Maria Qibtya",
        "NIP 196507191985032002 is already registered to Maria Qibtya.",
    ),
    (
        "own superior",
        lambda db, o: organisation.update_official(db, o["head"], superior_id=o["head"]),
        "superior_id",
        "atasan dirinya sendiri",
        "Direct superior: Maria Qibtya cannot be their own superior.",
    ),
    (
        "superior loop",
        lambda db, o: organisation.update_official(db, o["head"], superior_id=o["kabid"]),
        "superior_id",
        "Budi Santoso sudah berada di bawah Maria Qibtya",
        "Direct superior: Budi Santoso already reports (directly or not) to Maria Qibtya",
    ),
    (
        "unit under its own child",
        lambda db, o: organisation.move_unit(db, o["bkd"], o["sub"]),
        "parent_id",
        "ke bawah sub-unitnya sendiri",
        'Parent unit: "Subkelompok Diklat" is a sub-unit of "Badan Kepegawaian Daerah"',
    ),
    (
        "unit under itself",
        lambda db, o: organisation.move_unit(db, o["bkd"], o["bkd"]),
        "parent_id",
        "dirinya sendiri",
        "cannot be moved under itself",
    ),
    (
        "empty unit name",
        lambda db, o: organisation.rename_unit(db, o["bkd"], "  "),
        "name",
        "Nama unit wajib diisi",
        "Unit name: enter the unit's name.",
    ),
    (
        "acting end before start",
        lambda db, o: organisation.assign_acting(
            db,
            o["kabid"],
            position_title="Kepala BKD",
            prefix="Plt.",
            start_date=dt.date(2024, 3, 1),
            end_date=dt.date(2024, 2, 1),
        ),
        "end_date",
        "tidak boleh sebelum tanggal mulai",
        "End date: 1 February 2024 is before the start date 1 March 2024.",
    ),
]


@pytest.mark.parametrize(
    ("call", "field", "indonesian", "english"),
    [case[1:] for case in BAD_INPUT],
    ids=[case[0] for case in BAD_INPUT],
)
def test_bad_input_is_one_sentence_naming_the_field_and_nothing_is_saved(
    db: Database, office, call: BadCall, field: str, indonesian: str, english: str
) -> None:
    before = _audit_count(db)
    with pytest.raises(InvalidInput) as error:
        call(db, office)
    assert error.value.field == field
    assert indonesian in str(error.value)
    assert english in error_text(error.value, "en")
    for text in (str(error.value), error.value.text("en")):
        assert text.endswith(".") and text.count(". ") == 0 and "\n" not in text
    assert _audit_count(db) == before


def _agreement(db: Database, office, status: AgreementStatus) -> str:
    agreement = agreements.create_agreement(
        db,
        year=2024,
        unit_id=office["bidang"],
        owner_id=office["kabid"],
        superior_id=office["head"],
        profile_code="dki",
    )
    with db.transaction("test status") as s:
        s.get(Agreement, agreement).status = status
    return agreement


def test_a_unit_with_a_draft_cannot_be_retired_and_nothing_changes(db: Database, office) -> None:
    _agreement(db, office, AgreementStatus.DRAFT)
    before = _audit_count(db)
    with pytest.raises(InvalidInput, match="Budi Santoso 2024") as error:
        organisation.retire_unit(db, office["bkd"])  # the draft sits in a sub-unit
    assert "sign or remove them before retiring the unit" in error.value.text("en")
    assert _audit_count(db) == before
    with db.session() as s:
        assert s.get(Unit, office["bidang"]).deleted_at is None


def test_retiring_is_a_tombstone_that_signed_agreements_survive(db: Database, office) -> None:
    signed = _agreement(db, office, AgreementStatus.SIGNED)
    organisation.retire_unit(db, office["bidang"])
    with db.session() as s:
        visible = set(s.scalars(select(Unit.id)))
        assert office["bidang"] not in visible and office["sub"] not in visible
        assert office["bkd"] in visible
        kept = s.scalars(select(Unit).execution_options(**{INCLUDE_DELETED: True})).all()
        assert {office["bidang"], office["sub"]} <= {u.id for u in kept}
        assert s.get(Agreement, signed).unit_id == office["bidang"]
    organisation.restore_unit(db, office["bidang"])
    with db.session() as s:
        assert {office["bidang"], office["sub"]} <= set(s.scalars(select(Unit.id)))


def test_moving_an_official_keeps_past_agreements_with_their_unit(db: Database, office) -> None:
    signed = _agreement(db, office, AgreementStatus.SIGNED)
    assert organisation.move_official(db, office["kabid"], office["sub"]) == office["bidang"]
    with db.session() as s:
        assert s.get(Official, office["kabid"]).unit_id == office["sub"]
        assert s.get(Agreement, signed).unit_id == office["bidang"]


def test_an_official_with_an_unsigned_pk_is_not_retired(db: Database, office) -> None:
    _agreement(db, office, AgreementStatus.FINAL)
    with pytest.raises(InvalidInput, match="belum ditandatangani"):
        organisation.retire_official(db, office["kabid"])
    with pytest.raises(InvalidInput, match="Maria Qibtya"):  # she is its Pihak Kedua
        organisation.retire_official(db, office["head"])
    staff = organisation.create_official(
        db, name="Sari", position_title="Analis", level="pelaksana", unit_id=office["sub"]
    )
    organisation.retire_official(db, staff)
    with db.session() as s:
        assert s.get(Official, staff, execution_options={INCLUDE_DELETED: True}).deleted_at
        assert s.get(Official, staff) is None


def test_acting_assignments_have_dates(db: Database, office) -> None:
    acting = organisation.assign_acting(
        db,
        office["kabid"],
        position_title="Kepala Badan Kepegawaian Daerah",
        prefix="Plt.",
        start_date=dt.date(2024, 3, 1),
    )
    assert organisation.acting_on(db, office["kabid"], dt.date(2024, 2, 28)) is None
    prefix, title = organisation.acting_on(db, office["kabid"], dt.date(2024, 6, 1))
    assert (prefix.value, title) == ("Plt.", "Kepala Badan Kepegawaian Daerah")
    assert organisation.end_acting(db, acting, dt.date(2024, 5, 31)) is None
    assert organisation.acting_on(db, office["kabid"], dt.date(2024, 6, 1)) is None
    with pytest.raises(InvalidInput) as error:
        organisation.assign_acting(
            db, office["kabid"], position_title="X", prefix="Kadis", start_date=dt.date(2024, 1, 1)
        )
    assert error.value.field == "prefix"


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", None),
        ("19650719 198503 2 002", None),
        ("1965071919850320", "18"),
        ("19650719 198503 3 002", "(digit 15)"),
        ("19650719 198513 2 002", "appointment month 13"),
    ],
)
def test_live_nip_check_says_what_is_wrong(typed: str, problem: str | None) -> None:
    error = organisation.nip_error(typed)
    if problem is None:
        assert error is None
    else:
        assert error is not None and problem in error.text("en")

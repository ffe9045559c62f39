"""Use cases: validation, the signed lock, and the audit trail every one of them leaves."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import Agreement, AuditEntry, Indicator, PeriodValue
from app.models.database import Database
from app.models.enums import AgreementStatus, Period
from app.services import agreements, cascade, organisation, planning
from app.services.errors import AgreementLocked, InvalidInput


@pytest.fixture
def pk(db: Database) -> dict[str, str]:
    dki = organisation.create_unit(db, code="DKI", name="Pemprov DKI", kind="government")
    bkd = organisation.create_unit(
        db, code="BKD", name="BKD", kind="perangkat_daerah", parent_id=dki
    )
    heru = organisation.create_official(
        db, name="Heru Budi Hartono", position_title="Pj. Gubernur", level="gubernur"
    )
    maria = organisation.create_official(
        db,
        name="Maria Qibtya",
        nip="196507191985032002",
        position_title="Kepala BKD",
        level="jpt_pratama",
        unit_id=bkd,
        superior_id=heru,
    )
    agreement = agreements.create_agreement(
        db, year=2024, unit_id=bkd, owner_id=maria, superior_id=heru, profile_code="dki"
    )
    goal = agreements.add_goal(db, agreement, text="Perbaikan manajemen ASN", category="strategis")
    indicator = agreements.add_indicator(
        db, goal, name="Indeks sistem merit", unit_of_measure="Nilai", polarity="maximize"
    )
    return {
        "dki": dki,
        "bkd": bkd,
        "heru": heru,
        "maria": maria,
        "agreement": agreement,
        "goal": goal,
        "indicator": indicator,
    }


@pytest.mark.parametrize(
    ("nip", "reason"),
    [
        ("19650719198503200", "18 angka"),
        ("1965071919850320021", "18 angka"),
        ("19651319 198503 2 002", "tanggal lahir"),
        ("19650719 198513 2 002", "bulan pengangkatan"),
        ("19650719 198503 3 002", "jenis kelamin"),
        ("19650719 196803 2 002", "terlalu dekat"),
        ("1965O719198503200X", "18 angka"),
    ],
)
def test_invalid_nips_are_refused_with_a_reason(db: Database, nip: str, reason: str) -> None:
    with pytest.raises(InvalidInput, match=reason) as error:
        organisation.create_official(
            db, name="X", nip=nip, position_title="Kepala", level="pengawas"
        )
    assert error.value.field == "nip"
    with db.session() as s:
        assert s.scalar(select(func.count(AuditEntry.id))) == 0


def test_grouped_nip_is_stored_as_digits_and_duplicates_refused(db: Database) -> None:
    official = organisation.create_official(
        db,
        name="Uus Kuswanto",
        nip="19730121 199303 1 004",
        position_title="Walikota",
        level="jpt_pratama",
    )
    with db.session() as s:
        assert s.get(agreements.Official, official).nip == "197301211993031004"
    with pytest.raises(InvalidInput, match="sudah terdaftar"):
        organisation.create_official(
            db, name="Lain", nip="197301211993031004", position_title="X", level="pengawas"
        )


def test_values_keep_na_distinct_from_zero(db: Database, pk: dict[str, str]) -> None:
    agreements.set_period_values(db, pk["indicator"], "annual", target="319.53")
    agreements.set_period_values(db, pk["indicator"], "TW1", target=None, actual=Decimal(0))
    with db.session() as s:
        rows = {v.period: v for v in s.scalars(select(PeriodValue))}
    assert rows[Period.ANNUAL].target == Decimal("319.53")
    assert rows[Period.TW1].target is None and rows[Period.TW1].actual == Decimal(0)
    with pytest.raises(InvalidInput, match="tidak valid"):
        agreements.set_period_values(db, pk["indicator"], "TW2", target="abc")
    with pytest.raises(InvalidInput, match="Penyebut"):
        agreements.set_period_values(db, pk["indicator"], "TW2", numerator=1, denominator=0)


def test_a_signed_agreement_refuses_direct_edits(db: Database, pk: dict[str, str]) -> None:
    with db.transaction("sign") as s:
        s.get(Agreement, pk["agreement"]).status = AgreementStatus.SIGNED
    edits = [
        lambda: agreements.update_indicator(db, pk["indicator"], name="Baru"),
        lambda: agreements.set_period_values(db, pk["indicator"], "TW4", target=1),
        lambda: agreements.add_goal(db, pk["agreement"], text="X", category="khusus"),
        lambda: agreements.update_agreement(db, pk["agreement"], signing_place="Bogor"),
        lambda: agreements.remove_indicator(db, pk["indicator"]),
        lambda: agreements.add_program(db, pk["agreement"], name="P", budget="1"),
        lambda: planning.add_action_plan(db, pk["indicator"], text="RA"),
    ]
    for edit in edits:
        with pytest.raises(AgreementLocked, match="addendum"):
            edit()
    with db.session() as s:
        assert s.get(Indicator, pk["indicator"]).name == "Indeks sistem merit"


def _audit_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(AuditEntry.id))) or 0


def test_every_service_writes_audit_rows(db: Database, pk: dict[str, str]) -> None:
    calls = {
        "update_unit": lambda: organisation.update_unit(db, pk["bkd"], name="Badan Kepegawaian"),
        "update_official": lambda: organisation.update_official(db, pk["maria"], rank="IV/c"),
        "assign_acting": lambda: organisation.assign_acting(
            db,
            pk["heru"],
            position_title="Gubernur",
            prefix="Pj.",
            start_date=__import__("datetime").date(2022, 10, 17),
        ),
        "update_agreement": lambda: agreements.update_agreement(
            db, pk["agreement"], signing_place="Jakarta Pusat"
        ),
        "update_goal": lambda: agreements.update_goal(db, pk["goal"], description="d"),
        "update_indicator": lambda: agreements.update_indicator(
            db, pk["indicator"], definition="Definisi"
        ),
        "set_period_values": lambda: agreements.set_period_values(
            db, pk["indicator"], "TW4", target=10
        ),
        "add_program": lambda: agreements.add_program(
            db, pk["agreement"], name="Program", budget="75124451124"
        ),
        "add_action_plan": lambda: planning.add_action_plan(db, pk["indicator"], text="RA"),
        "create_phase_skeleton": lambda: planning.create_phase_skeleton(db, pk["indicator"]),
        "add_ksd": lambda: planning.add_ksd(
            db, pk["bkd"], 2024, name="KSD", action_plan="Penyusunan"
        ),
        "move_indicator": lambda: agreements.move_indicator(db, pk["indicator"], 1),
        "remove_indicator": lambda: agreements.remove_indicator(db, pk["indicator"]),
        "restore_indicator": lambda: agreements.restore_indicator(db, pk["indicator"]),
    }
    for name, call in calls.items():
        before = _audit_count(db)
        call()
        after = _audit_count(db)
        if name == "move_indicator":  # a single indicator cannot move: no change, no row
            assert after == before, name
        else:
            assert after > before, f"{name} wrote no audit row"
    with db.session() as s:
        actions = set(s.scalars(select(AuditEntry.action)))
    assert {"Tambah pejabat", "Ubah indikator", "Ubah nilai TW4"} <= actions


def test_cascade_copies_metadata_and_splits_targets(db: Database, pk: dict[str, str]) -> None:
    agreements.update_indicator(
        db,
        pk["indicator"],
        definition="Def",
        formula="F",
        period_consolidation="sum",
        validity="proxy",
        control="moderate",
    )
    agreements.set_period_values(db, pk["indicator"], "TW4", target=100)
    kabag = organisation.create_official(
        db,
        name="Kabag",
        nip="198001012005011001",
        position_title="Kepala Bagian",
        level="administrator",
        unit_id=pk["bkd"],
        superior_id=pk["maria"],
    )
    child_pk = agreements.create_agreement(
        db,
        year=2024,
        unit_id=pk["bkd"],
        owner_id=kabag,
        superior_id=pk["maria"],
        profile_code="dki",
    )
    direct = cascade.cascade_indicator(db, pk["indicator"], child_pk, method="direct")
    with pytest.raises(InvalidInput, match="sudah di-cascade"):
        cascade.cascade_indicator(db, pk["indicator"], child_pk, method="indirect")
    with db.session() as s:
        child = s.get(Indicator, direct)
        assert child.name == "Indeks sistem merit" and child.definition == "Def"
        assert child.value(Period.TW4).target == Decimal(100)
        assert child.goal.parent_goal_id == pk["goal"]
        assert child.parent_links[0].parent_indicator_id == pk["indicator"]
    other = organisation.create_official(
        db,
        name="Kabag 2",
        nip="198101012006011002",
        position_title="Kepala Bagian",
        level="administrator",
    )
    other_pk = agreements.create_agreement(
        db,
        year=2024,
        unit_id=pk["bkd"],
        owner_id=other,
        superior_id=pk["maria"],
        profile_code="dki",
    )
    indirect = cascade.cascade_indicator(
        db, pk["indicator"], other_pk, method="indirect", share="0.4", name="Indeks merit bagian"
    )
    with db.session() as s:
        child = s.get(Indicator, indirect)
        assert child.definition is None and child.unit_of_measure == "Nilai"
        assert child.value(Period.TW4).target == Decimal("40.0")


def test_action_plan_numbers_follow_moves(db: Database, pk: dict[str, str]) -> None:
    ra1 = planning.add_action_plan(db, pk["indicator"], text="RA satu")
    ra2 = planning.add_action_plan(db, pk["indicator"], text="RA dua")
    kk_a = planning.add_criterion(db, ra1, text="KK a")
    kk_b = planning.add_criterion(db, ra1, text="KK b")
    out = planning.add_output(db, kk_b, text="T/O", due_quarter=2)
    with pytest.raises(InvalidInput, match="triwulan 1 sampai 4"):
        planning.add_output(db, kk_a, text="T/O", due_quarter=5)

    def numbers() -> dict[str, str]:
        with db.session() as s:
            return planning.action_plan_numbers(s.get(Indicator, pk["indicator"]).action_plans)

    assert numbers()[kk_b] == "KK1.2" and numbers()[out] == "T/O1.2.1"
    planning.move_criterion(db, kk_b, -1)
    assert numbers()[kk_b] == "KK1.1" and numbers()[kk_a] == "KK1.2"
    assert numbers()[out] == "T/O1.1.1"
    planning.move_criterion_to(db, kk_b, ra2)
    assert numbers()[kk_b] == "KK2.1" and numbers()[out] == "T/O2.1.1"
    assert numbers()[kk_a] == "KK1.1"


def test_sub_indicators_and_crosscutting_parties(db: Database, pk: dict[str, str]) -> None:
    sub = agreements.add_indicator(
        db, pk["goal"], name="Sub aspek perencanaan", sub_of_id=pk["indicator"]
    )
    with db.session() as s:
        parent = s.get(Indicator, pk["indicator"])
        assert [i.id for i in parent.sub_indicators] == [sub]
        assert [i.id for i in parent.goal.indicators] == [pk["indicator"]]
    with pytest.raises(InvalidInput, match="Sub-indikator"):
        agreements.add_indicator(db, pk["goal"], name="Cucu", sub_of_id=sub)
    party = agreements.add_crosscutting_party(
        db, indicator_id=pk["indicator"], agency_name="Inspektorat", role="verifikator"
    )
    with pytest.raises(InvalidInput, match="tepat satu"):
        agreements.add_crosscutting_party(db, agency_name="BPKD")
    agreements.remove_crosscutting_party(db, party)
    with db.session() as s:
        from app.models import CrosscuttingParty

        assert s.scalars(select(CrosscuttingParty)).first() is None

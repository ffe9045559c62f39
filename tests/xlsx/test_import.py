"""Importing seed-shaped workbooks: right categories, targets, N/A, budgets, plans, KSD, ticks."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from app.models import (
    ActionOutput,
    ActionPlan,
    Agreement,
    AuditEntry,
    CascadeLink,
    Goal,
    Indicator,
    Ksd,
    Official,
    Program,
    Unit,
)
from app.models.database import Database
from app.models.enums import Period
from app.services import agreements, organisation
from app.services.xlsx_import import ImportRefused, apply_import, preview_import
from tests.xlsx import seed_workbooks as sw

READERS = ["calamine", "openpyxl"]


def _unit(db: Database, code: str = "BKD", profile: str = "dki") -> str:
    return organisation.create_unit(
        db, code=code, name=f"Unit {code}", kind="perangkat_daerah", profile_code=profile
    )


def _bkd_workbook(tmp_path: Path) -> Path:
    data = sw.agreement("bkd_dki_2024")
    path = tmp_path / "bkd.xlsx"
    sw.write_pk_dki(path, data, sw.official("bkd_dki_2024", data["owner"]))
    return path


@pytest.mark.parametrize("reader", READERS)
def test_seed_001_bkd_pk_imports_categories_targets_na_and_long_measurement(
    db: Database, tmp_path: Path, reader: str
) -> None:
    _unit(db)
    path = _bkd_workbook(tmp_path)
    result = apply_import(db, path, unit_code="BKD", reader=reader)
    assert result.applied and result.ok
    seed = sw.agreement("bkd_dki_2024")
    with db.session() as session:
        agreement = session.get(Agreement, result.agreement_id)
        assert agreement.year == 2024 and agreement.owner.name == "Maria Qibtya"
        assert agreement.owner.nip == "196507191985032002"
        goals = agreement.goals
        assert [g.category.value for g in goals] == [g["category"] for g in seed["goals"]]
        assert [g.category.value for g in goals].count("khusus") == 9
        imported = [i for g in goals for i in g.indicators]
        expected = [i for g in seed["goals"] for i in g["indicators"]]
        assert [i.name for i in imported] == [i["name"] for i in expected]
        for ind, want in zip(imported, expected, strict=True):
            for period in ("TW1", "TW2", "TW3", "TW4", "annual"):
                value = ind.value(Period(period))
                got = value.target if value else None
                assert got == (
                    Decimal(want["targets"][period]) if want["targets"][period] else None
                ), (
                    ind.name,
                    period,
                )
            assert ind.unit_of_measure == want["unit"]
            assert ind.source_system == want["source_system"]
        first = imported[0]
        assert first.value(Period.TW1) is None  # "N/A" is no target, never 0
        assert first.value(Period.TW4).target == Decimal("319.53")  # typed "319,53"
        assert first.measurement_text == expected[0]["measurement_text"]
        assert len(first.measurement_text) > 1300 and "\n" in first.measurement_text
        # every inserted row is in the audit log under the import's action
        actions = set(
            session.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == first.id))
        )
        assert actions == {"Impor Excel bkd.xlsx"}
        entry = session.scalar(select(AuditEntry).where(AuditEntry.entity_id == first.id))
        assert (entry.operation, entry.entity, entry.field, entry.old_value) == (
            "insert",
            "indicators",
            None,
            None,
        )
        logged = json.loads(entry.new_value)  # the IKU's audit row carries its targets too
        assert logged["name"] == first.name
        assert logged["targets"] == {"TW4": "319.53", "annual": "319.53"}


@pytest.mark.parametrize("saved_again", [False, True], ids=["unchanged", "saved-again"])
def test_confirming_a_preview_reads_the_workbook_again_only_if_it_changed(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, saved_again: bool
) -> None:
    from app.services import xlsx_import

    _unit(db)
    path = _bkd_workbook(tmp_path)
    reads: list[str] = []
    read = xlsx_import.open_workbook
    monkeypatch.setattr(
        xlsx_import, "open_workbook", lambda *a, **k: reads.append("read") or read(*a, **k)
    )
    preview = preview_import(db, path, unit_code="BKD")
    first = sw.agreement("bkd_dki_2024")["goals"][0]["indicators"][0]["name"]
    if saved_again:  # the user fixed a name in Excel after looking at the preview
        book = openpyxl.load_workbook(path)
        cell = next(c for c in book["PK"]["C"] if c.value == first)
        cell.value = "Indeks profesionalitas ASN (diperbaiki)"
        book.save(path)
    result = apply_import(db, path, unit_code="BKD", previewed=preview)
    assert result.applied and len(reads) == (2 if saved_again else 1)
    with db.session() as session:
        agreement = session.get(Agreement, result.agreement_id)
        names = [i.name for g in agreement.goals for i in g.indicators]
    assert names[0] == ("Indeks profesionalitas ASN (diperbaiki)" if saved_again else first)


@pytest.mark.parametrize("reader", READERS)
def test_percent_formatted_cells_import_as_the_percentage_the_user_sees(
    db: Database, tmp_path: Path, reader: str
) -> None:
    """A cell typed as 94% holds 0.94: it is the target 94, like 94 typed plainly; a
    format that only writes a literal % sign ('0"%"') shows the value itself."""
    _unit(db)
    path = _bkd_workbook(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["PK"]
    rows = {str(ws.cell(r, 3).value)[:40]: r for r in range(1, ws.max_row + 1)}
    ikl = rows["Indeks Kepuasan Layanan Kepegawaian"]
    for col, value, fmt in (
        (7, 0.94, "0%"),  # TW2
        (8, 94, "General"),  # TW3: the same target typed plainly
        (9, 0.94, "0.00%"),  # TW4
    ):
        ws.cell(ikl, col).value = value
        ws.cell(ikl, col).number_format = fmt
    bmd = rows["Persentase Pelaksanaan Inventarisasi BMD"[:40]]
    ws.cell(bmd, 6).value, ws.cell(bmd, 6).number_format = 0.05, "0%"  # TW1
    ws.cell(bmd, 7).value, ws.cell(bmd, 7).number_format = 25, '0"%"'  # TW2, literal sign
    ws.cell(bmd, 8).value, ws.cell(bmd, 8).number_format = 0.555, "0.0%"  # TW3 55,5
    wb.save(path)
    result = apply_import(db, path, unit_code="BKD", reader=reader)
    with db.session() as session:
        agreement = session.get(Agreement, result.agreement_id)
        found = {i.name[:40]: i for g in agreement.goals for i in g.indicators}
        targets = {
            p: found["Indeks Kepuasan Layanan Kepegawaian"].value(Period(p)).target
            for p in ("TW2", "TW3", "TW4", "annual")
        }
        assert targets == {p: Decimal("94") for p in targets}
        bmd_ind = found["Persentase Pelaksanaan Inventarisasi BMD"[:40]]
        assert bmd_ind.value(Period.TW1).target == Decimal("5")
        assert bmd_ind.value(Period.TW2).target == Decimal("25")
        assert bmd_ind.value(Period.TW3).target == Decimal("55.5")


def _realisation_workbook(
    tmp_path: Path, actuals: dict[int, dict[str, Any]]
) -> tuple[Path, list[str]]:
    data = sw.agreement("bkd_dki_2024")
    names = [i["name"] for g in data["goals"] for i in g["indicators"]]
    path = tmp_path / "realisasi.xlsx"
    sw.write_realisations(
        path,
        data,
        sw.official("bkd_dki_2024", data["owner"]),
        {names[n]: v for n, v in actuals.items()},
    )
    return path, names


def test_quarterly_realisations_reach_a_signed_agreement_within_the_services_bounds(
    demo_db: Database, tmp_path: Path
) -> None:
    """A realisation report (Target and Realisasi over Triwulan I–IV) fills the realisations
    of the signed BKD agreement; its targets stay as signed; bad cells are named."""
    from app.services import lifecycle

    db = demo_db
    with db.session() as session:
        bkd = session.scalar(select(Agreement).join(Unit).where(Unit.code == "BKD"))
        bkd_id = bkd.id
    lifecycle.mark_signed(db, bkd_id, printed_pdf=b"%PDF-1.4 printed agreement")
    bad, names = _realisation_workbook(
        tmp_path,
        {
            2: {"TW1": "N/A", "TW2": "95,5", "TW3": 0.96},  # 96 % typed as a percentage
            3: {"TW1": "abc", "TW2": "2e16"},
            5: {"TW1": "1.234.567.890.123.456"},  # past the realisation service's bound
        },
    )
    preview = preview_import(db, bad, agreement_id=bkd_id)
    texts = [e.text() for e in preview.cell_errors]
    assert texts[0] == 'Realisasi!I10: "abc" bukan angka'
    assert len(texts) == 3 and all(t.startswith(("Realisasi!I", "Realisasi!J")) for t in texts)
    assert texts[2].startswith('Realisasi!I12: "1.234.567.890.123.456" tidak dapat disimpan: ')
    with pytest.raises(ImportRefused):
        apply_import(db, bad, agreement_id=bkd_id)

    good, _ = _realisation_workbook(
        tmp_path, {2: {"TW1": "N/A", "TW2": "95,5", "TW3": 0.96}, 5: {"TW1": 4}}
    )
    preview = preview_import(db, good, agreement_id=bkd_id)
    assert preview.ok, [e.text() for e in preview.cell_errors] + preview.errors
    assert preview.counts()["indicator"] == {"update": 2, "unchanged": 12}
    assert "goal" not in preview.counts()
    apply_import(db, good, agreement_id=bkd_id)
    with db.session() as session:
        agreement = session.get(Agreement, bkd_id)
        assert agreement.status.value == "signed"
        found = {i.name: i for g in agreement.goals for i in g.indicators}
        ikl = found[names[2]]
        assert ikl.value(Period.TW1).actual is None  # N/A: nothing reported
        assert ikl.value(Period.TW2).actual == Decimal("95.5")
        assert ikl.value(Period.TW3).actual == Decimal("96")
        assert ikl.value(Period.TW2).target == Decimal("94")  # as signed
        assert found[names[5]].value(Period.TW1).actual == Decimal("4")
    again = preview_import(db, good, agreement_id=bkd_id)
    assert again.counts()["indicator"] == {"unchanged": 14}


def test_a_realisation_report_can_start_a_new_agreement_with_targets_and_realisations(
    db: Database, tmp_path: Path
) -> None:
    _unit(db)
    path, names = _realisation_workbook(tmp_path, {0: {"TW4": "300"}, 3: {"TW1": "100"}})
    result = apply_import(db, path, unit_code="BKD")
    with db.session() as session:
        agreement = session.get(Agreement, result.agreement_id)
        found = {i.name: i for g in agreement.goals for i in g.indicators}
        assert found[names[0]].value(Period.TW4).target == Decimal("319.53")
        assert found[names[0]].value(Period.TW4).actual == Decimal("300")
        assert found[names[3]].value(Period.TW1).actual == Decimal("100")
        assert found[names[3]].value(Period.TW1).target == Decimal("100")
        entry = session.scalar(select(AuditEntry).where(AuditEntry.entity_id == found[names[0]].id))
        assert json.loads(entry.new_value)["actuals"] == {"TW4": "300"}


def test_repeated_page_headers_and_signature_rows_are_not_data(
    db: Database, tmp_path: Path
) -> None:
    _unit(db)
    path = _bkd_workbook(tmp_path)
    sheet = openpyxl.load_workbook(path)["PK"]
    headers = [r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "Nomor"]
    assert len(headers) == 4  # the header of every printed page
    preview = preview_import(db, path, unit_code="BKD")
    assert preview.ok, [e.text() for e in preview.cell_errors]
    assert preview.counts()["indicator"] == {"create": 14}
    with db.session() as session:
        assert (
            session.scalar(select(func.count()).select_from(Agreement)) == 0
        )  # preview wrote nothing


def test_seed_004_kaltara_layout_targets_and_program_budgets(db: Database, tmp_path: Path) -> None:
    data = sw.agreement("jakbar_2020")
    owner = sw.official("jakbar_2020", data["owner"])
    path = tmp_path / "lampiran.xlsx"
    sw.write_pk_kaltara(path, data, owner)
    _unit(db, "JAKBAR", profile="kaltara")
    result = apply_import(db, path, unit_code="JAKBAR")
    with db.session() as session:
        agreement = session.get(Agreement, result.agreement_id)
        assert agreement.year == 2020
        indicators = [i for g in agreement.goals for i in g.indicators]
        assert len(indicators) == sum(len(g["indicators"]) for g in data["goals"]) == 20
        assert len(agreement.goals) == 18
        assert {g.category.value for g in agreement.goals} == {"ss"}
        assert indicators[0].value(Period.ANNUAL).target == Decimal(86)
        assert indicators[1].value(Period.ANNUAL).target == Decimal(100)  # typed "100%"
        programs = agreement.programs
        assert [p.budget for p in programs] == [Decimal(p["budget"]) for p in data["programs"]]
        assert programs[0].budget == Decimal("8797819537")  # typed "8,797,819,537"
        assert sum(p.budget for p in programs) == Decimal("699599214926")
        assert programs[0].note == "APBD Provinsi DKI Jakarta"


def _jakbar_2025(db: Database) -> dict[str, str]:
    """Next year's agreements of the Walikota and the three Asisten (demo database)."""
    with db.session() as session:
        people = {o.nip: o for o in session.scalars(select(Official))}
        units = {u.code: u for u in session.scalars(select(Unit))}
    uus = next(o for o in people.values() if o.name == "Uus Kuswanto")
    ids = {}
    for code in ("JAKBAR-ASPEM", "JAKBAR-ASEKBANG", "JAKBAR-ASKESRA"):
        owner = next(o for o in people.values() if o.unit_id == units[code].id)
        ids[code] = agreements.create_agreement(
            db,
            year=2025,
            unit_id=units[code].id,
            owner_id=owner.id,
            superior_id=uus.id,
            profile_code="dki",
        )
    ids["walikota"] = agreements.create_agreement(
        db,
        year=2025,
        unit_id=units["JAKBAR"].id,
        owner_id=uus.id,
        superior_id=None,
        profile_code="dki",
    )
    return ids


def test_seed_002_matrix_ticks_rencana_aksi_and_ksd(demo_db: Database, tmp_path: Path) -> None:
    db = demo_db
    ids = _jakbar_2025(db)
    seed = sw.agreement("jakbar_2024", "jakbar-2024")
    owner = sw.official("jakbar_2024", "uus")
    # the Walikota -> Asisten matrix of seed 002, lampiran I: ticks with notes
    first = seed["goals"][0]["indicators"][0]["name"]
    second_goal = seed["goals"][1]["indicators"][0]["name"]
    matrix = {
        "__columns__": {"Pem": 1, "Ekbang": 1, "Kesra": 1},
        first: {"Ekbang": "✓", "Kesra": "✓"},
        second_goal: {
            "Pem": "✓ (Keterlibatan Umum dan Kepuasan Terhadap Pengelolaan Kelurahan)",
            "Ekbang": "✓ PPSU",
            "Kesra": "✓ (PKK, Jumantik, Posyandu dan RPTRA)",
        },
    }
    path = tmp_path / "jakbar.xlsx"
    wb = sw.write_pk_dki(path, seed, owner, matrix=matrix, sheet="Matriks Asisten")
    sw.write_rencana_aksi(wb.create_sheet("Rencana Aksi"), seed, responsible=True)
    ksd_rows = sw.demo("jakbar_2024")["ksd"]
    sw.write_ksd(wb.create_sheet("KSD"), ksd_rows, year=2025)
    wb.save(path)

    preview = preview_import(db, path, agreement_id=ids["walikota"])
    assert preview.ok, [e.text() for e in preview.cell_errors] + preview.errors
    # the seed's sasaran 1 has two IKU of the same name: each row is ticked on its own
    assert preview.counts()["tick"] == {"create": 7}
    result = apply_import(db, path, agreement_id=ids["walikota"])
    with db.session() as session:
        links = list(session.scalars(select(CascadeLink).where(CascadeLink.deleted_at.is_(None))))
        mine = [
            link
            for link in links
            if session.get(Indicator, link.child_indicator_id).goal.agreement.year == 2025
        ]
        assert len(mine) == 7
        by_child = {
            session.get(Indicator, link.child_indicator_id).goal.agreement_id: link
            for link in mine
            if session.get(Indicator, link.parent_indicator_id).name == second_goal
        }
        assert by_child[ids["JAKBAR-ASKESRA"]].note == "PKK, Jumantik, Posyandu dan RPTRA"
        assert by_child[ids["JAKBAR-ASEKBANG"]].note == "PPSU"
        # Rencana Aksi: RA -> KK -> T/O with merged cells, numbering prefixes stripped
        wali = session.get(Agreement, result.agreement_id)
        ind = next(i for g in wali.goals for i in g.indicators if i.name == second_goal)
        plans = list(
            session.scalars(
                select(ActionPlan)
                .where(ActionPlan.indicator_id == ind.id)
                .order_by(ActionPlan.position)
            )
        )
        want = next(i for g in seed["goals"] for i in g["indicators"] if i["name"] == second_goal)
        assert [p.text for p in plans] == [p["text"] for p in want["action_plans"]]
        # the RA numbers they were written with stay (the export → import round trip too)
        assert [f"RA{p.number}" for p in plans] == [p["number"] for p in want["action_plans"]]
        outputs = [o for p in plans for k in p.criteria for o in k.outputs]
        assert [o.due_quarter for o in outputs] == [
            o["due_quarter"]
            for p in want["action_plans"]
            for k in p["criteria"]
            for o in k["outputs"]
        ]
        assert not outputs[0].text.startswith("T/O")
        # KSD: twelve rows with their B03..B12 targets and sub-KSD names
        ksd = list(
            session.scalars(
                select(Ksd)
                .where(Ksd.year == 2025, Ksd.unit_id == wali.unit_id)
                .order_by(Ksd.position)
            )
        )
        assert len(ksd) == 12
        assert [sorted(m.month for m in k.months) for k in ksd] == [
            sorted(m["month"] for m in row["months"]) for row in ksd_rows
        ]
        assert ksd[1].sub_name == ksd_rows[1]["sub_name"]
        assert ksd[0].name == ksd_rows[0]["name"]


def _ksd_rows(session: Any, agreement_id: str) -> list[Ksd]:
    """The KSD rows of the agreement's unit for 2025, in order."""
    return list(
        session.scalars(
            select(Ksd)
            .join(Agreement, Agreement.unit_id == Ksd.unit_id)
            .where(Agreement.id == agreement_id, Ksd.year == 2025)
            .order_by(Ksd.position)
        )
    )


def test_ksd_rows_are_linked_to_the_iku_their_iku_column_names(
    demo_db: Database, tmp_path: Path
) -> None:
    """Seed 002's KSD table with an IKU column: by the IKU's name (this workbook's PK or the
    unit's agreement of that year) or its number; an unknown IKU is a named cell."""
    db = demo_db
    ids = _jakbar_2025(db)
    seed = sw.agreement("jakbar_2024", "jakbar-2024")
    names = [i["name"] for g in seed["goals"] for i in g["indicators"]]
    ksd_rows = sw.demo("jakbar_2024")["ksd"]
    iku: list[str | None] = [None] * len(ksd_rows)
    iku[0] = names[2]
    iku[3] = names[5].upper()  # spelled in capitals, as KSD tables are
    path = tmp_path / "ksd.xlsx"
    wb = sw.write_pk_dki(path, seed, sw.official("jakbar_2024", "uus"))
    sw.write_ksd(wb.create_sheet("KSD"), ksd_rows, year=2025, iku=iku)
    wb.save(path)
    result = apply_import(db, path, agreement_id=ids["walikota"])
    with db.session() as session:
        rows = _ksd_rows(session, ids["walikota"])
        linked = {
            n: (k.indicator.name, k.indicator.goal.agreement_id)
            for n, k in enumerate(rows)
            if k.indicator
        }
    assert linked == {
        0: (names[2], result.agreement_id),
        3: (names[5], result.agreement_id),
    }

    # a KSD-only workbook for the same unit and year finds the IKU in the stored agreement
    with db.session() as session:
        number = session.scalar(
            select(Indicator.number)
            .join(Goal)
            .where(Goal.agreement_id == result.agreement_id, Indicator.number.is_not(None))
        )
    other = [None] * len(ksd_rows)
    other[1] = names[7]
    other[2] = "Indikator yang tidak ada"
    only = tmp_path / "ksd-only.xlsx"
    wb = openpyxl.Workbook()
    sw.write_ksd(wb.active, ksd_rows, year=2025, iku=other)
    wb.save(only)
    preview = preview_import(db, only, agreement_id=ids["walikota"])
    texts = [e.text() for e in preview.cell_errors]
    assert len(texts) == 1 and texts[0].startswith("Sheet!L")
    assert texts[0].endswith(
        'indikator "Indikator yang tidak ada" tidak ada di tabel PK maupun di perjanjian'
    )
    other[2] = f"IKU {number}" if number else names[8]
    wb = openpyxl.Workbook()
    sw.write_ksd(wb.active, ksd_rows, year=2025, iku=other)
    wb.save(only)
    preview = preview_import(db, only, agreement_id=ids["walikota"])
    assert preview.ok, [e.text() for e in preview.cell_errors]
    assert preview.counts()["ksd"] == {"unchanged": 10, "update": 2}
    apply_import(db, only, agreement_id=ids["walikota"])
    with db.session() as session:
        rows = _ksd_rows(session, ids["walikota"])
        assert rows[1].indicator.name == names[7]
        assert rows[2].indicator is not None and rows[0].indicator.name == names[2]


def _officials_workbook(tmp_path: Path, rows: list[tuple[Any, ...]]) -> Path:
    path = tmp_path / "pejabat.xlsx"
    wb = openpyxl.Workbook()
    sw.write_officials(wb.active, rows)
    wb.save(path)
    return path


def test_officials_list_fills_an_organisation_in_one_step(db: Database, tmp_path: Path) -> None:
    _unit(db, "JAKBAR")
    path = _officials_workbook(
        tmp_path,
        [
            (
                "Uus Kuswanto",
                "197301211993031004",
                "Pembina Utama Madya (IV/d)",
                "Walikota Kota Administrasi Jakarta Barat",
                "JAKBAR",
                None,
            ),
            (
                "Dedi Kurniawan",
                "197501012000031001",
                "Pembina Utama Muda (IV/c)",
                "Asisten Pemerintahan",
                "Asisten Pemerintahan",
                "Uus Kuswanto",
            ),
            (
                "Yudi Prasetyo",
                "198001012005011002",
                "Pembina (IV/a)",
                "Kepala Bagian Pemerintahan",
                "Bagian Pemerintahan",
                "197501012000031001",
            ),
            ("Rina", None, None, "Pelaksana", "Bagian Pemerintahan", "Yudi Prasetyo"),
        ],
    )
    result = apply_import(db, path, unit_code="JAKBAR")
    assert result.counts()["official"] == {"create": 4}
    assert result.counts()["unit"] == {"create": 2}
    with db.session() as session:
        people = {o.name: o for o in session.scalars(select(Official))}
        assert people["Uus Kuswanto"].level.value == "gubernur"
        assert people["Dedi Kurniawan"].level.value == "jpt_pratama"
        assert people["Yudi Prasetyo"].level.value == "administrator"
        assert people["Yudi Prasetyo"].superior_id == people["Dedi Kurniawan"].id
        assert people["Rina"].superior_id == people["Yudi Prasetyo"].id
        assert people["Yudi Prasetyo"].unit.kind.value == "bagian"
        # the Atasan column draws the tree: Bagian under its Asisten, under the chosen unit
        assert people["Yudi Prasetyo"].unit.parent.name == "Asisten Pemerintahan"
        assert people["Dedi Kurniawan"].unit.parent.code == "JAKBAR"
        assert people["Dedi Kurniawan"].rank == "Pembina Utama Muda (IV/c)"
    again = preview_import(db, path, unit_code="JAKBAR")
    assert again.counts()["official"] == {"unchanged": 4}


def test_officials_list_without_a_unit_builds_the_tree_from_the_atasan_column(
    db: Database, tmp_path: Path
) -> None:
    path = _officials_workbook(
        tmp_path,
        [
            # listed subordinates first: the tree must not depend on the order of the rows
            ("Rina", None, None, "Pelaksana", "Subbagian Tata Usaha", "Yudi Prasetyo"),
            (
                "Yudi Prasetyo",
                "198001012005011002",
                "Pembina (IV/a)",
                "Kepala Bagian Umum",
                "Bagian Umum",
                "197501012000031001",
            ),
            (
                "Dedi Kurniawan",
                "197501012000031001",
                None,
                "Sekretaris Kota",
                "Sekretariat Kota Administrasi Jakarta Barat",
                "Uus Kuswanto",
            ),
            (
                "Uus Kuswanto",
                "197301211993031004",
                None,
                "Walikota",
                "Kota Administrasi Jakarta Barat",
                None,
            ),
            ("Sari", None, None, "Pengadministrasi", "Bagian Umum", "Yudi Prasetyo"),
        ],
    )
    preview = preview_import(db, path)
    details = {c.label: c.detail for c in preview.changes if c.entity == "unit"}
    assert details["Bagian Umum"].endswith("di bawah Sekretariat Kota Administrasi Jakarta Barat")
    assert "di bawah" not in details["Kota Administrasi Jakarta Barat"]
    apply_import(db, path)
    with db.session() as session:
        units = {u.name: u for u in session.scalars(select(Unit))}
        assert len(units) == 4
        assert units["Kota Administrasi Jakarta Barat"].parent_id is None
        sekretariat = units["Sekretariat Kota Administrasi Jakarta Barat"]
        assert sekretariat.parent.name == "Kota Administrasi Jakarta Barat"
        assert units["Bagian Umum"].parent_id == sekretariat.id
        assert units["Subbagian Tata Usaha"].parent.name == "Bagian Umum"
        assert units["Subbagian Tata Usaha"].kind.value == "subbagian"


def test_plt_plh_pj_before_a_jabatan_or_name_become_acting_assignments(
    db: Database, tmp_path: Path
) -> None:
    import datetime as dt

    from app.models import ActingAssignment

    dishut = _unit(db, "DISHUT")
    path = _officials_workbook(
        tmp_path,
        [
            (
                "Plt. Drs. Budi Santoso",
                "197001011995031001",
                None,
                "Kepala Dinas Kehutanan",
                "DISHUT",
                None,
            ),
            (
                "Ani Lestari",
                "198001012005012001",
                None,
                "Plh. Sekretaris Dinas",
                "DISHUT",
                "Drs. Budi Santoso",
            ),
            ("Tono", None, None, "PJ Kepala Bidang Hutan", "DISHUT", "Ani Lestari"),
            ("Plto Wibowo", None, None, "Analis", "DISHUT", "Tono"),  # a name, not a prefix
        ],
    )
    preview = preview_import(db, path, unit_code="DISHUT")
    assert preview.counts()["acting"] == {"create": 3}
    apply_import(db, path, unit_code="DISHUT")
    with db.session() as session:
        people = {o.name: o for o in session.scalars(select(Official))}
        assert set(people) == {"Drs. Budi Santoso", "Ani Lestari", "Tono", "Plto Wibowo"}
        assert people["Ani Lestari"].position_title == "Sekretaris Dinas"
        assert people["Ani Lestari"].superior_id == people["Drs. Budi Santoso"].id
        acting = {
            a.official.name: (a.prefix.value, a.position_title, a.start_date, a.unit_id)
            for a in session.scalars(select(ActingAssignment))
        }
    today = dt.date.today()
    assert acting == {
        "Drs. Budi Santoso": ("Plt.", "Kepala Dinas Kehutanan", today, dishut),
        "Ani Lestari": ("Plh.", "Sekretaris Dinas", today, dishut),
        "Tono": ("Pj.", "Kepala Bidang Hutan", today, dishut),
    }
    assert organisation.acting_on(db, people["Tono"].id, today) is not None
    again = preview_import(db, path, unit_code="DISHUT")
    assert again.counts()["acting"] == {"unchanged": 3}
    assert again.counts()["official"] == {"unchanged": 4}


def test_an_acting_owner_in_the_pk_block_prints_with_the_prefix(
    db: Database, tmp_path: Path
) -> None:
    _unit(db)
    path = _bkd_workbook(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["PK"]
    ws["C5"] = "Plt. Kepala Badan Kepegawaian Daerah"
    ws["C3"] = "Plt. Maria Qibtya"
    wb.save(path)
    result = apply_import(db, path, unit_code="BKD")
    with db.session() as session:
        agreement = session.get(Agreement, result.agreement_id)
        assert agreement.owner.name == "Maria Qibtya"
        assert agreement.owner_prefix.value == "Plt."
        assert agreement.owner_title == "Kepala Badan Kepegawaian Daerah"


def test_officials_list_names_bad_nips(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "pejabat.xlsx"
    wb = openpyxl.Workbook()
    sw.write_officials(
        wb.active,
        [
            ("A", "19650719198503200", None, "Staf", "X", None),
            ("B", None, None, "Staf", "X", "Tidak Ada Orangnya"),
            ("C", None, None, "Staf", "X", None),
        ],
    )
    wb.active.cell(5, 3).value = 196507191985032002  # typed as a number: Excel loses digits
    wb.save(path)
    preview = preview_import(db, path)
    texts = [e.text() for e in preview.cell_errors]
    assert (
        texts[0]
        == "Sheet!C5: NIP tersimpan sebagai angka (196507191985032000) sehingga digitnya bisa berubah; format kolom NIP sebagai Teks lalu ketik ulang"
    )
    assert texts[1].startswith('Sheet!C3: NIP "19650719198503200" tidak valid: ')
    assert (
        texts[2]
        == 'Sheet!G4: atasan "Tidak Ada Orangnya" tidak ada di daftar ini maupun di basis data'
    )
    assert len(texts) == 3
    with pytest.raises(ImportRefused):
        apply_import(db, path)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Official)) == 0


def test_import_into_existing_agreement_updates_only_what_changed(
    demo_db: Database, tmp_path: Path
) -> None:
    db = demo_db
    with db.session() as session:
        bkd = session.scalar(
            select(Agreement)
            .join(Official, Agreement.owner_id == Official.id)
            .where(Official.name == "Maria Qibtya")
        )
        agreement_id = bkd.id
    data = sw.agreement("bkd_dki_2024")
    data["goals"][0]["indicators"][0]["targets"]["annual"] = "320"
    path = tmp_path / "bkd.xlsx"
    sw.write_pk_dki(path, data, sw.official("bkd_dki_2024", data["owner"]))
    preview = preview_import(db, path, agreement_id=agreement_id)
    counts = preview.counts()["indicator"]
    assert counts == {"update": 1, "unchanged": 13}
    changed = [c for c in preview.changes if c.action == "update"]
    assert changed[0].detail == "annual"
    apply_import(db, path, agreement_id=agreement_id)
    with db.session() as session:
        ind = session.scalar(
            select(Indicator)
            .join(Goal)
            .where(
                Goal.agreement_id == agreement_id,
                Indicator.name == data["goals"][0]["indicators"][0]["name"],
            )
        )
        assert ind.value(Period.ANNUAL).target == Decimal(320)


def test_a_failure_while_applying_rolls_back_everything(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import planning

    _unit(db)
    data = sw.agreement("bkd_dki_2024")
    path = tmp_path / "bkd.xlsx"
    wb = sw.write_pk_dki(path, data, sw.official("bkd_dki_2024", data["owner"]))
    sw.write_rencana_aksi(wb.create_sheet("RA"), data)
    wb.save(path)

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("disk full")

    monkeypatch.setattr(planning, "add_output", broken)
    with pytest.raises(RuntimeError):
        apply_import(db, path, unit_code="BKD")
    with db.session() as session:
        for model in (Agreement, Goal, Indicator, ActionPlan, ActionOutput, Official, Program):
            assert session.scalar(select(func.count()).select_from(model)) == 0, model
        assert (
            session.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.action.like("Impor%"))
            )
            == 0
        )


def test_services_called_inside_a_transaction_join_it(db: Database) -> None:
    """What lets the import apply through the services as one action: a nested
    `db.transaction()` is the outer one, so an error anywhere leaves nothing behind."""
    with pytest.raises(RuntimeError), db.transaction("Impor Excel uji") as outer:
        unit_id = organisation.create_unit(db, code="X", name="X", kind="bagian")
        with db.transaction("ignored name") as inner:
            assert inner is outer
        assert outer.get(Unit, unit_id) is not None
        raise RuntimeError("stop")
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Unit)) == 0
    unit_id = organisation.create_unit(db, code="Y", name="Y", kind="bagian")
    with db.transaction("Impor Excel uji"):
        organisation.update_unit(db, unit_id, name="Yang baru")
    with db.session() as session:
        actions = set(
            session.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == unit_id))
        )
        assert actions == {"Tambah unit", "Impor Excel uji"}

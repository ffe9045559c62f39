"""Exported workbooks: formatted for staff, and export → import recreates the agreement exactly."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.cli import main
from app.documents.workbooks import TEMPLATES, export_agreement, write_template
from app.models import Agreement, Official, Unit
from app.models.database import Database, open_database
from app.services import organisation
from app.services.xlsx_import import apply_import, preview_import
from tests.xlsx.agreement_shape import agreement_shape


def _agreement(db: Database, unit_code: str, year: int) -> Agreement:
    with db.session() as session:
        return session.scalar(
            select(Agreement).join(Unit).where(Unit.code == unit_code, Agreement.year == year)
        )


def _round_trip(
    demo_db: Database, tmp_path: Path, unit_code: str, year: int
) -> tuple[dict, dict, object]:
    source = _agreement(demo_db, unit_code, year)
    with demo_db.session() as session:
        profile = session.get(Unit, source.unit_id).profile_code
    path = tmp_path / f"{unit_code}.xlsx"
    export_agreement(demo_db, source.id, path)
    with open_database(tmp_path / "fresh.sqlite", user="tester") as fresh:
        organisation.create_unit(
            fresh, code=unit_code, name=unit_code, kind="perangkat_daerah", profile_code=profile
        )
        result = apply_import(fresh, path, unit_code=unit_code)
        copy = agreement_shape(fresh, result.agreement_id)
    return agreement_shape(demo_db, source.id), copy, result


@pytest.mark.parametrize(
    ("unit_code", "year"),
    [("BKD", 2024), ("JAKBAR", 2024), ("JAKBAR", 2020), ("KALTARA-DISHUT", 2025)],
)
def test_export_then_import_recreates_the_agreement(
    demo_db: Database, tmp_path: Path, unit_code: str, year: int
) -> None:
    original, copy, result = _round_trip(demo_db, tmp_path, unit_code, year)
    assert copy == original
    assert original["goals"], "the round trip must carry content"


def test_round_trip_carries_seed_002_ksd_and_duplicate_indicator_names(
    demo_db: Database, tmp_path: Path
) -> None:
    original, copy, result = _round_trip(demo_db, tmp_path, "JAKBAR", 2024)
    assert len(copy["ksd"]) == 12 and copy["ksd"] == original["ksd"]
    names = [ind[0]["name"] for ind in copy["goals"][0][3]]
    assert len(names) == 2 and names[0] == names[1]  # seed 002 repeats the name, metadata differs
    assert copy["goals"][0][3][0][0]["formula"] != copy["goals"][0][3][1][0]["formula"]
    # the matrix columns name subordinates this fresh database does not have: said, not guessed
    assert any("tidak cocok dengan perjanjian bawahan" in w for w in result.warnings)
    assert any("matches no subordinate agreement" in w for w in result.warning_lines("en"))
    assert len(result.warning_lines("en")) == len(result.warnings)


def test_pk_sheet_is_formatted_for_staff(demo_db: Database, tmp_path: Path) -> None:
    source = _agreement(demo_db, "BKD", 2024)
    path = tmp_path / "bkd.xlsx"
    export_agreement(demo_db, source.id, path, period="TW3")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "PK",
        "Rincian Target",
        "Rencana Aksi",
        "Laporan Capaian",
        "Metadata IKU",
    ]
    ws = book["PK"]
    assert ws.freeze_panes == "A10"
    assert ws.print_title_rows == "$8:$9"
    assert ws.page_setup.paperSize == 14  # Folio 8.5 x 13 in = F4
    assert ws.page_setup.orientation == "landscape"
    assert ws["F8"].value == "Triwulan" and "F8:I8" in {str(r) for r in ws.merged_cells.ranges}
    assert ws["A10"].value == "Sasaran Strategis"
    first = ws["J11"]
    assert first.value == pytest.approx(319.53) and first.number_format == "#,##0.00"
    assert ws["F11"].value == "N/A"
    assert ws["E11"].alignment.wrap_text and len(ws["E11"].value) > 1300
    assert ws.column_dimensions["E"].width == 60
    rincian = book["Rincian Target"]
    # Take Last Known: s.d. TW2 is the last known of TW1..TW2, as Excel computes it
    assert rincian["F7"].value == '=IF(ISNUMBER(E7),E7,IF(ISNUMBER(D7),D7,"N/A"))'
    report = book["Laporan Capaian"]
    assert report["A1"].value == "LAPORAN CAPAIAN KINERJA TRIWULAN III TAHUN 2024"
    assert report["I5"].value == '=IF(AND(ISNUMBER(G5),ISNUMBER(H5)),G5*H5/100,"N/A")'


def test_program_total_is_a_formula(demo_db: Database, tmp_path: Path) -> None:
    source = _agreement(demo_db, "JAKBAR", 2020)
    path = tmp_path / "jakbar.xlsx"
    export_agreement(demo_db, source.id, path, sheets=["pk", "program"])
    ws = openpyxl.load_workbook(path)["Program"]
    total_row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "Jumlah")
    assert ws.cell(total_row, 3).value == f"=SUM(C4:C{total_row - 1})"
    assert ws.cell(4, 3).value == 8797819537 and ws.cell(4, 3).number_format == "#,##0"


def test_cli_export(demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_database(demo_db_path, user="tester") as db:
        agreement_id = _agreement(db, "BKD", 2024).id
    out = tmp_path / "out.xlsx"
    code = main(
        [
            "xlsx",
            "export",
            "--db",
            str(demo_db_path),
            "--agreement",
            agreement_id,
            "--out",
            str(out),
            "--sheets",
            "pk,rencana_aksi",
        ]
    )
    assert code == 0
    assert openpyxl.load_workbook(out).sheetnames == ["PK", "Rencana Aksi"]
    assert capsys.readouterr().out.strip() == f"{out}: PK, Rencana Aksi"
    code = main(
        [
            "xlsx",
            "export",
            "--db",
            str(demo_db_path),
            "--agreement",
            agreement_id,
            "--out",
            str(out),
            "--sheets",
            "pk,grafik",
        ]
    )
    assert code == 2
    assert "Lembar 'grafik' tidak dikenal" in capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_every_template_is_a_blank_workbook_that_imports_back(
    db: Database, tmp_path: Path, name: str
) -> None:
    path = write_template(name, tmp_path / f"{name}.xlsx")
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    assert ws.freeze_panes is not None and ws.print_title_rows
    organisation.create_unit(db, code="U", name="Unit", kind="perangkat_daerah")
    preview = preview_import(db, path, unit_code="U")
    assert not preview.cell_errors, [e.text() for e in preview.cell_errors]
    assert preview.tables, f"{name}: the importer must recognise its own template"
    assert not [c for c in preview.changes if c.action == "create" and c.entity != "official"]


def test_filled_dki_template_imports(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = str(db.path)
    organisation.create_unit(db, code="BKD", name="BKD", kind="perangkat_daerah")
    db.close()
    path = tmp_path / "pk.xlsx"
    assert main(["xlsx", "template", "pk_dki", "--out", str(path)]) == 0
    book = openpyxl.load_workbook(path)
    ws = book["PK"]
    ws["C3"], ws["C4"], ws["C5"] = "Maria Qibtya", "196507191985032002", "Kepala Badan"
    ws["A1"] = "PERJANJIAN KINERJA TAHUN 2024"
    row = 11  # first numbered row under "Sasaran Strategis"
    assert ws.cell(row, 1).value == "1"
    for col, value in enumerate(
        [
            "Perbaikan manajemen ASN",
            "Indeks sistem merit",
            "e-SAKIP",
            "Nilai 1-400",
            "N/A",
            "N/A",
            "N/A",
            "319,53",
            "319,53",
            "Nilai",
        ],
        start=2,
    ):
        ws.cell(row, col).value = value
    book.save(path)
    assert main(["xlsx", "import", str(path), "--db", db_path, "--unit", "BKD"]) == 0
    with open_database(db_path, user="tester") as reopened, reopened.session() as session:
        agreement = session.scalar(select(Agreement))
        assert agreement.year == 2024
        assert session.get(Official, agreement.owner_id).nip == "196507191985032002"
        assert [g.text for g in agreement.goals] == ["Perbaikan manajemen ASN"]


def test_the_score_report_brings_a_quarters_realisations_back(
    demo_db: Database, tmp_path: Path
) -> None:
    """Laporan capaian TW3 holds 'Realisasi s.d. TW3'; importing it into the agreement whose
    TW3 realisations were lost restores each one, undoing the IKU's consolidation (sum,
    average, last) against TW1 and TW2."""
    from decimal import Decimal

    from app.models import Indicator
    from app.models.enums import Period
    from app.services import agreements

    source = _agreement(demo_db, "BKD", 2024)
    path = tmp_path / "capaian.xlsx"
    export_agreement(demo_db, source.id, path, sheets=["laporan_capaian"], period="TW3")
    with demo_db.session() as session:
        indicators = [i for g in session.get(Agreement, source.id).goals for i in g.indicators]
        before = {
            i.id: (i.value(Period.TW3).actual if i.value(Period.TW3) else None) for i in indicators
        }
        methods = {i.period_consolidation.value for i in indicators if before[i.id] is not None}
    assert {"sum", "average", "last"} <= methods
    for indicator_id, actual in before.items():
        if actual is not None:
            agreements.set_actual(demo_db, indicator_id, "TW3", None)
    preview = preview_import(demo_db, path, agreement_id=source.id)
    assert preview.ok, [e.text() for e in preview.cell_errors] + preview.errors
    assert preview.counts()["indicator"]["update"] == sum(1 for a in before.values() if a)
    assert "goal" not in preview.counts() or "create" not in preview.counts()["goal"]
    apply_import(demo_db, path, agreement_id=source.id)
    with demo_db.session() as session:
        after = {
            i.id: (i.value(Period.TW3).actual if i.value(Period.TW3) else None)
            for i in session.scalars(select(Indicator).where(Indicator.id.in_(list(before))))
        }
    assert after == before
    assert Decimal("94.35") in after.values()  # an average: 94,17 × 2 − 93,99


def test_a_report_beside_the_pk_adds_no_iku_and_names_the_one_the_pk_lacks(
    demo_db: Database, tmp_path: Path
) -> None:
    source = _agreement(demo_db, "BKD", 2024)
    path = tmp_path / "bkd.xlsx"
    export_agreement(demo_db, source.id, path, sheets=["laporan_capaian", "pk"], period="TW2")
    book = openpyxl.load_workbook(path)
    report = book["Laporan Capaian"]
    report["C5"] = "IKU yang tidak ada di PK"
    book.save(path)
    preview = preview_import(demo_db, path, agreement_id=source.id)
    assert [e.text() for e in preview.cell_errors] == [
        'Laporan Capaian!C5: indikator "IKU yang tidak ada di PK" tidak ada di tabel PK maupun '
        "di perjanjian"
    ]
    assert "create" not in preview.counts()["indicator"]

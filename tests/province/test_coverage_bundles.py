"""The coverage matrix's bundle columns — the last bundle received (day, sequence number) and
the open conflicts — and its export as a workbook (SPEC §9), on both backends."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from app.models import Agreement, Goal, Indicator, PeriodValue, Unit
from app.models.database import Database, open_database
from app.models.enums import Period
from app.paths import AppPaths
from app.services import agreements, province
from app.sync import service


def _last_seq(bundle: Path) -> int:
    with zipfile.ZipFile(bundle) as archive:
        return int(json.loads(archive.read("manifest.json"))["seq_range"][1])


def _jakbar_indicator(db: Database) -> str:
    with db.session() as session:
        return session.scalars(
            select(Indicator.id)
            .join(Goal, Indicator.goal_id == Goal.id)
            .join(Agreement, Goal.agreement_id == Agreement.id)
            .join(Unit, Agreement.unit_id == Unit.id)
            .where(Unit.code == "JAKBAR", Agreement.year == 2024)
            .order_by(Indicator.id)
        ).first()


def test_last_bundle_and_open_conflicts_per_unit(
    db: Database, sent: tuple[Path, AppPaths], tmp_path: Path
) -> None:
    unit, paths = sent
    today = dt.datetime.now(dt.UTC).date()
    [first] = (tmp_path / "out").glob("*.pkbundle")
    rows = {r.unit_code: r for r in province.coverage(db, 2024)}
    jakbar = rows["JAKBAR"]
    assert jakbar.last_bundle_at is not None and jakbar.last_bundle_at.date() == today
    assert jakbar.last_bundle_seq == _last_seq(first) and jakbar.open_conflicts == 0
    assert not jakbar.last_bundle_held

    # The province changes a target it received; the unit changes the same one: a conflict.
    indicator = _jakbar_indicator(db)
    with db.transaction("province edit") as session:
        value = session.scalars(
            select(PeriodValue).where(
                PeriodValue.indicator_id == indicator, PeriodValue.period == Period.ANNUAL
            )
        ).one()
        value.target = Decimal("1")
    with open_database(unit) as demo:
        agreements.set_target(demo, indicator, Period.ANNUAL, Decimal("2"))
        second = service.export(demo, paths, "JAKBAR", tmp_path / "out2").path
    assert second is not None
    [result] = service.import_files(db, [second], paths)
    assert result.error is None and result.report["conflicts"]
    jakbar = next(r for r in province.coverage(db, 2024) if r.unit_code == "JAKBAR")
    assert jakbar.last_bundle_seq == _last_seq(second) > _last_seq(first)
    assert jakbar.open_conflicts == len(result.report["conflicts"])
    day = today.strftime("%d-%m-%Y")
    assert jakbar.cells()[-3:] == [day, str(_last_seq(second)), str(jakbar.open_conflicts)]

    # Exported as a workbook: numbers stay numbers, the day a date, quarters coloured.
    rows = province.coverage(db, 2024)
    target = province.write_coverage(rows, 2024, tmp_path / "cakupan.xlsx")
    sheet = load_workbook(target).active
    assert sheet.title == "Cakupan PK" and "2024" in sheet.cell(1, 1).value
    assert [c.value for c in sheet[3]] == list(province.COVERAGE_HEADER)
    line = next(r for r in sheet.iter_rows(min_row=4) if r[0].value == "JAKBAR")
    assert [c.value for c in line[2:5]] == [
        jakbar.agreements[s] for s in ("draft", "final", "signed")
    ]
    assert line[9].value.date() == today and line[9].number_format == "dd-mm-yyyy"
    assert line[10].value == jakbar.last_bundle_seq and line[11].value == jakbar.open_conflicts
    assert line[11].fill.fgColor.rgb.endswith(province.MISSING_FILL)
    fills = {c.fill.fgColor.rgb[-6:] for c in line[5:9]}
    assert fills <= {province.REPORTED_FILL, province.MISSING_FILL}
    assert sheet.max_row == 3 + len(rows)
    csv_file = province.write_coverage(rows, 2024, tmp_path / "cakupan.csv")
    assert csv_file.read_text(encoding="utf-8") == province.coverage_csv(rows)


def test_a_held_bundle_is_said_in_the_reader_s_language() -> None:
    row = province.CoverageRow(unit_code="JAKBAR", unit_name="Kota Administrasi Jakarta Barat")
    row.last_bundle_at = dt.datetime(2026, 12, 1, 9, 30)
    row.last_bundle_held = True
    assert row.last_bundle_cell() == "01-12-2026 (ditahan)"
    assert row.cells("yes", "held")[-3] == "01-12-2026 (held)"
    row.last_bundle_held = False
    assert row.last_bundle_cell("held") == "01-12-2026"

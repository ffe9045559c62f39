"""Coverage matrix and province-wide values (SPEC §9 "Consolidation"), on both backends."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from app.cli import main
from app.engine.enums import (
    CascadeMethod,
    Level,
    LocationConsolidation,
    PeriodConsolidation,
)
from app.models import Agreement, CascadeLink, Goal, Indicator, Official, PeriodValue, Unit
from app.models.database import Database, open_database
from app.models.enums import AgreementStatus, GoalCategory, Period, UnitKind
from app.services import province
from app.services.synthetic import (
    ADMINISTRATORS_PER_UNIT,
    FUNCTIONALS_PER_UNIT,
    SUPERVISORS_PER_ADMINISTRATOR,
    UNIT_COUNT,
    YEAR,
)

D = Decimal


def _indicator(s: Session, goal: Goal, name: str, values: list[tuple], **kw: object) -> Indicator:
    """An IKU with TW1..TW4 (target, actual, numerator, denominator) tuples (None = none)."""
    indicator = Indicator(goal=goal, name=name, **kw)
    s.add(indicator)
    for quarter, row in zip(province.QUARTERS, values, strict=False):
        if row is None:
            continue
        target, actual, *raw = (*row, None, None)[:4]
        numerator, denominator = raw
        s.add(
            PeriodValue(
                indicator=indicator,
                period=quarter,
                target=target,
                actual=actual,
                numerator=numerator,
                denominator=denominator,
            )
        )
    return indicator


def _agreement(
    s: Session, unit: Unit, owner: Official, status: AgreementStatus
) -> tuple[Agreement, Goal]:
    agreement = Agreement(year=2025, profile_code="dki", unit=unit, owner=owner, status=status)
    s.add(agreement)
    goal = Goal(agreement=agreement, category=GoalCategory.STRATEGIS, text="Meningkatnya X")
    s.add(goal)
    return agreement, goal


def _small_province(db: Database) -> dict[str, str]:
    """A governor with two province IKU cascaded to two Dinas (one with a Bidang)."""
    with db.transaction("Provinsi kecil") as s:
        prov = Unit(code="PROV", name="Provinsi", kind=UnitKind.GOVERNMENT)
        dinas_a = Unit(code="A", name="Dinas A", kind=UnitKind.PERANGKAT_DAERAH, parent=prov)
        bidang = Unit(code="A-B1", name="Bidang 1", kind=UnitKind.BIDANG, parent=dinas_a)
        dinas_b = Unit(code="B", name="Dinas B", kind=UnitKind.PERANGKAT_DAERAH, parent=prov)
        people = {
            code: Official(name=f"Pejabat {code}", position_title="Kepala", level=level, unit=u)
            for code, level, u in (
                ("G", Level.GUBERNUR, prov),
                ("A", Level.JPT_PRATAMA, dinas_a),
                ("AB", Level.ADMINISTRATOR, bidang),
                ("B", Level.JPT_PRATAMA, dinas_b),
            )
        }
        _, gov_goal = _agreement(s, prov, people["G"], AgreementStatus.SIGNED)
        # Sum over units of quarter sums: 10+10 target, 8+9 actual (A); 30 / 30 (B).
        total = _indicator(
            s,
            gov_goal,
            "Jumlah layanan",
            [],
            location_consolidation=LocationConsolidation.SUM,
        )
        # Raw data: A 9 of 10, B 1 of 90 -> 10/100 = 10 %, while the mean of 90 % and
        # 1,11 % would be 45,56 %.
        ratio = _indicator(
            s,
            gov_goal,
            "Persentase tuntas",
            [],
            position=1,
            location_consolidation=LocationConsolidation.RAW,
        )
        _, a_goal = _agreement(s, dinas_a, people["A"], AgreementStatus.FINAL)
        a_total = _indicator(
            s,
            a_goal,
            "Layanan A",
            [(D(10), D(8)), (D(10), D(9)), (D(10), None), (D(10), None)],
            period_consolidation=PeriodConsolidation.SUM,
        )
        a_ratio = _indicator(
            s,
            a_goal,
            "Tuntas A",
            [(D(100), D(90), D(9), D(10))],
            period_consolidation=PeriodConsolidation.LAST,
        )
        _, ab_goal = _agreement(s, bidang, people["AB"], AgreementStatus.DRAFT)
        _indicator(s, ab_goal, "Kegiatan bidang", [(D(1), None), (D(1), None)])
        _, b_goal = _agreement(s, dinas_b, people["B"], AgreementStatus.SIGNED)
        b_total = _indicator(
            s,
            b_goal,
            "Layanan B",
            [(D(30), D(30)), (None, None), (None, None), (D(5), None)],
            period_consolidation=PeriodConsolidation.LAST,
        )
        b_ratio = _indicator(
            s,
            b_goal,
            "Tuntas B",
            [(D(100), D("1.11"), D(1), D(90))],
            period_consolidation=PeriodConsolidation.LAST,
        )
        for parent, child in (
            (total, a_total),
            (total, b_total),
            (ratio, a_ratio),
            (ratio, b_ratio),
        ):
            s.add(
                CascadeLink(
                    parent_indicator=parent, child_indicator=child, method=CascadeMethod.DIRECT
                )
            )
        s.flush()
        return {"total": total.id, "ratio": ratio.id}


def test_coverage_rolls_sub_units_into_their_dinas_and_counts_reported_quarters(
    db: Database,
) -> None:
    _small_province(db)
    rows = {r.unit_code: r for r in province.coverage(db, 2025)}
    assert set(rows) == {"PROV", "A", "B"}
    assert rows["A"].agreements == {"draft": 1, "final": 1, "signed": 0}
    assert rows["B"].agreements == {"draft": 0, "final": 0, "signed": 1}
    # A at TW1: Layanan A and Tuntas A reported, the Bidang's IKU not (2 of 3).
    assert rows["A"].quarters["TW1"] == (2, 3)
    assert rows["B"].quarters["TW1"] == (2, 2) and rows["B"].reported("TW1")
    assert rows["B"].quarters["TW2"] == (0, 0) and not rows["B"].reported("TW2")
    assert rows["B"].quarters["TW4"] == (0, 1)
    table = list(csv.reader(io.StringIO(province.coverage_csv(rows.values())), delimiter=";"))
    assert table[0] == list(province.COVERAGE_HEADER)
    assert table[2] == ["B", "Dinas B", "0", "0", "1", "ya", "0/0", "0/0", "0/1", "", "", "0"]
    assert province.coverage(db, 2024) == []


def test_province_values_add_targets_and_ratios_never_average_percentages(db: Database) -> None:
    ids = _small_province(db)
    values = {v.name: v for v in province.province_values(db, [ids["total"], ids["ratio"]], 2)}
    total = values["Jumlah layanan"]
    # A: sum s.d. TW2 = 20 target, 17 actual; B: last known = 30 / 30.
    assert (total.units, total.target, total.actual) == (2, D(50), D(47))
    assert total.capaian == D("94.00")
    ratio = values["Persentase tuntas"]
    assert ratio.actual == D(10) and ratio.capaian == D("10.00")


def test_the_synthetic_province_coverage_matches_the_generator(province_db_path: Path) -> None:
    per_unit = 1 + ADMINISTRATORS_PER_UNIT * (1 + SUPERVISORS_PER_ADMINISTRATOR)
    per_unit += FUNCTIONALS_PER_UNIT
    with open_database(province_db_path) as db:
        rows = province.coverage(db, YEAR)
    assert len(rows) == UNIT_COUNT
    assert {sum(r.agreements.values()) for r in rows} == {per_unit}
    assert all(r.reported(q.value) for r in rows for q in province.QUARTERS)
    statuses = {s: sum(r.agreements[s] for r in rows) for s in ("draft", "final", "signed")}
    assert all(count > UNIT_COUNT * per_unit // 6 for count in statuses.values())
    assert Period.TW1 in province.QUARTERS


def test_pk_desk_province_coverage_prints_and_exports(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["province", "--db", str(demo_db_path), "coverage", "--year", "2024"]
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        *("Kode", "Unit", "Draf", "Final", "TTD", "TW1", "TW2", "TW3", "TW4"),
        *("Bundel", "Urutan", "Konflik"),
    ]
    with open_database(demo_db_path) as db:
        rows = province.coverage(db, 2024)
    assert len(lines) == len(rows) + 1 and rows
    out = tmp_path / "cakupan.csv"
    assert main([*argv, "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == province.coverage_csv(rows)
    workbook = tmp_path / "cakupan.xlsx"
    assert main([*argv, "--out", str(workbook)]) == 0
    sheet = load_workbook(workbook).active
    assert [c.value for c in sheet[3]] == list(province.COVERAGE_HEADER)
    assert [c.value for c in sheet[4]][:2] == rows[0].cells()[:2]


def test_pk_desk_province_scores_lists_the_governors_iku(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "provinsi.sqlite"
    with open_database(path) as db:
        ids = _small_province(db)
        assert province.province_indicator_ids(db, 2025) == [ids["total"], ids["ratio"]]
        assert province.province_indicator_ids(db, 2025, "A") == []
    argv = ["province", "--db", str(path), "scores", "--year", "2025", "--period", "TW2"]
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:] == [
        "Jumlah layanan\t2\t50,00\t47,00\t94,00",
        "Persentase tuntas\t2\t100,00\t10,00\t10,00",
    ]
    assert main([*argv[:-1], "TW5"]) == 2
    assert "TW5" in capsys.readouterr().err

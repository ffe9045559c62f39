"""The audit log files every change under its agreement, old history included (issue 13.8)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import select

from app.models import AuditEntry, Goal, Indicator, PeriodValue
from app.models.database import Database, alembic_config, open_database
from app.models.enums import Period
from app.services import agreements

AGREEMENT_TABLES = (
    "agreements",
    "goals",
    "indicators",
    "period_values",
    "programs",
    "action_plans",
    "success_criteria",
    "action_outputs",
    "cascade_links",
    "indicator_locations",
    "location_values",
)


def _unfiled(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as raw:
        rows = raw.execute(
            "SELECT entity, COUNT(*) FROM audit_log WHERE agreement_id IS NULL"
            f" AND entity IN ({','.join('?' * len(AGREEMENT_TABLES))}) GROUP BY entity",
            AGREEMENT_TABLES,
        ).fetchall()
    raw.close()
    return dict(rows)


def test_every_change_to_an_agreement_tree_is_filed_under_its_agreement(
    demo_db_path: Path,
) -> None:
    assert _unfiled(demo_db_path) == {}
    with sqlite3.connect(demo_db_path) as raw:
        filed = raw.execute("SELECT COUNT(*) FROM audit_log WHERE agreement_id IS NOT NULL")
        assert filed.fetchone()[0] > 1000
    raw.close()


def test_an_edit_reached_only_by_foreign_keys_names_the_right_agreement(
    demo_db: Database,
) -> None:
    with demo_db.session() as s:
        value = s.scalars(select(PeriodValue).where(PeriodValue.period == Period.TW4)).first()
        assert value is not None
        indicator = s.get(Indicator, value.indicator_id)
        assert indicator is not None
        goal = s.get(Goal, indicator.goal_id)
        assert goal is not None
        expected = goal.agreement_id
    demo_db.engine.dispose()  # nothing cached: the hook must walk the keys itself
    with demo_db.transaction("Ubah realisasi") as s:
        row = s.get(PeriodValue, value.id)
        assert row is not None
        row.evidence = "laporan triwulan IV"
    with demo_db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "Ubah realisasi")).all()
    assert [(e.entity, e.field, e.agreement_id) for e in entries] == [
        ("period_values", "evidence", expected)
    ]


def test_a_service_edit_is_in_that_agreements_history(demo_db: Database) -> None:
    with demo_db.session() as s:
        indicator = s.scalars(select(Indicator).where(Indicator.sub_of_id.is_(None))).first()
        assert indicator is not None
        agreement_id = s.get(Goal, indicator.goal_id).agreement_id  # type: ignore[union-attr]
    agreements.add_indicator(demo_db, indicator.goal_id, name="Indeks baru")
    with demo_db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.new_value == "Indeks baru")).all()
    assert [e.agreement_id for e in entries] == [agreement_id]


def test_upgrading_files_the_history_recorded_before(demo_db_path: Path, tmp_path: Path) -> None:
    with sqlite3.connect(demo_db_path) as raw:
        before = raw.execute("SELECT id, agreement_id FROM audit_log ORDER BY id").fetchall()
    raw.close()
    config = alembic_config(f"sqlite:///{demo_db_path}")
    command.downgrade(config, "0004")
    with sqlite3.connect(demo_db_path) as raw:
        raw.execute("UPDATE audit_log SET agreement_id = NULL")
    raw.close()
    open_database(demo_db_path, backup_dir=tmp_path / "backups").close()
    with sqlite3.connect(demo_db_path) as raw:
        after = raw.execute("SELECT id, agreement_id FROM audit_log ORDER BY id").fetchall()
    raw.close()
    filed_live = {key: value for key, value in before if value is not None}
    assert {key: value for key, value in after if key in filed_live} == filed_live
    # a KSD linked to an IKU after it was created: its earlier rows now join that agreement
    assert sum(value is None for _, value in after) <= sum(value is None for _, value in before)

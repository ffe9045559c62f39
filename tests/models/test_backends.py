"""The same schema, services and scores on SQLite and on PostgreSQL (SPEC §9, §14)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import inspect

from app.models.database import Database, head_revision
from app.services import demo, queries, scoring

# `db` is parametrised by backend (tests/conftest.py): each test runs on SQLite and PostgreSQL.


def test_migrations_reach_the_head_with_every_table(db: Database) -> None:
    from app.models.database import current_revision

    assert current_revision(db.engine) == head_revision()
    tables = set(inspect(db.engine).get_table_names())
    assert {"units", "officials", "agreements", "goals", "indicators", "period_values"} <= tables


def test_the_demo_scores_to_the_seed_numbers_on_each_backend(db: Database) -> None:
    counts = demo.load_demo(db)
    assert counts["agreements"] == 23
    scored = {s.meta.owner_name: s for s in scoring.score_agreements(db, as_of="TW3")}
    # BKD DKI 2024 (seed 001) at TW3, the figure the selftest and the dashboard show.
    assert round(scored["Maria Qibtya"].score.overall, 2) == Decimal("97.94")
    rows = queries.list_agreements(db, year=2024, unit_code="BKD")
    assert [r.owner for r in rows] == ["Maria Qibtya"]
    bkd = scored["Maria Qibtya"]
    assert sum(len(goal.indicators) for goal in bkd.input.goals) == 14  # 2 + 9 + 3 in seed 001

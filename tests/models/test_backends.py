"""The same schema, services and scores on SQLite and on PostgreSQL (SPEC §9, §14)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from app.models.database import Database, head_revision, migrate, open_database
from app.services import demo, queries, scoring
from tests.backends import BACKENDS, fresh_postgres_database


@pytest.fixture(params=BACKENDS)
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """An empty database at the newest schema, on each backend in turn."""
    if request.param == "sqlite":
        database = open_database(tmp_path / "backend.sqlite", user="tester")
        yield database
        database.close()
        return
    with fresh_postgres_database() as url:
        engine = create_engine(url)
        migrate(engine, url)
        database = Database(url=url, engine=engine, user="tester")
        yield database
        database.close()
        engine.dispose()


def test_migrations_reach_the_head_with_every_table(empty_db: Database) -> None:
    from app.models.database import current_revision

    assert current_revision(empty_db.engine) == head_revision()
    tables = set(inspect(empty_db.engine).get_table_names())
    assert {"units", "officials", "agreements", "goals", "indicators", "period_values"} <= tables


def test_the_demo_scores_to_the_seed_numbers_on_each_backend(empty_db: Database) -> None:
    counts = demo.load_demo(empty_db)
    assert counts["agreements"] == 23
    scored = {s.meta.owner_name: s for s in scoring.score_agreements(empty_db, as_of="TW3")}
    # BKD DKI 2024 (seed 001) at TW3, the figure the selftest and the dashboard show.
    assert round(scored["Maria Qibtya"].score.overall, 2) == Decimal("97.94")
    rows = queries.list_agreements(empty_db, year=2024, unit_code="BKD")
    assert [r.owner for r in rows] == ["Maria Qibtya"]
    bkd = scored["Maria Qibtya"]
    assert sum(len(goal.indicators) for goal in bkd.input.goals) == 14  # 2 + 9 + 3 in seed 001

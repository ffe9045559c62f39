"""Two installations edit the same unit's records, exchange their bundles in any order and
end with the same records and the same conflicts (A then B equals B then A)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.models import PeriodValue
from app.models.changelog import SyncConflict, SyncHead
from app.models.database import Database, open_database
from app.sync import service
from app.sync.hashing import logical_hash
from tests.sync.conftest import SyncWorld

FIELDS = {
    "target": [Decimal("1"), Decimal("2.5"), None],
    "actual": [Decimal("3"), Decimal("4.25")],
    "evidence": ["laporan", "foto"],
}

edit = st.one_of(
    st.tuples(
        st.integers(0, 3),
        st.sampled_from(sorted(FIELDS)),
        st.integers(0, 2),
    ),
    st.tuples(st.integers(0, 3), st.sampled_from(["delete", "undelete"]), st.just(0)),
)
rounds = st.lists(st.lists(edit, min_size=1, max_size=3), min_size=1, max_size=3)


def _apply(db: Database, ids: list[str], change: tuple[int, str, int]) -> None:
    index, what, choice = change
    with db.transaction("edit") as session:
        value = session.get(PeriodValue, ids[index], execution_options={"include_deleted": True})
        assert value is not None
        if what == "delete":
            value.deleted_at = value.deleted_at or dt.datetime.now(dt.UTC)
        elif what == "undelete":
            value.deleted_at = None
        else:
            options = FIELDS[what]
            setattr(value, what, options[choice % len(options)])


def _state(db: Database, ids: list[str] | None = None) -> tuple[object, ...]:
    """The edited records (every synced column), their heads and the open conflicts."""
    with db.session() as session:
        conflicts = {
            (c.kind, c.entity_id, c.field, c.winner_rev, c.other_rev)
            for c in session.scalars(select(SyncConflict))
        }
        if ids is None:
            return logical_hash(db.engine, everything=False), conflicts
        table = PeriodValue.__table__
        columns = [
            c for c in table.columns if c.name not in ("created_at", "updated_at", "revision")
        ]
        rows = sorted(
            tuple(row)
            for row in session.connection().execute(select(*columns).where(table.c.id.in_(ids)))
        )
        heads = sorted(session.scalars(select(SyncHead.rev_id).where(SyncHead.entity_id.in_(ids))))
    return rows, heads, conflicts


def _edit_and_export(db: Database, world: SyncWorld, ids: list[str], plan: list, out: Path):
    bundles = []
    for edits in plan:
        for change in edits:
            _apply(db, ids, change)
        result = service.export(db, world.paths, "BKD", out)
        if result.path is not None:
            bundles.append(result.path)
    return bundles


def _prepare(world: SyncWorld) -> tuple[str, str, list[str]]:
    """A: the unit; B: a second installation holding the unit's full bundle (on the test's
    backend)."""
    world.import_(world.export(full=True))
    base_a = world.copy(world.unit_path, "base_a")
    base_b = world.copy(world.province_url, "base_b")
    with open_database(base_b) as db, db.session() as session:
        ids = list(session.scalars(select(PeriodValue.id).order_by(PeriodValue.id).limit(4)))
    return base_a, base_b, ids


def test_a_then_b_equals_b_then_a(world: SyncWorld) -> None:
    """Deterministic case: one hard conflict (same field), one soft (different fields)."""
    base_a, base_b, ids = _prepare(world)
    a, b = world.copy(base_a, "a"), world.copy(base_b, "b")
    plan_a = [[(0, "target", 0), (1, "actual", 0)]]
    plan_b = [[(0, "target", 1), (1, "evidence", 0)]]
    with open_database(a) as db:
        from_a = _edit_and_export(db, world, ids, plan_a, world.root / "out_a")
    with open_database(b) as db:
        from_b = _edit_and_export(db, world, ids, plan_b, world.root / "out_b")
    one, two = world.copy(base_b, "p1"), world.copy(base_b, "p2")
    with open_database(one) as db:
        service.import_files(db, from_a + from_b, world.paths)
        first = _state(db)
    with open_database(two) as db:
        service.import_files(db, from_b + from_a, world.paths)
        second = _state(db)
    assert first == second
    kinds = sorted((kind, field) for kind, _, field, _, _ in first[1])
    assert kinds == [("hard", "target"), ("soft", None)]


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plan_a=rounds, plan_b=rounds, data=st.data())
def test_random_edits_exchanged_in_any_order_converge(
    world: SyncWorld, plan_a: list, plan_b: list, data: st.DataObject
) -> None:
    if not hasattr(world, "bases"):
        world.bases = _prepare(world)  # type: ignore[attr-defined]
    base_a, base_b, ids = world.bases  # type: ignore[attr-defined]
    run = world.root / f"run-{len(list(world.root.glob('run-*')))}"
    run.mkdir()
    a, b = world.copy(base_a, f"{run.name}-a"), world.copy(base_b, f"{run.name}-b")
    with open_database(a) as db:
        from_a = _edit_and_export(db, world, ids, plan_a, run / "out_a")
    with open_database(b) as db:
        from_b = _edit_and_export(db, world, ids, plan_b, run / "out_b")
    order_a = data.draw(st.permutations(from_b), label="B's bundles as A receives them")
    order_b = data.draw(st.permutations(from_a), label="A's bundles as B receives them")
    with open_database(a) as db:
        results = service.import_files(db, list(order_a), world.paths)
        assert all(r.error is None for r in results), [r.error for r in results]
        state_a = _state(db, ids)
    with open_database(b) as db:
        results = service.import_files(db, list(order_b), world.paths)
        assert all(r.error is None for r in results), [r.error for r in results]
        state_b = _state(db, ids)
    assert state_a == state_b

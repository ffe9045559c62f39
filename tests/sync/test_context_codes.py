"""A province that set up its own units before the first bundle arrives holds the same unit
codes under other ids. Context rows (the parent units a bundle points at) are matched by
code (SPEC §9: by UUID or code, never by name); a unit the bundle itself brings whose code is
taken is refused with one sentence naming the code and the bundle."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from app.models import Unit
from app.models.enums import Period, UnitKind
from app.services import agreements, organisation
from tests.sync.conftest import SyncWorld


def _parent_code(world: SyncWorld) -> str:
    with world.unit() as db, db.session() as session:
        bkd = session.scalars(select(Unit).where(Unit.code == "BKD")).one()
        parent = session.get(Unit, bkd.parent_id)
        assert parent is not None
        return parent.code


def test_context_unit_with_a_known_code_maps_onto_ours(world: SyncWorld) -> None:
    parent_code = _parent_code(world)
    with world.province() as db:
        ours = organisation.create_unit(
            db, name="Pemerintah Provinsi", kind=UnitKind.GOVERNMENT, code=parent_code
        )
    [result] = world.import_(world.export())
    assert result.error is None, result.error.text() if result.error else ""
    with world.province() as db, db.session() as session:
        assert session.scalar(select(func.count()).where(Unit.code == parent_code)) == 1
        bkd = session.scalars(select(Unit).where(Unit.code == "BKD")).one()
        assert bkd.parent_id == ours, "the bundle's unit hangs under our unit of that code"
    _, indicator_id = world.bkd()
    with world.unit() as db:
        agreements.set_actual(db, indicator_id, Period.TW3, Decimal("5"))
    [later] = world.import_(world.export())
    assert later.error is None, later.error.text() if later.error else ""
    assert later.report["counts"]["updated"] == 1
    with world.province() as db, db.session() as session:
        bkd = session.scalars(select(Unit).where(Unit.code == "BKD")).one()
        assert bkd.parent_id == ours


def test_a_new_unit_whose_code_is_taken_is_refused_in_one_sentence(world: SyncWorld) -> None:
    with world.province() as db:
        organisation.create_unit(db, name="BKD provinsi", kind=UnitKind.GOVERNMENT, code="BKD")
    bundle = world.export()
    before = world.hash()
    [result] = world.import_(bundle)
    assert world.hash() == before
    assert result.error is not None and result.error.message_id == "natural_key_taken"
    sentence = result.error.text()
    assert "unit BKD" in sentence and bundle.name in sentence
    assert "UNIQUE" not in sentence and "constraint" not in sentence.lower()
    assert "unit BKD" in result.error.text("en")

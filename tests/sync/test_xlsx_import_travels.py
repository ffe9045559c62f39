"""An agreement brought in from Excel reaches the province like one typed in the window."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app.models import Agreement, Goal, Indicator
from app.models.enums import Period
from app.services import agreements
from app.services.xlsx_import import apply_import
from tests.sync.conftest import SyncWorld
from tests.xlsx import seed_workbooks as sw


def test_a_bulk_imported_pk_travels_with_every_iku_and_target(
    world: SyncWorld, tmp_path: Path
) -> None:
    data = sw.agreement("bkd_dki_2024")
    data["year"] = 2025  # a new PK next to the demo's 2024 one
    workbook = tmp_path / "bkd-2025.xlsx"
    sw.write_pk_dki(workbook, data, sw.official("bkd_dki_2024", data["owner"]))
    with world.unit() as db:
        result = apply_import(db, workbook, unit_code="BKD")
        assert result.applied
        agreement_id = result.agreement_id
        # An edit before the first export: its revision must build on the imported record,
        # or the province would receive only the changed field of an IKU it never saw.
        with db.session() as session:
            first_id = session.scalars(
                select(Indicator.id)
                .join(Goal, Indicator.goal_id == Goal.id)
                .where(Goal.agreement_id == agreement_id)
                .order_by(Goal.position, Indicator.position)
            ).first()
        agreements.update_indicator(db, first_id, source_system="SIMPEG (impor Excel)")

    world.import_(world.export(full=True))

    with world.province() as db, db.session() as session:
        agreement = session.scalar(select(Agreement).where(Agreement.id == agreement_id))
        assert agreement is not None and agreement.year == 2025
        indicators = [i for g in agreement.goals for i in g.indicators]
        assert len(indicators) == 14  # 2 + 9 + 3 in seed 001
        first = indicators[0]
        assert first.value(Period.TW1) is None  # "N/A" stays no target
        assert first.value(Period.TW4).target == Decimal("319.53")
        assert first.id == first_id and first.source_system == "SIMPEG (impor Excel)"
        assert first.name == data["goals"][0]["indicators"][0]["name"]

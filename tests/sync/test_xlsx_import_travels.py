"""An agreement brought in from Excel reaches the province like one typed in the window."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.models import Agreement, Goal, Indicator, PeriodValue
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


@pytest.mark.parametrize("uneven", [False, True], ids=["every-row-alike", "uneven-columns"])
def test_bulk_revisions_hold_every_field_as_the_sync_encoder_writes_it(
    world: SyncWorld, tmp_path: Path, uneven: bool
) -> None:
    """The revisions SQLite builds for the bulk rows (one INSERT … SELECT per table) carry
    the same payload `encode_row` would: decimals as exact text, enums by value, booleans,
    the UTC creation time, no NULL members; one head each, consecutive sequence numbers.
    Uneven: one IKU has a range target and no unit, so some rows of a column are NULL."""
    import json

    from app.models.changelog import SyncHead, SyncRevision, dumps
    from app.sync import entities

    data = sw.agreement("bkd_dki_2024")
    data["year"] = 2025
    workbook = tmp_path / "bkd-2025.xlsx"
    sw.write_pk_dki(workbook, data, sw.official("bkd_dki_2024", data["owner"]))
    if uneven:
        book = openpyxl.load_workbook(workbook)
        sheet = book["PK"]
        first = data["goals"][0]["indicators"][0]["name"]
        row = next(c.row for c in sheet["C"] if c.value == first)
        sheet[f"G{row}"], sheet[f"K{row}"] = "80 – 90", None  # TW2 a range; no Keterangan
        book.save(workbook)
    with world.unit() as db:
        result = apply_import(db, workbook, unit_code="BKD")
        with db.session() as session:
            conn = session.connection()
            goal_ids = set(
                session.scalars(select(Goal.id).where(Goal.agreement_id == result.agreement_id))
            )
            revisions = list(
                session.scalars(select(SyncRevision).where(SyncRevision.entity == "goals"))
            )
            revisions = [r for r in revisions if r.entity_id in goal_ids]
            indicator_ids = set(
                session.scalars(select(Indicator.id).where(Indicator.goal_id.in_(goal_ids)))
            )
            revisions += [
                r
                for r in session.scalars(
                    select(SyncRevision).where(SyncRevision.entity.in_(["indicators"]))
                )
                if r.entity_id in indicator_ids
            ]
            assert len(revisions) == len(goal_ids) + len(indicator_ids) == 14 + 14
            value_ids = set(
                session.scalars(
                    select(PeriodValue.id).where(PeriodValue.indicator_id.in_(indicator_ids))
                )
            )
            values = [
                r
                for r in session.scalars(
                    select(SyncRevision).where(SyncRevision.entity == "period_values")
                )
                if r.entity_id in value_ids
            ]
            assert len(values) == len(value_ids) > 14
            payloads = [json.loads(r.changed) for r in values]
            assert any("target_upper" in p for p in payloads) == uneven
            assert all("target_upper" in p for p in payloads) is False
            for revision in revisions + values:
                table = entities.synced_tables()[revision.entity]
                row = entities.read_rows(conn, revision.entity, [revision.entity_id])
                expected = entities.encode_row(table, row[revision.entity_id])
                # compared as text: 0 == False in Python, not in a bundle
                assert dumps(json.loads(revision.changed)) == dumps(expected)
                assert revision.base_rev_id is None and not revision.deleted
            sample = json.loads(revisions[-1].changed)
            assert isinstance(sample["mandatory"], bool)  # a boolean, not 0/1
            assert sample["created_at"].endswith("+00:00") and "T" in sample["created_at"]
            seqs = sorted(r.origin_seq for r in revisions[14:])
            assert seqs == list(range(seqs[0], seqs[0] + 14))
            heads = set(session.scalars(select(SyncHead.rev_id)))
            assert {r.rev_id for r in revisions} <= heads

"""A unit's agreement reaches the province and the receipt comes back; imports are idempotent,
dry runs change nothing, out-of-order bundles wait, deletions travel as tombstones."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Agreement, Attachment, Indicator, PeriodValue
from app.models.changelog import SyncBundle, SyncRevision
from app.models.database import Database
from app.models.enums import Period
from app.services import agreements, lifecycle, queries
from app.sync.state import label, sync_states
from tests.sync.conftest import SyncWorld


def _bkd(db: Database) -> str:
    return str(queries.list_agreements(db, unit_code="BKD")[0].id)


def _first_indicator(db: Database, agreement_id: str) -> str:
    with db.session() as session:
        agreement = session.get(Agreement, agreement_id)
        assert agreement is not None
        return agreement.goals[0].indicators[0].id


def _target(db: Database, indicator_id: str, period: Period) -> Decimal | None:
    with db.session() as session:
        value = session.scalars(
            select(PeriodValue).where(
                PeriodValue.indicator_id == indicator_id, PeriodValue.period == period
            )
        ).one()
        return value.target


def test_signed_agreement_round_trip_with_receipt(world: SyncWorld) -> None:
    pdf = b"%PDF-1.4 printed agreement"
    with world.unit() as db:
        agreement_id = _bkd(db)
        assert label(*sync_states(db)[agreement_id]) == "belum dikirim"
        lifecycle.mark_signed(db, agreement_id, printed_pdf=pdf, scan=("scan.pdf", b"%PDF scan"))
    bundle = world.export()
    with world.unit() as db:
        assert label(*sync_states(db)[agreement_id]) == "terkirim"
    [result] = world.import_(bundle)
    assert result.error is None
    assert result.report["status"] == "success"
    assert result.report["counts"]["created"] > 100
    with world.province() as db, db.session() as session:
        arrived = session.get(Agreement, agreement_id)
        assert arrived is not None and arrived.status.value == "signed"
        snapshot = json.loads(arrived.signed_snapshot or "{}")
        assert snapshot["goals"], "the frozen snapshot travels with the signed agreement"
        import hashlib

        assert arrived.signed_pdf_sha256 == hashlib.sha256(pdf).hexdigest()
        contents = {a.file_name: a.content for a in session.scalars(select(Attachment))}
        assert pdf in contents.values() and b"%PDF scan" in contents.values()
        from app.sync import service

        receipt = service.receipt(db, world.paths, [agreement_id], world.root / "receipts")
    [answer] = world.import_(receipt, target=world.unit_path)
    assert answer.error is None
    with world.unit() as db:
        assert sync_states(db)[agreement_id] == ("synced", None)
        assert label(*sync_states(db)[agreement_id]) == "diterima provinsi"
        assert label(*sync_states(db)[agreement_id], lang="en") == "accepted by the province"


def test_returned_receipt_shows_the_reason(world: SyncWorld) -> None:
    from app.sync import service

    with world.unit() as db:
        agreement_id = _bkd(db)
    world.import_(world.export())
    with world.province() as db:
        receipt = service.receipt(
            db,
            world.paths,
            [agreement_id],
            world.root / "receipts",
            returned_reason="target TW2 belum diisi",
        )
    world.import_(receipt, target=world.unit_path)
    with world.unit() as db:
        assert label(*sync_states(db)[agreement_id]) == "dikembalikan: target TW2 belum diisi"
        indicator = _first_indicator(db, agreement_id)
        agreements.set_target(db, indicator, Period.TW2, Decimal("12.5"))
        assert label(*sync_states(db)[agreement_id]) == "belum dikirim"


def test_reimport_is_a_no_op_returning_the_earlier_report(world: SyncWorld) -> None:
    bundle = world.export()
    [first] = world.import_(bundle)
    before = world.hash()
    [again] = world.import_(bundle)
    assert world.hash() == before
    assert again.report["repeated"] is True
    assert again.report["counts"] == first.report["counts"]


def test_dry_run_changes_no_row_and_reports_the_same_counts(world: SyncWorld) -> None:
    bundle = world.export()
    before = world.hash()
    [dry] = world.import_(bundle, dry_run=True)
    assert world.hash() == before
    assert dry.report["dry_run"] is True
    assert not (world.paths.data_dir / "bundles").exists(), "a dry run archives nothing"
    [real] = world.import_(bundle)
    assert dry.report["counts"] == real.report["counts"]
    assert world.hash() != before


def test_same_content_exports_to_identical_bytes(world: SyncWorld) -> None:
    first = world.export(full=True).read_bytes()
    second = world.export(full=True).read_bytes()
    assert first == second


def test_delta_then_nothing_new(world: SyncWorld) -> None:
    from app.sync import service

    world.export()
    with world.unit() as db:
        result = service.export(db, world.paths, "BKD", world.root / "out")
    assert result.path is None and result.revisions == 0


def test_bundle_n_plus_1_before_n_is_held_then_applied(world: SyncWorld) -> None:
    world.import_(world.export())
    with world.unit() as db:
        agreement_id = _bkd(db)
        indicator = _first_indicator(db, agreement_id)
        agreements.set_target(db, indicator, Period.TW1, Decimal("11"))
    bundle_n = world.export()
    with world.unit() as db:
        agreements.set_target(db, indicator, Period.TW1, Decimal("22"))
    bundle_n1 = world.export()
    before = world.hash(everything=False)
    [held] = world.import_(bundle_n1)
    assert held.report["held"] is True and held.report["status"] == "warning"
    assert world.hash(everything=False) == before, "a held bundle applies nothing"
    [applied] = world.import_(bundle_n)
    assert applied.report["also_applied"] == [json.loads(_manifest(bundle_n1))["bundle_id"]]
    with world.province() as db:
        assert _target(db, indicator, Period.TW1) == Decimal("22")
        with db.session() as session:
            statuses = set(session.scalars(select(SyncBundle.status)))
        assert statuses == {"applied"}


def _manifest(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read("manifest.json")


def test_delete_and_undelete_travel_as_tombstones(world: SyncWorld) -> None:
    world.import_(world.export())
    with world.unit() as db:
        indicator = _first_indicator(db, _bkd(db))
        agreements.remove_indicator(db, indicator)
    [removed] = world.import_(world.export())
    assert removed.report["counts"]["deleted"] == 1
    with world.province() as db, db.session() as session:
        assert session.get(Indicator, indicator) is None
        hidden = session.get(Indicator, indicator, execution_options={"include_deleted": True})
        assert hidden is not None and hidden.deleted_at is not None
    with world.unit() as db:
        agreements.restore_indicator(db, indicator)
    [restored] = world.import_(world.export())
    assert restored.report["counts"]["updated"] == 1
    with world.province() as db, db.session() as session:
        assert session.get(Indicator, indicator) is not None
    assert world.hash(everything=False) == _scope_hash(world)


def _scope_hash(world: SyncWorld) -> str:
    """The unit's BKD records, exported in full to a fresh database, hash the same."""
    fresh = world.root / "fresh.sqlite"
    from app.models.database import open_database

    open_database(fresh).close()
    world.import_(world.export(full=True), target=fresh)
    return world.hash(fresh, everything=False)


def test_change_log_records_each_edit_in_its_transaction(world: SyncWorld) -> None:
    with world.unit() as db:
        indicator = _first_indicator(db, _bkd(db))
        with db.session() as session:
            count = session.scalar(select(func.count()).select_from(SyncRevision))
        agreements.set_target(db, indicator, Period.TW3, Decimal("7"))
        agreements.set_target(db, indicator, Period.TW3, Decimal("8"))
        with db.session() as session:
            rows = session.scalars(
                select(SyncRevision)
                .order_by(SyncRevision.edited_at.desc(), SyncRevision.origin_seq.desc())
                .limit(2)
            ).all()
            total = session.scalar(select(func.count()).select_from(SyncRevision))
        assert total == count + 2
        latest, earlier = rows
        assert json.loads(latest.changed) == {"target": "8"}
        assert json.loads(latest.before) == {"target": "7"}
        assert latest.base_rev_id == earlier.rev_id
        try:
            with db.transaction("rolled back") as session:
                value = session.scalars(
                    select(PeriodValue).where(PeriodValue.indicator_id == indicator)
                ).first()
                assert value is not None
                value.evidence = "never committed"
                session.flush()
                raise RuntimeError("abort")
        except RuntimeError:
            pass
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(SyncRevision)) == total


def test_edit_after_import_at_the_province_side_is_a_conflict_not_a_loss(
    world: SyncWorld,
) -> None:
    """The province edits an imported value (it should not, but nothing may be lost)."""
    world.import_(world.export())
    with world.unit() as db:
        indicator = _first_indicator(db, _bkd(db))
    with world.province() as db, db.transaction("province edit") as session:
        value = session.scalars(
            select(PeriodValue).where(
                PeriodValue.indicator_id == indicator, PeriodValue.period == Period.ANNUAL
            )
        ).one()
        value.target = Decimal("1")
        value.updated_at = dt.datetime.now(dt.UTC)
    with world.unit() as db:
        agreements.set_target(db, indicator, Period.ANNUAL, Decimal("2"))
    [result] = world.import_(world.export())
    hard = [c for c in result.report["conflicts"] if c["kind"] == "hard"]
    assert len(hard) == 1 and hard[0]["field"] == "target"
    assert {hard[0]["current"], hard[0]["incoming"]} == {"1", "2"}
    with world.province() as db:
        assert _target(db, indicator, Period.ANNUAL) == Decimal(hard[0]["current"])


def test_a_person_resolves_a_hard_conflict(world: SyncWorld) -> None:
    from app.sync import conflicts

    world.import_(world.export())
    with world.unit() as db:
        indicator = _first_indicator(db, _bkd(db))
    with world.province() as db:
        agreements_value = Decimal("5")
        with db.transaction("province edit") as session:
            value = session.scalars(
                select(PeriodValue).where(
                    PeriodValue.indicator_id == indicator, PeriodValue.period == Period.TW4
                )
            ).one()
            value.target = agreements_value
    with world.unit() as db:
        agreements.set_target(db, indicator, Period.TW4, Decimal("6"))
    world.import_(world.export())
    with world.province() as db:
        [hard] = [c for c in conflicts.open_conflicts(db) if c.kind == "hard"]
        loser = hard.incoming
        conflicts.resolve(db, hard.id, conflicts.TAKE)
        assert conflicts.open_conflicts(db) == []
        assert _target(db, indicator, Period.TW4) == Decimal(loser)


@pytest.mark.sqlite_only  # a server database is backed up by its administrator, not by PK Desk
def test_an_import_first_keeps_a_backup_of_the_receiving_database(world: SyncWorld) -> None:
    from app.models import backups
    from app.models.database import open_database
    from app.sync import service

    bundle = world.export(full=True)
    backup_dir = world.root / "backups"
    with open_database(world.province_url, backup_dir=backup_dir) as db:
        service.import_files(db, [bundle], world.paths, dry_run=True)
        assert not list(backup_dir.glob(f"*{backups.BEFORE_IMPORT}*"))  # a dry run writes nothing
        service.import_files(db, [bundle], world.paths)
    (copy,) = backup_dir.glob(f"*{backups.BEFORE_IMPORT}*")
    with open_database(copy) as before:
        assert not queries.list_agreements(before)  # the province before the bundle
    with open_database(world.province_url) as after:
        assert queries.list_agreements(after)

"""A bundle the province refuses because it touches an approved period does not leave the
unit believing it was delivered: the province writes a signed "returned" receipt (its own
database untouched), and the unit that imports it shows "dikembalikan: alasan" and sends
those changes again with its next bundle."""

from __future__ import annotations

import hashlib
from decimal import Decimal

from sqlalchemy import select

from app.models.changelog import SyncBundle, SyncRevision
from app.models.enums import Period
from app.services import agreements
from app.sync import service
from app.sync.bundle_file import verify_file
from app.sync.state import label, sync_states
from tests.sync.conftest import SyncWorld


def test_refused_bundle_comes_back_returned_and_its_changes_go_again(world: SyncWorld) -> None:
    agreement_id, indicator_id = world.bkd()
    assert world.import_(world.export())[0].error is None
    with world.province() as db:
        approval = service.receipt(
            db, world.paths, [agreement_id], world.root / "receipts", period="TW1"
        )
    world.import_(approval, target=world.unit_path)
    with world.unit() as db:
        assert label(*sync_states(db)[agreement_id]) == "diterima provinsi"
        agreements.set_actual(db, indicator_id, Period.TW1, Decimal("42"))
    refused_bundle = world.export()
    with world.unit() as db:
        assert label(*sync_states(db)[agreement_id]) == "terkirim"

    before = world.hash()
    [refused] = world.import_(refused_bundle)
    assert refused.error is not None and refused.error.message_id == "locked_period"
    assert world.hash() == before, "the refusal receipt changed the province's database"
    assert refused.receipt is not None and refused.receipt.exists()
    assert refused.as_dict()["receipt"] == str(refused.receipt)
    receipt = verify_file(refused.receipt, service.trust_store(world.paths))
    assert receipt.is_receipt

    refused_id = refused_bundle.name.removeprefix("pk_BKD_").removesuffix(".pkbundle")
    with world.unit() as db, db.session() as session:
        carried = set(
            session.scalars(
                select(SyncRevision.rev_id).where(SyncRevision.exported_in == refused_id)
            )
        )
    assert carried
    [answer] = world.import_(refused.receipt, target=world.unit_path)
    assert answer.error is None
    assert answer.report["refused"] == [refused_id]
    with world.unit() as db:
        state = label(*sync_states(db)[agreement_id])
        assert state.startswith("dikembalikan: TW1: sudah disetujui provinsi pada ")
        assert "bundel tidak diterima" in state
        assert label(*sync_states(db)[agreement_id], lang="en").startswith("returned: TW1: ")
        with db.session() as session:
            marks = session.scalars(
                select(SyncRevision.exported_in).where(SyncRevision.rev_id.in_(carried))
            ).all()
            assert marks == [None] * len(carried), "the refused changes count as not sent"
            status = session.scalars(
                select(SyncBundle.status).where(SyncBundle.bundle_id == refused_id)
            ).one()
            assert status == "refused"
        agreements.set_actual(db, indicator_id, Period.TW2, Decimal("43"))
        assert label(*sync_states(db)[agreement_id]) == "belum dikirim"
        again = service.export(db, world.paths, "BKD", world.root / "again")
    assert again.path is not None
    assert again.revisions == len(carried) + 1, "the refused changes travel again"
    with world.unit() as db, db.session() as session:
        marks = session.scalars(
            select(SyncRevision.exported_in).where(SyncRevision.rev_id.in_(carried))
        ).all()
        assert set(marks) == {again.bundle_id}
    manifest = verify_file(again.path, service.trust_store(world.paths)).manifest
    assert manifest["prev_bundle_sha256"] is not None
    assert manifest["prev_bundle_sha256"] != hashlib.sha256(refused_bundle.read_bytes()).hexdigest()


def test_a_dry_run_writes_no_refusal_receipt(world: SyncWorld) -> None:
    agreement_id, indicator_id = world.bkd()
    world.import_(world.export())
    with world.province() as db:
        approval = service.receipt(db, world.paths, [agreement_id], world.root / "r", period="TW1")
    world.import_(approval, target=world.unit_path)
    with world.unit() as db:
        agreements.set_actual(db, indicator_id, Period.TW1, Decimal("7"))
    [dry] = world.import_(world.export(), dry_run=True)
    assert dry.error is not None and dry.error.message_id == "locked_period"
    assert dry.receipt is None
    assert not service.refusals_dir(world.paths).exists()

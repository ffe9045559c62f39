"""The province's PostgreSQL server takes the same bundles through the same code: dry run,
import, repeated import and receipt (skipped without PK_DESK_TEST_PG_URL; CI sets it)."""

from __future__ import annotations

from app.models.database import open_database
from app.services import queries
from app.sync import service
from app.sync.hashing import logical_hash
from tests.backends import fresh_postgres_database, postgres_admin_url
from tests.sync.conftest import SyncWorld


def test_bundle_round_trip_through_postgresql(world: SyncWorld) -> None:
    postgres_admin_url()  # skips (or fails in CI) without a server
    bundle = world.export()
    with fresh_postgres_database() as url, open_database(url) as province:
        before = logical_hash(province.engine)
        [dry] = service.import_files(province, [bundle], world.paths, dry_run=True)
        assert dry.error is None and logical_hash(province.engine) == before
        [done] = service.import_files(province, [bundle], world.paths)
        assert done.error is None
        assert done.report["counts"] == dry.report["counts"]
        after = logical_hash(province.engine)
        [again] = service.import_files(province, [bundle], world.paths)
        assert again.report["repeated"] is True and logical_hash(province.engine) == after
        agreement = next(a for a in queries.list_agreements(province) if a.unit_code == "BKD")
        receipt = service.receipt(province, world.paths, [agreement.id], world.root / "r")
    [answer] = world.import_(receipt, target=world.unit_path)
    assert answer.error is None

"""An IKU's own link to an RPJMD IKU travels in the unit's bundle and lands on the province's
RPJMD IKU of the same code (matched by code, never by id); the province's Nilai Sasaran RPJMD
then counts that IKU towards the RPJMD IKU's sasaran. Both backends."""

from __future__ import annotations

from app.models import Indicator
from app.services import agreements, province_rpjmd, reference
from tests.sync.conftest import SyncWorld


def _rpjmd(db) -> str:  # type: ignore[no-untyped-def]
    """SR-01 with its IKU IKR-01; the id of IKR-01 in this database."""
    reference.save_rpjmd_goal(
        db, reference.RpjmdGoalEntry("SR-01", "Meningkatnya kualitas tata kelola", 2023, 2026)
    )
    return reference.save_rpjmd_indicator(
        db, reference.RpjmdIndicatorEntry("IKR-01", "SR-01", "Indeks Reformasi Birokrasi")
    )


def test_the_iku_link_travels_and_counts_towards_the_rpjmd_sasaran(world: SyncWorld) -> None:
    _agreement_id, indicator_id = world.bkd()
    with world.unit() as unit:
        unit_rpjmd = _rpjmd(unit)
        agreements.update_indicator(unit, indicator_id, rpjmd_indicator_id=unit_rpjmd)
    with world.province() as province:
        province_rpjmd_id = _rpjmd(province)  # issued here first: another id, the same code
    assert province_rpjmd_id != unit_rpjmd
    [result] = world.import_(world.export(full=True))
    assert result.error is None, result.error
    with world.province() as province:
        with province.session() as session:
            indicator = session.get(Indicator, indicator_id)
            assert indicator is not None
            assert indicator.rpjmd_indicator_id == province_rpjmd_id
            year = indicator.goal.agreement.year
        assert [i.code for i in reference.reference_data(province).indicators] == ["IKR-01"]
        values = province_rpjmd.rpjmd_values(province, year)
        linked = next(v for v in values if v.code == "SR-01")
        assert linked.indicators == 1 and [u.unit_code for u in linked.units] == ["BKD"]

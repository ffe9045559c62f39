"""Tampilan › Kotak masuk bundel…: a folder dropped on the inbox goes through the receive
dialog's dry run and apply; the inbox then lists each bundle with its state and reason
(held waiting for its predecessor, refused and why, applied, applied with a conflict still
open), filtered and sorted."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from app.models import Agreement
from app.models.database import open_database
from app.models.enums import Period
from app.services import agreements, queries
from app.sync import service
from app.sync.hashing import logical_hash
from app.sync.inbox import inbox_entries, refusal_log
from tests.conftest import copy_database
from tests.ui.helpers import drop_files

from app.ui.province.inbox_dialog import InboxDialog
from app.ui.province.inbox_table_model import COL_REASON, COL_SEQ, COL_STATE, COL_UNIT


def _apply(qtbot, dialog: InboxDialog, files: int) -> None:  # type: ignore[no-untyped-def]
    receive = dialog.receive_dialog
    assert receive is not None and len(receive.files) == files
    qtbot.waitUntil(lambda: receive.report.rowCount() == files, timeout=30000)
    assert receive.apply_button.isEnabled()  # a refused file does not stop the others
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        receive.apply_button.click()
    receive.close()


def _column(dialog: InboxDialog, column: int) -> list[str]:
    proxy = dialog.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_inbox_lists_held_refused_applied_and_conflicts(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, demo_db_path, empty_template, app_paths, tmp_path
) -> None:
    key = service.installation_key(app_paths)
    service.trust_store(app_paths).trust(key.public_b64, "BKD")
    out = tmp_path / "out"
    with open_database(demo_db_path) as unit:
        bkd = next(a for a in queries.list_agreements(unit) if a.unit_code == "BKD")
        with unit.session() as session:
            agreement = session.get(Agreement, bkd.id)
            assert agreement is not None
            indicator = agreement.goals[0].indicators[0].id
        first = service.export(unit, app_paths, "BKD", out / "a").path
        agreements.set_target(unit, indicator, Period.TW2, Decimal("2"))
        second = service.export(unit, app_paths, "BKD", out / "b").path
        agreements.set_target(unit, indicator, Period.TW2, Decimal("4"))  # builds on the 2nd
        agreements.set_target(unit, indicator, Period.TW3, Decimal("3"))
        third = service.export(unit, app_paths, "BKD", out / "c").path
    folder = out / "c"
    (folder / "pk_BKD_rusak.pkbundle").write_bytes(b"bukan zip")

    province_path = copy_database(empty_template, tmp_path / "province.sqlite")
    with open_database(province_path) as province:
        service.import_files(province, [first], app_paths)
        agreements.set_target(province, indicator, Period.TW3, Decimal("1"))
        dialog = InboxDialog(province, app_paths)
        qtbot.addWidget(dialog)
        qtmodeltester.check(dialog.model)
        assert dialog.model.rowCount() == 1

        drop_files(dialog, folder)  # the third bundle (its predecessor missing) and a damaged file
        before = logical_hash(province.engine)
        _apply(qtbot, dialog, 2)
        assert logical_hash(province.engine) != before  # the held bundle's ledger row only
        states = dict(zip(_column(dialog, COL_SEQ), _column(dialog, COL_STATE), strict=True))
        assert sorted(states.values()) == ["ditahan", "diterapkan", "ditolak"]
        held = next(e for e in dialog.model.rows() if e.state == "held")
        assert "menunggu bundel sebelumnya dari BKD" in held.reason()
        refused = next(e for e in dialog.model.rows() if e.state == "refused")
        assert refused.unit_code == "BKD" and refused.file_name == "pk_BKD_rusak.pkbundle"
        assert refused.reason() and refused.reason("en") != refused.reason()
        assert "3 bundel" in dialog.summary.text() and "1 ditolak" in dialog.summary.text()

        drop_files(dialog, second)  # the predecessor arrives: both apply, the third in conflict
        _apply(qtbot, dialog, 1)
        rows = dialog.model.rows()
        assert sorted(e.state for e in rows) == ["applied", "applied", "conflicts", "refused"]
        conflicted = next(e for e in rows if e.state == "conflicts")
        assert conflicted.file_name == third.name and conflicted.open_conflicts == 1
        assert conflicted.reason("en") == "Applied with 1 conflicts; 1 not yet chosen."

        dialog.state.setCurrentIndex(dialog.state.findData("conflicts"))
        assert _column(dialog, COL_STATE) == ["konflik"]
        dialog.state.setCurrentIndex(0)
        dialog.search.setText("rusak")
        assert _column(dialog, COL_STATE) == ["ditolak"]
        dialog.search.setText("")
        dialog.table.sortByColumn(COL_SEQ, Qt.SortOrder.AscendingOrder)
        seqs = [e.seq_from or 0 for e in rows]
        assert _column(dialog, COL_SEQ)[-1] == next(e.seq for e in rows if e.seq_from == max(seqs))
        assert all(_column(dialog, COL_UNIT)) and all(_column(dialog, COL_REASON))
        # the same rows without the window: what the service gives
        assert inbox_entries(province, refusal_log(app_paths.data_dir)) == sorted(
            rows, key=lambda e: e.received_at
        )

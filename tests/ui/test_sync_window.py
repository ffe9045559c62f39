"""The sync window: "Kirim ke Provinsi…" writes a bundle, "Terima berkas…" takes dropped files,
shows the dry-run report as a table (nothing written), applies, and the agreement header
then shows the sync state."""

from __future__ import annotations

from app.models.database import open_database
from app.services import queries
from app.sync import service
from app.sync.hashing import logical_hash
from tests.ui.helpers import drop_files

from app.ui.sync.receive_dialog import ReceiveDialog
from app.ui.sync.send_dialog import SendDialog
from app.ui.sync.sync_table_models import TAKE


def test_send_drop_check_apply_and_state(qtbot, qtmodeltester, demo_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    paths = window.paths
    key = service.installation_key(paths)
    service.trust_store(paths).trust(key.public_b64, "BKD")
    menu = window.findChild(type(window.menu_file), "menuSync")
    assert menu is not None and [a.objectName() for a in menu.actions()][:2] == [
        "actSendToProvince",
        "actReceiveFiles",
    ]

    bkd = next(a for a in queries.list_agreements(window.db) if a.unit_code == "BKD")
    window.select("agreement", bkd.id)
    state = window.sync_actions.state_label
    assert state is not None and "belum dikirim" in state.text()

    dialog = window.sync_actions.open_send()
    assert isinstance(dialog, SendDialog)
    dialog.unit.setCurrentIndex(dialog.unit.findData("BKD"))
    qtmodeltester.check(dialog.model)
    assert any(row.agreement_id == bkd.id for row in dialog.model.rows())
    shown = {r.status: dialog.model.index(i, 3).data() for i, r in enumerate(dialog.model.rows())}
    # the status in the user's words, never the stored value ("final", "signed")
    assert shown.get("final", "Final") == "Final"
    assert shown.get("signed", "Ditandatangani") == "Ditandatangani"
    assert {"final", "signed"} & shown.keys()
    dialog.folder.setText(str(tmp_path / "usb"))
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=30000)
    bundle = dialog.result_path
    assert bundle is not None and bundle.exists()
    dialog.close()  # the header follows when the dialog finishes
    assert "terkirim" in state.text()

    province_path = tmp_path / "province.sqlite"
    open_database(province_path).close()
    with open_database(province_path) as province:
        before = logical_hash(province.engine)
        receive = ReceiveDialog(province, paths)
        qtbot.addWidget(receive)
        drop_files(receive, bundle)
        assert receive.files == [bundle]
        receive.check_button.click()
        qtbot.waitUntil(lambda: receive.report.rowCount() == 1, timeout=30000)
        qtmodeltester.check(receive.report)
        qtmodeltester.check(receive.conflicts)
        row = receive.report.rows()[0]
        assert row["dry_run"] is True and row["counts"]["created"] > 100
        assert logical_hash(province.engine) == before, "the dry run wrote something"
        assert receive.apply_button.isEnabled()
        with qtbot.waitSignal(receive.imported, timeout=30000):
            receive.apply_button.click()
        assert logical_hash(province.engine) != before
        assert any(a.id == bkd.id for a in queries.list_agreements(province))


def test_conflict_choice_is_applied_after_import(qtbot, demo_db_path, app_paths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from decimal import Decimal

    from app.models.enums import Period
    from app.services import agreements

    key = service.installation_key(app_paths)
    service.trust_store(app_paths).trust(key.public_b64, "BKD")
    province_path = tmp_path / "province.sqlite"
    with open_database(demo_db_path) as unit:
        bkd = next(a for a in queries.list_agreements(unit) if a.unit_code == "BKD")
        first = service.export(unit, app_paths, "BKD", tmp_path / "out")
        from app.models import Agreement

        with unit.session() as session:
            agreement = session.get(Agreement, bkd.id)
            assert agreement is not None
            indicator = agreement.goals[0].indicators[0].id
    with open_database(province_path) as province:
        service.import_files(province, [first.path], app_paths)
        agreements.set_target(province, indicator, Period.TW2, Decimal("1"))
    with open_database(demo_db_path) as unit:
        agreements.set_target(unit, indicator, Period.TW2, Decimal("2"))
        second = service.export(unit, app_paths, "BKD", tmp_path / "out")
    with open_database(province_path) as province:
        receive = ReceiveDialog(province, app_paths)
        qtbot.addWidget(receive)
        receive.add_files([second.path])
        receive.check_button.click()
        qtbot.waitUntil(lambda: receive.conflicts.rowCount() >= 1, timeout=30000)
        hard = [i for i, c in enumerate(receive.conflicts.rows()) if c["kind"] == "hard"]
        assert len(hard) == 1
        loser = receive.conflicts.rows()[hard[0]]["incoming"]
        receive.conflicts.set_choice(hard[0], TAKE)
        with qtbot.waitSignal(receive.imported, timeout=30000):
            receive.apply_button.click()
        from app.sync import conflicts

        assert conflicts.open_conflicts(province) == []
        from sqlalchemy import select

        from app.models import PeriodValue

        with province.session() as session:
            value = session.scalars(
                select(PeriodValue).where(
                    PeriodValue.indicator_id == indicator, PeriodValue.period == Period.TW2
                )
            ).one()
        assert value.target == Decimal(loser)

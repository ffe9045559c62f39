"""Keys and receipts in the window: Settings shows this installation's key id and
fingerprint; a unit's key is trusted from pasted text or its file and revoked with a reason;
the receiving side approves or returns agreements per period in a signed receipt that the
unit takes in through "Terima berkas…"."""

from __future__ import annotations

import json

from sqlalchemy import select

from app.models.changelog import SyncLock
from app.models.database import open_database
from app.services import queries
from app.sync import service
from app.sync.keys import load_or_create_key
from app.sync.state import agreement_state

from app.ui.sync.keys_dialog import KeysDialog
from app.ui.sync.receipt_dialog import ReceiptDialog
from app.ui.sync.receive_dialog import ReceiveDialog


def test_settings_show_the_key_and_trust_and_revoke_keys(
    qtbot, qtmodeltester, demo_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    actions = window.sync_actions
    assert actions.act_key in window.menu_settings.actions()
    dialog = actions.show_key()
    assert isinstance(dialog, KeysDialog)
    mine = service.installation_key(window.paths)
    assert dialog.key_id.text() == mine.key_id
    assert mine.fingerprint in dialog.fingerprint.text()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 0

    other = load_or_create_key(tmp_path / "other-laptop")
    dialog.text.setPlainText(json.dumps(other.public_key_document("BKD")))
    assert other.fingerprint in dialog.pasted.text()
    assert dialog.unit.text() == "BKD", "the unit named in the key file is taken"
    dialog.trust_button.click()
    assert [k.unit for k in dialog.model.rows()] == ["BKD"]
    assert service.trust_store(window.paths).status(other.key_id, other.public_b64, "BKD") == (
        "trusted"
    )

    third = load_or_create_key(tmp_path / "third-laptop")
    dialog.unit.setText("JAKBAR")
    dialog.text.setPlainText(third.public_b64)
    dialog.trust_button.click()
    assert sorted(k.unit for k in dialog.model.rows()) == ["BKD", "JAKBAR"]

    dialog.unit.setText("KALTARA")
    dialog.text.setPlainText("bukan kunci")
    dialog.trust_button.click()
    assert dialog.model.rowCount() == 2
    assert dialog.message.text().startswith("Berkas kunci") and dialog.message.text().endswith(".")

    row = next(i for i, k in enumerate(dialog.model.rows()) if k.unit == "BKD")
    dialog.view.selectRow(row)
    asked = dialog._ask_revoke()
    assert asked is not None
    asked.setTextValue("laptop hilang")
    asked.accept()
    assert service.trust_store(window.paths).status(other.key_id, other.public_b64, "BKD") == (
        "revoked"
    )
    assert "dicabut" in str(dialog.model.index(row, dialog.model.COL_STATE).data())


def test_receipt_written_in_the_window_reaches_the_unit(
    qtbot, qtmodeltester, demo_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    paths = window.paths
    key = service.installation_key(paths)
    for unit in ("BKD", "PROVINSI"):
        service.trust_store(paths).trust(key.public_b64, unit)
    bkd = next(a for a in queries.list_agreements(window.db) if a.unit_code == "BKD")
    bundle = service.export(window.db, paths, "BKD", tmp_path / "usb")
    assert bundle.path is not None

    province_path = tmp_path / "province.sqlite"
    with open_database(province_path) as province:
        [arrived] = service.import_files(province, [bundle.path], paths)
        assert arrived.error is None
        dialog = ReceiptDialog(province, paths)
        qtbot.addWidget(dialog)
        qtmodeltester.check(dialog.model)
        rows = [item["row"].agreement_id for item in dialog.model.rows()]
        assert bkd.id in rows
        dialog.view.selectRow(rows.index(bkd.id))
        dialog.period.setCurrentIndex(dialog.period.findData("TW2"))
        dialog.findChild(type(dialog.write_button), "returnButton").click()
        assert "alasan" in dialog.message.text(), "a return needs its reason"
        dialog.reason.setText("realisasi TW2 belum diisi")
        dialog.findChild(type(dialog.write_button), "returnButton").click()
        dialog.folder.setText(str(tmp_path / "back"))
        dialog.write_button.click()
        receipt = dialog.result_path
        assert receipt is not None and receipt.exists()

        approve = ReceiptDialog(province, paths)
        qtbot.addWidget(approve)
        approve.view.selectRow(rows.index(bkd.id))
        approve.period.setCurrentIndex(approve.period.findData("TW1"))
        approve.findChild(type(approve.write_button), "approveButton").click()
        approve.folder.setText(str(tmp_path / "back2"))
        approve.write_button.click()
        assert approve.result_path is not None
        with province.session() as session:
            locks = session.scalars(select(SyncLock).where(SyncLock.agreement_id == bkd.id)).all()
            assert [lock.period for lock in locks] == ["TW1"]

    receive = window.sync_actions.open_receive()
    assert isinstance(receive, ReceiveDialog)
    receive.add_files([receipt])
    receive.check_button.click()
    qtbot.waitUntil(lambda: receive.report.rowCount() == 1, timeout=30000)
    with qtbot.waitSignal(receive.imported, timeout=30000):
        receive.apply_button.click()
    assert agreement_state(window.db, bkd.id) == ("returned", "TW2: realisasi TW2 belum diisi")

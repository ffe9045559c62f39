"""Each agreement in the unit's tree shows where it stands with the province ("belum
dikirim", "terkirim", "diterima provinsi", "dikembalikan: alasan"), with a tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.models.database import open_database
from app.services import queries
from app.sync import service

from app.ui.sync.receive_dialog import ReceiveDialog


def _row(window, agreement_id: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    model = window.tree_pane.model
    index = model.index_of("agreement", agreement_id)
    assert index.isValid()
    return (
        str(index.data(Qt.ItemDataRole.DisplayRole)),
        str(index.data(Qt.ItemDataRole.ToolTipRole)),
    )


def test_tree_shows_each_agreements_sync_state(qtbot, demo_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    assert "salinan" in window.statusBar().currentMessage(), "a copied file is noted"
    paths = window.paths
    key = service.installation_key(paths)
    service.trust_store(paths).trust(key.public_b64, "BKD")
    service.trust_store(paths).trust(key.public_b64, "PROVINSI")
    bkd = next(a for a in queries.list_agreements(window.db) if a.unit_code == "BKD")
    window.select("agreement", bkd.id)
    text, tip = _row(window, bkd.id)
    assert text.endswith(" · belum dikirim") and "Sinkronisasi: belum dikirim" in tip

    result = service.export(window.db, paths, "BKD", tmp_path / "usb")
    assert result.path is not None
    window.sync_actions.refresh_states()
    assert _row(window, bkd.id)[0].endswith(" · terkirim")

    province_path = tmp_path / "province.sqlite"
    with open_database(province_path) as province:
        service.import_files(province, [result.path], paths)
        receipt = service.receipt(
            province, paths, [bkd.id], tmp_path / "back", returned_reason="IKU 3 tanpa target"
        )
    dialog = window.sync_actions.open_receive()
    assert isinstance(dialog, ReceiveDialog)
    dialog.add_files([receipt])
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.report.rowCount() == 1, timeout=30000)
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        dialog.apply_button.click()
    text, tip = _row(window, bkd.id)
    assert text.endswith(" · dikembalikan: IKU 3 tanpa target")
    assert "Sinkronisasi: dikembalikan: IKU 3 tanpa target" in tip
    # The demo file here is a copy of the test template: the status bar said so on opening,
    # and the first write (the export above) gave it its own origin.
    from app.sync.origin import is_copy

    assert not is_copy(window.db)
    others = [a for a in queries.list_agreements(window.db) if a.unit_code != "BKD"]
    window.select("agreement", others[0].id)
    assert _row(window, others[0].id)[0].endswith(" · belum dikirim")

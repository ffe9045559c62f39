"""Tampilan › Cakupan PK provinsi…: choose a unit in the matrix, then approve a quarter or
return an agreement with a reason; the receipt written reaches the unit (SPEC §9)."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.models.changelog import SyncLock
from app.models.database import open_database
from app.paths import AppPaths
from app.services import province_review
from app.sync import service
from app.sync.state import sync_states

from app.ui.province.review_table_model import OBJECT_ROLE, ReviewTableModel


def _province_with_jakbar(demo_template: Path, empty_template: Path, paths: AppPaths, tmp: Path):
    """A province database that received the demo's Jakarta Barat; the unit file."""
    key = service.installation_key(paths)
    for code in ("JAKBAR", province_review.DEFAULT_ISSUER):
        service.trust_store(paths).trust(key.public_b64, code)
    unit = Path(shutil.copyfile(demo_template, tmp / "unit.sqlite"))
    with open_database(unit) as demo:
        bundle = service.export(demo, paths, "JAKBAR", tmp / "out", full=True).path
    province_file = Path(shutil.copyfile(empty_template, tmp / "province.sqlite"))
    with open_database(province_file) as db:
        [result] = service.import_files(db, [bundle], paths)
        assert result.error is None
    return province_file, unit


def _coverage_2024(window_factory, province_file: Path):  # type: ignore[no-untyped-def]
    """The province window on `province_file` and its coverage dialog showing 2024."""
    window = window_factory(open_database(province_file, user="kabiro"))
    dialog = window.province.open_coverage()
    assert dialog is not None
    dialog.year.setValue(2024)
    return window, dialog


def test_approve_and_return_from_the_coverage_matrix(
    window_factory, app_paths: AppPaths, demo_template: Path, empty_template: Path, tmp_path: Path
) -> None:
    province_file, unit = _province_with_jakbar(demo_template, empty_template, app_paths, tmp_path)
    window, dialog = _coverage_2024(window_factory, province_file)
    review = dialog.review
    assert review.model.rowCount() == 0 and not review.approve_button.isEnabled()
    dialog.select_unit("JAKBAR")
    assert review.model.rowCount() == 20
    dialog.review.out_dir = tmp_path / "tanda-terima"

    # Returning without a reason is refused with one sentence; nothing is written.
    review.select_rows([1])
    assert review.approve_button.isEnabled() and review.return_button.isEnabled()
    review.return_button.click()
    assert "alasan" in review.message.text().lower()
    assert not (tmp_path / "tanda-terima").exists()

    # Return agreement 1 with a reason; approve TW1 of agreements 0 and 2.
    returned_id = review.chosen_ids()[0]
    review.reason.setText("Target TW3 belum diisi")
    review.return_button.click()
    assert "Tanda terima ditulis" in review.message.text()
    review.select_rows([0, 2])
    approved_ids = review.chosen_ids()
    review.period.setCurrentIndex(review.period.findData("TW1"))
    review.approve_button.click()
    receipts = sorted((tmp_path / "tanda-terima").glob("*.pkreceipt"))
    assert len(receipts) == 2
    assert review.chosen_ids() == approved_ids  # the selection survives the refresh

    model = review.model
    shown = {
        model.data(model.index(r, 0), OBJECT_ROLE).agreement_id: [
            model.data(model.index(r, c)) for c in range(model.columnCount())
        ]
        for r in range(model.rowCount())
    }
    assert (
        shown[returned_id][model.COL_DECISION]
        == "dikembalikan (seluruh PK): Target TW3 belum diisi"
    )
    for agreement_id in approved_ids:
        assert shown[agreement_id][model.COL_DECISION] == "disetujui (TW1)"
        assert shown[agreement_id][model.COL_LOCKED] == "TW1"
    with window.db.session() as session:
        locks = {(lock.agreement_id, lock.period) for lock in session.query(SyncLock)}
    assert locks == {(a, "TW1") for a in approved_ids}
    dialog.close()

    # The unit imports both receipts: one agreement returned with the reason, two accepted.
    with open_database(unit) as db:
        results = service.import_files(db, receipts, app_paths)
        assert [r.error for r in results] == [None, None]
        states = sync_states(db, [returned_id, *approved_ids])
    assert states[returned_id] == ("returned", "Target TW3 belum diisi")
    assert all(states[a] == ("synced", None) for a in approved_ids)


def test_review_model_passes_the_model_tester(qtmodeltester, qtbot) -> None:
    model = ReviewTableModel()
    row = province_review.ReviewRow("a", "JAKBAR", "Uus", "draft", "returned", "TW2", "x", ())
    model.set_rows([row])
    qtmodeltester.check(model)
    assert model.decision_text(row) == "dikembalikan (TW2): x"


def test_unlock_with_a_reason_and_undo_it(
    window_factory, app_paths: AppPaths, demo_template: Path, empty_template: Path, tmp_path: Path
) -> None:
    province_file, _ = _province_with_jakbar(demo_template, empty_template, app_paths, tmp_path)
    window, dialog = _coverage_2024(window_factory, province_file)
    dialog.select_unit("JAKBAR")
    review = dialog.review
    review.out_dir = tmp_path / "tanda-terima"
    review.select_rows([0])
    assert not review.unlock_button.isEnabled(), "nothing is locked yet"
    review.period.setCurrentIndex(review.period.findData("TW1"))
    review.approve_button.click()
    chosen = review.chosen_ids()[0]
    assert review.unlock_button.isEnabled() and not review.undo_button.isEnabled()

    def locked() -> set[str]:
        with window.db.session() as session:
            return {k.period for k in session.query(SyncLock).filter_by(agreement_id=chosen)}

    asked = review.ask_unlock()
    asked.setTextValue("   ")
    asked.accept()  # no reason: one sentence, nothing opened
    assert "alasan" in review.message.text().lower() and locked() == {"TW1"}
    asked = review.ask_unlock()
    asked.setTextValue("Revisi DPA")
    asked.accept()
    assert locked() == set() and "Kunci dibuka (TW1)" in review.message.text()
    model = review.model
    assert model.data(model.index(0, model.COL_LOCKED)) == ""
    assert review.chosen_ids() == [chosen] and not review.unlock_button.isEnabled()

    assert (
        review.undo_button.isEnabled() and review.undo_stack.undoText() == "Buka kunci persetujuan"
    )
    review.undo_button.click()
    assert locked() == {"TW1"} and model.data(model.index(0, model.COL_LOCKED)) == "TW1"
    review.undo_stack.redo()
    assert locked() == set()
    dialog.close()

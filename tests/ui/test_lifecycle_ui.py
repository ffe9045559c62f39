"""Finalkan → Tandai sudah ditandatangani → Addendum / PK Pengganti in the main window, and a
signed agreement read-only in every view and in the services."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.services import agreement_read, agreements, indicator_read, pickers, planning, versions
from app.services.errors import AgreementLocked

from .planning_helpers import BKD_PK, agreement_id_of, indicator_of

PDF = b"%PDF-1.7\n% printed for the test\n"


def _sign_in_ui(window, qtbot, scan):  # type: ignore[no-untyped-def]
    assert window.select_path(BKD_PK)
    assert window.planning.act_sign.isEnabled()
    dialog = window.planning.sign()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20000)
    assert dialog.pdf.startswith(b"%PDF") and "SHA-256" in dialog.pdf_status.text()
    dialog.scan.setText(str(scan))
    with qtbot.waitSignal(dialog.finished):
        dialog.ok_button.click()
    return dialog


def test_finalize_is_blocked_by_errors_then_signing_freezes_the_agreement(
    demo_window, qtbot, tmp_path
):
    window = demo_window
    # The Walikota draft still has a duplicate IKU: "Finalkan" is refused with the reason.
    assert window.select_path("JAKBAR/Uus Kuswanto/2024")
    assert not window.planning.act_sign.isEnabled()
    assert not window.finalize()
    assert "galat" in window.rules.notice.text()
    # The BKD PK is final: print, attach the scan, mark signed.
    scan = tmp_path / "pk-bkd-ttd.pdf"
    scan.write_bytes(b"%PDF-1.4 scan of the signed copy")
    dialog = _sign_in_ui(window, qtbot, scan)
    bkd = dialog.agreement_id
    history = versions.version_history(window.db, bkd)
    assert history.status == "signed" and history.versions[0].scan_count == 1
    assert history.versions[0].signed_pdf_sha256
    # read-only in the services ...
    with pytest.raises(AgreementLocked):
        agreements.update_agreement(window.db, bkd, signing_place="Jakarta Pusat")
    indicator = indicator_of(window.db, "Maria Qibtya", "1", "1")
    with pytest.raises(AgreementLocked):
        planning.add_action_plan(window.db, indicator, text="RA baru")
    # ... and in every view
    editor = window.agreement_editor
    qtbot.waitUntil(lambda: editor.detail is not None and editor.detail.status == "signed")
    assert not editor.goal_model.editable and not editor.add_goal_button.isEnabled()
    assert not window.act_finalize.isEnabled() and not window.planning.act_sign.isEnabled()
    assert window.planning.act_addendum.isEnabled() and window.planning.act_replacement.isEnabled()
    window.planning.show_versions()
    panel = window.planning.versions
    qtbot.waitUntil(lambda: panel.history is not None and panel.history.status == "signed")
    assert "hanya dapat dibaca" in panel.status.text()
    assert history.versions[0].signed_pdf_sha256 in panel.status.text()
    assert window.select("indicator", indicator)
    assert not window.indicator_editor.editable
    # ... except the quarterly realisations, which are reported on the signed PK itself
    grid = window.indicator_editor
    assert not grid.enter_value("target", "TW4", "320")
    assert grid.enter_value("actual", "TW4", "321,5")
    assert indicator_read.indicator_detail(window.db, indicator).value("TW4").actual == Decimal(
        "321.5"
    )
    window.planning.show_action_plan()
    plans = window.planning.action_plans
    qtbot.waitUntil(lambda: plans.tree is not None and plans.indicator_id == indicator)
    assert plans.banner.isVisible() and "ditandatangani" in plans.banner.text()
    assert not plans.add_plan_button.isEnabled() and not plans.model.editable


def test_an_addendum_refuses_a_passed_quarter_with_the_message_shown(
    demo_window, qtbot, qtmodeltester
):
    window = demo_window
    bkd = agreement_id_of(window.db, "Maria Qibtya")
    versions.sign_agreement(window.db, bkd, printed_pdf=PDF)
    assert window.select_path(BKD_PK)
    window.set_period("TW1")  # TW1 has passed: the addendum starts in TW2
    dialog = window.planning.addendum()
    assert dialog is not None
    assert dialog.effective.currentData() == "TW2"
    dialog.reasons["regulation_change"].setChecked(True)
    dialog.note.setText("Permendagri baru")
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    addendum = dialog.agreement_id_created
    qtbot.waitUntil(
        lambda: window.current_node() is not None and window.current_node().id == addendum
    )
    assert window.act_undo.text().endswith("Buat addendum PK")
    detail = agreement_read.agreement_detail(window.db, addendum)
    assert detail.kind == "addendum" and detail.status == "draft"
    indicator = next(i for g in detail.goals for i in g.indicators if i.number == "14")
    assert window.select("indicator", indicator.id)
    editor = window.indicator_editor
    assert not editor.enter_value("target", "TW1", "30")
    qtbot.waitUntil(lambda: editor.message.isVisible())
    assert "TW1" in editor.message.text() and "tidak boleh diubah" in editor.message.text()
    assert indicator_read.indicator_detail(window.db, indicator.id).value("TW1").target == Decimal(
        25
    )
    assert editor.enter_value("target", "TW3", "30")
    changes = versions.version_history(window.db, addendum).changes
    assert [(c.period, c.before, c.after, c.reason) for c in changes] == [
        ("TW3", "25", "30", "regulation_change")
    ]
    window.planning.show_versions()
    panel = window.planning.versions
    qtbot.waitUntil(lambda: panel.changes_model.rowCount() == 1)
    qtmodeltester.check(panel.changes_model)
    qtmodeltester.check(panel.model)
    assert panel.changes_table.isVisible()
    assert panel.model.rowCount() == 2  # the original and its addendum


def test_the_replacement_proposes_the_sisa_target(demo_window, qtbot, qtmodeltester):
    window = demo_window
    bkd = agreement_id_of(window.db, "Maria Qibtya")
    versions.sign_agreement(window.db, bkd, printed_pdf=PDF)
    assert window.select_path(BKD_PK)
    window.set_period("TW2")
    dialog = window.planning.replacement()
    assert dialog is not None and dialog.effective.currentData() == "TW3"
    qtmodeltester.check(dialog.model)
    sum_line = dialog.model.proposal("14")  # Sum: 100 − (25,3 + 22,78)
    assert sum_line.proposal == Decimal("51.92")
    row = dialog.model.rows().index(sum_line)
    assert dialog.model.index(row, dialog.model.COL_PROPOSAL).data() == "51,92 Persen"
    assert dialog.model.proposal("6").proposal == Decimal(100)  # Take Last Known keeps 100
    dialog.prefix.setCurrentIndex(dialog.prefix.findData("Plt."))
    assert "§3.6" in dialog.acting_note.text() and "tidak perlu" in dialog.acting_note.text()
    heru = next(c.id for c in pickers.official_choices(window.db) if c.label.startswith("Heru"))
    assert dialog.select_official(heru)
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    new = dialog.agreement_id_created
    detail = agreement_read.agreement_detail(window.db, new)
    assert detail.kind == "replacement" and detail.owner_prefix == "Plt."
    annual = {i.number: i.annual_target for g in detail.goals for i in g.indicators}
    assert annual["14"] == Decimal("51.92")
    qtbot.waitUntil(lambda: window.current_node() is not None and window.current_node().id == new)


def test_menus_tabs_and_navigation(demo_window, qtbot):
    window = demo_window
    titles = [a.text() for a in window.menu_agreement.actions()]
    for text in ("&Tandai sudah ditandatangani…", "Buat &Addendum…", "Buat PK &Pengganti…"):
        assert text in titles
    view_titles = [a.text() for a in window.menu_view.actions()]
    for text in ("&Dasbor", "&KSD", "&Matriks Cascading", "&Rencana Aksi"):
        assert text in view_titles
    tabs = window.agreement_editor.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())][-2:] == [
        "Matriks Cascading",
        "Versi && penandatanganan",
    ]
    itabs = window.indicator_editor.tabs
    assert itabs.tabText(itabs.count() - 1) == "Rencana Aksi"
    # Matriks Cascading from an IKU opens its agreement's matrix
    assert window.select_path("JAKBAR/Uus Kuswanto/2024/1/1")
    window.planning.act_matrix.trigger()
    assert window.editors.currentWidget() is window.agreement_editor
    assert tabs.currentWidget() is window.planning.matrix
    qtbot.waitUntil(lambda: window.planning.matrix.matrix is not None)
    assert window.planning.matrix.model.indicator_count() == 16
    # Dasbor from the agreement opens its unit's dashboard
    with qtbot.waitSignal(window.planning.dashboard.updated, timeout=20000):
        window.planning.act_dashboard.trigger()
    assert window.editors.currentWidget() is window.planning.unit_tabs
    assert window.current_node().kind == "unit"
    assert window.planning.dashboard.board.unit_code == "JAKBAR"
    window.planning.act_ksd.trigger()
    assert window.planning.unit_tabs.currentWidget() is window.planning.ksd
    qtbot.waitUntil(lambda: window.planning.ksd.model.rowCount() == 12)
    # English
    window.set_language("en")  # the LanguageChange event reaches the tabs through the loop
    qtbot.waitUntil(lambda: window.planning.act_dashboard.text() == "&Dashboard")
    assert window.planning.unit_tabs.tabText(1) == "Dashboard"
    assert window.planning.ksd.add_button.text() == "Add KSD"
    assert tabs.tabText(tabs.count() - 1) == "Versions && signing"
    window.set_language("id")
    qtbot.waitUntil(lambda: window.planning.unit_tabs.tabText(1) == "Dasbor")

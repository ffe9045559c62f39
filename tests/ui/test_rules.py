"""The rules panel and "Finalkan"."""

from __future__ import annotations

from app.services import agreement_read

from app.ui.shell.rules_dock import FINDING_ROLE

from .helpers import BKD_PK, SATISFACTION


def _wait_rules(qtbot, window):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.rules.updated, timeout=10000):
        pass


def test_exact_high_on_the_jpt_agreement_is_an_error_and_finalkan_is_refused(
    demo_window, qtbot, qtmodeltester
):
    window = demo_window
    assert window.select_path(BKD_PK)
    # The demo PK is final: take it back to draft first, as Tim SAKIP would.
    assert window.act_reopen.isEnabled() and not window.act_finalize.isEnabled()
    window.act_reopen.trigger()
    qtbot.waitUntil(lambda: window.agreement_editor.detail.status == "draft")
    assert window.act_finalize.isEnabled()

    assert window.select_path(SATISFACTION)
    editor = window.indicator_editor
    editor.tabs.setCurrentIndex(editor.TAB_METADATA)
    high = editor.fields["control"].button("high")
    with qtbot.waitSignal(window.rules.updated, timeout=10000):
        high.click()  # Exact–Moderate becomes Exact–High
    qtbot.waitUntil(lambda: window.rules.error_count() > 0, timeout=10000)
    rules = window.rules
    qtmodeltester.check(rules.model)
    errors = [r for r in rules.model.rows() if r.finding.rule == "quality_forbidden"]
    assert len(errors) == 1
    text = rules.model.data(rules.model.index(rules.model.rows().index(errors[0]), 1))
    assert "Indeks Kepuasan Layanan Kepegawaian" in text and "Exact-High" in text
    assert "Galat: 1" in rules.summary.text()
    assert editor.summary_labels["weight"].text().startswith("0")  # forbidden: no weight

    window.act_finalize.trigger()
    assert "belum dapat difinalkan" in window.last_error
    assert rules.notice.isVisible() and "masih ada 1 galat" in rules.notice.text()
    assert window.rules_dock.isVisible()
    detail = agreement_read.agreement_detail(window.db, editor.detail.agreement_id)
    assert detail.status == "draft"

    # Clicking the finding jumps to the control radio group of that IKU.
    window.select_path(BKD_PK)
    row = rules.model.rows().index(errors[0])
    rules.findingActivated.emit(rules.model.index(row, 0).data(FINDING_ROLE))
    assert window.editors.currentWidget() is editor
    assert editor.tabs.currentIndex() == editor.TAB_METADATA
    # Fixing the quality lets the PK be finalised; undo takes it back to draft.
    with qtbot.waitSignal(rules.updated, timeout=10000):
        editor.fields["control"].button("moderate").click()
    qtbot.waitUntil(lambda: rules.error_count() == 0, timeout=10000)
    window.act_finalize.trigger()
    qtbot.waitUntil(lambda: agreement_read.agreement_detail(window.db, detail.id).status == "final")
    window.act_undo.trigger()
    assert agreement_read.agreement_detail(window.db, detail.id).status == "draft"


def test_unit_scope_lists_findings_of_every_agreement_in_the_unit(demo_window, qtbot):
    window = demo_window
    with qtbot.waitSignal(window.rules.updated, timeout=10000):
        assert window.select_path("BKD")
    assert window.rules.scope[0] == "unit"
    labels = {row.agreement_label for row in window.rules.model.rows()}
    assert labels == {"Maria Qibtya · 2024"}

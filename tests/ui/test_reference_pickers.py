"""The province's reference lists as pickers in a unit's editors: the IKU editor links an IKU
to an RPJMD IKU, and the KSD table takes a KSD from the province's list; both undo."""

from __future__ import annotations

from app.services import indicator_read, reference

from .helpers import SATISFACTION


def test_iku_editor_links_the_iku_to_an_rpjmd_iku_from_its_picker(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    reference.save_rpjmd_goal(
        window.db, reference.RpjmdGoalEntry("SR-02", "Meningkatnya kualitas ASN", 2023, 2026)
    )
    rpjmd = reference.save_rpjmd_indicator(
        window.db, reference.RpjmdIndicatorEntry("IKR-02", "SR-02", "Indeks Kepuasan ASN")
    )
    assert window.select_path(SATISFACTION)
    editor = window.indicator_editor
    editor.tabs.setCurrentIndex(editor.TAB_METADATA)
    picker = editor.fields["rpjmd_indicator_id"]
    assert picker.isEnabled() and picker.count() == 2
    assert picker.itemText(1) == "IKR-02 — Indeks Kepuasan ASN" and picker.currentIndex() == 0
    picker.setCurrentIndex(1)
    picker.activated.emit(1)
    qtbot.waitUntil(lambda: editor.detail.metadata["rpjmd_indicator_id"] == rpjmd)
    stored = indicator_read.indicator_detail(window.db, editor.detail.id)
    assert stored.metadata["rpjmd_indicator_id"] == rpjmd
    assert window.undo_stack.undoText() == "Ubah IKU RPJMD"
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: editor.detail.metadata["rpjmd_indicator_id"] is None)
    assert picker.currentIndex() == 0

"""The province's reference lists as pickers in a unit's editors: the IKU editor links an IKU
to an RPJMD IKU, and the KSD table takes a KSD from the province's list; both undo."""

from __future__ import annotations

from app.services import indicator_read, reference

from .helpers import SATISFACTION
from .planning_helpers import planning_env, unit_id_of

__all__ = ["planning_env"]


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


def test_ksd_row_takes_number_and_name_from_the_province_list(planning_env, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.planning.ksd_editor import KsdEditor

    env = planning_env
    reference.save_ksd(
        env.db, reference.KsdEntry("KSD-07", 2024, "Penataan kawasan kumuh", "Dinas Perumahan")
    )
    reference.save_ksd(env.db, reference.KsdEntry("KSD-99", 2025, "Tahun lain"))
    editor = env.make(KsdEditor)
    editor.load(unit_id_of(env.db, "JAKBAR"))
    picker = editor.reference_combo
    assert editor.year == 2024 and picker.isVisibleTo(editor) and picker.isEnabled()
    assert [picker.itemText(i) for i in range(1, picker.count())] == [
        "KSD-07 — Penataan kawasan kumuh"  # only the KSD of the table's year
    ]
    before = editor.current_line()
    assert picker.currentIndex() == 0
    picker.setCurrentIndex(1)
    picker.activated.emit(1)
    qtbot.waitUntil(lambda: editor.current_line().ksd_number == "KSD-07")
    line = editor.current_line()
    assert line.id == before.id and line.name == "Penataan kawasan kumuh"
    assert line.responsible_units == (before.responsible_units or "Dinas Perumahan")
    assert picker.currentIndex() == 1 and env.stack.undoText() == "Ambil KSD provinsi"
    env.stack.undo()  # one step puts number and name back
    qtbot.waitUntil(lambda: editor.current_line().ksd_number == before.ksd_number)
    assert editor.current_line().name == before.name and picker.currentIndex() == 0

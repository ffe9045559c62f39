"""The Rencana Aksi editor on the demo database: numbering, moves, skeleton, action_plan_gap,
the reason a finalised plan asks for, undo/redo, and the read-only signed plan."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.models import ActionOutput
from app.services import planning

from .planning_helpers import (
    agreement_id_of,
    first_indicator,
    indicator_of,
    planning_env,
    set_status,
    type_into_cell,
)

__all__ = ["planning_env"]  # the fixture


def _editor(make_editor, db, owner="Uus Kuswanto", number=("2", "2")):  # type: ignore[no-untyped-def]
    from app.ui.planning.action_plan_editor import ActionPlanEditor

    editor = make_editor(ActionPlanEditor)
    indicator = indicator_of(db, owner, *number)
    editor.load(indicator)
    return editor, indicator


def test_moving_a_kk_renumbers_it_and_its_outputs_then_undo(planning_env, qtbot, qtmodeltester):
    env = planning_env
    editor, indicator = _editor(env.make, env.db)
    model = editor.model
    qtmodeltester.check(model)
    plan = planning.action_plan_tree(env.db, indicator).plans[0]
    first = plan.criteria[0]
    editor.select_item("action_plan", plan.id)
    qtbot.mouseClick(editor.add_criterion_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editor.tree.plans[0].criteria) == 2)
    editor.view.setFocus()  # leave the text editor opened on the new KK
    second = editor.tree.plans[0].criteria[1]
    assert model.find("criterion", second.id).data() == "KK1.2"
    assert model.find("output", first.outputs[0].id).data() == "T/O1.1.1"
    editor.select_item("criterion", second.id)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.find("criterion", second.id).data() == "KK1.1")
    assert model.find("criterion", first.id).data() == "KK1.2"
    assert model.find("output", first.outputs[0].id).data() == "T/O1.2.1"
    assert editor.model.item(editor.view.currentIndex()) == ("criterion", second.id)
    assert env.stack.undoText() == "Pindahkan kriteria keberhasilan"
    env.stack.undo()
    qtbot.waitUntil(lambda: model.find("criterion", second.id).data() == "KK1.2")
    env.stack.redo()
    qtbot.waitUntil(lambda: model.find("criterion", second.id).data() == "KK1.1")
    qtmodeltester.check(model)


def test_skeleton_button_clears_the_phase_hint_and_undo_brings_it_back(planning_env, qtbot):
    env = planning_env
    editor, indicator = _editor(env.make, env.db, number=("3", "1"))  # no plan yet
    qtbot.waitUntil(lambda: editor.findings.model.rowCount() > 0)
    assert any("tahapan kunci" in m for m in editor.findings.messages())
    assert editor.skeleton_button.isDefault()
    with qtbot.waitSignal(editor.findingsUpdated, timeout=10000):
        qtbot.mouseClick(editor.skeleton_button, Qt.MouseButton.LeftButton)
    assert editor.model.rowCount() == 4
    assert editor.model.numbers()[:3] == ["RA1", "KK1.1", "T/O1.1.1"]
    assert "T/O4.1.1" in editor.model.numbers()
    assert not [m for m in editor.findings.messages() if "tahapan kunci" in m]
    assert "TW IV: 1" in editor.coverage.text()
    with qtbot.waitSignal(editor.findingsUpdated, timeout=10000):
        env.stack.undo()
    assert editor.model.rowCount() == 0
    assert any("tahapan kunci" in m for m in editor.findings.messages())


def test_a_check_under_way_before_a_change_does_not_answer_for_it(planning_env, qtbot, monkeypatch):
    """On a busy machine the check started before a click can finish while the click is still
    saving; its (old) findings must not be the findingsUpdated the click waits for."""
    from app.ui.shell.background import runner
    from app.ui.shell.workspace_state import WorkspaceState

    env = planning_env
    editor, _indicator = _editor(env.make, env.db, number=("3", "1"))  # no plan yet
    qtbot.waitUntil(lambda: not runner().busy, timeout=10000)
    execute = WorkspaceState.execute

    def after_the_worker(self, command):  # type: ignore[no-untyped-def]
        runner()._executor.submit(lambda: None).result()  # the older result is now queued
        return execute(self, command)

    monkeypatch.setattr(WorkspaceState, "execute", after_the_worker)
    editor.refresh_findings()  # a check of the empty plan, still under way at the click
    with qtbot.waitSignal(editor.findingsUpdated, timeout=10000):
        qtbot.mouseClick(editor.skeleton_button, Qt.MouseButton.LeftButton)
    assert editor.model.rowCount() == 4
    assert not [m for m in editor.findings.messages() if "tahapan kunci" in m]


def test_quarter_gap_warning_shown_then_cleared_by_a_typed_output(planning_env, qtbot):
    from app.ui.planning.action_plan_editor import ActionPlanEditor

    env = planning_env
    kaltara = agreement_id_of(env.db, "Muhammad Yusran Baharuddin", 2025)
    set_status(env.db, kaltara, "draft")
    editor = env.make(ActionPlanEditor)
    editor.load(first_indicator(env.db, kaltara))
    qtbot.waitUntil(lambda: editor.detail is not None)
    with qtbot.waitSignal(editor.findingsUpdated, timeout=10000):
        qtbot.mouseClick(editor.add_plan_button, Qt.MouseButton.LeftButton)
    editor.view.setFocus()
    editor.select_item("action_plan", editor.tree.plans[0].id)
    qtbot.mouseClick(editor.add_criterion_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editor.tree.plans[0].criteria) == 1)
    criterion = editor.tree.plans[0].criteria[0].id
    for _quarter in (1, 2, 3):
        editor.view.setFocus()
        editor.select_item("criterion", criterion)
        with qtbot.waitSignal(editor.findingsUpdated, timeout=10000):
            qtbot.mouseClick(editor.add_output_button, Qt.MouseButton.LeftButton)
    outputs = editor.tree.plans[0].criteria[0].outputs
    assert [o.due_quarter for o in outputs] == [1, 2, 3]  # the next uncovered quarter each time
    assert any("TW 4" in m for m in editor.findings.messages())
    assert "<b style='color:#C62828'>TW IV: 0</b>" in editor.coverage.text()
    # Type the last output's quarter: TW III -> TW IV through the combo delegate.
    editor.view.setFocus()
    last = editor.model.find("output", outputs[-1].id).siblingAtColumn(editor.model.COL_DUE)
    with qtbot.waitSignal(editor.findingsUpdated, timeout=10000):
        assert editor.model.setData(last, "TW IV")
    assert editor.tree.quarters_covered == {1, 2, 4}
    assert any("TW 3" in m for m in editor.findings.messages())
    assert not any("TW 4" in m for m in editor.findings.messages())
    text_cell = editor.model.find("output", outputs[0].id).siblingAtColumn(editor.model.COL_TEXT)
    type_into_cell(qtbot, editor.view, text_cell, "Dokumen rancangan")
    qtbot.waitUntil(lambda: editor.tree.plans[0].criteria[0].outputs[0].text == "Dokumen rancangan")


def test_a_finalised_plan_asks_for_the_reason_and_records_it(planning_env, qtbot):
    env = planning_env
    set_status(env.db, agreement_id_of(env.db, "Uus Kuswanto"), "final")
    editor, indicator = _editor(env.make, env.db)
    assert editor.banner.isVisible() and "alasan" in editor.banner.text()
    plan = editor.tree.plans[0]
    cell = editor.model.find("action_plan", plan.id).siblingAtColumn(editor.model.COL_TEXT)
    assert editor.model.setData(cell, "Koordinasi lintas perangkat daerah")
    dialog = editor.reason_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.policy.setChecked(True)
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    qtbot.waitUntil(lambda: editor.tree.plans[0].text == "Koordinasi lintas perangkat daerah")
    # The reason is remembered: the next change needs no second question.
    editor.select_item("action_plan", plan.id)
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert editor.reason_dialog is None
    output = editor.tree.plans[-1].criteria[0].outputs[0]
    original = output.due_quarter
    wanted = 1 if original != 1 else 2
    due = editor.model.find("output", output.id).siblingAtColumn(editor.model.COL_DUE)
    editor.model.setData(due, ("TW I", "TW II")[wanted - 1])
    assert editor.reason_dialog is None
    qtbot.waitUntil(lambda: editor.tree.plans[-1].criteria[0].outputs[0].due_quarter == wanted)
    with env.db.session() as s:  # the T/O keeps the reason the Instruksi asks for
        assert s.get(ActionOutput, output.id).change_reason.value == "leadership_policy"
    env.stack.undo()
    qtbot.waitUntil(lambda: editor.tree.plans[-1].criteria[0].outputs[0].due_quarter == original)


def test_cancelling_the_reason_changes_nothing(planning_env, qtbot):
    env = planning_env
    set_status(env.db, agreement_id_of(env.db, "Uus Kuswanto"), "final")
    editor, indicator = _editor(env.make, env.db)
    before = planning.action_plan_tree(env.db, indicator)
    editor.select_item("action_plan", before.plans[0].id)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    dialog = editor.reason_dialog
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    assert planning.action_plan_tree(env.db, indicator) == before
    assert env.stack.count() == 0


def test_a_signed_plan_is_read_only(planning_env, qtbot):
    env = planning_env
    set_status(env.db, agreement_id_of(env.db, "Uus Kuswanto"), "signed")
    editor, indicator = _editor(env.make, env.db)
    assert "ditandatangani" in editor.banner.text() and editor.banner.isVisible()
    for button in (
        editor.add_plan_button,
        editor.add_criterion_button,
        editor.remove_button,
        editor.skeleton_button,
    ):
        assert not button.isEnabled()
    assert not editor.source.isEnabled()
    cell = editor.model.index(0, editor.model.COL_TEXT)
    assert not editor.model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert not editor.model.setData(cell, "diubah")


def test_completion_source_links_the_indicator_to_its_plan(planning_env, qtbot):
    env = planning_env
    editor, indicator = _editor(env.make, env.db, number=("9", "1"))
    editor.source.setCurrentIndex(editor.source.findData("action_plan"))
    editor.source.activated.emit(editor.source.currentIndex())
    from app.services import indicator_read

    assert indicator_read.indicator_detail(env.db, indicator).metadata["completion_source"] == (
        "action_plan"
    )
    assert env.stack.undoText().startswith("Ubah")

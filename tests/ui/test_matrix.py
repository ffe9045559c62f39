"""The cascading matrix of the Walikota Jakarta Barat PK (seed 002 lampiran I) on the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from app.services import agreements, indicator_read

from .planning_helpers import agreement_id_of, planning_env, set_status, type_into_cell

__all__ = ["planning_env"]


def _view(env):  # type: ignore[no-untyped-def]
    from app.ui.cascade.cascade_matrix_view import CascadeMatrixView

    view = env.make(CascadeMatrixView)
    walikota = agreement_id_of(env.db, "Uus Kuswanto")
    view.load(walikota)
    return view, walikota


def _tick(qtbot, view, index, *, method="direct", share="", note=""):  # type: ignore[no-untyped-def]
    dialog = view.request_tick(index)
    assert dialog is not None and dialog.isVisible()
    if method == "indirect":
        dialog.indirect.setChecked(True)
        dialog.share.setText(share)
    dialog.note.setText(note)
    with qtbot.waitSignal(view.findingsUpdated, timeout=10000):
        with qtbot.waitSignal(dialog.finished):
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    return dialog


def test_the_seed_002_walikota_to_asisten_matrix(planning_env, qtbot, qtmodeltester):
    view, walikota = _view(planning_env)
    model = view.model
    qtmodeltester.check(model)
    assert model.indicator_count() == 16
    titles = [c.position_title for c in model.columns()]
    assert len(titles) == 3 and all(t.startswith("Asisten") for t in titles)
    first = view.matrix.rows[0]
    assert first.name == "Indeks Kepuasan Layanan Kota Administrasi"
    cells = [model.find(first.indicator_id, c.agreement_id) for c in model.columns()]
    assert [c.data() for c in cells] == ["✓", "✓", "✓"]  # sasaran 1: all three Asisten
    # the demo reproduces seed 002 lampiran I: 25 ticks over the 16 IKU
    ticks = [
        [bool(model.find(r.indicator_id, c.agreement_id).data()) for c in model.columns()]
        for r in view.matrix.rows
    ]
    assert sum(map(sum, ticks)) == 25 and all(any(row) for row in ticks)
    header = model.headerData(model.COL_FIRST_CHILD, Qt.Orientation.Horizontal)
    assert "\n" in header and "Asisten" in header
    assert "3 bawahan" in view.findings.label.text()
    # sasaran rows group the IKU
    assert model.rowCount() < 16 and model.rowCount(model.index(0, 0)) >= 1


def test_a_new_tick_creates_the_subordinate_indicator_then_undo_redo(planning_env, qtbot):
    from app.ui.agreement.agreement_editor import AgreementEditor

    env = planning_env
    view, walikota = _view(env)
    model = view.model
    row, column = next(
        (r, c)
        for r in view.matrix.rows
        for c in view.matrix.columns
        if view.matrix.cell(r.indicator_id, c.agreement_id) is None
    )
    index = model.find(row.indicator_id, column.agreement_id)
    view.select_cell(row.indicator_id, column.agreement_id)
    assert view.tick_button.isEnabled() and not view.untick_button.isEnabled()
    _tick(qtbot, view, index)
    cell = view.matrix.cell(row.indicator_id, column.agreement_id)
    assert cell is not None and cell.method == "direct"
    assert model.find(row.indicator_id, column.agreement_id).data() == "✓"
    # the subordinate's agreement shows the new IKU with the copied metadata
    child_editor = env.make(AgreementEditor)
    child_editor.load(column.agreement_id)
    assert child_editor.goal_model.indicator_row(cell.child_indicator_id).name == row.name
    detail = indicator_read.indicator_detail(env.db, cell.child_indicator_id)
    parent = indicator_read.indicator_detail(env.db, row.indicator_id)
    for field in ("unit_of_measure", "polarity", "period_consolidation", "measuring_period"):
        assert detail.metadata[field] == parent.metadata[field], field
    assert detail.value("annual").target == parent.value("annual").target
    assert env.stack.undoText() == "Centang cascading"
    env.stack.undo()
    qtbot.waitUntil(lambda: view.matrix.cell(row.indicator_id, column.agreement_id) is None)
    qtbot.waitUntil(lambda: child_editor.goal_model.indicator_row(cell.child_indicator_id) is None)
    env.stack.redo()
    qtbot.waitUntil(lambda: view.matrix.cell(row.indicator_id, column.agreement_id) is not None)
    assert (
        view.matrix.cell(row.indicator_id, column.agreement_id).child_indicator_id
        == cell.child_indicator_id
    )


def test_note_in_place_untick_with_delete(planning_env, qtbot):
    env = planning_env
    view, walikota = _view(env)
    model = view.model
    first = view.matrix.rows[0]
    column = view.matrix.columns[0]
    index = model.find(first.indicator_id, column.agreement_id)
    type_into_cell(qtbot, view.view, index, "(PKK, Posyandu)")
    qtbot.waitUntil(
        lambda: model.find(first.indicator_id, column.agreement_id).data() == "(PKK, Posyandu)"
    )
    view.view.setFocus()
    view.select_cell(first.indicator_id, column.agreement_id)
    qtbot.keyClick(view.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.matrix.cell(first.indicator_id, column.agreement_id) is None)
    env.stack.undo()
    qtbot.waitUntil(lambda: view.matrix.cell(first.indicator_id, column.agreement_id) is not None)
    assert view.matrix.cell(first.indicator_id, column.agreement_id).note == "(PKK, Posyandu)"


def test_indirect_shares_not_adding_up_show_a_cascade_mismatch(planning_env, qtbot):
    env = planning_env
    view, walikota = _view(env)
    goal = view.matrix.rows[0].goal_id
    new = agreements.add_indicator(
        env.db,
        goal,
        name="Jumlah kegiatan kemasyarakatan",
        unit_of_measure="Kegiatan",
        polarity="maximize",
        period_consolidation="sum",
        measuring_period="quarterly",
        location_consolidation="sum",
        validity="proxy",
        control="moderate",
    )
    agreements.set_period_values(env.db, new, "TW4", target=100)
    agreements.set_period_values(env.db, new, "annual", target=100)
    view.reload()
    columns = view.matrix.columns
    _tick(qtbot, view, view.model.find(new, columns[0].agreement_id), method="indirect", share="50")
    dialog = view.request_tick(view.model.find(new, columns[1].agreement_id))
    assert "50,00 %" in dialog.info.text()  # what the others already carry
    assert dialog.share.text() == "50,00"  # the rest is proposed
    dialog.indirect.setChecked(True)
    dialog.share.setText("70")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "melebihi 100" in dialog.error.text() and dialog.isVisible()
    dialog.share.setText("30")
    with qtbot.waitSignal(view.findingsUpdated, timeout=10000):
        with qtbot.waitSignal(dialog.finished):
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    messages = view.findings.messages()
    assert any("Jumlah kegiatan kemasyarakatan" in m for m in messages), messages
    assert view.findings.model.rows()[0].finding.rule == "cascade_mismatch"
    row_index = view.model.find(new)
    assert isinstance(row_index.siblingAtColumn(1).data(Qt.ItemDataRole.BackgroundRole), QBrush)
    _tick(qtbot, view, view.model.find(new, columns[2].agreement_id), method="indirect", share="20")
    # an earlier recomputation may report first: wait for the one that sees all three shares
    qtbot.waitUntil(
        lambda: not [m for m in view.findings.messages() if "Jumlah kegiatan kemasyarakatan" in m],
        timeout=10000,
    )


def test_a_signed_subordinate_column_is_read_only(planning_env, qtbot):
    env = planning_env
    view, walikota = _view(env)
    column = view.matrix.columns[0]
    set_status(env.db, column.agreement_id, "signed")
    view.reload()
    row = next(
        r for r in view.matrix.rows if view.matrix.cell(r.indicator_id, column.agreement_id) is None
    )
    index = view.select_cell(row.indicator_id, column.agreement_id)
    assert not view.model.cell_editable(index)
    assert not view.tick_button.isEnabled()
    assert view.request_tick(index) is None
    ticked = view.model.find(view.matrix.rows[0].indicator_id, column.agreement_id)
    assert not view.model.flags(ticked) & Qt.ItemFlag.ItemIsEditable
    assert not view.untick(ticked)
    assert "ditandatangani" in view.model.headerData(
        view.model.column_of(column.agreement_id),
        Qt.Orientation.Horizontal,
        Qt.ItemDataRole.ToolTipRole,
    )

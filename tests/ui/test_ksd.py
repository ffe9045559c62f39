"""The KSD editor on the demo's Jakarta Barat table (seed 002 lampiran IV)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.services.ksd_table import ksd_table

from .planning_helpers import (
    agreement_id_of,
    planning_env,
    set_status,
    type_into_cell,
    unit_id_of,
)

__all__ = ["planning_env"]


def _editor(env):  # type: ignore[no-untyped-def]
    from app.ui.planning.ksd_editor import KsdEditor

    editor = env.make(KsdEditor)
    unit = unit_id_of(env.db, "JAKBAR")
    editor.load(unit)
    return editor, unit


def test_the_seed_002_table_with_its_month_targets(planning_env, qtmodeltester):
    editor, unit = _editor(planning_env)
    model = editor.model
    qtmodeltester.check(model)
    qtmodeltester.check(editor.month_model)
    assert model.rowCount() == 12 and editor.year == 2024
    assert "Jakarta Barat" in editor.title.text()
    first = model.line(0)
    assert first.ksd_number == "10" and first.name.startswith("PENINGKATAN TATA KELOLA")
    marks = [model.index(0, model.month_column(m)).data() for m in range(1, 13)]
    assert marks == [None, None, "●", None, None, "●", None, None, "●", None, None, None]
    assert "12 baris KSD" in editor.summary.text() and "0 dari" in editor.summary.text()
    assert editor.text_edits["name"].toPlainText() == first.name


def test_month_targets_edited_in_place_round_trip_and_undo(planning_env, qtbot):
    env = planning_env
    editor, unit = _editor(env)
    months = editor.month_model
    view = editor.month_view
    ksd_id = editor.current_id()
    # a new expected output in B04, typed like a user
    type_into_cell(qtbot, view, months.index(3, months.COL_OUTPUT), "Draf laporan evaluasi")
    qtbot.waitUntil(lambda: months.target(4) is not None)
    # B03 done: the completion date defaults to the month's last day
    done_cell = months.index(2, months.COL_DONE)
    assert months.setData(done_cell, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: months.target(3).done)
    assert months.index(2, months.COL_DATE).data() == "31-03-2024"
    type_into_cell(qtbot, view, months.index(2, months.COL_DATE), "05-04-2024")
    qtbot.waitUntil(lambda: months.target(3).completed_on == dt.date(2024, 4, 5))
    # the service reads back exactly what was typed
    line = next(r for r in ksd_table(env.db, unit, 2024).lines if r.id == ksd_id)
    assert [
        (m.month, m.expected_output is not None, m.done, m.completed_on) for m in line.months
    ] == [
        (3, True, True, dt.date(2024, 4, 5)),
        (4, True, False, None),
        (6, True, False, None),
        (9, True, False, None),
    ]
    assert line.month(4).expected_output == "Draf laporan evaluasi"
    assert editor.model.index(0, editor.model.month_column(3)).data() == "✓"
    assert "1 dari 27 target bulan" in editor.summary.text()  # 26 in the demo + B04
    # a bad date is explained and nothing changes
    type_into_cell(qtbot, view, months.index(2, months.COL_DATE), "tanggal 40")
    assert "bukan tanggal" in editor.message.text()
    env.stack.undo()  # back to 31-03
    qtbot.waitUntil(lambda: months.target(3).completed_on == dt.date(2024, 3, 31))
    env.stack.undo()
    env.stack.undo()
    qtbot.waitUntil(lambda: months.target(4) is None and not months.target(3).done)
    # clearing an expected output removes the month target
    assert months.setData(months.index(5, months.COL_OUTPUT), "")
    qtbot.waitUntil(lambda: months.target(6) is None)


def test_fields_add_move_remove_and_link_to_an_indicator(planning_env, qtbot):
    env = planning_env
    editor, unit = _editor(env)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.model.rowCount() == 13)
    new_id = editor.current_id()
    assert editor.model.row_of(new_id) == 12
    name = editor.text_edits["name"]
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "PENINGKATAN PELAYANAN PUBLIK")
    name.flush()
    qtbot.waitUntil(lambda: editor.current_line().name == "PENINGKATAN PELAYANAN PUBLIK")
    editor.text_edits["related_agencies"].setPlainText("INSPEKTORAT\nBAPPEDA")
    editor.text_edits["related_agencies"].flush()
    qtbot.waitUntil(lambda: editor.current_line().related_agencies == "INSPEKTORAT\nBAPPEDA")
    assert editor.model.index(12, editor.model.COL_RELATED).data() == "INSPEKTORAT · BAPPEDA"
    editor.capaian_edit.setText("87,5")
    editor.capaian_edit.flush()
    qtbot.waitUntil(lambda: str(editor.current_line().capaian) == "87.5")
    editor.capaian_edit.setText("banyak")
    editor.capaian_edit.flush()
    assert "bukan angka" in editor.message.text()
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.model.row_of(new_id) == 11)
    assert editor.current_id() == new_id
    walikota_choice = editor.indicator_combo.itemData(1)
    assert editor.link_indicator(walikota_choice)
    qtbot.waitUntil(lambda: editor.current_line().indicator_id == walikota_choice)
    assert editor.model.index(11, editor.model.COL_INDICATOR).data().startswith("Uus Kuswanto")
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.model.row_of(new_id) < 0)
    env.stack.undo()
    qtbot.waitUntil(lambda: editor.model.row_of(new_id) == 11)


def test_a_row_linked_to_a_signed_agreement_keeps_its_plan_frozen(planning_env, qtbot):
    env = planning_env
    editor, unit = _editor(env)
    editor.link_indicator(editor.indicator_combo.itemData(1))
    qtbot.waitUntil(lambda: editor.current_line().indicator_id is not None)
    set_status(env.db, agreement_id_of(env.db, "Uus Kuswanto"), "signed")
    editor.reload()
    line = editor.current_line()
    assert line.locked and editor.banner.isVisible()
    assert editor.text_edits["name"].isReadOnly() and not editor.indicator_combo.isEnabled()
    months = editor.month_model
    assert not months.flags(months.index(2, months.COL_OUTPUT)) & Qt.ItemFlag.ItemIsEditable
    assert not editor.remove_button.isEnabled()
    # progress is still recorded
    assert months.setData(
        months.index(2, months.COL_DONE), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.waitUntil(lambda: months.target(3).done)
    assert "🔒" in editor.model.index(0, editor.model.COL_INDICATOR).data()

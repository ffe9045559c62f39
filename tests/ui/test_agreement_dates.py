"""Date fields of the agreement: calendars open at the agreement's year; the DPA date is a
field that saves through the services, undoes, is audited and feeds the deadline rule."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt

from app.services import agreement_read, history, scoring

from app.ui.widgets.date_field import DateField, default_day, open_month

from .helpers import BKD_PK

TODAY = dt.date(2024, 1, 15)


def _open_popup(qtbot, field: DateField) -> None:  # type: ignore[no-untyped-def]
    """Click the field's arrow as a user would."""
    field.setFocus()
    qtbot.mouseClick(
        field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 6, field.height() // 2)
    )
    qtbot.waitUntil(field.calendarWidget().isVisible)


def test_empty_calendar_opens_in_the_given_year(qtbot):
    field = DateField("probe")
    qtbot.addWidget(field)
    field.set_year(2031)
    field.show()
    qtbot.waitExposed(field)
    assert field.day() is None
    _open_popup(qtbot, field)
    calendar = field.calendarWidget()
    assert (calendar.yearShown(), calendar.monthShown()) == (2031, 1)
    # A filled field opens at its own date, whatever year it was told.
    calendar.window().hide()
    field.set_day(dt.date(2029, 7, 4))
    _open_popup(qtbot, field)
    assert (calendar.yearShown(), calendar.monthShown()) == (2029, 7)


def test_open_month_and_default_day():
    today = dt.date(2026, 12, 2)
    assert open_month(2027, today) == (2027, 1)
    assert open_month(2026, today) == (2026, 12)
    assert open_month(None, today) == (2026, 12)
    assert default_day(2024, today) == dt.date(2024, 1, 1)
    assert default_day(2026, today) == today


def test_dpa_date_is_saved_undone_audited_and_clears_the_deadline_hint(demo_window, qtbot):
    window = demo_window
    assert window.select_path(BKD_PK)
    editor = window.agreement_editor
    agreement_id = editor.detail.id
    assert editor.detail.dpa_date is None
    ids = [f.message_id for f in scoring.agreement_findings(window.db, agreement_id, today=TODAY)]
    assert "deadline_pk_dpa_unknown" in ids
    # The finding leads to the field.
    assert editor.focus_field("dpa_date")
    assert editor.tabs.currentIndex() == editor.TAB_PARTIES
    field = editor.dpa_date
    assert field.specialValueText() == "belum ditetapkan"
    _open_popup(qtbot, field)
    calendar = field.calendarWidget()
    # The 2024 PK's calendar opens in 2024, not in today's year nor in the sentinel 2000.
    assert calendar.yearShown() == 2024
    calendar.setCurrentPage(2024, 2)
    calendar.clicked.emit(QDate(2024, 2, 5))
    qtbot.waitUntil(lambda: editor.detail.dpa_date == dt.date(2024, 2, 5))
    stored = agreement_read.agreement_detail(window.db, agreement_id)
    assert stored.dpa_date == dt.date(2024, 2, 5)
    messages = [
        f.message_id for f in scoring.agreement_findings(window.db, agreement_id, today=TODAY)
    ]
    assert "deadline_pk_dpa_unknown" not in messages
    assert any(m.startswith("deadline_pk_after_dpa") for m in messages)
    entry = next(e for e in history.agreement_history(window.db, agreement_id) if e.field)
    assert entry.field == "dpa_date" and entry.new_value.startswith("2024-02-05")
    assert window.act_undo.text().endswith("Ubah tanggal pengesahan DPA")
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: editor.detail.dpa_date is None)
    assert field.day() is None
    window.act_redo.trigger()
    qtbot.waitUntil(lambda: editor.detail.dpa_date == dt.date(2024, 2, 5))


def test_signing_date_calendar_opens_at_the_agreement_year(demo_window, qtbot):
    window = demo_window
    assert window.select_path(BKD_PK)
    editor = window.agreement_editor
    editor.tabs.setCurrentIndex(editor.TAB_PARTIES)
    if editor.detail.signing_date is None:
        _open_popup(qtbot, editor.date)
        assert editor.date.calendarWidget().yearShown() == 2024
    else:
        assert editor.date.day() == editor.detail.signing_date

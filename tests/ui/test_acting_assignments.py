"""Plt./Plh./Pj. in the officials form: added with dates, ended, removed, each undoable and
audited; the prefix follows the official onto the official page, the cascade tree, a new PK and
its print."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from sqlalchemy import select

from app.models import AuditEntry
from app.models.database import open_database
from app.services import agreement_read, printing, search, unit_pages

OFFICIAL = "BKD/Maria Qibtya"


def test_acting_assignment_from_the_officials_form_to_the_printed_pk(
    demo_db_path, window_factory, qtbot
):
    window = window_factory(open_database(demo_db_path, user="tester"))
    db = window.db
    official_id = search.resolve_tree_path(db, OFFICIAL)[1]
    form = window.organisation.edit_official(official_id)
    panel = form.acting
    assert panel is not None and panel.model.rowCount() == 0
    # The dates open at the right year; an end before the start is refused in one sentence.
    panel.prefix.setCurrentIndex(panel.prefix.findData("Plt."))
    panel.position_title.setText("Sekretaris Daerah Provinsi DKI Jakarta")
    year = dt.date.today().year
    panel.start.set_day(dt.date(year, 3, 1))
    panel.end.set_day(dt.date(year, 2, 1))
    assert not panel.add()
    assert panel.message.text() and panel.model.rowCount() == 0
    panel.end.set_day(None)
    assert panel.add()
    assert panel.model.rowCount() == 1 and panel.message.text() == ""
    assert window.act_undo.text().endswith("Tetapkan Plt. Sekretaris Daerah Provinsi DKI Jakarta")
    row = unit_pages.acting_rows(db, official_id)[0]
    assert (row.prefix, row.end_date) == ("Plt.", None)
    # End it on a chosen day; undo puts the open end back.
    panel.select_row(0)
    panel.end.set_day(dt.date(year, 12, 31))
    assert panel.end_selected()
    assert unit_pages.acting_rows(db, official_id)[0].end_date == dt.date(year, 12, 31)
    window.act_undo.trigger()
    assert unit_pages.acting_rows(db, official_id)[0].end_date is None
    form.reject()

    # The official page shows the acting title before the definitive one.
    assert window.select_path(OFFICIAL)
    qtbot.waitUntil(lambda: window.official_page.position.text().startswith("Plt. Sekretaris"))
    # The cascade tree names the official with the prefix too, as the PK subtitle does.
    assert window.tree_pane.tree.currentIndex().data() == "Maria Qibtya (Plt.)"

    # A new PK for this year carries the prefix and the acting title, and prints them.
    dialog = window.new_agreement_for(official_id)
    dialog.year.setValue(year)
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    agreement_id = window._current_agreement_id()
    detail = agreement_read.agreement_detail(db, agreement_id)
    assert detail.owner_prefix == "Plt."
    assert detail.owner_title == "Sekretaris Daerah Provinsi DKI Jakarta"
    assert "(Plt.)" in window.agreement_editor.subtitle.text()
    pdf = printing.render_selection(db, agreement_id, ["pernyataan"])
    text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert "Plt. Sekretaris Daerah Provinsi DKI Jakarta" in " ".join(text.split())

    # Removing the assignment is undoable; the changes are in the audit log.
    form = window.organisation.edit_official(official_id)
    form.acting.select_row(0)
    assert form.acting.remove_selected()
    assert form.acting.model.rowCount() == 0 and unit_pages.acting_rows(db, official_id) == ()
    window.act_undo.trigger()
    form.acting.reload()
    assert form.acting.model.rowCount() == 1
    form.reject()
    with db.session() as session:
        audited = list(
            session.scalars(select(AuditEntry).where(AuditEntry.entity == "acting_assignments"))
        )
    assert {e.operation for e in audited} >= {"insert", "update"}

"""A signed PK looks read-only (banner, greyed fields) and every disabled action says why;
a scan can still be attached to it."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from app.engine.enums import READONLY_STATUSES
from app.models import enums, signed_guard
from app.services import agreement_read, versions

from app.ui.shell.availability import Reasons, Selection

from .helpers import BKD_PK, SATISFACTION

PDF = b"%PDF-1.7\n% printed for the test\n"
BANNER = "Ditandatangani — hanya baca; gunakan Addendum untuk mengubah."


def _unexplained(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Disabled actions and visible buttons of the window whose tooltip does not say why."""
    out = []
    for action in window.findChildren(QAction):
        if action.isSeparator() or action.menu() is not None or not action.objectName():
            continue
        if not action.isEnabled() and action.toolTip() in ("", action.text().replace("&", "")):
            out.append(action.objectName())
    for button in window.findChildren(QPushButton):
        if button.isVisible() and not button.isEnabled() and not button.toolTip():
            out.append(button.objectName() or button.text())
    return out


def test_locked_statuses_have_one_source():
    assert {s.value for s in enums.LOCKED_STATUSES} == READONLY_STATUSES
    assert signed_guard.LOCKED is READONLY_STATUSES


def test_a_signed_agreement_shows_the_banner_greys_its_fields_and_still_takes_a_scan(
    demo_window, qtbot, tmp_path
):
    window = demo_window
    assert window.select_path(BKD_PK)
    editor = window.agreement_editor
    assert not editor.lock_banner.isVisible()
    assert editor.place.isEnabled() and editor.dpa_date.isEnabled()
    # Final, not signed: Addendum is greyed and says why, in the menu and the versions tab.
    planning = window.planning
    assert not planning.act_addendum.isEnabled()
    assert planning.act_addendum.toolTip() == ("Addendum hanya untuk PK yang sudah ditandatangani.")
    assert window.menu_agreement.toolTipsVisible()
    assert not window.act_finalize.isEnabled()
    assert "final" in window.act_finalize.toolTip()
    assert _unexplained(window) == []

    versions.sign_agreement(window.db, editor.detail.id, printed_pdf=PDF)
    window.act_recompute.trigger()
    qtbot.waitUntil(lambda: editor.detail.status == "signed")
    assert editor.lock_banner.isVisible() and editor.lock_banner.text() == BANNER
    for field in (
        editor.place,
        editor.date,
        editor.dpa_date,
        editor.year,
        editor.unit,
        editor.owner.person,
        editor.owner.title,
        editor.superior.person,
    ):
        assert not field.isEnabled(), field.objectName()
    assert not editor.goal_model.editable
    assert not editor.add_goal_button.isEnabled()
    assert "Addendum" in editor.add_goal_button.toolTip()
    assert planning.act_addendum.isEnabled() and not planning.act_sign.isEnabled()
    assert "ditandatangani" in planning.act_sign.toolTip()
    editor.tabs.setCurrentIndex(editor.TAB_PARTIES)
    assert _unexplained(window) == []
    # The scan of the signed copy usually arrives after signing: attach it, undo, redo.
    editor.tabs.setCurrentIndex(editor.TAB_SCANS)
    assert editor.add_scan_button.isEnabled()
    scan = tmp_path / "PK-ttd.pdf"
    scan.write_bytes(b"%PDF-1.4 the signed copy")
    before = editor.scan_model.rowCount()
    assert editor.attach_scan(str(scan))
    qtbot.waitUntil(lambda: editor.scan_model.rowCount() == before + 1)
    detail = agreement_read.agreement_detail(window.db, editor.detail.id)
    assert "PK-ttd.pdf" in [a.file_name for a in detail.attachments]
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: editor.scan_model.rowCount() == before)
    window.act_redo.trigger()
    qtbot.waitUntil(lambda: editor.scan_model.rowCount() == before + 1)
    # Its IKU shows the same banner; realisations stay open.
    assert window.select_path(SATISFACTION)
    indicator = window.indicator_editor
    assert indicator.lock_banner.isVisible()
    assert indicator.lock_banner.text().startswith(BANNER)
    assert not indicator.fields["name"].isEnabled()
    assert indicator.values_model.realisations_editable


def test_reasons_in_english(window_factory, demo_db_path):  # type: ignore[no-untyped-def]
    from app.models.database import open_database

    window = window_factory(open_database(demo_db_path, user="tester"), lang="en")
    assert window.select_path(BKD_PK)
    assert window.planning.act_addendum.toolTip() == ("An addendum is only for a signed agreement.")
    assert not window.agreement_editor.lock_banner.isVisible()


def test_each_reason_names_the_missing_step(qtbot):  # type: ignore[no-untyped-def]
    reasons = Reasons()
    nothing = Selection()
    assert reasons.finalize(nothing) == "Buka basis data terlebih dahulu."
    read_only = Selection(database=True, kind="agreement", status="draft")
    assert reasons.finalize(read_only) == "Basis data dibuka hanya-baca."
    unit = Selection(database=True, writable=True, kind="unit")
    assert reasons.new_agreement(unit).startswith("Pilih pejabat")
    assert reasons.view_agreement(unit) == "Pilih sebuah Perjanjian Kinerja di pohon."
    draft = Selection(database=True, writable=True, kind="agreement", status="draft")
    assert reasons.finalize(draft) is None
    assert reasons.sign(draft).startswith("Finalkan PK")
    signed = Selection(database=True, writable=True, kind="goal", status="signed")
    assert reasons.amend(signed).startswith("Sudah ada addendum")
    assert reasons.amend(Selection(**{**_fields(signed), "can_amend": True})) is None
    assert reasons.attach_scan(signed) is None
    assert "Addendum" in reasons.edit_content(signed)
    assert reasons.action_plan(signed).startswith("Pilih sebuah IKU")


def _fields(selection: Selection) -> dict:  # type: ignore[type-arg]
    return {name: getattr(selection, name) for name in Selection.__slots__}


def test_a_read_only_database_says_so_on_every_greyed_action(window_factory, demo_db_path):  # type: ignore[no-untyped-def]
    from app.models.database import open_database

    first = open_database(demo_db_path, user="tester")
    second = open_database(demo_db_path, user="tester", when_in_use="read_only")
    window = window_factory(second)
    assert window.select_path("BKD/Maria Qibtya")
    assert not window.act_new.isEnabled()
    assert window.act_new.toolTip() == "Basis data dibuka hanya-baca."
    menu = window.organisation.menu_for(window.current_node())
    actions = [a for a in menu.actions() if a.text()]
    assert actions and all(not a.isEnabled() for a in actions)
    assert {a.toolTip() for a in actions} == {"Basis data dibuka hanya-baca."}
    assert window.select_path(BKD_PK)
    assert window.printing.act_print.isEnabled()  # reading and printing still work
    assert _unexplained(window) == []
    first.close()

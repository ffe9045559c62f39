"""Issue 10: a new office's January job on screen, from an empty database to a printed and
signed PK — first-run page, unit and officials through the tree's forms, the new PK, the
rules refusing Finalkan and then clearing, Berkas › Cetak… on F4 read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from pypdf import PdfReader

from PySide6.QtCore import QDate

from app.models.database import open_database
from app.services import agreements, office, organisation, scoring

HEAD_NIP = "196507191985032002"


def _fill_setup(page) -> None:  # type: ignore[no-untyped-def]
    page.profile.setCurrentIndex(page.profile.findData("dki"))
    page.unit_name.setText("Badan Kepegawaian Daerah")
    page.head_name.setText("Maria Qibtya")
    page.head_rank.setText("Pembina Utama Muda (IV/c)")
    page.head_title.setText("Kepala Badan Kepegawaian Daerah")
    page.head_level.setCurrentIndex(page.head_level.findData("jpt_pratama"))


def _errors(db, agreement_id):  # type: ignore[no-untyped-def]
    return {
        f.message_id
        for f in scoring.agreement_findings(db, agreement_id)
        if f.severity.value == "error"
    }


def test_a_new_office_from_an_empty_database_to_a_signed_pk(
    window_factory, qtbot, tmp_path: Path
) -> None:
    db = open_database(tmp_path / "kantor.sqlite", user="tim-sakip")
    window = window_factory(db)
    page = window.setup.page
    assert page is not None and window.editors.currentWidget() is page
    page.profile.setCurrentIndex(page.profile.findData("dki"))
    assert page.government.text() == office.defaults("dki").government_name != ""

    # A wrong NIP is named while typing, and refused without writing anything.
    _fill_setup(page)
    qtbot.keyClicks(page.head_nip, "19651319 198503 2 002")
    assert page.nip_status.isVisible() and "tanggal lahir" in page.nip_status.text()
    assert not page.start()
    assert "tanggal lahir" in page.message.text() and office.is_first_run(db)
    page.head_nip.setText(HEAD_NIP)
    assert not page.nip_status.isVisible()
    assert page.start()
    qtbot.waitUntil(lambda: window.current_node() is not None)
    head = window.current_node()
    assert (head.kind, head.label.startswith("Maria Qibtya")) == ("official", True)
    assert window.setup.page is None

    # The Kepala Daerah as the second official, through the right-click menu's form.
    settings = office.get_settings(db)
    government_id = next(
        u["id"]
        for u in (organisation.unit_fields(db, r.id) for r in _units(db))
        if u["kind"] == "government"
    )
    menu = window.organisation.menu_for(
        window.tree_pane.model.index_of("unit", government_id).data(_node_role())
    )
    texts = [a.text() for a in menu.actions() if a.text()]
    assert "Tambah pejabat…" in texts and "Tambah sub-unit…" in texts
    form = window.organisation.add_official(government_id)
    form.name.setText("Heru Budi Hartono")
    form.title.setText("Pj. Gubernur Daerah Khusus Ibukota Jakarta")
    form.level.setCurrentIndex(form.level.findData("gubernur"))
    with qtbot.waitSignal(form.finished):
        assert form.try_accept()
    heru = window.current_node().id

    # Maria reports to Heru; making Heru report to Maria is a loop, refused in the form.
    form = window.organisation.edit_official(head.id)
    form.superior.setCurrentIndex(form.superior.findData(heru))
    with qtbot.waitSignal(form.finished):
        assert form.try_accept()
    form = window.organisation.edit_official(heru)
    form.superior.setCurrentIndex(form.superior.findData(head.id))
    assert not form.try_accept()
    assert "Maria Qibtya sudah berada di bawah Heru Budi Hartono" in form.message.text()
    form.reject()
    assert window.act_undo.text().endswith("Ubah pejabat")

    # The new PK for the head, from the official's menu entry.
    dialog = window.new_agreement_for(head.id)
    dialog.year.setValue(2025)
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    qtbot.waitUntil(lambda: window._current_agreement_id() is not None)
    agreement_id = window._current_agreement_id()
    editor = window.agreement_editor
    assert editor.detail.signing_place == settings.signing_place  # from the office settings
    assert _errors(db, agreement_id) >= {"agreement_no_goal", "agreement_no_signing_date"}

    # Finalkan refused, the rules panel says what to add.
    assert not window.finalize()
    qtbot.waitUntil(lambda: window.rules.error_count() > 0, timeout=10000)
    panel = {r.finding.message_id for r in window.rules.model.rows()}
    assert {"agreement_no_goal", "agreement_no_signing_date"} <= panel

    # Sasaran and IKU on screen, metadata and targets, the signing date.
    editor.add_goal_button.click()
    qtbot.waitUntil(lambda: editor.detail is not None and len(editor.detail.goals) == 1)
    assert "goal_no_indicator" in _errors(db, agreement_id)
    goal_id = editor.detail.goals[0].id
    editor.select_item("goal", goal_id)
    window.act_add_indicator.trigger()
    qtbot.waitUntil(lambda: editor.detail.indicator_count() == 1)
    indicator_id = editor.detail.goals[0].indicators[0].id
    agreements.update_indicator(
        db,
        indicator_id,
        name="Indeks Sistem Merit",
        unit_of_measure="Indeks",
        polarity="maximize",
        period_consolidation="last",
        validity="exact",
        control="moderate",
        measuring_period="quarterly",
        definition="Penilaian penerapan sistem merit oleh KASN",
        formula="Nilai hasil penilaian KASN",
    )
    for quarter, target in (("TW1", "300"), ("TW2", "310"), ("TW3", "315"), ("TW4", "320")):
        agreements.set_period_values(db, indicator_id, quarter, target=target)
    agreements.set_period_values(db, indicator_id, "annual", target="320")
    window.select("agreement", agreement_id)
    editor.tabs.setCurrentIndex(editor.TAB_PARTIES)
    editor.date.setDate(QDate(2025, 1, 31))
    qtbot.waitUntil(lambda: editor.detail.signing_date == dt.date(2025, 1, 31))
    assert not _errors(db, agreement_id) & {
        "agreement_no_goal",
        "goal_no_indicator",
        "agreement_no_superior",
        "agreement_no_signing_place",
        "agreement_no_signing_date",
    }
    assert _errors(db, agreement_id) == set()
    assert window.finalize()

    # Berkas › Cetak…: the PK set on F4, written off the UI thread, previewed, saved.
    assert window.printing.act_print.isEnabled()
    dialog = window.printing.open_dialog()
    assert dialog is not None
    dialog.paper.setCurrentIndex(dialog.paper.findData("f4"))
    dialog.copies.setChecked(True)
    with qtbot.waitSignal(dialog.rendered, timeout=60000):
        dialog.make_button.click()
    assert dialog.pages_layout.count() == dialog.result_pdf.pages >= 2
    saved = dialog.save_to(str(tmp_path / "pk-bkd-2025.pdf"))
    reader = PdfReader(io.BytesIO(saved.read_bytes()))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Maria Qibtya" in text and "Heru Budi Hartono" in text
    assert "19650719 198503 2 002" in text or HEAD_NIP in text
    assert "DRAF" not in text  # final, not a draft
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert round(float(min(width, height)) / 72 * 25.4) == 215  # F4
    assert round(float(max(width, height)) / 72 * 25.4) == 330
    dialog.close()

    # Mark signed with the printed copy.
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan of the signed copy")
    label_before = str(window.tree_pane.tree.currentIndex().data())
    sign = window.planning.sign()
    qtbot.waitUntil(lambda: sign.pdf is not None, timeout=30000)
    sign.scan.setText(str(scan))
    with qtbot.waitSignal(sign.finished):
        sign.ok_button.click()
    qtbot.waitUntil(lambda: editor.detail is not None and editor.detail.status == "signed")
    # The tree says so too, without a reload.
    tree = window.tree_pane.tree
    assert label_before.startswith("PK 2025 · Final")
    qtbot.waitUntil(lambda: "Ditandatangani" in str(tree.currentIndex().data()), timeout=10000)


def test_a_draft_prints_with_the_draf_mark(demo_window, qtbot) -> None:
    window = demo_window
    assert window.select_path("JAKBAR/Uus Kuswanto/2024")
    dialog = window.printing.open_dialog()
    dialog.set_documents(["pernyataan"])
    with qtbot.waitSignal(dialog.rendered, timeout=60000):
        dialog.make_button.click()
    assert dialog.result_pdf.draft and "DRAF" in dialog.status.text()
    text = PdfReader(io.BytesIO(dialog.result_pdf.content)).pages[0].extract_text()
    assert "DRAF" in text
    dialog.close()


def _units(db):  # type: ignore[no-untyped-def]
    from app.services import queries

    return queries.list_units(db)


def _node_role() -> int:
    from app.ui.shell.cascade_tree_model import NODE_ROLE

    return int(NODE_ROLE)

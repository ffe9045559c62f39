"""Issue 10 item 6: the new screens (first run, organisation forms and menus, print dialog,
office settings) hold no Indonesian word when English is chosen, and no English word in
Indonesian. Texts are read from the widgets a screenshot shows (labels, buttons, group
titles, menu entries, placeholders), not from the data typed into them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QMenu, QWidget

from app.models.database import open_database

INDONESIAN = (
    "basis data",
    "kantor",
    "tambah",
    "pejabat",
    "simpan",
    "cetak",
    "nama",
    "jabatan",
    "mulai",
    "buka",
    "pilih",
    "tanpa",
    "pertama",
    "profil",
    "dokumen",
    "kertas",
    "tutup",
    "ubah",
    "atasan",
    "induk",
    "jenis",
    "pengaturan",
    "tempat",
    "periode",
    "halaman",
)
ENGLISH = (
    "add",
    "save",
    "print",
    "name",
    "settings",
    "open",
    "choose",
    "start",
    "office",
    "edit",
    "retire",
    "close",
    "paper",
    "documents",
    "position",
    "superior",
    "parent",
    "kind",
)


def texts(widget: QWidget) -> list[str]:
    out: list[str] = [widget.windowTitle()]
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget) and "NIP '" not in label.text():
            out.append(label.text())
    out += [b.text() for b in widget.findChildren(QAbstractButton)]
    out += [b.title() for b in widget.findChildren(QGroupBox)]
    out += [e.placeholderText() for e in widget.findChildren(QLineEdit)]
    return [t for t in out if t]


def words_in(found: list[str], words: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(w, t) for t in found for w in words if re.search(rf"\b{re.escape(w)}\b", t.casefold())]


def _screens(window, qtbot):  # type: ignore[no-untyped-def]
    page = window.setup.page
    yield page
    page.unit_name.setText("Badan Kepegawaian Daerah")
    page.head_name.setText("Maria Qibtya")
    page.head_title.setText("Kepala Badan Kepegawaian Daerah")
    assert page.start()
    head = window.current_node()
    yield window.organisation.menu_for(head)
    form = window.organisation.edit_official(head.id)
    yield form
    form.reject()
    units = window.organisation.add_unit(None)
    yield units
    units.reject()
    settings = window.setup.open_settings()
    yield settings
    settings.reject()
    dialog = window.new_agreement_for(head.id)
    dialog.accept()
    qtbot.waitUntil(lambda: window._current_agreement_id() is not None)
    printing = window.printing.open_dialog()
    yield printing
    printing.close()


@pytest.mark.parametrize(("lang", "forbidden"), [("en", INDONESIAN), ("id", ENGLISH)])
def test_new_screens_speak_one_language(window_factory, qtbot, tmp_path: Path, lang, forbidden):
    db = open_database(tmp_path / "kantor.sqlite", user="t")
    window = window_factory(db, lang=lang)
    problems = []
    for screen in _screens(window, qtbot):
        if isinstance(screen, QMenu):
            found = [a.text() for a in screen.actions() if a.text()]
        else:
            found = texts(screen)
        assert len(found) >= 3, screen  # the screen's texts were read
        problems += words_in(found, forbidden)
    assert problems == []

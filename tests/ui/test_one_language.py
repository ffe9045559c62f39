"""Issue 10 item 6: the principal screens speak one language. Every visible widget's texts
(labels, buttons, tabs, group titles, placeholders, tooltips, table and tree headers and
cells, combo items, menu and toolbar actions) are read from the window on the demo database,
the database's own texts (Indonesian names of units, officials, sasaran, IKU…) are taken
out, and what is left must hold no Indonesian word in English, and no English word in
Indonesian.

Kept in Indonesian in English on purpose (the regulation's names, not words of the
interface): Perjanjian Kinerja / PK, IKU, KSD, Rencana Aksi (as a document name), NIP,
TW I–IV, Pihak Pertama/Kedua, pangkat/golongan names, Plt./Plh./Pj., Tim SAKIP, the unit
kinds and levels the regulation names (JPT Pratama, Pelaksana …), and the method terms the
metadata sheet prints in English in both languages (Exact, Proxy, High, Sum, Take Last
Known, Maximize …).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from app.models.database import open_database
from tests.stored_texts import stored_texts, without

from .helpers import BKD_PK, SATISFACTION

INDONESIAN = (
    "sasaran",
    "simpan",
    "batal",
    "tahun",
    "pejabat",
    "unit kerja",
    "cetak",
    "berkas",
    "draf",
    "ditandatangani",
    "tambah",
    "hapus",
    "ubah",
    "pilih",
    "tutup",
    "bantuan",
    "pengaturan",
    "bahasa",
    "urungkan",
    "ulangi",
    "capaian",
    "realisasi",
    "bobot",
    "nilai",
    "triwulan",
    "kritis",
    "tercapai",
    "mendekati",
    "melampaui",
    "galat",
    "peringatan",
    "petunjuk",
    "aturan",
    "dasbor",
    "periode",
    "jenis",
    "nama",
    "jabatan",
    "atasan",
    "kertas",
    "dokumen",
    "tanggal",
    "belum",
    "tidak",
    "dengan",
    "untuk",
    "yang",
    "dari",
    "pada",
    "dan",
    "atau",
)
ENGLISH = (
    "save",
    "cancel",
    "file",
    "print",
    "year",
    "draft",
    "signed",
    "settings",
    "edit",
    "help",
    "open",
    "close",
    "add",
    "delete",
    "remove",
    "undo",
    "redo",
    "goal",
    "goals",
    "indicator",
    "achievement",
    "weight",
    "score",
    "dashboard",
    "language",
    "quarter",
    "rules",
    "error",
    "warning",
    "new",
    "name",
    "position",
    "superior",
    "paper",
    "the",
    "and",
    "of",
    "with",
)


def _columns(model: object, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)  # type: ignore[attr-defined]
    except TypeError:  # a list model (a completer's): one column, private in PySide
        return 1


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        root = QModelIndex()
        count = _columns(model, root) if orientation == Qt.Orientation.Horizontal else 0
        if orientation == Qt.Orientation.Vertical:
            count = min(model.rowCount(root), 40)
        for section in range(count):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield value

    def walk(parent: QModelIndex, depth: int) -> Iterator[str]:
        for row in range(min(model.rowCount(parent), 40)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield value
            if depth < 4 and model.rowCount(model.index(row, 0, parent)) > 0:
                yield from walk(model.index(row, 0, parent), depth + 1)

    yield from walk(QModelIndex(), 0)


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield action.text()
        yield action.toolTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def visible_texts(root: QWidget) -> list[str]:
    """What a person sees in `root` (and may hover for): widgets hidden from it are skipped."""
    out: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        out.append(widget.toolTip())
        if isinstance(widget, QLabel):
            out.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            out.append(widget.text())
        elif isinstance(widget, QGroupBox):
            out.append(widget.title())
        elif isinstance(widget, QLineEdit):
            out.append(widget.placeholderText())
        elif isinstance(widget, QTextEdit):
            out.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            out += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                out += [widget.tabText(i), widget.tabToolTip(i)]
        elif isinstance(widget, QAbstractItemView):
            out += list(_model_texts(widget))
        for action in widget.actions():
            out += [action.text(), action.toolTip()]
            if action.menu() is not None:
                out += list(_menu_texts(action.menu()))
    return [t for t in out if t]


def _profile_names() -> list[str]:
    import json

    from app.paths import resource_path

    return [
        json.loads(p.read_text("utf-8"))["name"] for p in resource_path("profiles").glob("*.json")
    ]


# Each language's name is written in that language (Settings › Language); a regional
# profile is named by its regulation's format; a key is named as printed on it; a command
# is typed as it is.
OWN_NAMES = ["Bahasa Indonesia", "English", *_profile_names(), "Delete", "pk-desk score"]


def words_in(texts: list[str], words: tuple[str, ...], stored: list[str]) -> list[str]:
    """`word: text` for each forbidden word left once the data's own texts are removed."""
    problems = []
    removed = sorted([*stored, *OWN_NAMES], key=len, reverse=True)
    for raw in texts:
        text = html.unescape(re.sub(r"<[^>]+>", " ", raw)).replace("&", "")
        if not any(re.search(rf"\b{w}\b", text.casefold()) for w in words):
            continue
        text = without(text, removed)
        text = re.sub(r"(?<!\w)(/[\w.-]+){2,}", " ", text)  # file paths
        folded = text.casefold()
        problems += [
            f"{w}: {text.strip()[:200]!r}" for w in words if re.search(rf"\b{w}\b", folded)
        ]
    return problems


def _tabs(tabs: QTabWidget, qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.wait(20)
        yield


def principal_screens(window, qtbot, kept: list[str]) -> Iterator[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    """The main window as each principal screen shows it, then the dialogs on top of it;
    `kept` receives the printed documents' titles (their names stay Indonesian)."""
    from app.ui.shell.background import runner

    def settle() -> None:
        qtbot.waitUntil(lambda: not runner().busy, timeout=20000)
        qtbot.wait(50)

    settle()
    yield "start", window
    assert window.select_path("BKD")
    settle()
    planning = window.planning
    for _ in _tabs(planning.unit_tabs, qtbot):  # the unit page, dashboard, KSD …
        settle()
        yield f"unit tab {planning.unit_tabs.currentIndex()}", window
    planning.show_dashboard()
    settle()
    yield "dashboard", window
    planning.show_ksd()
    settle()
    yield "ksd", window
    assert window.select_path(BKD_PK)
    settle()
    editor = window.agreement_editor
    for _ in _tabs(editor.tabs, qtbot):
        settle()
        yield f"agreement tab {editor.tabs.currentIndex()}", window
    assert window.select_path(SATISFACTION)
    settle()
    indicator = window.indicator_editor
    for _ in _tabs(indicator.tabs, qtbot):
        settle()
        yield f"indicator tab {indicator.tabs.currentIndex()}", window
    assert window.select_path(BKD_PK)
    settle()
    printing = window.printing.open_dialog()
    assert printing is not None
    documents = printing.documents
    kept += [documents.item(i).text() for i in range(documents.count())]
    yield "print dialog", printing
    printing.close()
    settings = window.setup.open_settings()
    assert settings is not None
    yield "settings", settings
    settings.reject()
    inbox = window.province.open_inbox()
    assert inbox is not None
    yield "bundle inbox", inbox
    inbox.close()
    window.select_path("BKD")
    node = window.current_node()
    yield "unit menu", window.organisation.menu_for(node)
    units = window.organisation.edit_unit(node.id)
    yield "unit form", units
    units.reject()
    official = window.organisation.add_official(node.id)
    yield "official form", official
    official.reject()
    box = QMessageBox(QMessageBox.Icon.Question, "", "", parent=window)
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Close
    )
    box.show()
    yield "Qt's own buttons", box
    box.close()
    files = window.choose_database()  # Qt's own file dialog (widgets, not the system's)
    files.setDirectory(str(window.paths.data_dir))
    kept += [part for part in window.paths.data_dir.parts if len(part) > 1]  # "Look in" names them
    qtbot.wait(100)
    yield "file dialog", files
    files.reject()


@pytest.mark.parametrize(("lang", "forbidden"), [("en", INDONESIAN), ("id", ENGLISH)])
def test_principal_screens_speak_one_language(
    window_factory, qtbot, demo_db_path: Path, lang: str, forbidden: tuple[str, ...]
) -> None:
    stored = stored_texts(demo_db_path)
    window = window_factory(open_database(demo_db_path, user="tester"), lang=lang)
    window.resize(1400, 900)
    problems: dict[str, list[str]] = {}
    read = 0
    for name, screen in principal_screens(window, qtbot, stored):
        if isinstance(screen, QMenu):
            found = list(_menu_texts(screen))
        else:
            found = visible_texts(screen)
        read += len(found)
        assert len(found) >= 3, name  # the screen's texts were read
        if bad := words_in(found, forbidden, stored):
            problems[name] = sorted(set(bad))
    assert read > 500
    assert "\n".join(f"{k}: {v}" for k, v in problems.items()) == ""


@pytest.mark.parametrize(("lang", "forbidden"), [("en", INDONESIAN), ("id", ENGLISH)])
def test_setup_page_speaks_one_language(
    window_factory, tmp_path: Path, lang: str, forbidden: tuple[str, ...]
) -> None:
    db = open_database(tmp_path / "kosong.sqlite", user="t")
    window = window_factory(db, lang=lang)
    found = visible_texts(window)
    assert len(found) > 30
    assert "\n".join(words_in(found, forbidden, [])) == ""


def test_undo_labels_follow_the_language(window_factory, qtbot, demo_db_path: Path) -> None:
    from .helpers import type_into_cell

    window = window_factory(open_database(demo_db_path, user="tester"), lang="en")
    assert window.select_path(SATISFACTION)
    editor = window.indicator_editor
    type_into_cell(qtbot, editor.grid, editor.values_model.cell("actual", "TW2"), "90")
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1)
    assert window.act_undo.text().startswith("&Undo Change")
    assert words_in([window.act_undo.text()], INDONESIAN, []) == []

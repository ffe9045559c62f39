"""Indonesian by default, English by a setting; translations cover every interface string."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.paths import resource_path

from app.ui.shell.i18n import TsTranslator

from .helpers import SATISFACTION


def test_english_switch_changes_menu_texts(demo_window, qtbot):
    window = demo_window
    assert window.menu_file.title() == "&Berkas"
    assert window.act_finalize.text() == "&Finalkan"
    window.set_language("en")
    assert window.menu_file.title() == "&File"
    assert window.menu_edit.title() == "&Edit"
    assert window.act_finalize.text() == "&Finalise"
    assert window.act_new.text() == "&New Performance Agreement…"
    assert window.settings.language == "en"
    assert window.select_path(SATISFACTION)
    editor = window.indicator_editor
    assert editor.tabs.tabText(editor.TAB_VALUES) == "Targets && Realisations"
    assert editor.values_model.headerData(0, Qt.Orientation.Vertical) == "Target"
    window.set_language("id")
    assert window.menu_file.title() == "&Berkas"


def test_starts_in_english_when_asked(window_factory, demo_db_path):
    from app.models.database import open_database

    window = window_factory(open_database(demo_db_path, user="tester"), lang="en")
    assert window.menu_help.title() == "&Help"
    assert window.rules_dock.windowTitle() == "Rules Panel"


def test_every_interface_string_has_an_english_translation(tmp_path: Path) -> None:
    ts = resource_path("i18n", "pk_desk_en.ts")
    sources = sorted(str(p) for p in (Path(__file__).parents[2] / "app" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    if not tool.exists():
        pytest.skip("pyside6-lupdate is not installed")
    subprocess.run([str(tool), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = _messages(fresh)
    have = TsTranslator(ts)
    missing = [f"{ctx}: {src}" for ctx, src in wanted if not have.translate(ctx, src)]
    assert not missing, "untranslated strings (run resources/i18n/update.py):\n" + "\n".join(
        missing
    )


def test_compiled_translation_matches_the_source(tmp_path: Path) -> None:
    """The shipped .qm is what the .ts compiles to now (file times say nothing after a checkout)."""
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    if not tool.exists():
        pytest.skip("pyside6-lrelease is not installed")
    for name in ("pk_desk_en", "pk_desk_id"):
        fresh = tmp_path / f"{name}.qm"
        ts = resource_path("i18n", f"{name}.ts")
        subprocess.run([str(tool), str(ts), "-qm", str(fresh)], check=True, capture_output=True)
        shipped = resource_path("i18n", f"{name}.qm").read_bytes()
        assert fresh.read_bytes() == shipped, f"{name}.qm is stale: run resources/i18n/update.py"


def _messages(path: Path) -> list[tuple[str, str]]:
    from defusedxml import ElementTree

    out = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or ""))
    return out


from PySide6.QtCore import Qt  # noqa: E402

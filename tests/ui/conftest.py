"""UI test fixtures: one main window per test on a private copy of the demo database.

The offscreen platform plugin warns "This plugin does not support propagateSizeHints()" for
every shown top-level window with a layout, and that it cannot raise a popup (a calendar) or grab
the keyboard for it; those messages is the plugin's limitation, not an
application warning, so only it is ignored (all other Qt warnings still fail a test).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6

from app.models.database import Database, open_database
from app.paths import AppPaths

from app.ui.shell.refcount_guard import immortalise_singletons

OFFSCREEN_NOISE = (
    r"^This plugin does not support "
    r"(propagateSizeHints\(\)|raise\(\)|grabbing the keyboard|grabbing the mouse)$"
)

# As the application does at start: without it PySide6 6.12 on Python 3.11 drains the
# reference count of None with every void call until CPython aborts (app/ui/shell/refcount_guard).
immortalise_singletons()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    paths = AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    paths.ensure()
    return paths


@pytest.fixture
def window_factory(qtbot, app_paths: AppPaths) -> Iterator:  # type: ignore[no-untyped-def]
    """Build a main window on an open database (the database is closed with the window)."""
    from app.ui.shell.i18n import install_language
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.settings import UiSettings

    made: list[MainWindow] = []

    def make(db: Database, *, lang: str = "id", show: bool = True) -> MainWindow:
        install_language(lang)
        window = MainWindow(app_paths, UiSettings(app_paths.config_dir))
        qtbot.addWidget(window)
        window.attach_database(db)
        if show:
            window.show()
            qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    from app.ui.shell.background import runner

    qtbot.waitUntil(lambda: not runner().busy, timeout=10000)
    for window in made:
        if shiboken6.isValid(window):  # pytest-qt may have closed it already
            window._force_close = True
            window.close()
    qtbot.waitUntil(lambda: not runner().busy, timeout=10000)
    install_language("id")


@pytest.fixture
def demo_window(window_factory, demo_db_path: Path):  # type: ignore[no-untyped-def]
    db = open_database(demo_db_path, user="tester")
    return window_factory(db)


@pytest.fixture
def province_view(window_factory, empty_template: Path, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    """Open a province view (Tampilan › …) on a fresh database that `build` fills, read for
    `year` in the background: `province_view(build, user, "open_tree")` -> (window, dialog)."""

    def open_view(build: Callable[[Database], object], user: str, opener: str, year: int = 2025):  # type: ignore[no-untyped-def]
        path = Path(shutil.copyfile(empty_template, tmp_path / "provinsi.sqlite"))
        with open_database(path) as db:
            build(db)
        window = window_factory(open_database(path, user=user))
        dialog = getattr(window.province, opener)()
        assert dialog is not None
        with qtbot.waitSignal(dialog.load.loaded, timeout=60000):
            dialog.year.setValue(year)  # read in the background
        return window, dialog

    return open_view

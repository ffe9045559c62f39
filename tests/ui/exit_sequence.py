"""Run the issue-10 exit sequence in a real `run_gui` process (used by test_exit.py).

open an IKU, enter a TW IV realisation, change period, undo, open Dasbor, switch language,
open the KSD tab, many void Qt calls (a long session), Ctrl+Q — then let the interpreter
finalise as a user's process would.

Usage: python tests/ui/exit_sequence.py DB DATA_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget


def _steps(window: Any) -> list[Any]:
    def open_iku() -> None:
        assert window.select_path("BKD/Maria Qibtya/2024/3/3"), "IKU not in the tree"

    def enter_tw4() -> None:
        editor = window.indicator_editor
        grid, model = editor.grid, editor.values_model
        index = model.cell("actual", "TW4")
        grid.setFocus()
        grid.setCurrentIndex(index)
        grid.edit(index)
        cell = grid.indexWidget(index)
        assert isinstance(cell, QLineEdit), "no cell editor"
        cell.selectAll()
        QTest.keyClicks(cell, "95")
        QTest.keyClick(cell, Qt.Key.Key_Return)

    def change_period() -> None:
        window.set_period("TW3")

    def undo() -> None:
        window.act_undo.trigger()

    def dashboard() -> None:
        window.planning.act_dashboard.trigger()

    def language() -> None:
        window.act_lang_en.trigger()

    def ksd() -> None:
        window.planning.act_ksd.trigger()

    def void_calls() -> None:
        # A long session's worth of void Qt calls (each one drained None on PySide6 6.12 /
        # Python 3.11 before app/ui/shell/refcount_guard): far more than None's count.
        probe = QWidget()
        for _ in range(VOID_CALLS):
            probe.hide()

    def quit_() -> None:
        QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        if window.isVisible():  # the shortcut goes to the focused widget's window
            window.act_quit.trigger()

    return [open_iku, enter_tw4, change_period, undo, dashboard, language, ksd, void_calls, quit_]


PAUSE_MS = int(sys.argv[3]) if len(sys.argv) > 3 else 300
VOID_CALLS = 200_000


def main() -> int:
    from app.paths import AppPaths

    from app.ui.shell import app as shell_app
    from app.ui.shell.main_window import MainWindow

    db_path, data_dir = Path(sys.argv[1]), Path(sys.argv[2])
    paths = AppPaths.resolve(str(data_dir))
    app = shell_app._application()
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    from app.ui.shell.i18n import install_language
    from app.ui.shell.settings import UiSettings

    settings = UiSettings(paths.config_dir)
    install_language("id")
    window = MainWindow(paths, settings)
    window.show()
    window.open_database(db_path)
    steps = _steps(window)

    def next_step() -> None:
        if window.db is None or window.state is None:  # still opening
            QTimer.singleShot(100, next_step)
            return
        step = steps.pop(0)
        step()
        print(step.__name__.strip("_"), flush=True)
        if steps:
            QTimer.singleShot(PAUSE_MS, next_step)

    QTimer.singleShot(300, next_step)
    QTimer.singleShot(60_000, app.quit)  # never hang a test run
    status = app.exec()
    from app.ui.shell.background import runner

    runner().shutdown()
    return int(status)


if __name__ == "__main__":
    sys.exit(main())

"""Starting the desktop application (`pk-desk`, `pk-desk gui`, `pk-desk --demo`).

`run_gui` creates the QApplication, installs the language, shows the main window at once and
opens the database behind it. With `screenshot` it opens the database synchronously, selects
`select` in the tree, renders the window to a PNG and exits.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.paths import APP_NAME, AppPaths

from app.ui.shell.settings import UiSettings

SCREENSHOT_SIZE = (1560, 960)


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    from app.ui.shell.refcount_guard import immortalise_singletons

    immortalise_singletons()  # PySide6 6.12 on Python 3.11 drains None/True/False (exit crash)
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("PK Desk")
    app.setApplicationDisplayName(APP_NAME)
    return app


def run_gui(
    target: Path,
    *,
    paths: AppPaths,
    lang: str | None,
    screenshot: str | None = None,
    select: str | None = None,
) -> int:
    """Run the application on the database `target`; returns the exit status."""
    from app.ui.shell.i18n import install_language
    from app.ui.shell.main_window import MainWindow

    app = _application()
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    settings = UiSettings(paths.config_dir)
    install_language(lang or settings.language)
    window = MainWindow(paths, settings)
    if screenshot:
        return _screenshot(app, window, Path(target), Path(screenshot), select)
    window.show()
    QTimer.singleShot(0, lambda: window.open_database(Path(target)))
    status = app.exec()
    from app.ui.shell.background import runner

    runner().shutdown()
    return int(status)


def _screenshot(
    app: QApplication, window: object, target: Path, out: Path, select: str | None
) -> int:
    from app.ui.shell.background import runner
    from app.ui.shell.main_window import MainWindow, open_and_prepare

    assert isinstance(window, MainWindow)
    runner().synchronous = True  # scores and findings are ready before the picture
    window.remember_layout = False
    db = open_and_prepare(target, window.paths.backups_dir)
    window.resize(*SCREENSHOT_SIZE)
    window.attach_database(db)
    if select and not window.select_path(select):
        print(
            QCoreApplication.translate("App", "pk-desk: “{path}” tidak ditemukan di pohon.").format(
                path=select
            ),
            file=sys.stderr,
        )
        db.close()
        return 2
    window.show()
    status = {"code": 0}

    def grab() -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out)):
            status["code"] = 2
        window._force_close = True
        window.close()
        app.quit()

    QTimer.singleShot(400, grab)
    app.exec()
    return status["code"]

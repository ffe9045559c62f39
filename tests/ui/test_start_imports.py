"""The main window paints before the database layer, the printing stack or the Excel and
signing libraries load (SPEC §13, issue 12): they come with the database or with a menu
entry. Checked in a fresh interpreter, as the application starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("sqlalchemy", "alembic", "reportlab", "openpyxl", "cryptography", "pypdf")

FIRST_PAINT = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from app.paths import AppPaths
from app.ui.shell.app import _application
from app.ui.shell.i18n import install_language
from app.ui.shell.main_window import MainWindow
from app.ui.shell.settings import UiSettings

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            loaded = [m for m in {heavy!r} if m in sys.modules]
            print("LOADED=" + ",".join(loaded), flush=True)
            app.quit()
        return False

app = _application()
data = Path(sys.argv[1])
paths = AppPaths(data_dir=data, config_dir=data / "config")
paths.ensure()
settings = UiSettings(paths.config_dir)
install_language(settings.language)
window = MainWindow(paths, settings)
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
"""


def test_the_window_paints_before_any_heavy_library_loads(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT.format(heavy=HEAVY), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    line = next(x for x in result.stdout.splitlines() if x.startswith("LOADED="))
    assert line.removeprefix("LOADED=").split(",") == [""], result.stderr[-2000:]

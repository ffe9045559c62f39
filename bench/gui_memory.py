"""Memory with the synthetic province open in the window (SPEC §13: ≤ 400 MB RSS).

Usage: python bench/gui_memory.py [--db PROVINCE.sqlite]

In a fresh process, as a user would: the main window opens the province database, the cascade
tree is expanded two levels deep (every unit and its officials), the first Perangkat Daerah is
selected and its Dasbor shown (scores of all its agreements for the period). The process then
prints its peak resident set size, read from the kernel (ru_maxrss), against the target.
Runs with QT_QPA_PLATFORM=offscreen unless another platform is set.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from report import figure

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
TARGET_MB = 400

WINDOW = """
import json, resource, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.paths import AppPaths
from app.ui.shell.app import _application
from app.ui.shell.background import runner
from app.ui.shell.main_window import MainWindow, open_and_prepare
from app.ui.shell.settings import UiSettings

def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

target, data_dir = Path(sys.argv[1]), Path(sys.argv[2])
app = _application()
paths = AppPaths(data_dir=data_dir, config_dir=data_dir / "config")
paths.ensure()
runner().synchronous = True  # every score and finding is computed before we measure
window = MainWindow(paths, UiSettings(paths.config_dir))
window.remember_layout = False
window.resize(1400, 900)
window.show()
marks = {"window": peak_mb()}
window.attach_database(open_and_prepare(target, paths.backups_dir))
app.processEvents()
marks["database"] = peak_mb()
tree = window.tree_pane.tree
tree.expandToDepth(1)
app.processEvents()
marks["tree"] = peak_mb()
model = tree.model()
unit = model.index(0, 0, model.index(0, 0))
tree.setCurrentIndex(unit)
app.processEvents()
window.planning.act_dashboard.trigger()
for _ in range(5):
    app.processEvents()
board = window.planning.dashboard
if board is None or not board.isVisible():
    sys.exit("the Dasbor did not open")
marks["dashboard"] = peak_mb()
marks["unit"] = board.title.text()
marks["rows"] = model.loaded_count()
print(json.dumps(marks), flush=True)
window._force_close = True
window.close()
runner().shutdown()
"""


def _province(path: Path | None) -> Path:
    if path is not None and path.exists():
        return path
    from app.models.database import open_database
    from app.services import synthetic

    target = path or Path(tempfile.mkdtemp(prefix="pk-bench-")) / "province.sqlite"
    print(f"generating the synthetic province in {target} …", flush=True)
    with open_database(target) as db:
        synthetic.generate_province(db)
    return target


def measure(province: Path) -> dict[str, float]:
    """Peak RSS in MB after each step, from a fresh process."""
    data = Path(tempfile.mkdtemp(prefix="pk-bench-data-"))
    result = subprocess.run(
        [sys.executable, "-c", WINDOW, str(province), str(data)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=600,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"the window process failed:\n{result.stderr[-2000:]}")
    return json.loads(lines[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a province database (generated when missing)")
    args = parser.parse_args()
    marks = measure(_province(args.db))
    print(f"Dasbor: {marks['unit']}")
    print(f"main window shown:                  {marks['window']:6.0f} MB peak RSS")
    print(f"province database open, tree shown: {marks['database']:6.0f} MB")
    print(
        f"tree expanded two levels:           {marks['tree']:6.0f} MB  ({marks['rows']:.0f} rows)"
    )
    peak = marks["dashboard"]
    verdict = "within" if peak <= TARGET_MB else "OVER"
    print(
        f"unit Dasbor shown:                  {peak:6.0f} MB  "
        f"({peak / TARGET_MB:.2f} x the {TARGET_MB} MB target: {verdict})"
    )
    figure("memory, province open, tree expanded, Dasbor shown (peak RSS)", peak, "MB", TARGET_MB)


if __name__ == "__main__":
    main()

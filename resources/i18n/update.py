"""Refresh the interface translations: collect tr() strings, then compile them.

    python resources/i18n/update.py

1. `pyside6-lupdate` reads every `app/ui/**/*.py` and updates `pk_desk_en.ts` (new strings appear
   as unfinished; translations already made are kept).
2. Translate the unfinished entries (Qt Linguist, or any editor: the file is XML).
3. `pyside6-lrelease` compiles `pk_desk_en.ts` and `pk_desk_id.ts` to `.qm`, which the app
   loads at start. Without compiled files the app reads the `.ts` directly (slower start).

The Indonesian file holds no application strings (they are written in Indonesian); it
translates Qt's own dialog buttons and text-field menus, since Qt ships no Indonesian.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 (it ships pyside6-lupdate/-lrelease).")
    return found


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(HERE / "pk_desk_en.ts")],
        check=True,
    )
    for ts in sorted(HERE.glob("pk_desk_*.ts")):
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The engine is pure: no Qt, no SQL, no other app layer (STYLE §1), and no import-time work."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ENGINE = Path(__file__).resolve().parents[2] / "app" / "engine"
FORBIDDEN = (
    "PySide6",
    "sqlalchemy",
    "alembic",
    "app.models",
    "app.services",
    "app.ui",
    "app.documents",
    "app.sync",
    "app.cli",
)


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_engine_sources_import_no_outer_layer() -> None:
    files = sorted(ENGINE.glob("*.py"))
    assert len(files) >= 10
    for path in files:
        for name in imported_modules(path):
            assert not name.startswith(FORBIDDEN), f"{path.name} imports {name}"


def test_importing_the_engine_loads_no_qt_or_sql() -> None:
    code = (
        "import sys\n"
        "import app.engine.scenario, app.engine.lifecycle_rules, app.engine.cascade_rules\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')]\n"
        "print(','.join(bad))\n"
    )
    root = ENGINE.parents[1]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == ""

"""Build the one-folder PK Desk app with PyInstaller and smoke-test it.

    python3 packaging/build.py [--smoke]

Writes dist/pk-desk/ (the folder to copy to an office laptop or wrap in an installer), prints
its size and the largest parts, and with --smoke runs the frozen `pk-desk --version` and
`pk-desk selftest` offscreen, as CI does.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUILD = ROOT / "build" / "pyinstaller"
APP_DIR = DIST / "pk-desk"


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def report_size(folder: Path, top: int = 8) -> None:
    total = _size(folder)
    print(f"{folder.relative_to(ROOT)}: {total / 2**20:.1f} MiB")
    internal = folder / "_internal"
    base = internal if internal.is_dir() else folder
    parts: dict[str, int] = {}
    for path in base.rglob("*"):
        if path.is_file() and not path.is_symlink():
            first = path.relative_to(base).parts[0]
            parts[first] = parts.get(first, 0) + path.stat().st_size
    for name, size in sorted(parts.items(), key=lambda item: -item[1])[:top]:
        print(f"  {size / 2**20:7.1f} MiB  {name}")


def build() -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD),
            str(ROOT / "packaging" / "pk-desk.spec"),
        ],
        check=True,
        cwd=ROOT,
    )


def smoke() -> None:
    """The frozen binary answers --version and passes its own self-test offscreen."""
    exe = APP_DIR / ("pk-desk.exe" if os.name == "nt" else "pk-desk")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # Run outside the source tree so nothing can be imported from the checkout.
    outside = BUILD / "smoke"
    outside.mkdir(parents=True, exist_ok=True)
    env["PK_DESK_DATA_DIR"] = str(outside / "data")
    for args in (["--version"], ["selftest"]):
        print(f"$ {exe.relative_to(ROOT)} {' '.join(args)}", flush=True)
        subprocess.run([str(exe), *args], check=True, cwd=outside, env=env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="run --version and selftest")
    parser.add_argument("--no-build", action="store_true", help="only the smoke test")
    args = parser.parse_args()
    if not args.no_build:
        build()
        report_size(APP_DIR)
    if args.smoke:
        smoke()
    return 0


if __name__ == "__main__":
    sys.exit(main())

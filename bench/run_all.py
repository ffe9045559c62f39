"""Every SPEC §13 figure in one table: what, measured, target, ratio, within target or not.

Usage: python bench/run_all.py [--quick] [--db PROVINCE.sqlite] [--markdown OUT.md]

Runs each bench script in its own process on one synthetic province (generated once, or the
file given with --db) and gathers the `BENCH` lines they print (bench/report.py). `--quick`
repeats each measurement fewer times and prints smaller bulk jobs, for a laptop; the full run
is what the README's performance table shows. A script that fails appears as a row that says
so; the exit status is 1 when any figure is over its target or any script failed. A
side-by-side with LibreOffice (score_calc.py) is skipped with a line when `soffice` is not
installed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from report import MARK

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"


@dataclass(frozen=True)
class Script:
    name: str
    full: tuple[str, ...]
    quick: tuple[str, ...]
    province: bool = True  # takes --db PROVINCE
    needs: str | None = None  # a program the side-by-side runs; skipped when not installed


SCRIPTS = (
    Script("score_province.py", ("--repeat", "5"), ("--repeat", "2")),
    Script("score_cli.py", (), ("--quick",), province=False),
    Script("gui_start.py", ("--repeat", "5"), ("--repeat", "2")),
    Script("gui_memory.py", (), ()),
    Script(
        "pdf.py", ("--repeat", "5", "--count", "100"), ("--repeat", "2", "--count", "20"), False
    ),
    Script("bundles.py", (), ("--quick",)),
    Script("xlsx_import.py", ("--repeat", "5"), ("--repeat", "2"), province=False),
    Script("province_import.py", (), ("--quick",), province=False),
    Script("province_check.py", ("--repeat", "3"), ("--repeat", "1")),
    Script("score_calc.py", (), ("--repeat", "1"), province=False, needs="soffice"),
)


def _province(path: Path | None) -> Path:
    if path is not None and path.exists():
        return path
    target = path or Path(tempfile.mkdtemp(prefix="pk-bench-all-")) / "province.sqlite"
    print(f"generating the synthetic province in {target} …", file=sys.stderr, flush=True)
    subprocess.run(
        [sys.executable, "-m", "app", "demo", "--scale", "province", "--db", str(target)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    return target


def run_script(script: Script, province: Path, quick: bool) -> list[dict[str, object]]:
    """The script's figures, or one row saying why it gave none."""
    path = BENCH / script.name
    if script.needs and shutil.which(script.needs) is None:
        print(f"{script.name}: skipped, {script.needs} is not installed", file=sys.stderr)
        return []
    if not path.exists():
        return [_missing(script.name, "script not written yet")]
    args = list(script.quick if quick else script.full)
    if script.province:
        args += ["--db", str(province)]
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(path), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=1800,
        check=False,
    )
    seconds = time.perf_counter() - started
    rows = [
        json.loads(line[len(MARK) :])
        for line in result.stdout.splitlines()
        if line.startswith(MARK)
    ]
    print(f"{script.name}: {len(rows)} figures in {seconds:.0f} s", file=sys.stderr, flush=True)
    if result.returncode != 0 and not rows:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        return [_missing(script.name, f"failed: {last[:120]}")]
    if not rows and script.needs and result.returncode == 0:  # says why it measured nothing
        why = (result.stdout.strip().splitlines() or ["no output"])[-1]
        print(f"{script.name}: {why}", file=sys.stderr)
        return []
    if not rows:
        return [_missing(script.name, "printed no BENCH figures")]
    return rows


def _missing(name: str, why: str) -> dict[str, object]:
    return {"what": f"{name}: {why}", "measured": None, "within": False}


def _number(value: object, unit: str = "") -> str:
    if value is None:
        return "–"
    assert isinstance(value, int | float)
    if unit == "s" and value < 1:
        return f"{value * 1000:.0f} ms"
    text = f"{value:,.2f}" if value < 100 else f"{value:,.0f}"
    return f"{text} {unit}".strip()


def table(rows: list[dict[str, object]]) -> str:
    lines = [
        "| what | measured | target | ratio (target) | within |",
        "|---|---|---|---|---|",
    ]
    for row in rows:
        unit = str(row.get("unit") or "")
        ratio = row.get("ratio")
        ratio_text = "–"
        if ratio is not None:
            ratio_text = f"{_number(ratio)} × {row.get('baseline') or 'baseline'}"
            if row.get("ratio_target") is not None:
                ratio_text += f" (≤ {_number(row['ratio_target'])})"
        within = "yes" if row.get("within") else "**no**"
        lines.append(
            f"| {row['what']} | {_number(row.get('measured'), unit)} | "
            f"{_number(row.get('target'), unit)} | {ratio_text} | {within} |"
        )
    return "\n".join(lines)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}, {dt.date.today().isoformat()}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, smaller bulk jobs")
    parser.add_argument("--db", type=Path, help="a province database (generated when missing)")
    parser.add_argument("--only", nargs="*", help="run only these scripts, e.g. pdf.py")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    args = parser.parse_args()
    province = _province(args.db)
    rows: list[dict[str, object]] = []
    for script in SCRIPTS:
        if args.only and script.name not in args.only:
            continue
        rows += run_script(script, province, args.quick)
    text = f"Measured on {machine()}{' (--quick)' if args.quick else ''}.\n\n{table(rows)}\n"
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    return 0 if all(row.get("within") for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

"""`pk-desk score FILE.json` on a province-sized scenario against a bare `json.load` of it.

Usage: python bench/score_cli.py [--file SCENARIO.json] [--repeat 5] [--quick]

Issue 12's target: the whole command (start-up, reading, checking, scoring, rules, writing the
result) takes at most 3 x the wall time of

    python3 -c "import json,sys; json.load(open(sys.argv[1]))" FILE.json

on the same file. Without --file the 30,000-IKU / 6,000-sasaran scenario of
bench/scenario_file.py is written to a temporary folder. Both commands run --repeat times,
interleaved, and the best run of each counts; CPU time (user + system of the child) is shown
beside wall time because on a shared machine it is the steadier of the two.

The source tree's modules are byte-compiled first, as an installed pk-desk's are (pip
compiles them on install) and as `json` is in the baseline: with PYTHONDONTWRITEBYTECODE set
the tree would otherwise be compiled again on every run, which no user pays. --no-compile
measures that case too (the tree's bytecode removed, none written).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from report import figure

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TARGET = 3.0


def _run(command: list[str], stderr: int | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one child process, its output discarded (and its
    errors, with stderr=subprocess.DEVNULL)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=stderr, cwd=ROOT)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, help="scenario file (generated if omitted)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="two runs of each (a laptop check)")
    parser.add_argument(
        "--no-compile", action="store_true", help="leave the source tree's modules uncompiled"
    )
    args = parser.parse_args()
    if args.quick:
        args.repeat = 2
    path = args.file
    if path is None:
        path = Path(tempfile.mkdtemp(prefix="pk-bench-score-")) / "province.json"
        subprocess.run(
            [sys.executable, str(HERE / "scenario_file.py"), str(path)], check=True, cwd=ROOT
        )
    python = [sys.executable]
    if args.no_compile:  # no bytecode of the tree, none written: compiled on every run
        for cache in (ROOT / "app").rglob("__pycache__"):
            shutil.rmtree(cache)
        python.append("-B")
    else:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "app")], check=True)
    bare = [sys.executable, "-c", "import json,sys; json.load(open(sys.argv[1]))", str(path)]
    score = [*python, "-m", "app", "score", str(path)]
    bare_runs, score_runs = [], []
    for _ in range(args.repeat):
        bare_runs.append(_run(bare))
        score_runs.append(_run(score))
    bare_wall, bare_cpu = min(w for w, _ in bare_runs), min(c for _, c in bare_runs)
    score_wall, score_cpu = min(w for w, _ in score_runs), min(c for _, c in score_runs)
    print(f"file: {path} ({path.stat().st_size / 1e6:.1f} MB)")
    print(f"bare json.load:      wall {bare_wall:.3f} s, CPU {bare_cpu:.3f} s")
    print(f"pk-desk score FILE:  wall {score_wall:.3f} s, CPU {score_cpu:.3f} s")
    wall_ratio, cpu_ratio = score_wall / bare_wall, score_cpu / bare_cpu
    verdict = "ok" if wall_ratio <= TARGET else "OVER"
    print(
        f"ratio wall {wall_ratio:.2f}x, CPU {cpu_ratio:.2f}x (target <= {TARGET:.0f}x): {verdict}"
    )
    figure(
        "pk-desk score FILE.json, 30,000 IKU",
        score_wall,
        "s",
        ratio=wall_ratio,
        ratio_target=TARGET,
        baseline="python3 -c json.load(FILE)",
    )


if __name__ == "__main__":
    main()

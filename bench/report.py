"""One machine-readable line per measured figure, beside each script's own human output.

Every bench script calls `figure()` for each SPEC §13 row it measures; `bench/run_all.py`
runs the scripts and gathers these lines into one table. A figure is within target when the
measured value is at most its target and, where a ratio is measured against a baseline run in
the same process, that ratio is at most its own target.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# Every script imports this module before `app`: measure this checkout, never an older
# installed copy that happens to be first on the path.
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MARK = "BENCH "


def soffice() -> str | None:
    """LibreOffice's command for the side-by-side benches, or None (said on stdout) when it is
    not installed: those benches then skip, as CI machines have no office suite."""
    import shutil

    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        print("LibreOffice is not installed here (no soffice): the side-by-side is skipped.")
    return found


def figure(
    what: str,
    measured: float,
    unit: str,
    target: float | None = None,
    *,
    ratio: float | None = None,
    ratio_target: float | None = None,
    baseline: str | None = None,
) -> bool:
    """Print the figure as a `BENCH {json}` line; returns whether it is within target."""
    within = (target is None or measured <= target) and (
        ratio_target is None or ratio is None or ratio <= ratio_target
    )
    row = {
        "what": what,
        "measured": measured,
        "unit": unit,
        "target": target,
        "ratio": ratio,
        "ratio_target": ratio_target,
        "baseline": baseline,
        "within": within,
    }
    print(MARK + json.dumps(row, ensure_ascii=False), flush=True)
    return within

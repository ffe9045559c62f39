"""Micro-benchmark of the pure scoring engine: ~30,000 synthetic IKUs for one period.

SPEC §13 asks for a whole province (about 30,000 IKUs) scored in well under a second. This
measures the engine alone (no database), prints the time per period and the ratio to a bare
loop that only reads the same input records, and exits 1 when the budget is exceeded.

    python bench/score_engine.py [--indicators 30000] [--budget 1.0]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.engine.agreement import AgreementInput, GoalInput, IndicatorInput  # noqa: E402
from app.engine.enums import (  # noqa: E402
    Control,
    Level,
    MeasuringPeriod,
    PeriodConsolidation,
    Polarity,
    Validity,
)
from app.engine.profile import Profile  # noqa: E402
from app.engine.scoring import score_agreements  # noqa: E402

QUALITIES = [
    (Validity.PROXY, Control.HIGH),
    (Validity.EXACT, Control.MODERATE),
    (Validity.PROXY, Control.MODERATE),
    (Validity.ACTIVITY, Control.MODERATE),
    (Validity.EXACT, Control.LOW),
    (Validity.PROXY, Control.LOW),
]


def synthetic_province(indicators: int, seed: int = 1) -> list[AgreementInput]:
    """Agreements of 5 sasaran x 6 IKUs with quarterly targets/realisations, some N/A."""
    rnd = random.Random(seed)
    per_agreement = 30
    agreements = []
    for a in range(max(1, indicators // per_agreement)):
        goals = []
        for g in range(5):
            inds = []
            for i in range(6):
                validity, control = rnd.choice(QUALITIES)
                target = Decimal(rnd.randint(50, 1000))
                targets = tuple(target for _ in range(4))
                actuals = tuple(
                    None if rnd.random() < 0.05 else Decimal(rnd.randint(30, 1100)) / 10
                    for _ in range(4)
                )
                semester = rnd.random() < 0.1
                inds.append(
                    IndicatorInput(
                        id=f"A{a}G{g}I{i}",
                        name=f"Indikator {a}.{g}.{i}",
                        validity=validity,
                        control=control,
                        polarity=rnd.choice(list(Polarity)),
                        period_consolidation=rnd.choice(list(PeriodConsolidation)),
                        targets=targets,
                        actuals=actuals,
                        measuring_period=MeasuringPeriod.SEMESTER if semester else None,
                    )
                )
            goals.append(GoalInput(f"A{a}G{g}", f"Sasaran {g}", tuple(inds)))
        agreements.append(AgreementInput(f"A{a}", tuple(goals), Level.ADMINISTRATOR))
    return agreements


def read_only(agreements: list[AgreementInput]) -> int:
    """The baseline: touch every value once, as any consumer of the rows must."""
    n = 0
    for agreement in agreements:
        for goal in agreement.goals:
            for ind in goal.indicators:
                n += sum(1 for v in ind.actuals if v is not None) + len(ind.targets)
    return n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=30_000)
    parser.add_argument("--budget", type=float, default=1.0, help="seconds per period")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with (ROOT / "resources" / "profiles" / "kaltara.json").open(encoding="utf-8") as f:
        profile = Profile.from_dict(json.load(f))
    agreements = synthetic_province(args.indicators)
    count = sum(len(g.indicators) for a in agreements for g in a.goals)

    base = min(_timed(lambda: read_only(agreements)) for _ in range(args.repeat))
    worst = 0.0
    for period in ("TW1", "TW2", "TW4"):
        best = min(
            _timed(lambda p=period: score_agreements(agreements, profile, p))
            for _ in range(args.repeat)
        )
        worst = max(worst, best)
        print(
            f"score {count} IKUs for {period}: {best * 1000:.0f} ms "
            f"({best / base:.1f} x reading the inputs)"
        )
    ok = worst <= args.budget
    print(f"budget {args.budget:.2f} s: {'ok' if ok else 'EXCEEDED'}")
    return 0 if ok else 1


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


if __name__ == "__main__":
    raise SystemExit(main())

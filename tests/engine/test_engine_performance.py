"""Scoring a province-sized set of IKUs stays far from the 1 s budget (SPEC §13).

The bound here is generous so that a loaded CI machine does not fail it; it catches a change
that makes scoring quadratic or several times slower. bench/score_engine.py measures tightly.
"""

from __future__ import annotations

import time
from decimal import Decimal

from app.engine.agreement import AgreementInput, GoalInput, IndicatorInput
from app.engine.enums import Control, Level, PeriodConsolidation, Polarity, Validity
from app.engine.scoring import score_agreements

QUALITIES = [
    (Validity.PROXY, Control.HIGH),
    (Validity.EXACT, Control.MODERATE),
    (Validity.PROXY, Control.MODERATE),
    (Validity.ACTIVITY, Control.MODERATE),
    (Validity.EXACT, Control.LOW),
    (Validity.PROXY, Control.LOW),
]


def province(count: int) -> list[AgreementInput]:
    agreements = []
    n = 0
    for a in range(count // 30):
        goals = []
        for g in range(5):
            inds = []
            for i in range(6):
                n += 1
                validity, control = QUALITIES[n % 6]
                targets = tuple(Decimal(100 + n % 50) for _ in range(4))
                actuals = tuple(None if (n + q) % 17 == 0 else Decimal(n % 130) for q in range(4))
                inds.append(
                    IndicatorInput(
                        f"{a}.{g}.{i}",
                        f"IKU {n}",
                        validity,
                        control,
                        list(Polarity)[n % 3],
                        list(PeriodConsolidation)[n % 3],
                        targets,
                        actuals,
                    )
                )
            goals.append(GoalInput(f"{a}.{g}", "G", tuple(inds)))
        agreements.append(AgreementInput(str(a), tuple(goals), Level.PENGAWAS))
    return agreements


def test_thirty_thousand_indicators_score_quickly(kaltara) -> None:
    agreements = province(30_000)
    assert sum(len(g.indicators) for a in agreements for g in a.goals) == 30_000
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        results = score_agreements(agreements, kaltara, "TW3")
        best = min(best, time.perf_counter() - start)
    assert len(results) == 1000
    assert sum(1 for r in results if r.overall is not None) == 1000
    assert best < 2.0, f"scoring 30,000 IKUs took {best:.2f} s"

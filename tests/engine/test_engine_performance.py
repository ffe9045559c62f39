"""A province-sized set of IKUs scores completely (timing lives in bench/score_engine.py)."""

from __future__ import annotations

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


def test_thirty_thousand_indicators_all_score(kaltara) -> None:
    agreements = province(30_000)
    assert sum(len(g.indicators) for a in agreements for g in a.goals) == 30_000
    results = score_agreements(agreements, kaltara, "TW3")
    assert len(results) == 1000
    assert sum(1 for r in results if r.overall is not None) == 1000

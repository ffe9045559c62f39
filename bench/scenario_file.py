"""Write a deterministic province-sized scenario for `pk-desk score FILE.json` (SPEC §6.6).

Usage: python bench/scenario_file.py OUT.json [--sasaran 6000] [--per-sasaran 5] [--seed 2024]

6,000 sasaran x 5 IKU = 30,000 IKU, each with the contract's metadata and four quarters of
targets and realisations, in the mix a provincial office sends: Sum / Take Last Known / Average,
all three polarities, about 5 % of realisations not yet reported, one IKU in ten a semester
indicator, ranges, predicate labels, annual targets checked against the quarters, and about one
IKU in a hundred consolidated from its units (Sum or Raw Data). The same seed always writes the
same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

QUALITIES = (
    ("proxy", "high"),
    ("exact", "moderate"),
    ("proxy", "moderate"),
    ("activity", "moderate"),
    ("exact", "low"),
    ("proxy", "low"),
)
UNITS = ("%", "Persen", "Dokumen", "Orang", "Indeks", "Rp")
SUBJECTS = (
    "penyerapan anggaran",
    "pegawai yang memenuhi standar jam pelatihan",
    "layanan yang diselesaikan tepat waktu",
    "rekomendasi hasil pemeriksaan yang ditindaklanjuti",
    "kawasan hutan yang direhabilitasi",
    "dokumen perencanaan yang ditetapkan tepat waktu",
)
QUARTERS = ("TW1", "TW2", "TW3", "TW4")


def _number(rnd: random.Random, low: int, high: int) -> int | float:
    value = rnd.randint(low * 10, high * 10) / 10
    return int(value) if value == int(value) else value


def _indicator(rnd: random.Random, goal: int, index: int) -> dict[str, Any]:
    validity, control = rnd.choice(QUALITIES)
    consolidation = rnd.choice(("sum", "last", "average"))
    target = _number(rnd, 50, 1000)
    targets: dict[str, Any] = dict.fromkeys(QUARTERS, target)
    actuals: dict[str, Any] = {
        q: None if rnd.random() < 0.05 else _number(rnd, 30, 1100) for q in QUARTERS
    }
    ind: dict[str, Any] = {
        "id": f"IK-{goal:04d}-{index}",
        "name": f"Persentase {rnd.choice(SUBJECTS)} {goal:04d}.{index}",
        "validity": validity,
        "control": control,
        "polarity": rnd.choice(("maximize", "maximize", "minimize", "stabilize")),
        "period_consolidation": consolidation,
        "unit": rnd.choice(UNITS),
        "targets": targets,
        "actuals": actuals,
    }
    roll = rnd.random()
    if roll < 0.1:
        ind["measuring_period"] = "semester"
    elif roll < 0.15:
        low = _number(rnd, 50, 80)
        targets.update(dict.fromkeys(QUARTERS, {"min": low, "max": low + 10}))
    elif roll < 0.17:
        ind["scale"] = "audit_opinion"
        ind["targets"] = {"annual": "WTP"}
        ind["actuals"] = {"TW4": rnd.choice(("WTP", "WDP", "TW"))}
    elif roll < 0.18:
        ind["location_consolidation"] = rnd.choice(("sum", "raw"))
        ind["locations"] = [
            {
                "id": f"UPTD-{n}",
                "targets": {"TW4": 100},
                "actuals": {"TW4": round(done / plan * 100, 2)},
                "raw": {"TW4": {"numerator": done, "denominator": plan}},
            }
            for n, (plan, done) in enumerate(
                (plan, rnd.randint(plan // 2, plan))
                for plan in (rnd.randint(5, 40) for _ in range(rnd.randint(2, 6)))
            )
        ]
        del ind["targets"], ind["actuals"]
    elif roll < 0.4:
        total = target * 4 if consolidation == "sum" else target
        targets["annual"] = total
    return ind


def scenario(sasaran: int, per_sasaran: int, seed: int) -> dict[str, Any]:
    rnd = random.Random(seed)
    goals = [
        {
            "id": f"SS-{g:04d}",
            "name": f"Meningkatnya kinerja urusan {g:04d}",
            "indicators": [_indicator(rnd, g, i) for i in range(per_sasaran)],
        }
        for g in range(sasaran)
    ]
    return {"profile": "kaltara", "level": "administrator", "period": "TW3", "goals": goals}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sasaran", type=int, default=6000)
    parser.add_argument("--per-sasaran", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    data = scenario(args.sasaran, args.per_sasaran, args.seed)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    count = sum(len(g["indicators"]) for g in data["goals"])
    print(f"{args.out}: {len(data['goals'])} sasaran, {count} IKU, {args.out.stat().st_size:,} B")


if __name__ == "__main__":
    main()

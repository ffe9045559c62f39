"""A synthetic province for benchmarks (SPEC §13): 60 units, ~4,000 officials, ~30,000 IKUs.

Generated deterministically from a seed with bulk inserts (no per-row audit entries: this is
generated test data, not anybody's edit), so the same seed always gives the same database.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import insert

from app.models import (
    ActionOutput,
    ActionPlan,
    Agreement,
    CascadeLink,
    Goal,
    Indicator,
    Ksd,
    KsdMonthTarget,
    Official,
    PeriodValue,
    SuccessCriterion,
    Unit,
)
from app.models.database import Database, refresh_statistics

UNIT_COUNT = 60
ADMINISTRATORS_PER_UNIT = 4
SUPERVISORS_PER_ADMINISTRATOR = 3
FUNCTIONALS_PER_UNIT = 20
STAFF_PER_UNIT = 30
YEAR = 2024


@dataclass(frozen=True)
class ProvinceShape:
    """How many of each the generator makes: the SPEC §13 province by default; tests that
    need sixty units but not their bulk (the import race) ask for `SMALL_UNITS`."""

    units: int = UNIT_COUNT
    administrators: int = ADMINISTRATORS_PER_UNIT
    supervisors: int = SUPERVISORS_PER_ADMINISTRATOR
    functionals: int = FUNCTIONALS_PER_UNIT
    staff: int = STAFF_PER_UNIT


SMALL_UNITS = ProvinceShape(administrators=1, supervisors=0, functionals=0, staff=0)

_TOPICS = (
    "pelayanan publik",
    "tata kelola keuangan",
    "kualitas data",
    "pengelolaan aset",
    "kepuasan masyarakat",
    "pengaduan masyarakat",
    "reformasi birokrasi",
    "manajemen risiko",
    "pengembangan kompetensi",
    "transformasi digital",
    "penanggulangan kemiskinan",
    "infrastruktur perkotaan",
    "kesehatan masyarakat",
    "pendidikan",
    "lingkungan hidup",
)
_FIRST = (
    "Ahmad",
    "Budi",
    "Citra",
    "Dewi",
    "Eko",
    "Fitri",
    "Gita",
    "Hadi",
    "Indah",
    "Joko",
    "Kartika",
    "Lestari",
    "Made",
    "Nur",
    "Oki",
    "Putri",
    "Rahmat",
    "Sari",
    "Taufik",
    "Wulan",
)
_LAST = (
    "Santoso",
    "Wijaya",
    "Lestari",
    "Pratama",
    "Saputra",
    "Hidayat",
    "Kusuma",
    "Siregar",
    "Nasution",
    "Harahap",
    "Purnomo",
    "Utami",
    "Setiawan",
    "Rahayu",
    "Gunawan",
)


class _Ids:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


def _nip(rng: random.Random, sequence: int) -> str:
    birth = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 30))
    appointed = birth.year + rng.randrange(21, 30)
    return f"{birth:%Y%m%d}{appointed}{rng.randrange(1, 13):02d}{rng.choice((1, 2))}{sequence % 1000:03d}"


def generate_province(
    db: Database,
    *,
    seed: int = 2024,
    shape: ProvinceShape = ProvinceShape(),
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    rng = random.Random(seed)
    new_id = _Ids(rng)
    now = dt.datetime(YEAR, 1, 2, tzinfo=dt.UTC)
    stamp = {"created_at": now, "updated_at": now, "revision": 1}
    rows: dict[type, list[dict[str, Any]]] = {
        model: []
        for model in (
            Unit,
            Official,
            Agreement,
            Goal,
            Indicator,
            PeriodValue,
            CascadeLink,
            ActionPlan,
            SuccessCriterion,
            ActionOutput,
            Ksd,
            KsdMonthTarget,
        )
    }
    nip_sequence = 0

    def person(unit_id: str, level: str, title: str, superior: str | None) -> str:
        nonlocal nip_sequence
        nip_sequence += 1
        official_id = new_id()
        rows[Official].append(
            {
                "id": official_id,
                "name": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                "nip": _nip(rng, nip_sequence) if level != "gubernur" else None,
                "position_title": title,
                "level": level,
                "employment_status": "elected" if level == "gubernur" else "pns",
                "unit_id": unit_id,
                "superior_id": superior,
                **stamp,
            }
        )
        return official_id

    def agreement(
        unit_id: str,
        owner: str,
        superior: str,
        goals: int,
        per_goal: int,
        parent_indicators: list[str],
    ) -> list[str]:
        agreement_id = new_id()
        rows[Agreement].append(
            {
                "id": agreement_id,
                "year": YEAR,
                "profile_code": "dki",
                "unit_id": unit_id,
                "owner_id": owner,
                "superior_id": superior,
                "kind": "original",
                "status": rng.choice(("draft", "final", "signed")),
                "signing_place": "Jakarta",
                **stamp,
            }
        )
        created: list[str] = []
        for g in range(goals):
            goal_id = new_id()
            rows[Goal].append(
                {
                    "id": goal_id,
                    "agreement_id": agreement_id,
                    "category": ("strategis", "khusus", "operasional")[min(g, 2)],
                    "number": str(g + 1),
                    "position": g,
                    "text": f"Meningkatnya {rng.choice(_TOPICS)} ({g + 1})",
                    **stamp,
                }
            )
            for i in range(per_goal):
                indicator_id = new_id()
                created.append(indicator_id)
                consolidation = rng.choice(("sum", "last", "average"))
                polarity = rng.choices(("maximize", "minimize", "stabilize"), (8, 2, 1))[0]
                validity, control = rng.choice(
                    (
                        ("exact", "moderate"),
                        ("exact", "low"),
                        ("proxy", "high"),
                        ("proxy", "moderate"),
                        ("proxy", "low"),
                        ("activity", "moderate"),
                    )
                )
                rows[Indicator].append(
                    {
                        "id": indicator_id,
                        "goal_id": goal_id,
                        "number": str(i + 1),
                        "position": i,
                        "name": f"Persentase {rng.choice(_TOPICS)} {g + 1}.{i + 1}",
                        "unit_of_measure": "Persen",
                        "polarity": polarity,
                        "period_consolidation": consolidation,
                        "measuring_period": "quarterly",
                        "validity": validity,
                        "control": control,
                        "cascade_type": "c",
                        "target_form": "number",
                        "completion_source": "none",
                        "mandatory": False,
                        "definition": "Definisi indikator sintetis.",
                        "formula": "Realisasi/Target",
                        **stamp,
                    }
                )
                base = Decimal(rng.randrange(50, 100))
                for quarter in range(1, 5):
                    target = base if consolidation != "sum" else Decimal(rng.randrange(5, 30))
                    actual = (target * Decimal(rng.randrange(70, 115)) / 100).quantize(
                        Decimal("0.01")
                    )
                    rows[PeriodValue].append(
                        {
                            "id": new_id(),
                            "indicator_id": indicator_id,
                            "period": f"TW{quarter}",
                            "target": target,
                            "actual": actual,
                            **stamp,
                        }
                    )
                if parent_indicators and rng.random() < 0.5:
                    rows[CascadeLink].append(
                        {
                            "id": new_id(),
                            "parent_indicator_id": rng.choice(parent_indicators),
                            "child_indicator_id": indicator_id,
                            "method": rng.choice(("direct", "indirect")),
                            **stamp,
                        }
                    )
        return created

    province_id = new_id()
    rows[Unit].append(
        {
            "id": province_id,
            "code": "PROV",
            "kind": "government",
            "position": 0,
            "name": "Pemerintah Provinsi Sintetis",
            "profile_code": "dki",
            **stamp,
        }
    )
    governor = person(province_id, "gubernur", "Gubernur Provinsi Sintetis", None)
    for u in range(shape.units):
        if progress:
            progress(u, shape.units)
        unit_id = new_id()
        code = f"PD{u + 1:02d}"
        rows[Unit].append(
            {
                "id": unit_id,
                "code": code,
                "kind": "perangkat_daerah",
                "name": f"Dinas Sintetis {u + 1:02d}",
                "parent_id": province_id,
                "position": u,
                "profile_code": "dki",
                **stamp,
            }
        )
        head = person(unit_id, "jpt_pratama", f"Kepala Dinas Sintetis {u + 1:02d}", governor)
        head_indicators = agreement(unit_id, head, governor, 3, 5, [])
        _action_plans(rows, new_id, rng, head_indicators, stamp)
        _ksd(rows, new_id, rng, unit_id, stamp)
        for a in range(shape.administrators):
            sub_id = new_id()
            rows[Unit].append(
                {
                    "id": sub_id,
                    "code": f"{code}-B{a + 1}",
                    "kind": "bidang",
                    "name": f"Bidang {a + 1} {code}",
                    "parent_id": unit_id,
                    "position": a,
                    "profile_code": "dki",
                    **stamp,
                }
            )
            admin = person(sub_id, "administrator", f"Kepala Bidang {a + 1}", head)
            admin_indicators = agreement(sub_id, admin, head, 3, 4, head_indicators)
            for s in range(shape.supervisors):
                supervisor = person(sub_id, "pengawas", f"Kepala Seksi {a + 1}.{s + 1}", admin)
                agreement(sub_id, supervisor, admin, 3, 4, admin_indicators)
        for f in range(shape.functionals):
            functional = person(unit_id, "fungsional", f"Analis {f + 1}", head)
            agreement(unit_id, functional, head, 3, 5, head_indicators)
        for _ in range(shape.staff):
            person(unit_id, "pelaksana", "Pengadministrasi Umum", head)
    with db.transaction("Buat provinsi sintetis") as session:
        for model, batch in rows.items():
            for start in range(0, len(batch), 5000):
                session.execute(insert(model), batch[start : start + 5000])
    refresh_statistics(db.engine)
    if progress:
        progress(shape.units, shape.units)
    return {
        "units": len(rows[Unit]),
        "officials": len(rows[Official]),
        "agreements": len(rows[Agreement]),
        "indicators": len(rows[Indicator]),
        "period values": len(rows[PeriodValue]),
    }


def _action_plans(
    rows: dict[type, list[dict[str, Any]]],
    new_id: _Ids,
    rng: random.Random,
    indicators: list[str],
    stamp: dict[str, Any],
) -> None:
    for indicator_id in indicators:
        for p in range(2):
            plan_id = new_id()
            rows[ActionPlan].append(
                {
                    "id": plan_id,
                    "indicator_id": indicator_id,
                    "position": p,
                    "text": f"Rencana aksi {p + 1}",
                    **stamp,
                }
            )
            for c in range(2):
                criterion_id = new_id()
                rows[SuccessCriterion].append(
                    {
                        "id": criterion_id,
                        "action_plan_id": plan_id,
                        "position": c,
                        "text": f"Kriteria {c + 1}",
                        **stamp,
                    }
                )
                rows[ActionOutput].append(
                    {
                        "id": new_id(),
                        "criterion_id": criterion_id,
                        "position": 0,
                        "text": "Laporan pelaksanaan",
                        "due_quarter": rng.randrange(1, 5),
                        "status": rng.choice(("planned", "done")),
                        **stamp,
                    }
                )


def _ksd(
    rows: dict[type, list[dict[str, Any]]],
    new_id: _Ids,
    rng: random.Random,
    unit_id: str,
    stamp: dict[str, Any],
) -> None:
    for k in range(10):
        ksd_id = new_id()
        rows[Ksd].append(
            {
                "id": ksd_id,
                "unit_id": unit_id,
                "year": YEAR,
                "position": k,
                "ksd_number": str(rng.randrange(1, 12)),
                "name": "KSD sintetis",
                "action_plan": f"Rencana aksi KSD {k + 1}",
                **stamp,
            }
        )
        for month in sorted(rng.sample(range(1, 13), 3)):
            rows[KsdMonthTarget].append(
                {
                    "id": new_id(),
                    "ksd_id": ksd_id,
                    "month": month,
                    "expected_output": "Laporan",
                    "done": False,
                    **stamp,
                }
            )

"""What the provincial office reads from a consolidated database (SPEC §9 "Consolidation"):
the coverage matrix (who has a draft / final / signed PK, which quarters are reported) and
province-wide values of an indicator aggregated from the units' indicators cascaded from it.

Aggregation runs on two axes, time first (each unit indicator's own period consolidation),
then unit (the province indicator's location consolidation), always over targets and
realisations or numerators and denominators; a percentage is computed once, at the end,
never averaged.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select

from app.engine.capaian import capaian, ratio_percent
from app.engine.enums import LocationConsolidation, PeriodConsolidation, Polarity
from app.engine.numbers import round2
from app.engine.periods import consolidate
from app.models import Agreement, CascadeLink, Goal, Indicator, PeriodValue, Unit
from app.models.database import Database
from app.models.enums import AgreementStatus, Period, UnitKind

QUARTERS = (Period.TW1, Period.TW2, Period.TW3, Period.TW4)
STATUSES = (AgreementStatus.DRAFT, AgreementStatus.FINAL, AgreementStatus.SIGNED)


@dataclass
class CoverageRow:
    """One unit (with its sub-units) in the coverage matrix."""

    unit_code: str
    unit_name: str
    agreements: dict[str, int] = field(default_factory=lambda: {s.value: 0 for s in STATUSES})
    #: per quarter: (IKU with a realisation, IKU with a target for that quarter)
    quarters: dict[str, tuple[int, int]] = field(
        default_factory=lambda: {q.value: (0, 0) for q in QUARTERS}
    )

    def reported(self, quarter: str) -> bool:
        """A quarter is reported when every IKU due in it has a realisation."""
        filled, due = self.quarters[quarter]
        return due > 0 and filled == due

    def quarter_cell(self, quarter: str) -> str:
        """ "ya" when reported, else "realised/due" (what the matrix and its export show)."""
        return "ya" if self.reported(quarter) else "{}/{}".format(*self.quarters[quarter])

    def cells(self) -> list[str]:
        """The row as the matrix shows it, in COVERAGE_HEADER order."""
        counts = [str(self.agreements[s.value]) for s in STATUSES]
        quarters = [self.quarter_cell(q.value) for q in QUARTERS]
        return [self.unit_code, self.unit_name, *counts, *quarters]


def reporting_units(session: object) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """Every unit mapped to the unit that answers for it in the matrix (a Perangkat Daerah
    for its bidang and seksi), and those units' codes and names."""
    rows = session.execute(select(Unit.id, Unit.parent_id, Unit.kind, Unit.code, Unit.name)).all()  # type: ignore[attr-defined]
    by_id = {r.id: r for r in rows}

    def top(unit_id: str) -> str:
        seen = set()
        current = by_id[unit_id]
        while current.parent_id in by_id and current.id not in seen:
            seen.add(current.id)
            parent = by_id[current.parent_id]
            if parent.kind == UnitKind.GOVERNMENT:
                return current.id
            current = parent
        return current.id

    owner = {unit_id: top(unit_id) for unit_id in by_id}
    names = {u: (by_id[u].code, by_id[u].name) for u in set(owner.values())}
    return owner, names


def coverage(db: Database, year: int) -> list[CoverageRow]:
    """The coverage matrix of `year`: one row per reporting unit, in unit-code order."""
    with db.session() as session:
        owner, names = reporting_units(session)
        status_counts = session.execute(
            select(Agreement.unit_id, Agreement.status, func.count())
            .where(Agreement.year == year)
            .group_by(Agreement.unit_id, Agreement.status)
        ).all()
        quarter_counts = session.execute(
            select(
                Agreement.unit_id,
                PeriodValue.period,
                func.count(),
                func.count(PeriodValue.actual) + func.count(PeriodValue.actual_label),
                func.count(PeriodValue.actual_label),
            )
            .join(Indicator, PeriodValue.indicator_id == Indicator.id)
            .join(Goal, Indicator.goal_id == Goal.id)
            .join(Agreement, Goal.agreement_id == Agreement.id)
            .where(
                Agreement.year == year,
                Agreement.status != AgreementStatus.SUPERSEDED,
                Indicator.sub_of_id.is_(None),
                PeriodValue.period.in_(QUARTERS),
                (PeriodValue.target.is_not(None)) | (PeriodValue.target_label.is_not(None)),
            )
            .group_by(Agreement.unit_id, PeriodValue.period)
        ).all()
    rows = {u: CoverageRow(*names[u]) for u in names}
    for unit_id, status, count in status_counts:
        if status in STATUSES:
            row = rows[owner[unit_id]]
            row.agreements[status.value] += count
    for unit_id, period, due, filled, _labels in quarter_counts:
        row = rows[owner[unit_id]]
        old_filled, old_due = row.quarters[period.value]
        row.quarters[period.value] = (old_filled + min(filled, due), old_due + due)
    used = {owner[u] for u, *_ in status_counts}
    return sorted((rows[u] for u in used), key=lambda r: r.unit_code)


COVERAGE_HEADER = (
    "Kode unit",
    "Unit",
    "PK draf",
    "PK final",
    "PK ditandatangani",
    *(f"{q.value} dilaporkan" for q in QUARTERS),
)


def coverage_csv(rows: Iterable[CoverageRow]) -> str:
    """The matrix as CSV for a spreadsheet (semicolons: Indonesian Excel reads a decimal
    comma); a quarter reads "ya" or "filled/due"."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(COVERAGE_HEADER)
    writer.writerows(row.cells() for row in rows)
    return out.getvalue()


@dataclass(frozen=True)
class ProvinceValue:
    """A province indicator's value up to a quarter, aggregated from its units."""

    indicator_id: str
    name: str
    units: int
    target: Decimal | None
    actual: Decimal | None
    capaian: Decimal | None


def _upto(series: Sequence[Decimal | None], method: PeriodConsolidation, quarter: int):
    return consolidate(tuple(series), method, quarter)


def _combine(values: list[Decimal], method: LocationConsolidation) -> Decimal | None:
    if not values:
        return None
    total = sum(values, Decimal(0))
    return total / len(values) if method is LocationConsolidation.AVERAGE else total


def province_values(
    db: Database, indicator_ids: Sequence[str], quarter: int
) -> list[ProvinceValue]:
    """Each province indicator's value s.d. TW`quarter` from the indicators cascaded from it.

    Time axis: every child's targets and realisations (numerators and denominators for
    Raw Data) consolidated up to the quarter by the child's own period consolidation. Unit
    axis: the parent's location consolidation over those (Sum adds, Average takes the mean
    of the values, Raw Data adds numerators and denominators and divides).
    """
    with db.session() as session:
        parents = {
            i.id: i
            for i in session.scalars(select(Indicator).where(Indicator.id.in_(indicator_ids)))
        }
        links = session.execute(
            select(CascadeLink.parent_indicator_id, CascadeLink.child_indicator_id).where(
                CascadeLink.parent_indicator_id.in_(indicator_ids)
            )
        ).all()
        child_ids = {child for _, child in links}
        methods = dict(
            session.execute(
                select(Indicator.id, Indicator.period_consolidation).where(
                    Indicator.id.in_(child_ids)
                )
            ).all()
        )
        series: dict[str, dict[str, list[Decimal | None]]] = defaultdict(
            lambda: {k: [None] * 4 for k in ("target", "actual", "numerator", "denominator")}
        )
        for value in session.scalars(
            select(PeriodValue).where(
                PeriodValue.indicator_id.in_(child_ids), PeriodValue.period.in_(QUARTERS)
            )
        ):
            slot = QUARTERS.index(value.period)
            for key in ("target", "actual", "numerator", "denominator"):
                series[value.indicator_id][key][slot] = getattr(value, key)
    children: dict[str, list[str]] = defaultdict(list)
    for parent, child in links:
        children[parent].append(child)
    result = []
    for indicator_id in indicator_ids:
        parent = parents.get(indicator_id)
        if parent is None:
            continue
        location = parent.location_consolidation or LocationConsolidation.SUM
        sums: dict[str, list[Decimal]] = defaultdict(list)
        for child in children[indicator_id]:
            method = methods.get(child) or PeriodConsolidation.SUM
            for key, values in series[child].items():
                value = _upto(values, PeriodConsolidation(method), quarter)
                if value is not None:
                    sums[key].append(value)
        if location is LocationConsolidation.RAW:
            numerator = _combine(sums["numerator"], LocationConsolidation.SUM)
            denominator = _combine(sums["denominator"], LocationConsolidation.SUM)
            actual = ratio_percent(numerator, denominator) if numerator and denominator else None
            target = Decimal(100) if actual is not None else None
        else:
            target = _combine(sums["target"], location)
            actual = _combine(sums["actual"], location)
        score = None
        if target is not None and actual is not None and target != 0:
            polarity = Polarity(parent.polarity or Polarity.MAXIMIZE)
            score = round2(capaian(target, actual, polarity).value)
        result.append(
            ProvinceValue(
                indicator_id,
                parent.name,
                len(children[indicator_id]),
                target,
                actual,
                score,
            )
        )
    return result


def province_indicator_ids(db: Database, year: int, unit_code: str | None = None) -> list[str]:
    """The IKU whose province value is shown: those of the Gubernur's agreements (units of
    kind government), or of one unit's agreements, that have indicators cascaded from them."""
    with db.session() as session:
        statement = (
            select(Indicator.id)
            .join(Goal, Indicator.goal_id == Goal.id)
            .join(Agreement, Goal.agreement_id == Agreement.id)
            .join(Unit, Agreement.unit_id == Unit.id)
            .where(
                Agreement.year == year,
                Agreement.status != AgreementStatus.SUPERSEDED,
                Indicator.sub_of_id.is_(None),
                Indicator.id.in_(select(CascadeLink.parent_indicator_id)),
            )
            .order_by(Unit.code, Agreement.id, Goal.position, Indicator.position)
        )
        if unit_code is None:
            statement = statement.where(Unit.kind == UnitKind.GOVERNMENT)
        else:
            statement = statement.where(Unit.code == unit_code)
        return list(session.scalars(statement))

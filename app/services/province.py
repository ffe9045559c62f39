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
import datetime as dt
import io
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from app.engine.capaian import capaian, ratio_percent
from app.engine.enums import LocationConsolidation, PeriodConsolidation, Polarity
from app.engine.numbers import round2
from app.engine.periods import consolidate
from app.models import Agreement, CascadeLink, Goal, Indicator, PeriodValue, Unit
from app.models.changelog import SyncBundle, SyncConflict, SyncRevision
from app.models.database import Database
from app.models.enums import AgreementStatus, Period, UnitKind

QUARTERS = (Period.TW1, Period.TW2, Period.TW3, Period.TW4)
#: Fills of a quarter reported / not yet, and of open conflicts (the window and the workbook).
REPORTED_FILL, MISSING_FILL = "D8F0D8", "F8DCDC"
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

    def quarter_cell(self, quarter: str, yes: str = "ya") -> str:
        """`yes` ("ya") when reported, else "realised/due" (what the matrix and its export
        show); the window and the command line pass their language's word."""
        return yes if self.reported(quarter) else "{}/{}".format(*self.quarters[quarter])

    #: the newest bundle received from the unit: when, its last sequence number, its status
    last_bundle_at: dt.datetime | None = None
    last_bundle_seq: int | None = None
    last_bundle_held: bool = False
    #: conflicts its bundles raised that nobody has resolved yet
    open_conflicts: int = 0

    def last_bundle_cell(self, held: str = "ditahan") -> str:
        """ "01-12-2026", "01-12-2026 (ditahan)" while it waits for its predecessor, or "";
        the window and the command line pass their language's word for `held`."""
        if self.last_bundle_at is None:
            return ""
        day = self.last_bundle_at.strftime("%d-%m-%Y")
        return f"{day} ({held})" if self.last_bundle_held else day

    def cells(self, yes: str = "ya", held: str = "ditahan") -> list[str]:
        """The row as the matrix shows it, in COVERAGE_HEADER order."""
        counts = [str(self.agreements[s.value]) for s in STATUSES]
        quarters = [self.quarter_cell(q.value, yes) for q in QUARTERS]
        seq = "" if self.last_bundle_seq is None else str(self.last_bundle_seq)
        bundle = [self.last_bundle_cell(held), seq, str(self.open_conflicts)]
        return [self.unit_code, self.unit_name, *counts, *quarters, *bundle]


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
        bundles = _bundle_columns(session)
        unit_ids = dict(session.execute(select(Unit.code, Unit.id)).all())
    rows = {u: CoverageRow(*names[u]) for u in names}
    for code, (received_at, seq, held, conflicts) in bundles.items():
        row = rows.get(owner.get(unit_ids.get(code, ""), ""))
        if row is None:
            continue
        if row.last_bundle_at is None or received_at > row.last_bundle_at:
            row.last_bundle_at, row.last_bundle_seq, row.last_bundle_held = received_at, seq, held
        row.open_conflicts += conflicts
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


def _bundle_columns(session: object) -> dict[str, tuple[dt.datetime, int | None, bool, int]]:
    """Per bundle-sending unit code: its newest received bundle (when, last sequence number,
    held or not) and the open conflicts its bundles raised."""
    ledger = SyncBundle.__table__
    newest: dict[str, tuple[dt.datetime, int | None, bool]] = {}
    for code, received_at, seq, status in session.execute(  # type: ignore[attr-defined]
        select(ledger.c.unit_code, ledger.c.recorded_at, ledger.c.seq_to, ledger.c.status)
        .where(ledger.c.direction == "in", ledger.c.kind != "receipt")
        .order_by(ledger.c.recorded_at, ledger.c.bundle_id)
    ):
        newest[code] = (received_at, seq, status == "held")
    revisions = SyncRevision.__table__
    conflicts = dict(
        session.execute(  # type: ignore[attr-defined]
            select(ledger.c.unit_code, func.count(func.distinct(SyncConflict.id)))
            .join(
                revisions,
                revisions.c.rev_id.in_([SyncConflict.winner_rev, SyncConflict.other_rev]),
            )
            .join(ledger, ledger.c.bundle_id == revisions.c.received_in)
            .group_by(ledger.c.unit_code)
        ).all()
    )
    return {code: (*newest[code], int(conflicts.get(code, 0))) for code in newest}


COVERAGE_HEADER = (
    "Kode unit",
    "Unit",
    "PK draf",
    "PK final",
    "PK ditandatangani",
    *(f"{q.value} dilaporkan" for q in QUARTERS),
    "Bundel terakhir",
    "Urutan bundel terakhir",
    "Konflik terbuka",
)


def coverage_csv(rows: Iterable[CoverageRow]) -> str:
    """The matrix as CSV for a spreadsheet (semicolons: Indonesian Excel reads a decimal
    comma); a quarter reads "ya" or "filled/due"."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(COVERAGE_HEADER)
    writer.writerows(row.cells() for row in rows)
    return out.getvalue()


def coverage_xlsx(rows: Sequence[CoverageRow], year: int, path: Path) -> Path:
    """The matrix as a formatted workbook: counts and sequence numbers as numbers, the day of
    the last bundle as a date, quarters coloured reported / not yet."""
    from app.documents.table_workbook import Cell, write_table_workbook

    widths = (12, 40, 8, 8, 12, 9, 9, 9, 9, 14, 12, 10)
    table = []
    for row in rows:
        cells = [Cell(row.unit_code), Cell(row.unit_name)]
        cells += [Cell(row.agreements[s.value]) for s in STATUSES]
        for quarter in QUARTERS:
            fill = REPORTED_FILL if row.reported(quarter.value) else MISSING_FILL
            cells.append(Cell(row.quarter_cell(quarter.value), fill))
        day = row.last_bundle_at.date() if row.last_bundle_at else None
        cells.append(Cell(row.last_bundle_cell() if row.last_bundle_held else day))
        cells.append(Cell(row.last_bundle_seq))
        cells.append(Cell(row.open_conflicts, MISSING_FILL if row.open_conflicts else None))
        table.append(cells)
    return write_table_workbook(
        path,
        sheet="Cakupan PK",
        heading=f"Cakupan PK provinsi tahun {year}",
        columns=list(zip(COVERAGE_HEADER, widths, strict=True)),
        rows=table,
    )


def write_coverage(rows: Sequence[CoverageRow], year: int, path: Path) -> Path:
    """Export the matrix: a workbook for .xlsx, else semicolon CSV."""
    if path.suffix.lower() == ".xlsx":
        return coverage_xlsx(rows, year, path)
    path.write_text(coverage_csv(rows), encoding="utf-8")
    return path


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

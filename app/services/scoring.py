"""Scores and rule findings of agreements in the database, computed by the engine.

Rows are read with a handful of flat queries (not an object graph), turned into the engine's
plain input records, and scored; the same inputs feed the rule checks. Reading in bulk is
what keeps a whole province within the SPEC §13 budget.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import Connection, Select, Text, and_, case, cast, func, select
from sqlalchemy.orm import Session, aliased

from app.engine import rules as content_rules
from app.engine.action_plans import (
    ActionOutputFact,
    ActionPlanFacts,
    check_action_plans,
    completion_series,
)
from app.engine.agreement import (
    AgreementInput,
    GoalInput,
    IndicatorInput,
    LocationInput,
)
from app.engine.cascade_rules import (
    CascadeChild,
    CascadeIndicatorFacts,
    NonCascadingFacts,
    SheetFacts,
    check_cascade,
    check_metadata_sheet,
    check_noncascading,
)
from app.engine.enums import (
    CASCADE_METHOD_BY_VALUE,
    CONTROL_BY_VALUE,
    LOCATION_CONSOLIDATION_BY_VALUE,
    MEASURING_PERIOD_BY_VALUE,
    PERIOD_CONSOLIDATION_BY_VALUE,
    POLARITY_BY_VALUE,
    VALIDITY_BY_VALUE,
    Level,
)
from app.engine.findings import Finding
from app.engine.lifecycle_rules import (
    AgreementFacts,
    check_completeness,
    check_lifecycle,
    check_nip,
    check_pk_required,
)
from app.engine.periods import AsOf, parse_as_of
from app.engine.reference_rules import check_mandatory
from app.engine.scoring import AgreementScore, paused_gc
from app.engine.scoring import score_agreement as engine_score
from app.models import (
    ActionOutput,
    ActionPlan,
    Agreement,
    CascadeLink,
    Goal,
    Indicator,
    IndicatorLocation,
    Ksd,
    KsdMonthTarget,
    LocationValue,
    Official,
    PeriodValue,
    RpjmdIndicator,
    SuccessCriterion,
    Unit,
)
from app.models.database import Database
from app.models.enums import CompletionSource, EmploymentStatus, OutputStatus, Period
from app.services import reference
from app.services.errors import invalid, not_found
from app.services.profiles import load_profile

HUNDRED = Decimal(100)
_QUARTERS = ("TW1", "TW2", "TW3", "TW4")
_MONTHS = tuple(f"B{m:02d}" for m in range(1, 13))
_QUARTER_INDEX = {quarter: index for index, quarter in enumerate(_QUARTERS)}
# From this many agreements on, reading whole tables beats filtering them by agreement.
_WHOLE_TABLES_FROM = 500

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class AgreementMeta:
    """Who and what an engine input belongs to, for reports."""

    id: str
    year: int
    profile_code: str
    status: str
    kind: str
    unit_code: str
    unit_name: str
    owner_name: str
    owner_nip: str | None
    owner_level: str | None


@dataclass(frozen=True)
class ScoredAgreement:
    """An agreement's score; `input` holds what the score was computed from (from
    `score_agreements`, values after the period only when it was asked for whole inputs)."""

    meta: AgreementMeta
    input: AgreementInput
    score: AgreementScore


def _as_of(value: str) -> AsOf:
    try:
        return parse_as_of(value)
    except ValueError as exc:
        raise invalid("period_unknown", "period", period=str(value)) from exc


def _series(values: dict[str, Any], keys: tuple[str, ...]) -> tuple[Decimal | None, ...]:
    return tuple(values.get(k) for k in keys)


def _completion_quarter(day: dt.date | None) -> int | None:
    return None if day is None else (day.month - 1) // 3 + 1


@contextmanager
def _cursor(connection: Connection, statement: Select[Any]) -> Iterator[Any]:
    """The driver's cursor with `statement` executed: iterating it gives plain DBAPI tuples.

    A province holds ~120,000 period values; wrapping them in Row objects and running type
    processors costs as much as the read itself, so the hot path compiles the statement and
    reads through the driver's cursor. Consuming each row as it arrives (rather than after
    `fetchall`) uses it while it is still in the CPU cache and frees it for the next one:
    at this size a second pass over the rows costs more than the work done on them. The
    loop iterates the cursor itself: a generator in between costs a resumed frame per row.
    """
    compiled = statement.compile(
        dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
    )
    parameters: Any = compiled.params
    if compiled.positional and compiled.positiontup is not None:
        parameters = tuple(compiled.params[name] for name in compiled.positiontup)
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled), parameters)
        yield cursor
    finally:
        cursor.close()


def _rows(connection: Connection, statement: Select[Any]) -> list[tuple[Any, ...]]:
    """Every row of `statement` as plain DBAPI tuples (for the smaller reads)."""
    with _cursor(connection, statement) as cursor:
        return list(cursor)


class _Completed(NamedTuple):
    """An IKU whose realisation comes from its Rencana Aksi or KSD milestones."""

    id: str
    completion_source: str


# An IKU's decoded repeating columns (see `_indicator_inputs`): validity, control, polarity,
# period consolidation, measuring period, location consolidation (members or None), unit,
# target aspect, scale, RPJMD sasaran, cascade method, mandatory, completion source (None
# when none), position.
_Traits = tuple[Any, ...]


def _json_array(dialect: str, *columns: Any) -> Any:
    """The columns as the text of one JSON array, on SQLite or PostgreSQL."""
    if dialect == "postgresql":
        return cast(func.json_build_array(*columns), Text)
    return func.json_array(*columns)  # SQLite's JSON1 (also MySQL)


_NO_COMPLETION = CompletionSource.NONE.value


def _traits(packed: str, rpjmd_goal_of: Callable[[str], str | None]) -> _Traits:
    """`_Traits` from the JSON array text of `_json_array` (stored enum values are the
    members' values; an unknown one raises, as reading the column would). Runs once per
    distinct text, so the columns are read by index, in `_Traits` order."""
    column = json.loads(packed)
    rpjmd_id, completion = column[9], column[12]
    return (
        VALIDITY_BY_VALUE[column[0]],
        CONTROL_BY_VALUE[column[1]],
        POLARITY_BY_VALUE[column[2]],
        PERIOD_CONSOLIDATION_BY_VALUE[column[3]],
        MEASURING_PERIOD_BY_VALUE[column[4]],
        LOCATION_CONSOLIDATION_BY_VALUE[column[5]],
        column[6],  # unit
        column[7],  # target aspect
        column[8],  # scale
        rpjmd_goal_of(rpjmd_id) if rpjmd_id else None,
        CASCADE_METHOD_BY_VALUE[column[10]],
        bool(column[11]),  # mandatory
        None if completion == _NO_COMPLETION else completion,
        column[13],  # position
    )


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(value)


class _Decimals(dict[Any, Decimal | None]):
    """Stored decimal text -> Decimal, each distinct text parsed once (None stays None).

    Values repeat a lot across a province (100, 95…); `__missing__` keeps a hit to a single
    subscript.
    """

    def __init__(self) -> None:
        super().__init__({None: None})

    def __missing__(self, text: Any) -> Decimal:
        value = self[text] = Decimal(text)
        return value


def load_inputs(
    session: Session,
    agreement_filter: Callable[[Select[Any]], Select[Any]] | None = None,
    *,
    through: int | None = None,
) -> list[tuple[AgreementMeta, AgreementInput]]:
    """Engine inputs of every agreement the filter keeps (all when None), in display order.

    `through` (a quarter, 1..4) leaves out the values a score up to that quarter never reads:
    later quarters and the annual row (monthly rows are all read). The scores come out the
    same and a province reads far fewer rows, but those inputs lack the later targets, so
    rules and documents need the default (every value).
    """
    owner = aliased(Official)
    agreements_query = (
        select(
            Agreement.id,
            Agreement.year,
            Agreement.profile_code,
            Agreement.status,
            Agreement.kind,
            Unit.code,
            Unit.name,
            owner.name,
            owner.nip,
            owner.level,
        )
        .join(Unit, Agreement.unit_id == Unit.id)
        .join(owner, Agreement.owner_id == owner.id)
        .where(Agreement.deleted_at.is_(None))
    )
    if agreement_filter is not None:
        agreements_query = agreement_filter(agreements_query)
    connection = session.connection()
    # Stored enum values are the members' values, which is what AgreementMeta carries.
    metas = [
        AgreementMeta(*row)
        for row in _rows(
            connection, agreements_query.order_by(Agreement.year, Unit.code, owner.name)
        )
    ]
    if not metas:
        return []
    chosen = [m.id for m in metas]
    # Scoring many agreements (a province, or a year of it) reads whole tables: filtering by a
    # subquery of agreements makes SQLite do more than twice the work of a plain scan, and rows
    # of other or tombstoned agreements are simply never reached from the ones chosen here.
    whole_tables = agreement_filter is None or len(chosen) >= _WHOLE_TABLES_FROM

    goal_t, ind_t = Goal.__table__, Indicator.__table__
    # The filters by agreement are built only when used: an IN list of a province's
    # agreements costs a bound parameter per agreement to build, even if never compiled.
    live_indicators: Select[Any] | None = None
    goals_within: tuple[Any, ...] = ()
    indicators_within: tuple[Any, ...] = ()
    if not whole_tables:
        live_indicators = (
            select(ind_t.c.id)
            .join(goal_t, ind_t.c.goal_id == goal_t.c.id)
            .where(
                goal_t.c.agreement_id.in_(chosen),
                ind_t.c.deleted_at.is_(None),
                goal_t.c.deleted_at.is_(None),
                ind_t.c.sub_of_id.is_(None),
            )
        )
        goals_within = (goal_t.c.agreement_id.in_(chosen),)
        indicators_within = (ind_t.c.id.in_(live_indicators),)
    indicators_of = _indicator_inputs(
        session,
        live_indicators,
        indicators_within,
        None if through is None or through >= 4 else (*_QUARTERS[through:], "annual"),
    ).get
    # Sorted by position here rather than by SQLite (its sorter costs more than sorting in
    # Python); the sasaran are built as they are grouped, positionally.
    goal_rows = _rows(
        connection,
        select(
            goal_t.c.position,
            goal_t.c.id,
            goal_t.c.agreement_id,
            goal_t.c.text,
            goal_t.c.category,
            goal_t.c.rpjmd_goal_id,
        ).where(goal_t.c.deleted_at.is_(None), *goals_within),
    )
    goal_rows.sort(key=itemgetter(0))
    goals_by_agreement: dict[str, list[GoalInput]] = defaultdict(list)
    for _, goal_id, agreement_id, text, category, rpjmd_goal_id in goal_rows:
        goals_by_agreement[agreement_id].append(
            GoalInput(goal_id, text, indicators_of(goal_id, ()), category, rpjmd_goal_id)
        )
    goals_of = goals_by_agreement.get
    levels: dict[str | None, Level | None] = {None: None}
    result = []
    for meta in metas:
        level = levels.get(meta.owner_level)
        if level is None and meta.owner_level is not None:
            level = levels[meta.owner_level] = Level(meta.owner_level)
        result.append(
            (meta, AgreementInput(meta.id, tuple(goals_of(meta.id, ())), level, meta.year))
        )
    return result


def _indicator_inputs(
    session: Session,
    live_indicators: Select[Any] | None,
    chosen: tuple[Any, ...],
    skipped: tuple[str, ...] | None = None,
) -> dict[str, tuple[IndicatorInput, ...]]:
    """IndicatorInputs with their period values, per goal id, in display order.

    `live_indicators` limits the value rows read (None: the whole table); `chosen` is the
    matching condition on the indicators; value rows of the `skipped` periods are not read.
    Each row is used as the driver hands it over: the plain quarterly and annual values
    (nearly all of a province) go straight into per-indicator slots; the IKUs with any other
    row (ranges, raw data, monthly or semester rows) are read again in full for
    `_irregular_series`, which patches their indicators afterwards.
    """
    connection = session.connection()
    value_t, ind_t = PeriodValue.__table__, Indicator.__table__
    within: tuple[Any, ...] = ()
    if skipped is not None:
        # Chained `<>` rather than NOT IN: SQLite probes an IN list's ephemeral index per row,
        # which costs more than three string comparisons over 120,000 rows. They come first:
        # SQLite tests the conditions in the order written, and a skipped row is then refused
        # before its last column (deleted_at) is decoded.
        within += tuple(value_t.c.period != period for period in skipped)
    within += (value_t.c.deleted_at.is_(None),)
    if live_indicators is not None:
        within += (value_t.c.indicator_id.in_(live_indicators),)
    # A plain quarterly or annual value (no range, no raw data; nearly all of a province)
    # comes back as (IKU, slot, target, actual); any other row (a month, a semester, a range,
    # raw data) as (IKU, NULL, …), and its IKU is read again in full below. Each column the
    # driver hands over costs about as much as the Python work on it, and the three NULL
    # columns of a plain row were a third of this read.
    plain = and_(
        value_t.c.target_upper.is_(None),
        value_t.c.numerator.is_(None),
        value_t.c.denominator.is_(None),
    )
    slot_of_period = case((plain, case(_PLAIN_SLOTS, value=value_t.c.period)))
    # Per IKU: TW1..TW4 targets, the annual target, TW1..TW4 actuals, the annual actual.
    slots: dict[str, list[Decimal | None]] = {}
    irregular_ids: dict[str, None] = {}
    decimals = _Decimals()
    last_id: str | None = None
    slot: list[Decimal | None] = []
    with _cursor(
        connection,
        select(value_t.c.indicator_id, slot_of_period, value_t.c.target, value_t.c.actual).where(
            *within
        ),
    ) as rows:
        for ind_id, index, target, actual in rows:
            if index is None:
                irregular_ids[ind_id] = None
                continue
            if ind_id != last_id:  # an IKU's rows mostly follow each other: no hashing then
                last_id, slot = ind_id, slots.get(ind_id)
                if slot is None:
                    slot = slots[ind_id] = [None] * 10
            slot[index] = decimals[target]
            slot[5 + index] = decimals[actual]
    irregular = _value_rows(connection, list(irregular_ids), within)
    locations = _load_locations(session, live_indicators)

    slot_of, locations_of = slots.get, locations.get
    # An IKU linked to an RPJMD IKU counts towards that IKU's RPJMD sasaran (a small table).
    rpjmd_goal_of = {
        rpjmd_id: goal_id
        for rpjmd_id, goal_id in session.execute(
            select(RpjmdIndicator.id, RpjmdIndicator.rpjmd_goal_id)
        )
    }.get
    # The columns that repeat across a province (codes, unit, scale, RPJMD link, position)
    # come back as one JSON array text, decoded once per distinct text: each column the
    # driver hands over costs about as much as the Python work on it, and SQLite builds the
    # array for less than the fourteen columns it replaces. Free texts stay columns of their own.
    traits: dict[str, _Traits] = {}
    no_slot = (None,) * 10
    # Only the IKUs patched below (other than plain values, or realised from milestones) are
    # kept by id: a dict of the whole province's would be built for nothing.
    by_id: dict[str, IndicatorInput] = {}
    completed: list[_Completed] = []
    # (position, IKU) per sasaran, sorted at the end: sorting each sasaran's few IKUs costs
    # less than sorting the province's and grouping it afterwards.
    placed: dict[str, list[tuple[int, IndicatorInput]]] = {}
    placed_in = placed.get
    with _cursor(
        connection,
        # Sorted below rather than by SQLite: its sorter costs more than sorting in Python.
        select(
            ind_t.c.id,
            ind_t.c.goal_id,
            ind_t.c.name,
            _json_array(
                connection.dialect.name,
                ind_t.c.validity,
                ind_t.c.control,
                ind_t.c.polarity,
                ind_t.c.period_consolidation,
                ind_t.c.measuring_period,
                ind_t.c.location_consolidation,
                ind_t.c.unit_of_measure,
                ind_t.c.target_aspect,
                ind_t.c.scale_code,
                ind_t.c.rpjmd_indicator_id,
                ind_t.c.cascade_method,
                ind_t.c.mandatory,
                ind_t.c.completion_source,
                ind_t.c.position,
            ),
            ind_t.c.definition,
            ind_t.c.formula,
        ).where(ind_t.c.deleted_at.is_(None), ind_t.c.sub_of_id.is_(None), *chosen),
    ) as rows:
        for ind_id, goal_id, name, packed, definition, formula in rows:
            trait = traits.get(packed)
            if trait is None:
                trait = traits[packed] = _traits(packed, rpjmd_goal_of)
            (
                validity,
                control,
                polarity,
                consolidation,
                measuring,
                location_mode,
                unit,
                aspect,
                scale,
                rpjmd_goal,
                cascade,
                mandatory,
                completion,
                position,
            ) = trait
            slot = slot_of(ind_id, no_slot)
            # positional: this runs once per IKU of the province
            indicator = IndicatorInput(
                ind_id,
                name,
                validity,
                control,
                polarity,
                consolidation,
                (slot[0], slot[1], slot[2], slot[3]),
                (slot[5], slot[6], slot[7], slot[8]),
                None,
                slot[4],
                None,
                measuring,
                location_mode,
                locations_of(ind_id, ()),
                unit,
                definition,
                formula,
                aspect,
                scale,
                rpjmd_goal,
                cascade,
                mandatory,
            )
            group = placed_in(goal_id)
            if group is None:
                placed[goal_id] = [(position, indicator)]
            else:
                group.append((position, indicator))
            if completion is not None:
                completed.append(_Completed(ind_id, completion))
                by_id[ind_id] = indicator
            elif ind_id in irregular_ids:
                by_id[ind_id] = indicator
    for indicator, (targets, actuals, highs, annual, annual_high) in _irregular_series(
        irregular, by_id
    ):
        indicator.targets, indicator.actuals, indicator.targets_high = targets, actuals, highs
        indicator.annual_target, indicator.annual_target_high = annual, annual_high
    for ind_id, series in _load_completion(session, completed).items():
        indicator = by_id[ind_id]
        indicator.actuals = series or indicator.actuals
    by_position, indicator_of = itemgetter(0), itemgetter(1)
    by_goal: dict[str, tuple[IndicatorInput, ...]] = {}
    for goal_id, group in placed.items():
        if len(group) > 1:
            group.sort(key=by_position)  # stable: equal positions keep the rows' order
        by_goal[goal_id] = tuple(map(indicator_of, group))
    return by_goal


# Target slots of the plain values read in bulk (`_indicator_inputs`); the actual's is 5 on.
_PLAIN_SLOTS = {"TW1": 0, "TW2": 1, "TW3": 2, "TW4": 3, "annual": 4}

# Ids per IN list when re-reading the few IKUs with other than plain quarterly values: well
# under every backend's limit on bound parameters.
_IDS_PER_QUERY = 500


def _value_rows(
    connection: Connection, indicator_ids: list[str], within: tuple[Any, ...]
) -> list[tuple[Any, ...]]:
    """Every value row (all columns) of the given IKUs that `within` keeps (`within`
    leaves tombstoned rows out)."""
    value_t = PeriodValue.__table__
    rows: list[tuple[Any, ...]] = []
    for start in range(0, len(indicator_ids), _IDS_PER_QUERY):
        chunk = indicator_ids[start : start + _IDS_PER_QUERY]
        rows.extend(
            _rows(
                connection,
                select(
                    value_t.c.indicator_id,
                    value_t.c.period,
                    value_t.c.target,
                    value_t.c.target_upper,
                    value_t.c.actual,
                    value_t.c.numerator,
                    value_t.c.denominator,
                ).where(value_t.c.indicator_id.in_(chunk), *within),
            )
        )
    return rows


def _irregular_series(
    rows: list[tuple[Any, ...]], by_id: dict[str, IndicatorInput]
) -> Iterable[tuple[IndicatorInput, tuple[Any, Any, Any, Any, Any]]]:
    """(indicator, (targets, actuals, highs, annual target, annual high)) of every indicator
    of `by_id` from all its value rows (`rows`): an IKU with a range, raw data, monthly or
    semester values (plain quarters not in `rows` are taken from the indicator as first
    built)."""
    # Per indicator: [TW1..TW4 targets, TW1..TW4 actuals, upper bounds or None, {other: …}].
    slots: dict[str, list[Any]] = {}
    for ind_id, period, target, upper, actual, num, den in rows:
        indicator = by_id.get(ind_id)
        if indicator is None:
            continue
        slot = slots.get(ind_id)
        if slot is None:
            slot = slots[ind_id] = [*indicator.targets, *indicator.actuals, None, {}]
        if actual is None and num is not None and den:
            actual = Decimal(num) / Decimal(den) * HUNDRED  # raw data (79 of 87) as a percentage
        index = _QUARTER_INDEX.get(period)
        if index is None:  # annual, semester or monthly values
            slot[9][period] = (_dec(target), _dec(upper), _dec(actual))
            continue
        slot[index] = _dec(target)
        slot[4 + index] = _dec(actual)
        if upper is not None:
            if slot[8] is None:
                slot[8] = [None] * 4
            slot[8][index] = Decimal(upper)
    no_annual = (None, None, None)
    for ind_id, slot in slots.items():
        targets, actuals = tuple(slot[0:4]), tuple(slot[4:8])
        highs = tuple(slot[8]) if slot[8] is not None else None
        others = slot[9]
        if "B01" in others or "B12" in others:  # a monthly indicator: 12-slot series
            months = [others.get(m, no_annual) for m in _MONTHS]
            targets = tuple(m[0] for m in months)
            actuals = tuple(m[2] for m in months)
            highs = tuple(m[1] for m in months) if any(m[1] for m in months) else None
        annual = others.get("annual", no_annual)
        yield by_id[ind_id], (targets, actuals, highs, annual[0], annual[1])


def _load_locations(session: Session, indicator_ids: Any) -> dict[str, tuple[LocationInput, ...]]:
    """Locations of the given indicators (a subquery), or of every indicator when None."""
    chosen = () if indicator_ids is None else (IndicatorLocation.indicator_id.in_(indicator_ids),)
    rows = session.execute(
        select(
            IndicatorLocation.id,
            IndicatorLocation.indicator_id,
            IndicatorLocation.name,
            LocationValue.period,
            LocationValue.target,
            LocationValue.actual,
            LocationValue.numerator,
            LocationValue.denominator,
        )
        .outerjoin(
            LocationValue,
            (LocationValue.location_id == IndicatorLocation.id)
            & LocationValue.deleted_at.is_(None),
        )
        .where(*chosen, IndicatorLocation.deleted_at.is_(None))
        .order_by(IndicatorLocation.position)
    ).all()
    grouped: dict[str, dict[str, dict[str, dict[str, Any]]]] = defaultdict(dict)
    for loc_id, ind_id, _name, period, target, actual, num, den in rows:
        data = grouped[ind_id].setdefault(loc_id, {"t": {}, "a": {}, "n": {}, "d": {}})
        if period is None:
            continue
        data["t"][period.value] = target
        data["a"][period.value] = actual
        data["n"][period.value] = num
        data["d"][period.value] = den
    result: dict[str, tuple[LocationInput, ...]] = {}
    for ind_id, locs in grouped.items():
        result[ind_id] = tuple(
            LocationInput(
                id=loc_id,
                targets=_series(d["t"], _QUARTERS),
                actuals=_series(d["a"], _QUARTERS),
                numerators=_series(d["n"], _QUARTERS) if any(d["n"].values()) else None,
                denominators=_series(d["d"], _QUARTERS) if any(d["d"].values()) else None,
            )
            for loc_id, d in locs.items()
        )
    return result


def _load_completion(session: Session, rows: list[Any]) -> dict[str, tuple[Decimal | None, ...]]:
    """Realisations of 'persentase penyelesaian rencana aksi' IKUs from their milestones."""
    milestones: dict[str, list[tuple[int, bool, int | None]]] = defaultdict(list)
    plan_ids = [r.id for r in rows if r.completion_source == CompletionSource.ACTION_PLAN]
    ksd_ids = [r.id for r in rows if r.completion_source == CompletionSource.KSD]
    if plan_ids:
        for ind_id, due, status, completed in session.execute(
            select(
                ActionPlan.indicator_id,
                ActionOutput.due_quarter,
                ActionOutput.status,
                ActionOutput.completed_on,
            )
            .join(SuccessCriterion, SuccessCriterion.action_plan_id == ActionPlan.id)
            .join(ActionOutput, ActionOutput.criterion_id == SuccessCriterion.id)
            .where(
                ActionPlan.indicator_id.in_(plan_ids),
                ActionOutput.deleted_at.is_(None),
                ActionOutput.status != OutputStatus.CANCELLED,
            )
        ):
            milestones[ind_id].append(
                (due, status == OutputStatus.DONE, _completion_quarter(completed))
            )
    if ksd_ids:
        for ind_id, month, done, completed in session.execute(
            select(
                Ksd.indicator_id,
                KsdMonthTarget.month,
                KsdMonthTarget.done,
                KsdMonthTarget.completed_on,
            )
            .join(KsdMonthTarget, KsdMonthTarget.ksd_id == Ksd.id)
            .where(
                Ksd.indicator_id.in_(ksd_ids),
                KsdMonthTarget.deleted_at.is_(None),
                Ksd.deleted_at.is_(None),
            )
        ):
            due = (month - 1) // 3 + 1
            done_q = _completion_quarter(completed) if completed else (due if done else None)
            milestones[ind_id].append((due, bool(done), done_q))
    return {ind_id: completion_series(items) for ind_id, items in milestones.items()}


# --- scoring --------------------------------------------------------------------------------


def score_agreement(db: Database, agreement_id: str, as_of: str) -> AgreementScore:
    """Nilai Kinerja, Nilai Sasaran and every capaian of one agreement for `as_of`."""
    period = _as_of(as_of)
    with db.session() as session:
        inputs = load_inputs(session, lambda q: q.where(Agreement.id == agreement_id))
        if not inputs:
            raise not_found(
                "record_not_found", what="Perjanjian kinerja", what_en="Agreement", id=agreement_id
            )
        meta, agreement = inputs[0]
        profile = load_profile(meta.profile_code, session)
    return engine_score(agreement, profile, period)


def score_agreements(
    db: Database,
    *,
    as_of: str,
    year: int | None = None,
    unit_code: str | None = None,
    progress: Progress | None = None,
    whole_inputs: bool = False,
) -> list[ScoredAgreement]:
    """Scores of every agreement of a year (and unit), e.g. a whole province for one period.

    Values of later quarters are not read (a TW2 score never uses them, and a province reads
    half the rows), so each `input` lacks them unless `whole_inputs` asks for every value, as
    rules over the inputs (the addendum check) need.
    """
    period = _as_of(as_of)

    def keep(query: Select[Any]) -> Select[Any]:
        if year is not None:
            query = query.where(Agreement.year == year)
        if unit_code:
            query = query.where(Unit.code == unit_code)
        return query

    with db.session() as session, paused_gc():
        if unit_code and session.scalar(select(Unit.id).where(Unit.code == unit_code)) is None:
            raise not_found("unit_code_not_found", code=unit_code)
        inputs = load_inputs(session, keep, through=None if whole_inputs else period.quarter)
        scored = []
        for index, (meta, agreement) in enumerate(inputs):
            scored.append(
                ScoredAgreement(
                    meta,
                    agreement,
                    engine_score(agreement, load_profile(meta.profile_code, session), period),
                )
            )
            if progress is not None and index % 100 == 0:
                progress(index, len(inputs))
    if progress is not None:
        progress(len(inputs), len(inputs))
    return scored


# --- rule checks ----------------------------------------------------------------------------


def agreement_findings(
    db: Database, agreement_id: str, *, today: dt.date | None = None
) -> list[Finding]:
    """Every rule of SPEC §5 that applies to one agreement, errors first."""
    return findings_for(
        db, lambda q: q.where(Agreement.id == agreement_id), today=today, missing=agreement_id
    ).get(agreement_id, [])


def findings_for(
    db: Database,
    agreement_filter: Callable[[Select[Any]], Select[Any]] | None = None,
    *,
    today: dt.date | None = None,
    missing: str | None = None,
) -> dict[str, list[Finding]]:
    """Findings per agreement id for every agreement the filter keeps."""
    with db.session() as session:
        inputs = load_inputs(session, agreement_filter)
        if not inputs and missing is not None:
            raise not_found(
                "record_not_found", what="Perjanjian kinerja", what_en="Agreement", id=missing
            )
        ids = [meta.id for meta, _ in inputs]
        facts = _agreement_facts(session, ids)
        profiles = {
            meta.profile_code: load_profile(meta.profile_code, session) for meta, _ in inputs
        }
        jpt = {
            meta.id
            for meta, agreement in inputs
            if profiles[meta.profile_code].is_jpt(agreement.level)
        }
        plans = _action_plan_facts(session, ids, jpt)
        cascade = _cascade_findings(session, ids)
        noncascading = _noncascading_facts(session, ids)
        sheets = _sheet_facts(session, ids)
        mandatory = reference.mandatory_facts(session)
        if mandatory:  # province reference data: which agreements must carry which IKU
            chains = reference.unit_chains(session, ids)
            carried = reference.carried_codes(session, ids)
    result: dict[str, list[Finding]] = {}
    for meta, agreement in inputs:
        profile = profiles[meta.profile_code]
        found = [
            *content_rules.check_agreement(agreement, profile),
            *check_action_plans(plans.get(meta.id, [])),
            *cascade.get(meta.id, []),
            *check_noncascading(noncascading.get(meta.id, [])),
            *check_metadata_sheet(sheets.get(meta.id, [])),
        ]
        if mandatory:
            found.extend(
                check_mandatory(
                    mandatory,
                    year=meta.year,
                    level=meta.owner_level,
                    unit_chain=chains.get(meta.id, ()),
                    present_codes=carried.get(meta.id, {}),
                    status=meta.status,
                )
            )
        if meta.id in facts:
            found.extend(check_completeness(facts[meta.id], agreement))
        if today is not None and meta.id in facts:
            found.extend(check_lifecycle(facts[meta.id], profile, today))
        elif meta.id in facts:
            fact = facts[meta.id]
            found.extend(check_nip(fact.owner_nip, "owner", fact.owner_name))
            found.extend(check_nip(fact.superior_nip, "superior", fact.superior_name))
            found.extend(check_pk_required(fact))
        found.sort(key=lambda f: f.sort_key())
        result[meta.id] = found
    return result


def _agreement_facts(session: Session, ids: list[str]) -> dict[str, AgreementFacts]:
    owner = aliased(Official)
    superior = aliased(Official)
    rows = session.execute(
        select(Agreement, owner, superior)
        .join(owner, Agreement.owner_id == owner.id)
        .outerjoin(superior, Agreement.superior_id == superior.id)
        .where(Agreement.id.in_(ids))
    )
    facts = {}
    for agreement, o, s in rows:
        facts[agreement.id] = AgreementFacts(
            agreement_id=agreement.id,
            year=agreement.year,
            kind=agreement.kind.value,
            status=agreement.status.value,
            owner_name=o.name,
            owner_level=o.level,
            owner_nip=o.nip,
            superior_name=s.name if s else "",
            superior_nip=s.nip if s else None,
            owner_is_cpns=o.employment_status == EmploymentStatus.CPNS,
            owner_on_study_leave=o.employment_status == EmploymentStatus.STUDY_LEAVE,
            owner_start_date=o.position_start,
            signed_date=agreement.signing_date,
            dpa_date=agreement.dpa_date,
            has_superior=s is not None,
            signing_place=agreement.signing_place,
        )
    return facts


_PHASE_WORDS = (
    ("planning", ("perencanaan", "penyusunan", "persiapan", "rencana")),
    ("monitoring_evaluation", ("monitoring", "evaluasi", "pelaporan", "laporan")),
    ("execution", ("pelaksanaan", "implementasi", "penerapan", "aktivitas", "kegiatan")),
)


def phase_of(text: str) -> str | None:
    """Which key phase (seed 000) an RA belongs to, read from its wording.

    The earliest phase word wins: "Pelaksanaan Persentase implementasi rencana strategi …"
    (the skeleton's wording for an IKU whose name mentions a plan) is execution, not planning.
    """
    lowered = text.casefold()
    best: tuple[int, int, str] | None = None
    for order, (phase, words) in enumerate(_PHASE_WORDS):
        for word in words:
            position = lowered.find(word)
            if position >= 0 and (best is None or (position, order) < best[:2]):
                best = (position, order, phase)
    return best[2] if best else None


def _action_plan_facts(
    session: Session, ids: list[str], jpt_agreements: set[str]
) -> dict[str, list[ActionPlanFacts]]:
    """Facts for rule action_plan_gap. Every IKU counts once its agreement has a Rencana Aksi
    at all, or when the owner is JPT (Instruksi Sekda 4/2024 requires one for JPT)."""
    rows = session.execute(
        select(
            Goal.agreement_id,
            Goal.id,
            Indicator.id,
            Indicator.name,
            ActionPlan.text,
            ActionOutput.due_quarter,
            ActionOutput.status,
        )
        .join(Indicator, Indicator.goal_id == Goal.id)
        .outerjoin(
            ActionPlan,
            (ActionPlan.indicator_id == Indicator.id) & ActionPlan.deleted_at.is_(None),
        )
        .outerjoin(
            SuccessCriterion,
            (SuccessCriterion.action_plan_id == ActionPlan.id)
            & SuccessCriterion.deleted_at.is_(None),
        )
        .outerjoin(
            ActionOutput,
            (ActionOutput.criterion_id == SuccessCriterion.id) & ActionOutput.deleted_at.is_(None),
        )
        .where(
            Goal.agreement_id.in_(ids),
            Indicator.deleted_at.is_(None),
            Indicator.sub_of_id.is_(None),
            Goal.deleted_at.is_(None),
        )
        .order_by(Goal.position, Indicator.position)
    ).all()
    with_ksd = set(session.scalars(select(Ksd.indicator_id).where(Ksd.indicator_id.is_not(None))))
    grouped: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    planned: set[str] = set()
    for agreement_id, goal_id, ind_id, name, plan_text, due, status in rows:
        entry = grouped[agreement_id].setdefault(
            ind_id, {"goal": goal_id, "name": name, "outputs": []}
        )
        if plan_text is not None:
            planned.add(agreement_id)
        if due is not None:
            entry["outputs"].append(
                ActionOutputFact(due, phase_of(plan_text), status == OutputStatus.DONE)
            )
    return {
        agreement_id: [
            ActionPlanFacts(ind_id, e["name"], e["goal"], ind_id in with_ksd, tuple(e["outputs"]))
            for ind_id, e in plans.items()
        ]
        for agreement_id, plans in grouped.items()
        if agreement_id in planned or agreement_id in jpt_agreements
    }


def _cascade_facts(
    session: Session, agreement_ids: set[str], wanted: set[str]
) -> dict[str, CascadeIndicatorFacts]:
    """The metadata of the IKUs `wanted`, read in two queries over the agreements holding
    them: per link, lazy loads of each side's IKU, values, sasaran, agreement and owner took
    minutes for a province."""
    annual = dict(
        session.execute(
            select(PeriodValue.indicator_id, PeriodValue.target)
            .join(Indicator, PeriodValue.indicator_id == Indicator.id)
            .join(Goal, Indicator.goal_id == Goal.id)
            .where(Goal.agreement_id.in_(agreement_ids), PeriodValue.period == Period.ANNUAL)
        ).all()
    )
    rows = session.execute(
        select(
            Indicator.id,
            Indicator.name,
            Indicator.goal_id,
            Indicator.unit_of_measure,
            Indicator.target_aspect,
            Indicator.definition,
            Indicator.formula,
            Indicator.polarity,
            Indicator.period_consolidation,
            Indicator.measuring_period,
            Indicator.location_consolidation,
            Official.name,
        )
        .join(Goal, Indicator.goal_id == Goal.id)
        .join(Agreement, Goal.agreement_id == Agreement.id)
        .join(Official, Agreement.owner_id == Official.id)
        .where(Goal.agreement_id.in_(agreement_ids))
    )
    facts = {}
    for row in rows:
        ind_id = row[0]
        if ind_id not in wanted:
            continue
        facts[ind_id] = CascadeIndicatorFacts(
            indicator_id=ind_id,
            name=row[1],
            goal_id=row[2],
            annual_target=annual.get(ind_id),
            unit=row[3],
            target_aspect=_code(row[4]),
            definition=row[5],
            formula=row[6],
            polarity=_code(row[7]),
            period_consolidation=_code(row[8]),
            reporting_period=_code(row[9]),
            location_consolidation=_code(row[10]),
            owner=row[11],
        )
    return facts


def _cascade_findings(session: Session, ids: list[str]) -> dict[str, list[Finding]]:
    """cascade_mismatch, judged on both sides: the parent's and each child's agreement."""
    parent_goal = aliased(Goal)
    child_ind = aliased(Indicator)
    child_goal = aliased(Goal)
    links = session.execute(
        select(
            CascadeLink.parent_indicator_id,
            CascadeLink.child_indicator_id,
            CascadeLink.method,
            CascadeLink.share,
            parent_goal.agreement_id,
            child_goal.agreement_id,
        )
        .join(Indicator, CascadeLink.parent_indicator_id == Indicator.id)
        .join(parent_goal, Indicator.goal_id == parent_goal.id)
        .join(child_ind, CascadeLink.child_indicator_id == child_ind.id)
        .join(child_goal, child_ind.goal_id == child_goal.id)
        .where((parent_goal.agreement_id.in_(ids)) | (child_goal.agreement_id.in_(ids)))
        .where(child_ind.deleted_at.is_(None), Indicator.deleted_at.is_(None))
    ).all()
    by_parent: dict[str, list[Any]] = defaultdict(list)
    for link in links:
        by_parent[link[0]].append(link)
    facts = _cascade_facts(
        session,
        {agreement for link in links for agreement in link[4:]},
        {indicator for link in links for indicator in link[:2]},
    )
    judged = set(ids)
    result: dict[str, list[Finding]] = defaultdict(list)
    for parent_id, items in by_parent.items():
        parent = facts.get(parent_id)
        if parent is None:
            continue
        children = [
            CascadeChild(facts[child_id], method, share)
            for _, child_id, method, share, _, _ in items
            if child_id in facts
        ]
        findings = check_cascade(parent, children)
        parent_agreement = items[0][4]
        child_agreements = {child_id: child for _, child_id, _, _, _, child in items}
        for finding in findings:
            if parent_agreement in judged:
                result[parent_agreement].append(finding)
            child_agreement = child_agreements.get(finding.indicator_id or "")
            # A finding about one child goes to that child; one about the whole split (the
            # shares do not add up) concerns every child's agreement too.
            receivers = {child_agreement} if child_agreement else set(child_agreements.values())
            for receiver in receivers:
                if receiver in judged and receiver != parent_agreement:
                    result[receiver].append(finding)
    return result


def _noncascading_facts(session: Session, ids: list[str]) -> dict[str, list[NonCascadingFacts]]:
    linked = set(session.scalars(select(CascadeLink.child_indicator_id)))
    rows = session.execute(
        select(
            Goal.agreement_id,
            Indicator.id,
            Indicator.name,
            Indicator.goal_id,
            Indicator.cascade_type,
            Indicator.location_consolidation,
        )
        .join(Goal, Indicator.goal_id == Goal.id)
        .where(
            Goal.agreement_id.in_(ids),
            Indicator.deleted_at.is_(None),
            Indicator.cascade_type.is_not(None),
        )
    )
    grouped: dict[str, list[NonCascadingFacts]] = defaultdict(list)
    for agreement_id, ind_id, name, goal_id, cascade_type, location in rows:
        grouped[agreement_id].append(
            NonCascadingFacts(
                ind_id,
                name,
                goal_id,
                cascade_type.value,
                location.value if location else None,
                ind_id in linked,
            )
        )
    return grouped


def _code(value: Any) -> str | None:
    return None if value is None else str(getattr(value, "value", value))


def _sheet_facts(session: Session, ids: list[str]) -> dict[str, list[SheetFacts]]:
    """The metadata sheet's fields of every IKU (Misi, Penanggungjawab, Penyedia Data); a
    blank Metode Cascading reads from the IKU's cascade links, as the printed sheet does."""
    linked = dict(
        session.execute(
            select(CascadeLink.parent_indicator_id, CascadeLink.method).order_by(
                CascadeLink.parent_indicator_id, CascadeLink.method
            )
        ).all()
    )
    # the columns, not Indicator objects: a province has tens of thousands of IKUs
    rows = session.execute(
        select(
            Goal.agreement_id,
            Goal.text,
            Indicator.id,
            Indicator.name,
            Indicator.goal_id,
            Indicator.cascade_type,
            Indicator.cascade_method,
            Indicator.misi,
            Indicator.responsible_unit,
            Indicator.responsible_person,
            Indicator.data_provider,
        )
        .join(Goal, Indicator.goal_id == Goal.id)
        .where(Goal.agreement_id.in_(ids), Indicator.deleted_at.is_(None))
        .order_by(Goal.position, Indicator.position)
    )
    grouped: dict[str, list[SheetFacts]] = defaultdict(list)
    for (
        agreement_id,
        goal_text,
        ind_id,
        name,
        goal_id,
        cascade_type,
        cascade_method,
        misi,
        responsible_unit,
        responsible_person,
        data_provider,
    ) in rows:
        grouped[agreement_id].append(
            SheetFacts(
                ind_id,
                name,
                goal_id,
                goal_text,
                cascade_type.value if cascade_type else None,
                _code(cascade_method or linked.get(ind_id)),
                misi,
                responsible_unit or responsible_person,
                data_provider,
            )
        )
    return grouped


def iter_findings(findings: dict[str, list[Finding]]) -> Iterable[tuple[str, Finding]]:
    for agreement_id, items in findings.items():
        for finding in items:
            yield agreement_id, finding

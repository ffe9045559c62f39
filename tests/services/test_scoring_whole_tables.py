"""Scoring many agreements reads whole tables instead of filtering them by agreement, and
only the periods the score needs; the scores must be exactly those of the filtered read of
every value, for every period and every subset."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, select

from app.engine.periods import AsOf
from app.models import Indicator, IndicatorLocation, PeriodValue
from app.models.database import Database
from app.models.enums import CompletionSource, MeasuringPeriod, Period, Polarity
from app.services import scoring
from app.services.synthetic import ProvinceShape, generate_province

D = Decimal


def _scores(db: Database, year: int | None) -> dict[str, tuple[object, ...]]:
    """Every agreement's input and score for every period, keyed by agreement id."""
    result: dict[str, tuple[object, ...]] = {}
    for as_of in AsOf:
        for scored in scoring.score_agreements(db, as_of=as_of.value, year=year):
            result.setdefault(scored.meta.id, (scored.meta, scored.input))
            result[scored.meta.id] += (as_of, scored.score)
    return result


@pytest.mark.parametrize("year", [None, 2024])
def test_whole_table_read_scores_exactly_like_the_filtered_read(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, year: int | None
) -> None:
    # The demo is far below the province threshold: force each path in turn.
    monkeypatch.setattr(scoring, "_WHOLE_TABLES_FROM", 10**9)
    filtered = _scores(demo_db, year)
    monkeypatch.setattr(scoring, "_WHOLE_TABLES_FROM", 1)
    whole = _scores(demo_db, year)
    assert whole == filtered
    assert len(filtered) >= 5
    if year is not None:  # other years' rows are read but never reach the chosen agreements
        assert {meta.year for meta, *_ in filtered.values()} == {year}
        assert len(filtered) < len(_scores(demo_db, None))


def _irregular(db: Database) -> list[str]:
    """Give demo IKUs what a province holds besides plain quarters, much of it after TW2:
    monthly values (one IKU's December only), ranges and raw data in later quarters, annual
    rows, tombstoned values."""
    with db.transaction("odd values") as s:
        ids = s.scalars(
            select(Indicator.id)
            .where(
                Indicator.deleted_at.is_(None),
                Indicator.sub_of_id.is_(None),
                Indicator.measuring_period == MeasuringPeriod.QUARTERLY,
                Indicator.polarity == Polarity.MAXIMIZE,
                Indicator.completion_source == CompletionSource.NONE,
                Indicator.id.not_in(select(IndicatorLocation.indicator_id)),
                # realised at TW1 and TW2, so that each scores at TW2 whatever is added
                Indicator.id.in_(
                    select(PeriodValue.indicator_id)
                    .where(
                        PeriodValue.period.in_([Period.TW1, Period.TW2]),
                        PeriodValue.target.is_not(None),
                        PeriodValue.actual.is_not(None),
                    )
                    .group_by(PeriodValue.indicator_id)
                    .having(func.count() == 2)
                ),
            )
            .order_by(Indicator.id)
        ).all()
        monthly, december, ranged, raw, late, gone = ids[:6]
        s.execute(delete(PeriodValue).where(PeriodValue.indicator_id.in_([monthly, december])))
        for month in range(1, 13):
            s.add(
                PeriodValue(
                    indicator_id=monthly,
                    period=Period(f"B{month:02d}"),
                    target=Decimal(10 + month),
                    actual=Decimal(9 + month) if month != 8 else None,
                )
            )
        s.add(PeriodValue(indicator_id=december, period=Period.B12, target=D(5), actual=D(4)))
        s.add(PeriodValue(indicator_id=december, period=Period.B04, target=D(5), actual=D(5)))
        for value in s.scalars(select(PeriodValue).where(PeriodValue.indicator_id == ranged)):
            value.target_upper = (value.target or D(0)) + 5
        for value in s.scalars(select(PeriodValue).where(PeriodValue.indicator_id == raw)):
            if value.period in (Period.TW3, Period.TW4):
                value.actual, value.numerator, value.denominator = None, D(79), D(87)
        for value in s.scalars(select(PeriodValue).where(PeriodValue.indicator_id == late)):
            if value.period is Period.TW4:
                value.target_upper = D(999)
        for value in s.scalars(select(PeriodValue).where(PeriodValue.indicator_id == gone)):
            if value.period is Period.TW1:
                value.deleted_at = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
    return ids[:6]


def _assert_scores_like_every_value(db: Database) -> None:
    """score_agreements reads whole tables and leaves out later quarters' values; scoring one
    agreement at a time reads every value of it. Each score must agree digit for digit."""
    for as_of in AsOf:
        scored = scoring.score_agreements(db, as_of=as_of.value)
        kept = scoring.score_agreements(db, as_of=as_of.value, whole_inputs=True)
        assert [s.meta for s in scored] == [s.meta for s in kept]
        for short, full in zip(scored, kept, strict=True):
            alone = scoring.score_agreement(db, short.meta.id, as_of.value)
            assert repr(short.score) == repr(alone) == repr(full.score)  # digits and exponents
            if as_of.quarter == 4:
                assert short.input == full.input


def test_reading_only_the_periods_a_score_needs_scores_like_every_value(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scoring, "_WHOLE_TABLES_FROM", 1)  # as for a province
    odd = _irregular(demo_db)  # besides the demo's own IKUs
    _assert_scores_like_every_value(demo_db)
    tw2 = scoring.score_agreements(demo_db, as_of="TW2")
    with demo_db.session() as session:
        whole = dict(scoring.load_inputs(session))
    assert len(tw2) >= 5
    assert any(entry.input != whole[entry.meta] for entry in tw2)  # later values left out
    # the odd IKUs score at TW2, so each case above was really exercised
    scores = {s.indicator_id: s for entry in tw2 for s in entry.score.indicator_scores()}
    assert all(scores[i].capaian is not None for i in odd[:4]), [scores[i] for i in odd]
    assert scores[odd[2]].target_high is not None


def test_a_small_synthetic_province_scores_like_every_value(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scoring, "_WHOLE_TABLES_FROM", 1)
    tiny = ProvinceShape(units=2, administrators=2, supervisors=1, functionals=1, staff=1)
    assert generate_province(db, shape=tiny)["agreements"] >= 10
    _assert_scores_like_every_value(db)

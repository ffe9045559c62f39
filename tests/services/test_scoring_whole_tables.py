"""Scoring many agreements reads whole tables instead of filtering them by agreement; the
scores must be exactly those of the filtered read, for every period and every subset."""

from __future__ import annotations

import pytest

from app.engine.periods import AsOf
from app.models.database import Database
from app.services import scoring


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

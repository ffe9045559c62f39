"""The province approves or returns what a unit sent (SPEC §9): approvals lock their period,
returns carry a reason, both reach the unit as a signed receipt — on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.models.database import Database, open_database
from app.paths import AppPaths
from app.services import province_review
from app.services.province_db import ProvinceError
from app.sync import service
from app.sync.state import sync_states


def test_approve_a_quarter_and_return_an_agreement(
    db: Database, sent: tuple[Path, AppPaths], tmp_path: Path
) -> None:
    unit, paths = sent
    rows = province_review.review_rows(db, 2024, "JAKBAR")
    assert len(rows) == 20 and {r.unit_code.split("-")[0] for r in rows} == {"JAKBAR"}
    assert all(r.decision == "" and r.locked == () for r in rows)
    assert province_review.review_rows(db, 2024, "BKD") == []  # never sent
    first, second = rows[0], rows[1]
    out = tmp_path / "receipts"

    approved = province_review.decide(
        db, paths, [first.agreement_id], out, approve=True, period="TW2"
    )
    returned = province_review.decide(
        db, paths, [second.agreement_id], out, approve=False, reason="  Target TW3 kosong  "
    )
    assert approved.parent == returned.parent == out and approved != returned
    after = {r.agreement_id: r for r in province_review.review_rows(db, 2024)}
    assert after[first.agreement_id].decision == "approved"
    assert after[first.agreement_id].decision_period == "TW2"
    assert after[first.agreement_id].locked == ("TW2",)
    assert after[second.agreement_id].decision == "returned"
    assert after[second.agreement_id].reason == "Target TW3 kosong"
    assert after[second.agreement_id].locked == ()

    with open_database(unit) as demo:
        results = service.import_files(demo, [approved, returned], paths)
        assert [r.error for r in results] == [None, None]
        states = sync_states(demo, [first.agreement_id, second.agreement_id])
    assert states[first.agreement_id] == ("synced", None)
    assert states[second.agreement_id] == ("returned", "Target TW3 kosong")


@pytest.mark.parametrize(
    ("choice", "kwargs", "message_id"),
    [
        ("none", {"approve": True}, "review_nothing_chosen"),
        ("one", {"approve": False, "reason": "   "}, "review_reason_missing"),
        ("one", {"approve": True, "period": "TW5"}, "review_period_unknown"),
    ],
)
def test_a_bad_decision_is_one_sentence_and_writes_nothing(
    db: Database,
    sent: tuple[Path, AppPaths],
    tmp_path: Path,
    choice: str,
    kwargs: dict,
    message_id: str,
) -> None:
    _, paths = sent
    rows = province_review.review_rows(db, 2024)
    ids = [] if choice == "none" else [rows[0].agreement_id]
    out = tmp_path / "receipts"
    with pytest.raises(ProvinceError) as raised:
        province_review.decide(db, paths, ids, out, **kwargs)
    assert raised.value.message_id == message_id
    for lang in ("id", "en"):
        sentence = raised.value.text(lang)
        assert sentence.endswith(".") and "\n" not in sentence
    assert not out.exists()
    assert province_review.review_rows(db, 2024) == rows

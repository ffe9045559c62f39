"""The province takes an approval back (SPEC §9): "Buka kunci" with a reason reopens the locked
period, so the bundle it refused imports; the reason is in the history and `relock` (undo)
puts the same lock back — on both backends, and from `pk-desk province unlock`."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.models import Goal, Indicator, PeriodValue
from app.models.audit import AuditEntry
from app.models.database import Database, open_database
from app.models.enums import Period
from app.paths import AppPaths
from app.services import agreements, province_review
from app.services.province_db import ProvinceError
from app.sync import service


def _changed_tw1(
    unit: Path, paths: AppPaths, agreement_id: str, out: Path, value: str = "41.5"
) -> tuple[str, Path]:
    """The unit changes a TW1 realisation of the agreement and exports: (indicator, bundle)."""
    with open_database(unit) as demo:
        with demo.session() as session:
            indicator_id = session.scalars(
                select(Indicator.id)
                .join(Goal, Indicator.goal_id == Goal.id)
                .where(Goal.agreement_id == agreement_id, Indicator.sub_of_id.is_(None))
                .order_by(Indicator.id)
            ).first()
        assert indicator_id is not None
        agreements.set_actual(demo, indicator_id, Period.TW1, Decimal(value))
        bundle = service.export(demo, paths, "JAKBAR", out).path
    assert bundle is not None
    return indicator_id, bundle


def _tw1(db: Database, indicator_id: str) -> Decimal | None:
    with db.session() as session:
        return session.scalars(
            select(PeriodValue.actual).where(
                PeriodValue.indicator_id == indicator_id, PeriodValue.period == Period.TW1
            )
        ).first()


def test_unlock_lets_the_refused_bundle_import_and_relock_puts_the_lock_back(
    db: Database, sent: tuple[Path, AppPaths], tmp_path: Path
) -> None:
    unit, paths = sent
    agreement_id = province_review.review_rows(db, 2024, "JAKBAR")[0].agreement_id
    province_review.decide(
        db, paths, [agreement_id], tmp_path / "receipts", approve=True, period="TW1"
    )
    indicator_id, bundle = _changed_tw1(unit, paths, agreement_id, tmp_path / "out")

    [refused] = service.import_files(db, [bundle], paths)
    assert refused.error is not None and refused.error.message_id == "locked_period"
    assert _tw1(db, indicator_id) != Decimal("41.5")

    locks = province_review.unlock(db, [agreement_id], "TW1", "  Salah ketik realisasi  ")
    assert [(k.agreement_id, k.period) for k in locks] == [(agreement_id, "TW1")]
    [row] = [r for r in province_review.review_rows(db, 2024) if r.agreement_id == agreement_id]
    assert row.locked == ()
    with db.session() as session:
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.action == province_review.UNLOCK_ACTION)
        ).one()
    assert (audit.agreement_id, audit.old_value) == (agreement_id, "TW1")
    assert audit.new_value == "Salah ketik realisasi" and audit.user == "tester"

    [applied] = service.import_files(db, [bundle], paths)
    assert applied.error is None, "the bundle refused before the unlock imports after it"
    assert _tw1(db, indicator_id) == Decimal("41.5")

    province_review.relock(db, locks)
    [row] = [r for r in province_review.review_rows(db, 2024) if r.agreement_id == agreement_id]
    assert row.locked == ("TW1",)
    _, again = _changed_tw1(unit, paths, agreement_id, tmp_path / "again", "43")
    [refused] = service.import_files(db, [again], paths)
    assert refused.error is not None and refused.error.message_id == "locked_period"


@pytest.mark.parametrize(
    ("choice", "period", "reason", "message_id"),
    [
        ("none", None, "alasan", "unlock_nothing_chosen"),
        ("one", "TW1", "   ", "unlock_reason_missing"),
        ("one", "TW5", "alasan", "review_period_unknown"),
        ("one", "TW3", "alasan", "unlock_not_locked"),
        ("other", None, "alasan", "unlock_none_locked"),
    ],
)
def test_a_bad_unlock_is_one_sentence_and_changes_nothing(
    db: Database,
    sent: tuple[Path, AppPaths],
    tmp_path: Path,
    choice: str,
    period: str | None,
    reason: str,
    message_id: str,
) -> None:
    _, paths = sent
    rows = province_review.review_rows(db, 2024)
    province_review.decide(
        db, paths, [rows[0].agreement_id], tmp_path / "r", approve=True, period="TW1"
    )
    before = province_review.review_rows(db, 2024)
    ids = {"none": [], "one": [rows[0].agreement_id], "other": [rows[1].agreement_id]}[choice]
    with pytest.raises(ProvinceError) as raised:
        province_review.unlock(db, ids, period, reason)
    assert raised.value.message_id == message_id
    for lang in ("id", "en"):
        sentence = raised.value.text(lang)
        assert sentence.endswith(".") and "\n" not in sentence
    assert province_review.review_rows(db, 2024) == before


@pytest.mark.sqlite_only  # the command opens the file the fixture made
def test_province_unlock_on_the_command_line(
    db: Database, sent: tuple[Path, AppPaths], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, paths = sent
    rows = province_review.review_rows(db, 2024)
    first = rows[0].agreement_id
    for period in ("TW1", None):
        province_review.decide(db, paths, [first], tmp_path / "r", approve=True, period=period)
    db.close()  # the command opens the file itself
    target = ["--db", str(db.path)]
    assert main(["province", "locks", "--year", "2024", "--json", *target]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {
            "agreement_id": first,
            "unit_code": rows[0].unit_code,
            "owner": rows[0].owner,
            "locked": ["*", "TW1"],
        }
    ]
    assert main(["--lang", "en", "province", "unlock", "--agreement", first, *target]) == 2
    assert "reason for unlocking" in capsys.readouterr().err
    unlock = ["province", "unlock", "--agreement", first, "--reason", "Revisi DPA", *target]
    assert main(unlock) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and all(line.startswith(f"Kunci dibuka: {first}") for line in out)
    assert db.path is not None
    with open_database(db.path) as again:
        assert all(not r.locked for r in province_review.review_rows(again, 2024))

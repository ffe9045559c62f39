"""Rule agreement_incomplete: what a new user forgets before Finalkan, and what to add."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from app.engine.agreement import AgreementInput, GoalInput, IndicatorInput
from app.engine.enums import Level, Severity
from app.engine.lifecycle_rules import AgreementFacts, check_completeness
from app.engine.messages import render

COMPLETE = AgreementFacts(
    agreement_id="A",
    year=2025,
    owner_name="Maria Qibtya",
    owner_level=Level.JPT_PRATAMA,
    superior_name="Heru",
    has_superior=True,
    signing_place="Jakarta",
    signed_date=dt.date(2025, 1, 31),
)
GOAL = GoalInput("G1", "Meningkatnya kualitas ASN", (IndicatorInput("I1", "Indeks merit"),))


def _ids(facts: AgreementFacts, goals: tuple[GoalInput, ...]) -> list[str]:
    return [f.message_id for f in check_completeness(facts, AgreementInput("A", goals))]


def test_a_complete_agreement_passes() -> None:
    assert _ids(COMPLETE, (GOAL,)) == []


def test_an_empty_new_agreement_says_everything_to_add() -> None:
    empty = replace(COMPLETE, has_superior=False, signing_place="  ", signed_date=None)
    found = check_completeness(empty, AgreementInput("A", ()))
    assert [f.message_id for f in found] == [
        "agreement_no_goal",
        "agreement_no_superior",
        "agreement_no_signing_place",
        "agreement_no_signing_date",
    ]
    assert all(f.severity is Severity.ERROR and f.blocks_final for f in found)
    assert [f.field for f in found] == ["goals", "superior", "signing_place", "signing_date"]
    assert render(found[1]).startswith("Pihak Kedua (atasan langsung Maria Qibtya) belum dipilih")
    assert render(found[0], "en") == ("The agreement has no goal yet; add at least one goal.")


def test_a_goal_without_indicator_is_named() -> None:
    bare = GoalInput("G2", "Sasaran tanpa IKU", ())
    found = check_completeness(COMPLETE, AgreementInput("A", (GOAL, bare)))
    assert [(f.message_id, f.goal_id) for f in found] == [("goal_no_indicator", "G2")]
    assert '"Sasaran tanpa IKU"' in render(found[0], "en")


def test_the_kepala_daerah_signs_alone() -> None:
    gubernur = replace(COMPLETE, owner_level=Level.GUBERNUR, has_superior=False)
    assert _ids(gubernur, (GOAL,)) == []


def test_signed_agreements_are_not_judged_again() -> None:
    signed = replace(COMPLETE, status="signed", signing_place=None, signed_date=None)
    assert _ids(signed, ()) == []

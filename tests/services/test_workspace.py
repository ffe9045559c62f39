"""The workspace read-side service and its few writes, on the real demo database."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.models.database import Database
from app.services import (
    agreement_read,
    agreements,
    attachments,
    indicator_read,
    lifecycle,
    search,
    tree,
    undo,
)
from app.services.errors import AgreementLocked, InvalidInput


def _bkd(db: Database) -> tuple[str, list[tree.TreeNode]]:
    found = search.resolve_tree_path(db, "BKD/Maria Qibtya/2024")
    assert found is not None and found[0] == tree.AGREEMENT
    return found[1], tree.tree_children(db, tree.AGREEMENT, found[1])


def test_tree_levels_with_counts(demo_db: Database) -> None:
    roots = tree.tree_children(demo_db, tree.ROOT, None)
    dki = next(r for r in roots if r.code == "DKI")
    assert dki.child_count == tree.tree_child_count(demo_db, tree.UNIT, dki.id)
    level = tree.tree_children(demo_db, tree.UNIT, dki.id)
    kinds = [n.kind for n in level]
    assert kinds == sorted(kinds, key=lambda k: k != tree.UNIT)  # sub-units first
    assert "BKD" in {n.code for n in level}
    agreement_id, goals = _bkd(demo_db)
    assert len(goals) == 14
    indicators = [i for g in goals for i in tree.tree_children(demo_db, tree.GOAL, g.id)]
    assert len(indicators) == 14
    assert all(i.agreement_id == agreement_id for i in indicators)


def test_pages_limit_rows(demo_db: Database) -> None:
    agreement_id, goals = _bkd(demo_db)
    first = tree.tree_children(demo_db, tree.AGREEMENT, agreement_id, 0, 5)
    rest = tree.tree_children(demo_db, tree.AGREEMENT, agreement_id, 5, 100)
    assert [g.id for g in first + rest] == [g.id for g in goals]


def test_path_and_select_text(demo_db: Database) -> None:
    agreement_id, goals = _bkd(demo_db)
    indicator = tree.tree_children(demo_db, tree.GOAL, goals[2].id)[0]
    path = search.tree_path(demo_db, tree.INDICATOR, indicator.id)
    assert [kind for kind, _ in path] == [
        "unit",
        "unit",
        "official",
        "agreement",
        "goal",
        "indicator",
    ]
    assert search.resolve_tree_path(demo_db, "BKD/Maria Qibtya/2024/3/3") == (
        tree.INDICATOR,
        indicator.id,
    )
    assert search.resolve_tree_path(demo_db, "Maria Qibtya/PK 2024") == (
        tree.AGREEMENT,
        agreement_id,
    )
    assert search.resolve_tree_path(demo_db, "BKD/Nobody") is None


def test_search_finds_every_kind(demo_db: Database) -> None:
    kinds = {hit.kind for hit in search.search_tree(demo_db, "kepegawaian")}
    assert {tree.UNIT, tree.GOAL, tree.INDICATOR} <= kinds
    assert search.search_tree(demo_db, "x") == []  # too short
    assert search.search_tree(demo_db, "100%_") == []  # LIKE wildcards are literal


def test_editor_data(demo_db: Database) -> None:
    agreement_id, goals = _bkd(demo_db)
    detail = agreement_read.agreement_detail(demo_db, agreement_id)
    assert detail.indicator_count() == 14
    assert detail.owner_name == "Maria Qibtya" and detail.owner_level == "jpt_pratama"
    assert detail.superior_title == "Pj. Gubernur Daerah Khusus Ibukota Jakarta"
    assert [c for c, _ in detail.categories] == ["strategis", "khusus", "operasional"]
    first = detail.goals[0].indicators[0]
    assert first.annual_target == Decimal("319.53")
    ind = indicator_read.indicator_detail(demo_db, first.id)
    assert ind.metadata["validity"] == "proxy" and ind.metadata["polarity"] == "maximize"
    assert ind.value("TW4").target == Decimal("319.53") and ind.value("TW1").target is None
    assert not ind.locked


def test_scores_come_from_the_engine(demo_db: Database) -> None:
    agreement_id, goals = _bkd(demo_db)
    indicator = tree.tree_children(demo_db, tree.GOAL, goals[2].id)[0]
    agreements.set_period_values(demo_db, indicator.id, "TW2", actual=Decimal("90"))
    score = agreement_read.agreement_scores(demo_db, [agreement_id], "TW2")[agreement_id]
    mine = next(i for i in score.indicator_scores() if i.indicator_id == indicator.id)
    assert mine.capaian is not None and round(mine.capaian, 2) == Decimal("95.74")


def test_finalize_refused_with_errors_then_accepted(demo_db: Database) -> None:
    agreement_id, goals = _bkd(demo_db)
    assert lifecycle.set_agreement_status(demo_db, agreement_id, "draft") == "final"
    indicator = tree.tree_children(demo_db, tree.GOAL, goals[2].id)[0]
    agreements.update_indicator(demo_db, indicator.id, control="high")  # exact-high
    with pytest.raises(lifecycle.FinalizeRefused) as refused:
        lifecycle.finalize_agreement(demo_db, agreement_id)
    assert any(f.rule == "quality_forbidden" for f in refused.value.errors)
    assert agreement_read.agreement_detail(demo_db, agreement_id).status == "draft"
    agreements.update_indicator(demo_db, indicator.id, control="moderate")
    assert lifecycle.finalize_agreement(demo_db, agreement_id) == "draft"
    assert agreement_read.agreement_detail(demo_db, agreement_id).status == "final"


def test_restore_goal_brings_its_indicators_back(demo_db: Database) -> None:
    agreement_id, goals = _bkd(demo_db)
    agreements.remove_goal(demo_db, goals[0].id)
    assert agreement_read.agreement_detail(demo_db, agreement_id).indicator_count() == 13
    undo.restore_goal(demo_db, goals[0].id)
    assert agreement_read.agreement_detail(demo_db, agreement_id).indicator_count() == 14


def test_history_and_scans(demo_db: Database, tmp_path: Path) -> None:
    agreement_id, goals = _bkd(demo_db)
    indicator = tree.tree_children(demo_db, tree.GOAL, goals[0].id)[0]
    assert indicator_read.set_history(
        demo_db, indicator.id, 2023, target=Decimal("300"), actual=Decimal("310.5")
    ) == (None, None)
    assert indicator_read.indicator_detail(demo_db, indicator.id).history[-1].actual == Decimal(
        "310.5"
    )
    with pytest.raises(InvalidInput):
        indicator_read.set_history(demo_db, indicator.id, 2024, target=None, actual=None)
    scan = tmp_path / "pk-bertanda-tangan.pdf"
    scan.write_bytes(b"%PDF-1.4 signed copy")
    attachment_id = attachments.attach_scan_file(demo_db, agreement_id, scan)
    rows = agreement_read.agreement_detail(demo_db, agreement_id).attachments
    assert [r.file_name for r in rows] == ["pk-bertanda-tangan.pdf"] and len(rows[0].sha256) == 64
    attachments.set_attachment_removed(demo_db, attachment_id, True)
    assert agreement_read.agreement_detail(demo_db, agreement_id).attachments == ()
    with pytest.raises(InvalidInput):
        attachments.attach_scan_file(demo_db, agreement_id, tmp_path / "notes.txt")


def test_signed_agreement_refuses_workspace_writes(demo_db: Database) -> None:
    agreement_id, goals = _bkd(demo_db)
    with demo_db.transaction("test: sign") as session:
        from app.models import Agreement
        from app.models.enums import AgreementStatus

        session.get(Agreement, agreement_id).status = AgreementStatus.SIGNED  # type: ignore[union-attr]
    with pytest.raises(AgreementLocked):
        lifecycle.set_agreement_status(demo_db, agreement_id, "draft")
    assert agreement_read.agreement_detail(demo_db, agreement_id).locked

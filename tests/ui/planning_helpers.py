"""Helpers of the planning, matrix, lifecycle and dashboard UI tests (issue 6)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import select

from app.models import Agreement, Goal, Indicator, Official
from app.models.database import Database
from app.models.enums import AgreementStatus


def agreement_id_of(db: Database, owner: str, year: int = 2024) -> str:
    with db.session() as s:
        return s.scalars(
            select(Agreement.id)
            .join(Official, Agreement.owner_id == Official.id)
            .where(Official.name == owner, Agreement.year == year)
            .order_by(Agreement.created_at)
        ).first()


def indicator_of(db: Database, owner: str, goal_number: str, number: str) -> str:
    """The IKU numbered `number` under sasaran `goal_number` of the owner's 2024 PK."""
    agreement = agreement_id_of(db, owner)
    with db.session() as s:
        return s.scalars(
            select(Indicator.id)
            .join(Goal, Indicator.goal_id == Goal.id)
            .where(
                Goal.agreement_id == agreement,
                Goal.number == goal_number,
                Indicator.number == number,
            )
        ).one()


def first_indicator(db: Database, agreement_id: str) -> str:
    with db.session() as s:
        return s.get(Agreement, agreement_id).goals[0].indicators[0].id


def set_status(db: Database, agreement_id: str, status: str) -> None:
    """Test set-up only: put an agreement in a status without the lifecycle steps."""
    with db.transaction("test status") as s:
        s.get(Agreement, agreement_id).status = AgreementStatus(status)


@dataclass
class PlanningEnv:
    db: Database
    state: Any
    stack: Any
    make: Any
    widgets: list[Any] = field(default_factory=list)


@pytest.fixture
def planning_env(qtbot, demo_db_path) -> Iterator[PlanningEnv]:  # type: ignore[no-untyped-def]
    """One widget of issue 6 at a time on a private demo database, with its own undo stack."""
    from PySide6.QtGui import QUndoStack

    from app.models.database import open_database

    from app.ui.shell.background import runner
    from app.ui.shell.workspace_state import WorkspaceState

    db = open_database(demo_db_path, user="tester")
    stack = QUndoStack()
    state = WorkspaceState(db, stack, "TW2")
    env = PlanningEnv(db, state, stack, None)

    def make(widget_class: Any, *args: Any) -> Any:
        widget = widget_class(state, *args)
        qtbot.addWidget(widget)
        widget.resize(1200, 800)
        widget.show()
        qtbot.waitExposed(widget)
        env.widgets.append(widget)
        return widget

    env.make = make
    yield env
    qtbot.waitUntil(lambda: not runner().busy, timeout=10000)
    stack.blockSignals(True)
    stack.clear()
    db.close()


def unit_id_of(db: Database, code: str) -> str:
    from app.models import Unit

    with db.session() as s:
        return s.scalars(select(Unit.id).where(Unit.code == code)).one()


BKD_PK = "BKD/Maria Qibtya/2024"


def type_into_cell(qtbot: Any, view: Any, index: Any, text: str) -> Any:
    """Open a cell's editor as a user would (F2), type `text`, press Enter, wait for it to close."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit), "no cell editor opened"
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # QTest cannot synthesise keys for characters such as the en dash
        editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None)
    return editor

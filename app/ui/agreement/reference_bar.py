"""The selected sasaran's link to an RPJMD sasaran, and the province's mandatory IKU that the
agreement still lacks ("Tambah IKU wajib…"), beside the PK editor's sasaran buttons.

Both lists come from the reference data the province sent (a reference bundle); the edits
go through the editor's undo stack like every other change of the sasaran table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QMenu, QToolButton, QWidget

from app.services import reference
from app.services.agreement_read import AgreementDetail

from app.ui.agreement.commands import AddMandatoryIndicatorCommand, UpdateGoalCommand
from app.ui.shell.workspace_state import WorkspaceState


class GoalReferenceBar(QWidget):
    """An RPJMD picker for the selected sasaran and a menu of missing mandatory IKU.

    `run(command)` executes an undo command the way the editor does (refusals become its
    message); `pending_select(kind, id)` asks the editor to select a row after the reload.
    """

    def __init__(
        self,
        state: WorkspaceState,
        run: Callable[[Any], bool],
        pending_select: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self._run = run
        self._pending_select = pending_select
        self.detail: AgreementDetail | None = None
        self.goal_id: str | None = None
        self._choices: list[reference.RpjmdGoalEntry] = []
        self._missing: list[reference.MandatoryEntry] = []
        self.rpjmd = QComboBox(self)
        self.rpjmd.setObjectName("goalRpjmd")
        self.rpjmd.setMinimumContentsLength(24)
        self.rpjmd.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.rpjmd.activated.connect(self._rpjmd_chosen)
        self.mandatory = QToolButton(self)
        self.mandatory.setObjectName("addMandatoryButton")
        self.mandatory.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.mandatory_menu = QMenu(self.mandatory)
        self.mandatory.setMenu(self.mandatory_menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rpjmd)
        layout.addWidget(self.mandatory)
        self.retranslate()

    def retranslate(self) -> None:
        self.rpjmd.setToolTip(self.tr("Sasaran RPJMD yang didukung sasaran terpilih"))
        self.mandatory.setText(self.tr("Tambah IKU wajib…"))
        self.mandatory.setToolTip(
            self.tr("IKU yang diwajibkan provinsi untuk perjanjian ini dan belum ada")
        )
        self._fill_rpjmd()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self, detail: AgreementDetail) -> None:
        """Read the RPJMD sasaran and the mandatory IKU this agreement lacks."""
        db = self.state.db
        self.detail = detail
        self._choices = reference.rpjmd_goal_choices(db)
        self._missing = [
            status.entry
            for status in reference.mandatory_for_agreement(db, detail.id)
            if not status.present
        ]
        self.mandatory_menu.clear()
        for entry in self._missing:
            action = self.mandatory_menu.addAction(f"{entry.code} — {entry.name}")
            action.triggered.connect(
                lambda _checked=False, code=entry.code: self.add_mandatory(code)
            )

    def select(self, goal_id: str | None, editable: bool) -> None:
        """Show the picker for a sasaran (hidden without one or without RPJMD data)."""
        self.goal_id = goal_id
        self._fill_rpjmd()
        self.rpjmd.setVisible(goal_id is not None and bool(self._choices))
        self.rpjmd.setEnabled(editable)
        self.mandatory.setVisible(bool(self._missing))
        self.mandatory.setEnabled(editable and goal_id is not None)

    def _goal(self) -> Any:
        if self.detail is None or self.goal_id is None:
            return None
        return next((g for g in self.detail.goals if g.id == self.goal_id), None)

    def _fill_rpjmd(self) -> None:
        goal = self._goal()
        self.rpjmd.blockSignals(True)
        self.rpjmd.clear()
        self.rpjmd.addItem(self.tr("(tanpa sasaran RPJMD)"), None)
        for choice in self._choices:
            self.rpjmd.addItem(f"{choice.code} — {choice.text}", choice.id)
        current = goal.rpjmd_goal_id if goal is not None else None
        if current is not None and self.rpjmd.findData(current) < 0:
            self.rpjmd.addItem(goal.rpjmd_code or current, current)  # withdrawn since
        self.rpjmd.setCurrentIndex(max(0, self.rpjmd.findData(current)))
        self.rpjmd.blockSignals(False)

    def _rpjmd_chosen(self, _index: int) -> None:
        goal = self._goal()
        chosen = self.rpjmd.currentData()
        if goal is None or self.detail is None or chosen == goal.rpjmd_goal_id:
            return
        self._pending_select("goal", goal.id)
        self._run(
            UpdateGoalCommand(
                self.state,
                goal.id,
                self.detail.id,
                {"rpjmd_goal_id": chosen},
                {"rpjmd_goal_id": goal.rpjmd_goal_id},
            )
        )

    def add_mandatory(self, code: str) -> bool:
        """Add the mandatory IKU `code` under the selected sasaran."""
        if self.detail is None or self.goal_id is None:
            return False
        return self._run(
            AddMandatoryIndicatorCommand(self.state, self.goal_id, self.detail.id, code)
        )

"""Undoable edits of one IKU: targets and realisations per period, the Y-2/Y-1 history and the
metadata fields (typing in one text field merges into one undo step).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.services import agreements, indicator_read

from app.ui.shell.undo import MERGE_TEXT_EDIT, ServiceCommand, edit_text
from app.ui.shell.workspace_state import Change, WorkspaceState
from app.ui.widgets.labels import PERIOD, label

# --- targets and realisations ----------------------------------------------------------------


class SetPeriodValuesCommand(ServiceCommand):
    """Target, realisation, raw data or N/A of one period ("Ubah target TW2")."""

    def __init__(
        self,
        state: WorkspaceState,
        indicator_id: str,
        agreement_id: str,
        period: str,
        values: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(state, text)
        self.indicator_id = indicator_id
        self.agreement_id = agreement_id
        self.period = period
        self.values = values
        self.old: dict[str, Any] = {}

    def perform(self) -> None:
        self.old = agreements.set_period_values(
            self.db, self.indicator_id, self.period, **self.values
        )
        self.is_noop = not self.old

    def _do(self) -> None:
        agreements.set_period_values(self.db, self.indicator_id, self.period, **self.values)

    def _undo(self) -> None:
        agreements.set_period_values(self.db, self.indicator_id, self.period, **self.old)

    def change(self) -> Change:
        return Change("values", self.indicator_id, self.agreement_id)


def period_value_text(field: str, period: str, na: bool = False) -> str:
    """The undo menu text of a grid edit: "Ubah target TW2", "Jadikan N/A realisasi TW3"."""
    period_name = label(PERIOD, period)
    what = {
        "target": QCoreApplication.translate("Commands", "target"),
        "actual": QCoreApplication.translate("Commands", "realisasi"),
        "numerator": QCoreApplication.translate("Commands", "pembilang"),
        "denominator": QCoreApplication.translate("Commands", "penyebut"),
        "evidence": QCoreApplication.translate("Commands", "bukti dukung"),
    }.get(field, field)
    if na:
        return QCoreApplication.translate("Commands", "Jadikan N/A {what} {period}").format(
            what=what, period=period_name
        )
    return QCoreApplication.translate("Commands", "Ubah {what} {period}").format(
        what=what, period=period_name
    )


class SetHistoryCommand(ServiceCommand):
    def __init__(
        self,
        state: WorkspaceState,
        indicator_id: str,
        agreement_id: str,
        year: int,
        target: Any,
        actual: Any,
    ) -> None:
        super().__init__(
            state, QCoreApplication.translate("Commands", "Ubah riwayat {year}").format(year=year)
        )
        self.indicator_id = indicator_id
        self.agreement_id = agreement_id
        self.year = year
        self.new = (target, actual)
        self.old: tuple[Any, Any] = (None, None)

    def perform(self) -> None:
        self.old = self._set(self.new)
        self.is_noop = self.old == self.new

    def _set(self, values: tuple[Any, Any]) -> tuple[Any, Any]:
        target, actual = values
        return indicator_read.set_history(
            self.db, self.indicator_id, self.year, target=target, actual=actual
        )

    def change(self) -> Change:
        return Change("history", self.indicator_id, self.agreement_id)


# --- indicator metadata ----------------------------------------------------------------------


class UpdateIndicatorCommand(ServiceCommand):
    """Metadata fields of one IKU. Typing in one text field merges into one undo step."""

    def __init__(
        self,
        state: WorkspaceState,
        indicator_id: str,
        agreement_id: str,
        goal_id: str,
        changes: dict[str, Any],
        *,
        merge: bool = False,
    ) -> None:
        super().__init__(state, edit_text(changes))
        self.indicator_id = indicator_id
        self.agreement_id = agreement_id
        self.goal_id = goal_id
        self.changes = dict(changes)
        self.old: dict[str, Any] = {}
        self.merge = merge

    def perform(self) -> None:
        self.old = agreements.update_indicator(self.db, self.indicator_id, **self.changes)
        self.is_noop = not self.old

    def _do(self) -> None:
        agreements.update_indicator(self.db, self.indicator_id, **self.changes)

    def _undo(self) -> None:
        agreements.update_indicator(self.db, self.indicator_id, **self.old)

    def id(self) -> int:
        return MERGE_TEXT_EDIT if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API name
        if not (
            isinstance(other, UpdateIndicatorCommand)
            and other.merge
            and other.indicator_id == self.indicator_id
            and set(other.changes) == set(self.changes)
        ):
            return False
        self.changes = dict(other.changes)
        return True

    def change(self) -> Change:
        return Change("indicator", self.indicator_id, self.agreement_id, "goal", self.goal_id)

"""The open database as the widgets share it: the undo stack, the chosen period and the
notifications that keep the tree, the editors and the rules panel in step.

Widgets never call each other after an edit: a command runs a service, then the state
announces a `Change`, and every view that shows the changed record reloads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.models.errors import DatabaseError
from app.services.errors import ServiceError, error_text

if TYPE_CHECKING:
    from app.models.database import Database


@dataclass(frozen=True, slots=True)
class Change:
    """What an edit touched.

    `kind` is the record kind ("agreement", "goal", "indicator", "values", "program",
    "attachment", "history"); `structure` is True when children were added, removed or
    reordered under (`parent_kind`, `parent_id`), so trees must re-read that level.
    """

    kind: str
    id: str
    agreement_id: str | None = None
    parent_kind: str | None = None
    parent_id: str | None = None
    structure: bool = False


class Edit(Protocol):
    """What `execute` needs of a command. `app.ui.shell.undo.ServiceCommand` provides it; the
    state only names the shape, so the commands depend on the state and never the reverse."""

    is_noop: bool

    def perform(self) -> None: ...

    def change(self) -> Change: ...


class WorkspaceState(QObject):
    """Signals:
    changed(object): a `Change` after an edit, an undo or a redo.
    undone(object): the `Change` of an undo or redo step (to show the record it touched).
    periodChanged(str): the as-of period chosen in the toolbar (TW1..TW4, S1, annual).
    errorReported(str): a service refused an edit; the sentence is for the user.
    """

    changed = Signal(object)
    undone = Signal(object)
    periodChanged = Signal(str)
    errorReported = Signal(str)

    def __init__(
        self, db: Database, undo_stack: QUndoStack, period: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack
        self._period = period
        # Typed input a service refused and that is still on screen, by field: closing the
        # window asks before dropping it.
        self.failed_saves: dict[str, str] = {}
        self.last_refusal: Exception | None = None  # why the last execute() was refused

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    @property
    def period(self) -> str:
        return self._period

    def set_period(self, period: str) -> None:
        if period != self._period:
            self._period = period
            self.periodChanged.emit(period)

    def execute(self, command: QUndoCommand) -> bool:
        """Run a command's first step now; push it on the undo stack only if it worked."""
        edit = cast(Edit, command)
        self.last_refusal = None
        try:
            edit.perform()
        except (ServiceError, DatabaseError) as exc:  # a refusal is a sentence, not a crash
            self.last_refusal = exc
            from app.ui.shell.i18n import current_language

            self.report_error(error_text(exc, current_language()))
            return False
        if edit.is_noop:
            return True
        self.undo_stack.push(command)
        self.notify(edit.change())
        return True

    def notify(self, change: Change) -> None:
        self.changed.emit(change)

    def report_error(self, message: str) -> None:
        self.errorReported.emit(message)

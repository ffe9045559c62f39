"""The red line under an editor that says why the last input or change was refused.

Every editor has one: hidden while empty, shown with the sentence of a bad entry or of a
command the services refused (`WorkspaceState.errorReported`), cleared by the next good one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from app.ui.shell.workspace_state import WorkspaceState

ERROR_STYLE = "color: #C62828;"


class MessageLine(QLabel):
    def __init__(
        self, object_name: str, parent: QWidget | None = None, *, style: str = ERROR_STYLE
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setStyleSheet(style)
        self.hide()

    def say(self, text: str) -> None:
        """Show `text`; an empty one hides the line."""
        self.setText(text)
        self.setVisible(bool(text))

    def run(self, state: WorkspaceState, command: Any, fallback: str = "") -> bool:
        """Run an undoable command; clear the line if it worked, else say why: the sentence
        `state` reported while refusing it, or `fallback` when there was none."""
        reported: list[str] = []

        def keep(message: str) -> None:
            reported.append(message)

        state.errorReported.connect(keep)
        try:
            ok = state.execute(command)
        finally:
            state.errorReported.disconnect(keep)
        self.say("" if ok else (reported[-1] if reported else fallback))
        return ok

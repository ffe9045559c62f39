"""Starting an addendum or a PK Pengganti, undoable until it is signed: undo removes the new draft.

Signing is deliberately not a command: a signed agreement never changes again (rule
`signed_readonly`), so there is nothing to undo it to.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services import lifecycle

from app.ui.agreement.commands import NewAgreementCommand
from app.ui.shell.workspace_state import WorkspaceState


class _NewVersionCommand(NewAgreementCommand):
    def __init__(self, state: WorkspaceState, text: str, source_id: str, owner_id: str) -> None:
        super().__init__(state, text, owner_id)
        self.source_id = source_id


class StartAddendumCommand(_NewVersionCommand):
    def __init__(
        self,
        state: WorkspaceState,
        source_id: str,
        owner_id: str,
        *,
        reason: str,
        effective_from: str,
        note: str | None = None,
    ) -> None:
        super().__init__(
            state, QCoreApplication.translate("Commands", "Buat addendum PK"), source_id, owner_id
        )
        self.reason = reason
        self.effective_from = effective_from
        self.note = note

    def perform(self) -> None:
        self.agreement_id = lifecycle.start_addendum(
            self.db,
            self.source_id,
            reason=self.reason,
            effective_from=self.effective_from,
            note=self.note,
        )


class StartReplacementCommand(_NewVersionCommand):
    def __init__(
        self,
        state: WorkspaceState,
        source_id: str,
        new_owner_id: str,
        *,
        effective_from: str,
        owner_prefix: str | None = None,
        note: str | None = None,
    ) -> None:
        super().__init__(
            state,
            QCoreApplication.translate("Commands", "Buat PK pengganti"),
            source_id,
            new_owner_id,
        )
        self.effective_from = effective_from
        self.owner_prefix = owner_prefix
        self.note = note

    def perform(self) -> None:
        self.agreement_id = lifecycle.start_replacement(
            self.db,
            self.source_id,
            new_owner_id=self.owner_id,
            effective_from=self.effective_from,
            owner_prefix=self.owner_prefix,
            note=self.note,
        )

"""Undoable edits of an agreement (PK): its sasaran and IKU rows, header and parties, programs
and scans, finalising and reopening, and creating a new draft.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.services import agreements, attachments, lifecycle, reference, undo

from app.ui.shell.undo import AddCommand, MoveCommand, RemoveCommand, ServiceCommand, edit_text
from app.ui.shell.workspace_state import Change, WorkspaceState


class _IndicatorRowCommand(ServiceCommand):
    """An IKU row of the PK editor: removed, restored and moved within its sasaran."""

    def __init__(
        self, state: WorkspaceState, text: str, indicator_id: str, goal_id: str, agreement_id: str
    ) -> None:
        super().__init__(state, text)
        self.indicator_id = indicator_id
        self.goal_id = goal_id
        self.agreement_id = agreement_id

    def _remove(self) -> None:
        agreements.remove_indicator(self.db, self.indicator_id)

    def _restore(self) -> None:
        agreements.restore_indicator(self.db, self.indicator_id)

    def _move(self, offset: int) -> None:
        agreements.move_indicator(self.db, self.indicator_id, offset)

    def change(self) -> Change:
        return Change("indicator", self.indicator_id, self.agreement_id, "goal", self.goal_id, True)


class AddIndicatorCommand(AddCommand, _IndicatorRowCommand):
    def __init__(
        self, state: WorkspaceState, goal_id: str, agreement_id: str, name: str, **metadata: Any
    ) -> None:
        super().__init__(
            state, QCoreApplication.translate("Commands", "Tambah IKU"), "", goal_id, agreement_id
        )
        self.name = name
        self.metadata = metadata

    def perform(self) -> None:
        self.indicator_id = agreements.add_indicator(
            self.db, self.goal_id, name=self.name, **self.metadata
        )


class AddMandatoryIndicatorCommand(AddCommand, _IndicatorRowCommand):
    """The province's mandatory IKU `code` under a sasaran, marked wajib."""

    def __init__(self, state: WorkspaceState, goal_id: str, agreement_id: str, code: str) -> None:
        super().__init__(
            state,
            QCoreApplication.translate("Commands", "Tambah IKU wajib"),
            "",
            goal_id,
            agreement_id,
        )
        self.code = code

    def perform(self) -> None:
        self.indicator_id = reference.add_mandatory_indicator(self.db, self.goal_id, self.code)


class RemoveIndicatorCommand(RemoveCommand, _IndicatorRowCommand):
    def __init__(
        self, state: WorkspaceState, indicator_id: str, goal_id: str, agreement_id: str
    ) -> None:
        super().__init__(
            state,
            QCoreApplication.translate("Commands", "Hapus IKU"),
            indicator_id,
            goal_id,
            agreement_id,
        )


class MoveIndicatorCommand(MoveCommand, _IndicatorRowCommand):
    def __init__(
        self, state: WorkspaceState, indicator_id: str, goal_id: str, agreement_id: str, offset: int
    ) -> None:
        super().__init__(
            state,
            QCoreApplication.translate("Commands", "Pindahkan IKU"),
            indicator_id,
            goal_id,
            agreement_id,
        )
        self.offset = offset


# --- sasaran ---------------------------------------------------------------------------------


class _GoalRowCommand(ServiceCommand):
    """A sasaran of the PK editor: removed (with its IKU), restored and moved."""

    def __init__(self, state: WorkspaceState, text: str, goal_id: str, agreement_id: str) -> None:
        super().__init__(state, text)
        self.goal_id = goal_id
        self.agreement_id = agreement_id

    def _remove(self) -> None:
        agreements.remove_goal(self.db, self.goal_id)

    def _restore(self) -> None:
        undo.restore_goal(self.db, self.goal_id)

    def _move(self, offset: int) -> None:
        agreements.move_goal(self.db, self.goal_id, offset)

    def change(self) -> Change:
        return Change("goal", self.goal_id, self.agreement_id, "agreement", self.agreement_id, True)


class AddGoalCommand(AddCommand, _GoalRowCommand):
    def __init__(
        self,
        state: WorkspaceState,
        agreement_id: str,
        text: str,
        category: str,
        number: str | None = None,
    ) -> None:
        super().__init__(
            state, QCoreApplication.translate("Commands", "Tambah sasaran"), "", agreement_id
        )
        self.text_value = text
        self.category = category
        self.number = number

    def perform(self) -> None:
        self.goal_id = agreements.add_goal(
            self.db,
            self.agreement_id,
            text=self.text_value,
            category=self.category,
            number=self.number,
        )


class RemoveGoalCommand(RemoveCommand, _GoalRowCommand):
    def __init__(self, state: WorkspaceState, goal_id: str, agreement_id: str) -> None:
        super().__init__(
            state, QCoreApplication.translate("Commands", "Hapus sasaran"), goal_id, agreement_id
        )


class MoveGoalCommand(MoveCommand, _GoalRowCommand):
    def __init__(self, state: WorkspaceState, goal_id: str, agreement_id: str, offset: int) -> None:
        super().__init__(
            state,
            QCoreApplication.translate("Commands", "Pindahkan sasaran"),
            goal_id,
            agreement_id,
        )
        self.offset = offset


class UpdateGoalCommand(ServiceCommand):
    def __init__(
        self,
        state: WorkspaceState,
        goal_id: str,
        agreement_id: str,
        changes: dict[str, Any],
        old: dict[str, Any],
    ) -> None:
        super().__init__(state, edit_text(changes))
        self.goal_id = goal_id
        self.agreement_id = agreement_id
        self.changes = self.new = changes
        self.old = old
        self.is_noop = changes == old

    def _set(self, values: dict[str, Any]) -> None:
        agreements.update_goal(self.db, self.goal_id, **values)

    def change(self) -> Change:
        return Change("goal", self.goal_id, self.agreement_id, "agreement", self.agreement_id)


# --- agreement -------------------------------------------------------------------------------


class UpdateAgreementCommand(ServiceCommand):
    """Header fields of a PK; `old` comes from the editor's data (the service returns none)."""

    def __init__(
        self,
        state: WorkspaceState,
        agreement_id: str,
        changes: dict[str, Any],
        old: dict[str, Any],
    ) -> None:
        super().__init__(state, edit_text(changes))
        self.agreement_id = agreement_id
        self.changes = self.new = changes
        self.old = old
        self.is_noop = changes == old

    def _set(self, values: dict[str, Any]) -> None:
        agreements.update_agreement(self.db, self.agreement_id, **values)

    def change(self) -> Change:
        return Change("agreement", self.agreement_id, self.agreement_id)


class FinalizeCommand(ServiceCommand):
    """ "Finalkan": refused (nothing pushed) while the rules report errors."""

    def __init__(self, state: WorkspaceState, agreement_id: str) -> None:
        super().__init__(
            state, QCoreApplication.translate("Commands", "Finalkan perjanjian kinerja")
        )
        self.agreement_id = agreement_id
        self.old_status = "draft"

    def perform(self) -> None:
        self.old_status = lifecycle.finalize_agreement(self.db, self.agreement_id)
        self.is_noop = self.old_status == "final"

    def _do(self) -> None:
        lifecycle.finalize_agreement(self.db, self.agreement_id)

    def _undo(self) -> None:
        lifecycle.set_agreement_status(self.db, self.agreement_id, self.old_status)

    def change(self) -> Change:
        return Change("agreement", self.agreement_id, self.agreement_id)


class ReopenCommand(ServiceCommand):
    """ "Kembalikan ke draf" for a final (not yet signed) agreement."""

    def __init__(self, state: WorkspaceState, agreement_id: str) -> None:
        super().__init__(state, QCoreApplication.translate("Commands", "Kembalikan ke draf"))
        self.agreement_id = agreement_id
        self.old_status = "final"

    def perform(self) -> None:
        self.old_status = lifecycle.set_agreement_status(self.db, self.agreement_id, "draft")
        self.is_noop = self.old_status == "draft"

    def _do(self) -> None:
        lifecycle.set_agreement_status(self.db, self.agreement_id, "draft")

    def _undo(self) -> None:
        lifecycle.set_agreement_status(self.db, self.agreement_id, self.old_status)

    def change(self) -> Change:
        return Change("agreement", self.agreement_id, self.agreement_id)


class NewAgreementCommand(AddCommand):
    """A new draft PK (created here, or an addendum or PK Pengganti of a signed one): undo
    deletes the draft, redo brings the same draft back."""

    def __init__(self, state: WorkspaceState, text: str, owner_id: str) -> None:
        super().__init__(state, text)
        self.owner_id = owner_id
        self.agreement_id = ""

    def _remove(self) -> None:
        agreements.delete_agreement(self.db, self.agreement_id)

    def _restore(self) -> None:
        undo.restore_agreement(self.db, self.agreement_id)

    def change(self) -> Change:
        return Change(
            "agreement", self.agreement_id, self.agreement_id, "official", self.owner_id, True
        )


class CreateAgreementCommand(NewAgreementCommand):
    def __init__(self, state: WorkspaceState, owner_id: str, **fields: Any) -> None:
        super().__init__(
            state, QCoreApplication.translate("Commands", "Buat perjanjian kinerja"), owner_id
        )
        self.fields = fields

    def perform(self) -> None:
        self.agreement_id = agreements.create_agreement(
            self.db, owner_id=self.owner_id, **self.fields
        )


# --- programs and attachments ----------------------------------------------------------------


class _ProgramRowCommand(ServiceCommand):
    def __init__(
        self, state: WorkspaceState, text: str, program_id: str, agreement_id: str
    ) -> None:
        super().__init__(state, text)
        self.program_id = program_id
        self.agreement_id = agreement_id

    def _remove(self) -> None:
        agreements.remove_program(self.db, self.program_id)

    def _restore(self) -> None:
        undo.restore_program(self.db, self.program_id)

    def change(self) -> Change:
        return Change("program", self.program_id, self.agreement_id)


class AddProgramCommand(AddCommand, _ProgramRowCommand):
    def __init__(self, state: WorkspaceState, agreement_id: str, name: str, budget: Any) -> None:
        super().__init__(
            state, QCoreApplication.translate("Commands", "Tambah program"), "", agreement_id
        )
        self.name = name
        self.budget = budget

    def perform(self) -> None:
        self.program_id = agreements.add_program(
            self.db, self.agreement_id, name=self.name, budget=self.budget
        )


class RemoveProgramCommand(RemoveCommand, _ProgramRowCommand):
    def __init__(self, state: WorkspaceState, program_id: str, agreement_id: str) -> None:
        super().__init__(
            state, QCoreApplication.translate("Commands", "Hapus program"), program_id, agreement_id
        )


class UpdateProgramCommand(ServiceCommand):
    def __init__(
        self,
        state: WorkspaceState,
        program_id: str,
        agreement_id: str,
        changes: dict[str, Any],
        old: dict[str, Any],
    ) -> None:
        super().__init__(state, edit_text(changes))
        self.program_id = program_id
        self.agreement_id = agreement_id
        self.changes = self.new = changes
        self.old = old
        self.is_noop = changes == old

    def _set(self, values: dict[str, Any]) -> None:
        agreements.update_program(self.db, self.program_id, **values)

    def change(self) -> Change:
        return Change("program", self.program_id, self.agreement_id)


class _AttachmentCommand(ServiceCommand):
    def __init__(
        self, state: WorkspaceState, text: str, attachment_id: str, agreement_id: str
    ) -> None:
        super().__init__(state, text)
        self.attachment_id = attachment_id
        self.agreement_id = agreement_id

    def _remove(self) -> None:
        attachments.set_attachment_removed(self.db, self.attachment_id, True)

    def _restore(self) -> None:
        attachments.set_attachment_removed(self.db, self.attachment_id, False)

    def change(self) -> Change:
        return Change("attachment", self.attachment_id, self.agreement_id)


class AttachScanCommand(AddCommand, _AttachmentCommand):
    def __init__(self, state: WorkspaceState, agreement_id: str, path: str) -> None:
        super().__init__(
            state, QCoreApplication.translate("Commands", "Lampirkan pindaian"), "", agreement_id
        )
        self.path = path

    def perform(self) -> None:
        self.attachment_id = attachments.attach_scan_file(self.db, self.agreement_id, self.path)


class RemoveAttachmentCommand(RemoveCommand, _AttachmentCommand):
    def __init__(self, state: WorkspaceState, attachment_id: str, agreement_id: str) -> None:
        super().__init__(
            state,
            QCoreApplication.translate("Commands", "Hapus lampiran"),
            attachment_id,
            agreement_id,
        )

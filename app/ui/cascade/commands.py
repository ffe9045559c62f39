"""Undoable edits of the cascading matrix: tick, untick, and the note a cell shows instead of ✓.

A tick changes the subordinate's PK and the superior's findings at once, so each command
announces the superior's IKU through `extra_changes()` too.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from app.services import cascade, matrix, undo

from app.ui.shell.undo import AddCommand, RemoveCommand, ServiceCommand
from app.ui.shell.workspace_state import Change, WorkspaceState


class _MatrixCommand(ServiceCommand):
    def __init__(
        self,
        state: WorkspaceState,
        text: str,
        parent_indicator_id: str,
        parent_agreement_id: str,
        child_agreement_id: str,
    ) -> None:
        super().__init__(state, text)
        self.parent_indicator_id = parent_indicator_id
        self.parent_agreement_id = parent_agreement_id
        self.child_agreement_id = child_agreement_id

    def change(self) -> Change:
        # The subordinate's PK got (or lost) a sasaran/IKU: its tree level is re-read.
        return Change(
            "indicator",
            self.parent_indicator_id,
            self.child_agreement_id,
            "agreement",
            self.child_agreement_id,
            True,
        )

    link_id = ""

    def _remove(self) -> None:
        cascade.remove_cascade(self.db, self.link_id)

    def _restore(self) -> None:
        undo.restore_cascade(self.db, self.link_id)

    def extra_changes(self) -> list[Change]:
        # The superior's IKU shows its cascaded children, and its findings change too.
        return [
            Change(
                "indicator",
                self.parent_indicator_id,
                self.parent_agreement_id,
                "indicator",
                self.parent_indicator_id,
                True,
            )
        ]


class TickCommand(AddCommand, _MatrixCommand):
    """Tick a matrix cell: the subordinate gets the sasaran and IKU (direct or indirect)."""

    def __init__(
        self,
        state: WorkspaceState,
        parent_indicator_id: str,
        parent_agreement_id: str,
        child_agreement_id: str,
        *,
        method: str,
        share: Decimal | None = None,
        note: str | None = None,
    ) -> None:
        super().__init__(
            state,
            QCoreApplication.translate("Commands", "Centang cascading"),
            parent_indicator_id,
            parent_agreement_id,
            child_agreement_id,
        )
        self.method = method
        self.share = share
        self.note = note
        self.child_indicator_id = ""
        self.link_id = ""

    def perform(self) -> None:
        self.child_indicator_id = matrix.tick(
            self.db,
            self.parent_indicator_id,
            self.child_agreement_id,
            method=self.method,
            share=self.share,
            note=self.note,
        )
        cell = matrix.cascade_matrix(self.db, self.parent_agreement_id).cell(
            self.parent_indicator_id, self.child_agreement_id
        )
        self.link_id = cell.link_id if cell else ""
        self._announce()


class UntickCommand(RemoveCommand, _MatrixCommand):
    def __init__(
        self,
        state: WorkspaceState,
        parent_indicator_id: str,
        parent_agreement_id: str,
        child_agreement_id: str,
        link_id: str,
    ) -> None:
        super().__init__(
            state,
            QCoreApplication.translate("Commands", "Hapus centang cascading"),
            parent_indicator_id,
            parent_agreement_id,
            child_agreement_id,
        )
        self.link_id = link_id


class SetCellNoteCommand(_MatrixCommand):
    """The note a matrix cell shows instead of ✓, e.g. "(PKK, Jumantik, Posyandu)"."""

    def __init__(
        self,
        state: WorkspaceState,
        parent_indicator_id: str,
        parent_agreement_id: str,
        child_agreement_id: str,
        note: str | None,
        old: str | None,
    ) -> None:
        super().__init__(
            state,
            QCoreApplication.translate("Commands", "Ubah catatan cascading"),
            parent_indicator_id,
            parent_agreement_id,
            child_agreement_id,
        )
        self.new = note
        self.old = old
        self.is_noop = (note or None) == (old or None)

    def _set(self, values: str | None) -> None:
        matrix.set_cell_note(self.db, self.parent_indicator_id, self.child_agreement_id, values)

    def change(self) -> Change:
        return Change("indicator", self.parent_indicator_id, self.child_agreement_id)

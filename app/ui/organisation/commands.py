"""Undoable organisation edits: each step is one service call (one transaction, audited).

Adding is undone by retiring (a tombstone) and redone by restoring, so an undo never
hard-deletes a row that sync may already have seen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.services import organisation
from app.services.tree import OFFICIAL, ROOT, UNIT

from app.ui.shell.undo import ServiceCommand
from app.ui.shell.workspace_state import Change, WorkspaceState


def _parent_change(kind: str, record_id: str, parent_id: str | None) -> Change:
    """A structural change under the unit `parent_id` (None: the top of the tree)."""
    return Change(
        kind,
        record_id,
        parent_kind=UNIT if parent_id else ROOT,
        parent_id=parent_id or ROOT,
        structure=True,
    )


class AddUnitCommand(ServiceCommand):
    def __init__(self, state: WorkspaceState, **values: Any) -> None:
        super().__init__(
            state,
            QCoreApplication.translate("OrganisationCommands", "Tambah unit {name}").format(
                name=values.get("name", "")
            ),
        )
        self.values = values
        self.unit_id = ""

    def perform(self) -> None:
        self.unit_id = organisation.create_unit(self.db, **self.values)

    def _do(self) -> None:
        organisation.restore_unit(self.db, self.unit_id)

    def _undo(self) -> None:
        organisation.retire_unit(self.db, self.unit_id)

    def change(self) -> Change:
        return _parent_change(UNIT, self.unit_id, self.values.get("parent_id"))


class RenameUnitCommand(ServiceCommand):
    def __init__(self, state: WorkspaceState, unit_id: str, name: str, parent_id: str | None):
        super().__init__(
            state,
            QCoreApplication.translate(
                "OrganisationCommands", "Ganti nama unit menjadi {name}"
            ).format(name=name),
        )
        self.unit_id, self.name, self.parent_id = unit_id, name, parent_id
        self.old = ""

    def perform(self) -> None:
        self.old = organisation.rename_unit(self.db, self.unit_id, self.name)
        self.is_noop = self.old == self.name.strip()

    def _do(self) -> None:
        organisation.rename_unit(self.db, self.unit_id, self.name)

    def _undo(self) -> None:
        organisation.rename_unit(self.db, self.unit_id, self.old)

    def change(self) -> Change:
        return _parent_change(UNIT, self.unit_id, self.parent_id)


class MoveUnitCommand(ServiceCommand):
    def __init__(self, state: WorkspaceState, unit_id: str, parent_id: str | None) -> None:
        super().__init__(
            state, QCoreApplication.translate("OrganisationCommands", "Pindahkan unit")
        )
        self.unit_id, self.parent_id = unit_id, parent_id
        self.old: str | None = None

    def perform(self) -> None:
        self.old = organisation.move_unit(self.db, self.unit_id, self.parent_id)
        self.is_noop = self.old == self.parent_id

    def _do(self) -> None:
        organisation.move_unit(self.db, self.unit_id, self.parent_id)

    def _undo(self) -> None:
        organisation.move_unit(self.db, self.unit_id, self.old)

    def change(self) -> Change:
        # Both levels change; the old parent is refreshed by the notification below.
        return _parent_change(UNIT, self.unit_id, self.parent_id)

    def redo(self) -> None:
        super().redo()
        self.state.notify(_parent_change(UNIT, self.unit_id, self.old))

    def undo(self) -> None:
        super().undo()
        self.state.notify(_parent_change(UNIT, self.unit_id, self.old))


class RetireUnitCommand(ServiceCommand):
    def __init__(self, state: WorkspaceState, unit_id: str, name: str, parent_id: str | None):
        super().__init__(
            state,
            QCoreApplication.translate("OrganisationCommands", "Nonaktifkan unit {name}").format(
                name=name
            ),
        )
        self.unit_id, self.parent_id = unit_id, parent_id

    def _do(self) -> None:
        organisation.retire_unit(self.db, self.unit_id)

    def _undo(self) -> None:
        organisation.restore_unit(self.db, self.unit_id)

    def change(self) -> Change:
        return _parent_change(UNIT, self.unit_id, self.parent_id)


class AddOfficialCommand(ServiceCommand):
    def __init__(self, state: WorkspaceState, **values: Any) -> None:
        super().__init__(
            state,
            QCoreApplication.translate("OrganisationCommands", "Tambah pejabat {name}").format(
                name=values.get("name", "")
            ),
        )
        self.values = values
        self.official_id = ""

    def perform(self) -> None:
        self.official_id = organisation.create_official(self.db, **self.values)

    def _do(self) -> None:
        organisation.restore_official(self.db, self.official_id)

    def _undo(self) -> None:
        organisation.retire_official(self.db, self.official_id)

    def change(self) -> Change:
        return _parent_change(OFFICIAL, self.official_id, self.values.get("unit_id"))


class EditOfficialCommand(ServiceCommand):
    """Any fields of an official, including moving them to another unit."""

    def __init__(
        self, state: WorkspaceState, official_id: str, changes: dict[str, Any], unit_id: str | None
    ) -> None:
        super().__init__(state, QCoreApplication.translate("OrganisationCommands", "Ubah pejabat"))
        self.official_id, self.changes, self.unit_id = official_id, changes, unit_id
        self.old: dict[str, Any] = {}

    def perform(self) -> None:
        self.old = organisation.update_official(self.db, self.official_id, **self.changes)
        self.is_noop = not self.old

    def _do(self) -> None:
        organisation.update_official(self.db, self.official_id, **self.changes)

    def _undo(self) -> None:
        organisation.update_official(self.db, self.official_id, **self.old)

    def change(self) -> Change:
        return _parent_change(OFFICIAL, self.official_id, self.changes.get("unit_id", self.unit_id))

    def redo(self) -> None:
        super().redo()
        if "unit_id" in self.old:  # moved: the old unit's level changes too
            self.state.notify(_parent_change(OFFICIAL, self.official_id, self.old["unit_id"]))

    def undo(self) -> None:
        super().undo()
        if "unit_id" in self.old:
            self.state.notify(_parent_change(OFFICIAL, self.official_id, self.old["unit_id"]))


class RetireOfficialCommand(ServiceCommand):
    def __init__(self, state: WorkspaceState, official_id: str, name: str, unit_id: str | None):
        super().__init__(
            state,
            QCoreApplication.translate("OrganisationCommands", "Nonaktifkan pejabat {name}").format(
                name=name
            ),
        )
        self.official_id, self.unit_id = official_id, unit_id

    def _do(self) -> None:
        organisation.retire_official(self.db, self.official_id)

    def _undo(self) -> None:
        organisation.restore_official(self.db, self.official_id)

    def change(self) -> Change:
        return _parent_change(OFFICIAL, self.official_id, self.unit_id)


class AssignActingCommand(ServiceCommand):
    """A new Plt./Plh./Pj. assignment; undone by removing it (a tombstone), redone by
    restoring it."""

    def __init__(
        self, state: WorkspaceState, official_id: str, unit_id: str | None, **values: Any
    ) -> None:
        super().__init__(
            state,
            QCoreApplication.translate("OrganisationCommands", "Tetapkan {prefix} {title}").format(
                prefix=values.get("prefix", ""), title=values.get("position_title", "")
            ),
        )
        self.official_id, self.unit_id, self.values = official_id, unit_id, values
        self.assignment_id = ""

    def perform(self) -> None:
        self.assignment_id = organisation.assign_acting(self.db, self.official_id, **self.values)
        self._announce()

    def _do(self) -> None:
        organisation.restore_acting(self.db, self.assignment_id)

    def _undo(self) -> None:
        organisation.remove_acting(self.db, self.assignment_id)

    def change(self) -> Change:
        return _parent_change(OFFICIAL, self.official_id, self.unit_id)


class EndActingCommand(ServiceCommand):
    """Set the last day of an acting assignment (None: open-ended again)."""

    def __init__(
        self,
        state: WorkspaceState,
        official_id: str,
        unit_id: str | None,
        assignment_id: str,
        end_date: Any,
    ) -> None:
        super().__init__(
            state, QCoreApplication.translate("OrganisationCommands", "Akhiri Plt./Plh./Pj.")
        )
        self.official_id, self.unit_id = official_id, unit_id
        self.assignment_id, self.end_date = assignment_id, end_date
        self.old_end: Any = None

    def perform(self) -> None:
        self.old_end = organisation.end_acting(self.db, self.assignment_id, self.end_date)
        self.is_noop = self.old_end == self.end_date
        self._announce()

    def _do(self) -> None:
        organisation.end_acting(self.db, self.assignment_id, self.end_date)

    def _undo(self) -> None:
        organisation.end_acting(self.db, self.assignment_id, self.old_end)

    def change(self) -> Change:
        return _parent_change(OFFICIAL, self.official_id, self.unit_id)


class RemoveActingCommand(ServiceCommand):
    def __init__(
        self, state: WorkspaceState, official_id: str, unit_id: str | None, assignment_id: str
    ) -> None:
        super().__init__(
            state, QCoreApplication.translate("OrganisationCommands", "Hapus Plt./Plh./Pj.")
        )
        self.official_id, self.unit_id, self.assignment_id = official_id, unit_id, assignment_id

    def _do(self) -> None:
        organisation.remove_acting(self.db, self.assignment_id)

    def _undo(self) -> None:
        organisation.restore_acting(self.db, self.assignment_id)

    def change(self) -> Change:
        return _parent_change(OFFICIAL, self.official_id, self.unit_id)

"""Undoable edits of the Rencana Aksi tree of an IKU and the KSD table of a unit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services import planning, undo

from app.ui.shell.undo import AddCommand, MoveCommand, RemoveCommand, ServiceCommand
from app.ui.shell.workspace_state import Change, WorkspaceState

# --- Rencana Aksi ------------------------------------------------------------------------------

NODE_NAMES = {
    "action_plan": QT_TRANSLATE_NOOP("Commands", "rencana aksi"),
    "criterion": QT_TRANSLATE_NOOP("Commands", "kriteria keberhasilan"),
    "output": QT_TRANSLATE_NOOP("Commands", "target/output"),
}


def node_name(kind: str) -> str:
    return QCoreApplication.translate("Commands", NODE_NAMES.get(kind, kind))


class _PlanCommand(ServiceCommand):
    def __init__(
        self,
        state: WorkspaceState,
        text: str,
        indicator_id: str,
        agreement_id: str,
        reason: str | None,
    ) -> None:
        super().__init__(state, text)
        self.indicator_id = indicator_id
        self.agreement_id = agreement_id
        self.reason = reason

    # A node's kind and id are set by the commands that add, remove or move one.
    kind = ""
    node_id = ""

    def _remove(self) -> None:
        planning.remove_node(self.db, self.kind, self.node_id, change_reason=self.reason)

    def _restore(self) -> None:
        planning.restore_node(self.db, self.kind, self.node_id)

    def _move(self, offset: int) -> None:
        planning.move_node(self.db, self.kind, self.node_id, offset)

    def change(self) -> Change:
        return Change("action_plan", self.indicator_id, self.agreement_id)


class AddPlanNodeCommand(AddCommand, _PlanCommand):
    """ "Tambah rencana aksi / kriteria keberhasilan / target/output"."""

    def __init__(
        self,
        state: WorkspaceState,
        kind: str,
        parent_id: str,
        indicator_id: str,
        agreement_id: str,
        text: str,
        *,
        reason: str | None = None,
        due_quarter: int | None = None,
        responsible: str | None = None,
    ) -> None:
        super().__init__(
            state,
            QCoreApplication.translate("Commands", "Tambah {what}").format(what=node_name(kind)),
            indicator_id,
            agreement_id,
            reason,
        )
        self.kind = kind
        self.parent_id = parent_id
        self.text_value = text
        self.due_quarter = due_quarter
        self.responsible = responsible
        self.node_id = ""

    def perform(self) -> None:
        if self.kind == "action_plan":
            self.node_id = planning.add_action_plan(
                self.db, self.parent_id, text=self.text_value, change_reason=self.reason
            )
        elif self.kind == "criterion":
            self.node_id = planning.add_criterion(
                self.db, self.parent_id, text=self.text_value, change_reason=self.reason
            )
        else:
            self.node_id = planning.add_output(
                self.db,
                self.parent_id,
                text=self.text_value,
                due_quarter=self.due_quarter or 1,
                responsible=self.responsible,
                change_reason=self.reason,
            )


class RemovePlanNodeCommand(RemoveCommand, _PlanCommand):
    def __init__(
        self,
        state: WorkspaceState,
        kind: str,
        node_id: str,
        indicator_id: str,
        agreement_id: str,
        *,
        reason: str | None = None,
    ) -> None:
        super().__init__(
            state,
            QCoreApplication.translate("Commands", "Hapus {what}").format(what=node_name(kind)),
            indicator_id,
            agreement_id,
            reason,
        )
        self.kind = kind
        self.node_id = node_id


class MovePlanNodeCommand(MoveCommand, _PlanCommand):
    """Up or down among its siblings; the numbers (RA n, KK n.m, T/O n.m.k) follow."""

    def __init__(
        self,
        state: WorkspaceState,
        kind: str,
        node_id: str,
        indicator_id: str,
        agreement_id: str,
        offset: int,
    ) -> None:
        super().__init__(
            state,
            QCoreApplication.translate("Commands", "Pindahkan {what}").format(what=node_name(kind)),
            indicator_id,
            agreement_id,
            None,
        )
        self.kind = kind
        self.node_id = node_id
        self.offset = offset


class EditPlanTextCommand(_PlanCommand):
    """The text of an RA, KK or T/O, or the mitigation of an RA."""

    def __init__(
        self,
        state: WorkspaceState,
        kind: str,
        node_id: str,
        indicator_id: str,
        agreement_id: str,
        *,
        text: str,
        old_text: str,
        mitigation: str | None = None,
        old_mitigation: str | None = None,
        reason: str | None = None,
    ) -> None:
        what = (
            QCoreApplication.translate("Commands", "mitigasi")
            if mitigation is not None
            else node_name(kind)
        )
        super().__init__(
            state,
            QCoreApplication.translate("Commands", "Ubah {what}").format(what=what),
            indicator_id,
            agreement_id,
            reason,
        )
        self.kind = kind
        self.node_id = node_id
        self.new = (text, mitigation)
        self.old = (old_text, None if mitigation is None else (old_mitigation or ""))
        self.is_noop = self.new == self.old

    def _set(self, values: tuple[str, str | None]) -> None:
        text, mitigation = values
        planning.update_node_text(
            self.db, self.kind, self.node_id, text, change_reason=self.reason, mitigation=mitigation
        )


class UpdateOutputCommand(_PlanCommand):
    """Due quarter, responsible, mitigation, status or completion date of a T/O."""

    def __init__(
        self,
        state: WorkspaceState,
        output_id: str,
        indicator_id: str,
        agreement_id: str,
        changes: dict[str, Any],
        *,
        text: str,
        reason: str | None = None,
    ) -> None:
        super().__init__(state, text, indicator_id, agreement_id, reason)
        self.output_id = output_id
        self.changes = dict(changes)
        self.old: dict[str, Any] = {}

    def _with_reason(self, values: dict[str, Any]) -> dict[str, Any]:
        if self.reason is None:
            return dict(values)
        return {**values, "change_reason": self.reason}

    def perform(self) -> None:
        self.old = planning.update_output(
            self.db, self.output_id, **self._with_reason(self.changes)
        )
        self.old.pop("change_reason", None)
        self.is_noop = not self.old

    def _do(self) -> None:
        planning.update_output(self.db, self.output_id, **self._with_reason(self.changes))

    def _undo(self) -> None:
        old = {k: (v.value if hasattr(v, "value") else v) for k, v in self.old.items()}
        planning.update_output(self.db, self.output_id, **self._with_reason(old))


class PhaseSkeletonCommand(_PlanCommand):
    """ "Buat kerangka tahapan kunci": one RA per key phase with a KK and a T/O."""

    def __init__(
        self,
        state: WorkspaceState,
        indicator_id: str,
        agreement_id: str,
        *,
        reason: str | None = None,
    ) -> None:
        super().__init__(
            state,
            QCoreApplication.translate("Commands", "Buat kerangka tahapan kunci"),
            indicator_id,
            agreement_id,
            reason,
        )
        self.plan_ids: list[str] = []

    def perform(self) -> None:
        self.plan_ids = planning.create_phase_skeleton(self.db, self.indicator_id)

    def _do(self) -> None:
        undo.restore_action_plans(self.db, self.plan_ids)

    def _undo(self) -> None:
        undo.remove_action_plans(self.db, self.plan_ids, change_reason=self.reason)


# --- KSD ---------------------------------------------------------------------------------------


class _KsdCommand(ServiceCommand):
    def __init__(self, state: WorkspaceState, text: str, unit_id: str, ksd_id: str = "") -> None:
        super().__init__(state, text)
        self.unit_id = unit_id
        self.ksd_id = ksd_id

    def _remove(self) -> None:
        planning.remove_ksd(self.db, self.ksd_id)

    def _restore(self) -> None:
        undo.restore_ksd(self.db, self.ksd_id)

    def _move(self, offset: int) -> None:
        planning.move_ksd(self.db, self.ksd_id, offset)

    def change(self) -> Change:
        return Change("ksd", self.ksd_id, None, "unit", self.unit_id)


class AddKsdCommand(AddCommand, _KsdCommand):
    def __init__(
        self, state: WorkspaceState, unit_id: str, year: int, name: str, action_plan: str
    ) -> None:
        super().__init__(state, QCoreApplication.translate("Commands", "Tambah KSD"), unit_id)
        self.year = year
        self.name = name
        self.action_plan = action_plan

    def perform(self) -> None:
        self.ksd_id = planning.add_ksd(
            self.db, self.unit_id, self.year, name=self.name, action_plan=self.action_plan
        )


class RemoveKsdCommand(RemoveCommand, _KsdCommand):
    def __init__(self, state: WorkspaceState, unit_id: str, ksd_id: str) -> None:
        super().__init__(
            state, QCoreApplication.translate("Commands", "Hapus KSD"), unit_id, ksd_id
        )


class MoveKsdCommand(MoveCommand, _KsdCommand):
    def __init__(self, state: WorkspaceState, unit_id: str, ksd_id: str, offset: int) -> None:
        super().__init__(
            state, QCoreApplication.translate("Commands", "Pindahkan KSD"), unit_id, ksd_id
        )
        self.offset = offset


class UpdateKsdCommand(_KsdCommand):
    """Text fields, capaian or the linked IKU of a KSD row; typing merges into one step."""

    def __init__(
        self,
        state: WorkspaceState,
        unit_id: str,
        ksd_id: str,
        changes: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(state, text, unit_id, ksd_id)
        self.changes = dict(changes)
        self.old: dict[str, Any] = {}

    def perform(self) -> None:
        self.old = planning.update_ksd(self.db, self.ksd_id, **self.changes)
        self.is_noop = not self.old

    def _do(self) -> None:
        planning.update_ksd(self.db, self.ksd_id, **self.changes)

    def _undo(self) -> None:
        planning.update_ksd(self.db, self.ksd_id, **self.old)


class SetKsdMonthCommand(_KsdCommand):
    """The B01–B12 target of a row: expected output, done and completion date."""

    def __init__(
        self,
        state: WorkspaceState,
        unit_id: str,
        ksd_id: str,
        month: int,
        new: tuple[str | None, bool, Any],
        old: tuple[str | None, bool, Any],
    ) -> None:
        super().__init__(
            state,
            QCoreApplication.translate("Commands", "Ubah target KSD {month}").format(
                month=f"B{month:02d}"
            ),
            unit_id,
            ksd_id,
        )
        self.month = month
        self.new = new
        self.old = old
        self.is_noop = new == old

    def _set(self, values: tuple[str | None, bool, Any]) -> None:
        expected, done, completed_on = values
        planning.set_ksd_month(
            self.db,
            self.ksd_id,
            self.month,
            expected_output=expected,
            done=done,
            completed_on=completed_on,
        )

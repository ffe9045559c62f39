"""Undoable edits. Each command calls exactly one service function per step, so every
step is one transaction, committed at once (autosave) and audited.

The first step runs in `perform()` before the command is pushed (a refused edit never reaches
the undo stack); later redo/undo steps call the service again. When a later step is refused
(e.g. the agreement was signed meanwhile) the command becomes obsolete and the reason is
reported instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.services import agreements, attachments, indicator_read, lifecycle, undo
from app.services.errors import ServiceError

from app.ui.shell.workspace_state import Change, WorkspaceState
from app.ui.widgets.labels import PERIOD, label

_MERGE_TEXT_EDIT = 4101


FIELD_NAMES = {
    "number": QT_TRANSLATE_NOOP("Fields", "nomor"),
    "name": QT_TRANSLATE_NOOP("Fields", "nama IKU"),
    "text": QT_TRANSLATE_NOOP("Fields", "teks sasaran"),
    "category": QT_TRANSLATE_NOOP("Fields", "kategori sasaran"),
    "unit_of_measure": QT_TRANSLATE_NOOP("Fields", "satuan"),
    "source_system": QT_TRANSLATE_NOOP("Fields", "sistem sumber data"),
    "measurement_text": QT_TRANSLATE_NOOP("Fields", "Pengukuran Kinerja"),
    "misi": QT_TRANSLATE_NOOP("Fields", "misi"),
    "goal_description": QT_TRANSLATE_NOOP("Fields", "deskripsi sasaran"),
    "definition": QT_TRANSLATE_NOOP("Fields", "definisi"),
    "formula": QT_TRANSLATE_NOOP("Fields", "formula"),
    "control": QT_TRANSLATE_NOOP("Fields", "kendali"),
    "validity": QT_TRANSLATE_NOOP("Fields", "validitas"),
    "responsible_unit": QT_TRANSLATE_NOOP("Fields", "unit penanggung jawab"),
    "responsible_person": QT_TRANSLATE_NOOP("Fields", "penanggung jawab"),
    "data_provider": QT_TRANSLATE_NOOP("Fields", "penyedia data"),
    "data_source": QT_TRANSLATE_NOOP("Fields", "sumber data"),
    "cascade_type": QT_TRANSLATE_NOOP("Fields", "jenis cascading"),
    "cascade_method": QT_TRANSLATE_NOOP("Fields", "metode cascading"),
    "period_consolidation": QT_TRANSLATE_NOOP("Fields", "konsolidasi periode"),
    "location_consolidation": QT_TRANSLATE_NOOP("Fields", "konsolidasi lokasi"),
    "polarity": QT_TRANSLATE_NOOP("Fields", "polarisasi"),
    "measuring_period": QT_TRANSLATE_NOOP("Fields", "periode pengukuran"),
    "target_aspect": QT_TRANSLATE_NOOP("Fields", "aspek target"),
    "target_form": QT_TRANSLATE_NOOP("Fields", "bentuk target"),
    "scale_code": QT_TRANSLATE_NOOP("Fields", "skala predikat"),
    "mandatory": QT_TRANSLATE_NOOP("Fields", "IKU wajib"),
    "year": QT_TRANSLATE_NOOP("Fields", "tahun"),
    "profile_code": QT_TRANSLATE_NOOP("Fields", "profil"),
    "unit_id": QT_TRANSLATE_NOOP("Fields", "unit"),
    "owner_id": QT_TRANSLATE_NOOP("Fields", "pihak pertama"),
    "superior_id": QT_TRANSLATE_NOOP("Fields", "pihak kedua"),
    "owner_title": QT_TRANSLATE_NOOP("Fields", "jabatan pihak pertama"),
    "superior_title": QT_TRANSLATE_NOOP("Fields", "jabatan pihak kedua"),
    "owner_prefix": QT_TRANSLATE_NOOP("Fields", "sebutan pihak pertama"),
    "superior_prefix": QT_TRANSLATE_NOOP("Fields", "sebutan pihak kedua"),
    "signing_place": QT_TRANSLATE_NOOP("Fields", "tempat penandatanganan"),
    "signing_date": QT_TRANSLATE_NOOP("Fields", "tanggal penandatanganan"),
    "code": QT_TRANSLATE_NOOP("Fields", "kode program"),
    "budget": QT_TRANSLATE_NOOP("Fields", "anggaran"),
    "note": QT_TRANSLATE_NOOP("Fields", "keterangan"),
}


def field_name(field: str) -> str:
    return QCoreApplication.translate("Fields", FIELD_NAMES.get(field, field))


def edit_text(fields: Any) -> str:
    names = ", ".join(field_name(f) for f in fields)
    return QCoreApplication.translate("Commands", "Ubah {fields}").format(fields=names)


class ServiceCommand(QUndoCommand):
    """Base: `_do` and `_undo` each call one service; `change()` says what to reload."""

    def __init__(self, state: WorkspaceState, text: str) -> None:
        super().__init__(text)
        self.state = state
        self._fresh = True
        self.is_noop = False

    @property
    def db(self) -> Any:
        return self.state.db

    def perform(self) -> None:
        self._do()

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def change(self) -> Change:
        raise NotImplementedError

    def _step(self, step: Callable[[], None]) -> None:
        try:
            step()
        except ServiceError as exc:
            self.setObsolete(True)
            self.state.report_error(str(exc))
        change = self.change()
        self.state.notify(change)
        self.state.undone.emit(change)

    def redo(self) -> None:
        if self._fresh:  # perform() already did the first step
            self._fresh = False
            return
        self._step(self._do)

    def undo(self) -> None:
        self._step(self._undo)


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
        self.old = indicator_read.set_history(
            self.db, self.indicator_id, self.year, target=self.new[0], actual=self.new[1]
        )
        self.is_noop = self.old == self.new

    def _do(self) -> None:
        indicator_read.set_history(
            self.db, self.indicator_id, self.year, target=self.new[0], actual=self.new[1]
        )

    def _undo(self) -> None:
        indicator_read.set_history(
            self.db, self.indicator_id, self.year, target=self.old[0], actual=self.old[1]
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
        return _MERGE_TEXT_EDIT if self.merge else -1

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


class AddIndicatorCommand(ServiceCommand):
    def __init__(
        self, state: WorkspaceState, goal_id: str, agreement_id: str, name: str, **metadata: Any
    ) -> None:
        super().__init__(state, QCoreApplication.translate("Commands", "Tambah IKU"))
        self.goal_id = goal_id
        self.agreement_id = agreement_id
        self.name = name
        self.metadata = metadata
        self.indicator_id = ""

    def perform(self) -> None:
        self.indicator_id = agreements.add_indicator(
            self.db, self.goal_id, name=self.name, **self.metadata
        )

    def _do(self) -> None:
        agreements.restore_indicator(self.db, self.indicator_id)

    def _undo(self) -> None:
        agreements.remove_indicator(self.db, self.indicator_id)

    def change(self) -> Change:
        return Change("indicator", self.indicator_id, self.agreement_id, "goal", self.goal_id, True)


class RemoveIndicatorCommand(ServiceCommand):
    def __init__(
        self, state: WorkspaceState, indicator_id: str, goal_id: str, agreement_id: str
    ) -> None:
        super().__init__(state, QCoreApplication.translate("Commands", "Hapus IKU"))
        self.indicator_id = indicator_id
        self.goal_id = goal_id
        self.agreement_id = agreement_id

    def _do(self) -> None:
        agreements.remove_indicator(self.db, self.indicator_id)

    def _undo(self) -> None:
        agreements.restore_indicator(self.db, self.indicator_id)

    def change(self) -> Change:
        return Change("indicator", self.indicator_id, self.agreement_id, "goal", self.goal_id, True)


class MoveIndicatorCommand(ServiceCommand):
    def __init__(
        self, state: WorkspaceState, indicator_id: str, goal_id: str, agreement_id: str, offset: int
    ) -> None:
        super().__init__(state, QCoreApplication.translate("Commands", "Pindahkan IKU"))
        self.indicator_id = indicator_id
        self.goal_id = goal_id
        self.agreement_id = agreement_id
        self.offset = offset

    def _do(self) -> None:
        agreements.move_indicator(self.db, self.indicator_id, self.offset)

    def _undo(self) -> None:
        agreements.move_indicator(self.db, self.indicator_id, -self.offset)

    def change(self) -> Change:
        return Change("indicator", self.indicator_id, self.agreement_id, "goal", self.goal_id, True)


# --- sasaran ---------------------------------------------------------------------------------


class AddGoalCommand(ServiceCommand):
    def __init__(
        self,
        state: WorkspaceState,
        agreement_id: str,
        text: str,
        category: str,
        number: str | None = None,
    ) -> None:
        super().__init__(state, QCoreApplication.translate("Commands", "Tambah sasaran"))
        self.agreement_id = agreement_id
        self.text_value = text
        self.category = category
        self.number = number
        self.goal_id = ""

    def perform(self) -> None:
        self.goal_id = agreements.add_goal(
            self.db,
            self.agreement_id,
            text=self.text_value,
            category=self.category,
            number=self.number,
        )

    def _do(self) -> None:
        undo.restore_goal(self.db, self.goal_id)

    def _undo(self) -> None:
        agreements.remove_goal(self.db, self.goal_id)

    def change(self) -> Change:
        return Change("goal", self.goal_id, self.agreement_id, "agreement", self.agreement_id, True)


class RemoveGoalCommand(ServiceCommand):
    def __init__(self, state: WorkspaceState, goal_id: str, agreement_id: str) -> None:
        super().__init__(state, QCoreApplication.translate("Commands", "Hapus sasaran"))
        self.goal_id = goal_id
        self.agreement_id = agreement_id

    def _do(self) -> None:
        agreements.remove_goal(self.db, self.goal_id)

    def _undo(self) -> None:
        undo.restore_goal(self.db, self.goal_id)

    def change(self) -> Change:
        return Change("goal", self.goal_id, self.agreement_id, "agreement", self.agreement_id, True)


class MoveGoalCommand(ServiceCommand):
    def __init__(self, state: WorkspaceState, goal_id: str, agreement_id: str, offset: int) -> None:
        super().__init__(state, QCoreApplication.translate("Commands", "Pindahkan sasaran"))
        self.goal_id = goal_id
        self.agreement_id = agreement_id
        self.offset = offset

    def _do(self) -> None:
        agreements.move_goal(self.db, self.goal_id, self.offset)

    def _undo(self) -> None:
        agreements.move_goal(self.db, self.goal_id, -self.offset)

    def change(self) -> Change:
        return Change("goal", self.goal_id, self.agreement_id, "agreement", self.agreement_id, True)


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
        self.changes = changes
        self.old = old
        self.is_noop = changes == old

    def _do(self) -> None:
        agreements.update_goal(self.db, self.goal_id, **self.changes)

    def _undo(self) -> None:
        agreements.update_goal(self.db, self.goal_id, **self.old)

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
        self.changes = changes
        self.old = old
        self.is_noop = changes == old

    def _do(self) -> None:
        agreements.update_agreement(self.db, self.agreement_id, **self.changes)

    def _undo(self) -> None:
        agreements.update_agreement(self.db, self.agreement_id, **self.old)

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


class CreateAgreementCommand(ServiceCommand):
    def __init__(self, state: WorkspaceState, owner_id: str, **fields: Any) -> None:
        super().__init__(state, QCoreApplication.translate("Commands", "Buat perjanjian kinerja"))
        self.owner_id = owner_id
        self.fields = fields
        self.agreement_id = ""

    def perform(self) -> None:
        self.agreement_id = agreements.create_agreement(
            self.db, owner_id=self.owner_id, **self.fields
        )

    def _do(self) -> None:
        undo.restore_agreement(self.db, self.agreement_id)

    def _undo(self) -> None:
        agreements.delete_agreement(self.db, self.agreement_id)

    def change(self) -> Change:
        return Change(
            "agreement", self.agreement_id, self.agreement_id, "official", self.owner_id, True
        )


# --- programs and attachments ----------------------------------------------------------------


class AddProgramCommand(ServiceCommand):
    def __init__(self, state: WorkspaceState, agreement_id: str, name: str, budget: Any) -> None:
        super().__init__(state, QCoreApplication.translate("Commands", "Tambah program"))
        self.agreement_id = agreement_id
        self.name = name
        self.budget = budget
        self.program_id = ""

    def perform(self) -> None:
        self.program_id = agreements.add_program(
            self.db, self.agreement_id, name=self.name, budget=self.budget
        )

    def _do(self) -> None:
        undo.restore_program(self.db, self.program_id)

    def _undo(self) -> None:
        agreements.remove_program(self.db, self.program_id)

    def change(self) -> Change:
        return Change("program", self.program_id, self.agreement_id)


class RemoveProgramCommand(ServiceCommand):
    def __init__(self, state: WorkspaceState, program_id: str, agreement_id: str) -> None:
        super().__init__(state, QCoreApplication.translate("Commands", "Hapus program"))
        self.program_id = program_id
        self.agreement_id = agreement_id

    def _do(self) -> None:
        agreements.remove_program(self.db, self.program_id)

    def _undo(self) -> None:
        undo.restore_program(self.db, self.program_id)

    def change(self) -> Change:
        return Change("program", self.program_id, self.agreement_id)


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
        self.changes = changes
        self.old = old
        self.is_noop = changes == old

    def _do(self) -> None:
        agreements.update_program(self.db, self.program_id, **self.changes)

    def _undo(self) -> None:
        agreements.update_program(self.db, self.program_id, **self.old)

    def change(self) -> Change:
        return Change("program", self.program_id, self.agreement_id)


class AttachScanCommand(ServiceCommand):
    def __init__(self, state: WorkspaceState, agreement_id: str, path: str) -> None:
        super().__init__(state, QCoreApplication.translate("Commands", "Lampirkan pindaian"))
        self.agreement_id = agreement_id
        self.path = path
        self.attachment_id = ""

    def perform(self) -> None:
        self.attachment_id = attachments.attach_scan_file(self.db, self.agreement_id, self.path)

    def _do(self) -> None:
        attachments.set_attachment_removed(self.db, self.attachment_id, False)

    def _undo(self) -> None:
        attachments.set_attachment_removed(self.db, self.attachment_id, True)

    def change(self) -> Change:
        return Change("attachment", self.attachment_id, self.agreement_id)


class RemoveAttachmentCommand(ServiceCommand):
    def __init__(self, state: WorkspaceState, attachment_id: str, agreement_id: str) -> None:
        super().__init__(state, QCoreApplication.translate("Commands", "Hapus lampiran"))
        self.attachment_id = attachment_id
        self.agreement_id = agreement_id

    def _do(self) -> None:
        attachments.set_attachment_removed(self.db, self.attachment_id, True)

    def _undo(self) -> None:
        attachments.set_attachment_removed(self.db, self.attachment_id, False)

    def change(self) -> Change:
        return Change("attachment", self.attachment_id, self.agreement_id)

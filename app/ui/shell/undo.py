"""The one base of every undoable edit. Each command calls exactly one service function per
step, so every step is one transaction, committed at once (autosave) and audited. The commands
themselves live with the feature they undo (`app/ui/<feature>/commands.py`).

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

from app.models.errors import DatabaseError
from app.services.errors import ServiceError, error_text

from app.ui.shell.i18n import current_language
from app.ui.shell.workspace_state import Change, WorkspaceState

MERGE_TEXT_EDIT = 4101  # the id() of commands that merge successive typing in one field


FIELD_NAMES = {
    "number": QT_TRANSLATE_NOOP("Fields", "nomor"),
    "name": QT_TRANSLATE_NOOP("Fields", "nama IKU"),
    "text": QT_TRANSLATE_NOOP("Fields", "teks sasaran"),
    "category": QT_TRANSLATE_NOOP("Fields", "kategori sasaran"),
    "rpjmd_goal_id": QT_TRANSLATE_NOOP("Fields", "sasaran RPJMD"),
    "rpjmd_indicator_id": QT_TRANSLATE_NOOP("Fields", "IKU RPJMD"),
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
    "dpa_date": QT_TRANSLATE_NOOP("Fields", "tanggal pengesahan DPA"),
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
    """Base: `_do` and `_undo` each call one service; `change()` says what to reload.

    Most commands have one of four shapes and only give the service calls: values put back
    and forth (set `new` and `old`, implement `_set(values)`), or a record added, removed or
    moved (`AddCommand`, `RemoveCommand`, `MoveCommand` below, over a feature base that gives
    `_remove()`, `_restore()` and `_move(offset)` once per kind of record). A command whose steps also concern other records than `change()` names
    (a matrix tick changes the subordinate's PK and the superior's findings) lists them in
    `extra_changes()`.
    """

    def __init__(self, state: WorkspaceState, text: str) -> None:
        super().__init__(text)
        self.state = state
        self._fresh = True
        self.is_noop = False
        self.new: Any = None
        self.old: Any = None

    @property
    def db(self) -> Any:
        return self.state.db

    def perform(self) -> None:
        self._do()
        self._announce()

    def _set(self, values: Any) -> None:
        raise NotImplementedError

    def _remove(self) -> None:
        raise NotImplementedError

    def _restore(self) -> None:
        raise NotImplementedError

    def _move(self, offset: int) -> None:
        raise NotImplementedError

    def _do(self) -> None:
        self._set(self.new)

    def _undo(self) -> None:
        self._set(self.old)

    def change(self) -> Change:
        raise NotImplementedError

    def extra_changes(self) -> list[Change]:
        return []

    def _announce(self) -> None:
        for change in self.extra_changes():
            self.state.notify(change)

    def _step(self, step: Callable[[], None]) -> None:
        try:
            step()
        except (ServiceError, DatabaseError) as exc:
            self.setObsolete(True)
            self.state.report_error(error_text(exc, current_language()))
        change = self.change()
        self.state.notify(change)
        self.state.undone.emit(change)
        self._announce()

    def redo(self) -> None:
        if self._fresh:  # perform() already did the first step
            self._fresh = False
            return
        self._step(self._do)

    def undo(self) -> None:
        self._step(self._undo)


class AddCommand(ServiceCommand):
    """`perform()` creates the record; undo removes it (a tombstone) and redo brings the same
    record back, so later commands that name its id stay valid."""

    def _do(self) -> None:
        self._restore()

    def _undo(self) -> None:
        self._remove()


class RemoveCommand(ServiceCommand):
    """The record is removed (a tombstone); undo brings it back."""

    def _do(self) -> None:
        self._remove()

    def _undo(self) -> None:
        self._restore()


class MoveCommand(ServiceCommand):
    """The record moves `offset` places among its siblings; undo moves it back."""

    offset = 0

    def _do(self) -> None:
        self._move(self.offset)

    def _undo(self) -> None:
        self._move(-self.offset)

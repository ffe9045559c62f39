"""Undoable edits of the province's reference lists (RPJMD sasaran and IKU, KSD, IKU wajib):
saving or removing one entry by its code goes on the window's undo stack like every other
edit; undo puts back what the code held before (nothing, the old values, or a removed entry).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.models.database import Database
from app.services import reference

from app.ui.shell.undo import ServiceCommand
from app.ui.shell.workspace_state import Change, WorkspaceState

#: The menu label of saving and of removing each kind of entry.
LABELS = {
    "rpjmd_goal": (
        QT_TRANSLATE_NOOP("Commands", "Simpan sasaran RPJMD {code}"),
        QT_TRANSLATE_NOOP("Commands", "Hapus sasaran RPJMD {code}"),
    ),
    "rpjmd_indicator": (
        QT_TRANSLATE_NOOP("Commands", "Simpan IKU RPJMD {code}"),
        QT_TRANSLATE_NOOP("Commands", "Hapus IKU RPJMD {code}"),
    ),
    "ksd": (
        QT_TRANSLATE_NOOP("Commands", "Simpan KSD provinsi {code}"),
        QT_TRANSLATE_NOOP("Commands", "Hapus KSD provinsi {code}"),
    ),
    "mandatory": (
        QT_TRANSLATE_NOOP("Commands", "Simpan IKU wajib {code}"),
        QT_TRANSLATE_NOOP("Commands", "Hapus IKU wajib {code}"),
    ),
}


class ReferenceEntryCommand(ServiceCommand):
    """One entry of `kind` saved (`new` an entry) or removed (`new` None); `old` is the live
    entry the code held before, or None."""

    def __init__(
        self,
        state: WorkspaceState,
        kind: str,
        code: str,
        new: Any,
        old: Any,
        save: Callable[[Database, Any], str],
    ) -> None:
        label = LABELS[kind][0 if new is not None else 1]
        super().__init__(state, QCoreApplication.translate("Commands", label).format(code=code))
        self.kind, self.code, self.save = kind, code, save
        self.new, self.old = new, old
        self.is_noop = new is not None and _same(new, old)

    def _set(self, entry: Any) -> None:
        if entry is not None:
            self.save(self.db, entry)
        elif self.code in {e.code for e in _live(self.db, self.kind)}:
            reference.remove(self.db, self.kind, self.code)

    def change(self) -> Change:
        return Change("reference", self.code)


def _same(new: Any, old: Any) -> bool:
    """The form holds what is stored already (the stored entry also knows its id)."""
    return old is not None and new == type(old)(**{**old.__dict__, "id": new.id})


def _live(db: Database, kind: str) -> tuple[Any, ...]:
    data = reference.reference_data(db)
    return {
        "rpjmd_goal": data.goals,
        "rpjmd_indicator": data.indicators,
        "ksd": data.ksd,
        "mandatory": data.mandatory,
    }[kind]


def live_entry(db: Database, kind: str, code: str) -> Any:
    """The live entry with this code (trimmed as the service keeps it), or None."""
    return next((e for e in _live(db, kind) if e.code == code.strip()), None)

"""Why an action is unavailable: one place that enables actions and buttons and, when it
does not, puts the reason in the tooltip ("Addendum hanya untuk PK yang sudah
ditandatangani").

Every screen describes what is selected as a `Selection` and asks `Reasons` for the action;
`offer()` applies the answer. A new action adds one method here, not its own tooltip code.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

from app.engine.enums import READONLY_STATUSES

AGREEMENT_KINDS = ("agreement", "goal", "indicator")
_TIP = "pkDeskTip"


@dataclass(frozen=True, slots=True)
class Selection:
    """What the window has open and selected, in plain values."""

    database: bool = False
    writable: bool = False
    kind: str | None = None  # tree node kind: unit, official, agreement, goal, indicator
    status: str | None = None  # status of the selected agreement
    can_amend: bool = False  # signed, with no addendum or replacement pending

    @property
    def in_agreement(self) -> bool:
        return self.kind in AGREEMENT_KINDS and self.status is not None


def set_tip(target: QAction | QAbstractButton, text: str) -> None:
    """The tooltip an available target shows (kept while it is unavailable)."""
    target.setProperty(_TIP, text)
    if target.isEnabled():
        target.setToolTip(text)


def offer(target: QAction | QAbstractButton, reason: str | None) -> None:
    """Enable `target` when `reason` is None; otherwise disable it and say why."""
    target.setEnabled(reason is None)
    tip = target.property(_TIP)
    target.setToolTip(reason if reason is not None else (tip if isinstance(tip, str) else ""))


class Reasons(QObject):
    """The sentences, one method per action; None means the action is available."""

    def _base(self, s: Selection, *, write: bool = True, agreement: bool = True) -> str | None:
        if not s.database:
            return self.tr("Buka basis data terlebih dahulu.")
        if write and not s.writable:
            return self.tr("Basis data dibuka hanya-baca.")
        if agreement and not s.in_agreement:
            return self.tr("Pilih sebuah Perjanjian Kinerja di pohon.")
        return None

    def _locked(self, s: Selection) -> str | None:
        if s.status == "signed":
            return self.tr("PK sudah ditandatangani; gunakan Addendum untuk mengubahnya.")
        if s.status in READONLY_STATUSES:
            return self.tr("PK ini sudah digantikan versi yang lebih baru.")
        return None

    def new_agreement(self, s: Selection) -> str | None:
        found = self._base(s, agreement=False)
        if found is None and s.kind != "official":
            return self.tr("Pilih pejabat di pohon untuk membuat PK baru baginya.")
        return found

    def finalize(self, s: Selection) -> str | None:
        found = self._base(s)
        if found is None and s.status != "draft":
            return self._locked(s) or self.tr("PK ini sudah final; hanya draf yang difinalkan.")
        return found

    def reopen(self, s: Selection) -> str | None:
        found = self._base(s)
        if found is None and s.status != "final":
            return self._locked(s) or self.tr(
                "Hanya PK berstatus final yang dapat dikembalikan ke draf."
            )
        return found

    def edit_content(self, s: Selection) -> str | None:
        """Adding sasaran and IKU."""
        return self._base(s) or self._locked(s)

    def sign(self, s: Selection) -> str | None:
        found = self._base(s)
        if found is None and s.status != "final":
            return self._locked(s) or self.tr(
                "Finalkan PK terlebih dahulu; hanya PK final yang ditandatangani."
            )
        return found

    def amend(self, s: Selection) -> str | None:
        """Addendum and PK Pengganti."""
        found = self._base(s)
        if found is None and s.status != "signed":
            return self.tr("Addendum hanya untuk PK yang sudah ditandatangani.")
        if found is None and not s.can_amend:
            return self.tr(
                "Sudah ada addendum atau PK pengganti yang belum ditandatangani; "
                "selesaikan itu terlebih dahulu."
            )
        return found

    def view_agreement(self, s: Selection) -> str | None:
        """Reading what belongs to an agreement (matrix, versions, printing)."""
        return self._base(s, write=False)

    def action_plan(self, s: Selection) -> str | None:
        found = self._base(s, write=False)
        if found is None and s.kind != "indicator":
            return self.tr("Pilih sebuah IKU di pohon untuk membuka Rencana Aksinya.")
        return found

    def unit_view(self, s: Selection) -> str | None:
        """KSD and Dasbor, which read the selected unit."""
        found = self._base(s, write=False, agreement=False)
        if found is None and s.kind is None:
            return self.tr("Pilih sebuah unit di pohon.")
        return found

    def attach_scan(self, s: Selection) -> str | None:
        """Scans are evidence: they may follow signing."""
        return self._base(s)

    def database(self, s: Selection) -> str | None:
        """Anything that only reads the open database."""
        return self._base(s, write=False, agreement=False)

    def write(self, s: Selection) -> str | None:
        """Anything that only needs a writable database."""
        return self._base(s, agreement=False)

"""Tables of an agreement's life: its versions (original, addenda, PK Pengganti), the
before/after changes an addendum made, and the sisa target a PK Pengganti proposes."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.versions import AddendumChange, SisaProposal, VersionRow

from app.ui.widgets import icons
from app.ui.widgets.labels import KIND, PERIOD, PERIOD_CONSOLIDATION, STATUS, label
from app.ui.widgets.number_entry import show_number
from app.ui.widgets.row_table_model import ID_ROLE, SORT_ROLE, RowTableModel

__all__ = [
    "CHANGE_REASON",
    "ID_ROLE",
    "SORT_ROLE",
    "AddendumChangeTableModel",
    "SisaProposalTableModel",
    "VersionTableModel",
    "reason_label",
]

CHANGE_REASON = {
    "regulation_change": QT_TRANSLATE_NOOP("Versions", "Perubahan regulasi"),
    "leadership_policy": QT_TRANSLATE_NOOP("Versions", "Kebijakan pimpinan"),
    "workload_change": QT_TRANSLATE_NOOP("Versions", "Perubahan beban kerja"),
    "s1_target_reached": QT_TRANSLATE_NOOP("Versions", "Capaian semester I ≥ target tahunan"),
}


def reason_label(value: str | None) -> str:
    if not value:
        return ""
    text = CHANGE_REASON.get(value)
    return QCoreApplication.translate("Versions", text) if text else value


def _number(text: str | None) -> str:
    if text is None:
        return "N/A"
    try:
        return show_number(Decimal(text))
    except InvalidOperation:
        return text


class _Table(RowTableModel):
    CONTEXT = "Versions"


class VersionTableModel(_Table):
    """The family of an agreement, the shown one in bold."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Versions", "Versi"),
        QT_TRANSLATE_NOOP("Versions", "Status"),
        QT_TRANSLATE_NOOP("Versions", "Pihak Pertama"),
        QT_TRANSLATE_NOOP("Versions", "Berlaku mulai"),
        QT_TRANSLATE_NOOP("Versions", "Alasan"),
        QT_TRANSLATE_NOOP("Versions", "Ditandatangani"),
        QT_TRANSLATE_NOOP("Versions", "SHA-256 cetakan"),
        QT_TRANSLATE_NOOP("Versions", "Pindaian"),
    )
    COL_VERSION = 0
    COL_STATUS = 1
    COL_OWNER = 2
    COL_EFFECTIVE = 3
    COL_REASON = 4
    COL_SIGNED = 5
    COL_HASH = 6
    COL_SCANS = 7
    ID_FIELD = "id"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.current_id: str | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def row_of(self, agreement_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == agreement_id), -1)

    def _data(self, row: VersionRow, number: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_VERSION:
                return "    " * row.depth + ("↳ " if row.depth else "") + label(KIND, row.kind)
            if column == self.COL_STATUS:
                return label(STATUS, row.status)
            if column == self.COL_OWNER:
                return (
                    f"{row.owner_prefix} {row.owner_name}" if row.owner_prefix else row.owner_name
                )
            if column == self.COL_EFFECTIVE:
                return label(PERIOD, row.effective_from, "")
            if column == self.COL_REASON:
                return reason_label(row.change_reason) or (row.change_note or "")
            if column == self.COL_SIGNED:
                day = row.signing_date or (row.signed_at.date() if row.signed_at else None)
                return day.strftime("%d-%m-%Y") if day and row.signed_at else ""
            if column == self.COL_HASH:
                return f"{row.signed_pdf_sha256[:16]}…" if row.signed_pdf_sha256 else ""
            if column == self.COL_SCANS:
                return str(row.scan_count) if row.scan_count else ""
            return None
        if role == Qt.ItemDataRole.FontRole and row.id == self.current_id:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_STATUS:
            return icons.agreement_icon(row.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_HASH and row.signed_pdf_sha256:
                return row.signed_pdf_sha256
            if column == self.COL_REASON and row.change_note:
                return row.change_note
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "superseded":
            return QBrush(QColor("#78909C"))
        return None


class AddendumChangeTableModel(_Table):
    """Before/after of each target an addendum changed, with the reason (Format 6/8)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Versions", "IKU"),
        QT_TRANSLATE_NOOP("Versions", "Periode"),
        QT_TRANSLATE_NOOP("Versions", "Sebelum"),
        QT_TRANSLATE_NOOP("Versions", "Sesudah"),
        QT_TRANSLATE_NOOP("Versions", "Alasan"),
    )
    COL_INDICATOR = 0
    COL_PERIOD = 1
    COL_BEFORE = 2
    COL_AFTER = 3
    COL_REASON = 4

    def _data(self, row: AddendumChange, number: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.indicator_name or "",
                label(PERIOD, row.period, ""),
                _number(row.before),
                _number(row.after),
                reason_label(row.reason),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_BEFORE,
            self.COL_AFTER,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_REASON and row.note:
            return row.note
        return None


class SisaProposalTableModel(_Table):
    """The annual target each IKU of a PK Pengganti starts with (SPEC §6.5 sisa target)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Versions", "No."),
        QT_TRANSLATE_NOOP("Versions", "IKU"),
        QT_TRANSLATE_NOOP("Versions", "Konsolidasi"),
        QT_TRANSLATE_NOOP("Versions", "Target tahunan"),
        QT_TRANSLATE_NOOP("Versions", "Realisasi sebelum pengganti"),
        QT_TRANSLATE_NOOP("Versions", "Usulan sisa target"),
    )
    COL_NUMBER = 0
    COL_INDICATOR = 1
    COL_CONSOLIDATION = 2
    COL_ANNUAL = 3
    COL_REALISED = 4
    COL_PROPOSAL = 5
    ID_FIELD = "indicator_id"

    def proposal(self, number: str) -> SisaProposal | None:
        return next((r for r in self._rows if r.number == number), None)

    def _data(self, row: SisaProposal, number: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            unit = f" {row.unit_of_measure}" if row.unit_of_measure else ""
            return (
                row.number or "",
                row.name,
                label(PERIOD_CONSOLIDATION, row.consolidation),
                show_number(row.annual_target),
                show_number(row.realised) if row.realised is not None else "—",
                show_number(row.proposal) + (unit if row.proposal is not None else ""),
            )[column]
        if role == Qt.ItemDataRole.FontRole and column == self.COL_PROPOSAL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_PROPOSAL:
            if row.proposal != row.annual_target:
                return QBrush(QColor("#1565C0"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.COL_ANNUAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_PROPOSAL:
                if row.consolidation == "sum":
                    return QCoreApplication.translate(
                        "Versions", "Sum: target tahunan dikurangi realisasi sebelum pengganti."
                    )
                return QCoreApplication.translate(
                    "Versions",
                    "Take Last Known / Average: nilainya tidak dijumlahkan, jadi target tahunan "
                    "tetap menjadi usulan.",
                )
            return row.name
        return None

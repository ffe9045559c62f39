"""Programs and their budget (Rp, exact) in a PK lampiran (seed 004), and the attached scans."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from app.engine.numbers import format_id
from app.services.agreement_read import ProgramRow

from app.ui.widgets.delegates import EDIT_TEXT_ROLE, PARSER_ROLE
from app.ui.widgets.number_entry import parse_number, show_rupiah
from app.ui.widgets.row_table_model import EditableRowTableModel, Index, RowTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

PROGRAM_HEADERS = (
    QT_TRANSLATE_NOOP("ProgramTable", "Kode"),
    QT_TRANSLATE_NOOP("ProgramTable", "Program / Kegiatan"),
    QT_TRANSLATE_NOOP("ProgramTable", "Anggaran (Rp)"),
    QT_TRANSLATE_NOOP("ProgramTable", "Keterangan"),
)


class ProgramTableModel(EditableRowTableModel):
    CONTEXT = "ProgramTable"
    HEADERS = PROGRAM_HEADERS
    ROW_NUMBERS = True
    COL_CODE = 0
    COL_NAME = 1
    COL_BUDGET = 2
    COL_NOTE = 3
    FIELDS = ("code", "name", "budget", "note")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.edit_handler: Callable[[str, str, str], bool] | None = None

    def total(self) -> Decimal:
        return sum((r.budget for r in self._rows), Decimal(0))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return row.budget if column == self.COL_BUDGET else index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.code or "",
                row.name,
                show_rupiah(row.budget),
                row.note or "",
            )[column]
        if role in (Qt.ItemDataRole.EditRole, EDIT_TEXT_ROLE):
            budget = format_id(row.budget, 2 if row.budget != row.budget.to_integral_value() else 0)
            return (row.code or "", row.name, budget, row.note or "")[column]
        if role == PARSER_ROLE and column == self.COL_BUDGET:
            return parse_number
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_BUDGET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def commit(self, row: ProgramRow, column: int, text: str) -> bool:
        assert self.edit_handler is not None
        return self.edit_handler(row.id, self.FIELDS[column], text)


ATTACHMENT_HEADERS = (
    QT_TRANSLATE_NOOP("AttachmentTable", "Berkas"),
    QT_TRANSLATE_NOOP("AttachmentTable", "Ukuran"),
    QT_TRANSLATE_NOOP("AttachmentTable", "SHA-256"),
)


class AttachmentTableModel(RowTableModel):
    """Scans of the signed copy attached to a PK, identified by their SHA-256."""

    CONTEXT = "AttachmentTable"
    HEADERS = ATTACHMENT_HEADERS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            size = f"{format_id(Decimal(row.size) / 1024, 0)} KB"
            return (row.file_name, size, row.sha256[:16] + "…")[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.sha256
        return None

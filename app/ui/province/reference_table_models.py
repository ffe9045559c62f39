"""The province's reference lists as tables: RPJMD sasaran, RPJMD IKU, KSD, IKU wajib."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.ui.widgets.labels import LEVEL, label
from app.ui.widgets.row_table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class _ReferenceTableModel(RowTableModel):
    CONTEXT = "Reference"

    def cells(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells(row)[index.column()]
        if role == ENTRY_ROLE:
            return row
        return None


def _years(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


class RpjmdGoalTableModel(_ReferenceTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Reference", "Kode"),
        QT_TRANSLATE_NOOP("Reference", "Sasaran RPJMD"),
        QT_TRANSLATE_NOOP("Reference", "Periode"),
    )

    def cells(self, row: Any) -> tuple[str, ...]:
        return (row.code, row.text, _years(row.period_start, row.period_end))


class RpjmdIndicatorTableModel(_ReferenceTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Reference", "Kode"),
        QT_TRANSLATE_NOOP("Reference", "IKU RPJMD"),
        QT_TRANSLATE_NOOP("Reference", "Satuan"),
        QT_TRANSLATE_NOOP("Reference", "Sasaran RPJMD"),
    )

    def cells(self, row: Any) -> tuple[str, ...]:
        return (row.code, row.name, row.unit_of_measure or "", row.goal_code)


class KsdTableModel(_ReferenceTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Reference", "Kode"),
        QT_TRANSLATE_NOOP("Reference", "Kegiatan Strategis Daerah"),
        QT_TRANSLATE_NOOP("Reference", "Tahun"),
        QT_TRANSLATE_NOOP("Reference", "Penanggung jawab"),
    )

    def cells(self, row: Any) -> tuple[str, ...]:
        return (row.code, row.name, str(row.year), row.responsible_units or "")


class MandatoryTableModel(_ReferenceTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Reference", "Kode"),
        QT_TRANSLATE_NOOP("Reference", "IKU wajib"),
        QT_TRANSLATE_NOOP("Reference", "Tahun"),
        QT_TRANSLATE_NOOP("Reference", "Jenjang"),
        QT_TRANSLATE_NOOP("Reference", "Unit"),
        QT_TRANSLATE_NOOP("Reference", "IKU RPJMD"),
    )

    def cells(self, row: Any) -> tuple[str, ...]:
        everyone = QCoreApplication.translate("Reference", "semua")
        return (
            row.code,
            row.name,
            _years(row.year_from, row.year_to),
            ", ".join(label(LEVEL, level) for level in row.levels) or everyone,
            ", ".join(row.unit_codes) or everyone,
            row.rpjmd_indicator_code or "",
        )

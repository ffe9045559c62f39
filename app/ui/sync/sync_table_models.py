"""The three tables of the sync dialogs: what a bundle carries, what an import did (or would
do), and the conflicts a person resolves."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from app.sync.state import label as state_label

from app.ui.shell.i18n import current_language
from app.ui.widgets.labels import STATUS, label
from app.ui.widgets.row_table_model import Index, RowTableModel

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1


class _CellRows(RowTableModel):
    """A table whose row shows as one tuple of texts; OBJECT_ROLE gives the row itself."""

    def _cells(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def _tooltip(self, row: Any, column: int) -> str | None:
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row = self._rows[index.row()]
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column())
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._cells(row)[index.column()]


class ExportPreviewTableModel(_CellRows):
    """Rows: `app.sync.service.PreviewRow`."""

    CONTEXT = "ExportPreviewTableModel"
    COL_UNIT, COL_OWNER, COL_YEAR, COL_STATUS, COL_SYNC = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ExportPreviewTableModel", "Unit"),
        QT_TRANSLATE_NOOP("ExportPreviewTableModel", "Pejabat"),
        QT_TRANSLATE_NOOP("ExportPreviewTableModel", "Tahun"),
        QT_TRANSLATE_NOOP("ExportPreviewTableModel", "Status"),
        QT_TRANSLATE_NOOP("ExportPreviewTableModel", "Sinkronisasi"),
    )

    def _cells(self, row: Any) -> tuple[str, ...]:
        return (
            row.unit_code,
            row.owner,
            str(row.year),
            label(STATUS, row.status),
            state_label(row.sync_state, row.sync_reason, current_language()),
        )


class ImportReportTableModel(RowTableModel):
    """Rows: `FileResult.as_dict()` of each file (a report or a refusal)."""

    CONTEXT = "ImportReportTableModel"
    COUNTS = ("created", "updated", "unchanged", "held", "conflicts", "deleted")
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportReportTableModel", "Berkas"),
        QT_TRANSLATE_NOOP("ImportReportTableModel", "Hasil"),
        QT_TRANSLATE_NOOP("ImportReportTableModel", "Dibuat"),
        QT_TRANSLATE_NOOP("ImportReportTableModel", "Diubah"),
        QT_TRANSLATE_NOOP("ImportReportTableModel", "Tetap"),
        QT_TRANSLATE_NOOP("ImportReportTableModel", "Ditahan"),
        QT_TRANSLATE_NOOP("ImportReportTableModel", "Konflik"),
        QT_TRANSLATE_NOOP("ImportReportTableModel", "Dihapus"),
        QT_TRANSLATE_NOOP("ImportReportTableModel", "Keterangan"),
    )

    HELD = QT_TRANSLATE_NOOP("ImportReportTableModel", "menunggu bundel sebelumnya")
    REPEATED = QT_TRANSLATE_NOOP("ImportReportTableModel", "sudah pernah diimpor")
    UNTRUSTED = QT_TRANSLATE_NOOP("ImportReportTableModel", "kunci belum dipercaya")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row = self._rows[index.row()]
        if role == OBJECT_ROLE:
            return row
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= column <= 7:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return str(row.get("file", "")).rsplit("/", 1)[-1]
        if column == 1:
            return row.get("status", "")
        counts = row.get("counts") or {}
        if 2 <= column <= 7:
            key = self.COUNTS[column - 2]
            return "" if row.get("status") == "error" else str(counts.get(key, 0))
        notes = []
        if row.get("message"):
            notes.append(row["message"])
        if row.get("held"):
            notes.append(QCoreApplication.translate(self.CONTEXT, self.HELD))
        if row.get("repeated"):
            notes.append(QCoreApplication.translate(self.CONTEXT, self.REPEATED))
        if "untrusted_key" in (row.get("warnings") or []):
            notes.append(QCoreApplication.translate(self.CONTEXT, self.UNTRUSTED))
        return "; ".join(notes)

    def _tr(self, text: str) -> str:
        return QCoreApplication.translate(self.CONTEXT, text)


KEEP, TAKE, EDIT = "current", "incoming", "edit"


class ConflictTableModel(RowTableModel):
    """Rows: conflict dicts of an import report, each with a person's `choice`."""

    CONTEXT = "ConflictTableModel"
    COL_KIND, COL_ENTITY, COL_FIELD, COL_BASE, COL_CURRENT, COL_INCOMING, COL_CHOICE = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("ConflictTableModel", "Jenis"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Data"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Kolom"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Semula"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Sekarang (menang)"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Masuk"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Pilihan"),
    )
    CHOICES = {
        KEEP: QT_TRANSLATE_NOOP("ConflictTableModel", "pakai nilai sekarang"),
        TAKE: QT_TRANSLATE_NOOP("ConflictTableModel", "pakai nilai masuk"),
        EDIT: QT_TRANSLATE_NOOP("ConflictTableModel", "nilai lain"),
    }

    def set_choice(self, row: int, choice: str, value: Any = None) -> None:
        self._rows[row] = {**self._rows[row], "choice": choice, "value": value}
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COL_CHOICE))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row = self._rows[index.row()]
        if role == OBJECT_ROLE:
            return row
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None

        def text(value: Any) -> str:
            return "—" if value is None else value if isinstance(value, str) else json.dumps(value)

        column = index.column()
        if column == self.COL_KIND:
            return row["kind"]
        if column == self.COL_ENTITY:
            return f"{row['entity']} {row['key'][:8]}"
        if column == self.COL_FIELD:
            return row.get("field") or ""
        if column == self.COL_BASE:
            return text(row.get("base"))
        if column == self.COL_CURRENT:
            return text(row.get("current"))
        if column == self.COL_INCOMING:
            return text(row.get("incoming"))
        if row["kind"] != "hard":
            return ""
        choice = row.get("choice", KEEP)
        shown = QCoreApplication.translate(self.CONTEXT, self.CHOICES[choice])
        return f"{shown}: {text(row.get('value'))}" if choice == EDIT else shown


class TrustedKeyTableModel(_CellRows):
    """Rows: `app.sync.keys.TrustedKey`, the keys whose bundles this installation accepts."""

    CONTEXT = "TrustedKeyTableModel"
    COL_UNIT, COL_FINGERPRINT, COL_LABEL, COL_TRUSTED, COL_STATE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("TrustedKeyTableModel", "Unit"),
        QT_TRANSLATE_NOOP("TrustedKeyTableModel", "Sidik jari"),
        QT_TRANSLATE_NOOP("TrustedKeyTableModel", "Catatan"),
        QT_TRANSLATE_NOOP("TrustedKeyTableModel", "Dipercaya sejak"),
        QT_TRANSLATE_NOOP("TrustedKeyTableModel", "Status"),
    )
    TRUSTED = QT_TRANSLATE_NOOP("TrustedKeyTableModel", "dipercaya")
    REVOKED = QT_TRANSLATE_NOOP("TrustedKeyTableModel", "dicabut {date}")

    def _tooltip(self, row: Any, column: int) -> str | None:
        return row.revoked_reason or None if column == self.COL_STATE else None

    def _cells(self, row: Any) -> tuple[str, ...]:
        state = (
            QCoreApplication.translate(self.CONTEXT, self.REVOKED).format(date=row.revoked_at[:10])
            if row.revoked_at
            else QCoreApplication.translate(self.CONTEXT, self.TRUSTED)
        )
        return (row.unit, row.fingerprint, row.label, row.trusted_at[:10], state)


APPROVE, RETURN = "approved", "returned"


class ReceiptTableModel(_CellRows):
    """Rows: dicts {row: `app.sync.service.ReceivedRow`, status, period, reason}: the decision
    a receipt will carry for each agreement (no decision: not in the receipt)."""

    CONTEXT = "ReceiptTableModel"
    COL_UNIT, COL_OWNER, COL_YEAR, COL_STATUS, COL_DECISION, COL_PERIOD, COL_REASON = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("ReceiptTableModel", "Unit"),
        QT_TRANSLATE_NOOP("ReceiptTableModel", "Pejabat"),
        QT_TRANSLATE_NOOP("ReceiptTableModel", "Tahun"),
        QT_TRANSLATE_NOOP("ReceiptTableModel", "Status"),
        QT_TRANSLATE_NOOP("ReceiptTableModel", "Keputusan"),
        QT_TRANSLATE_NOOP("ReceiptTableModel", "Periode"),
        QT_TRANSLATE_NOOP("ReceiptTableModel", "Alasan"),
    )
    DECISIONS = {
        APPROVE: QT_TRANSLATE_NOOP("ReceiptTableModel", "disetujui"),
        RETURN: QT_TRANSLATE_NOOP("ReceiptTableModel", "dikembalikan"),
    }
    WHOLE = QT_TRANSLATE_NOOP("ReceiptTableModel", "seluruh PK")

    def set_decision(
        self, row: int, status: str | None, period: str | None = None, reason: str = ""
    ) -> None:
        self._rows[row] = {**self._rows[row], "status": status, "period": period, "reason": reason}
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COL_REASON))

    def decided(self) -> list[dict[str, Any]]:
        return [r for r in self._rows if r.get("status")]

    def _cells(self, item: Any) -> tuple[str, ...]:
        row, status = item["row"], item.get("status")
        decision = (
            QCoreApplication.translate(self.CONTEXT, self.DECISIONS[status]) if status else "—"
        )
        whole = QCoreApplication.translate(self.CONTEXT, self.WHOLE)
        period = (item.get("period") or whole) if status else ""
        return (
            row.unit_code,
            row.owner,
            str(row.year),
            label(STATUS, row.status),
            decision,
            period,
            item.get("reason") or "",
        )

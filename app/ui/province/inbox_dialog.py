"""Tampilan › Kotak masuk bundel provinsi…: every bundle the province has seen — applied, held
waiting for its predecessor, applied with conflicts still open, refused and why — sortable and
filtered by state or text. "Impor folder…", "Tambah berkas…" or files and folders dropped on
it go to the receive dialog (dry run, report, apply, with progress and cancel); the inbox
reads itself again when that dialog applies or closes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.sync.consolidation import bundle_files
from app.sync.inbox import STATE_WORDS, STATES, count_by_state, inbox_entries, refusal_log

from app.ui.province.inbox_table_model import (
    COL_DATE,
    COL_FILE,
    COL_REASON,
    COL_UNIT,
    STATE_ROLE,
    InboxTableModel,
)
from app.ui.shell.i18n import current_language
from app.ui.widgets.read_only_table import read_only_table
from app.ui.widgets.row_table_model import SORT_ROLE

if TYPE_CHECKING:
    from app.models.database import Database
    from app.paths import AppPaths

    from app.ui.sync.receive_dialog import ReceiveDialog


class InboxFilter(QSortFilterProxyModel):
    """Rows of one state (or all) whose unit, file or reason holds the typed text."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = ""
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, state: str, text: str) -> None:
        self.beginFilterChange()  # Qt 6.10: the successor of invalidateFilter()
        self.state, self.text = state, text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(  # noqa: N802 - Qt override
        self, row: int, parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if self.state and model.index(row, 0, parent).data(STATE_ROLE) != self.state:
            return False
        if not self.text:
            return True
        return any(
            self.text in str(model.index(row, column, parent).data() or "").casefold()
            for column in (COL_UNIT, COL_REASON, COL_FILE)
        )


class InboxDialog(QDialog):
    """The province's bundle inbox (see the module docstring).

    Signals:
        imported(): bundles were applied (the window refreshes its tree and scores).
    """

    imported = Signal()

    def __init__(self, db: Database, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.paths = db, paths
        self.receive_dialog: ReceiveDialog | None = None
        self.setObjectName("inboxDialog")
        self.setWindowTitle(self.tr("Kotak masuk bundel"))
        self.setAcceptDrops(True)
        self.resize(1000, 600)
        self.model = InboxTableModel(self)
        self.proxy = InboxFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = read_only_table("inboxTable", self.proxy, self, COL_REASON)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.state = QComboBox(self)
        self.state.setObjectName("inboxState")
        self.state.addItem(self.tr("Semua keadaan"), "")
        words = {
            "applied": self.tr("Diterapkan"),
            "held": self.tr("Ditahan"),
            "conflicts": self.tr("Konflik"),
            "refused": self.tr("Ditolak"),
        }
        for state in STATES:
            self.state.addItem(words[state], state)
        self.search = QLineEdit(self)
        self.search.setObjectName("inboxSearch")
        self.search.setPlaceholderText(self.tr("Cari unit, berkas atau keterangan"))
        self.search.setClearButtonEnabled(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("inboxSummary")
        hint = QLabel(self.tr("Seret berkas .pkbundle atau folder ke sini untuk mengimpor."), self)
        hint.setWordWrap(True)
        folder = QPushButton(self.tr("Impor &folder…"), self)
        folder.setObjectName("inboxImportFolder")
        folder.clicked.connect(self._choose_folder)
        files = QPushButton(self.tr("Tambah &berkas…"), self)
        files.clicked.connect(self._choose_files)
        reload = QPushButton(self.tr("&Muat ulang"), self)
        reload.clicked.connect(self.reload)
        close = QPushButton(self.tr("Tutup"), self)
        close.clicked.connect(self.accept)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Keadaan"), self))
        top.addWidget(self.state)
        top.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        for button in (folder, files, reload, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.state.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.reload()

    def reload(self) -> None:
        """Read the ledger and the refusal log again."""
        rows = inbox_entries(self.db, refusal_log(self.paths.data_dir))
        self.model.set_rows(rows)
        counts = count_by_state(rows)
        lang = current_language()
        parts = [
            f"{counts[state]} {STATE_WORDS[state][1 if lang == 'en' else 0]}"
            for state in STATES
            if counts[state]
        ]
        self.summary.setText(
            self.tr("%1 bundel").replace("%1", str(len(rows)))
            + (": " + ", ".join(parts) if parts else "")
        )

    def _filter(self) -> None:
        self.proxy.set_filter(self.state.currentData() or "", self.search.text())

    # --- importing ----------------------------------------------------------------------------

    def import_paths(self, chosen: list[Path]) -> ReceiveDialog | None:
        """Files and folders (a folder stands for its bundles) into the receive dialog, which
        checks them at once in a dry run; applying them refreshes the inbox."""
        from app.ui.sync.receive_dialog import ReceiveDialog

        files = bundle_files(chosen)
        if not files:
            self.summary.setText(self.tr("Tidak ada berkas .pkbundle di sana."))
            return None
        dialog = ReceiveDialog(self.db, self.paths, self)
        dialog.imported.connect(self.reload)
        dialog.imported.connect(self.imported)
        dialog.finished.connect(lambda _result: self.reload())
        dialog.add_files(files)
        dialog.open()
        dialog.check()
        self.receive_dialog = dialog
        return dialog

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder bundel"))
        if folder:
            self.import_paths([Path(folder)])

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Pilih berkas"), "", self.tr("Berkas PK Desk (*.pkbundle *.pkreceipt)")
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        dropped = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        if dropped:
            self.import_paths(dropped)

"""Plt./Plh./Pj. in the officials form: the assignments an official holds or held, and a row
to add one (prefix, title, first and last day) or to end or remove the selected one.

Each button runs one undoable command at once through `run` (the form's owner passes it);
a refusal is one sentence under the list and nothing changes.

Signals: none; the panel re-reads its rows after every command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from app.models.enums import ActingPrefix
from app.services import unit_pages
from app.services.errors import error_text
from app.services.unit_pages import ActingRow

from app.ui.organisation.commands import (
    AssignActingCommand,
    EndActingCommand,
    RemoveActingCommand,
)
from app.ui.shell.i18n import current_language
from app.ui.widgets.date_field import DateField
from app.ui.widgets.row_table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Run = Callable[[Any], BaseException | None]


class ActingTableModel(RowTableModel):
    CONTEXT = "ActingTable"
    HEADERS = (
        QT_TRANSLATE_NOOP("ActingTable", "Sebutan"),
        QT_TRANSLATE_NOOP("ActingTable", "Jabatan"),
        QT_TRANSLATE_NOOP("ActingTable", "Mulai"),
        QT_TRANSLATE_NOOP("ActingTable", "Sampai"),
    )
    COL_PREFIX, COL_TITLE, COL_START, COL_END = range(4)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row: ActingRow = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            end = f"{row.end_date:%d-%m-%Y}" if row.end_date else "—"
            return (row.prefix, row.position_title, f"{row.start_date:%d-%m-%Y}", end)[
                index.column()
            ]
        return None


class ActingPanel(QGroupBox):
    """An official's acting assignments with add, end and remove."""

    def __init__(
        self,
        db: Any,
        state: Any,
        official: dict[str, Any],
        run: Run,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actingPanel")
        self._db, self._state, self._run = db, state, run
        self.official_id: str = official["id"]
        self.unit_id: str | None = official.get("unit_id")
        self.setTitle(self.tr("Plt./Plh./Pj."))
        self.model = ActingTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("actingTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActingTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.prefix = QComboBox(self)
        self.prefix.setObjectName("actingPrefix")
        for prefix in ActingPrefix:
            self.prefix.addItem(prefix.value, prefix.value)
        self.position_title = QLineEdit(self)
        self.position_title.setObjectName("actingTitle")
        self.position_title.setPlaceholderText(self.tr("mis. Kepala Dinas Pendidikan"))
        self.start = DateField("actingStart", self, optional=False)
        self.end = DateField("actingEnd", self)
        self.end.setSpecialValueText(self.tr("belum ditentukan"))
        self.add_button = QPushButton(self.tr("Tambah"), self)
        self.add_button.setObjectName("addActing")
        self.end_button = QPushButton(self.tr("Akhiri pada tanggal Sampai"), self)
        self.end_button.setObjectName("endActing")
        self.remove_button = QPushButton(self.tr("Hapus"), self)
        self.remove_button.setObjectName("removeActing")
        self.add_button.clicked.connect(self.add)
        self.end_button.clicked.connect(self.end_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = QLabel(self)
        self.message.setObjectName("actingMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B71C1C;")
        inputs = QGridLayout()
        inputs.addWidget(QLabel(self.tr("Sebutan:"), self), 0, 0)
        inputs.addWidget(self.prefix, 0, 1)
        inputs.addWidget(QLabel(self.tr("Jabatan:"), self), 0, 2)
        inputs.addWidget(self.position_title, 0, 3)
        inputs.addWidget(QLabel(self.tr("Mulai:"), self), 1, 0)
        inputs.addWidget(self.start, 1, 1)
        inputs.addWidget(QLabel(self.tr("Sampai:"), self), 1, 2)
        inputs.addWidget(self.end, 1, 3)
        inputs.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.remove_button)
        layout = QGridLayout(self)
        layout.addWidget(self.table, 0, 0)
        layout.addLayout(inputs, 1, 0)
        layout.addLayout(buttons, 2, 0)
        layout.addWidget(self.message, 3, 0)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(unit_pages.acting_rows(self._db, self.official_id))
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        for button in (self.end_button, self.remove_button):
            button.setEnabled(selected)
            button.setToolTip(
                "" if selected else self.tr("Pilih satu penugasan di daftar terlebih dahulu.")
            )

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _execute(self, command: Any) -> bool:
        error = self._run(command)
        if error is not None:
            self.message.setText(error_text(error, current_language()))
            return False
        self.message.clear()
        self.reload()
        return True

    def add(self) -> bool:
        start = self.start.day()
        assert start is not None  # the first day is not optional
        return self._execute(
            AssignActingCommand(
                self._state,
                self.official_id,
                self.unit_id,
                prefix=self.prefix.currentData(),
                position_title=self.position_title.text(),
                start_date=start,
                end_date=self.end.day(),
            )
        )

    def end_selected(self) -> bool:
        assignment_id = self.selected_id()
        if assignment_id is None:
            return False
        return self._execute(
            EndActingCommand(
                self._state, self.official_id, self.unit_id, assignment_id, self.end.day()
            )
        )

    def remove_selected(self) -> bool:
        assignment_id = self.selected_id()
        if assignment_id is None:
            return False
        return self._execute(
            RemoveActingCommand(self._state, self.official_id, self.unit_id, assignment_id)
        )

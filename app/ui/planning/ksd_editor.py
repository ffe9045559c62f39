"""The KSD editor of a unit and year (seed 002 lampiran IV): the table of Kegiatan Strategis
Daerah rows on top, the selected row's fields and its B01–B12 month targets below.

A row can be linked to an IKU ("persentase penyelesaian rencana aksi …"); that IKU then takes
its realisation from the month targets done on time when its source is set to KSD. A row
linked to an IKU of a signed PK keeps its plan frozen (name, action plan, parties, expected
outputs); its progress (done, dates, capaian, notes) is still recorded.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import pickers, unit_context
from app.services.errors import NotFound
from app.services.ksd_table import IndicatorChoice, KsdLine, ksd_indicator_choices, ksd_table
from app.services.pickers import Choice

from app.ui.planning.action_plan_tree_model import parse_day
from app.ui.planning.commands import (
    AddKsdCommand,
    MoveKsdCommand,
    RemoveKsdCommand,
    SetKsdMonthCommand,
    UpdateKsdCommand,
)
from app.ui.planning.ksd_month_table_model import KsdMonthTableModel
from app.ui.planning.ksd_table_model import ID_ROLE, KsdTableModel
from app.ui.shell.workspace_state import Change, WorkspaceState
from app.ui.widgets.delegates import NumberDelegate
from app.ui.widgets.form_widgets import CommitLineEdit, CommitTextEdit
from app.ui.widgets.lock_banner import LOCKED_STYLE
from app.ui.widgets.message_line import MessageLine
from app.ui.widgets.number_entry import parse_number, show_percent

TEXT_FIELDS = ("name", "action_plan", "responsible_units", "related_agencies", "success_criteria")
PLAN_FIELDS = frozenset(
    {"ksd_number", "name", "sub_name", *TEXT_FIELDS, "indicator_id", "expected_output"}
)


class KsdEditor(QWidget):
    """The KSD table of one unit and year with the form of the selected row."""

    def __init__(self, state: WorkspaceState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ksdEditor")
        self.state = state
        self.unit_id: str | None = None
        self.year: int | None = None
        self.lines: tuple[KsdLine, ...] = ()
        self._choices: list[IndicatorChoice] = []
        self._dirty = False
        self._needs_load = False
        self._wanted_year: int | None = None
        self._pending_select: str | None = None
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.timeout.connect(self.reload)

        self.title = QLabel(self)
        self.title.setObjectName("ksdTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.year_label = QLabel(self)
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("ksdYear")
        self.year_combo.activated.connect(self._year_chosen)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addKsdButton")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeKsdButton")
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.year_label)
        top.addWidget(self.year_combo)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setObjectName("ksdSummary")
        buttons.addWidget(self.summary)

        self.model = KsdTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("ksdTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {
            KsdTableModel.COL_NO: 34,
            KsdTableModel.COL_NUMBER: 56,
            KsdTableModel.COL_NAME: 190,
            KsdTableModel.COL_SUB: 170,
            KsdTableModel.COL_ACTION: 220,
            KsdTableModel.COL_CAPAIAN: 74,
            KsdTableModel.COL_RESPONSIBLE: 180,
            KsdTableModel.COL_RELATED: 160,
            KsdTableModel.COL_CRITERIA: 220,
            KsdTableModel.COL_NOTES: 160,
            KsdTableModel.COL_INDICATOR: 240,
        }
        for month in range(1, 13):
            widths[KsdTableModel.month_column(month)] = 34
        for column, width in widths.items():
            header.resizeSection(column, width)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        # the selected row's form
        self.form_box = QWidget(self)
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.number_edit = CommitLineEdit("ksdNumber", self.form_box)
        self.sub_edit = CommitLineEdit("ksdSubName", self.form_box)
        self.capaian_edit = CommitLineEdit("ksdCapaian", self.form_box)
        self.text_edits = {
            field: CommitTextEdit(f"ksd_{field}", self.form_box, lines=2) for field in TEXT_FIELDS
        }
        self.notes_edit = CommitTextEdit("ksdNotes", self.form_box, lines=2)
        self.indicator_combo = QComboBox(self.form_box)
        self.indicator_combo.setObjectName("ksdIndicator")
        self.indicator_combo.setMinimumContentsLength(30)
        self.indicator_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.indicator_combo.activated.connect(self._indicator_chosen)
        # The province's KSD list (a reference bundle): picking one fills number and name.
        self.reference_combo = QComboBox(self.form_box)
        self.reference_combo.setObjectName("ksdReference")
        self.reference_combo.setMinimumContentsLength(30)
        self.reference_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.reference_combo.activated.connect(self._reference_chosen)
        self.reference_caption = QLabel(self.form_box)
        self._reference: list[Choice] = []
        form.addRow(self.reference_caption, self.reference_combo)
        self._captions = [QLabel(self.form_box) for _ in range(10)]
        fields: list[QWidget] = [
            self.number_edit,
            self.text_edits["name"],
            self.sub_edit,
            self.text_edits["action_plan"],
            self.text_edits["responsible_units"],
            self.text_edits["related_agencies"],
            self.text_edits["success_criteria"],
            self.capaian_edit,
            self.notes_edit,
            self.indicator_combo,
        ]
        for caption, field_widget in zip(self._captions, fields, strict=True):
            form.addRow(caption, field_widget)
        self.number_edit.committed.connect(lambda t: self._set_field("ksd_number", t))
        self.sub_edit.committed.connect(lambda t: self._set_field("sub_name", t))
        self.capaian_edit.committed.connect(self._set_capaian)
        self.notes_edit.committed.connect(lambda t: self._set_field("notes", t))
        for field, edit in self.text_edits.items():
            edit.committed.connect(lambda t, f=field: self._set_field(f, t))
        form_scroll = QScrollArea(self)
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form_box)

        self.month_model = KsdMonthTableModel(self)
        self.month_model.edit_handler = self._edit_month
        self.month_view = QTableView(self)
        self.month_view.setObjectName("ksdMonths")
        self.month_view.setModel(self.month_model)
        self.month_view.setItemDelegate(NumberDelegate(self.month_view))
        self.month_view.verticalHeader().hide()
        self.month_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        month_header = self.month_view.horizontalHeader()
        month_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        month_header.setSectionResizeMode(
            KsdMonthTableModel.COL_OUTPUT, QHeaderView.ResizeMode.Stretch
        )
        self.month_label = QLabel(self)
        month_box = QWidget(self)
        month_layout = QVBoxLayout(month_box)
        month_layout.setContentsMargins(0, 0, 0, 0)
        month_layout.addWidget(self.month_label)
        month_layout.addWidget(self.month_view, 1)

        detail = QSplitter(Qt.Orientation.Horizontal, self)
        detail.addWidget(form_scroll)
        detail.addWidget(month_box)
        detail.setStretchFactor(0, 1)
        detail.setStretchFactor(1, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)

        self.banner = QLabel(self)
        self.banner.setObjectName("ksdBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(LOCKED_STYLE)
        self.banner.hide()
        self.message = MessageLine("ksdMessage", self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        state.changed.connect(self._on_change)
        self.retranslate()
        self._show_current()

    # --- texts ------------------------------------------------------------------------------

    def tab_title(self) -> str:
        return self.tr("KSD")

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("Tahun:"))
        self.add_button.setText(self.tr("Tambah KSD"))
        self.remove_button.setText(self.tr("Hapus"))
        self.up_button.setText(self.tr("Naik"))
        self.down_button.setText(self.tr("Turun"))
        for caption, text in zip(
            self._captions,
            (
                self.tr("No KSD"),
                self.tr("Nama KSD"),
                self.tr("Sub-KSD"),
                self.tr("Rencana Aksi"),
                self.tr("Penanggung Jawab"),
                self.tr("Instansi Terkait"),
                self.tr("Kriteria Keberhasilan"),
                self.tr("Capaian %"),
                self.tr("Keterangan"),
                self.tr("IKU terkait"),
            ),
            strict=True,
        ):
            caption.setText(text + ":")
        self.reference_caption.setText(self.tr("KSD provinsi") + ":")
        self.reference_combo.setToolTip(
            self.tr("Ambil nomor dan nama dari daftar KSD yang dikirim provinsi")
        )
        self.indicator_combo.setToolTip(
            self.tr(
                "IKU “persentase penyelesaian rencana aksi …” yang realisasinya diambil dari "
                "target bulan KSD ini (atur sumbernya di tab Rencana Aksi IKU tersebut)."
            )
        )
        self.month_label.setText(
            self.tr("Target bulan B01–B12: klik ganda untuk mengisi, centang bila selesai.")
        )
        self._show_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_title(self) -> None:
        name = getattr(self, "_unit_name", "")
        self.title.setText(
            self.tr("Kegiatan Strategis Daerah — {unit}").format(unit=name)
            if name
            else self.tr("Kegiatan Strategis Daerah")
        )

    # --- loading ----------------------------------------------------------------------------

    def load(self, unit_id: str, year: int | None = None) -> None:
        """Show the KSD rows of `unit_id` (the newest year unless `year` is given); read now
        when the tab is visible, else when it is shown (selecting units stays quick)."""
        if unit_id != self.unit_id:
            self.show_message("")
            self._pending_select = None
            self.year = None if year is None else year
        self.unit_id = unit_id
        self._wanted_year = year
        self._needs_load = True
        if self.isVisible():
            self._load_now()

    def _load_now(self) -> None:
        unit_id, year = self.unit_id, self._wanted_year
        assert unit_id is not None
        self._needs_load = False
        years = unit_context.unit_years(self.state.db, unit_id)
        self._unit_name = years.name
        choices = list(years.years) or [dt.date.today().year]
        if year is None:
            year = self.year if self.year in choices else choices[0]
        if year not in choices:
            choices = sorted({*choices, year}, reverse=True)
        self.year = year
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for value in choices:
            self.year_combo.addItem(str(value), value)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year)))
        self.year_combo.blockSignals(False)
        self._choices = ksd_indicator_choices(self.state.db, unit_id, year)
        self._reference = pickers.reference_ksd_choices(self.state.db, year)
        self._show_title()
        self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._needs_load:
            self._load_now()
        elif self._dirty:
            self.reload()

    def reload(self) -> None:
        if self._needs_load:
            return  # the first load reads everything
        if self.unit_id is None or self.year is None:
            return
        self._dirty = False
        try:
            table = ksd_table(self.state.db, self.unit_id, self.year)
        except NotFound:
            self.lines = ()
            self.model.set_rows([])
            self._show_current()
            return
        current = self.current_line()
        self.lines = table.lines
        self.model.set_rows(table.lines)
        wanted = self._pending_select or (current.id if current else None)
        self._pending_select = None
        row = self.model.row_of(wanted) if wanted else -1
        if row < 0 and self.lines:
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        done = sum(line.done_count for line in self.lines)
        due = sum(line.due_count for line in self.lines)
        self.summary.setText(
            self.tr("{rows} baris KSD · {done} dari {due} target bulan selesai").format(
                rows=len(self.lines), done=done, due=due
            )
        )
        self._show_current()

    def _on_change(self, change: Change) -> None:
        if self.unit_id is None:
            return
        if self.isVisible():
            self._reload_timer.start(0)
        else:
            self._dirty = True

    def _year_chosen(self, _index: int) -> None:
        if self.unit_id is not None:
            self.load(self.unit_id, int(self.year_combo.currentData()))

    # --- the selected row -------------------------------------------------------------------

    def current_line(self) -> KsdLine | None:
        return self.model.line(self.table.currentIndex().row())

    def select_row(self, ksd_id: str) -> bool:
        row = self.model.row_of(ksd_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    @property
    def writable(self) -> bool:
        return not self.state.read_only and self.unit_id is not None

    def _show_current(self) -> None:
        line = self.current_line()
        writable = self.writable
        plan_editable = writable and line is not None and not line.locked
        progress_editable = writable and line is not None
        self.form_box.setEnabled(line is not None)
        if line is not None:
            self.number_edit.show_text(line.ksd_number)
            self.sub_edit.show_text(line.sub_name)
            self.capaian_edit.show_text(
                show_percent(line.capaian) if line.capaian is not None else ""
            )
            self.notes_edit.show_text(line.notes)
            for field, edit in self.text_edits.items():
                edit.show_text(getattr(line, field))
            self._fill_indicators(line)
            self._fill_reference(line)
        else:
            for edit in (self.number_edit, self.sub_edit, self.capaian_edit):
                edit.show_text("")
            for text_edit in (*self.text_edits.values(), self.notes_edit):
                text_edit.show_text("")
        for widget in (self.number_edit, self.sub_edit, *self.text_edits.values()):
            widget.setReadOnly(not plan_editable)
        self.indicator_combo.setEnabled(plan_editable)
        self.reference_combo.setEnabled(plan_editable)
        self.reference_caption.setVisible(bool(self._reference))
        self.reference_combo.setVisible(bool(self._reference))
        self.capaian_edit.setReadOnly(not progress_editable)
        self.notes_edit.setReadOnly(not progress_editable)
        self.month_model.plan_editable = plan_editable
        self.month_model.progress_editable = progress_editable
        self.month_model.set_line(line)
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(plan_editable)
        row = self.table.currentIndex().row()
        self.up_button.setEnabled(writable and line is not None and row > 0)
        self.down_button.setEnabled(writable and line is not None and row < len(self.lines) - 1)
        if line is not None and line.locked:
            self.banner.setText(
                self.tr(
                    "Baris ini terkait IKU pada PK yang sudah ditandatangani: rencana KSD "
                    "(nama, rencana aksi, pihak, target bulan) terkunci dan hanya berubah lewat "
                    "addendum. Kemajuan (selesai, tanggal, capaian, keterangan) tetap dicatat."
                )
            )
            self.banner.show()
        elif self.state.read_only:
            self.banner.setText(self.tr("Basis data dibuka hanya-baca."))
            self.banner.show()
        else:
            self.banner.hide()

    def _fill_indicators(self, line: KsdLine) -> None:
        combo = self.indicator_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— tidak ditautkan"), None)
        for choice in self._choices:
            combo.addItem(f"{choice.owner} · {choice.label}", choice.id)
            combo.setItemData(
                combo.count() - 1, f"{choice.owner} · {choice.label}", Qt.ItemDataRole.ToolTipRole
            )
        if line.indicator_id and combo.findData(line.indicator_id) < 0:
            combo.addItem(line.indicator_label or line.indicator_id, line.indicator_id)
        combo.setCurrentIndex(max(0, combo.findData(line.indicator_id)))
        combo.blockSignals(False)

    def _fill_reference(self, line: KsdLine) -> None:
        """The province's KSD of the year; the row's number chooses the one it was taken from."""
        combo = self.reference_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— bukan dari daftar provinsi"), None)
        for choice in self._reference:
            combo.addItem(f"{choice.id} — {choice.label}", choice.id)
            combo.setItemData(combo.count() - 1, choice.detail, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(line.ksd_number)))
        combo.blockSignals(False)

    def _reference_chosen(self, _index: int) -> None:
        """Number and name from the province's KSD (and its responsible units when the row
        names none), in one undoable step."""
        line = self.current_line()
        code = self.reference_combo.currentData()
        chosen = next((c for c in self._reference if c.id == code), None)
        if line is None or self.unit_id is None or chosen is None:
            return
        changes: dict[str, Any] = {"ksd_number": chosen.id, "name": chosen.label}
        if chosen.detail and not line.responsible_units:
            changes["responsible_units"] = chosen.detail
        self._run(
            UpdateKsdCommand(
                self.state, self.unit_id, line.id, changes, self.tr("Ambil KSD provinsi")
            )
        )

    # --- edits ------------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.message.say(text)

    def _run(self, command: Any) -> bool:
        return self.message.run(self.state, command)

    def _set_field(self, field: str, text: str) -> bool:
        line = self.current_line()
        if line is None or self.unit_id is None:
            return False
        value: Any = text.strip() or None
        if field in ("name", "action_plan") and value is None:
            self.show_message(self.tr("Nama KSD dan rencana aksi wajib diisi."))
            self._show_current()
            return False
        return self._run(
            UpdateKsdCommand(
                self.state,
                self.unit_id,
                line.id,
                {field: value},
                self.tr("Ubah KSD"),
            )
        )

    def _set_capaian(self, text: str) -> bool:
        parsed = parse_number(text)
        if not parsed.ok:
            self.show_message(parsed.message)
            return False
        line = self.current_line()
        if line is None or self.unit_id is None:
            return False
        return self._run(
            UpdateKsdCommand(
                self.state,
                self.unit_id,
                line.id,
                {"capaian": parsed.value},
                self.tr("Ubah capaian KSD"),
            )
        )

    def _indicator_chosen(self, _index: int) -> None:
        line = self.current_line()
        if line is None or self.unit_id is None:
            return
        value = self.indicator_combo.currentData()
        if value == line.indicator_id:
            return
        self._run(
            UpdateKsdCommand(
                self.state,
                self.unit_id,
                line.id,
                {"indicator_id": value},
                self.tr("Tautkan KSD ke IKU"),
            )
        )

    def link_indicator(self, indicator_id: str | None) -> bool:
        """Pick the linked IKU as the combo box does (for shortcuts and tests)."""
        index = self.indicator_combo.findData(indicator_id)
        if index < 0:
            return False
        self.indicator_combo.setCurrentIndex(index)
        self._indicator_chosen(index)
        return True

    def _edit_month(self, month: int, field: str, value: Any) -> bool:
        line = self.current_line()
        if line is None or self.unit_id is None or self.year is None:
            return False
        target = line.month(month)
        old = (
            (target.expected_output, target.done, target.completed_on)
            if target
            else (None, False, None)
        )
        expected, done, completed_on = old
        if field == "expected_output":
            expected = value
            if expected is None:
                done, completed_on = False, None
        elif field == "done":
            done = bool(value)
            if done and completed_on is None:
                # on time unless the user says otherwise: the last day of the target month
                completed_on = dt.date(self.year, month, calendar.monthrange(self.year, month)[1])
            if not done:
                completed_on = None
        elif field == "completed_on":
            ok, day, message = parse_day(str(value))
            if not ok:
                self.show_message(message)
                return False
            completed_on = day
        new = (expected, done, completed_on)
        if new == old:
            return False
        self._pending_select = line.id
        return self._run(SetKsdMonthCommand(self.state, self.unit_id, line.id, month, new, old))

    def add_row(self) -> None:
        if self.unit_id is None or self.year is None or not self.writable:
            return
        command = AddKsdCommand(
            self.state,
            self.unit_id,
            self.year,
            self.tr("KSD baru"),
            self.tr("Rencana aksi KSD"),
        )
        if self._run(command):
            self._pending_select = command.ksd_id
            self.reload()
            self.text_edits["name"].setFocus()
            self.text_edits["name"].selectAll()

    def remove_row(self) -> None:
        line = self.current_line()
        if line is None or self.unit_id is None:
            return
        self._run(RemoveKsdCommand(self.state, self.unit_id, line.id))

    def move_row(self, offset: int) -> None:
        line = self.current_line()
        row = self.table.currentIndex().row()
        if line is None or self.unit_id is None or not 0 <= row + offset < len(self.lines):
            return
        self._pending_select = line.id
        self._run(MoveKsdCommand(self.state, self.unit_id, line.id, offset))

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

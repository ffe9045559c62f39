"""The agreement (PK) editor: sasaran and IKU, parties and signing, programs, scans.

Every field commits through an undoable command as soon as it is left (autosave); the
editor reloads from the database after each change, so what it shows is what is stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.engine.scoring import AgreementScore
from app.services import agreement_read, pickers
from app.services.agreement_read import AgreementDetail
from app.services.errors import NotFound
from app.services.pickers import Choice

from app.ui.agreement.commands import (
    AddGoalCommand,
    AddIndicatorCommand,
    AddProgramCommand,
    AttachScanCommand,
    FinalizeCommand,
    MoveGoalCommand,
    MoveIndicatorCommand,
    RemoveAttachmentCommand,
    RemoveGoalCommand,
    RemoveIndicatorCommand,
    RemoveProgramCommand,
    ReopenCommand,
    UpdateAgreementCommand,
    UpdateGoalCommand,
    UpdateProgramCommand,
)
from app.ui.agreement.goal_table_model import ITEM_ROLE, GoalTableModel
from app.ui.agreement.history_panel import AgreementHistoryPanel
from app.ui.agreement.program_table_model import ID_ROLE, AttachmentTableModel, ProgramTableModel
from app.ui.agreement.reference_bar import GoalReferenceBar
from app.ui.indicator.commands import SetPeriodValuesCommand, UpdateIndicatorCommand
from app.ui.shell.availability import Reasons, Selection, offer, set_tip
from app.ui.shell.workspace_state import Change, WorkspaceState
from app.ui.widgets.date_field import DateField
from app.ui.widgets.delegates import NumberDelegate
from app.ui.widgets.labels import AS_OF, CATEGORY, KIND, LEVEL, STATUS, band_label, label
from app.ui.widgets.lock_banner import LockBanner, set_editable
from app.ui.widgets.message_line import MessageLine
from app.ui.widgets.number_entry import parse_number, parse_range, show_percent, show_rupiah

PREFIXES = ("", "Plt.", "Plh.", "Pj.")


class _PartyFields:
    """Prefix, official and title of one party (Pihak Pertama or Kedua)."""

    def __init__(self, parent: QWidget, name: str) -> None:
        self.prefix = QComboBox(parent)
        self.prefix.setObjectName(f"{name}Prefix")
        for prefix in PREFIXES:
            self.prefix.addItem(prefix or "—", prefix)
        self.person = QComboBox(parent)
        self.person.setObjectName(f"{name}Person")
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.setMinimumContentsLength(24)
        completer = self.person.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.title = QLineEdit(parent)
        self.title.setObjectName(f"{name}Title")
        self.row = QHBoxLayout()
        self.row.addWidget(self.prefix)
        self.row.addWidget(self.person, 1)

    def fill(self, choices: list[Choice], allow_empty: bool) -> None:
        self.person.blockSignals(True)
        self.person.clear()
        if allow_empty:
            self.person.addItem("—", None)
        for choice in choices:
            self.person.addItem(choice.label, choice.id)
            self.person.setItemData(
                self.person.count() - 1, choice.detail, Qt.ItemDataRole.ToolTipRole
            )
        self.person.blockSignals(False)

    def show(self, person_id: str | None, prefix: str | None, title: str | None) -> None:
        for widget in (self.prefix, self.person):
            widget.blockSignals(True)
        self.prefix.setCurrentIndex(max(0, self.prefix.findData(prefix or "")))
        self.person.setCurrentIndex(max(0, self.person.findData(person_id)))
        self.title.setText(title or "")
        for widget in (self.prefix, self.person):
            widget.blockSignals(False)

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.prefix, self.person, self.title):
            set_editable(widget, enabled)


class AgreementEditor(QWidget):
    """Signals:
    indicatorActivated(str): open an IKU in the indicator editor.
    loaded(): the editor (re)read its agreement.
    """

    indicatorActivated = Signal(str)
    loaded = Signal()

    TAB_GOALS = 0
    TAB_PARTIES = 1
    TAB_PROGRAMS = 2
    TAB_SCANS = 3
    TAB_HISTORY = 4

    def __init__(self, state: WorkspaceState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.detail: AgreementDetail | None = None
        self.score: AgreementScore | None = None
        self._officials: list[Choice] | None = None
        self._units: list[Choice] | None = None
        self._pending_select: tuple[str, str] | None = None
        self._pending_edit = False
        self.reasons = Reasons(self)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.timeout.connect(self.reload)

        # header
        self.title = QLabel(self)
        self.title.setObjectName("agreementTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("agreementStatus")
        self.score_label = QLabel(self)
        self.score_label.setObjectName("agreementScore")
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.finalize_button = QPushButton(self)
        self.finalize_button.setObjectName("finalizeButton")
        self.reopen_button = QPushButton(self)
        self.reopen_button.setObjectName("reopenButton")
        self.finalize_button.clicked.connect(self.finalize)
        self.reopen_button.clicked.connect(self.reopen)
        header = QGridLayout()
        header.addWidget(self.title, 0, 0)
        header.addWidget(self.score_label, 0, 1, 2, 1)
        header.addWidget(self.subtitle, 1, 0)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label)
        status_row.addStretch(1)
        status_row.addWidget(self.reopen_button)
        status_row.addWidget(self.finalize_button)
        header.addLayout(status_row, 2, 0, 1, 2)
        header.setColumnStretch(0, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("agreementTabs")
        self.tabs.addTab(self._build_goals_tab(), "")
        self.tabs.addTab(self._build_parties_tab(), "")
        self.tabs.addTab(self._build_programs_tab(), "")
        self.tabs.addTab(self._build_scans_tab(), "")
        self.history_panel = AgreementHistoryPanel(state, self)
        self.tabs.addTab(self.history_panel, "")

        self.message = MessageLine("inputMessage", self)

        self.lock_banner = LockBanner("agreementLockBanner", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.lock_banner)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        state.changed.connect(self._on_change)
        state.periodChanged.connect(lambda _p: self._schedule_reload())
        self.retranslate()

    # --- building ---------------------------------------------------------------------------

    def _build_goals_tab(self) -> QWidget:
        page = QWidget(self)
        self.goal_model = GoalTableModel(self)
        self.goal_model.edit_handler = self._edit_goal_table
        self.goal_view = QTreeView(page)
        self.goal_view.setObjectName("goalTable")
        self.goal_view.setModel(self.goal_model)
        self.goal_view.setAlternatingRowColors(True)
        # Long sasaran and IKU names wrap onto more lines instead of ending in "…"; the rows
        # are re-measured when a column is resized (every column but the text is resizable).
        self.goal_view.setWordWrap(True)
        self.goal_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(50)
        self._relayout_timer.timeout.connect(self._rewrap_goals)
        self.goal_view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.goal_delegate = NumberDelegate(
            self.goal_view,
            wrap_width=lambda column: (
                self.goal_view.header().sectionSize(column)
                if column == GoalTableModel.COL_TEXT
                else 0
            ),
        )
        self.goal_view.setItemDelegate(self.goal_delegate)
        header = self.goal_view.header()
        header.setStretchLastSection(False)
        # Widths from the font, not from the contents: sizing to contents reads every cell.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(GoalTableModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        for column, sample in (
            (GoalTableModel.COL_NUMBER, "No. 14  "),
            (GoalTableModel.COL_UNIT, "Persen  "),
            (GoalTableModel.COL_QUALITY, "Activity–Moderate"),
            (GoalTableModel.COL_TARGET, "Target tahunan"),
            (GoalTableModel.COL_WEIGHT, "26 · 100,00 %"),
            (GoalTableModel.COL_CAPAIAN, "Capaian 100,00"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        # The number column also holds the tree's indentation (category → sasaran → IKU).
        header.resizeSection(
            GoalTableModel.COL_NUMBER,
            2 * self.goal_view.indentation() + metrics.horizontalAdvance("3b.10") + 24,
        )
        header.sectionResized.connect(lambda *_: self._relayout_timer.start())
        self.goal_view.doubleClicked.connect(self._goal_double_clicked)
        self.goal_view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.add_goal_button = QPushButton(page)
        self.add_goal_button.setObjectName("addGoalButton")
        self.add_indicator_button = QPushButton(page)
        self.add_indicator_button.setObjectName("addIndicatorButton")
        self.remove_button = QPushButton(page)
        self.remove_button.setObjectName("removeGoalOrIndicatorButton")
        self.up_button = QPushButton(page)
        self.down_button = QPushButton(page)
        self.open_indicator_button = QPushButton(page)
        self.add_goal_button.clicked.connect(self.add_goal)
        self.add_indicator_button.clicked.connect(self.add_indicator)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.open_indicator_button.clicked.connect(self._open_selected_indicator)
        self.category_combo = QComboBox(page)
        self.category_combo.setObjectName("goalCategory")
        self.category_combo.activated.connect(self._category_chosen)
        self.reference_bar = GoalReferenceBar(self.state, self._run, self._select_after, page)
        self.up_button.setShortcut("Alt+Up")
        self.down_button.setShortcut("Alt+Down")
        buttons = QHBoxLayout()
        for button in (
            self.add_goal_button,
            self.add_indicator_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addWidget(self.category_combo)
        buttons.addWidget(self.reference_bar)
        buttons.addStretch(1)
        buttons.addWidget(self.open_indicator_button)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.goal_view, 1)
        return page

    def _rewrap_goals(self) -> None:
        """Measure the rows again at the text column's new width. Reading the width first
        settles the stretched column, which the header otherwise resizes only when painting."""
        self.goal_view.header().sectionSize(GoalTableModel.COL_TEXT)
        self.goal_view.doItemsLayout()

    def _build_parties_tab(self) -> QWidget:
        page = QWidget(self)
        self.year = QSpinBox(page)
        self.year.setObjectName("agreementYear")
        self.year.setRange(2000, 2100)
        self.year.setKeyboardTracking(False)
        self.profile = QComboBox(page)
        self.profile.setObjectName("agreementProfile")
        self.kind_label = QLabel(page)
        self.unit = QComboBox(page)
        self.unit.setObjectName("agreementUnit")
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        unit_completer = self.unit.completer()
        if unit_completer is not None:
            unit_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner = _PartyFields(page, "owner")
        self.superior = _PartyFields(page, "superior")
        self.place = QLineEdit(page)
        self.place.setObjectName("signingPlace")
        self.date = DateField("signingDate", page)
        self.dpa_date = DateField("dpaDate", page)
        self.form = QFormLayout(page)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._captions = [QLabel(page) for _ in range(11)]
        rows: list[Any] = [
            self.year,
            self.profile,
            self.kind_label,
            self.unit,
            self.owner.row,
            self.owner.title,
            self.superior.row,
            self.superior.title,
            self.place,
            self.date,
            self.dpa_date,
        ]
        for caption, field in zip(self._captions, rows, strict=True):
            self.form.addRow(caption, field)
        self.year.valueChanged.connect(lambda v: self._set_header({"year": int(v)}))
        self.profile.activated.connect(
            lambda _i: self._set_header({"profile_code": self.profile.currentData()})
        )
        self.unit.activated.connect(
            lambda _i: self._set_header({"unit_id": self.unit.currentData()})
        )
        self.owner.prefix.activated.connect(
            lambda _i: self._set_header({"owner_prefix": self.owner.prefix.currentData() or None})
        )
        self.superior.prefix.activated.connect(
            lambda _i: self._set_header(
                {"superior_prefix": self.superior.prefix.currentData() or None}
            )
        )
        self.owner.person.activated.connect(lambda _i: self._set_person("owner", self.owner))
        self.superior.person.activated.connect(
            lambda _i: self._set_person("superior", self.superior)
        )
        self.owner.title.editingFinished.connect(
            lambda: self._set_header({"owner_title": self.owner.title.text().strip() or None})
        )
        self.superior.title.editingFinished.connect(
            lambda: self._set_header({"superior_title": self.superior.title.text().strip() or None})
        )
        self.place.editingFinished.connect(
            lambda: self._set_header({"signing_place": self.place.text().strip() or None})
        )
        self.date.dayChanged.connect(lambda day: self._set_header({"signing_date": day}))
        self.dpa_date.dayChanged.connect(lambda day: self._set_header({"dpa_date": day}))
        return page

    def _build_programs_tab(self) -> QWidget:
        page = QWidget(self)
        self.program_model = ProgramTableModel(self)
        self.program_model.edit_handler = self._edit_program
        self.program_view = QTableView(page)
        self.program_view.setObjectName("programTable")
        self.program_view.setModel(self.program_model)
        self.program_view.setItemDelegate(NumberDelegate(self.program_view))
        self.program_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.program_view.setWordWrap(True)
        header = self.program_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProgramTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.add_program_button = QPushButton(page)
        self.remove_program_button = QPushButton(page)
        self.add_program_button.clicked.connect(self.add_program)
        self.remove_program_button.clicked.connect(self.remove_program)
        self.program_total = QLabel(page)
        self.program_total.setObjectName("programTotal")
        self.program_total.setAlignment(Qt.AlignmentFlag.AlignRight)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_program_button)
        buttons.addWidget(self.remove_program_button)
        buttons.addStretch(1)
        buttons.addWidget(self.program_total)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.program_view, 1)
        return page

    def _build_scans_tab(self) -> QWidget:
        page = QWidget(self)
        self.scan_model = AttachmentTableModel(self)
        self.scan_view = QTableView(page)
        self.scan_view.setModel(self.scan_model)
        self.scan_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scan_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.scan_view.horizontalHeader().setStretchLastSection(True)
        self.scan_note = QLabel(page)
        self.scan_note.setWordWrap(True)
        self.add_scan_button = QPushButton(page)
        self.remove_scan_button = QPushButton(page)
        self.add_scan_button.clicked.connect(self.choose_scan)
        self.remove_scan_button.clicked.connect(self.remove_scan)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_scan_button)
        buttons.addWidget(self.remove_scan_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.scan_note)
        layout.addLayout(buttons)
        layout.addWidget(self.scan_view, 1)
        return page

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.tabs.setTabText(self.TAB_GOALS, self.tr("Sasaran && IKU"))
        self.tabs.setTabText(self.TAB_PARTIES, self.tr("Pihak && penandatanganan"))
        self.tabs.setTabText(self.TAB_PROGRAMS, self.tr("Program && anggaran"))
        self.tabs.setTabText(self.TAB_SCANS, self.tr("Pindaian bertanda tangan"))
        self.tabs.setTabText(self.TAB_HISTORY, self.tr("Riwayat perubahan"))
        self.history_panel.retranslate()
        self.finalize_button.setText(self.tr("Finalkan"))
        set_tip(
            self.finalize_button,
            self.tr("Tetapkan PK sebagai final; ditolak selama Panel Aturan masih berisi galat."),
        )
        self.reopen_button.setText(self.tr("Kembalikan ke draf"))
        set_tip(self.reopen_button, self.tr("Kembalikan PK final ke draf untuk diubah"))
        self.add_goal_button.setText(self.tr("Tambah sasaran"))
        set_tip(self.add_goal_button, self.tr("Tambah sasaran pada kategori terpilih"))
        self.add_indicator_button.setText(self.tr("Tambah IKU"))
        set_tip(self.add_indicator_button, self.tr("Tambah IKU pada sasaran terpilih"))
        self.remove_button.setText(self.tr("Hapus"))
        set_tip(self.remove_button, self.tr("Hapus sasaran atau IKU terpilih"))
        self.up_button.setText(self.tr("Naik"))
        set_tip(self.up_button, self.tr("Pindahkan ke atas (Alt+↑)"))
        self.down_button.setText(self.tr("Turun"))
        set_tip(self.down_button, self.tr("Pindahkan ke bawah (Alt+↓)"))
        self.category_combo.setToolTip(self.tr("Kategori sasaran terpilih"))
        self.open_indicator_button.setText(self.tr("Buka IKU"))
        set_tip(
            self.open_indicator_button,
            self.tr("Metadata, target dan realisasi IKU terpilih (klik ganda pada baris)"),
        )
        for caption, text in zip(
            self._captions,
            (
                self.tr("Tahun"),
                self.tr("Profil daerah"),
                self.tr("Jenis"),
                self.tr("Unit"),
                self.tr("Pihak Pertama"),
                self.tr("Jabatan Pihak Pertama"),
                self.tr("Pihak Kedua"),
                self.tr("Jabatan Pihak Kedua"),
                self.tr("Tempat"),
                self.tr("Tanggal"),
                self.tr("Tanggal pengesahan DPA"),
            ),
            strict=True,
        ):
            caption.setText(text + ":")
        for field in (self.date, self.dpa_date):
            field.setSpecialValueText(self.tr("belum ditetapkan"))
        self.dpa_date.setToolTip(
            self.tr(
                "Tanggal DPA disahkan; profil dengan batas PK sekian bulan setelah DPA "
                "menghitung tenggatnya dari tanggal ini."
            )
        )
        self.add_program_button.setText(self.tr("Tambah program"))
        self.remove_program_button.setText(self.tr("Hapus program"))
        self.add_scan_button.setText(self.tr("Lampirkan pindaian…"))
        set_tip(
            self.add_scan_button,
            self.tr("Lampirkan pindaian PK bertanda tangan; boleh setelah PK ditandatangani"),
        )
        self.remove_scan_button.setText(self.tr("Hapus lampiran"))
        set_tip(self.remove_scan_button, self.tr("Hapus pindaian terpilih"))
        self.scan_note.setText(
            self.tr(
                "Pindaian PK yang sudah ditandatangani basah (PDF atau gambar). Berkas disimpan "
                "di basis data dengan sidik SHA-256 sehingga ikut terkirim dalam bundel sinkron."
            )
        )
        if self.detail is not None:
            self._show_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._schedule_reload()
        super().changeEvent(event)

    # --- loading ----------------------------------------------------------------------------

    @property
    def agreement_id(self) -> str | None:
        return self.detail.id if self.detail else None

    def load(self, agreement_id: str, *, goal_id: str | None = None) -> None:
        if self._officials is None:
            self._officials = pickers.official_choices(self.state.db)
            self._units = pickers.unit_choices(self.state.db)
            self.owner.fill(self._officials, allow_empty=False)
            self.superior.fill(self._officials, allow_empty=True)
            self.unit.blockSignals(True)
            self.unit.clear()
            for choice in self._units or []:
                self.unit.addItem(choice.label, choice.id)
            self.unit.blockSignals(False)
            self.profile.blockSignals(True)
            self.profile.clear()
            for choice in pickers.profile_choices(self.state.db):
                self.profile.addItem(choice.label, choice.id)
            self.profile.blockSignals(False)
        changed = self.detail is None or self.detail.id != agreement_id
        self.detail = agreement_read.agreement_detail(self.state.db, agreement_id)
        self.score = agreement_read.agreement_scores(
            self.state.db, [agreement_id], self.state.period
        ).get(agreement_id)
        if changed:
            self.message.hide()
        self.history_panel.set_agreement(agreement_id)
        if goal_id is not None:
            self._pending_select = ("goal", goal_id)
            self.tabs.setCurrentIndex(self.TAB_GOALS)
        self._show()
        self.loaded.emit()

    def refresh_choices(self) -> None:
        """Forget the cached officials and units (after F5)."""
        self._officials = None
        if self.detail is not None:
            self.load(self.detail.id)

    def reload(self) -> None:
        if self.detail is not None:
            try:
                self.load(self.detail.id)
            except NotFound:
                self.detail = None

    def _schedule_reload(self) -> None:
        if self.detail is not None:
            self._reload_timer.start(0)

    def _on_change(self, change: Change) -> None:
        if self.detail is not None and change.agreement_id == self.detail.id:
            if change.structure and change.kind in ("goal", "indicator"):
                self._pending_select = (change.kind, change.id)
            self._schedule_reload()

    def _show(self) -> None:
        detail = self.detail
        assert detail is not None
        editable = not detail.locked and not self.state.read_only
        self.lock_banner.show_for(detail.status)
        previous = self.goal_model.item(self.goal_view.currentIndex())
        self.goal_model.editable = editable
        self.goal_model.set_rows(detail, self.score)
        self.goal_view.expandAll()
        for row in range(self.goal_model.rowCount()):
            self.goal_view.setFirstColumnSpanned(row, QModelIndex(), True)
        target = self._pending_select or previous
        self._pending_select = None
        if target is not None:
            index = self.goal_model.find(*target)
            if index.isValid():
                self.goal_view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.goal_view.scrollTo(index)
                if self._pending_edit:
                    self._pending_edit = False
                    self.goal_view.edit(index.siblingAtColumn(GoalTableModel.COL_TEXT))
        self._show_header()
        self._show_parties(editable)
        self.program_model.editable = editable
        self.program_model.set_rows(detail.programs)
        self.program_total.setText(
            self.tr("Jumlah anggaran: {total}").format(total=show_rupiah(detail.budget_total))
        )
        self.scan_model.set_rows(detail.attachments)
        selection = self._selection()
        content = self.reasons.edit_content(selection)
        for button in (self.add_goal_button, self.add_program_button, self.remove_program_button):
            offer(button, content)
        for button in (self.add_scan_button, self.remove_scan_button):
            offer(button, self.reasons.attach_scan(selection))
        self.reference_bar.load(detail)
        self._update_buttons()

    def _show_header(self) -> None:
        detail = self.detail
        assert detail is not None
        self.title.setText(self.tr("Perjanjian Kinerja {year}").format(year=detail.year))
        owner = detail.owner_name
        if detail.owner_prefix:
            owner = f"{owner} ({detail.owner_prefix})"
        self.subtitle.setText(
            self.tr("{owner} — {title}, {level}. {count} sasaran, {indicators} IKU.").format(
                owner=owner,
                title=detail.owner_title or "",
                level=label(LEVEL, detail.owner_level),
                count=len(detail.goals),
                indicators=detail.indicator_count(),
            )
        )
        status = label(STATUS, detail.status)
        kind = label(KIND, detail.kind)
        self.status_label.setText(
            self.tr("Status: {status} · {kind}").format(status=status, kind=kind)
        )
        self.status_label.setToolTip(
            self.tr("PK yang sudah ditandatangani hanya dapat diubah lewat addendum.")
            if detail.locked
            else ""
        )
        selection = self._selection()
        self.finalize_button.setVisible(detail.status == "draft")
        offer(self.finalize_button, self.reasons.finalize(selection))
        self.reopen_button.setVisible(detail.status == "final")
        offer(self.reopen_button, self.reasons.reopen(selection))
        period = label(AS_OF, self.state.period)
        overall = self.score.overall if self.score else None
        colour = self.score.band.color if self.score and self.score.band else "#607D8B"
        band = band_label(self.score.band) if self.score and self.score.band else "N/A"
        self.score_label.setText(
            "<div style='font-size:small;color:#546E7A'>"
            + self.tr("Nilai Kinerja {period}").format(period=period)
            + f"</div><div style='font-size:x-large;font-weight:bold;color:{colour}'>"
            f"{show_percent(overall)}</div>"
            + (f"<div style='color:{colour}'>{band}</div>" if overall is not None else "")
        )

    def _show_parties(self, editable: bool) -> None:
        detail = self.detail
        assert detail is not None
        widgets: list[Any] = [self.year, self.profile, self.unit, self.place]
        for widget in widgets:
            widget.blockSignals(True)
        self.year.setValue(detail.year)
        self.profile.setCurrentIndex(max(0, self.profile.findData(detail.profile_code)))
        self.kind_label.setText(label(KIND, detail.kind))
        self.unit.setCurrentIndex(max(0, self.unit.findData(detail.unit_id)))
        self.owner.show(detail.owner_id, detail.owner_prefix, detail.owner_title)
        self.superior.show(detail.superior_id, detail.superior_prefix, detail.superior_title)
        self.place.setText(detail.signing_place or "")
        for field, day in ((self.date, detail.signing_date), (self.dpa_date, detail.dpa_date)):
            field.set_year(detail.year)
            field.set_day(day)
        for widget in widgets:
            widget.blockSignals(False)
        for widget in (self.year, self.place, self.date, self.dpa_date, self.profile, self.unit):
            set_editable(widget, editable)
        self.owner.set_enabled(editable)
        self.superior.set_enabled(editable)

    def _selection(self) -> Selection:
        detail = self.detail
        return Selection(
            database=True,
            writable=not self.state.read_only,
            kind="agreement",
            status=detail.status if detail else None,
        )

    def _update_buttons(self) -> None:
        item = self.goal_model.item(self.goal_view.currentIndex())
        editable = self.goal_model.editable
        kind = item[0] if item else None
        content = self.reasons.edit_content(self._selection())
        if content is None and kind not in ("goal", "indicator"):
            content = self.tr("Pilih sebuah sasaran atau IKU di tabel.")
        for button in (
            self.add_indicator_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            offer(button, content)
        offer(
            self.open_indicator_button,
            None if kind == "indicator" else self.tr("Pilih sebuah IKU di tabel."),
        )
        goal = self.goal_model.goal_row(item[1]) if kind == "goal" and item else None
        self.category_combo.setEnabled(editable and goal is not None)
        self.category_combo.setVisible(goal is not None)
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        categories = list(self.detail.categories) if self.detail else []
        if goal is not None and goal.category not in {c for c, _ in categories}:
            categories.append((goal.category, label(CATEGORY, goal.category)))
        for code, _text in categories:
            self.category_combo.addItem(label(CATEGORY, code), code)
        if goal is not None:
            self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(goal.category)))
        else:
            self.category_combo.setCurrentIndex(-1)
        self.category_combo.blockSignals(False)
        goal_id = item[1] if kind == "goal" and item else None
        if kind == "indicator" and item:
            goal_id = self._goal_of(item[1])
        self.reference_bar.select(goal_id, editable)

    def _select_after(self, kind: str, key: str) -> None:
        self._pending_select = (kind, key)

    def _category_chosen(self, _index: int) -> None:
        item = self._selected()
        detail = self.detail
        if detail is None or item is None or item[0] != "goal":
            return
        goal = self.goal_model.goal_row(item[1])
        code = self.category_combo.currentData()
        if goal is None or code is None or code == goal.category:
            return
        self._pending_select = ("goal", goal.id)
        self._run(
            UpdateGoalCommand(
                self.state, goal.id, detail.id, {"category": code}, {"category": goal.category}
            )
        )

    # --- messages ---------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.message.say(text)

    def _run(self, command: Any) -> bool:
        ok = self.state.execute(command)
        if ok:
            self.show_message("")
        return ok

    # --- header edits -----------------------------------------------------------------------

    def _set_header(self, changes: dict[str, Any]) -> None:
        detail = self.detail
        if detail is None or self.state.read_only or detail.locked:
            return
        old = {field: getattr(detail, field) for field in changes}
        if old == changes:
            return
        self._run(UpdateAgreementCommand(self.state, detail.id, changes, old))

    def _set_person(self, role: str, party: _PartyFields) -> None:
        person_id = party.person.currentData()
        choice = next((c for c in self._officials or [] if c.id == person_id), None)
        changes: dict[str, Any] = {f"{role}_id": person_id}
        if choice is not None:
            changes[f"{role}_title"] = choice.detail
        self._set_header(changes)

    def finalize(self) -> bool:
        if self.detail is None:
            return False
        return self._run(FinalizeCommand(self.state, self.detail.id))

    def reopen(self) -> bool:
        if self.detail is None:
            return False
        return self._run(ReopenCommand(self.state, self.detail.id))

    # --- sasaran and IKU --------------------------------------------------------------------

    def _edit_goal_table(self, kind: str, key: str, field: str, text: str) -> bool:
        detail = self.detail
        if detail is None:
            return False
        value = text.strip()
        if kind == "goal":
            goal = self.goal_model.goal_row(key)
            if goal is None:
                return False
            old = {field: getattr(goal, field)}
            return self._run(
                UpdateGoalCommand(self.state, key, detail.id, {field: value or None}, old)
            )
        indicator = self.goal_model.indicator_row(key)
        if indicator is None:
            return False
        if field == "annual_target":
            parsed = (parse_range if indicator.target_form == "range" else parse_number)(value)
            if not parsed.ok:
                self.show_message(parsed.message)
                return False
            values: dict[str, Any] = {"target": parsed.value}
            if indicator.target_form == "range":
                values["target_upper"] = parsed.upper
            return self._run(
                SetPeriodValuesCommand(
                    self.state,
                    key,
                    detail.id,
                    "annual",
                    values,
                    self.tr("Ubah target tahunan"),
                )
            )
        return self._run(
            UpdateIndicatorCommand(
                self.state, key, detail.id, indicator.goal_id, {field: value or None}
            )
        )

    def _selected(self) -> tuple[str, str] | None:
        return self.goal_model.item(self.goal_view.currentIndex())

    def _selected_category(self) -> str:
        item = self._selected()
        detail = self.detail
        assert detail is not None
        if item is not None:
            kind, key = item
            if kind == "category":
                return key
            goal_id = key if kind == "goal" else self._goal_of(key)
            goal = self.goal_model.goal_row(goal_id or "")
            if goal is not None:
                return goal.category
        if detail.categories:
            return detail.categories[0][0]
        return "sasaran"

    def _goal_of(self, indicator_id: str) -> str | None:
        row = self.goal_model.indicator_row(indicator_id)
        return row.goal_id if row else None

    def add_goal(self) -> None:
        if self.detail is None:
            return
        command = AddGoalCommand(
            self.state,
            self.detail.id,
            self.tr("Sasaran baru"),
            self._selected_category(),
            str(len(self.detail.goals) + 1),
        )
        self._pending_edit = True
        if not self._run(command):
            self._pending_edit = False

    def add_indicator(self) -> None:
        item = self._selected()
        if self.detail is None or item is None:
            return
        goal_id = item[1] if item[0] == "goal" else self._goal_of(item[1])
        goal = self.goal_model.goal_row(goal_id or "")
        if goal is None:
            return
        number = str(self.detail.indicator_count() + 1)
        command = AddIndicatorCommand(
            self.state, goal.id, self.detail.id, self.tr("Indikator baru"), number=number
        )
        self._pending_edit = True
        if not self._run(command):
            self._pending_edit = False

    def remove_selected(self) -> None:
        item = self._selected()
        if self.detail is None or item is None:
            return
        kind, key = item
        if kind == "goal":
            self._run(RemoveGoalCommand(self.state, key, self.detail.id))
        elif kind == "indicator":
            goal_id = self._goal_of(key)
            if goal_id:
                self._run(RemoveIndicatorCommand(self.state, key, goal_id, self.detail.id))

    def move_selected(self, offset: int) -> None:
        item = self._selected()
        if self.detail is None or item is None:
            return
        kind, key = item
        if kind == "goal":
            ids = [g.id for g in self.detail.goals]
            position = ids.index(key)
            if 0 <= position + offset < len(ids):
                self._pending_select = ("goal", key)
                self._run(MoveGoalCommand(self.state, key, self.detail.id, offset))
        elif kind == "indicator":
            goal_id = self._goal_of(key)
            goal = self.goal_model.goal_row(goal_id or "")
            if goal is None:
                return
            ids = [i.id for i in goal.indicators]
            position = ids.index(key)
            if 0 <= position + offset < len(ids):
                self._pending_select = ("indicator", key)
                self._run(MoveIndicatorCommand(self.state, key, goal.id, self.detail.id, offset))

    def select_item(self, kind: str, key: str) -> bool:
        index = self.goal_model.find(kind, key)
        if not index.isValid():
            return False
        self.tabs.setCurrentIndex(self.TAB_GOALS)
        self.goal_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.goal_view.scrollTo(index)
        self.goal_view.setFocus()
        return True

    def focus_field(self, field: str | None) -> bool:
        """Show the field a finding names (Pihak, tempat, tanggal, DPA) on its tab."""
        widgets: dict[str, QWidget] = {
            "owner_id": self.owner.person,
            "owner_title": self.owner.title,
            "owner_prefix": self.owner.prefix,
            "superior_id": self.superior.person,
            "superior_title": self.superior.title,
            "superior_prefix": self.superior.prefix,
            "signing_place": self.place,
            "signing_date": self.date,
            "dpa_date": self.dpa_date,
        }
        widget = widgets.get(field or "")
        if widget is None and field and field.startswith(("owner", "superior")):
            widget = self.owner.person if field.startswith("owner") else self.superior.person
        if widget is None:
            return False
        self.tabs.setCurrentIndex(self.TAB_PARTIES)
        widget.setFocus()
        return True

    def _goal_double_clicked(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if item and item[0] == "indicator":
            self.indicatorActivated.emit(item[1])

    def _open_selected_indicator(self) -> None:
        item = self._selected()
        if item and item[0] == "indicator":
            self.indicatorActivated.emit(item[1])

    # --- programs and scans -----------------------------------------------------------------

    def _edit_program(self, program_id: str, field: str, text: str) -> bool:
        detail = self.detail
        if detail is None:
            return False
        program = next((p for p in detail.programs if p.id == program_id), None)
        if program is None:
            return False
        value: Any = text.strip() or None
        if field == "budget":
            parsed = parse_number(text)
            if not parsed.ok or parsed.value is None:
                self.show_message(
                    parsed.message or self.tr("Anggaran wajib diisi (misalnya 8.797.819.537).")
                )
                return False
            value = parsed.value
        if field == "name" and not value:
            self.show_message(self.tr("Nama program wajib diisi."))
            return False
        old = {field: getattr(program, field)}
        return self._run(
            UpdateProgramCommand(self.state, program_id, detail.id, {field: value}, old)
        )

    def add_program(self) -> None:
        if self.detail is not None:
            self._run(AddProgramCommand(self.state, self.detail.id, self.tr("Program baru"), 0))

    def remove_program(self) -> None:
        index = self.program_view.currentIndex()
        if self.detail is not None and index.isValid():
            program_id = index.data(ID_ROLE)
            self._run(RemoveProgramCommand(self.state, program_id, self.detail.id))

    def choose_scan(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Lampirkan pindaian PK bertanda tangan"))
        dialog.setNameFilter(self.tr("PDF atau gambar (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.attach_scan)
        dialog.open()
        return dialog

    def attach_scan(self, path: str) -> bool:
        if self.detail is None or not path:
            return False
        return self._run(AttachScanCommand(self.state, self.detail.id, path))

    def remove_scan(self) -> None:
        index = self.scan_view.currentIndex()
        if self.detail is not None and index.isValid():
            self._run(RemoveAttachmentCommand(self.state, index.data(ID_ROLE), self.detail.id))

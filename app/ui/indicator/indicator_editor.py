"""The IKU editor: targets and realisations with live capaian, the Format-1 metadata form,
the Y-2/Y-1 history and the cascade links."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.engine.agreement import AgreementInput
from app.engine.profile import Profile
from app.services import agreement_read, indicator_read, pickers
from app.services.errors import NotFound
from app.services.indicator_read import IndicatorDetail

from app.ui.indicator.commands import (
    SetHistoryCommand,
    SetPeriodValuesCommand,
    UpdateIndicatorCommand,
    period_value_text,
)
from app.ui.indicator.history_table_model import GoalWeightsTableModel, HistoryTableModel
from app.ui.indicator.period_values_model import PERIODS, PeriodResult, PeriodValuesTableModel
from app.ui.shell.workspace_state import Change, WorkspaceState
from app.ui.widgets.delegates import NumberDelegate
from app.ui.widgets.form_widgets import CommitLineEdit, CommitTextEdit, RadioGroup
from app.ui.widgets.labels import (
    AS_OF,
    CASCADE_METHOD,
    CASCADE_TYPE,
    CATEGORY,
    CONTROL,
    LOCATION_CONSOLIDATION,
    MEASURING_PERIOD,
    PERIOD_CONSOLIDATION,
    POLARITY,
    STATUS,
    TARGET_ASPECT,
    TARGET_FORM,
    VALIDITY,
    band_label,
    choices,
    label,
)
from app.ui.widgets.lock_banner import LockBanner, set_editable
from app.ui.widgets.message_line import ERROR_STYLE, MessageLine
from app.ui.widgets.number_entry import show_number, show_percent

SOURCE_SYSTEMS = ("e-SAKIP", "e-Kinerja", "e-Monev KSD", "CRM", "Jaksurvei", "SIPD", "SIMPEG")
TEXT_FIELDS = (
    "name",
    "number",
    "unit_of_measure",
    "responsible_unit",
    "responsible_person",
    "data_provider",
    "data_source",
)
AREA_FIELDS = ("misi", "goal_description", "definition", "formula", "measurement_text")
RADIO_FIELDS = {
    "control": CONTROL,
    "validity": VALIDITY,
    "cascade_type": CASCADE_TYPE,
    "cascade_method": CASCADE_METHOD,
    "period_consolidation": PERIOD_CONSOLIDATION,
    "location_consolidation": LOCATION_CONSOLIDATION,
    "polarity": POLARITY,
    "measuring_period": MEASURING_PERIOD,
    "target_aspect": TARGET_ASPECT,
    "target_form": TARGET_FORM,
}
# Finding fields (engine names) -> editor fields.
FIELD_ALIASES = {"unit": "unit_of_measure", "reporting_period": "measuring_period"}
GRID_FIELDS = {
    "targets",
    "actuals",
    "annual_target",
    "annual_target_high",
    "TW1",
    "TW2",
    "TW3",
    "TW4",
}
_FLASH_STYLE = "border: 2px solid #EF8F00; border-radius: 3px;"


class PeriodGrid(QTableView):
    """The targets grid: Delete makes the current cell N/A.

    Signals:
        naRequested(QModelIndex)
    """

    naRequested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != (
            QAbstractItemView.State.EditingState
        ):
            self.naRequested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class IndicatorEditor(QWidget):
    """Signals:
    agreementRequested(str, str): open the agreement (id) with the sasaran (id) selected.
    indicatorActivated(str): open another IKU (a cascade parent or child).
    loaded(): the editor (re)read its IKU.
    """

    agreementRequested = Signal(str, str)
    indicatorActivated = Signal(str)
    loaded = Signal()

    TAB_VALUES = 0
    TAB_METADATA = 1
    TAB_HISTORY = 2

    def __init__(self, state: WorkspaceState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.detail: IndicatorDetail | None = None
        self._agreement: AgreementInput | None = None
        self._profile: Profile | None = None
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.timeout.connect(self.reload)

        self.breadcrumb = QLabel(self)
        self.breadcrumb.setObjectName("indicatorBreadcrumb")
        self.breadcrumb.setWordWrap(True)
        self.title = QLabel(self)
        self.title.setObjectName("indicatorTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel(self)
        self.facts.setObjectName("indicatorFacts")
        self.facts.setWordWrap(True)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backToAgreement")
        self.back_button.clicked.connect(self._back)
        header = QGridLayout()
        header.addWidget(self.breadcrumb, 0, 0)
        header.addWidget(self.back_button, 0, 1, Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.title, 1, 0, 1, 2)
        header.addWidget(self.facts, 2, 0, 1, 2)
        header.setColumnStretch(0, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("indicatorTabs")
        self.tabs.addTab(self._build_values_tab(), "")
        self.tabs.addTab(self._build_metadata_tab(), "")
        self.tabs.addTab(self._build_history_tab(), "")
        self.lock_banner = LockBanner("indicatorLockBanner", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.lock_banner)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        state.changed.connect(self._on_change)
        state.periodChanged.connect(lambda _p: self._show_summary())
        self.retranslate()

    # --- building ---------------------------------------------------------------------------

    def _build_values_tab(self) -> QWidget:
        page = QWidget(self)
        self.values_model = PeriodValuesTableModel(self)
        self.values_model.edit_handler = self._edit_value
        self.values_model.inputRejected.connect(self.show_message)
        self.values_model.previewChanged.connect(self._show_summary)
        self.grid = PeriodGrid(page)
        self.grid.setObjectName("periodGrid")
        self.grid.setModel(self.values_model)
        self.grid_delegate = NumberDelegate(self.grid)
        self.grid.setItemDelegate(self.grid_delegate)
        self.grid_delegate.textEdited.connect(self.values_model.preview)
        self.grid_delegate.editingDone.connect(self.values_model.clear_preview)
        self.grid.naRequested.connect(self.set_na)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = self.grid.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._grid_menu)
        self.raw_check = QCheckBox(page)
        self.raw_check.setObjectName("showRawData")
        self.raw_check.toggled.connect(self._toggle_raw)
        self.message = MessageLine("gridMessage", page, style=f"{ERROR_STYLE} font-weight: bold;")
        self.hint = QLabel(page)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #546E7A;")

        self.summary_box = QGroupBox(page)
        self.summary_labels: dict[str, QLabel] = {}
        self._summary_captions: dict[str, QLabel] = {}
        summary = QFormLayout(self.summary_box)
        for key in ("capaian", "weight", "weighted", "goal", "overall"):
            caption = QLabel(self.summary_box)
            value = QLabel(self.summary_box)
            value.setObjectName(f"summary_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary_labels[key] = value
            self._summary_captions[key] = caption
            summary.addRow(caption, value)
        self.sibling_model = GoalWeightsTableModel(self)
        self.sibling_view = QTableView(page)
        self.sibling_view.setObjectName("siblingWeights")
        self.sibling_view.setModel(self.sibling_model)
        self.sibling_view.verticalHeader().hide()
        self.sibling_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sibling_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.sibling_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.sibling_view.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary_box, 2)
        bottom.addWidget(self.sibling_view, 3)
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.raw_check)
        layout.addLayout(top)
        layout.addWidget(self.grid)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        layout.addStretch(1)
        self.sibling_view.setMaximumHeight(200)
        return page

    def _build_metadata_tab(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        page = QWidget(scroll)
        scroll.setWidget(page)
        self.fields: dict[str, Any] = {}
        self._field_captions: dict[str, QLabel] = {}
        self._groups: dict[str, QGroupBox] = {}
        layout = QVBoxLayout(page)

        def group(key: str, names: list[str]) -> None:
            box = QGroupBox(page)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for name in names:
                caption = QLabel(box)
                caption.setWordWrap(True)
                self._field_captions[name] = caption
                form.addRow(caption, self._field_widget(name, box))
            self._groups[key] = box
            layout.addWidget(box)

        group(
            "identity",
            [
                "number",
                "name",
                "unit_of_measure",
                "target_aspect",
                "target_form",
                "scale_code",
                "mandatory",
                "rpjmd_indicator_id",
            ],
        )
        group("quality", ["validity", "control"])
        group("measure", ["polarity", "period_consolidation", "measuring_period"])
        group("cascade", ["cascade_type", "cascade_method", "location_consolidation"])
        group("texts", ["definition", "formula", "measurement_text", "misi", "goal_description"])
        group(
            "sources",
            [
                "responsible_unit",
                "responsible_person",
                "data_provider",
                "data_source",
                "source_system",
            ],
        )
        layout.addStretch(1)
        return scroll

    def _field_widget(self, name: str, parent: QWidget) -> QWidget:
        widget: Any
        if name in RADIO_FIELDS:
            widget = RadioGroup(f"field_{name}", parent)
            widget.chosen.connect(lambda value, n=name: self._commit(n, value))
        elif name in AREA_FIELDS:
            lines = 8 if name == "measurement_text" else 3
            widget = CommitTextEdit(f"field_{name}", parent, lines)
            widget.committed.connect(lambda text, n=name: self._commit(n, text, merge=True))
        elif name == "mandatory":
            widget = QCheckBox(parent)
            widget.setObjectName("field_mandatory")
            widget.clicked.connect(lambda checked: self._commit("mandatory", bool(checked)))
        elif name == "rpjmd_indicator_id":  # the province's RPJMD IKU, from its picker
            widget = QComboBox(parent)
            widget.setObjectName("field_rpjmd_indicator_id")
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            widget.activated.connect(
                lambda _i, w=widget: self._commit("rpjmd_indicator_id", w.currentData())
            )
        elif name in ("source_system", "scale_code"):
            widget = QComboBox(parent)
            widget.setObjectName(f"field_{name}")
            if name == "source_system":
                widget.setEditable(True)
                widget.addItems(["", *SOURCE_SYSTEMS])
                line = widget.lineEdit()
                assert line is not None
                line.editingFinished.connect(
                    lambda w=widget: self._commit("source_system", w.currentText().strip())
                )
                widget.activated.connect(
                    lambda _i, w=widget: self._commit("source_system", w.currentText().strip())
                )
            else:
                widget.activated.connect(
                    lambda _i, w=widget: self._commit("scale_code", w.currentData())
                )
        else:
            widget = CommitLineEdit(f"field_{name}", parent)
            widget.committed.connect(lambda text, n=name: self._commit(n, text, merge=True))
        self.fields[name] = widget
        return widget

    def _build_history_tab(self) -> QWidget:
        page = QWidget(self)
        self.history_model = HistoryTableModel(self)
        self.history_model.edit_handler = self._edit_history
        self.history_model.reject_handler = self.show_history_message
        self.history_view = QTableView(page)
        self.history_view.setObjectName("historyTable")
        self.history_view.setModel(self.history_model)
        self.history_view.setItemDelegate(NumberDelegate(self.history_view))
        self.history_view.verticalHeader().hide()
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.history_view.setFixedHeight(
            self.history_view.horizontalHeader().sizeHint().height()
            + 3 * self.history_view.verticalHeader().defaultSectionSize()
            + 4
        )
        self.history_message = QLabel(page)
        self.history_message.setStyleSheet("color: #C62828;")
        self.history_message.hide()
        self.history_caption = QLabel(page)
        self.links_caption = QLabel(page)
        self.links_model = QStandardItemModel(self)
        self.links_view = QTableView(page)
        self.links_view.setObjectName("cascadeLinks")
        self.links_view.setModel(self.links_model)
        self.links_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.links_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.links_view.verticalHeader().hide()
        self.links_view.setWordWrap(True)
        self.links_view.doubleClicked.connect(self._link_activated)
        layout = QVBoxLayout(page)
        layout.addWidget(self.history_caption)
        layout.addWidget(self.history_view)
        layout.addWidget(self.history_message)
        layout.addWidget(self.links_caption)
        layout.addWidget(self.links_view, 1)
        return page

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.tabs.setTabText(self.TAB_VALUES, self.tr("Target && Realisasi"))
        self.tabs.setTabText(self.TAB_METADATA, self.tr("Metadata (Format 1)"))
        self.tabs.setTabText(self.TAB_HISTORY, self.tr("Riwayat && cascading"))
        self.back_button.setText(self.tr("← Kembali ke PK"))
        self.raw_check.setText(self.tr("Data mentah (pembilang/penyebut)"))
        self.raw_check.setToolTip(
            self.tr("Isi realisasi sebagai pembilang dan penyebut, misalnya 79 dari 87 pegawai.")
        )
        self.hint.setText(
            self.tr(
                "Ketik 319,53 atau 319.53 atau 1.234.567. Delete atau “N/A” menjadikan sel N/A "
                "(tidak ada target/realisasi, bukan 0). Capaian dihitung langsung saat mengetik."
            )
        )
        self.summary_box.setTitle(self.tr("Nilai pada periode terpilih"))
        for key, text in (
            ("capaian", self.tr("Capaian IKU")),
            ("weight", self.tr("Bobot IKU (tabel)")),
            ("weighted", self.tr("Bobot tertimbang")),
            ("goal", self.tr("Nilai Sasaran")),
            ("overall", self.tr("Nilai Kinerja PK")),
        ):
            self._summary_captions[key].setText(text + ":")
        titles = {
            "identity": self.tr("Identitas IKU"),
            "quality": self.tr("Kualitas IKU (validitas dan kendali)"),
            "measure": self.tr("Pengukuran"),
            "cascade": self.tr("Cascading"),
            "texts": self.tr("Definisi, formula dan Pengukuran Kinerja"),
            "sources": self.tr("Penanggung jawab dan sumber data"),
        }
        for key, box in self._groups.items():
            box.setTitle(titles[key])
        captions = {
            "number": self.tr("Nomor"),
            "name": self.tr("Nama IKU"),
            "unit_of_measure": self.tr("Satuan pengukuran"),
            "target_aspect": self.tr("Aspek target"),
            "target_form": self.tr("Bentuk target"),
            "scale_code": self.tr("Skala predikat"),
            "mandatory": self.tr("IKU wajib dari atasan"),
            "rpjmd_indicator_id": self.tr("IKU RPJMD yang didukung"),
            "validity": self.tr("Validitas"),
            "control": self.tr("Kendali"),
            "polarity": self.tr("Polarisasi"),
            "period_consolidation": self.tr("Konsolidasi periode"),
            "measuring_period": self.tr("Periode pengukuran"),
            "cascade_type": self.tr("Jenis cascading"),
            "cascade_method": self.tr("Metode cascading"),
            "location_consolidation": self.tr("Konsolidasi lokasi"),
            "definition": self.tr("Definisi"),
            "formula": self.tr("Formula"),
            "measurement_text": self.tr("Pengukuran Kinerja"),
            "misi": self.tr("Misi"),
            "goal_description": self.tr("Deskripsi sasaran"),
            "responsible_unit": self.tr("Unit penanggung jawab"),
            "responsible_person": self.tr("Penanggung jawab"),
            "data_provider": self.tr("Penyedia data"),
            "data_source": self.tr("Sumber data"),
            "source_system": self.tr("Sistem sumber"),
        }
        for name, caption in self._field_captions.items():
            caption.setText(captions[name] + ":")
        for name, table in RADIO_FIELDS.items():
            options: list[tuple[object, str]] = list(choices(table))
            if name == "location_consolidation":
                options.append((None, self.tr("Tidak ada")))
            self.fields[name].set_options(options)
        self.history_caption.setText(self.tr("Riwayat target dan realisasi (Y-2, Y-1)"))
        self.links_caption.setText(
            self.tr("Cascading: IKU atasan dan IKU bawahan (klik ganda untuk membuka)")
        )
        self.links_model.setHorizontalHeaderLabels(
            [
                self.tr("Arah"),
                self.tr("Pejabat"),
                self.tr("IKU"),
                self.tr("Metode"),
                self.tr("Catatan"),
            ]
        )
        links_header = self.links_view.horizontalHeader()  # sections exist once labelled
        links_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        links_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        links_header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        if self.detail is not None:
            self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading ----------------------------------------------------------------------------

    @property
    def indicator_id(self) -> str | None:
        return self.detail.id if self.detail else None

    def load(self, indicator_id: str) -> None:
        changed = self.detail is None or self.detail.id != indicator_id
        self.detail = indicator_read.indicator_detail(self.state.db, indicator_id)
        self._agreement, self._profile = agreement_read.agreement_input(
            self.state.db, self.detail.agreement_id
        )
        if changed:
            self.show_message("")
            self.history_message.hide()
            self.raw_check.blockSignals(True)
            self.raw_check.setChecked(self.detail.uses_raw_data)
            self.raw_check.blockSignals(False)
        self._show()
        self.loaded.emit()

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
        if self.detail is not None and change.agreement_id == self.detail.agreement_id:
            self._schedule_reload()

    @property
    def editable(self) -> bool:
        return self.detail is not None and not self.detail.locked and not self.state.read_only

    def _show(self) -> None:
        detail = self.detail
        assert detail is not None
        editable = self.editable
        self.lock_banner.show_for(
            detail.agreement_status,
            self.tr("Realisasi tetap dapat diisi.")
            if detail.agreement_status == "signed" and not self.state.read_only
            else "",
        )
        self.values_model.editable = editable
        self.values_model.realisations_editable = (
            detail.agreement_status == "signed" and not self.state.read_only
        )
        current = self.grid.currentIndex()
        self.values_model.set_rows(
            detail, self._agreement, self._profile, show_raw=self.raw_check.isChecked()
        )
        if current.isValid():
            self.grid.setCurrentIndex(self.values_model.index(current.row(), current.column()))
        self.grid.setFixedHeight(
            self.grid.horizontalHeader().height()
            + sum(self.grid.rowHeight(r) for r in range(self.values_model.rowCount()))
            + 2 * self.grid.frameWidth()
            + 2
        )
        category = label(CATEGORY, detail.goal_category)
        number = f" {detail.goal_number}" if detail.goal_number else ""
        self.breadcrumb.setText(
            f"{detail.owner_name} · PK {detail.agreement_year} · {category}{number}: {detail.goal_text}"
        )
        meta = detail.metadata
        self.title.setText(
            f"{meta['number']}. {meta['name']}" if meta.get("number") else str(meta["name"])
        )
        self._show_metadata(editable)
        self.history_model.editable = editable
        self.history_model.set_years(detail.agreement_year, detail.history)
        self._show_links()
        self._show_summary()

    def _show_metadata(self, editable: bool) -> None:
        detail = self.detail
        assert detail is not None
        meta = detail.metadata
        for name, widget in self.fields.items():
            value = meta.get(name)
            if isinstance(widget, RadioGroup):
                widget.set_value(value)
                widget.set_read_only(not editable)
            elif isinstance(widget, CommitLineEdit | CommitTextEdit):
                if not (widget.dirty and widget.hasFocus()):
                    widget.show_text(None if value is None else str(value))
                set_editable(widget, editable)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
                widget.setEnabled(editable)
            elif isinstance(widget, QComboBox) and name == "source_system":
                widget.blockSignals(True)
                widget.setEditText(value or "")
                widget.blockSignals(False)
                widget.setEnabled(editable)
            elif isinstance(widget, QComboBox) and name == "rpjmd_indicator_id":
                self._fill_rpjmd(widget, value, editable)
            elif isinstance(widget, QComboBox) and name == "scale_code":
                widget.blockSignals(True)
                widget.clear()
                widget.addItem("—", None)
                for choice in pickers.scale_choices(self.state.db, detail.profile_code):
                    widget.addItem(choice.label, choice.id)
                widget.setCurrentIndex(max(0, widget.findData(value)))
                widget.blockSignals(False)
                widget.setEnabled(editable and meta.get("target_form") == "predicate")
        parts = [
            self.tr("Kualitas: {quality}").format(
                quality=f"{label(VALIDITY, meta.get('validity'))}–{label(CONTROL, meta.get('control'))}"
            ),
            self.tr("Polarisasi: {value}").format(value=label(POLARITY, meta.get("polarity"))),
            self.tr("Konsolidasi: {value}").format(
                value=label(PERIOD_CONSOLIDATION, meta.get("period_consolidation"))
            ),
            self.tr("Diukur: {value}").format(
                value=label(MEASURING_PERIOD, meta.get("measuring_period"))
            ),
            self.tr("Satuan: {value}").format(value=meta.get("unit_of_measure") or "—"),
            self.tr("Status PK: {value}").format(value=label(STATUS, detail.agreement_status)),
        ]
        if meta.get("cascade_method"):
            parts.append(label(CASCADE_METHOD, meta.get("cascade_method")))
        self.facts.setText(" · ".join(parts))

    def _fill_rpjmd(self, widget: QComboBox, current: str | None, editable: bool) -> None:
        """The RPJMD IKU the province sent; a link to one withdrawn since stays shown."""
        choices = pickers.rpjmd_indicator_choices(self.state.db)
        widget.blockSignals(True)
        widget.clear()
        widget.addItem(self.tr("— ikut tautan RPJMD sasarannya"), None)
        for choice in choices:
            widget.addItem(choice.label, choice.id)
            widget.setItemData(widget.count() - 1, choice.detail, Qt.ItemDataRole.ToolTipRole)
        if current is not None and widget.findData(current) < 0:
            widget.addItem(self.tr("(IKU RPJMD yang ditarik)"), current)
        widget.setCurrentIndex(max(0, widget.findData(current)))
        widget.blockSignals(False)
        widget.setEnabled(editable and widget.count() > 1)

    def _show_links(self) -> None:
        detail = self.detail
        assert detail is not None
        self.links_model.removeRows(0, self.links_model.rowCount())
        for direction, rows in (
            (self.tr("Atasan"), detail.parents),
            (self.tr("Bawahan"), detail.children),
        ):
            for link in rows:
                cells = [
                    QStandardItem(direction),
                    QStandardItem(link.owner_name),
                    QStandardItem(link.indicator_name),
                    QStandardItem(label(CASCADE_METHOD, link.method)),
                    QStandardItem(link.note or ""),
                ]
                cells[0].setData(link.indicator_id, Qt.ItemDataRole.UserRole)
                self.links_model.appendRow(cells)
        self.links_view.resizeRowsToContents()

    def current_result(self) -> PeriodResult | None:
        return self.values_model.results.get(self.state.period)

    def _show_summary(self) -> None:
        if self.detail is None:
            return
        result = self.current_result()
        period = label(AS_OF, self.state.period)
        self.summary_box.setTitle(
            self.tr("Nilai pada periode terpilih: {period}").format(period=period)
        )
        if result is None:
            for value in self.summary_labels.values():
                value.setText("—")
            self.sibling_model.set_weights((), "")
            return
        preview = self.values_model.preview_cell is not None
        mark = self.tr(" (pratinjau)") if preview else ""
        capaian = show_percent(result.capaian_to_date)
        if result.capaian_to_date is not None and result.band is not None:
            capaian = f"<b style='color:{result.band.color}'>{capaian} %</b> · {band_label(result.band)}{mark}"
        elif result.na_reason:
            from app.engine.messages import render_message

            from app.ui.shell.i18n import current_language

            capaian = "N/A — " + render_message(
                result.na_reason, {"period": period}, current_language()
            )
        self.summary_labels["capaian"].setText(capaian)
        weight = show_number(result.weight)
        if result.weight_derived:
            weight += self.tr(" (turunan, belum ada di Tabel 4.2)")
        if result.weight == 0:
            weight += self.tr(" (kualitas tidak diperbolehkan)")
        self.summary_labels["weight"].setText(weight)
        self.summary_labels["weighted"].setText(
            f"{show_percent(result.weighted_weight)} %"
            if result.weighted_weight is not None
            else self.tr("N/A — tidak ikut dalam pembobotan periode ini")
        )
        goal = show_percent(result.goal_score)
        if result.goal_band is not None and result.goal_score is not None:
            goal = f"<b style='color:{result.goal_band.color}'>{goal}</b>{mark}"
        self.summary_labels["goal"].setText(goal)
        overall = show_percent(result.overall)
        if result.overall_band is not None and result.overall is not None:
            overall = f"<b style='color:{result.overall_band.color}'>{overall}</b>{mark}"
        self.summary_labels["overall"].setText(overall)
        self.sibling_model.set_weights(result.siblings, self.detail.name)

    # --- editing ----------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.message.say(text)

    def show_history_message(self, text: str) -> None:
        self.history_message.setText(text)
        self.history_message.setVisible(bool(text))

    def _edit_value(self, period: str, values: dict[str, Any], key: str, na: bool) -> bool:
        detail = self.detail
        if detail is None:
            return False
        command = SetPeriodValuesCommand(
            self.state,
            detail.id,
            detail.agreement_id,
            period,
            values,
            period_value_text(key, period, na),
        )
        ok = self.state.execute(command)
        if ok:
            self.show_message("")
        return ok

    def set_na(self, index: QModelIndex) -> bool:
        return index.isValid() and self.values_model.set_na(index)

    def enter_value(self, key: str, period: str, text: str) -> bool:
        """Type `text` into one grid cell as the delegate would (used by tests and scripts)."""
        index = self.values_model.cell(key, period)
        return index.isValid() and self.values_model.setData(index, text)

    def _grid_menu(self, position: QPoint) -> None:
        index = self.grid.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self.grid)
        editable = bool(self.values_model.flags(index) & Qt.ItemFlag.ItemIsEditable)
        edit = QAction(self.tr("Ubah nilai"), menu)
        edit.setEnabled(editable)
        edit.triggered.connect(lambda: self.grid.edit(index))
        na = QAction(self.tr("Jadikan N/A"), menu)
        na.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        na.setEnabled(editable)
        na.triggered.connect(lambda: self.set_na(index))
        menu.addAction(edit)
        menu.addAction(na)
        menu.popup(self.grid.viewport().mapToGlobal(position))

    def _toggle_raw(self, checked: bool) -> None:
        if self.detail is not None:
            self.values_model.set_rows(
                self.detail, self._agreement, self._profile, show_raw=checked
            )
            self._show()

    def _commit(self, field: str, value: Any, *, merge: bool = False) -> None:
        detail = self.detail
        if detail is None or not self.editable:
            return
        if isinstance(value, str):
            value = value.strip() or None
        if detail.metadata.get(field) == value:
            return
        if field == "name" and not value:
            self.show_message(self.tr("Nama IKU wajib diisi."))
            self.fields["name"].show_text(detail.metadata.get("name"))
            return
        command = UpdateIndicatorCommand(
            self.state, detail.id, detail.agreement_id, detail.goal_id, {field: value}, merge=merge
        )
        key = f"{detail.id}:{field}"
        if self.state.execute(command):
            self.state.failed_saves.pop(key, None)
        else:  # still on screen, not stored: closing the window will ask
            self.state.failed_saves[key] = self.tr("{indicator}: {field} — {reason}").format(
                indicator=detail.name,
                field=self._field_captions[field].text().rstrip(":"),
                reason=self.state.last_refusal or "",
            )

    def _edit_history(self, year: int, field: str, value: Decimal | None) -> bool:
        detail = self.detail
        if detail is None:
            return False
        current = next((h for h in detail.history if h.year == year), None)
        target = current.target if current else None
        actual = current.actual if current else None
        if field == "target":
            target = value
        else:
            actual = value
        ok = self.state.execute(
            SetHistoryCommand(self.state, detail.id, detail.agreement_id, year, target, actual)
        )
        if ok:
            self.history_message.hide()
        return ok

    def flush(self) -> None:
        """Save any text still being typed (before closing or switching records)."""
        for widget in self.fields.values():
            if isinstance(widget, CommitLineEdit | CommitTextEdit):
                widget.flush()

    def _back(self) -> None:
        if self.detail is not None:
            self.agreementRequested.emit(self.detail.agreement_id, self.detail.goal_id)

    def _link_activated(self, index: QModelIndex) -> None:
        indicator_id = self.links_model.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        if indicator_id:
            self.indicatorActivated.emit(indicator_id)

    # --- jumping to a field -----------------------------------------------------------------

    def focus_field(self, field: str | None) -> bool:
        """Show and focus the widget of a finding's field (metadata name, TWk, targets…)."""
        if not field:
            return False
        field = FIELD_ALIASES.get(field, field)
        if field in GRID_FIELDS:
            self.tabs.setCurrentIndex(self.TAB_VALUES)
            period = field if field in PERIODS else "annual"
            key = "actual" if field == "actuals" else "target"
            index = self.values_model.cell(key, period)
            self.grid.setCurrentIndex(index)
            self.grid.setFocus()
            return True
        widget = self.fields.get(field)
        if widget is None:
            return False
        self.tabs.setCurrentIndex(self.TAB_METADATA)
        widget.setFocus()
        scroll = self.tabs.widget(self.TAB_METADATA)
        if isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(widget)
        widget.setStyleSheet(_FLASH_STYLE)
        QTimer.singleShot(1500, widget, lambda w=widget: w.setStyleSheet(""))
        return True

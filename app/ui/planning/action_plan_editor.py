"""The Rencana Aksi editor of one IKU (seed 000): RA → KK → T/O with automatic numbering, due
quarter, responsible person, mitigation, status and completion date; the one-click key-phase
skeleton; the `action_plan_gap` findings live; and the reason the Instruksi asks for when a
finalised plan changes (perubahan regulasi / kebijakan pimpinan).

A signed agreement's plan is shown read-only: it changes only through an addendum.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.engine.enums import READONLY_STATUSES
from app.engine.findings import ACTION_PLAN_GAP
from app.services import indicator_read, planning
from app.services.errors import NotFound
from app.services.indicator_read import IndicatorDetail
from app.services.planning import ActionPlanTree

from app.ui.indicator.commands import UpdateIndicatorCommand
from app.ui.planning.action_plan_tree_model import ActionPlanTreeModel, parse_day, quarter_label
from app.ui.planning.commands import (
    AddPlanNodeCommand,
    EditPlanTextCommand,
    MovePlanNodeCommand,
    PhaseSkeletonCommand,
    RemovePlanNodeCommand,
    UpdateOutputCommand,
)
from app.ui.shell.findings_panel import FindingsPanel
from app.ui.shell.rules_dock import FindingRow
from app.ui.shell.workspace_state import Change, WorkspaceState
from app.ui.widgets.delegates import NumberDelegate
from app.ui.widgets.lock_banner import LOCKED_STYLE
from app.ui.widgets.message_line import MessageLine
from app.ui.widgets.reload_when_shown import ReloadWhenShown

BANNER_STYLE = "background: #FFF3CD; color: #5D4200; padding: 6px 10px; border-radius: 3px;"
#: The reasons the Instruksi accepts for changing a finalised Rencana Aksi (seed 000).
PLAN_REASONS = ("regulation_change", "leadership_policy")
CHILD_KIND = {"root": "action_plan", "action_plan": "criterion", "criterion": "output"}


class ChangeReasonDialog(QDialog):
    """Asks why a finalised Rencana Aksi changes; `reason()` is the ChangeReason value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeReasonDialog")
        self.setWindowTitle(self.tr("Alasan perubahan Rencana Aksi"))
        text = QLabel(
            self.tr(
                "Perjanjian kinerja ini sudah final. Instruksi Sekda 4/2024 mengizinkan "
                "perubahan Rencana Aksi hanya karena perubahan regulasi atau kebijakan "
                "pimpinan; alasannya dicatat bersama perubahan."
            ),
            self,
        )
        text.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.regulation = QRadioButton(self.tr("Perubahan regulasi"), self)
        self.policy = QRadioButton(self.tr("Kebijakan pimpinan"), self)
        self.regulation.setChecked(True)
        for button in (self.regulation, self.policy):
            self.group.addButton(button)
        self.remember = QCheckBox(
            self.tr("Pakai alasan ini untuk perubahan berikutnya pada IKU ini"), self
        )
        self.remember.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan perubahan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.regulation)
        layout.addWidget(self.policy)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)

    def reason(self) -> str:
        return PLAN_REASONS[0] if self.regulation.isChecked() else PLAN_REASONS[1]


class ActionPlanEditor(ReloadWhenShown, QWidget):
    """Signals:
    findingsUpdated(): the action_plan_gap findings of the shown IKU were recomputed.
    """

    findingsUpdated = Signal()

    def __init__(self, state: WorkspaceState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionPlanEditor")
        self.state = state
        self.indicator_id: str | None = None
        self.tree: ActionPlanTree | None = None
        self.detail: IndicatorDetail | None = None
        self.reason_dialog: ChangeReasonDialog | None = None
        self._reason: str | None = None  # remembered for this IKU
        self._pending_select: tuple[str, str] | None = None
        self._pending_edit = False

        self.title = QLabel(self)
        self.title.setObjectName("actionPlanTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.banner = QLabel(self)
        self.banner.setObjectName("actionPlanBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.add_plan_button = QPushButton(self)
        self.add_plan_button.setObjectName("addActionPlanButton")
        self.add_criterion_button = QPushButton(self)
        self.add_criterion_button.setObjectName("addCriterionButton")
        self.add_output_button = QPushButton(self)
        self.add_output_button.setObjectName("addOutputButton")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removePlanNodeButton")
        self.up_button = QPushButton(self)
        self.up_button.setObjectName("movePlanNodeUpButton")
        self.down_button = QPushButton(self)
        self.down_button.setObjectName("movePlanNodeDownButton")
        self.skeleton_button = QPushButton(self)
        self.skeleton_button.setObjectName("phaseSkeletonButton")
        self.add_plan_button.clicked.connect(lambda: self.add_node("action_plan"))
        self.add_criterion_button.clicked.connect(lambda: self.add_node("criterion"))
        self.add_output_button.clicked.connect(lambda: self.add_node("output"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.skeleton_button.clicked.connect(self.create_skeleton)
        buttons = QHBoxLayout()
        for button in (
            self.add_plan_button,
            self.add_criterion_button,
            self.add_output_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.skeleton_button)

        self.model = ActionPlanTreeModel(self)
        self.model.edit_handler = self._edit
        self.view = QTreeView(self)
        self.view.setObjectName("actionPlanTree")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.delegate = NumberDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ActionPlanTreeModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (ActionPlanTreeModel.COL_NUMBER, 140),  # "T/O1.1.1" two levels deep
            (ActionPlanTreeModel.COL_DUE, 64),
            (ActionPlanTreeModel.COL_RESPONSIBLE, 140),
            (ActionPlanTreeModel.COL_MITIGATION, 130),
            (ActionPlanTreeModel.COL_STATUS, 124),
            (ActionPlanTreeModel.COL_COMPLETED, 104),
        ):
            header.resizeSection(column, width)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.up_button.setShortcut("Alt+Up")
        self.down_button.setShortcut("Alt+Down")

        self.coverage = QLabel(self)
        self.coverage.setObjectName("quarterCoverage")
        self.coverage.setTextFormat(Qt.TextFormat.RichText)
        self.source_label = QLabel(self)
        self.source = QComboBox(self)
        self.source.setObjectName("completionSource")
        for value in ("none", "action_plan", "ksd"):
            self.source.addItem("", value)
        self.source.activated.connect(self._source_chosen)
        source_row = QHBoxLayout()
        source_row.addWidget(self.coverage, 1)
        source_row.addWidget(self.source_label)
        source_row.addWidget(self.source)

        self.findings = FindingsPanel("actionPlanFindings", self, show_rule=False)
        self.findings.updated.connect(self.findingsUpdated)
        splitter = self.findings.under(self.view)

        self.message = MessageLine("actionPlanMessage", self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addLayout(source_row)
        layout.addWidget(self.message)
        state.changed.connect(self._on_change)
        self.retranslate()

    # --- texts ------------------------------------------------------------------------------

    def tab_title(self) -> str:
        return self.tr("Rencana Aksi")

    def retranslate(self) -> None:
        self.add_plan_button.setText(self.tr("Tambah RA"))
        self.add_plan_button.setToolTip(self.tr("Tambah rencana aksi (RA)"))
        self.add_criterion_button.setText(self.tr("Tambah KK"))
        self.add_criterion_button.setToolTip(
            self.tr("Tambah kriteria keberhasilan (KK) pada RA terpilih")
        )
        self.add_output_button.setText(self.tr("Tambah T/O"))
        self.add_output_button.setToolTip(self.tr("Tambah target/output (T/O) pada KK terpilih"))
        self.remove_button.setText(self.tr("Hapus"))
        self.up_button.setText(self.tr("Naik"))
        self.up_button.setToolTip(self.tr("Pindahkan ke atas; nomor menyesuaikan (Alt+↑)"))
        self.down_button.setText(self.tr("Turun"))
        self.down_button.setToolTip(self.tr("Pindahkan ke bawah; nomor menyesuaikan (Alt+↓)"))
        self.skeleton_button.setText(self.tr("Buat kerangka tahapan kunci"))
        self.skeleton_button.setToolTip(
            self.tr(
                "Satu klik: RA untuk fase perencanaan, pelaksanaan, aktivitas kunci serta "
                "monitoring dan evaluasi, masing-masing dengan KK dan T/O per triwulan."
            )
        )
        self.source_label.setText(self.tr("Realisasi IKU dari penyelesaian:"))
        for index, text in enumerate(
            (
                self.tr("— (diisi manual)"),
                self.tr("Rencana Aksi ini"),
                self.tr("KSD yang ditautkan"),
            )
        ):
            self.source.setItemText(index, text)
        self.source.setToolTip(
            self.tr(
                "IKU “persentase penyelesaian rencana aksi” mengambil realisasinya dari "
                "T/O atau target bulan KSD yang selesai tepat waktu (selesai / jatuh tempo × 100)."
            )
        )
        self.findings.label.setText(self.tr("Temuan aturan Rencana Aksi (action_plan_gap)"))
        if self.tree is not None:
            self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading ----------------------------------------------------------------------------

    def load(self, indicator_id: str) -> None:
        """Show the plan of `indicator_id` (read now if visible, else when shown)."""
        if indicator_id != self.indicator_id:
            self._reason = None
            self.tree = None
            self.detail = None
            self.show_message("")
        self.indicator_id = indicator_id
        self.reload_now_or_when_shown()

    def reload(self) -> None:
        if self.indicator_id is None:
            return
        self._dirty = False
        try:
            self.detail = indicator_read.indicator_detail(self.state.db, self.indicator_id)
            self.tree = planning.action_plan_tree(self.state.db, self.indicator_id)
        except NotFound:
            self.tree = self.detail = None
            self.model.set_rows(None)
            return
        self._show()
        self.refresh_findings()

    def _on_change(self, change: Change) -> None:
        if self.detail is not None and change.agreement_id == self.detail.agreement_id:
            # A check started before this change would report the old plan and emit
            # findingsUpdated ahead of the reload's own check: drop it now.
            self.findings.invalidate()
            self.reload_soon()

    @property
    def locked(self) -> bool:
        return self.tree is None or self.tree.agreement_status in READONLY_STATUSES

    @property
    def editable(self) -> bool:
        return not self.locked and not self.state.read_only

    def _show(self) -> None:
        tree = self.tree
        detail = self.detail
        assert tree is not None and detail is not None
        previous = self.model.item(self.view.currentIndex())
        self.model.editable = self.editable
        self.model.set_rows(tree)
        self.view.expandAll()
        target = self._pending_select or previous
        self._pending_select = None
        if target is not None:
            index = self.model.find(*target)
            if index.isValid():
                self.view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.view.scrollTo(index)
                if self._pending_edit:
                    self._pending_edit = False
                    self.view.edit(index.siblingAtColumn(ActionPlanTreeModel.COL_TEXT))
        self.title.setText(self.tr("Rencana Aksi IKU: {name}").format(name=tree.indicator_name))
        if tree.agreement_status in READONLY_STATUSES:
            self.banner.setStyleSheet(LOCKED_STYLE)
            self.banner.setText(
                self.tr(
                    "PK ini sudah ditandatangani, jadi Rencana Aksinya hanya dapat dibaca. "
                    "Perubahan dilakukan lewat addendum PK."
                )
            )
            self.banner.show()
        elif tree.agreement_status == "final":
            self.banner.setStyleSheet(BANNER_STYLE)
            self.banner.setText(
                self.tr(
                    "PK ini sudah final: setiap perubahan Rencana Aksi dicatat bersama alasannya "
                    "(perubahan regulasi atau kebijakan pimpinan)."
                )
            )
            self.banner.show()
        elif self.state.read_only:
            self.banner.setStyleSheet(LOCKED_STYLE)
            self.banner.setText(self.tr("Basis data dibuka hanya-baca."))
            self.banner.show()
        else:
            self.banner.hide()
        counts = {q: 0 for q in (1, 2, 3, 4)}
        for plan in tree.plans:
            for criterion in plan.criteria:
                for output in criterion.outputs:
                    counts[output.due_quarter] = counts.get(output.due_quarter, 0) + 1
        parts = []
        for quarter, count in counts.items():
            text = f"{quarter_label(quarter)}: {count}"
            parts.append(f"<b style='color:#C62828'>{text}</b>" if count == 0 else text)
        self.coverage.setText(self.tr("T/O per triwulan: ") + " · ".join(parts))
        source = str(detail.metadata.get("completion_source") or "none")
        self.source.setCurrentIndex(max(0, self.source.findData(source)))
        self.source.setEnabled(self.editable)
        self._update_buttons()

    # --- findings ---------------------------------------------------------------------------

    def refresh_findings(self) -> None:
        """Recompute rule action_plan_gap for this IKU in the background."""
        detail = self.detail
        if detail is None:
            return
        indicator_id = detail.id

        def shown(rows: list[FindingRow]) -> None:
            hint = any(r.finding.indicator_id == indicator_id for r in rows)
            self.skeleton_button.setDefault(hint)
            self.findings.label.setText(
                self.tr("Temuan aturan Rencana Aksi: {n}").format(n=len(rows))
                if rows
                else self.tr("Temuan aturan Rencana Aksi: tidak ada — setiap triwulan terisi.")
            )

        self.findings.refresh(
            self.state.db,
            detail.agreement_id,
            lambda f: f.rule == ACTION_PLAN_GAP and f.indicator_id in (indicator_id, None),
            shown,
        )

    # --- buttons ----------------------------------------------------------------------------

    def _selected(self) -> tuple[str, str] | None:
        return self.model.item(self.view.currentIndex())

    def _update_buttons(self) -> None:
        editable = self.editable and self.tree is not None
        item = self._selected()
        kind = item[0] if item else None
        index = self.view.currentIndex()
        self.add_plan_button.setEnabled(editable)
        self.add_criterion_button.setEnabled(editable and kind is not None)
        self.add_output_button.setEnabled(editable and kind in ("criterion", "output"))
        self.remove_button.setEnabled(editable and kind is not None)
        self.up_button.setEnabled(editable and kind is not None and index.row() > 0)
        self.down_button.setEnabled(
            editable and kind is not None and index.row() < self.model.sibling_count(index) - 1
        )
        self.skeleton_button.setEnabled(editable)

    def show_message(self, text: str) -> None:
        self.message.say(text)

    def _run(self, command: Any) -> bool:
        return self.message.run(self.state, command, self.tr("Perubahan tidak dapat disimpan."))

    def _with_reason(self, action: Any) -> None:
        """Run `action(reason)`, asking the reason first when the agreement is final."""
        if self.tree is None or self.tree.agreement_status != "final":
            action(None)
            return
        if self._reason is not None:
            action(self._reason)
            return
        dialog = ChangeReasonDialog(self)
        self.reason_dialog = dialog

        def finished(result: int) -> None:
            self.reason_dialog = None
            if result == QDialog.DialogCode.Accepted:
                reason = dialog.reason()
                if dialog.remember.isChecked():
                    self._reason = reason
                action(reason)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def _ids(self) -> tuple[str, str]:
        detail = self.detail
        assert detail is not None
        return detail.id, detail.agreement_id

    def add_node(self, kind: str) -> None:
        if not self.editable or self.tree is None:
            return
        indicator_id, agreement_id = self._ids()
        index = self.view.currentIndex()
        item = self.model.item(index)
        parent_id = indicator_id
        due = None
        if kind == "criterion":
            if item is None:
                return
            parent_id = (
                item[1] if item[0] == "action_plan" else self._ancestor(index, "action_plan") or ""
            )
        elif kind == "output":
            if item is None or item[0] == "action_plan":
                return
            parent_id = item[1] if item[0] == "criterion" else self.model.parent_key(index) or ""
            covered = self.tree.quarters_covered
            due = next((q for q in (1, 2, 3, 4) if q not in covered), None)
            if due is None and item[0] == "output":
                due = self.model.payload(index).due_quarter
        text = {
            "action_plan": self.tr("Rencana aksi baru"),
            "criterion": self.tr("Kriteria keberhasilan baru"),
            "output": self.tr("Target/output baru"),
        }[kind]

        def run(reason: str | None) -> None:
            command = AddPlanNodeCommand(
                self.state,
                kind,
                parent_id,
                indicator_id,
                agreement_id,
                text,
                reason=reason,
                due_quarter=due or 1,
            )
            self._pending_edit = True
            if self._run(command):
                self._pending_select = (kind, command.node_id)
            else:
                self._pending_edit = False

        self._with_reason(run)

    def _ancestor(self, index: QModelIndex, kind: str) -> str | None:
        while index.isValid():
            item = self.model.item(index)
            if item and item[0] == kind:
                return item[1]
            index = index.parent()
        return None

    def remove_selected(self) -> None:
        item = self._selected()
        if item is None or not self.editable:
            return
        indicator_id, agreement_id = self._ids()
        kind, node_id = item
        self._with_reason(
            lambda reason: self._run(
                RemovePlanNodeCommand(
                    self.state, kind, node_id, indicator_id, agreement_id, reason=reason
                )
            )
        )

    def move_selected(self, offset: int) -> None:
        index = self.view.currentIndex()
        item = self.model.item(index)
        if item is None or not self.editable:
            return
        if not 0 <= index.row() + offset < self.model.sibling_count(index):
            return
        indicator_id, agreement_id = self._ids()
        self._pending_select = item
        self._run(
            MovePlanNodeCommand(self.state, item[0], item[1], indicator_id, agreement_id, offset)
        )

    def create_skeleton(self) -> None:
        if not self.editable:
            return
        indicator_id, agreement_id = self._ids()
        self._with_reason(
            lambda reason: self._run(
                PhaseSkeletonCommand(self.state, indicator_id, agreement_id, reason=reason)
            )
        )

    def select_item(self, kind: str, key: str) -> bool:
        index = self.model.find(kind, key)
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def _source_chosen(self, _index: int) -> None:
        detail = self.detail
        if detail is None or not self.editable:
            return
        value = self.source.currentData()
        if value == (detail.metadata.get("completion_source") or "none"):
            return
        self._run(
            UpdateIndicatorCommand(
                self.state,
                detail.id,
                detail.agreement_id,
                detail.goal_id,
                {"completion_source": value},
            )
        )

    # --- cell edits -------------------------------------------------------------------------

    def _edit(self, kind: str, node_id: str, field: str, value: Any) -> bool:
        if not self.editable:
            return False
        index = self.model.find(kind, node_id)
        node = self.model.payload(index)
        if node is None:
            return False
        indicator_id, agreement_id = self._ids()
        if field == "text":
            text = str(value).strip()
            if not text:
                self.show_message(self.tr("Teks tidak boleh kosong."))
                return False
            if text == node.text:
                return False
            self._with_reason(
                lambda reason: self._run(
                    EditPlanTextCommand(
                        self.state,
                        kind,
                        node_id,
                        indicator_id,
                        agreement_id,
                        text=text,
                        old_text=node.text,
                        reason=reason,
                    )
                )
            )
            return True
        if field == "mitigation" and kind == "action_plan":
            if (str(value).strip() or None) == node.mitigation:
                return False
            self._with_reason(
                lambda reason: self._run(
                    EditPlanTextCommand(
                        self.state,
                        kind,
                        node_id,
                        indicator_id,
                        agreement_id,
                        text=node.text,
                        old_text=node.text,
                        mitigation=str(value).strip(),
                        old_mitigation=node.mitigation,
                        reason=reason,
                    )
                )
            )
            return True
        if kind != "output":
            return False
        if field == "completed_on":
            ok, day, message = parse_day(str(value))
            if not ok:
                self.show_message(message)
                return False
            value = day
        elif field in ("responsible", "mitigation"):
            value = str(value).strip() or None
        if getattr(node, field) == value:
            return False
        text = {
            "due_quarter": self.tr("Ubah waktu T/O"),
            "responsible": self.tr("Ubah penanggung jawab T/O"),
            "mitigation": self.tr("Ubah mitigasi T/O"),
            "status": self.tr("Ubah status T/O"),
            "completed_on": self.tr("Ubah tanggal selesai T/O"),
        }[field]

        def run(reason: str | None) -> None:
            self._run(
                UpdateOutputCommand(
                    self.state,
                    node_id,
                    indicator_id,
                    agreement_id,
                    {field: value},
                    text=text,
                    reason=reason,
                )
            )

        if field == "due_quarter":
            self._with_reason(run)
        else:
            run(None)
        return True

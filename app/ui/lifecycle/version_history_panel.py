"""The "Versi & penandatanganan" tab of an agreement: where it stands in its life (draft →
final → signed → superseded), the buttons for the next step, the family of versions (original,
addenda, PK Pengganti) and, for an addendum, the before/after of every changed target.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import versions
from app.services.errors import NotFound
from app.services.versions import VersionHistory

from app.ui.lifecycle.lifecycle_dialogs import AddendumDialog, ReplacementDialog, SignDialog
from app.ui.lifecycle.version_table_models import (
    ID_ROLE,
    AddendumChangeTableModel,
    VersionTableModel,
    reason_label,
)
from app.ui.shell.availability import Reasons, Selection, offer, set_tip
from app.ui.shell.workspace_state import Change, WorkspaceState
from app.ui.widgets.labels import KIND, PERIOD, STATUS, label
from app.ui.widgets.read_only_table import read_only_table
from app.ui.widgets.reload_when_shown import ReloadWhenShown

STATUS_STYLES = {
    "draft": "background: #E3F2FD; color: #0D47A1;",
    "final": "background: #FFF3CD; color: #5D4200;",
    "signed": "background: #E8F5E9; color: #1B5E20;",
    "superseded": "background: #ECEFF1; color: #37474F;",
}


class VersionHistoryPanel(ReloadWhenShown, QWidget):
    """Signals:
    agreementActivated(str): open this agreement (a version, or a new addendum/pengganti).
    finalizeRequested(str): "Finalkan" pressed for this agreement.
    """

    agreementActivated = Signal(str)
    finalizeRequested = Signal(str)

    def __init__(self, state: WorkspaceState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionHistoryPanel")
        self.state = state
        self.agreement_id: str | None = None
        self.history: VersionHistory | None = None
        self.dialog: Any = None

        self.status = QLabel(self)
        self.status.setObjectName("lifecycleStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.reasons = Reasons(self)
        self.finalize_button = QPushButton(self)
        self.finalize_button.setObjectName("lifecycleFinalizeButton")
        self.sign_button = QPushButton(self)
        self.sign_button.setObjectName("signButton")
        self.addendum_button = QPushButton(self)
        self.addendum_button.setObjectName("addendumButton")
        self.replacement_button = QPushButton(self)
        self.replacement_button.setObjectName("replacementButton")
        self.finalize_button.clicked.connect(
            lambda: self.agreement_id and self.finalizeRequested.emit(self.agreement_id)
        )
        self.sign_button.clicked.connect(self.open_sign_dialog)
        self.addendum_button.clicked.connect(self.open_addendum_dialog)
        self.replacement_button.clicked.connect(self.open_replacement_dialog)
        buttons = QHBoxLayout()
        for button in (
            self.finalize_button,
            self.sign_button,
            self.addendum_button,
            self.replacement_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.versions_label = QLabel(self)
        self.model = VersionTableModel(self)
        self.table = read_only_table("versionTable", self.model, self, None)
        self.table.doubleClicked.connect(self._open_version)

        self.changes_label = QLabel(self)
        self.changes_model = AddendumChangeTableModel(self)
        self.changes_table = QTableView(self)
        self.changes_table.setObjectName("addendumChanges")
        self.changes_table.setModel(self.changes_model)
        self.changes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes_table.verticalHeader().hide()
        changes_header = self.changes_table.horizontalHeader()
        changes_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        changes_header.setSectionResizeMode(
            AddendumChangeTableModel.COL_INDICATOR, QHeaderView.ResizeMode.Stretch
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.versions_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.changes_table, 1)
        state.changed.connect(self._on_change)
        self.retranslate()

    # --- texts ------------------------------------------------------------------------------

    def tab_title(self) -> str:
        return self.tr("Versi && penandatanganan")

    def retranslate(self) -> None:
        self.finalize_button.setText(self.tr("Finalkan"))
        set_tip(
            self.finalize_button,
            self.tr("Tetapkan PK sebagai final; ditolak selama Panel Aturan masih berisi galat."),
        )
        self.sign_button.setText(self.tr("Tandai sudah ditandatangani…"))
        set_tip(
            self.sign_button,
            self.tr("Cetak set PK, simpan sidik cetakan dan pindaian bertanda tangan"),
        )
        self.addendum_button.setText(self.tr("Buat Addendum…"))
        set_tip(self.addendum_button, self.tr("Ubah target PK yang sudah ditandatangani"))
        self.replacement_button.setText(self.tr("Buat PK Pengganti…"))
        set_tip(
            self.replacement_button,
            self.tr("PK baru bagi pejabat pengganti, mulai periode tertentu"),
        )
        self.versions_label.setText(self.tr("Riwayat versi (klik ganda untuk membuka):"))
        if self.history is not None:
            self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading ----------------------------------------------------------------------------

    def load(self, agreement_id: str) -> None:
        self.agreement_id = agreement_id
        self.reload_now_or_when_shown()

    def reload(self) -> None:
        if self.agreement_id is None:
            return
        self._dirty = False
        try:
            self.history = versions.version_history(self.state.db, self.agreement_id)
        except NotFound:
            self.history = None
            self.model.set_rows([])
            return
        self._show()

    def _on_change(self, change: Change) -> None:
        if self.agreement_id is None:
            return
        if change.kind in ("agreement", "values") or change.agreement_id == self.agreement_id:
            self.reload_soon()

    def _show(self) -> None:
        history = self.history
        assert history is not None
        row = history.version(history.agreement_id)
        writable = not self.state.read_only
        self.model.current_id = history.agreement_id
        self.model.set_rows(history.versions)
        current = self.model.row_of(history.agreement_id)
        if current >= 0:
            self.table.selectRow(current)
        self.changes_model.set_rows(history.changes)
        is_addendum = history.kind == "addendum"
        self.changes_label.setVisible(is_addendum)
        self.changes_table.setVisible(is_addendum)
        if is_addendum:
            self.changes_label.setText(
                self.tr("Perubahan target addendum ini (sebelum → sesudah): {n}").format(
                    n=len(history.changes)
                )
                if history.changes
                else self.tr(
                    "Addendum ini belum mengubah target. Ubah target periode mulai {period} di "
                    "tab IKU; periode sebelumnya terkunci."
                ).format(period=label(PERIOD, row.effective_from if row else None))
            )
        self.finalize_button.setVisible(history.status == "draft")
        selection = Selection(
            database=True,
            writable=writable,
            kind="agreement",
            status=history.status,
            can_amend=history.can_amend,
        )
        offer(self.finalize_button, self.reasons.finalize(selection))
        offer(self.sign_button, self.reasons.sign(selection))
        offer(self.addendum_button, self.reasons.amend(selection))
        offer(self.replacement_button, self.reasons.amend(selection))
        self.status.setStyleSheet(
            STATUS_STYLES.get(history.status, "") + "padding: 8px; border-radius: 4px;"
        )
        self.status.setText(self._status_text(history))

    def _status_text(self, history: VersionHistory) -> str:
        row = history.version(history.agreement_id)
        status = label(STATUS, history.status)
        kind = label(KIND, history.kind)
        head = f"<b>{kind} · {status}</b>"
        if row is not None and row.effective_from and history.kind != "original":
            head += " · " + self.tr("berlaku mulai {period}").format(
                period=label(PERIOD, row.effective_from)
            )
            if row.change_reason:
                head += " · " + reason_label(row.change_reason)
        explain = {
            "draft": self.tr(
                "Draf dapat diubah bebas. Finalkan bila Panel Aturan tidak berisi galat."
            ),
            "final": self.tr(
                "Final: cetak set PK untuk tanda tangan basah rangkap dua, lalu tandai sudah "
                "ditandatangani dengan pindaiannya."
            ),
            "signed": self.tr(
                "Sudah ditandatangani: isi PK beku dan hanya dapat dibaca. Perubahan target "
                "dilakukan lewat addendum; pergantian pejabat lewat PK pengganti."
            ),
            "superseded": self.tr(
                "Digantikan oleh versi yang lebih baru; PK ini hanya dapat dibaca."
            ),
        }.get(history.status, "")
        if history.status == "signed" and row is not None and row.signed_pdf_sha256:
            explain += "<br>" + self.tr("SHA-256 cetakan: {digest}").format(
                digest=row.signed_pdf_sha256
            )
        if history.pending_version_id:
            explain += "<br>" + self.tr(
                "Ada addendum/PK pengganti yang belum ditandatangani; lanjutkan yang itu."
            )
        return f"{head}<br>{explain}"

    # --- actions ----------------------------------------------------------------------------

    def _open_version(self, index: QModelIndex) -> None:
        agreement_id = index.data(ID_ROLE)
        if agreement_id and agreement_id != self.agreement_id:
            self.agreementActivated.emit(agreement_id)

    def _opened(self, dialog: Any) -> Any:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def open_sign_dialog(self) -> SignDialog | None:
        if self.agreement_id is None or self.history is None or not self.history.can_sign:
            return None
        dialog = SignDialog(self.state, self.agreement_id, self)
        return self._opened(dialog)

    def open_addendum_dialog(self) -> AddendumDialog | None:
        if self.agreement_id is None or self.history is None or not self.history.can_amend:
            return None
        dialog = AddendumDialog(self.state, self.agreement_id, self)
        dialog.created.connect(self.agreementActivated)
        return self._opened(dialog)

    def open_replacement_dialog(self) -> ReplacementDialog | None:
        if self.agreement_id is None or self.history is None or not self.history.can_amend:
            return None
        dialog = ReplacementDialog(self.state, self.agreement_id, self)
        dialog.created.connect(self.agreementActivated)
        return self._opened(dialog)

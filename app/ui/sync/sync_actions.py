"""The Sinkronisasi menu ("Kirim ke Provinsi…", "Terima berkas…", the installation key) and
the sync state shown in the agreement header and on each agreement of the unit's tree
("belum dikirim", "terkirim", "diterima provinsi", "dikembalikan: alasan").

The main window creates this once (`SyncActions(window)`); it follows `databaseAttached` and
the tree's selection by itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QWidget

from app.ui.shell.availability import offer, set_tip
from app.ui.shell.i18n import current_language

if TYPE_CHECKING:
    from app.services.tree import TreeNode

    from app.ui.shell.main_window import MainWindow
    from app.ui.sync.keys_dialog import KeysDialog
    from app.ui.sync.receipt_dialog import ReceiptDialog
    from app.ui.sync.receive_dialog import ReceiveDialog
    from app.ui.sync.send_dialog import SendDialog

_STATE_COLOURS = {
    "not_sent": "#6B6B6B",
    "exported": "#1F5FA8",
    "synced": "#2E7D32",
    "returned": "#B3261E",
}


def _layout_holding(layout: QLayout, widget: QWidget) -> QBoxLayout | None:
    """The box layout (at any depth) that holds `widget`."""
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        child = layout.itemAt(index).layout()
        if child is not None:
            found = _layout_holding(child, widget)
            if found is not None:
                return found
    return None


class SyncActions(QObject):
    """Menu entries and the header label of the sync feature (see the module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.send_dialog: SendDialog | None = None
        self.receive_dialog: ReceiveDialog | None = None
        self.state_label: QLabel | None = None
        self._editor: QWidget | None = None
        self.agreement_id: str | None = None

        def action(name: str, slot: object) -> QAction:
            act = QAction(window)
            act.setObjectName(name)
            act.triggered.connect(slot)
            window.addAction(act)
            return act

        self.act_send = action("actSendToProvince", self.open_send)
        self.act_receive = action("actReceiveFiles", self.open_receive)
        self.act_receipt = action("actWriteReceipt", self.open_receipt)
        self.act_key = action("actInstallationKey", self.show_key)
        self.menu = window.menuBar().addMenu("")
        self.menu.setObjectName("menuSync")
        window.menuBar().insertMenu(window.menu_settings.menuAction(), self.menu)
        self.menu.addActions([self.act_send, self.act_receive, self.act_receipt])
        self.menu.addSeparator()
        self.menu.addAction(self.act_key)
        window.menu_settings.addAction(self.act_key)  # Settings shows the keys too
        self.keys_dialog: KeysDialog | None = None
        self.receipt_dialog: ReceiptDialog | None = None
        window.databaseAttached.connect(self._attached)
        window.installEventFilter(self)
        # Any edit may make an agreement "belum dikirim" again: refresh once the edits settle.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(400)
        self._refresh_timer.timeout.connect(self.refresh_states)
        window.undo_stack.indexChanged.connect(lambda _i: self._refresh_timer.start())
        self.retranslate()
        self.update_actions()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Si&nkronisasi"))
        self.act_send.setText(self.tr("&Kirim ke Provinsi…"))
        set_tip(self.act_send, self.tr("Tulis bundel bertanda tangan ke folder atau flashdisk"))
        self.act_receive.setText(self.tr("&Terima berkas…"))
        set_tip(self.act_receive, self.tr("Periksa dan terapkan bundel atau tanda terima"))
        self.act_receipt.setText(self.tr("Tulis tanda t&erima…"))
        set_tip(
            self.act_receipt,
            self.tr(
                "Setujui atau kembalikan perjanjian yang diterima, dalam tanda terima bertanda tangan"
            ),
        )
        self.act_key.setText(self.tr("Kunci dan &kepercayaan…"))
        self.refresh_states()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def update_actions(self) -> None:
        reason = self.window.reasons.write(self.window.selection())
        offer(self.act_send, reason)
        offer(self.act_receive, reason)
        offer(self.act_receipt, reason)

    # --- database and selection ------------------------------------------------------------

    def _attached(self) -> None:
        self.update_actions()
        window = self.window
        if window.tree_pane is not None:
            window.tree_pane.nodeSelected.connect(self.node_selected)
        self._refresh_tree()
        self._note_copy()
        editor = window.agreement_editor
        # A database switch builds a new editor: give it its own label.
        if editor is not None and editor is not self._editor:
            self._editor = editor
            holder = _layout_holding(editor.layout(), editor.status_label)
            self.state_label = QLabel(editor)
            self.state_label.setObjectName("agreementSyncState")
            if holder is not None:
                holder.insertWidget(holder.indexOf(editor.status_label) + 1, self.state_label)

    def node_selected(self, node: TreeNode | None) -> None:
        from app.services import tree

        self.agreement_id = node.id if node is not None and node.kind == tree.AGREEMENT else None
        self._show_state()

    def _note_copy(self) -> None:
        """A copied database file gets its own origin at its first write: say so once."""
        db = self.window.db
        if db is None or db.read_only:
            return
        from app.sync.origin import copied_note

        note = copied_note(db, current_language())
        if note:
            self.window.statusBar().showMessage(note, 20000)

    def refresh_states(self) -> None:
        """The header label and the tree's suffixes, read again from the database."""
        self._show_state()
        self._refresh_tree()

    def _refresh_tree(self) -> None:
        window = self.window
        pane, db = window.tree_pane, window.db
        if pane is None or db is None or not shiboken6.isValid(pane):
            return
        from app.sync.consolidation import database_mode
        from app.sync.state import LABELS, RETURNED, label, sync_states

        if database_mode(db) == "province":  # the province sends nothing: no state to show
            pane.model.set_badges({})
            return
        lang = current_language()
        badges: dict[str, tuple[str, str]] = {}
        for agreement_id, (state, reason) in sync_states(db).items():
            full = label(state, reason, lang)
            short = LABELS[state][1 if lang == "en" else 0]
            if state == RETURNED and reason:
                short = full if len(full) <= 48 else full[:47] + "…"
            badges[agreement_id] = (short, self.tr("Sinkronisasi: {state}").format(state=full))
        pane.model.set_badges(badges)

    def _show_state(self) -> None:
        if self.state_label is None or not shiboken6.isValid(self.state_label):
            return
        db = self.window.db
        if db is None or self.agreement_id is None:
            self.state_label.setText("")
            return
        from app.sync.state import agreement_state, label

        state, reason = agreement_state(db, self.agreement_id)
        colour = _STATE_COLOURS.get(state, "#6B6B6B")
        self.state_label.setText(
            f"<span style='color:{colour}'>● {label(state, reason, current_language())}</span>"
        )

    # --- dialogs ----------------------------------------------------------------------------

    def _unit_of_selection(self) -> str | None:
        node = self.window.current_node()
        if node is None:
            return None
        from app.services import tree

        return node.id if node.kind == tree.UNIT else None

    def open_send(self) -> SendDialog | None:
        from app.ui.sync.send_dialog import SendDialog

        if self.window.db is None:
            return None
        dialog = SendDialog(
            self.window.db, self.window.paths, self._unit_of_selection(), self.window
        )
        dialog.finished.connect(lambda _r: self.refresh_states())
        dialog.open()
        self.send_dialog = dialog
        return dialog

    def open_receive(self) -> ReceiveDialog | None:
        from app.ui.sync.receive_dialog import ReceiveDialog

        if self.window.db is None:
            return None
        dialog = ReceiveDialog(self.window.db, self.window.paths, self.window)
        dialog.imported.connect(self._imported)
        dialog.open()
        self.receive_dialog = dialog
        return dialog

    def _imported(self) -> None:
        from app.services import tree

        pane = self.window.tree_pane
        if pane is not None:
            pane.model.refresh_children(tree.ROOT, None)
        self.window.recompute()  # a reference bundle may bring new rules (IKU wajib)
        self.refresh_states()

    def open_receipt(self) -> ReceiptDialog | None:
        from app.ui.sync.receipt_dialog import ReceiptDialog

        if self.window.db is None:
            return None
        dialog = ReceiptDialog(self.window.db, self.window.paths, self.window)
        dialog.open()
        self.receipt_dialog = dialog
        return dialog

    def show_key(self) -> KeysDialog:
        """This installation's key id and fingerprint, and the trusted keys per unit."""
        from app.ui.sync.keys_dialog import KeysDialog

        dialog = KeysDialog(self.window.paths, self.window)
        dialog.open()
        self.keys_dialog = dialog
        return dialog

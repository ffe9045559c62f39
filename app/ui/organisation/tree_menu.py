"""Right-click menus on the cascade tree where a user looks for them: "Tambah unit",
"Tambah pejabat", "PK baru untuk pejabat ini", rename/move/retire, and printing.

Every edit is an undoable command (app/ui/organisation/commands.py) run through the
workspace state, so it is one transaction, audited, and Ctrl+Z takes it back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from app.ui.shell.availability import offer

if TYPE_CHECKING:
    from app.services.tree import TreeNode

    from app.ui.organisation.forms import OfficialForm, UnitForm
    from app.ui.shell.main_window import MainWindow

# Tree node kinds (app.services.tree); spelled here so the window paints before the
# database layer loads (the services are imported when a menu entry is used).
UNIT, OFFICIAL, AGREEMENT = "unit", "official", "agreement"


class OrganisationActions(QObject):
    """Owns the tree's context menu and the unit/official forms of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_menu: QMenu | None = None
        self.last_form: Any = None

    def attach(self) -> None:
        pane = self.window.tree_pane
        assert pane is not None
        pane.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        pane.tree.customContextMenuRequested.connect(self._menu_at)

    # --- menus ---------------------------------------------------------------------------

    def _menu_at(self, pos: QPoint) -> None:
        from app.ui.shell.cascade_tree_model import NODE_ROLE  # reads through the services

        pane = self.window.tree_pane
        assert pane is not None
        node = pane.tree.indexAt(pos).data(NODE_ROLE)
        menu = self.menu_for(node)
        menu.popup(pane.tree.viewport().mapToGlobal(pos))

    def menu_for(self, node: TreeNode | None) -> QMenu:
        """The context menu of a tree node (None: the empty area below the tree)."""
        menu = QMenu(self.window)
        why = self.window.reasons.write(self.window.selection())

        def add(text: str, slot: Any) -> None:
            action = menu.addAction(text, slot)
            offer(action, why)
            action.setStatusTip(action.toolTip())

        if node is None or node.kind not in (UNIT, OFFICIAL, AGREEMENT):
            add(self.tr("Tambah unit…"), lambda: self.add_unit(None))
        elif node.kind == UNIT:
            add(self.tr("Tambah pejabat…"), lambda: self.add_official(node.id))
            add(self.tr("Tambah sub-unit…"), lambda: self.add_unit(node.id))
            menu.addSeparator()
            add(self.tr("Ubah unit…"), lambda: self.edit_unit(node.id))
            add(self.tr("Nonaktifkan unit"), lambda: self.retire_unit(node.id))
            menu.addSeparator()
            printing = getattr(self.window, "printing", None)
            action = menu.addAction(
                self.tr("Cetak semua PK unit ini…"),
                lambda: printing.print_unit(node.id) if printing else None,
            )
            action.setEnabled(printing is not None)
        elif node.kind == OFFICIAL:
            add(
                self.tr("PK baru untuk pejabat ini…"),
                lambda: self.window.new_agreement_for(node.id),
            )
            add(self.tr("Ubah pejabat…"), lambda: self.edit_official(node.id))
            add(self.tr("Nonaktifkan pejabat"), lambda: self.retire_official(node.id))
        else:
            printing = getattr(self.window, "printing", None)
            action = menu.addAction(
                self.tr("Cetak…"), lambda: printing.open_dialog(node.id) if printing else None
            )
            action.setEnabled(printing is not None)
        menu.setToolTipsVisible(True)
        self.last_menu = menu
        return menu

    # --- commands ------------------------------------------------------------------------

    def _run(self, command: Any) -> BaseException | None:
        state = self.window.state
        assert state is not None
        if state.execute(command):
            return None
        return state.last_refusal

    def add_unit(self, parent_id: str | None) -> UnitForm:
        from app.ui.organisation.commands import AddUnitCommand
        from app.ui.organisation.forms import UnitForm

        db = self.window.db
        holder: dict[str, Any] = {}

        def submit(values: dict[str, Any]) -> BaseException | None:
            command = AddUnitCommand(self.window.state, **values)  # type: ignore[arg-type]
            holder["command"] = command
            return self._run(command)

        form = UnitForm(db, submit, parent_id=parent_id, parent=self.window)
        form.accepted.connect(lambda: self.window.select(UNIT, holder["command"].unit_id))
        return self._show(form)

    def edit_unit(self, unit_id: str) -> UnitForm:
        from app.services import organisation

        from app.ui.organisation.commands import MoveUnitCommand, RenameUnitCommand
        from app.ui.organisation.forms import UnitForm

        db = self.window.db
        unit = organisation.unit_fields(db, unit_id)

        def submit(values: dict[str, Any]) -> BaseException | None:
            state = self.window.state
            if values["name"].strip() != unit["name"]:
                error = self._run(
                    RenameUnitCommand(state, unit_id, values["name"], unit["parent_id"])
                )  # type: ignore[arg-type]
                if error is not None:
                    return error
            if values["parent_id"] != unit["parent_id"]:
                return self._run(MoveUnitCommand(state, unit_id, values["parent_id"]))  # type: ignore[arg-type]
            return None

        return self._show(UnitForm(db, submit, unit=unit, parent=self.window))

    def retire_unit(self, unit_id: str) -> None:
        from app.services import organisation

        from app.ui.organisation.commands import RetireUnitCommand

        unit = organisation.unit_fields(self.window.db, unit_id)
        error = self._run(
            RetireUnitCommand(self.window.state, unit_id, unit["name"], unit["parent_id"])  # type: ignore[arg-type]
        )
        if error is not None:
            self._refused(error)

    def add_official(self, unit_id: str | None) -> OfficialForm:
        from app.ui.organisation.commands import AddOfficialCommand
        from app.ui.organisation.forms import OfficialForm

        db = self.window.db
        holder: dict[str, Any] = {}

        def submit(values: dict[str, Any]) -> BaseException | None:
            command = AddOfficialCommand(self.window.state, **values)  # type: ignore[arg-type]
            holder["command"] = command
            return self._run(command)

        form = OfficialForm(db, submit, unit_id=unit_id, parent=self.window)
        form.accepted.connect(lambda: self.window.select(OFFICIAL, holder["command"].official_id))
        return self._show(form)

    def edit_official(self, official_id: str) -> OfficialForm:
        from app.services import organisation

        from app.ui.organisation.commands import EditOfficialCommand
        from app.ui.organisation.forms import OfficialForm

        db = self.window.db
        official = organisation.official_fields(db, official_id)
        holder: dict[str, OfficialForm] = {}

        def submit(_values: dict[str, Any]) -> BaseException | None:
            changes = holder["form"].changes()
            if not changes:
                return None
            command = EditOfficialCommand(
                self.window.state,  # type: ignore[arg-type]
                official_id,
                changes,
                official["unit_id"],
            )
            return self._run(command)

        form = OfficialForm(
            db,
            submit,
            official=official,
            parent=self.window,
            acting=(self.window.state, self._run),
        )
        holder["form"] = form
        return self._show(form)

    def retire_official(self, official_id: str) -> None:
        from app.services import organisation

        from app.ui.organisation.commands import RetireOfficialCommand

        official = organisation.official_fields(self.window.db, official_id)
        error = self._run(
            RetireOfficialCommand(
                self.window.state,  # type: ignore[arg-type]
                official_id,
                official["name"],
                official["unit_id"],
            )
        )
        if error is not None:
            self._refused(error)

    def _show(self, form: Any) -> Any:
        form.finished.connect(form.deleteLater)
        form.open()
        self.last_form = form
        return form

    def _refused(self, error: BaseException) -> QMessageBox:
        from app.services.errors import error_text

        from app.ui.shell.i18n import current_language

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Tidak dapat dilakukan"),
            error_text(error, current_language()),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.finished.connect(box.deleteLater)
        box.open()
        self.last_form = box
        return box

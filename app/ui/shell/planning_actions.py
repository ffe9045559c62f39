"""Rencana Aksi, KSD, the cascading matrix, signing/addendum/replacement and the dashboard,
wired into the main window: tabs in the indicator and agreement editors, a tabbed unit page
(Ringkasan, Dasbor, KSD), menu entries and toolbar buttons.

The main window creates this once (`PlanningActions(window)`), calls `attach(state)` when a
database is open, `node_selected(node)` after its own selection handling, `update_actions()`
with its own, and `detach()` before closing the database.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStackedWidget, QTabWidget, QToolBar, QWidget

from app.services.errors import NotFound

from app.ui.shell.availability import Reasons, Selection, offer, set_tip

if TYPE_CHECKING:
    from app.services.tree import TreeNode

    from app.ui.cascade.cascade_matrix_view import CascadeMatrixView
    from app.ui.dashboard.dashboard_view import DashboardView
    from app.ui.lifecycle.version_history_panel import VersionHistoryPanel
    from app.ui.planning.action_plan_editor import ActionPlanEditor
    from app.ui.planning.ksd_editor import KsdEditor
    from app.ui.shell.workspace_state import WorkspaceState


class PlanningHost(Protocol):
    """What these features use of the main window. Named here so that the window imports this
    module and this module never imports the window (no import circle)."""

    db: Any
    menu_agreement: QMenu
    menu_view: QMenu
    toolbar: QToolBar
    editors: QStackedWidget
    unit_page: QWidget | None
    agreement_editor: Any
    indicator_editor: Any
    reasons: Reasons

    def addAction(self, action: QAction) -> None: ...  # noqa: N802 - Qt API name

    def installEventFilter(self, watched: QObject) -> None: ...  # noqa: N802 - Qt API name

    def current_node(self) -> TreeNode | None: ...

    def selection(self, *, can_amend: bool = False) -> Selection: ...

    def select(self, kind: str, node_id: str) -> bool: ...

    def finalize(self) -> Any: ...

    def flush_edits(self) -> Any: ...


class PlanningActions(QObject):
    """The issue-6 features of the main window (see the module docstring)."""

    def __init__(self, window: PlanningHost) -> None:
        super().__init__(cast(QObject, window))
        self.window = window
        self.state: WorkspaceState | None = None
        self.action_plans: ActionPlanEditor | None = None
        self.matrix: CascadeMatrixView | None = None
        self.versions: VersionHistoryPanel | None = None
        self.dashboard: DashboardView | None = None
        self.ksd: KsdEditor | None = None
        self.unit_tabs: QTabWidget | None = None

        def action(name: str, shortcut: str | None, slot: Any) -> QAction:
            act = QAction(window)
            act.setObjectName(name)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            window.addAction(act)
            return act

        self.act_action_plan = action("actActionPlan", "Ctrl+Alt+R", self.show_action_plan)
        self.act_ksd = action("actKsd", "Ctrl+Alt+K", self.show_ksd)
        self.act_matrix = action("actCascadeMatrix", "Ctrl+Alt+M", self.show_matrix)
        self.act_dashboard = action("actDashboard", "Ctrl+Alt+D", self.show_dashboard)
        self.act_sign = action("actMarkSigned", "Ctrl+Alt+S", self.sign)
        self.act_addendum = action("actAddendum", None, self.addendum)
        self.act_replacement = action("actReplacement", None, self.replacement)
        self.act_versions = action("actVersions", None, self.show_versions)
        # Perjanjian: Finalkan, Kembalikan ke draf | these four | Hitung ulang
        menu = window.menu_agreement
        lifecycle = [self.act_sign, self.act_addendum, self.act_replacement, self.act_versions]
        after = next((a for a in menu.actions() if a.isSeparator()), None)
        if after is not None:
            menu.insertActions(after, lifecycle)
        else:
            menu.addActions(lifecycle)
        menu.insertSeparator(self.act_sign)
        window.menu_view.addSeparator()
        for act in (self.act_dashboard, self.act_ksd, self.act_matrix, self.act_action_plan):
            window.menu_view.addAction(act)
        window.toolbar.addAction(self.act_sign)
        window.toolbar.addSeparator()
        window.toolbar.addAction(self.act_matrix)
        window.toolbar.addAction(self.act_dashboard)
        window.installEventFilter(self)
        self.retranslate()
        self.update_actions()

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.act_action_plan.setText(self.tr("&Rencana Aksi"))
        set_tip(self.act_action_plan, self.tr("Rencana Aksi IKU terpilih (Ctrl+Alt+R)"))
        self.act_ksd.setText(self.tr("&KSD"))
        set_tip(self.act_ksd, self.tr("Kegiatan Strategis Daerah unit terpilih (Ctrl+Alt+K)"))
        self.act_matrix.setText(self.tr("&Matriks Cascading"))
        set_tip(self.act_matrix, self.tr("Matriks cascading PK terpilih (Ctrl+Alt+M)"))
        self.act_dashboard.setText(self.tr("&Dasbor"))
        set_tip(self.act_dashboard, self.tr("Dasbor kinerja unit terpilih (Ctrl+Alt+D)"))
        self.act_sign.setText(self.tr("&Tandai sudah ditandatangani…"))
        set_tip(
            self.act_sign,
            self.tr("Cetak set PK, simpan sidik cetakan dan pindaian bertanda tangan"),
        )
        self.act_addendum.setText(self.tr("Buat &Addendum…"))
        set_tip(self.act_addendum, self.tr("Ubah target PK yang sudah ditandatangani"))
        self.act_replacement.setText(self.tr("Buat PK &Pengganti…"))
        set_tip(
            self.act_replacement, self.tr("PK baru bagi pejabat pengganti, mulai periode tertentu")
        )
        self.act_versions.setText(self.tr("Riwayat &versi"))
        set_tip(self.act_versions, self.tr("Versi, addendum dan penggantian PK terpilih"))
        for host, widget in self._tabs():
            host.setTabText(host.indexOf(widget), widget.tab_title())
        if self.unit_tabs is not None and self.window.unit_page is not None:
            self.unit_tabs.setTabText(
                self.unit_tabs.indexOf(self.window.unit_page), self.tr("Ringkasan")
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _tabs(self) -> list[tuple[QTabWidget, Any]]:
        out: list[tuple[QTabWidget, Any]] = []
        window = self.window
        if self.action_plans is not None and window.indicator_editor is not None:
            out.append((window.indicator_editor.tabs, self.action_plans))
        if window.agreement_editor is not None:
            for widget in (self.matrix, self.versions):
                if widget is not None:
                    out.append((window.agreement_editor.tabs, widget))
        if self.unit_tabs is not None:
            for widget in (self.dashboard, self.ksd):
                if widget is not None:
                    out.append((self.unit_tabs, widget))
        return out

    # --- database -------------------------------------------------------------------------

    def attach(self, state: WorkspaceState) -> None:
        """Build the tabs on the open database (the editors and unit page exist already)."""
        from app.ui.cascade.cascade_matrix_view import CascadeMatrixView
        from app.ui.dashboard.dashboard_view import DashboardView
        from app.ui.lifecycle.version_history_panel import VersionHistoryPanel
        from app.ui.planning.action_plan_editor import ActionPlanEditor
        from app.ui.planning.ksd_editor import KsdEditor

        window = self.window
        self.state = state
        assert window.indicator_editor is not None and window.agreement_editor is not None
        assert window.unit_page is not None
        self.action_plans = ActionPlanEditor(state)
        window.indicator_editor.tabs.addTab(self.action_plans, "")
        self.matrix = CascadeMatrixView(state)
        self.versions = VersionHistoryPanel(state)
        window.agreement_editor.tabs.addTab(self.matrix, "")
        window.agreement_editor.tabs.addTab(self.versions, "")
        self.matrix.indicatorActivated.connect(lambda i: window.select("indicator", i))
        self.versions.agreementActivated.connect(lambda a: window.select("agreement", a))
        self.versions.finalizeRequested.connect(lambda _a: window.finalize())
        # The unit page becomes the first tab of the unit's own tabs.
        self.unit_tabs = QTabWidget(window.editors)
        self.unit_tabs.setObjectName("unitTabs")
        index = window.editors.indexOf(window.unit_page)
        window.editors.removeWidget(window.unit_page)
        self.unit_tabs.addTab(window.unit_page, "")
        self.dashboard = DashboardView(state)
        self.ksd = KsdEditor(state)
        self.unit_tabs.addTab(self.dashboard, "")
        self.unit_tabs.addTab(self.ksd, "")
        window.editors.insertWidget(max(index, 0), self.unit_tabs)
        self.dashboard.indicatorActivated.connect(lambda i: window.select("indicator", i))
        self.retranslate()

    def detach(self) -> None:
        """Before the database closes: the unit page goes back to the window, tabs go away."""
        window = self.window
        if self.unit_tabs is not None:
            if window.unit_page is not None:
                self.unit_tabs.removeTab(self.unit_tabs.indexOf(window.unit_page))
                window.unit_page.setParent(window.editors)
                window.editors.addWidget(window.unit_page)
            window.editors.removeWidget(self.unit_tabs)
            self.unit_tabs.hide()
            self.unit_tabs.deleteLater()
        self.unit_tabs = self.dashboard = self.ksd = None
        self.action_plans = self.matrix = self.versions = None  # deleted with their editors
        self.state = None

    def unit_page_host(self) -> QWidget | None:
        """The page to show for a unit node: the unit tabs once attached."""
        return self.unit_tabs if self.unit_tabs is not None else self.window.unit_page

    # --- selection --------------------------------------------------------------------------

    def node_selected(self, node: TreeNode | None) -> None:
        if self.state is None or node is None:
            return
        if node.kind == "unit":
            assert self.dashboard is not None and self.ksd is not None
            self.dashboard.load(node.id)
            self.ksd.load(node.id)
        elif node.kind in ("agreement", "goal", "indicator") and node.agreement_id:
            assert self.matrix is not None and self.versions is not None
            self.matrix.load(node.agreement_id)
            self.versions.load(node.agreement_id)
            if node.kind == "indicator":
                assert self.action_plans is not None
                self.action_plans.load(node.id)

    def _agreement_status(self) -> tuple[str, str, bool] | None:
        """(agreement id, status, can amend) of the selected agreement, read fresh."""
        node = self.window.current_node()
        if self.state is None or node is None or not node.agreement_id:
            return None
        if node.kind not in ("agreement", "goal", "indicator"):
            return None
        from app.services import versions  # the window paints before the database layer loads

        try:
            history = versions.version_history(self.state.db, node.agreement_id)
        except NotFound:
            return None
        return node.agreement_id, history.status, history.can_amend

    def update_actions(self) -> None:
        fresh = self._agreement_status() if self.state is not None else None
        selection = replace(
            self.window.selection(),
            status=fresh[1] if fresh else None,
            can_amend=bool(fresh and fresh[2]),
        )
        if self.state is None:  # the window paints before the database is attached
            selection = replace(selection, database=False)
        reasons = self.window.reasons
        offer(self.act_action_plan, reasons.action_plan(selection))
        offer(self.act_matrix, reasons.view_agreement(selection))
        offer(self.act_versions, reasons.view_agreement(selection))
        offer(self.act_ksd, reasons.unit_view(selection))
        offer(self.act_dashboard, reasons.unit_view(selection))
        offer(self.act_sign, reasons.sign(selection))
        offer(self.act_addendum, reasons.amend(selection))
        offer(self.act_replacement, reasons.amend(selection))

    # --- showing the features ---------------------------------------------------------------

    def _agreement_page(self) -> str | None:
        """Select the agreement of the current node and return its id."""
        node = self.window.current_node()
        if node is None or not node.agreement_id:
            return None
        if node.kind != "agreement":
            self.window.select("agreement", node.agreement_id)
        return node.agreement_id

    def show_action_plan(self) -> None:
        node = self.window.current_node()
        editor = self.window.indicator_editor
        if node is None or node.kind != "indicator" or editor is None or not self.action_plans:
            return
        editor.tabs.setCurrentWidget(self.action_plans)

    def show_matrix(self) -> None:
        if self._agreement_page() and self.window.agreement_editor and self.matrix:
            self.window.agreement_editor.tabs.setCurrentWidget(self.matrix)

    def show_versions(self) -> None:
        if self._agreement_page() and self.window.agreement_editor and self.versions:
            self.window.agreement_editor.tabs.setCurrentWidget(self.versions)

    def _unit_of_selection(self) -> str | None:
        node = self.window.current_node()
        if node is None or self.state is None:
            return None
        if node.kind == "unit":
            return node.id
        from app.services import search

        path = search.tree_path(self.state.db, node.kind, node.id)
        units = [node_id for kind, node_id in path if kind == "unit"]
        return units[-1] if units else None

    def _show_unit_tab(self, widget: QWidget | None) -> None:
        unit_id = self._unit_of_selection()
        if unit_id is None or widget is None or self.unit_tabs is None:
            return
        node = self.window.current_node()
        if node is None or node.kind != "unit" or node.id != unit_id:
            self.window.select("unit", unit_id)
        self.unit_tabs.setCurrentWidget(widget)

    def show_dashboard(self) -> None:
        self._show_unit_tab(self.dashboard)

    def show_ksd(self) -> None:
        self._show_unit_tab(self.ksd)

    # --- lifecycle --------------------------------------------------------------------------

    def _versions_for_selection(self) -> VersionHistoryPanel | None:
        node = self.window.current_node()
        if node is None or not node.agreement_id or self.versions is None:
            return None
        self.window.flush_edits()
        self.versions.load(node.agreement_id)
        self.versions.reload()
        return self.versions

    def sign(self) -> Any:
        panel = self._versions_for_selection()
        return panel.open_sign_dialog() if panel is not None else None

    def addendum(self) -> Any:
        panel = self._versions_for_selection()
        return panel.open_addendum_dialog() if panel is not None else None

    def replacement(self) -> Any:
        panel = self._versions_for_selection()
        return panel.open_replacement_dialog() if panel is not None else None

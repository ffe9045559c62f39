"""The main window: menus, toolbar, status bar, the cascade tree, the editors and the rules
panel.

The window paints before the database layer is even imported: `open_database()` opens the
file on the worker thread (a province database takes a moment) and `attach_database()` then
builds the tree and the editors. Tests and screenshots call `attach_database()` directly.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.paths import AppPaths
from app.services.errors import error_text

from app.ui.shell.availability import AGREEMENT_KINDS, Reasons, Selection, offer, set_tip
from app.ui.shell.background import Cancelled, run_in_background, runner
from app.ui.shell.i18n import current_language, install_language
from app.ui.shell.settings import UiSettings
from app.ui.widgets import icons
from app.ui.widgets.labels import AS_OF, label

if TYPE_CHECKING:
    from app.models.database import Database
    from app.services.tree import TreeNode

    from app.ui.agreement.agreement_editor import AgreementEditor
    from app.ui.indicator.indicator_editor import IndicatorEditor
    from app.ui.shell.pages import OfficialPage, StartPage, UnitPage
    from app.ui.shell.rules_dock import FindingRow, RulesPanel
    from app.ui.shell.tree_pane import TreePane
    from app.ui.shell.workspace_state import Change, WorkspaceState

PERIOD_CHOICES = ("TW1", "TW2", "TW3", "TW4", "S1", "annual")


def open_and_prepare(target: Path, backup_dir: Path) -> Database:
    """Open a database and read the tree's top levels once (worker thread).

    The first query of a process also sets up SQLAlchemy's mappers and statement cache
    (about 0.1 s); doing it here keeps that off the UI thread, so the tree paints at once.
    """
    from app.models.database import open_database
    from app.services import tree

    db = open_database(target, backup_dir=backup_dir, when_in_use="read_only")
    for top in tree.tree_children(db, tree.ROOT, None, 0, 1):
        tree.tree_child_count(db, top.kind, top.id)
        tree.tree_children(db, top.kind, top.id, 0, 1)
    return db


class MainWindow(QMainWindow):
    """Signals:
    databaseAttached(): the tree and editors are ready.
    """

    databaseAttached = Signal()

    def __init__(
        self, paths: AppPaths, settings: UiSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.paths = paths
        self.settings = settings
        self.db: Database | None = None
        self.state: WorkspaceState | None = None
        self.tree_pane: TreePane | None = None
        self.agreement_editor: AgreementEditor | None = None
        self.indicator_editor: IndicatorEditor | None = None
        self.rules: RulesPanel | None = None
        self.start_page: StartPage | None = None
        self.unit_page: UnitPage | None = None
        self.official_page: OfficialPage | None = None
        self.last_error = ""
        self.last_dialog: QMessageBox | None = None
        self._force_close = False
        self._closed = False
        self.remember_layout = True  # screenshots leave the user's layout alone
        self._closing_dialog: QMessageBox | None = None
        self.undo_stack = QUndoStack(self)
        self.setWindowIcon(icons.app_icon())

        # central area
        central = QWidget(self)
        self.banner = QLabel(central)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #FFF3CD; color: #5D4200; padding: 6px 10px; border-bottom: 1px solid #E0C97A;"
        )
        self.banner.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setObjectName("mainSplitter")
        self.loading = QLabel(self.splitter)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setObjectName("loadingLabel")
        self.editors = QStackedWidget(self.splitter)
        self.editors.setObjectName("editorStack")
        self.splitter.addWidget(self.loading)
        self.splitter.addWidget(self.editors)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        from app.ui.shell.rules_dock import RulesDock  # Qt only; the panel comes with the database

        self.rules_dock = RulesDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.rules_dock)

        self.db_label = QLabel(self)
        self.mode_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.mode_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        from app.ui.shell.planning_actions import PlanningActions  # Rencana Aksi, KSD, matrix, …

        self.planning = PlanningActions(self)
        from app.ui.excel.excel_actions import ExcelActions  # Impor/Ekspor Excel

        self.excel = ExcelActions(self)
        from app.ui.province.province_actions import ProvinceActions  # Cakupan PK provinsi

        self.province = ProvinceActions(self)
        from app.ui.province.reference_actions import ReferenceActions  # Data referensi

        self.reference = ReferenceActions(self)
        from app.ui.sync.sync_actions import SyncActions  # Kirim ke Provinsi, Terima berkas

        self.sync_actions = SyncActions(self)
        from app.ui.organisation.tree_menu import OrganisationActions  # right-click menus
        from app.ui.printing.print_actions import PrintActions  # Berkas › Cetak…
        from app.ui.setup.setup_actions import SetupActions  # first run, office settings

        self.organisation = OrganisationActions(self)
        self.printing = PrintActions(self)
        self.menu_file.insertAction(self.act_open, self.printing.act_print)
        self.menu_file.insertSeparator(self.act_open)
        self.setup = SetupActions(self)
        self.retranslate()
        self._update_actions()
        self.resize(1400, 900)
        self._restore_layout()

    # --- actions, menus, toolbar -----------------------------------------------------------

    def _action(self, name: str, shortcut: Any = None, slot: Any = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.reasons = Reasons(self)
        self.act_new = self._action("actNewAgreement", key(key.StandardKey.New), self.new_agreement)
        self.act_save = self._action("actSave", key(key.StandardKey.Save), self.save)
        self.act_open = self._action("actOpen", key(key.StandardKey.Open), self.choose_database)
        self.act_quit = self._action("actQuit", key("Ctrl+Q"), self.close)
        self.act_undo = self._action("actUndo", key(key.StandardKey.Undo), self.undo_stack.undo)
        self.act_redo = self._action(
            "actRedo", [key("Ctrl+Shift+Z"), key("Ctrl+Y")], self.undo_stack.redo
        )
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.act_undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.act_redo.setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda _t: self._undo_texts())
        self.undo_stack.redoTextChanged.connect(lambda _t: self._undo_texts())
        self.act_find = self._action("actFind", key(key.StandardKey.Find), self.focus_search)
        self.act_add_goal = self._action("actAddGoal", key("Ctrl+Shift+N"), self._add_goal)
        self.act_add_indicator = self._action("actAddIndicator", key("Ctrl+I"), self._add_indicator)
        self.act_finalize = self._action("actFinalize", key("Ctrl+Shift+F"), self.finalize)
        self.act_reopen = self._action("actReopen", None, self.reopen)
        self.act_recompute = self._action(
            "actRecompute", key(key.StandardKey.Refresh), self.recompute
        )
        self.act_recompute.setShortcut(key("F5"))
        self.act_lang_id = self._action("actLangId", None, lambda: self.set_language("id"))
        self.act_lang_en = self._action("actLangEn", None, lambda: self.set_language("en"))
        group = QActionGroup(self)
        for action in (self.act_lang_id, self.act_lang_en):
            action.setCheckable(True)
            group.addAction(action)
        self.act_help_scoring = self._action(
            "actHelpScoring", key(key.StandardKey.HelpContents), self.show_scoring_help
        )
        self.act_about = self._action("actAbout", None, self.show_about)
        self.act_rules = self.rules_dock.toggleViewAction()
        self.act_rules.setObjectName("actRulesPanel")
        self.act_rules.setShortcut(key("Ctrl+R"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.setObjectName("menuFile")
        for action in (self.act_new, self.act_save, None, self.act_open, None, self.act_quit):
            self.menu_file.addSeparator() if action is None else self.menu_file.addAction(action)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.setObjectName("menuEdit")
        for action in (
            self.act_undo,
            self.act_redo,
            None,
            self.act_find,
            None,
            self.act_add_goal,
            self.act_add_indicator,
        ):
            self.menu_edit.addSeparator() if action is None else self.menu_edit.addAction(action)
        self.menu_agreement = bar.addMenu("")
        self.menu_agreement.setObjectName("menuAgreement")
        for action in (self.act_finalize, self.act_reopen, None, self.act_recompute):
            self.menu_agreement.addSeparator() if action is None else self.menu_agreement.addAction(
                action
            )
        self.menu_view = bar.addMenu("")
        self.menu_view.setObjectName("menuView")
        self.menu_view.addAction(self.act_rules)
        self.menu_settings = bar.addMenu("")
        self.menu_settings.setObjectName("menuSettings")
        self.menu_language = self.menu_settings.addMenu("")
        self.menu_language.addAction(self.act_lang_id)
        self.menu_language.addAction(self.act_lang_en)
        self.menu_help = bar.addMenu("")
        self.menu_help.setObjectName("menuHelp")
        self.menu_help.addAction(self.act_help_scoring)
        self.menu_help.addAction(self.act_about)
        for menu in (self.menu_file, self.menu_edit, self.menu_agreement, self.menu_view):
            menu.setToolTipsVisible(True)  # a greyed entry says why it is greyed

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        for action in (self.act_new, self.act_save, self.act_undo, self.act_redo):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.period_label = QLabel(self.toolbar)
        self.period_label.setContentsMargins(6, 0, 4, 0)
        self.period_combo = QComboBox(self.toolbar)
        self.period_combo.setObjectName("periodCombo")
        for value in PERIOD_CHOICES:
            self.period_combo.addItem("", value)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(self.settings.period)))
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.toolbar.addWidget(self.period_label)
        self.toolbar.addWidget(self.period_combo)
        self.toolbar.addAction(self.act_recompute)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_finalize)

    def retranslate(self) -> None:
        self.setWindowTitle(self._title())
        self.menu_file.setTitle(self.tr("&Berkas"))
        self.menu_edit.setTitle(self.tr("&Sunting"))
        self.menu_agreement.setTitle(self.tr("&Perjanjian"))
        self.menu_view.setTitle(self.tr("&Tampilan"))
        if getattr(self, "excel", None) is not None:
            self.excel.retranslate()
        if getattr(self, "province", None) is not None:
            self.province.retranslate()
        self.menu_settings.setTitle(self.tr("Pen&gaturan"))
        self.menu_language.setTitle(self.tr("&Bahasa"))
        self.menu_help.setTitle(self.tr("B&antuan"))
        self.act_new.setText(self.tr("Perjanjian Kinerja &Baru…"))
        set_tip(self.act_new, self.tr("Buat draf PK untuk pejabat terpilih (Ctrl+N)"))
        self.act_save.setText(self.tr("&Simpan"))
        self.act_save.setToolTip(
            self.tr(
                "Setiap perubahan sudah tersimpan otomatis; Ctrl+S menyimpan isian yang sedang diketik."
            )
        )
        self.act_open.setText(self.tr("B&uka basis data…"))
        self.act_quit.setText(self.tr("&Keluar"))
        self._undo_texts()
        self.act_find.setText(self.tr("&Cari…"))
        self.act_add_goal.setText(self.tr("Tambah &sasaran"))
        self.act_add_indicator.setText(self.tr("Tambah &IKU"))
        self.act_finalize.setText(self.tr("&Finalkan"))
        set_tip(
            self.act_finalize,
            self.tr("Tetapkan PK sebagai final; ditolak selama Panel Aturan masih berisi galat."),
        )
        self.act_reopen.setText(self.tr("&Kembalikan ke draf"))
        set_tip(self.act_reopen, self.tr("Kembalikan PK final ke draf untuk diubah"))
        set_tip(self.act_add_goal, self.tr("Tambah sasaran pada PK ini (Ctrl+Shift+N)"))
        set_tip(self.act_add_indicator, self.tr("Tambah IKU pada sasaran terpilih (Ctrl+I)"))
        self.act_recompute.setText(self.tr("&Hitung ulang"))
        self.act_recompute.setToolTip(
            self.tr("Baca ulang data, hitung capaian dan periksa aturan (F5)")
        )
        self.act_rules.setText(self.tr("Panel &Aturan"))
        self.act_lang_id.setText("Bahasa Indonesia")
        self.act_lang_en.setText("English")
        self.act_lang_id.setChecked(current_language() == "id")
        self.act_lang_en.setChecked(current_language() == "en")
        self.act_help_scoring.setText(self.tr("Cara &menghitung capaian"))
        self.act_about.setText(self.tr("&Tentang PK Desk"))
        self.period_label.setText(self.tr("Periode:"))
        self.period_combo.setToolTip(self.tr("Periode yang dipakai untuk capaian dan nilai"))
        for index, value in enumerate(PERIOD_CHOICES):
            self.period_combo.setItemText(index, label(AS_OF, value))
        self.loading.setText(self.tr("Membuka basis data…"))
        self._show_status_labels()
        for extra in (getattr(self, "printing", None), getattr(self, "setup", None)):
            if extra is not None:
                extra.retranslate()
        if getattr(self, "setup", None) is not None:
            self._update_actions()  # the reasons are sentences in the new language

    def _undo_texts(self) -> None:
        """ "Urungkan Ubah target TW2" / "Ulangi …", as the stack's top commands say."""
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        undo_menu, redo_menu = self.tr("&Urungkan"), self.tr("U&langi")
        undo_tip, redo_tip = self.tr("Urungkan"), self.tr("Ulangi")
        self.act_undo.setText(f"{undo_menu} {undo}".strip())
        self.act_redo.setText(f"{redo_menu} {redo}".strip())
        self.act_undo.setIconText(undo_tip)
        self.act_redo.setIconText(redo_tip)
        self.act_undo.setToolTip(" ".join(p for p in (undo_tip, undo, "(Ctrl+Z)") if p))
        self.act_redo.setToolTip(" ".join(p for p in (redo_tip, redo, "(Ctrl+Shift+Z)") if p))

    def _title(self) -> str:
        if self.db is None or self.db.path is None:
            return "PK Desk"
        suffix = self.tr(" (hanya-baca)") if self.db.read_only else ""
        return f"{self.db.path.name}{suffix} — PK Desk"

    def _show_status_labels(self) -> None:
        if self.db is None:
            self.db_label.setText("")
            self.mode_label.setText("")
            return
        self.db_label.setText(str(self.db.path or self.db.url))
        self.mode_label.setText(
            self.tr("HANYA-BACA")
            if self.db.read_only
            else self.tr("Tersimpan otomatis · {user}").format(user=self.db.user)
        )
        if self.db.read_only:
            self.banner.setText(self._read_only_reason())
        self.banner.setVisible(self.db.read_only)

    def _read_only_reason(self) -> str:
        reason = getattr(self.db, "read_only_reason", None)
        if reason == "file_read_only":
            return self.tr(
                "Berkas basis data ini hanya-baca (izin berkas), jadi dibuka hanya-baca: Anda "
                "dapat melihat dan mencari, tetapi tidak mengubah. Salin berkasnya ke folder Anda "
                "atau ubah izinnya untuk menyunting."
            )
        if reason == "folder_read_only":
            return self.tr(
                "Folder basis data ini tidak dapat ditulis (mis. flashdisk terkunci atau folder "
                "bersama), jadi dibuka hanya-baca: Anda dapat melihat dan mencari, tetapi tidak "
                "mengubah. Salin berkasnya ke folder yang dapat ditulis untuk menyunting."
            )
        return self.tr(
            "Basis data ini sedang dibuka di jendela PK Desk lain, jadi dibuka hanya-baca: "
            "Anda dapat melihat dan mencari, tetapi tidak mengubah. Tutup jendela lain lalu "
            "buka kembali untuk menyunting."
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.tree_pane is not None:
                self.tree_pane.model.set_period(self.period)
        super().changeEvent(event)

    # --- language and period ----------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Switch the interface language now and remember it."""
        used = install_language(lang)
        self.settings.language = used
        self.retranslate()

    @property
    def period(self) -> str:
        return str(self.period_combo.currentData())

    def set_period(self, period: str) -> None:
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(period)))

    def _period_changed(self, _index: int) -> None:
        self.settings.period = self.period
        if self.state is not None:
            self.state.set_period(self.period)
        if self.tree_pane is not None:
            self.tree_pane.model.set_period(self.period)

    # --- opening a database -----------------------------------------------------------------

    def open_database(self, target: Path) -> None:
        """Open a database file on the worker thread, then attach it (a second PK Desk
        window on the same file opens it read-only)."""
        self.loading.setText(self.tr("Membuka {name}…").format(name=target.name))
        backups = self.paths.backups_dir

        def work(job: Any) -> Database:
            db = open_and_prepare(target, backups)
            if job.cancelled:  # the user gave up waiting: release the file again
                db.close()
                raise Cancelled()
            return db

        def failed(exc: BaseException) -> None:
            from app.models.errors import DatabaseDamaged

            self.loading.setText(self.tr("Basis data tidak dapat dibuka."))
            if isinstance(exc, DatabaseDamaged):
                from app.ui.shell.database_recovery import offer_restore

                self.last_dialog = offer_restore(self, exc, backups, self.open_database, failed)
                return
            self._show_error(
                error_text(exc, current_language()), title=self.tr("Basis data tidak dapat dibuka")
            )

        run_in_background(
            work, self.attach_database, failed, self, label=self.tr("Membuka basis data…")
        )

    def choose_database(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Buka basis data PK Desk"))
        dialog.setNameFilter(self.tr("Basis data PK Desk (*.sqlite *.db)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self._switch_database(Path(path)))
        dialog.open()
        return dialog

    def _switch_database(self, target: Path) -> None:
        self.flush_edits()
        self.detach_database()
        self.open_database(target)

    def detach_database(self) -> None:
        if self.db is None:
            return
        self.undo_stack.clear()
        self.planning.detach()
        self.setup.detach()
        for widget in (
            self.tree_pane,
            self.start_page,
            self.unit_page,
            self.official_page,
            self.agreement_editor,
            self.indicator_editor,
        ):
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        if self.rules is not None:
            self.rules_dock.setWidget(QWidget())
            self.rules.deleteLater()
        self.tree_pane = self.agreement_editor = self.indicator_editor = None
        self.start_page = self.unit_page = self.official_page = None
        self.rules = None
        self.loading.show()
        self.db.close()
        self.db = None
        self.state = None

    def attach_database(self, db: Database) -> None:
        """Build the tree, editors and rules panel on an open database."""
        from app.ui.agreement.agreement_editor import AgreementEditor
        from app.ui.indicator.indicator_editor import IndicatorEditor
        from app.ui.shell.pages import OfficialPage, StartPage, UnitPage
        from app.ui.shell.rules_dock import RulesPanel
        from app.ui.shell.tree_pane import TreePane
        from app.ui.shell.workspace_state import WorkspaceState

        self.db = db
        self.state = WorkspaceState(db, self.undo_stack, self.period, self)
        self.state.changed.connect(self._on_change)
        self.state.errorReported.connect(self._on_error)
        self.state.undone.connect(self._show_undone)
        self.tree_pane = TreePane(db, self.period)
        self.splitter.replaceWidget(0, self.tree_pane)
        self.loading.hide()
        self.tree_pane.nodeSelected.connect(self._node_selected)
        self.tree_pane.model.scoresNeeded.connect(self._compute_scores)
        self.start_page = StartPage(self.editors)
        self.unit_page = UnitPage(db, self.editors)
        self.official_page = OfficialPage(db, self.editors)
        self.official_page.newAgreementRequested.connect(self.new_agreement_for)
        self.agreement_editor = AgreementEditor(self.state, self.editors)
        self.agreement_editor.indicatorActivated.connect(lambda i: self.select("indicator", i))
        self.agreement_editor.finalize_button.clicked.disconnect()
        self.agreement_editor.finalize_button.clicked.connect(self.finalize)
        self.indicator_editor = IndicatorEditor(self.state, self.editors)
        self.indicator_editor.agreementRequested.connect(
            lambda agreement_id, goal_id: self.select("goal", goal_id)
        )
        self.indicator_editor.indicatorActivated.connect(lambda i: self.select("indicator", i))
        self.agreement_editor.loaded.connect(self._update_actions)
        self.indicator_editor.loaded.connect(self._update_actions)
        for page in (
            self.start_page,
            self.unit_page,
            self.official_page,
            self.agreement_editor,
            self.indicator_editor,
        ):
            self.editors.addWidget(page)
        self.planning.attach(self.state)
        self.editors.setCurrentWidget(self.start_page)
        # The tree fills lazily: the "empty database" note follows its top level.
        tree_model = self.tree_pane.model
        for signal in (tree_model.rowsInserted, tree_model.rowsRemoved, tree_model.modelReset):
            signal.connect(lambda *_: self.start_page.set_empty(tree_model.rowCount() == 0))
        self.start_page.set_empty(tree_model.rowCount() == 0)
        self.rules = RulesPanel(self.state, self.rules_dock)
        self.rules.findingActivated.connect(self._finding_activated)
        self.rules_dock.setWidget(self.rules)
        state = self.settings.state("splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            width = max(self.width(), 1000)
            self.splitter.setSizes([int(width * 0.32), int(width * 0.68)])
        if self.settings.state("window") is None:
            self.resizeDocks([self.rules_dock], [int(self.height() * 0.2)], Qt.Orientation.Vertical)
        header_state = self.settings.state("tree_header")
        if header_state is not None:
            self.tree_pane.tree.header().restoreState(header_state)
        self.setWindowTitle(self._title())
        self._show_status_labels()
        self._update_actions()
        for notice in db.notices:  # e.g. an interrupted upgrade was put right
            self.last_dialog = self._show_error(notice, title=self.tr("Basis data dipulihkan"))
        missing = self.tree_pane.model.missing_scores()
        if missing:
            self._compute_scores(sorted(missing))
        self.organisation.attach()
        self.setup.attach(db)
        self.databaseAttached.emit()

    # --- selection --------------------------------------------------------------------------

    def select(self, kind: str, node_id: str) -> bool:
        return self.tree_pane is not None and self.tree_pane.select(kind, node_id)

    def select_path(self, text: str) -> bool:
        return self.tree_pane is not None and self.tree_pane.select_path_text(text)

    def current_node(self) -> TreeNode | None:
        return self.tree_pane.current_node() if self.tree_pane is not None else None

    def _node_selected(self, node: TreeNode | None) -> None:
        if self.indicator_editor is not None:
            self.indicator_editor.flush()
        assert self.rules is not None and self.start_page is not None
        if node is None:
            self.editors.setCurrentWidget(self.start_page)
            self.rules.set_scope(None, None)
        elif node.kind == "unit":
            assert self.unit_page is not None
            self.unit_page.load(node.id)
            self.editors.setCurrentWidget(self.planning.unit_page_host())
            self.rules.set_scope("unit", node.id)
        elif node.kind == "official":
            assert self.official_page is not None
            self.official_page.load(node.id)
            self.editors.setCurrentWidget(self.official_page)
            self.rules.set_scope(None, None)
        elif node.kind in ("agreement", "goal"):
            assert self.agreement_editor is not None and node.agreement_id
            self.agreement_editor.load(
                node.agreement_id, goal_id=node.id if node.kind == "goal" else None
            )
            self.editors.setCurrentWidget(self.agreement_editor)
            self.rules.set_scope("agreement", node.agreement_id)
        elif node.kind == "indicator":
            assert self.indicator_editor is not None and node.agreement_id
            self.indicator_editor.load(node.id)
            self.editors.setCurrentWidget(self.indicator_editor)
            self.rules.set_scope("agreement", node.agreement_id)
        self.planning.node_selected(node)
        self._update_actions()

    def _current_agreement_id(self) -> str | None:
        node = self.current_node()
        return node.agreement_id if node is not None else None

    def selection(self, *, can_amend: bool = False) -> Selection:
        """What is open and selected, for `availability.Reasons`."""
        node = self.current_node()
        status = None
        if node is not None and node.kind in AGREEMENT_KINDS and self.agreement_editor:
            detail = self.agreement_editor.detail
            if self.editors.currentWidget() is self.indicator_editor and self.indicator_editor:
                indicator = self.indicator_editor.detail
                status = indicator.agreement_status if indicator else None
            elif detail is not None and detail.id == node.agreement_id:
                status = detail.status
            else:
                status = node.status
        return Selection(
            database=self.db is not None,
            writable=self.db is not None and not self.db.read_only,
            kind=node.kind if node is not None else None,
            status=status,
            can_amend=can_amend,
        )

    def _update_actions(self) -> None:
        selection = self.selection()
        reasons = self.reasons
        offer(self.act_new, reasons.new_agreement(selection))
        offer(self.act_finalize, reasons.finalize(selection))
        offer(self.act_reopen, reasons.reopen(selection))
        content = reasons.edit_content(selection)
        if content is None and self.editors.currentWidget() is not self.agreement_editor:
            content = self.tr("Buka PK-nya (bukan IKU) untuk menambah sasaran atau IKU.")
        offer(self.act_add_goal, content)
        offer(self.act_add_indicator, content)
        self.act_save.setEnabled(self.db is not None)
        self.act_recompute.setEnabled(self.db is not None)
        self.act_find.setEnabled(self.tree_pane is not None)
        self.planning.update_actions()
        self.excel.update_actions()
        self.province.update_actions()
        if hasattr(self, "printing"):  # built after the first call from __init__
            self.printing.update()
            self.setup.update()

    # --- changes and scores -----------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        assert self.tree_pane is not None
        model = self.tree_pane.model
        if change.structure and change.parent_kind and change.parent_id:
            model.refresh_children(change.parent_kind, change.parent_id)
        elif change.kind in ("agreement", "goal", "indicator"):
            model.refresh_node(change.kind, change.id)
        if change.agreement_id:
            model.invalidate_scores([change.agreement_id])
        self._update_actions()
        self.statusBar().showMessage(self.tr("Tersimpan."), 2000)

    def _show_undone(self, change: Change) -> None:
        """After Ctrl+Z / Ctrl+Y on another record, open the record that changed."""
        from app.services.errors import NotFound

        node = self.current_node()
        if node is None or self.tree_pane is None or change.structure:
            return
        try:
            if change.kind in ("values", "history", "indicator"):
                if node.kind != "indicator" or node.id != change.id:
                    self.select("indicator", change.id)
            elif change.agreement_id and node.agreement_id != change.agreement_id:
                self.select("agreement", change.agreement_id)
        except NotFound:
            pass  # the record is gone (an undone creation)

    def _compute_scores(self, agreement_ids: list[str]) -> None:
        """Scores for the tree's capaian colours, on the worker thread in chunks, so a big
        recomputation (F5 on a province) shows progress and can be cancelled."""
        if self.db is None or not agreement_ids:
            return
        db = self.db
        period = self.period
        ids = list(agreement_ids)
        chunk = 100

        def work(job: Any) -> dict[str, Any]:
            from app.services import agreement_read

            scores: dict[str, Any] = {}
            for start in range(0, len(ids), chunk):
                job.progress(start, len(ids))
                scores.update(
                    agreement_read.agreement_scores(db, ids[start : start + chunk], period)
                )
            job.progress(len(ids), len(ids))
            return scores

        def done(scores: dict[str, Any]) -> None:
            if self.tree_pane is not None:
                self.tree_pane.model.set_scores(period, scores)

        run_in_background(
            work,
            done,
            lambda exc: self._on_error(error_text(exc, current_language())),
            self if len(ids) > chunk else None,
            label=self.tr("Menghitung capaian {count} PK…").format(count=len(ids)),
            context=self.tree_pane,
        )

    def recompute(self) -> None:
        """F5: re-read the current record, recompute every visible score, re-check rules."""
        if self.db is None or self.tree_pane is None:
            return
        self.flush_edits()
        model = self.tree_pane.model
        model.invalidate_scores(None)
        if self.agreement_editor is not None and self.agreement_editor.detail is not None:
            self.agreement_editor.refresh_choices()
        if self.indicator_editor is not None:
            self.indicator_editor.reload()
        node = self.current_node()
        if node is not None:
            model.refresh_children(node.kind, node.id)
        if self.rules is not None:
            self.rules.refresh()
        self.statusBar().showMessage(
            self.tr("Dihitung ulang untuk {period}.").format(period=label(AS_OF, self.period)), 4000
        )

    # --- commands from menus ----------------------------------------------------------------

    def focus_search(self) -> None:
        if self.tree_pane is not None:
            self.tree_pane.search.setFocus()
            self.tree_pane.search.selectAll()

    def save(self) -> None:
        """Everything is saved as it is typed; this commits the field being typed now."""
        problems = self.flush_edits()
        if problems:
            self.statusBar().showMessage(problems[0], 8000)
        else:
            self.statusBar().showMessage(self.tr("Semua perubahan sudah tersimpan."), 4000)

    def flush_edits(self) -> list[str]:
        """Commit whatever is being typed; return what could not be saved."""
        problems: list[str] = []
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            from app.ui.widgets.delegates import INVALID_PROPERTY

            invalid = focus.property(INVALID_PROPERTY)
            if invalid:
                problems.append(str(invalid))
            else:
                self.menuBar().setFocus()  # closing an open cell editor commits it
        if self.indicator_editor is not None:
            self.indicator_editor.flush()
        if self.state is not None:
            problems.extend(self.state.failed_saves.values())
        return problems

    def finalize(self) -> bool:
        """ "Finalkan": refused while the rules report errors (the panel says which)."""
        agreement_id = self._current_agreement_id()
        if self.state is None or agreement_id is None:
            return False
        from app.ui.agreement.commands import FinalizeCommand

        self.flush_edits()
        self.last_error = ""
        ok = self.state.execute(FinalizeCommand(self.state, agreement_id))
        assert self.rules is not None
        if ok:
            self.rules.show_notice("")
            self.statusBar().showMessage(self.tr("PK difinalkan."), 5000)
        else:
            errors = getattr(self.state.last_refusal, "errors", None)
            if errors is not None:
                notice = self.tr(
                    "Finalkan ditolak: masih ada {count} galat. Perbaiki temuan bertanda merah "
                    "di bawah ini, lalu finalkan lagi."
                ).format(count=len(errors))
            else:
                notice = self.last_error
            self.rules.show_notice(notice)
            self.rules.refresh()
            self.rules_dock.show()
            self.rules_dock.raise_()
        return ok

    def reopen(self) -> bool:
        agreement_id = self._current_agreement_id()
        if self.state is None or agreement_id is None:
            return False
        from app.ui.agreement.commands import ReopenCommand

        return self.state.execute(ReopenCommand(self.state, agreement_id))

    def _add_goal(self) -> None:
        if (
            self.agreement_editor is not None
            and self.editors.currentWidget() is self.agreement_editor
        ):
            self.agreement_editor.add_goal()

    def _add_indicator(self) -> None:
        if (
            self.agreement_editor is not None
            and self.editors.currentWidget() is self.agreement_editor
        ):
            self.agreement_editor.add_indicator()

    def new_agreement(self) -> None:
        node = self.current_node()
        if node is not None and node.kind == "official":
            self.new_agreement_for(node.id)

    def new_agreement_for(self, official_id: str) -> Any:
        if self.db is None or self.db.read_only:
            return None
        from app.ui.agreement.new_agreement_dialog import NewAgreementDialog

        dialog = NewAgreementDialog(self.db, official_id, self)
        dialog.accepted.connect(lambda: self._create_agreement(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _create_agreement(self, dialog: Any) -> None:
        from app.ui.agreement.commands import CreateAgreementCommand

        assert self.state is not None
        command = CreateAgreementCommand(self.state, dialog.official_id, **dialog.values())
        if self.state.execute(command):
            self.select("agreement", command.agreement_id)

    # --- findings ---------------------------------------------------------------------------

    def _finding_activated(self, row: FindingRow) -> None:
        finding = row.finding
        if finding.indicator_id and self.select("indicator", finding.indicator_id):
            assert self.indicator_editor is not None
            self.indicator_editor.focus_field(finding.field)
            return
        if finding.goal_id and self.select("goal", finding.goal_id):
            return
        if self.select("agreement", row.agreement_id) and self.agreement_editor is not None:
            self.agreement_editor.focus_field(finding.field)

    # --- messages ---------------------------------------------------------------------------

    def _on_error(self, message: str) -> None:
        self.last_error = message
        self.statusBar().showMessage(message, 15000)
        current = self.editors.currentWidget()
        show = getattr(current, "show_message", None)
        if callable(show):
            show(message)

    def _show_error(self, message: str, *, title: str) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self
        )
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def show_about(self) -> QMessageBox:
        text = self.tr(
            "<b>PK Desk {version}</b><br>Menyusun, memeriksa, mencetak dan menilai Perjanjian "
            "Kinerja tanpa jaringan.<br><br>Basis data: {path}"
        ).format(version=__version__, path=html.escape(str(self.db.path if self.db else "—")))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Tentang PK Desk"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def show_scoring_help(self) -> QMessageBox:
        text = self.tr(
            "<p><b>Capaian</b> dihitung dari target T dan realisasi R yang dikonsolidasikan s.d. "
            "periode terpilih (Sum, Average atau Take Last Known).</p>"
            "<ul><li>Maximize: C = R / T × 100</li>"
            "<li>Minimize: C = (1 + (1 − R / T)) × 100</li>"
            "<li>Stabilize: R &lt; T memakai rumus maximize, R &gt; T rumus minimize, R = T → 100</li>"
            "<li>Target negatif: maximize C = (1 + (R − T) / |T|) × 100, minimize "
            "C = (1 − (R − T) / |T|) × 100</li>"
            "<li>Target 0: maximize 100 bila R ≥ 0; minimize 100 bila R ≤ 0; selain itu 0</li>"
            "<li>Target rentang: di dalam rentang 100; di bawah → maximize terhadap batas bawah; "
            "di atas → minimize terhadap batas atas</li></ul>"
            "<p>Capaian dibatasi 0–100. Bila periode belum jatuh tempo atau realisasi belum ada, "
            "capaian N/A (bukan 0) dan bobot IKU itu tidak ikut dihitung: bobot IKU lain dalam "
            "sasaran dibagi ulang. Nilai Sasaran = Σ capaian × bobot tertimbang.</p>"
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Cara menghitung capaian"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    # --- layout and closing -----------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.state("window")
        if state is not None:
            self.restoreState(state)

    def save_layout(self) -> None:
        self.settings.set_state("geometry", self.saveGeometry())
        self.settings.set_state("window", self.saveState())
        if self.tree_pane is not None:
            self.settings.set_state("splitter", self.splitter.saveState())
            self.settings.set_state("tree_header", self.tree_pane.tree.header().saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        problems = [] if self._force_close or self._closed else self.flush_edits()
        if problems and not self._force_close:
            event.ignore()
            self._confirm_close(problems)
            return
        if not self._closed:
            self._closed = True
            if self.remember_layout:
                self.save_layout()
            # Deleting the stack's commands later must not update actions being deleted.
            self.undo_stack.blockSignals(True)
            if self.db is not None:
                # A job still reading on the worker thread must end before its connection
                # is closed under it (closing it mid-query crashes SQLite).
                runner().release(self)
                self.db.close()
        event.accept()

    def _confirm_close(self, problems: list[str]) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("confirmCloseDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Isian belum tersimpan"))
        box.setText(self.tr("Isian berikut belum dapat disimpan:"))
        box.setInformativeText("\n".join(problems))
        box.setStandardButtons(
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Tutup tanpa isian itu"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Kembali"))

        def finished(result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Discard:
                self._force_close = True
                QTimer.singleShot(0, self.close)

        box.finished.connect(finished)
        box.open()
        self._closing_dialog = box
        return box

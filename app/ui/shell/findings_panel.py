"""The findings of a few rules under a feature's own table, refreshed in the background.

The Rencana Aksi editor shows `action_plan_gap`, the cascading matrix `cascade_mismatch` and
`noncascading_consolidated`: the same block (a line of text over a findings table), the same
background check of one agreement, the same rule that a late result of an older check is
dropped. The rules panel shows every rule of an agreement or a unit; this is its small sibling.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from shiboken6 import isValid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services import scoring
from app.services.errors import error_text

from app.ui.shell.background import run_in_background
from app.ui.shell.i18n import current_language
from app.ui.shell.rules_dock import FindingRow, FindingsTableModel
from app.ui.widgets.read_only_table import read_only_table

if TYPE_CHECKING:
    from app.engine.findings import Finding
    from app.models.database import Database


class FindingsPanel(QWidget):
    """Signals:
    updated(): the findings were recomputed (or the check failed and `label` says why).
    """

    updated = Signal()

    def __init__(
        self, object_name: str, parent: QWidget | None = None, *, show_rule: bool = True
    ) -> None:
        super().__init__(parent)
        self._generation = 0
        self.label = QLabel(self)
        self.model = FindingsTableModel(self)
        self.view = read_only_table(object_name, self.model, self, FindingsTableModel.COL_MESSAGE)
        self.view.setColumnHidden(FindingsTableModel.COL_AGREEMENT, True)
        self.view.setColumnHidden(FindingsTableModel.COL_RULE, not show_rule)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.view, 1)

    def under(self, table: QWidget) -> QSplitter:
        """The feature's table on top and this panel below it, resizable (4 : 1)."""
        splitter = QSplitter(Qt.Orientation.Vertical, self.parentWidget())
        splitter.addWidget(table)
        splitter.addWidget(self)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        return splitter

    def invalidate(self) -> None:
        """The data changed: a check still under way is about the old data, so its result is
        dropped rather than shown (and `updated` is not emitted for it)."""
        self._generation += 1

    def refresh(
        self,
        db: Database,
        agreement_id: str,
        keep: Callable[[Finding], bool],
        shown: Callable[[list[FindingRow]], Any],
    ) -> None:
        """Check the agreement off the UI thread, show the findings `keep` accepts, then call
        `shown(rows)` so the feature can mark its own table and word the label."""
        self._generation += 1
        generation = self._generation

        def work(job: Any) -> list[FindingRow]:
            found = scoring.agreement_findings(db, agreement_id)
            return [FindingRow(agreement_id, "", f) for f in found if keep(f)]

        def done(rows: list[FindingRow]) -> None:
            if not isValid(self) or generation != self._generation:
                return  # closed meanwhile, or a newer check is under way
            self.model.set_rows(rows)
            shown(rows)
            self.updated.emit()

        def failed(exc: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.label.setText(error_text(exc, current_language()))
                self.updated.emit()

        run_in_background(work, done, failed)

    def messages(self) -> list[str]:
        """The findings as the table words them (for tests and the status line)."""
        return [
            str(self.model.index(r, FindingsTableModel.COL_MESSAGE).data())
            for r in range(self.model.rowCount())
        ]

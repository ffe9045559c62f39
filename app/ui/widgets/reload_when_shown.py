"""Views that read the database only while they can be seen.

Selecting another PK or IKU must stay quick even with every tab open, so a hidden tab only
notes that it is out of date and reads when it is next shown; a visible one folds the burst of
changes one command sends into a single reload on the next turn of the event loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _Base = QWidget
else:
    _Base = object


class ReloadWhenShown(_Base):
    """Mixin for a QWidget view (listed before QWidget among its bases). The view gives
    `reload()`, which reads what it shows and sets `_dirty` back to False."""

    _dirty = False
    _reload_timer: QTimer | None = None

    def reload(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def reload_now_or_when_shown(self) -> None:
        """The view shows something else now: read it at once if visible, else when shown."""
        self._dirty = True
        if self.isVisible():
            self.reload()

    def reload_soon(self) -> None:
        """The data changed: reload once on the next turn of the event loop if visible,
        else when shown."""
        if not self.isVisible():
            self._dirty = True
            return
        if self._reload_timer is None:
            self._reload_timer = QTimer(self)
            self._reload_timer.setSingleShot(True)
            self._reload_timer.timeout.connect(self.reload)
        self._reload_timer.start(0)

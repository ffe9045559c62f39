"""A province view's read (scoring a whole province takes seconds) on the worker thread;
when the year or period changes again before it ends, only the latest read is shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from app.services.errors import error_text

from app.ui.shell.background import run_in_background
from app.ui.shell.i18n import current_language


class LatestLoad(QObject):
    """Signals:
    loaded(): the latest read was shown (or its refusal was)."""

    loaded = Signal()

    def __init__(self, summary: QLabel) -> None:
        super().__init__(summary)
        self.summary = summary
        self._generation = 0

    def start(self, work: Callable[[], Any], show: Callable[[Any], None]) -> None:
        """Run `work()` in the background, then `show(result)` if nothing newer started."""
        self._generation += 1
        generation = self._generation
        self.summary.setText(self.tr("Menghitung…"))

        def done(result: Any) -> None:
            if generation == self._generation:
                show(result)
                self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.summary.setText(error_text(exc, current_language()))
                self.loaded.emit()

        run_in_background(lambda _job: work(), done, failed, context=self)

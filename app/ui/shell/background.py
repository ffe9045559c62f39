"""Long jobs off the UI thread: one helper, `run_in_background`, with progress and cancel.

Jobs run on a single worker thread (like Anki's taskman), so database writes never race each
other; results and errors are posted back to the main thread through a queued signal. A
worker never touches widgets: it receives a `Job` to report progress and check for cancel,
and services open their own SQLAlchemy session in it. A progress dialog appears only when the
job is still running after half a second.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import shiboken6

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

DIALOG_DELAY_MS = 500


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel."""


class Job(QObject):
    """One background job. The worker calls `progress()` and checks `cancelled`.

    Signals:
        finished_ok(object, object): the job and the function's result.
        failed(object, object): the job and the exception (Cancelled when cancelled).
        progressed(int, int): done, total.
    """

    finished_ok = Signal(object, object)
    failed = Signal(object, object)
    progressed = Signal(int, int)

    def __init__(
        self,
        label: str,
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__()
        self.label = label
        self.on_success = on_success
        self.on_error = on_error
        self.context: QObject | None = None
        self.dialog: _DelayedProgress | None = None
        self._cancel = threading.Event()
        self.done = False
        self.traceback = ""

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def progress(self, done: int, total: int) -> None:
        """Called from the worker; raises Cancelled once the user has cancelled."""
        if self._cancel.is_set():
            raise Cancelled()
        self.progressed.emit(done, total)


class BackgroundRunner(QObject):
    """The single worker thread and the jobs in flight.

    Signals:
        idle(): the last running job has finished.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pk-desk-job")
        self._jobs: set[Job] = set()
        self.synchronous = False  # screenshots and benchmarks run jobs inline

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def run(
        self,
        fn: Callable[[Job], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        label: str = "",
        parent: QWidget | None = None,
        show_progress: bool = True,
        context: QObject | None = None,
    ) -> Job:
        job = Job(label, on_success, on_error)
        job.context = context or parent
        self._jobs.add(job)
        # The runner lives on the main thread: signals emitted by the worker are queued
        # there, so callbacks always run on the UI thread.
        job.finished_ok.connect(self._finish)
        job.failed.connect(self._fail)
        if show_progress and parent is not None and not self.synchronous:
            job.dialog = _DelayedProgress(job, parent)

        def work() -> None:
            if job.cancelled:  # cancelled while it waited for the worker
                job.failed.emit(job, Cancelled())
                return
            try:
                result = fn(job)
            except BaseException as exc:  # noqa: BLE001 - every error goes back to the UI
                job.traceback = traceback.format_exc()
                job.failed.emit(job, exc)
            else:
                job.finished_ok.emit(job, result)

        if self.synchronous:
            work()
        else:
            self._executor.submit(work)
        return job

    def _close(self, job: Job) -> None:
        job.done = True
        if job.dialog is not None:
            job.dialog.finish()
            job.dialog = None
        self._jobs.discard(job)
        if not self._jobs:
            self.idle.emit()

    @staticmethod
    def _gone(job: Job) -> bool:
        """The widget the job reports to was closed meanwhile: drop the result."""
        return job.context is not None and not shiboken6.isValid(job.context)

    @Slot(object, object)
    def _finish(self, job: Job, result: Any) -> None:
        self._close(job)
        if not job.cancelled and not self._gone(job):
            job.on_success(result)

    @Slot(object, object)
    def _fail(self, job: Job, exc: BaseException) -> None:
        self._close(job)
        if isinstance(exc, Cancelled) or job.cancelled or self._gone(job):
            return
        if job.on_error is not None:
            job.on_error(exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def release(self, owner: QObject, timeout: float = 60.0) -> None:
        """Cancel the jobs reporting to `owner` (or its children) and let the worker finish
        what it is running, so that `owner` can close the database those jobs read."""
        for job in list(self._jobs):
            context = job.context
            while context is not None and context is not owner:
                context = context.parent() if shiboken6.isValid(context) else None
            if context is owner:
                job.cancel()
        if not self.synchronous:
            self._executor.submit(lambda: None).result(timeout=timeout)

    def shutdown(self) -> None:
        for job in list(self._jobs):
            job.cancel()
        self._executor.shutdown(wait=True, cancel_futures=True)


class _DelayedProgress(QObject):
    """A modeless progress dialog shown only if the job outlives DIALOG_DELAY_MS."""

    def __init__(self, job: Job, parent: QWidget) -> None:
        super().__init__(parent)
        self._job = job
        self._parent = parent
        self._dialog: QProgressDialog | None = None
        self._last = (0, 0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(DIALOG_DELAY_MS)
        job.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _show(self) -> None:
        if self._job.done:
            return
        dialog = QProgressDialog(self._parent)
        dialog.setWindowTitle(QCoreApplication.translate("Background", "PK Desk"))
        dialog.setLabelText(self._job.label)
        dialog.setCancelButtonText(QCoreApplication.translate("Background", "Batal"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self._job.cancel)
        done, total = self._last
        dialog.setRange(0, total or 0)
        dialog.setValue(done)
        dialog.show()
        self._dialog = dialog

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self._last = (done, total)
        if self._dialog is not None:
            self._dialog.setRange(0, total)
            self._dialog.setValue(done)

    def finish(self) -> None:
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None
        self.deleteLater()


_runner: BackgroundRunner | None = None


def runner() -> BackgroundRunner:
    """The application's one background runner (created on first use, on the main thread)."""
    global _runner
    if _runner is None:
        _runner = BackgroundRunner()
    return _runner


def run_in_background(
    fn: Callable[[Job], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    progress: QWidget | None = None,
    *,
    label: str = "",
    context: QObject | None = None,
) -> Job:
    """Run `fn(job)` on the worker thread; call `on_success(result)` or `on_error(exc)` on
    the main thread. With `progress` (a parent widget) a cancellable progress dialog shows
    when the job takes longer than half a second. With `context` (or `progress`) the
    callbacks are dropped if that object has been deleted by the time the job ends."""
    return runner().run(fn, on_success, on_error, label=label, parent=progress, context=context)

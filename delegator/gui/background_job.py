"""Long work of a dialog, off the window's thread, so a 50 MB file or a big PDF never
freezes it: the work (a ``Job``) and what the dialog needs around it (a ``JobRunner``:
busy state, progress, cancel, the end, and closing once the work has stopped).

The job runs on a QThread (gui/worker_thread.py) and only computes; every handler runs
on the window's thread, after the job's thread has ended.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QDialog

from delegator.gui.worker_thread import end_worker, start_worker


def _nothing(*_args: object) -> None:
    """The handlers before the first job."""


class JobCancelled(Exception):
    """Raised inside ``Job.work`` to stop it: the job ends as cancelled."""


class Job(QObject):
    """One piece of work: a subclass implements ``work()``, which returns the result
    (handed to the runner's *on_success*), raises (handed to *on_failure*) or calls
    ``report`` / ``check_cancelled`` between steps, which end it once ``cancel()`` was
    called. ``cancel()`` may be called from any thread."""

    progressed = Signal(int, int)  # done, total; (0, 0): busy without a measure
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def work(self) -> object:
        """The work itself, on the job's thread; every kind of job defines its own."""
        raise NotImplementedError(f"{type(self).__name__} does no work")

    def cancel(self) -> None:
        self._cancel.set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise JobCancelled

    def report(self, done: int, total: int) -> bool:
        """Progress made; False once cancelled (and nothing reported)."""
        if self._cancel.is_set():
            return False
        self.progressed.emit(done, total)
        return True

    @Slot()
    def run(self) -> None:
        try:
            result = self.work()
            self.check_cancelled()
        except JobCancelled:
            self.cancelled.emit()
        except Exception as error:  # any failure is shown, never lost
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class JobRunner(QObject):
    """Runs one job at a time for *dialog*.

    ``busy_changed`` tells the dialog when to show its progress bar and Cancel button,
    ``progressed`` what to show in it. When the job ends, its thread is ended first,
    then ``busy_changed(False)``, then the handler; a close the user asked for while the
    job ran (``close_when_stopped``) happens after the handler.
    """

    busy_changed = Signal(bool)
    progressed = Signal(int, int)

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._job: Job | None = None
        self._thread: QThread | None = None
        self._on_success: Callable[[Any], None] = _nothing
        self._on_failure: Callable[[Exception], None] = _nothing
        self._on_cancel: Callable[[], None] = _nothing
        self._close_result: int | None = None

    def is_busy(self) -> bool:
        return self._job is not None

    def start(
        self,
        job: Job,
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        on_cancel: Callable[[], None] = lambda: None,
    ) -> None:
        """Run *job* on a thread of its own; connect any signals of its own first."""
        if self._job is not None:
            raise RuntimeError("a job is still running")
        self._on_success, self._on_failure, self._on_cancel = on_success, on_failure, on_cancel
        self._job = job
        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.busy_changed.emit(True)
        self._thread = start_worker(self, job)

    def cancel(self) -> None:
        """Ask the job to stop; it ends as cancelled at its next check."""
        if self._job is not None:
            self._job.cancel()

    def close_when_stopped(self, result: int) -> bool:
        """While a job runs: cancel it and close the dialog with *result* once it has
        stopped (True). Without one: False, the dialog may close now."""
        if self._job is None:
            return False
        self._close_result = result
        self.cancel()
        return True

    def _end(self) -> None:
        end_worker(self._thread, self._job)
        self._thread = self._job = None
        self.busy_changed.emit(False)

    def _close_if_asked(self) -> None:
        if self._close_result is not None and self._job is None:
            result, self._close_result = self._close_result, None
            self._dialog.done(result)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._end()
        self._on_success(result)
        self._close_if_asked()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._end()
        self._on_failure(error)
        self._close_if_asked()

    @Slot()
    def _cancelled(self) -> None:
        self._end()
        self._on_cancel()
        self._close_if_asked()

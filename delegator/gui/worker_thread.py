"""Run a worker object on a QThread of its own, and end that thread cleanly.

The export and import dialogs use this so long work never blocks the window.
A QThread, not a Python thread: Qt's painting and timers need a thread Qt knows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread


def start_worker(parent: QObject, worker: QObject) -> QThread:
    """Move *worker* to a new thread, run its ``run()`` there and return the thread.

    Connect the worker's signals before calling this.
    """
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)  # type: ignore[attr-defined]
    thread.start()
    return thread


def end_worker(thread: QThread | None, worker: QObject | None) -> None:
    """After the worker's last signal: let its thread end, wait for it, free both."""
    if thread is not None:
        thread.quit()
        thread.wait()
        thread.deleteLater()
    if worker is not None:
        worker.deleteLater()

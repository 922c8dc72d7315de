"""Report the first paint of a chosen widget to the parent process, then quit.

Shared by the start-up children, so all are measured the same way: an event filter on
one widget sees its first ``QEvent.Paint``; a zero-timer then fires right after that
paint (and the backing-store flush that follows it) has finished, prints
``FIRST_PAINT <script-start> <painted> <rows>`` with ``time.perf_counter()`` stamps
(CLOCK_MONOTONIC on Linux, the same clock the parent reads) and asks the application
to quit.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTableView


class FirstPaintProbe(QObject):
    def __init__(
        self,
        script_started: float,
        accept: Callable[[QObject], int | None],
        then: Callable[[], object] = QCoreApplication.quit,
    ) -> None:
        super().__init__()
        self._script_started = script_started
        self._accept = accept  # -> rows shown (or 1 for a bare window), None to ignore
        self._then = then
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            rows = self._accept(watched)
            if rows is not None:
                self._done = True
                QTimer.singleShot(0, lambda: self._report(rows))
        return False

    def _report(self, rows: int) -> None:
        painted = time.perf_counter()
        print(f"FIRST_PAINT {self._script_started:.6f} {painted:.6f} {rows}", flush=True)
        self._then()


def table_rows(watched: QObject) -> int | None:
    """The rows shown if *watched* is the viewport of a QTableView with rows, else None."""
    table = watched.parent()
    if not isinstance(table, QTableView) or table.viewport() is not watched:
        return None
    rows = table.model().rowCount()
    return rows if rows > 0 else None


def probe_delegator(
    script_started: float,
    accept: Callable[[QObject], int | None] = table_rows,
    then: Callable[[], object] = QCoreApplication.quit,
) -> None:
    """Make ``delegator.app.main()`` report the first paint of its list; call before importing it.

    * QApplication is swapped for a subclass whose ``exec()`` first puts the probe on the
      viewport of every QTableView of the shown windows that has rows (``NO_TABLE`` if
      there is none; other tables are left alone: a first ``viewport()`` call can cost
      ms). Nothing can paint before ``exec()`` (launch() does not spin the event loop
      between ``show()`` and ``exec()``), so the first Paint with rows is that of the list.
    * An uncaught exception exits at once (code 70) instead of opening Delegator's modal
      crash dialog, which offscreen would wait forever.
    """

    class ProbedApplication(QApplication):
        def exec(self) -> int:
            self._probe = FirstPaintProbe(script_started, accept, then)
            tables = [
                table
                for top in self.topLevelWidgets()
                for table in top.findChildren(QTableView)
                if table.model() is not None and table.model().rowCount() > 0
            ]
            if not tables:
                print("NO_TABLE", flush=True)
            for table in tables:
                table.viewport().installEventFilter(self._probe)
            return super().exec()

    import PySide6.QtWidgets

    PySide6.QtWidgets.QApplication = ProbedApplication  # before delegator imports the name

    from delegator.gui import crash_dialog

    def fail(kind: type[BaseException], error: BaseException, tb: object) -> None:
        sys.__excepthook__(kind, error, tb)  # type: ignore[arg-type]
        sys.stderr.flush()
        os._exit(70)

    crash_dialog._hook = fail  # crash_dialog.install() sets sys.excepthook to this name

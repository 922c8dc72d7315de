"""Report the first paint of a chosen widget to the parent process, then quit.

Shared by the two start-up children (bare window and Delegator), so both are measured
the same way: an event filter on one widget sees its first ``QEvent.Paint``; a
zero-timer then fires right after that paint (and the backing-store flush that follows
it) has finished, prints ``FIRST_PAINT <script-start> <painted> <rows>`` with
``time.perf_counter()`` stamps (CLOCK_MONOTONIC on Linux, the same clock the parent
reads) and asks the application to quit.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer


class FirstPaintProbe(QObject):
    def __init__(self, script_started: float, accept: Callable[[QObject], int | None]) -> None:
        super().__init__()
        self._script_started = script_started
        self._accept = accept  # -> rows shown (or 1 for a bare window), None to ignore
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
        QCoreApplication.quit()

"""How long the GUI thread could not react: the gaps between ticks of a 10 ms timer on
it, recorded while work runs (``backup.py``, ``export_responsiveness.py``)."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer


class Ticks:
    """Records the gaps between ticks of a 10 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self.timer.start()

"""Building many objects at once without the cycle collector running over them."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pauses:
    """Counts the pauses in progress on every thread; the collector comes back when the
    last one ends, and only if it was on before the first."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._was_enabled = False

    def begin(self) -> None:
        with self._lock:
            if self._depth == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._depth += 1

    def end(self) -> None:
        with self._lock:
            self._depth -= 1
            if self._depth == 0:
                # Hand what was built to the permanent generation: otherwise the next
                # collection walks all of it at once (a second for a 50 MB import).
                gc.freeze()
                if self._was_enabled:
                    gc.enable()


_pauses = _Pauses()


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Pause the cycle collector while a bulk step (parsing 10,000 lines, reading
    100,000 rows, storing an import) creates objects that cannot form cycles.

    Each collection would walk every object created so far, many times over: an import
    of 10,000 to-dos spent a quarter of its time there. When the last pause ends, the
    objects alive are frozen (``gc.freeze``): the collector leaves them alone from then
    on, and reference counting still frees them when they are dropped, as data without
    cycles always is.
    """
    _pauses.begin()
    try:
        yield
    finally:
        _pauses.end()

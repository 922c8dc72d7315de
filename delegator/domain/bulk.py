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
            if self._depth == 0 and self._was_enabled:
                gc.enable()


_pauses = _Pauses()


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Pause the cycle collector while a bulk step (parsing 10,000 lines, reading
    100,000 rows, storing an import) creates objects that cannot form cycles.

    Each collection would walk every object created so far, many times over: an import
    of 10,000 to-dos spent a quarter of its time there. (Freezing what was built,
    ``gc.freeze``, would spare the collections after the pause too, but would also keep
    any garbage cycle of the moment forever: not worth it.)
    """
    _pauses.begin()
    try:
        yield
    finally:
        _pauses.end()

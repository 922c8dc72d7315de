"""Clocks shared by the tests of the services and of the window."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from delegator.domain.clock import Clock

BERLIN = ZoneInfo("Europe/Berlin")


class Ticking(Clock):
    """The tests' Monday (7 December 2026, 10:00 in Berlin), a second later at each
    reading: backups made one after the other get names of their own, as they do on a
    real clock."""

    def __init__(self) -> None:
        super().__init__(dt.datetime(2026, 12, 7, 10, 0, tzinfo=BERLIN), BERLIN)
        self._ticks = 0

    def now(self) -> dt.datetime:
        self._ticks += 1
        return super().now() + dt.timedelta(seconds=self._ticks)

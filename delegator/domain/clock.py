"""The one clock of the app: every "now" and "today" is read from a Clock.

Stored times are naive UTC (``utc_stamp``); what the user sees is the local time of the
clock's zone (``local``, ``today``). The rules of the domain never read the time
themselves: they take ``today`` or ``now`` as an argument, read from a Clock by the
service or window that calls them. Tests make a clock with a fixed instant and zone, so
nothing depends on the day the suite runs or on the machine's time zone.
"""

from __future__ import annotations

import datetime as dt


class Clock:
    """The current time, from the system or fixed at *instant* (made with :meth:`fixed`).

    *zone* is the user's time zone; without one, the computer's own zone at each reading.
    """

    def __init__(self, instant: dt.datetime | None = None, zone: dt.tzinfo | None = None) -> None:
        if instant is not None and instant.tzinfo is None:
            raise ValueError("a fixed instant needs a time zone")
        self._instant = instant
        self._zone = zone

    @classmethod
    def fixed(cls, local: dt.datetime, zone: dt.tzinfo) -> Clock:
        """A clock that always reads *local* (a wall-clock time in *zone*)."""
        return cls(local.replace(tzinfo=zone), zone)

    def now(self) -> dt.datetime:
        """The current instant, aware, in UTC."""
        if self._instant is not None:
            return self._instant.astimezone(dt.UTC)
        return dt.datetime.now(dt.UTC)

    def local(self, instant: dt.datetime | None = None) -> dt.datetime:
        """*instant* (aware, or a naive UTC stamp; default now) on the user's wall clock."""
        moment = self.now() if instant is None else instant
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        return moment.astimezone(self._zone) if self._zone is not None else moment.astimezone()

    def today(self) -> dt.date:
        """The date on the user's own calendar."""
        return self.local().date()

    def utc_stamp(self) -> dt.datetime:
        """Now as the data file stores it: naive UTC, whole seconds."""
        return self.now().replace(microsecond=0, tzinfo=None)

    def local_date(self, stamp: dt.datetime) -> dt.date:
        """The user's calendar day of a stored (naive UTC) stamp."""
        return self.local(stamp).date()

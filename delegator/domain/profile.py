"""The user as a client: how to reach them and what they promise."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from delegator.domain.errors import InvalidProblem, InvalidValue


class ChannelKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    CHAT = "chat"
    VIDEO = "video"
    OTHER = "other"


class CheckInRhythm(StrEnum):
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"


@dataclass(frozen=True, slots=True)
class ContactChannel:
    """A way to reach the client; *for_candidates*: also given to strangers who receive
    the requirements profile."""

    kind: ChannelKind
    value: str
    for_candidates: bool = False


@dataclass(frozen=True, slots=True)
class ReachabilityWindow:
    """A time the client answers questions; weekday 0 = Monday, end after start."""

    weekday: int
    start: dt.time
    end: dt.time

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValueError("weekday must be 0 (Monday) to 6 (Sunday)")
        if self.end <= self.start:
            raise InvalidValue(InvalidProblem.WINDOW_ENDS_BEFORE_START)


@dataclass(frozen=True, slots=True)
class Profile:
    """The working agreements the client offers. Money in cents."""

    name: str = ""
    business: str = ""
    channels: tuple[ContactChannel, ...] = ()
    windows: tuple[ReachabilityWindow, ...] = ()
    time_zone: str = ""
    response_time_hours: int | None = None
    check_in_rhythm: CheckInRhythm | None = None
    check_in_weekday: int | None = None
    monthly_budget_cents: int | None = None
    own_hourly_value_cents: int | None = None
    currency: str = "EUR"
    brief_language: str = ""

    def candidate_channels(self) -> tuple[ContactChannel, ...]:
        """The channels a requirements profile gives candidates: those the client chose
        for them or, when none is chosen, the first e-mail address only."""
        chosen = tuple(c for c in self.channels if c.for_candidates)
        if chosen:
            return chosen
        return next(((c,) for c in self.channels if c.kind is ChannelKind.EMAIL), ())

"""The people work is handed to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from delegator.domain.money import over_capacity


class FormOfAddress(StrEnum):
    """How a German brief addresses its reader: formal "Sie" or informal "du"."""

    SIE = "sie"
    DU = "du"


@dataclass(frozen=True, slots=True)
class Assistant:
    """A virtual assistant, bookkeeper or other freelancer. Money in cents.

    ``working_days`` are weekdays, 0 = Monday. ``german_address`` is the form of
    address of German briefs to them; None: the plan's default (the settings).
    """

    id: int
    name: str
    role: str = ""
    contact: str = ""
    skills: tuple[str, ...] = ()
    hourly_rate_cents: int | None = None
    currency: str = "EUR"
    weekly_capacity_hours: float | None = None
    working_days: tuple[int, ...] = ()
    work_start: dt.time | None = None
    work_end: dt.time | None = None
    time_zone: str = ""
    start_date: dt.date | None = None
    trial_end: dt.date | None = None
    notes: str = ""
    archived: bool = False
    german_address: FormOfAddress | None = None


@dataclass(frozen=True, slots=True)
class AssistantLoad:
    """What is assigned to an assistant: delegated, not archived to-dos."""

    assistant: Assistant
    tasks: int
    hours_per_week: float
    cost_per_month_cents: int | None

    @property
    def over_capacity(self) -> bool:
        return over_capacity(self.hours_per_week, self.assistant.weekly_capacity_hours)

"""What a handover brief says: everything the exporters need, already privacy-filtered.

A Brief is built by the handover service from the plan and the export options; the
Markdown, PDF, iCalendar and CSV writers only format it. Keep tasks, private notes,
mindset answers, the own hourly value and the budget never reach a Brief unless the
options opt in (see ``BriefOptions``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from delegator.domain.assistant import FormOfAddress
from delegator.domain.model import DelegationLevel, Frequency, Priority, Resource
from delegator.domain.profile import ContactChannel, ReachabilityWindow


class BriefFormat(StrEnum):
    MARKDOWN = "md"
    PDF = "pdf"
    ICS = "ics"
    CSV = "csv"
    ZIP = "zip"


@dataclass(frozen=True, slots=True)
class BriefOptions:
    """What the user chose for one export."""

    language: str = "en"
    include_cost: bool = False
    include_budget: bool = False
    include_notes: bool = False
    paper: str = "A4"  # "A4" or "Letter"
    # "Sie" or "du" in German; None: the assistant's, else the plan's (the settings).
    address: FormOfAddress | None = None


@dataclass(frozen=True, slots=True)
class BriefTask:
    """One delegated to-do as the assistant sees it (never its private notes unless
    the user opted in)."""

    id: int
    title: str
    area: str = ""
    instructions: str = ""
    steps: tuple[str, ...] = ()
    acceptance_criteria: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    tools: tuple[str, ...] = ()
    resources: tuple[Resource, ...] = ()
    frequency: Frequency | None = None
    minutes_per_occurrence: int | None = None
    hours_per_week: float | None = None
    due: dt.date | None = None
    lead_time_days: int | None = None
    priority: Priority | None = None
    level: DelegationLevel | None = None
    escalation_rule: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Agreement:
    """The working agreement: how the client and the assistant work together."""

    client_name: str = ""
    business: str = ""
    channels: tuple[ContactChannel, ...] = ()
    windows: tuple[ReachabilityWindow, ...] = ()
    time_zone: str = ""
    response_time_hours: int | None = None
    check_in: str = ""  # already worded, e.g. "weekly on Friday"
    assistant_days: tuple[int, ...] = ()
    assistant_hours: tuple[dt.time, dt.time] | None = None
    trial_end: dt.date | None = None


@dataclass(frozen=True, slots=True)
class TaskChange:
    """How a task differs from the version in the last handover."""

    task_id: int
    title: str
    fields: tuple[str, ...]  # names of BriefTask fields that changed


@dataclass(frozen=True, slots=True)
class FieldDiff:
    """One field of a to-do: as the last handover gave it, and as it is now (plain JSON
    values: text, a list of texts, a number, an ISO date, or None)."""

    field: str  # a BriefTask field name
    before: object
    after: object


@dataclass(frozen=True, slots=True)
class Revision:
    """What changed in a to-do since the assistant last received it."""

    task_id: int
    handed_over: dt.datetime  # aware, on the user's wall clock
    fields: tuple[FieldDiff, ...]


@dataclass(frozen=True, slots=True)
class HandoverChanges:
    since: dt.datetime  # the last handover, aware, on the user's wall clock
    added: tuple[str, ...] = ()  # titles
    removed: tuple[str, ...] = ()
    changed: tuple[TaskChange, ...] = ()


@dataclass(frozen=True, slots=True)
class Brief:
    """A whole handover brief for one assistant (or, without one, a requirements
    profile for prospective providers)."""

    title: str
    assistant_name: str | None  # None: "to be assigned"
    created: dt.datetime  # aware, on the user's wall clock
    version: int
    options: BriefOptions
    agreement: Agreement
    tasks: tuple[BriefTask, ...]
    hours_per_week: float
    hours_per_month: float
    cost_per_month_cents: int | None = None  # only with options.include_cost
    budget_cents: int | None = None  # only with options.include_budget
    currency: str = "EUR"
    changes: HandoverChanges | None = None
    skills: tuple[str, ...] = field(default=())  # all skills needed, for the profile
    plan_uid: str = ""  # the plan's random id, in every to-do's UID (exchange/task_refs.py)

"""The vocabulary of the product (docs/design.md, "Domain")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum, StrEnum

# The largest numbers a to-do holds (docs/design.md, "Domain"): a week of work per
# occurrence and a year of lead time. The editor, every import and the services refuse
# more; the calendar export leaves out a bigger one an older version stored.
MAX_MINUTES_PER_OCCURRENCE = 7 * 24 * 60
MAX_LEAD_TIME_DAYS = 365


class Decision(StrEnum):
    """Where a to-do stands after triage."""

    UNDECIDED = "undecided"
    KEEP = "keep"
    DELEGATE = "delegate"


class Frequency(StrEnum):
    """How often a task recurs."""

    ONCE = "once"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


class Priority(IntEnum):
    """Priority, 1 being the most urgent (the order Todoist and todo.txt use)."""

    URGENT = 1
    HIGH = 2
    NORMAL = 3
    LOW = 4


class DelegationLevel(IntEnum):
    """How much freedom the assistant has with a task."""

    DO_AS_WRITTEN = 1
    RESEARCH_AND_REPORT = 2
    RECOMMEND = 3
    DECIDE_AND_INFORM = 4
    ACT_ON_OWN = 5


class Status(StrEnum):
    """Where delegated work stands (domain/followup.py). ``open``: not handed over yet."""

    OPEN = "open"
    HANDED_OVER = "handed_over"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    REWORK = "rework"


class ResourceKind(StrEnum):
    LINK = "link"
    FILE = "file"


def overdue(due: dt.date | None, status: Status, archived: bool, today: dt.date) -> bool:
    """Open work whose due date lies before *today* (done or archived work never is)."""
    return due is not None and due < today and not archived and status is not Status.DONE


@dataclass(slots=True)
class TaskSummary:
    """One line of the to-do list: only what the list shows and filters on.

    Never changed once read (a change reads the to-do afresh), but not frozen: the list
    makes one per to-do at start-up, and a frozen dataclass takes eight times as long
    to build (1.4 µs against 0.18 µs; 14 ms at 10,000 to-dos).
    """

    id: int
    title: str
    decision: Decision
    area: str
    assistant_id: int | None
    position: int
    archived: bool
    due: dt.date | None = None
    status: Status = Status.OPEN
    next_check_in: dt.date | None = None
    changed_since_handover: bool = False
    priority: Priority | None = None
    frequency: Frequency | None = None
    minutes_per_occurrence: int | None = None

    def overdue_on(self, today: dt.date) -> bool:
        """Open work whose due date lies before *today* (done work is never overdue)."""
        return overdue(self.due, self.status, self.archived, today)


@dataclass(frozen=True, slots=True)
class Resource:
    """A link (``target`` is the URL) or an attached file (``target`` is its path
    inside the data folder's attachments)."""

    kind: ResourceKind
    label: str
    target: str
    size_bytes: int | None = None


@dataclass(frozen=True, slots=True)
class Task:
    """A to-do with everything the describe and handover steps need."""

    id: int
    title: str
    decision: Decision = Decision.UNDECIDED
    notes: str = ""
    area: str = ""
    assistant_id: int | None = None
    assistant_name: str | None = None
    priority: Priority | None = None
    frequency: Frequency | None = None
    minutes_per_occurrence: int | None = None
    due: dt.date | None = None
    lead_time_days: int | None = None
    instructions: str = ""
    steps: tuple[str, ...] = ()
    acceptance_criteria: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    tools: tuple[str, ...] = ()
    resources: tuple[Resource, ...] = ()
    level: DelegationLevel | None = None
    escalation_rule: str = ""
    position: int = 0
    archived: bool = False
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    # Follow-up (domain/followup.py): shown with the to-do, written only by the
    # follow-up service, never by saving the to-do.
    status: Status = Status.OPEN
    next_check_in: dt.date | None = None
    last_check_in: dt.date | None = None
    changed_since_handover: bool = False

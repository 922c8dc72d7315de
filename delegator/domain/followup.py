"""After the handover (docs/design.md, "Follow-up"): the status of delegated work,
check-ins in the user's rhythm, feedback, the settling-in review, and when to let go
further. Pure rules over dates; *today* is always passed in.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum, StrEnum

from delegator.domain.model import DelegationLevel, Resource, Status, Task
from delegator.domain.profile import CheckInRhythm


class StatusSource(StrEnum):
    """Who set a status: the user, an export (handed over), an assistant's file."""

    USER = "user"
    EXPORT = "export"
    IMPORT = "import"


DEFAULT_RHYTHM = CheckInRhythm.WEEKLY
RHYTHM_DAYS = {CheckInRhythm.WEEKLY: 7, CheckInRhythm.BIWEEKLY: 14}

# A review made this many days before the trial ends already counts as its review.
REVIEW_EARLY_DAYS = 14
# Ratings of 4 or 5 at the current level before the app suggests raising it.
RAISE_AFTER_GOOD_RATINGS = 3
GOOD_RATING = 4
POOR_RATING = 2


def add_months(day: dt.date, months: int) -> dt.date:
    """*day* moved by whole months, kept inside the month (31 Jan + 1 → 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def next_check_in(
    after: dt.date,
    rhythm: CheckInRhythm | None,
    weekday: int | None = None,
    default: CheckInRhythm = DEFAULT_RHYTHM,
) -> dt.date:
    """The check-in that follows one on *after* (or a handover on that day).

    Weekly and every two weeks: one or two weeks on; with a check-in weekday (0 =
    Monday), the first such weekday after the week (or two) that follows *after* begins,
    so a Friday check-in with a Monday rhythm is next Monday. Monthly: a month on, kept
    inside the month, then on to the weekday if one is set. No rhythm: *default* (the
    settings' default check-in rhythm; weekly unless chosen).
    """
    rhythm = rhythm or default
    if rhythm is CheckInRhythm.MONTHLY:
        day = add_months(after, 1)
        if weekday is not None:
            day += dt.timedelta(days=(weekday - day.weekday()) % 7)
        return day
    days = RHYTHM_DAYS[rhythm]
    if weekday is None:
        return after + dt.timedelta(days=days)
    earliest = after + dt.timedelta(days=days - 6)
    return earliest + dt.timedelta(days=(weekday - earliest.weekday()) % 7)


def review_due(trial_end: dt.date | None, reviews: Iterable[dt.date], today: dt.date) -> bool:
    """The settling-in period has ended (today or before) and no review was made
    after its last two weeks began."""
    if trial_end is None or trial_end > today:
        return False
    counts_from = trial_end - dt.timedelta(days=REVIEW_EARLY_DAYS)
    return not any(day >= counts_from for day in reviews)


def review_overdue(trial_end: dt.date | None, reviews: Iterable[dt.date], today: dt.date) -> bool:
    """A settling-in period that ended before today without its review."""
    return trial_end is not None and trial_end < today and review_due(trial_end, reviews, today)


class ReviewOutcome(StrEnum):
    CONTINUE = "continue"
    ADJUST = "adjust"
    END = "end"


@dataclass(frozen=True, slots=True)
class Feedback:
    """Feedback on a to-do (and so on its assistant) or on an assistant as a whole.

    ``level`` is the to-do's delegation level when the feedback was given, and
    ``instructions_digest`` the digest of its instructions, steps and "done when" list
    then (``instructions_digest()``), to tell whether they changed since.
    """

    id: int
    given_on: dt.date
    rating: int
    went_well: str = ""
    to_improve: str = ""
    keep_in_mind: str = ""
    task_id: int | None = None
    assistant_id: int | None = None
    task_title: str = ""
    level: DelegationLevel | None = None
    instructions_digest: str = ""


@dataclass(frozen=True, slots=True)
class CheckIn:
    id: int
    task_id: int
    done_on: dt.date
    note: str = ""


@dataclass(frozen=True, slots=True)
class Review:
    """The settling-in review of an assistant: continue, adjust (what), or end."""

    id: int
    assistant_id: int
    reviewed_on: dt.date
    outcome: ReviewOutcome
    adjustment: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class DueCheckIn:
    """A delegated to-do whose check-in is due (``delegator checkins``, the agenda)."""

    task_id: int
    title: str
    assistant_id: int | None
    assistant_name: str | None
    due_since: dt.date
    last_check_in: dt.date | None
    status: Status


@dataclass(frozen=True, slots=True)
class StatusChange:
    task_id: int
    status: Status
    changed_at: dt.datetime  # naive UTC
    source: StatusSource


def valid_rating(rating: int) -> bool:
    return 1 <= rating <= 5


def level_raise_reasons(
    level: DelegationLevel | None, feedback: Sequence[Feedback]
) -> tuple[Feedback, ...]:
    """The good ratings (4-5) given at the to-do's current level, when there are enough
    of them to suggest more freedom; () otherwise, or when the level is the highest.
    Only a suggestion: nothing changes the level but the user."""
    if level is None or level is DelegationLevel.ACT_ON_OWN:
        return ()
    good = tuple(f for f in feedback if f.level == level and f.rating >= GOOD_RATING)
    return good if len(good) >= RAISE_AFTER_GOOD_RATINGS else ()


def _digest(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def instructions_digest(task: Task) -> str:
    """What the assistant is told to do: instructions, steps, "done when" list."""
    return _digest([task.instructions, list(task.steps), list(task.acceptance_criteria)])


# What a handover gives the assistant of a to-do (the fields of a brief's task but for
# its id, the derived hours and the private notes), in the order a digest reads them.
REVISION_FIELDS = (
    "title",
    "area",
    "instructions",
    "steps",
    "acceptance_criteria",
    "skills",
    "tools",
    "resources",
    "frequency",
    "minutes_per_occurrence",
    "due",
    "lead_time_days",
    "priority",
    "level",
    "escalation_rule",
)


def _plain(value: object) -> object:
    """A field's value as JSON sees it, the same from a to-do and from a snapshot."""
    if isinstance(value, Resource):
        return [value.kind.value, value.label, value.target]
    if isinstance(value, Mapping):  # a resource of a snapshot
        return [_plain(value.get("kind")), value.get("label"), value.get("target")]
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def snapshot_digest(snapshot: Mapping[str, object]) -> str:
    """The digest of what a handover gave the assistant: its frozen snapshot of a
    brief's task (``exchange/brief_snapshot.py``, or the task's fields as a mapping)."""
    return _digest([_plain(snapshot.get(name)) for name in REVISION_FIELDS])


def revision_digest(task: Task) -> str:
    """The digest of what a handover would give the assistant of *task* now (not its
    private notes, decision, place in the list or status); equal to the
    ``snapshot_digest`` of its last handover while nothing of that changed."""
    return snapshot_digest({name: getattr(task, name) for name in REVISION_FIELDS})


def restate_needed(feedback: Sequence[Feedback], current_digest: str) -> Feedback | None:
    """The latest poor rating (2 or lower) of a to-do when its instructions are still
    what they were when it was given: time to restate what you expect."""
    poor = [f for f in feedback if f.rating <= POOR_RATING and f.task_id is not None]
    if not poor:
        return None
    latest = max(poor, key=lambda f: (f.given_on, f.id))
    return latest if latest.instructions_digest == current_digest else None

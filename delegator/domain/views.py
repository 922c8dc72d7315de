"""The list's views (Inbox, Keep, Delegate, All, Due for check-in, Done, Archive),
counts and search. Done work leaves the working views without being archived."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum

from delegator.domain.followup import due_for_check_in
from delegator.domain.model import Decision, Status, TaskSummary


class View(StrEnum):
    INBOX = "inbox"
    KEEP = "keep"
    DELEGATE = "delegate"
    ALL = "all"
    CHECK_IN = "check_in"
    DONE = "done"
    ARCHIVE = "archive"


_DECISION_OF_VIEW = {
    View.INBOX: Decision.UNDECIDED,
    View.KEEP: Decision.KEEP,
    View.DELEGATE: Decision.DELEGATE,
}


def needs_check_in(task: TaskSummary, today: dt.date | None) -> bool:
    """Delegated work with the assistant whose check-in is due on *today* (None: the
    day is not known, nothing is due)."""
    return (
        today is not None
        and task.decision is Decision.DELEGATE
        and due_for_check_in(task.status, task.archived, task.next_check_in, today)
    )


def in_view(view: View, task: TaskSummary, today: dt.date | None = None) -> bool:
    """Whether *view* shows *task*; Due for check-in needs *today*."""
    if view is View.ARCHIVE:
        return task.archived
    if task.archived:
        return False
    if view is View.CHECK_IN:
        return needs_check_in(task, today)
    if view is View.DONE:
        return task.status is Status.DONE
    if task.status is Status.DONE:
        return False
    decision = _DECISION_OF_VIEW.get(view)
    return decision is None or task.decision is decision


def search_terms(query: str) -> tuple[str, ...]:
    """The words of a search, case-folded; a to-do matches when it holds all of them."""
    return tuple(query.casefold().split())


Tally = Mapping[tuple[bool, Decision, bool], int]  # (archived, decision, done) → to-dos


def counts(tasks: Iterable[TaskSummary], today: dt.date | None = None) -> dict[View, int]:
    """How many to-dos each view shows (without a search)."""
    listed = list(tasks)
    tally = Counter((t.archived, t.decision, t.status is Status.DONE) for t in listed)
    return counts_from_tally(tally, sum(needs_check_in(t, today) for t in listed))


def counts_from_tally(tally: Tally, check_ins: int) -> dict[View, int]:
    """View counts from the number of to-dos per (archived, decision, done) and the
    number due for a check-in."""
    active = {decision: tally.get((False, decision, False), 0) for decision in Decision}
    return {
        View.INBOX: active[Decision.UNDECIDED],
        View.KEEP: active[Decision.KEEP],
        View.DELEGATE: active[Decision.DELEGATE],
        View.ALL: sum(active.values()),
        View.CHECK_IN: check_ins,
        View.DONE: sum(tally.get((False, decision, True), 0) for decision in Decision),
        View.ARCHIVE: sum(n for (archived, _decision, _done), n in tally.items() if archived),
    }


def view_filter(view: View) -> tuple[bool, Decision | None]:
    """(archived, decision) a to-do needs to be in *view*; None means any decision.
    A superset for Done and Due for check-in, which ``in_view`` then narrows."""
    if view is View.CHECK_IN:
        return False, Decision.DELEGATE
    return view is View.ARCHIVE, _DECISION_OF_VIEW.get(view)


def moved(order: Sequence[int], moving: Sequence[int], before: int | None) -> list[int]:
    """*order* with the ids in *moving* taken out and put, in their current order,
    right before *before* (or at the end when it is None or itself moving)."""
    moving_set = set(moving)
    picked = [task_id for task_id in order if task_id in moving_set]
    rest = [task_id for task_id in order if task_id not in moving_set]
    index = rest.index(before) if before is not None and before in rest else len(rest)
    return rest[:index] + picked + rest[index:]

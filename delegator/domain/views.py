"""The list's views (Inbox, Keep, Delegate, All, Due for check-in, Done, Archive),
counts and search. Done work leaves the working views without being archived."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum

from delegator.domain.model import Decision, Status, TaskSummary
from delegator.domain.status import due_for_check_in


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


def shown_in(view: View, tasks: Iterable[TaskSummary], today: dt.date | None) -> list[TaskSummary]:
    """The to-dos of *tasks* that *view* shows, in their order. Archived work is only
    in Archive, done work only in Done; Due for check-in holds delegated work with the
    assistant whose check-in is *today* or earlier (none when *today* is None).

    One comprehension per view, with no call per to-do: the list refilters its whole
    plan (10,000 to-dos and more) on every change of view and every data change.
    """
    done = Status.DONE
    if view is View.ARCHIVE:
        return [t for t in tasks if t.archived]
    if view is View.DONE:
        return [t for t in tasks if t.status is done and not t.archived]
    if view is View.CHECK_IN:
        if today is None:
            return []
        delegate = Decision.DELEGATE
        return [
            t
            for t in tasks
            if t.next_check_in is not None
            and t.next_check_in <= today
            and t.decision is delegate
            and due_for_check_in(t.status, t.archived, t.next_check_in, today)
        ]
    decision = _DECISION_OF_VIEW.get(view)
    if decision is None:
        return [t for t in tasks if not t.archived and t.status is not done]
    return [t for t in tasks if t.decision is decision and not t.archived and t.status is not done]


def search_terms(query: str) -> tuple[str, ...]:
    """The words of a search, case-folded; a to-do matches when it holds all of them."""
    return tuple(query.casefold().split())


Tally = Mapping[tuple[bool, Decision, bool], int]  # (archived, decision, done) → to-dos


def counts(tasks: Sequence[TaskSummary], today: dt.date | None = None) -> dict[View, int]:
    """How many to-dos each view shows (without a search)."""
    done = Status.DONE
    tally = Counter((t.archived, t.decision, t.status is done) for t in tasks)
    return counts_from_tally(tally, len(shown_in(View.CHECK_IN, tasks, today)))


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


def view_filter(view: View) -> tuple[bool, Decision | None, bool | None]:
    """(archived, decision, done) a to-do needs to be in *view*, for a query; None
    means any. Exact but for Due for check-in, which ``shown_in`` then narrows."""
    if view is View.ARCHIVE:
        return True, None, None
    if view is View.CHECK_IN:
        return False, Decision.DELEGATE, False
    return False, _DECISION_OF_VIEW.get(view), view is View.DONE


def moved(order: Sequence[int], moving: Sequence[int], before: int | None) -> list[int]:
    """*order* with the ids in *moving* taken out and put, in their current order,
    right before *before* (or at the end when it is None or itself moving)."""
    moving_set = set(moving)
    picked = [task_id for task_id in order if task_id in moving_set]
    rest = [task_id for task_id in order if task_id not in moving_set]
    index = rest.index(before) if before is not None and before in rest else len(rest)
    return rest[:index] + picked + rest[index:]

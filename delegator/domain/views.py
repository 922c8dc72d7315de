"""The list's views (Inbox, Keep, Delegate, All, Archive), counts and search."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum

from delegator.domain.model import Decision, TaskSummary


class View(StrEnum):
    INBOX = "inbox"
    KEEP = "keep"
    DELEGATE = "delegate"
    ALL = "all"
    ARCHIVE = "archive"


_DECISION_OF_VIEW = {
    View.INBOX: Decision.UNDECIDED,
    View.KEEP: Decision.KEEP,
    View.DELEGATE: Decision.DELEGATE,
}


def in_view(view: View, task: TaskSummary) -> bool:
    if view is View.ARCHIVE:
        return task.archived
    if task.archived:
        return False
    decision = _DECISION_OF_VIEW.get(view)
    return decision is None or task.decision is decision


def search_terms(query: str) -> tuple[str, ...]:
    """The words of a search, case-folded; a to-do matches when it holds all of them."""
    return tuple(query.casefold().split())


def counts(tasks: Iterable[TaskSummary]) -> dict[View, int]:
    """How many to-dos each view shows (without a search)."""
    return counts_from_tally(Counter((task.archived, task.decision) for task in tasks))


def counts_from_tally(tally: Mapping[tuple[bool, Decision], int]) -> dict[View, int]:
    """View counts from the number of to-dos per (archived, decision)."""
    active = {decision: tally.get((False, decision), 0) for decision in Decision}
    return {
        View.INBOX: active[Decision.UNDECIDED],
        View.KEEP: active[Decision.KEEP],
        View.DELEGATE: active[Decision.DELEGATE],
        View.ALL: sum(active.values()),
        View.ARCHIVE: sum(tally.get((True, decision), 0) for decision in Decision),
    }


def view_filter(view: View) -> tuple[bool, Decision | None]:
    """(archived, decision) a to-do needs to be in *view*; None means any decision."""
    return view is View.ARCHIVE, _DECISION_OF_VIEW.get(view)


def moved(order: Sequence[int], moving: Sequence[int], before: int | None) -> list[int]:
    """*order* with the ids in *moving* taken out and put, in their current order,
    right before *before* (or at the end when it is None or itself moving)."""
    moving_set = set(moving)
    picked = [task_id for task_id in order if task_id in moving_set]
    rest = [task_id for task_id in order if task_id not in moving_set]
    index = rest.index(before) if before is not None and before in rest else len(rest)
    return rest[:index] + picked + rest[index:]

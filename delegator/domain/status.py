"""Where delegated work stands, and whether it is due for a check-in: what the list
needs at start-up, apart from the rest of the follow-up (domain/followup.py)."""

from __future__ import annotations

import datetime as dt

from delegator.domain.model import Status

# The statuses in which delegated work is with the assistant and followed up.
FOLLOWED_UP = frozenset({Status.HANDED_OVER, Status.IN_PROGRESS, Status.REWORK})


def is_followed_up(status: Status, archived: bool) -> bool:
    """Work that is with the assistant: handed over, in progress or back for rework."""
    return status in FOLLOWED_UP and not archived


def due_for_check_in(
    status: Status, archived: bool, next_date: dt.date | None, today: dt.date
) -> bool:
    """Followed-up work whose next check-in is today or earlier."""
    return is_followed_up(status, archived) and next_date is not None and next_date <= today


def check_in_overdue(
    status: Status, archived: bool, next_date: dt.date | None, today: dt.date
) -> bool:
    """Followed-up work whose check-in day has passed without a check-in."""
    return is_followed_up(status, archived) and next_date is not None and next_date < today

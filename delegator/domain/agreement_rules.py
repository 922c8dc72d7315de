"""What an agreement must hold to be stored: an assistant's hours and dates in order,
the client's reachability windows each on its own time of day.

Pure functions that raise ``InvalidValue`` (``WindowsOverlap``) naming the problem; the
services refuse what breaks them, and the pages say why under the field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from delegator.domain.assistant import Assistant
from delegator.domain.errors import InvalidProblem, InvalidValue, WindowsOverlap
from delegator.domain.profile import Profile, ReachabilityWindow


def check_working_hours(start: dt.time | None, end: dt.time | None) -> None:
    """An agreed working day ends after it starts."""
    if start is not None and end is not None and end <= start:
        raise InvalidValue(InvalidProblem.WORK_ENDS_BEFORE_START)


def check_trial_period(start_date: dt.date | None, trial_end: dt.date | None) -> None:
    """A trial period does not end before the start date (it may end on it)."""
    if start_date is not None and trial_end is not None and trial_end < start_date:
        raise InvalidValue(InvalidProblem.TRIAL_ENDS_BEFORE_START)


def check_assistant(assistant: Assistant) -> None:
    """An assistant has a name, and their hours and trial dates in order."""
    if not assistant.name.strip():
        raise InvalidValue(InvalidProblem.EMPTY_NAME)
    check_working_hours(assistant.work_start, assistant.work_end)
    check_trial_period(assistant.start_date, assistant.trial_end)


def check_windows(windows: Sequence[ReachabilityWindow]) -> None:
    """No two windows on the same day overlap (touching is fine).

    Each window is held against those before it, so the one named is the earlier in
    *windows*: the one already agreed when a new one is added at the end.
    """
    for index, window in enumerate(windows):
        for earlier in windows[:index]:
            if (
                earlier.weekday == window.weekday
                and window.start < earlier.end
                and earlier.start < window.end
            ):
                raise WindowsOverlap(earlier)


def check_profile(profile: Profile) -> None:
    """The working agreements hold together: reachability windows do not overlap."""
    check_windows(profile.windows)

"""Hours-per-week maths for recurring work."""

from __future__ import annotations

from delegator.domain.model import Frequency

WEEKS_PER_YEAR = 365.25 / 7

OCCURRENCES_PER_WEEK: dict[Frequency, float] = {
    Frequency.DAILY: 5.0,
    Frequency.WEEKLY: 1.0,
    Frequency.MONTHLY: 12 / WEEKS_PER_YEAR,
    Frequency.QUARTERLY: 4 / WEEKS_PER_YEAR,
    Frequency.YEARLY: 1 / WEEKS_PER_YEAR,
}


def hours_per_week(frequency: Frequency | None, minutes_per_occurrence: int | None) -> float | None:
    """Average hours a week a task takes; None when it is not estimated or not recurring.

    Daily work counts five working days a week; a one-off task has no weekly load.
    """
    if frequency is None or minutes_per_occurrence is None:
        return None
    per_week = OCCURRENCES_PER_WEEK.get(frequency)
    if per_week is None:
        return None
    return round(per_week * minutes_per_occurrence / 60, 2)

"""Hours per month, cost per month and capacity: the sums behind budget and triage.

Money is always integer cents; hours are floats and never rounded here (the GUI
formats them), so a monthly hour is exactly one hour a month.

A month is a twelfth of a year: weekly work counts ``WEEKS_PER_YEAR / 12`` (≈ 4.35)
times, daily work five times that. ``WEEKS_PER_YEAR`` is the one
``delegator.domain.hours`` uses for hours per week, so both figures describe the
same load (365.25 / 7 ≈ 52.18 weeks; 52.1775 from the Gregorian year differs by 0.002 %).

A one-off task has no weekly load; in the month it is done in it takes its full time,
so ``hours_per_month`` counts it once. That is the figure to check against a monthly
budget when the work is planned.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

from delegator.domain.hours import WEEKS_PER_YEAR
from delegator.domain.model import Frequency

WEEKS_PER_MONTH = WEEKS_PER_YEAR / 12

_OCCURRENCES_PER_MONTH: dict[Frequency, float] = {
    Frequency.ONCE: 1.0,  # in the month it is done, see the module docstring
    Frequency.DAILY: 5 * WEEKS_PER_MONTH,
    Frequency.WEEKLY: WEEKS_PER_MONTH,
    Frequency.MONTHLY: 1.0,
    Frequency.QUARTERLY: 1 / 3,
    Frequency.YEARLY: 1 / 12,
}

# Tolerance for sums of hours: 10.000000000000002 assigned of 10 is not "over".
_EPSILON = 1e-9


def hours_per_month(
    frequency: Frequency | None, minutes_per_occurrence: int | None
) -> float | None:
    """Average hours a month a task takes; None when it is not estimated."""
    if frequency is None or minutes_per_occurrence is None:
        return None
    _require_non_negative(minutes_per_occurrence, "minutes per occurrence")
    return _OCCURRENCES_PER_MONTH[frequency] * minutes_per_occurrence / 60


def monthly_from_weekly(hours_per_week: float | None) -> float | None:
    """Hours a month of a load given in hours a week."""
    if hours_per_week is None:
        return None
    _require_non_negative(hours_per_week, "hours per week")
    return hours_per_week * WEEKS_PER_MONTH


def weekly_from_monthly(hours_per_month: float | None) -> float | None:
    """Hours a week of a load given in hours a month."""
    if hours_per_month is None:
        return None
    _require_non_negative(hours_per_month, "hours per month")
    return hours_per_month / WEEKS_PER_MONTH


def cost_per_month_cents(
    hours_per_month: float | None, hourly_rate_cents: int | None
) -> int | None:
    """What the hours cost at the rate, rounded half up to whole cents."""
    if hours_per_month is None or hourly_rate_cents is None:
        return None
    _require_non_negative(hours_per_month, "hours per month")
    _require_non_negative(hourly_rate_cents, "hourly rate")
    # repr() is the shortest decimal that reads back as the same float: 2.675 h stays
    # 2.675 h instead of 2.67499999… and rounds the way a person would.
    exact = Decimal(repr(float(hours_per_month))) * hourly_rate_cents
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def over_capacity(assigned_hours_per_week: float, capacity_hours_per_week: float | None) -> bool:
    """Whether the assigned hours exceed an assistant's capacity (none known: never).

    Any work is over a capacity of zero; sums of floats get a tolerance, so
    10.000000000000002 h assigned of 10 h is not over.
    """
    _require_non_negative(assigned_hours_per_week, "assigned hours")
    if capacity_hours_per_week is None:
        return False
    _require_non_negative(capacity_hours_per_week, "capacity")
    return assigned_hours_per_week - capacity_hours_per_week > _EPSILON


def _require_non_negative(value: float, name: str) -> None:
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{name} must be a finite number of at least 0, not {value!r}")

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from delegator.domain.hours import hours_per_week
from delegator.domain.model import Frequency


def test_weekly_and_daily_work() -> None:
    assert hours_per_week(Frequency.WEEKLY, 90) == 1.5
    assert hours_per_week(Frequency.DAILY, 30) == 2.5  # five working days


def test_monthly_work_is_spread_over_the_weeks_of_a_month() -> None:
    assert hours_per_week(Frequency.MONTHLY, 60) == 0.23


def test_unknown_estimate_or_one_off_work_has_no_weekly_load() -> None:
    assert hours_per_week(None, 60) is None
    assert hours_per_week(Frequency.WEEKLY, None) is None
    assert hours_per_week(Frequency.ONCE, 600) is None


@given(st.sampled_from([f for f in Frequency if f is not Frequency.ONCE]), st.integers(0, 10_000))
def test_more_minutes_never_mean_fewer_hours(frequency: Frequency, minutes: int) -> None:
    low = hours_per_week(frequency, minutes)
    high = hours_per_week(frequency, minutes + 1)
    assert low is not None
    assert high is not None
    assert 0 <= low <= high

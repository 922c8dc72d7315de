from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from delegator.domain.hours import hours_per_week
from delegator.domain.model import Frequency
from delegator.domain.money import (
    WEEKS_PER_MONTH,
    cost_per_month_cents,
    hours_per_month,
    monthly_from_weekly,
    over_capacity,
    weekly_from_monthly,
)

frequencies = st.sampled_from(list(Frequency))
minutes = st.integers(0, 7 * 24 * 60)
rates = st.integers(0, 100_000)
hours = st.floats(0, 1_000, allow_nan=False, allow_infinity=False)


def test_hours_per_month_of_each_frequency() -> None:
    assert hours_per_month(Frequency.MONTHLY, 60) == 1.0
    assert hours_per_month(Frequency.MONTHLY, 600) == 10.0
    assert hours_per_month(Frequency.QUARTERLY, 180) == pytest.approx(1.0)
    assert hours_per_month(Frequency.YEARLY, 120) == pytest.approx(1 / 6)
    assert hours_per_month(Frequency.WEEKLY, 60) == pytest.approx(4.348, abs=0.001)
    assert hours_per_month(Frequency.DAILY, 60) == pytest.approx(5 * 4.348, abs=0.01)


def test_a_one_off_task_counts_fully_in_its_month() -> None:
    assert hours_per_month(Frequency.ONCE, 90) == 1.5


def test_unknown_estimates_propagate_as_none() -> None:
    assert hours_per_month(None, 60) is None
    assert hours_per_month(Frequency.WEEKLY, None) is None
    assert cost_per_month_cents(None, 3800) is None
    assert cost_per_month_cents(2.0, None) is None
    assert monthly_from_weekly(None) is None
    assert weekly_from_monthly(None) is None


def test_cost_is_rounded_half_up_to_whole_cents() -> None:
    assert cost_per_month_cents(10.0, 3800) == 38_000
    assert cost_per_month_cents(2.5, 3801) == 9503  # 9502.5
    assert cost_per_month_cents(0.5, 1) == 1  # 0.5 cent
    assert cost_per_month_cents(0.49, 1) == 0
    assert cost_per_month_cents(2.675, 100) == 268  # not 267 from the float 2.67499…
    assert cost_per_month_cents(0.0, 5500) == 0


def test_negative_or_impossible_inputs_are_refused() -> None:
    with pytest.raises(ValueError, match="minutes"):
        hours_per_month(Frequency.WEEKLY, -1)
    with pytest.raises(ValueError, match="rate"):
        cost_per_month_cents(1.0, -100)
    with pytest.raises(ValueError, match="hours"):
        cost_per_month_cents(math.nan, 100)
    with pytest.raises(ValueError, match="capacity"):
        over_capacity(1.0, -5.0)


def test_a_monthly_task_costs_its_hours_times_the_rate() -> None:
    # 10 hours a month at 38 €/h: exactly 380 €, no rounding drift from hours per week.
    assert cost_per_month_cents(hours_per_month(Frequency.MONTHLY, 600), 3800) == 38_000


def test_over_capacity() -> None:
    assert not over_capacity(5.0, 10.0)
    assert not over_capacity(10.0, 10.0)
    assert over_capacity(12.0, 10.0)
    assert not over_capacity(3.0, None)
    assert not over_capacity(0.0, 0.0)
    assert over_capacity(0.5, 0.0)


def test_a_sum_of_rounded_hours_at_capacity_is_not_over() -> None:
    assigned = sum([3.3, 3.3, 3.4])  # 10.000000000000002 in floats
    assert over_capacity(assigned, 10.0) is False


@given(frequencies.filter(lambda f: f is not Frequency.ONCE), minutes)
def test_monthly_hours_match_weekly_hours(frequency: Frequency, minutes: int) -> None:
    weekly = hours_per_week(frequency, minutes)
    monthly = hours_per_month(frequency, minutes)
    assert weekly is not None
    assert monthly is not None
    # hours_per_week rounds to 0.01 h; the monthly figure is exact.
    assert monthly == pytest.approx(weekly * WEEKS_PER_MONTH, abs=0.005 * WEEKS_PER_MONTH + 1e-9)
    assert weekly_from_monthly(monthly) == pytest.approx(weekly, abs=0.005 + 1e-9)


@given(frequencies, minutes)
def test_more_minutes_never_mean_fewer_hours(frequency: Frequency, minutes: int) -> None:
    low = hours_per_month(frequency, minutes)
    high = hours_per_month(frequency, minutes + 1)
    assert low is not None
    assert high is not None
    assert 0 <= low < high


@given(hours, hours, rates)
def test_cost_grows_with_hours(a: float, b: float, rate: int) -> None:
    low, high = sorted([a, b])
    low_cost = cost_per_month_cents(low, rate)
    high_cost = cost_per_month_cents(high, rate)
    assert low_cost is not None
    assert high_cost is not None
    assert 0 <= low_cost <= high_cost


@given(hours, rates, rates)
def test_cost_grows_with_the_rate(hours: float, a: int, b: int) -> None:
    low, high = sorted([a, b])
    low_cost = cost_per_month_cents(hours, low)
    high_cost = cost_per_month_cents(hours, high)
    assert low_cost is not None
    assert high_cost is not None
    assert 0 <= low_cost <= high_cost


@given(hours, rates)
def test_cost_is_within_half_a_cent_of_the_exact_product(hours: float, rate: int) -> None:
    cost = cost_per_month_cents(hours, rate)
    assert cost is not None
    assert abs(cost - hours * rate) <= 0.5 + 1e-6 * max(1.0, hours * rate)


@given(st.lists(st.tuples(frequencies, minutes), max_size=30), rates)
def test_per_task_costs_add_up_to_the_cost_of_all_hours(
    tasks: list[tuple[Frequency, int]], rate: int
) -> None:
    per_task = [hours_per_month(frequency, minutes) for frequency, minutes in tasks]
    assert all(h is not None for h in per_task)
    total_hours = sum(h for h in per_task if h is not None)
    summed_costs = sum(cost_per_month_cents(h, rate) or 0 for h in per_task)
    cost_of_sum = cost_per_month_cents(total_hours, rate)
    assert cost_of_sum is not None
    assert abs(summed_costs - cost_of_sum) <= max(1, len(tasks))


@given(hours, st.one_of(st.none(), st.just(0.0), st.floats(0.01, 1_000)))
def test_over_capacity_is_consistent(assigned: float, capacity: float | None) -> None:
    over = over_capacity(assigned, capacity)
    if capacity is None:
        assert over is False
    else:
        assert over == (assigned - capacity > 1e-9)


@given(hours)
def test_weekly_and_monthly_conversions_are_inverse(hours: float) -> None:
    monthly = monthly_from_weekly(hours)
    assert monthly is not None
    assert monthly >= hours
    assert weekly_from_monthly(monthly) == pytest.approx(hours)

"""The agreement rules: hours and dates in order, reachability windows apart."""

from __future__ import annotations

import datetime as dt

import pytest

from delegator.domain.agreement_rules import (
    check_assistant,
    check_profile,
    check_trial_period,
    check_windows,
    check_working_hours,
)
from delegator.domain.assistant import Assistant
from delegator.domain.errors import InvalidProblem, InvalidValue, WindowsOverlap
from delegator.domain.profile import Profile, ReachabilityWindow

MONDAY, TUESDAY = 0, 1
NINE, NOON, ONE, FIVE = dt.time(9), dt.time(12), dt.time(13), dt.time(17)


def problem_of(error: pytest.ExceptionInfo[InvalidValue]) -> InvalidProblem:
    return error.value.problem


@pytest.mark.parametrize(("start", "end"), [(None, None), (NINE, None), (None, FIVE), (NINE, FIVE)])
def test_working_hours_in_order_or_not_agreed_pass(
    start: dt.time | None, end: dt.time | None
) -> None:
    check_working_hours(start, end)


@pytest.mark.parametrize(("start", "end"), [(FIVE, NINE), (NINE, NINE)])
def test_a_working_day_must_end_after_it_starts(start: dt.time, end: dt.time) -> None:
    with pytest.raises(InvalidValue) as error:
        check_working_hours(start, end)
    assert problem_of(error) == InvalidProblem.WORK_ENDS_BEFORE_START


def test_a_trial_may_end_on_its_start_date_but_not_before() -> None:
    start = dt.date(2026, 3, 1)
    check_trial_period(None, start)
    check_trial_period(start, None)
    check_trial_period(start, start)
    with pytest.raises(InvalidValue) as error:
        check_trial_period(start, start - dt.timedelta(days=1))
    assert problem_of(error) == InvalidProblem.TRIAL_ENDS_BEFORE_START


def test_an_assistant_is_checked_for_name_hours_and_trial() -> None:
    anna = Assistant(1, "Anna", work_start=NINE, work_end=FIVE)
    check_assistant(anna)
    cases = {
        InvalidProblem.EMPTY_NAME: Assistant(1, "  "),
        InvalidProblem.WORK_ENDS_BEFORE_START: Assistant(1, "Anna", work_start=FIVE, work_end=NINE),
        InvalidProblem.TRIAL_ENDS_BEFORE_START: Assistant(
            1, "Anna", start_date=dt.date(2026, 3, 2), trial_end=dt.date(2026, 3, 1)
        ),
    }
    for problem, assistant in cases.items():
        with pytest.raises(InvalidValue) as error:
            check_assistant(assistant)
        assert problem_of(error) == problem


def test_a_window_must_end_after_it_starts() -> None:
    with pytest.raises(InvalidValue) as error:
        ReachabilityWindow(MONDAY, NOON, NINE)
    assert problem_of(error) == InvalidProblem.WINDOW_ENDS_BEFORE_START


def test_windows_may_touch_and_fall_on_other_days() -> None:
    check_windows(
        (
            ReachabilityWindow(MONDAY, NINE, NOON),
            ReachabilityWindow(MONDAY, NOON, FIVE),
            ReachabilityWindow(TUESDAY, NINE, FIVE),
        )
    )


def test_overlapping_windows_name_the_earlier_one() -> None:
    morning = ReachabilityWindow(MONDAY, NINE, NOON)
    late = ReachabilityWindow(MONDAY, dt.time(11), ONE)
    with pytest.raises(WindowsOverlap) as error:
        check_windows((ReachabilityWindow(TUESDAY, NINE, FIVE), morning, late))
    assert error.value.window == morning
    assert error.value.problem == InvalidProblem.WINDOWS_OVERLAP
    with pytest.raises(WindowsOverlap):
        check_profile(Profile(windows=(morning, late)))
    check_profile(Profile(windows=(morning,)))

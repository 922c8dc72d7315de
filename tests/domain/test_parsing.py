from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from delegator.domain.parsing import (
    MAX_MINUTES,
    ParseError,
    ParseProblem,
    parse_date,
    parse_minutes,
)

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("90", 90),
        ("1:30", 90),
        ("1,5 h", 90),
        ("1.5h", 90),
        ("45 min", 45),
        ("2 Std", 120),
        ("  ", None),
        ("0", 0),
        ("3 hours", 180),
    ],
)
def test_durations_people_type(text: str, minutes: int | None) -> None:
    assert parse_minutes(text) == minutes


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("-5", ParseProblem.NEGATIVE),
        ("abc", ParseProblem.NOT_A_DURATION),
        ("1:75", ParseProblem.NOT_A_DURATION),
        ("99999", ParseProblem.TOO_LONG),
    ],
)
def test_bad_durations_say_why(text: str, problem: ParseProblem) -> None:
    with pytest.raises(ParseError) as caught:
        parse_minutes(text)
    assert caught.value.problem is problem


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2026-12-12", dt.date(2026, 12, 12)),
        ("12.12.2026", dt.date(2026, 12, 12)),
        ("12.12.", dt.date(2026, 12, 12)),
        ("3.1.", dt.date(2027, 1, 3)),
        ("12/31/2026", dt.date(2026, 12, 31)),
        ("+3", dt.date(2026, 11, 30)),
        ("+2w", dt.date(2026, 12, 11)),
        ("", None),
        ("1.2.27", dt.date(2027, 2, 1)),
    ],
)
def test_dates_people_type(text: str, date: dt.date | None) -> None:
    assert parse_date(text, TODAY) == date


@pytest.mark.parametrize("text", ["31.02.2026", "tomorrowish", "2026-13-01", "+99999w"])
def test_bad_dates_are_refused(text: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_date(text, TODAY)
    assert caught.value.problem is ParseProblem.NOT_A_DATE


@given(st.text(max_size=30))
def test_any_text_parses_or_raises_parse_error(text: str) -> None:
    try:
        minutes = parse_minutes(text)
    except ParseError:
        return
    assert minutes is None or 0 <= minutes <= MAX_MINUTES


@given(st.text(max_size=30))
def test_any_text_is_a_date_or_a_parse_error(text: str) -> None:
    try:
        result = parse_date(text, TODAY)
    except ParseError:
        return
    assert result is None or isinstance(result, dt.date)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_iso_and_german_forms_round_trip(date: dt.date) -> None:
    assert parse_date(date.isoformat(), TODAY) == date
    assert parse_date(f"{date.day}.{date.month}.{date.year}", TODAY) == date


def test_slashed_dates_follow_the_locales_order() -> None:
    assert parse_date("01/12/2026", TODAY) == dt.date(2026, 1, 12)
    assert parse_date("01/12/2026", TODAY, day_first=True) == dt.date(2026, 12, 1)

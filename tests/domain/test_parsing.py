from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from delegator.domain.parsing import (
    MAX_MINUTES,
    ParseError,
    ParseProblem,
    parse_date,
    parse_decimal,
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
        ("45 Min.", 45),  # as the German app writes it
        ("2 Std.", 120),
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
    ("text", "decimal_point", "minutes"),
    [
        ("1,5 h", ",", 90),
        ("1.5 h", ",", 90),  # a dot before one digit cannot group thousands
        ("1.5 h", ".", 90),
        ("1,5 h", ".", 90),
        ("1.000 min", ",", 1000),  # a German thousand
        ("1,000 min", ".", 1000),  # an English thousand
        ("1,000 min", ",", 1),
        ("1:30", ",", 90),
    ],
)
def test_durations_follow_the_locale_people_type_in(
    text: str, decimal_point: str, minutes: int
) -> None:
    assert parse_minutes(text, decimal_point=decimal_point) == minutes


def test_durations_in_files_take_a_dot_or_a_comma_as_the_decimal_point() -> None:
    assert parse_minutes("1,000 min") == parse_minutes("1.000 min") == 1
    with pytest.raises(ParseError) as caught:
        parse_minutes("1.000,5 min")
    assert caught.value.problem is ParseProblem.NOT_A_DURATION


@pytest.mark.parametrize(
    ("text", "german", "english"),
    [
        ("120,50", "120.50", "120.50"),
        ("120.50", "120.50", "120.50"),
        ("1.200,50", "1200.50", "1200.50"),
        ("1,200.50", "1200.50", "1200.50"),
        ("1.200", "1200", "1.2"),  # ambiguous: what the locale means
        ("1,200", "1.2", "1200"),
        ("0.500", "0.5", "0.5"),  # a group never starts with 0
        ("1.200.000", "1200000", "1200000"),
        ("1,200,000", "1200000", "1200000"),
        ("1 200,50", "1200.50", "1200.50"),
        ("1\u202f200,50", "1200.50", "1200.50"),
        ("1'200.50", "1200.50", "1200.50"),
        ("1\u2019200.50", "1200.50", "1200.50"),
        (",5", "0.5", "0.5"),
        ("5.", "5", "5"),
        ("  42 ", "42", "42"),
        ("-3,5", "-3.5", "-3.5"),
        ("+7", "7", "7"),
    ],
)
def test_numbers_people_type(text: str, german: str, english: str) -> None:
    assert parse_decimal(text, ",") == Decimal(german)
    assert parse_decimal(text, ".") == Decimal(english)


@pytest.mark.parametrize(
    "text", ["1.234.5", "1,234,5", "1.2,5", "12 5", "1,20,000", ".", ",", "abc", "1e3", "--1"]
)
def test_what_is_no_number_is_refused(text: str) -> None:
    for decimal_point in ",.":
        with pytest.raises(ParseError) as caught:
            parse_decimal(text, decimal_point)
        assert caught.value.problem is ParseProblem.NOT_A_NUMBER


def test_an_empty_number_is_none() -> None:
    assert parse_decimal("  ", ",") is None


def _written(value: Decimal, decimal_point: str, *, grouped: bool) -> str:
    english = f"{value:,.2f}" if grouped else f"{value:.2f}"
    return english.translate(str.maketrans(",.", ".,")) if decimal_point == "," else english


@given(
    st.decimals(min_value=0, max_value=10**9, places=2),
    st.sampled_from(",."),
    st.sampled_from(",."),
    st.booleans(),
)
def test_an_amount_with_cents_means_the_same_in_both_locales(
    value: Decimal, written_with: str, read_with: str, grouped: bool
) -> None:
    """However an amount with cents is written, German or English, grouped or not,
    either locale reads the same amount: never 100 or 1000 times off."""
    assert parse_decimal(_written(value, written_with, grouped=grouped), read_with) == value


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(",."))
def test_whole_numbers_written_the_locales_way_are_read_back(
    value: int, decimal_point: str
) -> None:
    written = _written(Decimal(value), decimal_point, grouped=True)[:-3]
    assert parse_decimal(written, decimal_point) == value


@given(st.text(max_size=30), st.sampled_from(",."))
def test_any_text_is_a_number_or_a_parse_error(text: str, decimal_point: str) -> None:
    try:
        number = parse_decimal(text, decimal_point)
    except ParseError:
        return
    assert number is None or number.is_finite()


@given(st.text(max_size=30), st.sampled_from(",."))
def test_any_text_is_a_duration_in_the_locale_or_a_parse_error(
    text: str, decimal_point: str
) -> None:
    try:
        minutes = parse_minutes(text, decimal_point=decimal_point)
    except ParseError:
        return
    assert minutes is None or 0 <= minutes <= MAX_MINUTES


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

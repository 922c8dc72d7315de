"""Numbers in import files (issue 14 review): a time per occurrence that is negative or
longer than a week is refused at its line, naming the field and the value as written
(todo.txt keeps an ``est:`` it cannot use in the notes, tested with its parser); a
whole number is written in ASCII digits only; and
the iCalendar library's English errors become sentences of ours naming line, field and
value."""

from __future__ import annotations

import pytest

from delegator.domain.imported import ImportFormatError, ImportProblem, ImportResult
from delegator.domain.model import MAX_MINUTES_PER_OCCURRENCE
from delegator.exchange.csv_mapping import parse_mapped_csv
from delegator.exchange.import_csv import parse_todoist_csv
from delegator.exchange.import_ics import parse_ics
from delegator.text.import_errors import import_reason
from tests.cli_plurals import cli_in_english  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("cli_in_english")

TODOIST_HEADER = (
    "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE,"
    "DURATION,DURATION_UNIT\n"
)
A_WEEK = "is not a time per occurrence from 0 to 10,080 minutes (a week)"


def todoist(duration: str, unit: str) -> str:
    return TODOIST_HEADER + f"task,ok,,1,1,,,,en,,30,minute\ntask,x,,1,1,,,,en,,{duration},{unit}\n"


def calendar(*lines: str) -> str:
    body = "".join(f"{line}\r\n" for line in lines)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VTODO\r\nUID:a@b\r\n"
        f"SUMMARY:Hello\r\n{body}END:VTODO\r\nEND:VCALENDAR\r\n"
    )


def refusal(parse: object, text: str) -> tuple[int, str]:
    with pytest.raises(ImportFormatError) as caught:
        parse(text)  # type: ignore[operator]
    return caught.value.line, import_reason(caught.value)


@pytest.mark.parametrize(
    ("duration", "unit", "written"),
    [
        ("99999999999999999999", "day", "'99999999999999999999 day'"),
        ("9223372036854775807", "minute", "'9223372036854775807 minute'"),
        ("8", "day", "'8 day'"),
        ("10081", "minute", "'10081 minute'"),
        ("-30", "minute", "'-30 minute'"),
    ],
)
def test_a_todoist_duration_beyond_a_week_or_negative_is_refused_at_its_line(
    duration: str, unit: str, written: str
) -> None:
    assert refusal(parse_todoist_csv, todoist(duration, unit)) == (
        3,
        f"DURATION {written} {A_WEEK}",
    )


def test_a_todoist_duration_of_a_week_is_the_most_there_is() -> None:
    result = parse_todoist_csv(todoist("7", "day"))
    assert [task.minutes_per_occurrence for task in result.tasks] == [
        30,
        MAX_MINUTES_PER_OCCURRENCE,
    ]


@pytest.mark.parametrize("number", ["1_000", "٣", "５", "3.0", "0x10"])
def test_a_whole_number_in_a_todoist_cell_is_written_in_ascii_digits(number: str) -> None:
    assert refusal(parse_todoist_csv, todoist(number, "minute")) == (
        3,
        f"DURATION must be a whole number, not {number!r}",
    )


@pytest.mark.parametrize(
    ("cell", "words"),
    [
        ("10081", f"'10081' {A_WEEK}"),
        ("99999999999999999999999 min", f"'99999999999999999999999 min' {A_WEEK}"),
        ("٣", "column 'Dauer': '٣' is not a number of minutes"),
        ("1_0", "column 'Dauer': '1_0' is not a number of minutes"),
    ],
)
def test_a_mapped_minutes_column_beyond_a_week_or_not_in_ascii_digits_is_refused(
    cell: str, words: str
) -> None:
    text = f"Titel;Dauer\nok;30\nx;{cell}\n"
    line, reason = refusal(
        lambda t: parse_mapped_csv(t, {"title": "Titel", "minutes_per_occurrence": "Dauer"}), text
    )
    assert line == 3
    assert reason in (words, f"Dauer {words}")


def test_an_ics_duration_beyond_a_week_is_refused_at_its_line() -> None:
    text = calendar("DTSTART:20261201T090000", "DURATION:P8D")
    assert refusal(parse_ics, text) == (8, f"DURATION 'P8D' {A_WEEK}")
    week: ImportResult = parse_ics(calendar("DTSTART:20261201T090000", "DURATION:P1W"))
    assert week.tasks[0].minutes_per_occurrence == MAX_MINUTES_PER_OCCURRENCE


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("PRIORITY:high", "PRIORITY 'high' is not a value iCalendar allows there"),
        ("PERCENT-COMPLETE:abc", "PERCENT-COMPLETE 'abc' is not a value iCalendar allows there"),
        (
            "PRIORITY:99999999999999999999999",
            "PRIORITY '99999999999999999999999' is not a value iCalendar allows there",
        ),
        (
            "RRULE:FREQ=SOMETIMES;COUNT=x",
            "RRULE 'FREQ=SOMETIMES;COUNT=x' is not a value iCalendar allows there",
        ),
    ],
)
def test_an_ics_value_the_library_cannot_read_is_named_by_line_field_and_value(
    line: str, words: str
) -> None:
    assert refusal(parse_ics, calendar(line)) == (7, words)


def test_an_ics_file_cut_short_names_the_component_left_open() -> None:
    text = "BEGIN:VCALENDAR\nBEGIN:VTODO\nSUMMARY:x\n"
    assert refusal(parse_ics, text) == (2, "BEGIN:VTODO has no END:VTODO (is the file cut short?)")


def test_the_problems_carry_no_words_of_the_library() -> None:
    with pytest.raises(ImportFormatError) as caught:
        parse_ics(calendar("PRIORITY:high"))
    assert caught.value.problem is ImportProblem.BAD_ICS_FIELD
    assert "Expected" not in import_reason(caught.value)


def test_a_too_long_duration_is_named_at_its_own_line_not_an_alarms() -> None:
    text = calendar(
        "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15M", "DURATION:PT5M", "END:VALARM",
        "DTSTART:20261201T090000", "DURATION:P8D",
    )  # fmt: skip
    assert refusal(parse_ics, text) == (13, f"DURATION 'P8D' {A_WEEK}")

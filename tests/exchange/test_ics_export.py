"""tasks.ics: one VTODO per task, read back with the icalendar library."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Component
from icalendar.prop import vCategory, vRecur
from PySide6.QtCore import QT_TRANSLATE_NOOP

from delegator.domain.brief import Agreement, Brief, BriefOptions, BriefTask
from delegator.domain.model import Frequency, Priority
from delegator.exchange import ics_export
from delegator.exchange.ics_export import PRODID, render_ics, task_uid
from delegator.text.brief_text import BriefText

NOW = dt.datetime(2026, 3, 4, 10, 30, tzinfo=dt.UTC)  # a Wednesday

PLAN = "0f3c5a9e2b7d4c1a8e6f0b2d4a6c8e0f"  # a plan uid as migration 0004 makes one


def make_brief(
    *tasks: BriefTask,
    language: str = "en",
    time_zone: str = "",
    hours: tuple[dt.time, dt.time] | None = None,
) -> Brief:
    return Brief(
        title="Handover brief for Anna",
        assistant_name="Anna",
        created=NOW,
        version=1,
        options=BriefOptions(language=language),
        agreement=Agreement(client_name="Max", time_zone=time_zone, assistant_hours=hours),
        tasks=tasks,
        hours_per_week=0.0,
        hours_per_month=0.0,
        plan_uid=PLAN,
    )


INVOICES = BriefTask(
    id=7,
    title="Send the monthly invoices",
    area="Finance",
    instructions="Use the template in the shared folder.\nSend them from the office address.",
    steps=("Export the hours", "Fill in the template", "Send the PDF"),
    acceptance_criteria=("Every client has an invoice", "Copies are filed"),
    skills=("Bookkeeping", "Email"),
    frequency=Frequency.MONTHLY,
    minutes_per_occurrence=45,
    due=dt.date(2026, 3, 31),
    priority=Priority.HIGH,
)

INBOX = BriefTask(
    id=12,
    title="Sort the inbox",
    frequency=Frequency.DAILY,
    minutes_per_occurrence=30,
)


def todos(data: bytes) -> list[Component]:
    calendar = Calendar.from_ical(data)
    assert calendar.name == "VCALENDAR"
    return list(calendar.walk("VTODO"))


def categories(todo: Component) -> list[str]:
    value = todo["CATEGORIES"]
    assert isinstance(value, vCategory)
    return [str(name) for name in value.cats]


def rrule(todo: Component) -> dict[str, list[object]]:
    value = todo["RRULE"]
    assert isinstance(value, vRecur)
    return dict(value)


def only_todo(task: BriefTask, **kwargs: Any) -> Component:
    now = kwargs.pop("now", NOW)
    (todo,) = todos(render_ics(make_brief(task, **kwargs), now=now))
    return todo


def test_the_calendar_names_its_producer_and_version() -> None:
    calendar = Calendar.from_ical(render_ics(make_brief(INVOICES, INBOX), now=NOW))
    assert str(calendar["PRODID"]) == PRODID == "-//Delegator//Handover//EN"
    assert str(calendar["VERSION"]) == "2.0"
    assert [str(todo["SUMMARY"]) for todo in calendar.walk("VTODO")] == [
        "Send the monthly invoices",
        "Sort the inbox",
    ]


def test_a_task_with_a_due_date_carries_every_property() -> None:
    todo = only_todo(INVOICES)
    assert str(todo["UID"]) == f"task-7-{PLAN}@delegator.local"
    assert todo.decoded("DTSTAMP") == NOW
    assert str(todo["SUMMARY"]) == "Send the monthly invoices"
    assert todo.decoded("DUE") == dt.date(2026, 3, 31)
    assert type(todo.decoded("DUE")) is dt.date
    assert "DURATION" not in todo  # RFC 5545: DUE and DURATION exclude each other
    assert todo.decoded("PRIORITY") == 3
    assert categories(todo) == ["Finance", "Bookkeeping", "Email"]
    assert rrule(todo) == {"FREQ": ["MONTHLY"]}
    # RFC 5545 requires DTSTART with an RRULE: the series starts on the due date.
    assert todo.decoded("DTSTART") == dt.date(2026, 3, 31)
    assert str(todo["STATUS"]) == "NEEDS-ACTION"


def test_the_description_holds_instructions_steps_and_criteria_as_plain_text() -> None:
    description = str(only_todo(INVOICES)["DESCRIPTION"])
    assert description == (
        "Use the template in the shared folder.\nSend them from the office address.\n"
        "\n"
        "Steps:\n"
        "[ ] Export the hours\n"
        "[ ] Fill in the template\n"
        "[ ] Send the PDF\n"
        "\n"
        "Done when:\n"
        "- Every client has an invoice\n"
        "- Copies are filed"
    )


def test_the_description_headings_are_in_the_brief_language() -> None:
    words = BriefText("de")
    description = str(only_todo(INVOICES, language="de")["DESCRIPTION"])
    steps = words(QT_TRANSLATE_NOOP("Brief", "Steps"))
    done_when = words(QT_TRANSLATE_NOOP("Brief", "Done when"))
    assert f"\n{steps}:\n[ ] Export the hours" in description
    assert f"\n{done_when}:\n- Every client has an invoice" in description


def test_the_headings_are_looked_up_in_the_brief_language(monkeypatch: pytest.MonkeyPatch) -> None:
    languages: list[str] = []

    class Shouting:
        def __init__(self, language: str, _address: object = None) -> None:
            languages.append(language)

        def __call__(self, source: object) -> str:
            return str(source).upper()

    monkeypatch.setattr(ics_export, "BriefText", Shouting)
    description = str(only_todo(INVOICES, language="de")["DESCRIPTION"])
    assert languages == ["de"]
    assert "\nSTEPS:\n[ ] Export the hours" in description
    assert "\nDONE WHEN:\n- Every client has an invoice" in description


def test_a_task_with_only_a_title_gets_no_empty_properties() -> None:
    todo = only_todo(BriefTask(id=3, title="Book the venue"))
    for name in ("DESCRIPTION", "PRIORITY", "CATEGORIES", "RRULE", "DUE", "DURATION"):
        assert name not in todo, name
    assert todo.decoded("DTSTART") == NOW.date()
    assert type(todo.decoded("DTSTART")) is dt.date
    assert str(todo["STATUS"]) == "NEEDS-ACTION"


def test_without_a_due_date_it_starts_today_and_lasts_the_estimate() -> None:
    todo = only_todo(INBOX)
    # A floating date-time (no zone): read in the assistant's own zone, at 09:00.
    assert todo.decoded("DTSTART") == dt.datetime(2026, 3, 4, 9, 0)
    assert todo.decoded("DURATION") == dt.timedelta(minutes=30)
    assert "DUE" not in todo
    raw = render_ics(make_brief(INBOX), now=NOW).decode()
    assert "DTSTART:20260304T090000\r\n" in raw
    assert "DURATION:PT30M\r\n" in raw


def test_the_start_follows_the_assistants_working_hours() -> None:
    todo = only_todo(INBOX, hours=(dt.time(8, 30), dt.time(16, 0)))
    assert todo.decoded("DTSTART") == dt.datetime(2026, 3, 4, 8, 30)


def test_today_is_the_clients_day_when_the_brief_has_a_time_zone() -> None:
    late = dt.datetime(2026, 3, 4, 23, 30, tzinfo=dt.UTC)  # already Thursday in Berlin
    task = BriefTask(id=1, title="Call the printer")
    assert only_todo(task, now=late).decoded("DTSTART") == dt.date(2026, 3, 4)
    assert only_todo(task, now=late, time_zone="Europe/Berlin").decoded("DTSTART") == dt.date(
        2026, 3, 5
    )
    # An unknown zone falls back instead of failing the export.
    assert only_todo(task, now=late, time_zone="Mars/Olympus").decoded("DTSTART") == dt.date(
        2026, 3, 4
    )


@pytest.mark.parametrize(
    ("zone", "local", "day"),
    [
        # 00:15 on Thursday in Kiritimati (UTC+14) is still Wednesday in UTC.
        ("Pacific/Kiritimati", dt.datetime(2026, 3, 5, 0, 15), dt.date(2026, 3, 5)),
        # 23:30 on Wednesday in Adak (UTC−10) is already Thursday in UTC.
        ("America/Adak", dt.datetime(2026, 3, 4, 23, 30), dt.date(2026, 3, 4)),
    ],
)
def test_without_a_client_zone_today_is_the_day_on_the_users_own_calendar(
    zone: str, local: dt.datetime, day: dt.date
) -> None:
    now = local.replace(tzinfo=ZoneInfo(zone))
    assert now.astimezone(dt.UTC).date() != day
    task = BriefTask(id=1, title="Call the printer")
    assert only_todo(task, now=now).decoded("DTSTART") == day


def test_an_export_time_without_a_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        render_ics(make_brief(INBOX), now=dt.datetime(2026, 3, 4, 10, 30))


def test_a_weekday_series_does_not_start_on_a_weekend() -> None:
    saturday = dt.datetime(2026, 3, 7, 12, 0, tzinfo=dt.UTC)
    todo = only_todo(INBOX, now=saturday)
    assert todo.decoded("DTSTART") == dt.datetime(2026, 3, 9, 9, 0)  # Monday
    weekly = BriefTask(id=2, title="Weekly report", frequency=Frequency.WEEKLY)
    assert only_todo(weekly, now=saturday).decoded("DTSTART") == dt.date(2026, 3, 7)


def test_dtstamp_is_utc_whatever_zone_now_is_given_in() -> None:
    berlin = dt.timezone(dt.timedelta(hours=1))
    todo = only_todo(INBOX, now=dt.datetime(2026, 3, 4, 11, 30, tzinfo=berlin))
    assert todo.decoded("DTSTAMP") == NOW
    raw = render_ics(make_brief(INBOX), now=NOW).decode()
    assert "DTSTAMP:20260304T103000Z\r\n" in raw


@pytest.mark.parametrize(
    ("frequency", "rule"),
    [
        (Frequency.DAILY, {"FREQ": ["DAILY"], "BYDAY": ["MO", "TU", "WE", "TH", "FR"]}),
        (Frequency.WEEKLY, {"FREQ": ["WEEKLY"]}),
        (Frequency.MONTHLY, {"FREQ": ["MONTHLY"]}),
        (Frequency.QUARTERLY, {"FREQ": ["MONTHLY"], "INTERVAL": [3]}),
        (Frequency.YEARLY, {"FREQ": ["YEARLY"]}),
        (Frequency.ONCE, None),
        (None, None),
    ],
)
def test_the_rrule_follows_the_frequency(
    frequency: Frequency | None, rule: dict[str, list[object]] | None
) -> None:
    todo = only_todo(BriefTask(id=5, title="Back up the laptop", frequency=frequency))
    if rule is None:
        assert "RRULE" not in todo
    else:
        assert rrule(todo) == rule
        assert "DTSTART" in todo


def test_the_rrule_is_written_as_rfc_5545_text() -> None:
    raw = render_ics(make_brief(INBOX), now=NOW).decode()
    assert "RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR\r\n" in raw
    quarterly = BriefTask(id=5, title="VAT return", frequency=Frequency.QUARTERLY)
    raw = render_ics(make_brief(quarterly), now=NOW).decode()
    assert "RRULE:FREQ=MONTHLY;INTERVAL=3\r\n" in raw


@pytest.mark.parametrize(
    ("priority", "expected"),
    [(Priority.URGENT, 1), (Priority.HIGH, 3), (Priority.NORMAL, 5), (Priority.LOW, 9)],
)
def test_priorities_map_to_rfc_5545_values(priority: Priority, expected: int) -> None:
    todo = only_todo(BriefTask(id=1, title="x", priority=priority))
    assert todo.decoded("PRIORITY") == expected


def test_categories_are_the_area_and_skills_without_blanks_or_repeats() -> None:
    task = BriefTask(id=1, title="x", area="Office", skills=("Excel", "", "Office", "Email"))
    todo = only_todo(task)
    assert categories(todo) == ["Office", "Excel", "Email"]
    skills_only = only_todo(BriefTask(id=1, title="x", skills=("Canva",)))
    assert categories(skills_only) == ["Canva"]


def test_uids_are_stable_across_exports_and_unique_per_task_and_plan() -> None:
    first = todos(render_ics(make_brief(INVOICES, INBOX), now=NOW))
    later = NOW + dt.timedelta(days=30)
    renamed = BriefTask(id=INVOICES.id, title="Send the invoices", steps=("Only one step",))
    second = todos(render_ics(make_brief(INBOX, renamed), now=later))
    assert [str(t["UID"]) for t in first] == [task_uid(7, PLAN), task_uid(12, PLAN)]
    assert {str(t["UID"]) for t in first} == {str(t["UID"]) for t in second}
    assert second[1].decoded("DTSTAMP") == later
    again = render_ics(make_brief(INVOICES, INBOX), now=NOW)
    assert again == render_ics(make_brief(INVOICES, INBOX), now=NOW)
    other_plan = replace(make_brief(INVOICES, INBOX), plan_uid="1" * 32)
    assert not {str(t["UID"]) for t in first} & {
        str(t["UID"]) for t in todos(render_ics(other_plan, now=NOW))
    }


def test_long_descriptions_are_folded_and_read_back_whole() -> None:
    instructions = " ".join(f"Wort{i} Größe, Maß; ✓" for i in range(200))[:2000]
    assert len(instructions) == 2000
    data = render_ics(make_brief(BriefTask(id=1, title="x", instructions=instructions)), now=NOW)
    lines = data.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    assert sum(line.startswith(b" ") for line in lines) > 25  # continuation lines
    data.decode("utf-8")  # folding never splits a character
    (todo,) = todos(data)
    assert str(todo["DESCRIPTION"]) == instructions


@pytest.mark.parametrize(
    "title",
    [
        "Call Bob, Alice; and Eve",
        "Line one\nLine two",
        "Back\\slash, semi;colon, comma",
        "Quotes \"double\" and 'single': colon",
    ],
)
def test_titles_with_special_characters_are_escaped_and_read_back(title: str) -> None:
    data = render_ics(make_brief(BriefTask(id=1, title=title, area="A, B; C")), now=NOW)
    (todo,) = todos(data)
    assert str(todo["SUMMARY"]) == title
    assert categories(todo) == ["A, B; C"]
    summary = re.search(rb"\r\nSUMMARY:(.*?)\r\n(?! )", data, re.S)
    assert summary is not None
    raw = summary.group(1).replace(b"\r\n ", b"")
    assert b"\n" not in raw
    for character, escaped in ((",", rb"\,"), (";", rb"\;"), ("\n", rb"\n")):
        assert raw.count(escaped) == title.count(character)


def test_an_empty_brief_is_a_valid_calendar_without_todos() -> None:
    data = render_ics(make_brief(), now=NOW)
    assert todos(data) == []
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    assert data.endswith(b"END:VCALENDAR\r\n")

"""Import from iCalendar: VTODOs through the icalendar library."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from delegator.domain.brief import Agreement, Brief, BriefOptions, BriefTask
from delegator.domain.imported import ImportFormatError
from delegator.domain.model import Frequency, Priority, Status
from delegator.exchange.ics_export import render_ics
from delegator.exchange.import_ics import ics_priority, parse_ics
from delegator.exchange.task_refs import make_ref

# Shaped like an Apple Reminders / Thunderbird export: a VTIMEZONE, folded lines,
# escaped commas and newlines, date-times in a zone and in UTC, an event, done to-dos.
REMINDERS = (
    "BEGIN:VCALENDAR\r\n"  # 1
    "VERSION:2.0\r\n"
    "PRODID:-//Apple Inc.//iOS 17.4//EN\r\n"
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Europe/Berlin\r\n"  # 5
    "BEGIN:STANDARD\r\n"
    "DTSTART:19701025T030000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
    "TZOFFSETFROM:+0200\r\n"
    "TZOFFSETTO:+0100\r\n"  # 10
    "TZNAME:CET\r\n"
    "END:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\n"
    "DTSTART:19700329T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"  # 15
    "TZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:+0200\r\n"
    "TZNAME:CEST\r\n"
    "END:DAYLIGHT\r\n"
    "END:VTIMEZONE\r\n"  # 20
    "BEGIN:VTODO\r\n"
    "UID:8A1B-42\r\n"
    "DTSTAMP:20260301T080000Z\r\n"
    "SUMMARY:Rechnungen\\, Belege und Quittungen für das Quartal an die Steuerbera\r\n"
    " terin schicken\r\n"  # 25
    "DESCRIPTION:Alles im Ordner \\;Steuern\\; sammeln.\\nDann per Post.\\n\\nSchritt\r\n"
    " e:\\n[ ] Belege scannen\\n[ ] Ordner beschriften\\n\\nErledigt\\, wenn:\\n- Die\r\n"
    "  Beraterin hat alles\r\n"
    "DTSTART;TZID=Europe/Berlin:20260330T090000\r\n"
    "DURATION:PT1H30M\r\n"  # 30
    "DUE;TZID=Europe/Berlin:20260331T233000\r\n"
    "PRIORITY:1\r\n"
    "CATEGORIES:Finanzen,Buchhaltung,Post\r\n"
    "RRULE:FREQ=MONTHLY;INTERVAL=3\r\n"
    "STATUS:NEEDS-ACTION\r\n"  # 35
    "END:VTODO\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:event-1\r\n"
    "DTSTAMP:20260301T080000Z\r\n"
    "DTSTART;TZID=Europe/Berlin:20260402T100000\r\n"  # 40
    "SUMMARY:Meeting with the adviser\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VTODO\r\n"
    "UID:8A1B-43\r\n"
    "DTSTAMP:20260301T080000Z\r\n"  # 45
    "SUMMARY:Call the bank\r\n"
    "DUE:20260401T223000Z\r\n"
    "PRIORITY:6\r\n"
    "CATEGORIES:Errands\r\n"
    "RRULE:FREQ=WEEKLY\r\n"  # 50
    "END:VTODO\r\n"
    "BEGIN:VTODO\r\n"
    "UID:8A1B-44\r\n"
    "DTSTAMP:20260301T080000Z\r\n"
    "SUMMARY:Renew the domain\r\n"  # 55
    "STATUS:COMPLETED\r\n"
    "COMPLETED:20260302T101500Z\r\n"
    "DUE;VALUE=DATE:20260301\r\n"
    "END:VTODO\r\n"
    "BEGIN:VTODO\r\n"  # 60
    "UID:8A1B-45\r\n"
    "DTSTAMP:20260301T080000Z\r\n"
    "SUMMARY:Old plan\r\n"
    "STATUS:CANCELLED\r\n"
    "END:VTODO\r\n"  # 65
    "END:VCALENDAR\r\n"
)


def test_an_apple_reminders_like_file() -> None:
    result = parse_ics(REMINDERS.encode("utf-8"))
    taxes, bank = result.tasks
    assert taxes.title == (
        "Rechnungen, Belege und Quittungen für das Quartal an die Steuerberaterin schicken"
    )
    assert taxes.line == 21
    assert taxes.instructions == "Alles im Ordner ;Steuern; sammeln.\nDann per Post."
    assert taxes.steps == ("Belege scannen", "Ordner beschriften")
    assert taxes.acceptance_criteria == ("Die Beraterin hat alles",)
    assert taxes.due == dt.date(2026, 3, 31)  # 23:30 in Berlin: still the 31st there
    assert taxes.minutes_per_occurrence == 90
    assert taxes.priority is Priority.URGENT
    assert (taxes.area, taxes.skills) == ("Finanzen", ("Buchhaltung", "Post"))
    assert taxes.frequency is Frequency.QUARTERLY
    assert not taxes.done

    assert bank.title == "Call the bank"
    assert bank.line == 43
    assert bank.due == dt.date(2026, 4, 1)  # in UTC, as written
    assert bank.priority is Priority.LOW
    assert bank.area == "Errands"
    assert bank.skills == ()
    assert bank.frequency is Frequency.WEEKLY
    assert bank.minutes_per_occurrence is None

    assert dict(result.skipped) == {"completed": 1, "cancelled": 1, "events": 1}


def test_done_to_dos_on_request() -> None:
    result = parse_ics(REMINDERS, include_done=True)
    assert [(t.title, t.done) for t in result.tasks] == [
        (result.tasks[0].title, False),
        ("Call the bank", False),
        ("Renew the domain", True),
        ("Old plan", True),
    ]
    assert result.tasks[2].due == dt.date(2026, 3, 1)
    assert result.skipped == (("events", 1),)


@pytest.mark.parametrize(
    ("value", "priority"),
    [
        (0, None),
        (1, Priority.URGENT),
        (2, Priority.URGENT),
        (3, Priority.HIGH),
        (4, Priority.HIGH),
        (5, Priority.NORMAL),
        (6, Priority.LOW),
        (9, Priority.LOW),
        (10, None),
    ],
)
def test_priorities(value: int, priority: Priority | None) -> None:
    assert ics_priority(value) is priority


def todo_file(*lines: str) -> str:
    body = "".join(f"{line}\r\n" for line in lines)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
        f"BEGIN:VTODO\r\nUID:1\r\nDTSTAMP:20260301T080000Z\r\n{body}END:VTODO\r\n"
        "END:VCALENDAR\r\n"
    )


@pytest.mark.parametrize(
    ("rule", "frequency"),
    [
        ("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", Frequency.DAILY),
        ("FREQ=WEEKLY;INTERVAL=1", Frequency.WEEKLY),
        ("FREQ=MONTHLY", Frequency.MONTHLY),
        ("FREQ=MONTHLY;INTERVAL=3", Frequency.QUARTERLY),
        ("FREQ=YEARLY", Frequency.YEARLY),
        ("FREQ=HOURLY", None),
    ],
)
def test_rrules(rule: str, frequency: Frequency | None) -> None:
    (task,) = parse_ics(todo_file("SUMMARY:Task", f"RRULE:{rule}")).tasks
    assert task.frequency is frequency


def test_a_to_do_without_a_summary_is_counted_not_imported() -> None:
    result = parse_ics(todo_file("DESCRIPTION:nothing"))
    assert result.tasks == ()
    assert result.skipped == (("empty", 1),)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("", 0),
        ("hello world\n", 1),
        ("\n\nBEGIN:VTODO\nEND:VTODO\n", 3),
        ("BEGIN:VCALENDAR\nVERSION:2.0\nthis is no content line\nEND:VCALENDAR\n", 3),
        (todo_file("SUMMARY:Task", "DUE:garbage"), 8),
    ],
)
def test_malformed_files_name_a_line(text: str, line: int) -> None:
    with pytest.raises(ImportFormatError) as caught:
        parse_ics(text)
    assert caught.value.line == line


# --- the round trip -------------------------------------------------------------------

NOW = dt.datetime(2026, 3, 4, 10, 30, tzinfo=dt.UTC)

PLAN = "0f3c5a9e2b7d4c1a8e6f0b2d4a6c8e0f"  # a plan uid as migration 0004 makes one

ROUND_TRIP_TASKS = (
    BriefTask(
        id=7,
        title="Send the monthly invoices; with VAT, and a very long title that needs folding",
        area="Finance",
        instructions="Use the template in the shared folder.\nSend them from the office.",
        steps=("Export the hours", "Fill in the template", "Send the PDF, signed"),
        acceptance_criteria=("Every client has an invoice", "Copies are filed"),
        skills=("Bookkeeping", "Email"),
        frequency=Frequency.MONTHLY,
        priority=Priority.HIGH,
        due=dt.date(2026, 4, 1),
    ),
    BriefTask(id=8, title="Book the venue", due=dt.date(2026, 5, 20), priority=Priority.URGENT),
    BriefTask(id=9, title="Answer the phone", frequency=Frequency.DAILY, minutes_per_occurrence=45),
    BriefTask(
        id=10, title="Prüfe die Belege", frequency=Frequency.QUARTERLY, priority=Priority.LOW
    ),
)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_round_trip_through_render_ics(language: str) -> None:
    brief = Brief(
        title="Handover brief",
        assistant_name="Anna",
        created=NOW,
        version=1,
        options=BriefOptions(language=language),
        agreement=Agreement(client_name="Max", time_zone="Europe/Berlin"),
        tasks=ROUND_TRIP_TASKS,
        hours_per_week=0.0,
        hours_per_month=0.0,
        plan_uid=PLAN,
    )
    result = parse_ics(render_ics(brief, now=NOW))
    assert [(t.title, t.steps, t.due) for t in result.tasks] == [
        (t.title, t.steps, t.due) for t in ROUND_TRIP_TASKS
    ]
    assert [(t.frequency, t.priority) for t in result.tasks] == [
        (t.frequency, t.priority) for t in ROUND_TRIP_TASKS
    ]
    first = result.tasks[0]
    assert first.instructions == ROUND_TRIP_TASKS[0].instructions
    assert first.acceptance_criteria == ROUND_TRIP_TASKS[0].acceptance_criteria
    assert (first.area, first.skills) == ("Finance", ("Bookkeeping", "Email"))
    assert result.tasks[2].minutes_per_occurrence == 45
    assert [t.ref for t in result.tasks] == [make_ref(t.id, PLAN) for t in ROUND_TRIP_TASKS]
    assert result.skipped == ()


def returned_todo(uid: str, title: str, *lines: str) -> str:
    return "\r\n".join(["BEGIN:VTODO", f"UID:{uid}", f"SUMMARY:{title}", *lines, "END:VTODO"])


def test_a_returned_file_says_what_is_done_and_in_progress() -> None:
    text = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//test//EN",
            returned_todo(make_ref(1, PLAN), "Completed", "STATUS:COMPLETED"),
            returned_todo(make_ref(2, PLAN), "All of it", "PERCENT-COMPLETE:100"),
            returned_todo(make_ref(3, PLAN), "Started", "STATUS:IN-PROCESS"),
            returned_todo(make_ref(4, PLAN), "Not yet", "STATUS:NEEDS-ACTION"),
            returned_todo("task-5@delegator.local", "Old form", "STATUS:COMPLETED"),
            returned_todo(make_ref(6, PLAN), "Called off", "STATUS:CANCELLED"),
            returned_todo("someone-else@example.com", "Foreign", "STATUS:COMPLETED"),
            "END:VCALENDAR",
            "",
        ]
    )
    result = parse_ics(text)
    # Done ones with a Delegator ref are status updates: kept; the others are skipped.
    assert [(t.title, t.status, t.done) for t in result.tasks] == [
        ("Completed", Status.DONE, True),
        ("All of it", Status.DONE, True),
        ("Started", Status.IN_PROGRESS, False),
        ("Not yet", None, False),
        ("Old form", Status.DONE, True),
    ]
    assert result.tasks[4].ref == "task-5@delegator.local"
    assert dict(result.skipped) == {"cancelled": 1, "completed": 1}


# --- fuzzing --------------------------------------------------------------------------

ICS_PIECES = st.sampled_from(
    [
        "BEGIN:VCALENDAR\r\n",
        "END:VCALENDAR\r\n",
        "BEGIN:VTODO\r\n",
        "END:VTODO\r\n",
        "BEGIN:VEVENT\r\n",
        "END:VEVENT\r\n",
        "SUMMARY:a\\, b\r\n",
        "DESCRIPTION:[ ] x\\n\\nDone when:\\n- y\r\n",
        "DUE:20260101\r\n",
        "DUE;VALUE=DATE:2026013\r\n",
        "DUE;TZID=Nowhere/City:20260101T100000\r\n",
        "DTSTART:20260101T090000\r\n",
        "DURATION:PT1H\r\n",
        "DURATION:-P1D\r\n",
        "PRIORITY:x\r\n",
        "PRIORITY:3\r\n",
        "CATEGORIES:a,b\r\n",
        "RRULE:FREQ=MONTHLY;INTERVAL=x\r\n",
        "RRULE:garbage\r\n",
        "STATUS:COMPLETED\r\n",
        " folded\r\n",
        "\r\n",
        "X-JUNK;=:\r\n",
        ":\r\n",
        "ä\r\n",
    ]
)
ICS_LIKE = st.lists(ICS_PIECES, max_size=25).map(
    lambda pieces: "BEGIN:VCALENDAR\r\n" + "".join(pieces)
)


def line_count(text: str) -> int:
    return max(1, len(text.splitlines()))


@settings(max_examples=400)
@given(st.one_of(st.text(), ICS_LIKE, st.text().map(lambda t: "BEGIN:VCALENDAR\n" + t)))
def test_fuzz_text(text: str) -> None:
    try:
        parse_ics(text, include_done=True)
    except ImportFormatError as error:
        assert 0 <= error.line <= line_count(text)


@settings(max_examples=200)
@given(st.binary())
def test_fuzz_bytes(data: bytes) -> None:
    data = b"BEGIN:VCALENDAR\r\n" + data
    try:
        parse_ics(data)
    except ImportFormatError as error:
        assert 0 <= error.line <= max(1, data.count(b"\n") + data.count(b"\r"))

"""Import from CSV: Todoist's export, any other CSV through a column mapping."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from delegator.domain.brief import Agreement, Brief, BriefOptions, BriefTask
from delegator.domain.imported import ImportFormatError
from delegator.domain.model import Frequency, Priority, Status
from delegator.exchange.csv_mapping import parse_mapped_csv
from delegator.exchange.import_csv import (
    csv_columns,
    decode,
    is_todoist_csv,
    parse_todoist_csv,
    sniff_delimiter,
)
from delegator.exchange.task_refs import make_ref
from delegator.exchange.todoist_csv import render_todoist_csv
from delegator.text.import_errors import import_reason

PLAN = "0f3c5a9e2b7d4c1a8e6f0b2d4a6c8e0f"  # a plan uid as migration 0004 makes one

# What Todoist's "Export as CSV" gives: a meta row, sections, blank separator rows,
# notes, sub-tasks, recurring dates, durations, "Name (id)" in RESPONSIBLE.
TODOIST = (
    "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE,"
    "DURATION,DURATION_UNIT\r\n"
    "meta,view_style=list,,,,,,,,,,\r\n"
    "task,Answer support email,Check the shared inbox.,2,1,Max (123),,every weekday,en,"
    "Europe/Berlin,30,minute\r\n"
    ",,,,,,,,,,,\r\n"
    "section,Finance,,,,,,,,,,\r\n"
    'task,Send the monthly invoices,"Use the template.\r\n'
    "\r\n"
    "Done when:\r\n"
    "- Every client has an invoice\r\n"
    '- Copies are filed",1,1,Max (123),anna (456),every month starting 2026-04-01,en,'
    "Europe/Berlin,,\r\n"
    "task,Export the hours,,4,2,Max (123),,,en,Europe/Berlin,,\r\n"
    "task,Check the rates,,4,3,Max (123),,,en,Europe/Berlin,,\r\n"
    "note,The tax adviser wants copies too.,,,,Max (123),,,,,,\r\n"
    "task,Book the venue,,3,1,Max (123),Bob (789),2026-05-20,en,Europe/Berlin,2,day\r\n"
    "task,'=Quarterly VAT,,4,1,Max (123),,every 3 months,en,Europe/Berlin,,\r\n"
    "task,Water the plants,,4,1,Max (123),,every other tuesday,en,Europe/Berlin,,\r\n"
)


def test_a_todoist_export_with_sections_notes_and_sub_tasks() -> None:
    result = parse_todoist_csv(TODOIST, assistants=["Anna", "Carla"])
    tasks = {task.title: task for task in result.tasks}
    assert list(tasks) == [
        "Answer support email",
        "Send the monthly invoices",
        "Book the venue",
        "=Quarterly VAT",
        "Water the plants",
    ]
    support = tasks["Answer support email"]
    assert support.area == ""
    assert support.frequency is Frequency.DAILY
    assert support.minutes_per_occurrence == 30
    assert support.priority is Priority.HIGH
    assert support.instructions == "Check the shared inbox."
    assert support.line == 3

    invoices = tasks["Send the monthly invoices"]
    assert invoices.area == "Finance"
    assert invoices.line == 6
    assert invoices.steps == ("Export the hours", "Check the rates")
    assert invoices.notes == "The tax adviser wants copies too."
    assert invoices.instructions == "Use the template."
    assert invoices.acceptance_criteria == ("Every client has an invoice", "Copies are filed")
    assert invoices.priority is Priority.URGENT
    assert invoices.frequency is Frequency.MONTHLY
    assert invoices.due == dt.date(2026, 4, 1)
    assert invoices.assistant_name == "Anna"

    venue = tasks["Book the venue"]
    assert venue.line == 14
    assert venue.due == dt.date(2026, 5, 20)
    assert venue.frequency is None
    assert venue.priority is Priority.NORMAL
    assert venue.minutes_per_occurrence == 2 * 24 * 60
    assert venue.assistant_name is None  # Bob is not one of the assistants

    assert tasks["=Quarterly VAT"].frequency is Frequency.QUARTERLY
    assert tasks["=Quarterly VAT"].priority is Priority.LOW
    plants = tasks["Water the plants"]
    assert plants.frequency is None
    assert plants.due is None
    assert plants.notes == "Date: every other tuesday"


@pytest.mark.parametrize(
    ("date", "due", "frequency"),
    [
        ("every day", None, Frequency.DAILY),
        ("every weekday", None, Frequency.DAILY),
        ("Every Week", None, Frequency.WEEKLY),
        ("every! month", None, Frequency.MONTHLY),
        ("every 3 months", None, Frequency.QUARTERLY),
        ("every year starting 2027-01-15", dt.date(2027, 1, 15), Frequency.YEARLY),
        ("2026-12-01", dt.date(2026, 12, 1), None),
        ("2026-12-01T09:30:00", dt.date(2026, 12, 1), None),
    ],
)
def test_todoist_dates(date: str, due: dt.date | None, frequency: Frequency | None) -> None:
    text = f"TYPE,CONTENT,DATE\ntask,A task,{date}\n"
    (task,) = parse_todoist_csv(text).tasks
    assert (task.due, task.frequency, task.notes) == (due, frequency, "")


def test_a_step_without_a_parent_is_a_task_and_a_lonely_note_is_counted() -> None:
    text = "TYPE,CONTENT,INDENT\nnote,Hello,\ntask,Orphan step,2\ntask,,1\n"
    result = parse_todoist_csv(text)
    assert [task.title for task in result.tasks] == ["Orphan step"]
    assert dict(result.skipped) == {"note without a task": 1, "empty": 1}


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("TYPE,CONTENT,PRIORITY\ntask,A,1\ntask,B\n", 3, "2 cells"),
        ("TYPE,CONTENT\ntask,A\n\nproject,B\n", 4, "unknown TYPE"),
        ('TYPE,CONTENT\ntask,"A\nB"\ntask,C,D\n', 4, "3 cells"),
        ("TYPE,CONTENT,PRIORITY\ntask,A,7\n", 2, "PRIORITY"),
        ("TYPE,CONTENT,INDENT\ntask,A,x\n", 2, "INDENT"),
        ("Title,Due\nA,2026-01-01\n", 1, "Todoist"),
        ("", 0, "empty"),
    ],
)
def test_todoist_errors_name_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(ImportFormatError) as caught:
        parse_todoist_csv(text)
    assert caught.value.line == line
    assert words in import_reason(caught.value)


def test_todoist_is_recognised_by_its_header() -> None:
    assert is_todoist_csv(TODOIST)
    assert not is_todoist_csv("Aufgabe;Fällig\n")


# --- the round trip -------------------------------------------------------------------


def make_brief(*tasks: BriefTask, language: str = "en") -> Brief:
    return Brief(
        title="Handover brief",
        assistant_name="Anna",
        created=dt.datetime(2026, 3, 4, 10, 30),
        version=1,
        options=BriefOptions(language=language),
        agreement=Agreement(client_name="Max", time_zone="Europe/Berlin"),
        tasks=tasks,
        hours_per_week=0.0,
        hours_per_month=0.0,
        plan_uid=PLAN,
    )


ROUND_TRIP_TASKS = (
    BriefTask(
        id=7,
        title="Send the monthly invoices, with VAT",
        area="Finance",
        instructions='Use the "template" in the shared folder.\n\nSend them by noon.',
        steps=("Export the hours", "-Fill in the template", "=Send the PDF"),
        acceptance_criteria=("Every client has an invoice", "Copies are filed"),
        frequency=Frequency.MONTHLY,
        priority=Priority.HIGH,
        due=dt.date(2026, 4, 1),
    ),
    BriefTask(id=8, title="@Book the venue", due=dt.date(2026, 5, 20), priority=Priority.URGENT),
    BriefTask(id=9, title="Answer the phone", frequency=Frequency.DAILY),
    BriefTask(id=10, title="Prüfe die Belege; alle", frequency=Frequency.QUARTERLY),
)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_round_trip_through_render_todoist_csv(language: str) -> None:
    data = render_todoist_csv(make_brief(*ROUND_TRIP_TASKS, language=language))
    result = parse_todoist_csv(decode(data), assistants=["Anna"])
    assert [(t.title, t.steps, t.due) for t in result.tasks] == [
        (t.title, t.steps, t.due) for t in ROUND_TRIP_TASKS
    ]
    assert [t.frequency for t in result.tasks] == [t.frequency for t in ROUND_TRIP_TASKS]
    first = result.tasks[0]
    assert first.instructions == ROUND_TRIP_TASKS[0].instructions
    assert first.acceptance_criteria == ROUND_TRIP_TASKS[0].acceptance_criteria
    assert all(task.assistant_name == "Anna" for task in result.tasks)
    assert [t.ref for t in result.tasks] == [make_ref(t.id, PLAN) for t in ROUND_TRIP_TASKS]
    assert all(t.status is None and not t.done for t in result.tasks)
    assert result.skipped == ()


def test_a_returned_csv_says_the_status_in_its_own_status_column() -> None:
    ref = make_ref(12, PLAN)
    text = (
        "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,STATUS\n"
        f'task,Post the newsletter,"Use the template.\n\nRef: {ref}",4,1,Erledigt\n'
        "task,Book the venue,,4,1,in  Arbeit\n"
        "task,Call the bank,,4,1,x\n"
        "task,Sort the inbox,,4,1,\n"
        "task,Order paper,,4,1,maybe\n"
    )
    tasks = parse_todoist_csv(text).tasks
    assert [(t.title, t.status, t.done) for t in tasks] == [
        ("Post the newsletter", Status.DONE, True),
        ("Book the venue", Status.IN_PROGRESS, False),
        ("Call the bank", Status.DONE, True),
        ("Sort the inbox", None, False),
        ("Order paper", None, False),
    ]
    assert (tasks[0].ref, tasks[0].instructions) == (ref, "Use the template.")
    assert [t.ref for t in tasks[1:]] == ["", "", "", ""]


# --- encodings and delimiters ---------------------------------------------------------

# German Excel, "CSV (Trennzeichen-getrennt)": semicolons, Windows-1252, decimal commas.
GERMAN_EXCEL = (
    "Aufgabe;Notiz;Bereich;Fällig;Priorität;Minuten;Zuständig\r\n"
    "Rechnungen prüfen;Für März;Buchhaltung;31.03.2026;hoch;1,5;Anna\r\n"
    'Büro aufräumen;"Regal; Schrank";Büro;;niedrig;45;\r\n'
    "Steuererklärung;;Finanzen;2026-07-31;Dringend;;\r\n"
    ";;;;;;\r\n"
    ";nur eine Notiz;;;;;\r\n"
).encode("cp1252")

GERMAN_MAPPING = {
    "title": "Aufgabe",
    "notes": "Notiz",
    "area": "Bereich",
    "due": "Fällig",
    "priority": "Priorität",
    "minutes_per_occurrence": "Minuten",
    "assistant_name": "Zuständig",
}


def test_a_german_excel_csv_in_windows_1252_with_semicolons() -> None:
    text = decode(GERMAN_EXCEL)
    assert sniff_delimiter(text) == ";"
    assert csv_columns(text) == list(GERMAN_MAPPING.values())
    result = parse_mapped_csv(text, GERMAN_MAPPING)
    first, second, third = result.tasks
    assert first.title == "Rechnungen prüfen"
    assert (first.notes, first.area, first.due) == ("Für März", "Buchhaltung", dt.date(2026, 3, 31))
    assert (first.priority, first.minutes_per_occurrence) == (Priority.HIGH, 2)
    assert first.assistant_name == "Anna"
    assert first.line == 2
    assert (second.title, second.notes, second.priority) == (
        "Büro aufräumen",
        "Regal; Schrank",
        Priority.LOW,
    )
    assert second.due is None
    assert second.assistant_name is None
    assert (third.title, third.due, third.priority) == (
        "Steuererklärung",
        dt.date(2026, 7, 31),
        Priority.URGENT,
    )
    assert result.skipped == (("empty", 1),)


def test_a_csv_with_a_byte_order_mark_and_tabs() -> None:
    data = "\ufeffTitle\tDue\tPriority\nCall the bank\t2026-06-01\t1\nÜberweisung\t\t\n"
    text = decode(data.encode("utf-8"))
    assert not text.startswith("\ufeff")
    assert csv_columns(text) == ["Title", "Due", "Priority"]
    result = parse_mapped_csv(text, {"title": "Title", "due": "Due", "priority": "Priority"})
    assert [(t.title, t.due, t.priority) for t in result.tasks] == [
        ("Call the bank", dt.date(2026, 6, 1), Priority.URGENT),
        ("Überweisung", None, None),
    ]


def test_decoding() -> None:
    assert decode("Grüße".encode()) == "Grüße"
    assert decode("\ufeffGrüße".encode()) == "Grüße"
    assert decode("Grüße €".encode("cp1252")) == "Grüße €"
    assert decode("Grüße".encode("utf-16")) == "Grüße"
    assert decode(b"\x81\x8d") == "\x81\x8d"  # undefined in Windows-1252, still read
    with pytest.raises(ImportFormatError) as caught:
        decode(b"\xef\xbb\xbfline one\nline two \xff\n")
    assert caught.value.line == 2


def test_a_binary_file_is_not_read_as_lines_of_garbage() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"
    with pytest.raises(ImportFormatError) as caught:
        decode(png)
    assert caught.value.line == 3
    assert "not a text file" in import_reason(caught.value)
    assert decode("Grüße\nTschüss".encode("utf-16")) == "Grüße\nTschüss"  # NULs of UTF-16


@pytest.mark.parametrize(
    ("header", "delimiter"),
    [("a,b,c", ","), ("a;b;c", ";"), ("a\tb\tc", "\t"), ('"x,y";b;c', ";"), ("single", ",")],
)
def test_sniffing_the_delimiter(header: str, delimiter: str) -> None:
    assert sniff_delimiter(header + "\n1,2,3\n") == delimiter


@pytest.mark.parametrize(
    ("row", "column"),
    [
        ("A,31.02.2026,,", "Due"),
        ("A,tomorrow,,", "Due"),
        ("A,,soon,", "Prio"),
        ("A,,,ten", "Min"),
    ],
)
def test_mapped_errors_name_the_line_and_column(row: str, column: str) -> None:
    text = f"Title,Due,Prio,Min\nOK,,,\n{row}\n"
    mapping = {"title": "Title", "due": "Due", "priority": "Prio", "minutes_per_occurrence": "Min"}
    with pytest.raises(ImportFormatError) as caught:
        parse_mapped_csv(text, mapping)
    assert caught.value.line == 3
    assert repr(column) in import_reason(caught.value)


def test_a_mapping_to_a_missing_column_is_an_error_on_the_header() -> None:
    with pytest.raises(ImportFormatError) as caught:
        parse_mapped_csv("Title,Due\nA,\n", {"title": "Name"})
    assert caught.value.line == 1
    with pytest.raises(ValueError, match="unknown fields"):
        parse_mapped_csv("Title\nA\n", {"name": "Title"})


def test_an_unclosed_quote_is_an_error_with_a_line() -> None:
    with pytest.raises(ImportFormatError) as caught:
        parse_mapped_csv('Title\nA\n"B\nC\n', {"title": "Title"})
    assert 3 <= caught.value.line <= 4


# --- fuzzing --------------------------------------------------------------------------

CSV_ALPHABET = st.sampled_from(
    [*",;\t\"'\r\n =+-@", "task", "note", "section", "meta", "1", "2", "ä", "\x00"]
)
CSVISH = st.lists(CSV_ALPHABET, max_size=60).map("".join)
TODOIST_LIKE = CSVISH.map(lambda body: "TYPE,CONTENT,PRIORITY,INDENT,DATE\n" + body)


def line_count(text: str) -> int:
    return max(1, len(text.splitlines()))


@settings(max_examples=300)
@given(st.one_of(st.text(), CSVISH, TODOIST_LIKE))
def test_fuzz_todoist(text: str) -> None:
    try:
        parse_todoist_csv(text, assistants=["Anna"])
    except ImportFormatError as error:
        assert 0 <= error.line <= line_count(text)


@settings(max_examples=300)
@given(st.one_of(st.text(), CSVISH), st.sampled_from(["a", "b", "Title"]))
def test_fuzz_mapped(body: str, column: str) -> None:
    text = "Title,a,b\n" + body
    mapping = {"title": "Title", "due": column, "priority": "a", "minutes_per_occurrence": "b"}
    try:
        parse_mapped_csv(text, mapping)
    except ImportFormatError as error:
        assert 0 <= error.line <= line_count(text)


@given(st.binary())
def test_fuzz_decode(data: bytes) -> None:
    try:
        text = decode(data)
    except ImportFormatError as error:
        assert 0 <= error.line <= max(1, data.count(b"\n") + data.count(b"\r") + 1)
    else:
        assert isinstance(text, str)

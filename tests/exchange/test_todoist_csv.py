"""tasks.csv: Todoist's import format, read back with the csv module."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from delegator.domain.brief import Agreement, Brief, BriefOptions, BriefTask
from delegator.domain.model import Frequency, Priority
from delegator.exchange import todoist_csv
from delegator.exchange.todoist_csv import neutralise_cell, render_todoist_csv, restore_cell

PLAN = "0f3c5a9e2b7d4c1a8e6f0b2d4a6c8e0f"  # a plan uid as migration 0004 makes one


def ref_of(task_id: int) -> str:
    """The description's last paragraph: the to-do's ref, in every language."""
    return f"\n\nRef: task-{task_id}-{PLAN}@delegator.local"


HEADER = "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE"


def make_brief(
    *tasks: BriefTask,
    assistant: str | None = "Anna",
    language: str = "en",
    time_zone: str = "Europe/Berlin",
) -> Brief:
    return Brief(
        title="Handover brief",
        assistant_name=assistant,
        created=dt.datetime(2026, 3, 4, 10, 30),
        version=1,
        options=BriefOptions(language=language),
        agreement=Agreement(client_name="Max", time_zone=time_zone),
        tasks=tasks,
        hours_per_week=0.0,
        hours_per_month=0.0,
        plan_uid=PLAN,
    )


INVOICES = BriefTask(
    id=7,
    title="Send the monthly invoices",
    area="Finance",
    instructions="Use the template in the shared folder.",
    steps=("Export the hours", "Fill in the template", "Send the PDF"),
    acceptance_criteria=("Every client has an invoice", "Copies are filed"),
    frequency=Frequency.MONTHLY,
    priority=Priority.HIGH,
)

VENUE = BriefTask(id=8, title="Book the venue", due=dt.date(2026, 5, 20), priority=Priority.URGENT)


def rows(data: bytes) -> list[dict[str, str]]:
    text = data.decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def only_row(
    task: BriefTask, assistant: str | None = "Anna", language: str = "en", time_zone: str = "UTC"
) -> dict[str, str]:
    brief = make_brief(task, assistant=assistant, language=language, time_zone=time_zone)
    (row,) = rows(render_todoist_csv(brief))
    return row


def test_the_header_is_exactly_todoists() -> None:
    data = render_todoist_csv(make_brief(INVOICES))
    assert data.split(b"\r\n")[0] == HEADER.encode()
    assert not data.startswith(b"\xef\xbb\xbf")  # UTF-8 without a byte order mark
    assert data.endswith(b"\r\n")
    empty = render_todoist_csv(make_brief())
    assert empty == HEADER.encode() + b"\r\n"


def test_each_task_is_a_row_followed_by_its_steps_as_sub_tasks() -> None:
    table = rows(render_todoist_csv(make_brief(INVOICES, VENUE)))
    assert [(r["TYPE"], r["CONTENT"], r["INDENT"]) for r in table] == [
        ("task", "Send the monthly invoices", "1"),
        ("task", "Export the hours", "2"),
        ("task", "Fill in the template", "2"),
        ("task", "Send the PDF", "2"),
        ("task", "Book the venue", "1"),
    ]
    step = table[1]
    assert step["DESCRIPTION"] == ""
    assert step["DATE"] == ""
    assert step["PRIORITY"] == "4"  # an empty cell would make it p1 in Todoist


def test_a_task_row_carries_every_column() -> None:
    row = rows(render_todoist_csv(make_brief(INVOICES)))[0]
    assert row == {
        "TYPE": "task",
        "CONTENT": "Send the monthly invoices",
        "DESCRIPTION": (
            "Use the template in the shared folder.\n"
            "\n"
            "Done when:\n"
            "- Every client has an invoice\n"
            "- Copies are filed\n"
            "\n"
            f"Ref: task-7-{PLAN}@delegator.local"
        ),
        "PRIORITY": "2",
        "INDENT": "1",
        "AUTHOR": "",
        "RESPONSIBLE": "Anna",
        "DATE": "every month",
        "DATE_LANG": "en",
        "TIMEZONE": "Europe/Berlin",
    }


def test_the_criteria_heading_is_in_the_brief_language(monkeypatch: pytest.MonkeyPatch) -> None:
    languages: list[str] = []

    class Shouting:
        def __init__(self, language: str, _address: object = None) -> None:
            languages.append(language)

        def __call__(self, source: object) -> str:
            return str(source).upper()

    monkeypatch.setattr(todoist_csv, "BriefText", Shouting)
    row = only_row(BriefTask(id=1, title="x", acceptance_criteria=("Filed",)), language="de")
    assert languages == ["de"]
    assert row["DESCRIPTION"] == "DONE WHEN:\n- Filed" + ref_of(1)  # "Ref:" in every language
    assert row["DATE_LANG"] == "en"  # dates stay English: Todoist parses them in any account


def test_without_an_assistant_or_a_time_zone_the_cells_stay_empty() -> None:
    row = only_row(BriefTask(id=1, title="Draft the job ad"), assistant=None, time_zone="")
    assert row["RESPONSIBLE"] == ""
    assert row["TIMEZONE"] == ""
    assert row["DESCRIPTION"] == ref_of(1).lstrip()  # only the to-do's ref
    assert row["DATE"] == ""
    assert row["PRIORITY"] == "4"


@pytest.mark.parametrize(
    ("priority", "expected"),
    [
        (Priority.URGENT, "1"),
        (Priority.HIGH, "2"),
        (Priority.NORMAL, "3"),
        (Priority.LOW, "4"),
        (None, "4"),
    ],
)
def test_priorities_map_to_todoist_where_1_is_highest(
    priority: Priority | None, expected: str
) -> None:
    assert only_row(BriefTask(id=1, title="x", priority=priority))["PRIORITY"] == expected


@pytest.mark.parametrize(
    ("frequency", "due", "expected"),
    [
        (None, None, ""),
        (Frequency.ONCE, None, ""),
        (None, dt.date(2026, 5, 20), "2026-05-20"),
        (Frequency.ONCE, dt.date(2026, 5, 20), "2026-05-20"),
        (Frequency.DAILY, None, "every weekday"),
        (Frequency.WEEKLY, None, "every week"),
        (Frequency.MONTHLY, None, "every month"),
        (Frequency.QUARTERLY, None, "every 3 months"),
        (Frequency.YEARLY, None, "every year"),
        (Frequency.MONTHLY, dt.date(2026, 12, 1), "every month starting 2026-12-01"),
    ],
)
def test_the_date_is_the_due_date_or_a_recurring_phrase(
    frequency: Frequency | None, due: dt.date | None, expected: str
) -> None:
    row = only_row(BriefTask(id=1, title="x", frequency=frequency, due=due))
    assert row["DATE"] == expected
    assert row["DATE_LANG"] == "en"


@pytest.mark.parametrize(
    ("title", "cell"),
    [
        ('=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("'=1", "''=1"),
        ("Call Bob", "Call Bob"),
        ("'Tis the season", "'Tis the season"),
        ("Pay 5 = 2 + 3", "Pay 5 = 2 + 3"),
    ],
)
def test_formula_injection_is_neutralised_in_every_text_cell(title: str, cell: str) -> None:
    task = BriefTask(id=1, title=title, instructions=title, steps=(title,))
    table = rows(render_todoist_csv(make_brief(task, assistant=title)))
    assert [r["CONTENT"] for r in table] == [cell, cell]
    # instructions are stripped
    assert table[0]["DESCRIPTION"] == neutralise_cell(title.strip() + ref_of(1))
    assert table[0]["RESPONSIBLE"] == cell
    assert restore_cell(cell) == title


@given(st.text())
def test_restore_undoes_neutralise(text: str) -> None:
    safe = neutralise_cell(text)
    assert restore_cell(safe) == text
    assert not safe or safe[0] not in "=+-@\t\r"


@pytest.mark.parametrize(
    "text",
    [
        "Comma, inside",
        'Quote "inside" and ""doubled""',
        "Line one\nLine two\r\nLine three",
        "Semicolon; tab\there",
        "Umlaute äöü ß, emoji ✓",
        "",
    ],
)
def test_commas_quotes_and_newlines_survive_a_round_trip(text: str) -> None:
    task = BriefTask(
        id=1,
        title=text or "x",
        instructions=text,
        steps=(text or "y", "plain"),
        acceptance_criteria=(text or "z",),
    )
    table = rows(render_todoist_csv(make_brief(task)))
    assert len(table) == 3
    assert table[0]["CONTENT"] == (text or "x")
    if text.strip():
        assert table[0]["DESCRIPTION"].startswith(text.strip())
    assert table[0]["DESCRIPTION"].endswith(f"Done when:\n- {text or 'z'}" + ref_of(1))
    assert [r["CONTENT"] for r in table[1:]] == [text or "y", "plain"]
    assert all(len(r) == 10 and None not in r for r in table)

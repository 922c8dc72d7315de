"""The check-in agenda as Markdown and PDF: every section, in the agenda's language, and
one page for a normal agenda."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from zoneinfo import ZoneInfo

import pypdf

from delegator.domain.agenda import (
    Agenda,
    AgendaChange,
    AgendaDue,
    AgendaFeedback,
    AgendaStatusChange,
)
from delegator.domain.assistant import FormOfAddress
from delegator.domain.followup import StatusSource
from delegator.domain.model import Status
from delegator.exchange.agenda_markdown import agenda_title, render_agenda_markdown
from delegator.exchange.agenda_pdf import render_agenda_pdf

BERLIN = ZoneInfo("Europe/Berlin")
EMPTY = Agenda("Anna Schmidt", dt.datetime(2026, 12, 7, 10, tzinfo=BERLIN), None, "en")
AGENDA = replace(
    EMPTY,
    since=dt.date(2026, 11, 30),
    due=(
        AgendaDue(
            "Pay the invoices", dt.date(2026, 12, 7), dt.date(2026, 11, 30), Status.HANDED_OVER
        ),
        AgendaDue("Answer *all* mail", dt.date(2026, 12, 1), None, Status.IN_PROGRESS),
    ),
    status_changes=(
        AgendaStatusChange(
            "Book the travel",
            Status.DONE,
            dt.datetime(2026, 12, 2, 15, tzinfo=BERLIN),
            StatusSource.IMPORT,
        ),
    ),
    feedback=(
        AgendaFeedback(
            dt.date(2026, 12, 2), 4, "Pay the invoices", "On time", "Ask before paying", ""
        ),
        AgendaFeedback(dt.date(2026, 12, 3), 3, "", "", "Answer within a day", ""),
    ),
    changed=(AgendaChange("Pay the invoices", ("instructions", "acceptance_criteria")),),
)


def section(markdown: str, heading: str) -> str:
    """The text under the level-2 *heading*, up to the next one."""
    return markdown.split(f"## {heading}\n\n", 1)[1].split("\n## ", 1)[0].strip()


def test_markdown_lists_each_section() -> None:
    markdown = render_agenda_markdown(AGENDA)
    assert markdown.startswith("# Check-in agenda for Anna Schmidt\n\n- **Date:** December 7")
    assert "- **Last check-in:** November 30, 2026" in markdown
    due = section(markdown, "Due for check-in").splitlines()
    assert due[0] == "| Task | Due since | Last check-in | Status |"
    assert due[2] == "| Pay the invoices | 12/07/2026 | 11/30/2026 | Handed over |"
    assert (
        due[3] == "| Answer \\*all\\* mail | 12/01/2026 | — | In progress |"
    )  # typed text escaped
    changes = section(markdown, "Status changes since the last check-in")
    assert changes == "- 12/02/2026: **Book the travel** → Done (from your file)"
    feedback = section(markdown, "Feedback to give").splitlines()
    assert feedback == [
        "- **Pay the invoices** (12/02/2026, 4 of 5)",
        "  - What went well: On time",
        "  - What I'd like done differently: Ask before paying",
        "- **Working together** (12/03/2026, 3 of 5)",
        "  - What I'd like done differently: Answer within a day",
    ]
    changed = section(markdown, "Instructions changed since the last handover")
    assert changed == "- **Pay the invoices:** instructions, done-when criteria"


def test_empty_sections_say_so() -> None:
    markdown = render_agenda_markdown(EMPTY)
    assert "- **Last check-in:** none yet" in markdown
    assert section(markdown, "Due for check-in") == "Nothing due."
    assert section(markdown, "Status changes") == "No status changes."
    assert section(markdown, "Feedback to give") == "No feedback logged."
    assert section(markdown, "Instructions changed since the last handover") == "No changes."


def test_german_dates_and_field_names() -> None:
    markdown = render_agenda_markdown(replace(AGENDA, language="de"))
    assert "7. Dezember 2026" in markdown
    assert "| 07.12.2026 | 30.11.2026 |" in markdown
    assert "- 02.12.2026: **Book the travel**" in markdown
    assert "Anleitung" in markdown  # the brief's field names, in German


def test_a_german_agenda_addresses_the_assistant_as_the_brief_does() -> None:
    formal = render_agenda_markdown(replace(AGENDA, language="de"))
    informal = render_agenda_markdown(replace(AGENDA, language="de", address=FormOfAddress.DU))
    assert "aus Ihrer Datei" in formal
    assert "aus deiner Datei" in informal
    assert "Ihr" not in informal


def test_pdf_is_one_page_with_every_section(qapp: object) -> None:
    pdf = render_agenda_pdf(
        render_agenda_markdown(AGENDA), title=agenda_title(AGENDA), language="en", paper="A4"
    )
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for expected in (
        "Check-in agenda for Anna Schmidt",
        "Due for check-in",
        "Pay the invoices 12/07/2026 11/30/2026 Handed over",
        "Status changes since the last check-in",
        "Book the travel → Done (from your file)",
        "Feedback to give",
        "What I'd like done differently: Ask before paying",
        "Instructions changed since the last handover",
    ):
        assert expected in text
    assert reader.metadata is not None
    assert reader.metadata.title == "Check-in agenda for Anna Schmidt"


def test_pdf_of_a_long_agenda_numbers_its_pages(qapp: object) -> None:
    many = tuple(
        AgendaDue(f"Weekly report {n}", dt.date(2026, 12, 1), None, Status.HANDED_OVER)
        for n in range(80)
    )
    agenda = replace(AGENDA, due=many)
    pdf = render_agenda_pdf(
        render_agenda_markdown(agenda), title=agenda_title(agenda), language="en", paper="Letter"
    )
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    total = len(reader.pages)
    assert total > 1
    last = " ".join(reader.pages[-1].extract_text().split())
    assert f"Page {total} of {total}" in last
    assert "Check-in agenda for Anna Schmidt" in last  # the header

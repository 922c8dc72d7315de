"""``tasks.csv``: a brief's tasks in Todoist's CSV import format.

One ``task`` row per task (``INDENT`` 1), followed by one ``task`` row per step
(``INDENT`` 2, a sub-task). The description holds the instructions and the "done when"
criteria, headed in the brief's language, and as its last line the task's reference
``Ref: task-<id>-<plan uid>@delegator.local`` (the UID of ``tasks.ics``, the same in every
language), by which a file the assistant sends back is recognised. Dates are written in
English (``DATE_LANG`` ``en``), which Todoist parses in every account language: an ISO
date, a recurring phrase ("every weekday", "every month", ...), or both ("every month
starting 2026-12-01").

``PRIORITY`` is Todoist's: 1 the highest. Todoist gives a row with an empty priority p1,
so every row carries one: a task without a priority, and every step, get 4 (Todoist's
"no priority").

Spreadsheet formula injection: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return is run as a formula when the file is opened in Excel or LibreOffice.
Such a cell is written with a leading apostrophe (OWASP's advice; spreadsheets show the
text, Todoist shows the apostrophe). A cell that already starts with apostrophes followed
by such a character gets one more, so ``restore_cell`` undoes the change exactly and an
import of this file gives back the original text.

The file is UTF-8 without a byte order mark, with CRLF line ends as the csv module writes
them; commas, quotes and newlines in a cell are quoted by the csv module.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP

from delegator.domain.brief import Brief, BriefTask
from delegator.domain.model import Frequency, Priority
from delegator.exchange.task_refs import make_ref, ref_line
from delegator.text.brief_text import BriefText

HEADER = (
    "TYPE",
    "CONTENT",
    "DESCRIPTION",
    "PRIORITY",
    "INDENT",
    "AUTHOR",
    "RESPONSIBLE",
    "DATE",
    "DATE_LANG",
    "TIMEZONE",
)

DATE_LANG = "en"

TODOIST_PRIORITY: Mapping[Priority, int] = {
    Priority.URGENT: 1,
    Priority.HIGH: 2,
    Priority.NORMAL: 3,
    Priority.LOW: 4,
}
NO_PRIORITY = 4

# English on purpose: DATE_LANG is "en" whatever the brief's language. Daily work means
# working days, as the hours maths and the iCalendar rule count it.
RECURRENCE: Mapping[Frequency, str] = {
    Frequency.DAILY: "every weekday",
    Frequency.WEEKLY: "every week",
    Frequency.MONTHLY: "every month",
    Frequency.QUARTERLY: "every 3 months",
    Frequency.YEARLY: "every year",
}

FORMULA_TRIGGERS = "=+-@\t\r"
_NEEDS_QUOTE = re.compile(f"'*[{re.escape(FORMULA_TRIGGERS)}]")
_QUOTED = re.compile(f"'+[{re.escape(FORMULA_TRIGGERS)}]")


def neutralise_cell(text: str) -> str:
    """*text* made safe to open in a spreadsheet (see the module's docstring)."""
    return "'" + text if _NEEDS_QUOTE.match(text) else text


def restore_cell(text: str) -> str:
    """The inverse of ``neutralise_cell``, for the importer."""
    return text[1:] if _QUOTED.match(text) else text


def todoist_date(task: BriefTask) -> str:
    """The DATE cell: the due date, the recurrence, both, or nothing."""
    phrase = RECURRENCE.get(task.frequency) if task.frequency is not None else None
    due = task.due.isoformat() if task.due is not None else None
    if phrase and due:
        return f"{phrase} starting {due}"
    return phrase or due or ""


def describe(task: BriefTask, words: BriefText, plan_uid: str) -> str:
    """The DESCRIPTION cell: instructions, then the "done when" criteria, then the
    task's reference."""
    parts: list[str] = []
    if task.instructions.strip():
        parts.append(task.instructions.strip())
    if task.acceptance_criteria:
        heading = words(QT_TRANSLATE_NOOP("Brief", "Done when"))
        lines = (f"- {criterion}" for criterion in task.acceptance_criteria)
        parts.append("\n".join([f"{heading}:", *lines]))
    parts.append(ref_line(make_ref(task.id, plan_uid)))
    return "\n\n".join(parts)


def render_todoist_csv(brief: Brief) -> bytes:
    """The whole ``tasks.csv`` file."""
    words = BriefText(brief.options.language, brief.options.address)
    responsible = neutralise_cell(brief.assistant_name or "")
    time_zone = brief.agreement.time_zone
    out = io.StringIO(newline="")
    writer = csv.writer(out)  # excel dialect: minimal quoting, CRLF line ends
    writer.writerow(HEADER)
    for task in brief.tasks:
        priority = TODOIST_PRIORITY[task.priority] if task.priority is not None else NO_PRIORITY
        writer.writerow(
            (
                "task",
                neutralise_cell(task.title),
                neutralise_cell(describe(task, words, brief.plan_uid)),
                priority,
                1,
                "",
                responsible,
                todoist_date(task),
                DATE_LANG,
                time_zone,
            )
        )
        for step in task.steps:
            writer.writerow(
                (
                    "task",
                    neutralise_cell(step),
                    "",
                    NO_PRIORITY,
                    2,
                    "",
                    responsible,
                    "",
                    DATE_LANG,
                    time_zone,
                )
            )
    return out.getvalue().encode("utf-8")

"""What an import file holds, before it becomes to-dos (issue 6).

Every parser turns a file into ImportedTask values, or raises ImportFormatError naming
the line; nothing is stored until the user (or ``delegator import``) confirms, and then
in one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from delegator.domain.errors import DelegatorError
from delegator.domain.model import Frequency, Priority, Status


class ImportProblem(StrEnum):
    """Why a file cannot be read; the values each one carries are named after it.
    ``text/import_errors.py`` puts them into words."""

    EMPTY_FILE = "empty_file"
    NOT_TEXT = "not_text"  # a NUL byte: a picture, a PDF, a spreadsheet's own format
    BAD_ENCODING = "bad_encoding"  # encoding
    BAD_CSV = "bad_csv"  # detail (the csv module's words)
    NEEDS_MAPPING = "needs_mapping"  # a CSV that is not Todoist's, read without a mapping
    NOT_TODOIST = "not_todoist"  # the header does not start with TYPE,CONTENT
    CELL_COUNT = "cell_count"  # cells, columns
    EMPTY_TYPE = "empty_type"
    UNKNOWN_TYPE = "unknown_type"  # value
    PRIORITY_RANGE = "priority_range"  # value
    UNKNOWN_DURATION_UNIT = "unknown_duration_unit"  # value
    NOT_WHOLE_NUMBER = "not_whole_number"  # column, value
    NO_SUCH_COLUMN = "no_such_column"  # column
    NOT_A_DATE = "not_a_date"  # column, value
    NOT_A_PRIORITY = "not_a_priority"  # column, value
    NOT_MINUTES = "not_minutes"  # column, value
    BAD_DUE_DATE = "bad_due_date"  # value (todo.txt and Markdown: YYYY-MM-DD)
    NOT_ICALENDAR_START = "not_icalendar_start"  # not starting with BEGIN:VCALENDAR
    NOT_ICALENDAR = "not_icalendar"
    ICALENDAR_SYNTAX = "icalendar_syntax"  # detail (the library's words, untranslated)
    UNREADABLE_TODO = "unreadable_todo"  # detail
    BAD_ICS_VALUE = "bad_ics_value"  # field (DUE, DTSTART …), value
    NOT_A_FILE = "not_a_file"  # kind: folder, pipe, device, socket or other
    TOO_LARGE = "too_large"  # limit (in bytes)
    MINUTES_RANGE = "minutes_range"  # field, value: negative or above a week (limit)
    BAD_ICS_FIELD = "bad_ics_field"  # field (PRIORITY, RRULE …), value
    UNCLOSED_COMPONENT = "unclosed_component"  # component (VTODO …): no END


class ImportFormatError(DelegatorError):
    """The file cannot be read as the format; ``line`` is 1-based (0: the whole file).

    ``problem`` says why and ``values`` holds what its words name (a cell's text, a
    column); no words here: ``text/import_errors.py`` turns them into a sentence.
    """

    def __init__(self, line: int, problem: ImportProblem, **values: object) -> None:
        super().__init__(f"line {line}: {problem.value} {values}")
        self.line = line
        self.problem = problem
        self.values = values


@dataclass(slots=True)
class ImportedTask:
    """One to-do as found in a file; ``done`` ones are skipped unless asked for.

    ``ref`` is the Delegator reference an export wrote (``exchange/task_refs.py``; empty:
    none) and ``status`` what the file says of the work (done, in progress; None: nothing
    to say): a to-do of this plan that comes back is a status update, not a new one.

    Not frozen, but never changed once a parser returns it: a file can hold tens of
    thousands, and a frozen dataclass takes three times as long to build (a fifth of
    the time of parsing a todo.txt line).
    """

    title: str
    line: int
    notes: str = ""
    area: str = ""
    skills: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()
    acceptance_criteria: tuple[str, ...] = ()
    instructions: str = ""
    priority: Priority | None = None
    frequency: Frequency | None = None
    minutes_per_occurrence: int | None = None
    due: dt.date | None = None
    assistant_name: str | None = None
    done: bool = False
    ref: str = ""
    status: Status | None = None


@dataclass(frozen=True, slots=True)
class ImportResult:
    """The to-dos of a file plus what was skipped and why (counts by reason)."""

    tasks: tuple[ImportedTask, ...]
    skipped: tuple[tuple[str, int], ...] = ()

"""Import any CSV through a column mapping: the user says which column holds the title
(required), the notes, the area, the due date, the priority, the minutes and the
assistant; ``guess_column`` pre-selects a column by its name.

Dates: ISO (2026-05-20) or German (20.05.2026); priorities: 1–4, p1–p4 or a word
(urgent/high/normal/low, dringend/hoch/normal/niedrig); minutes: a number, optionally
followed by "min". Encoding, delimiter and line numbers as in ``import_csv``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal

from delegator.domain.imported import ImportedTask, ImportFormatError, ImportProblem, ImportResult
from delegator.domain.model import Priority
from delegator.exchange.import_csv import ISO_DATE, header_and_rows
from delegator.exchange.import_numbers import checked_minutes

_GERMAN_DATE = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{2}|[0-9]{4})")

MAPPED_FIELDS = (
    "title",
    "notes",
    "area",
    "due",
    "priority",
    "minutes_per_occurrence",
    "assistant_name",
)

PRIORITY_WORDS: Mapping[str, Priority] = {
    "1": Priority.URGENT,
    "2": Priority.HIGH,
    "3": Priority.NORMAL,
    "4": Priority.LOW,
    "p1": Priority.URGENT,
    "p2": Priority.HIGH,
    "p3": Priority.NORMAL,
    "p4": Priority.LOW,
    "urgent": Priority.URGENT,
    "high": Priority.HIGH,
    "normal": Priority.NORMAL,
    "medium": Priority.NORMAL,
    "low": Priority.LOW,
    "dringend": Priority.URGENT,
    "hoch": Priority.HIGH,
    "mittel": Priority.NORMAL,
    "niedrig": Priority.LOW,
}


# Column names that pre-select a field in the mapping step (compared case-folded).
COLUMN_GUESSES: Mapping[str, frozenset[str]] = {
    "title": frozenset({"title", "titel", "task", "aufgabe", "name", "content", "subject"}),
    "notes": frozenset({"notes", "note", "notizen", "notiz", "description", "beschreibung"}),
    "area": frozenset({"area", "bereich", "project", "projekt", "category", "kategorie"}),
    "due": frozenset({"due", "due date", "fällig", "fällig am", "date", "datum"}),
    "priority": frozenset({"priority", "priorität", "prio"}),
    "minutes_per_occurrence": frozenset({"minutes", "minuten", "duration", "dauer"}),
    "assistant_name": frozenset({"assistant", "assistenz", "responsible", "zuständig"}),
}


def guess_column(field: str, columns: Sequence[str]) -> str | None:
    """The first of *columns* whose name suggests *field* (one of ``MAPPED_FIELDS``)."""
    return next((name for name in columns if name.casefold() in COLUMN_GUESSES[field]), None)


def parse_mapped_csv(text: str, mapping: Mapping[str, str]) -> ImportResult:
    """The to-dos of any CSV, *mapping* our fields (``MAPPED_FIELDS``) to its columns.

    ``title`` must be mapped; a row with an empty title is skipped (counted as "empty").
    Dates: ISO (2026-05-20) or German (20.05.2026); priorities: 1–4, p1–p4 or a word
    (urgent/high/normal/low, dringend/hoch/normal/niedrig).
    """
    unknown = set(mapping) - set(MAPPED_FIELDS)
    if unknown:
        raise ValueError(f"unknown fields: {sorted(unknown)}")
    if "title" not in mapping:
        raise ValueError("the title column must be mapped")
    header_line, names, rows = header_and_rows(text)
    positions: dict[str, tuple[int, str]] = {}
    for our, theirs in mapping.items():
        wanted = theirs.strip()
        if wanted not in names:
            raise ImportFormatError(header_line, ImportProblem.NO_SUCH_COLUMN, column=theirs)
        positions[our] = (names.index(wanted), wanted)

    tasks: list[ImportedTask] = []
    empty = 0
    for line, row in rows:

        def value(our: str, row: list[str] = row) -> tuple[str, str]:
            if our not in positions:
                return "", ""
            position, column = positions[our]
            return (row[position].strip() if position < len(row) else ""), column

        title, _ = value("title")
        if not title:
            if any(cell.strip() for cell in row):
                empty += 1
            continue
        due_text, due_column = value("due")
        priority_text, priority_column = value("priority")
        minutes_text, minutes_column = value("minutes_per_occurrence")
        assistant, _ = value("assistant_name")
        tasks.append(
            ImportedTask(
                title=title,
                line=line,
                notes=value("notes")[0],
                area=value("area")[0],
                due=_mapped_date(due_text, line, due_column) if due_text else None,
                priority=(
                    _mapped_priority(priority_text, line, priority_column)
                    if priority_text
                    else None
                ),
                minutes_per_occurrence=(
                    _mapped_minutes(minutes_text, line, minutes_column) if minutes_text else None
                ),
                assistant_name=assistant or None,
            )
        )
    return ImportResult(tasks=tuple(tasks), skipped=(("empty", empty),) if empty else ())


def _mapped_date(text: str, line: int, column: str) -> dt.date:
    german = _GERMAN_DATE.fullmatch(text)
    try:
        if german is not None:
            day, month, year = (int(part) for part in german.groups())
            return dt.date(year + 2000 if year < 100 else year, month, day)
        if ISO_DATE.match(text):
            if len(text) == 10:
                return dt.date.fromisoformat(text)
            return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    raise ImportFormatError(line, ImportProblem.NOT_A_DATE, column=column, value=text)


def _mapped_priority(text: str, line: int, column: str) -> Priority:
    priority = PRIORITY_WORDS.get(text.casefold())
    if priority is None:
        raise ImportFormatError(line, ImportProblem.NOT_A_PRIORITY, column=column, value=text)
    return priority


def _mapped_minutes(text: str, line: int, column: str) -> int:
    number = re.sub(r"\s*(min|mins|minutes|minuten)\.?$", "", text.casefold())
    if not re.fullmatch(r"[0-9]+(?:[.,][0-9]+)?", number):
        raise ImportFormatError(line, ImportProblem.NOT_MINUTES, column=column, value=text)
    return checked_minutes(round(Decimal(number.replace(",", "."))), line, column, text)

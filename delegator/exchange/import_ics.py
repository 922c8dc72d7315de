"""Import from iCalendar (.ics): one to-do per VTODO, read with the icalendar library.

- ``SUMMARY`` the title; ``DESCRIPTION`` the instructions, with the ``[ ] step`` lines
  and the "Done when:" block that ``ics_export`` writes taken out as steps and criteria.
- ``DUE`` (a date, or a date-time taken as the date in its own zone) the due date;
  ``DURATION`` (with ``DTSTART``) the minutes per occurrence.
- ``PRIORITY`` 1–2 urgent, 3–4 high, 5 normal, 6–9 low (0: none).
- ``CATEGORIES``: the first the area, the others skills.
- ``RRULE`` ``FREQ`` the frequency (monthly every 3 months: quarterly).
- ``STATUS`` COMPLETED (or ``PERCENT-COMPLETE`` 100) is done, IN-PROCESS in progress.
  Done and CANCELLED to-dos are skipped unless *include_done*, but a done one whose
  ``UID`` is a Delegator ref (``task_refs``) is kept: the assistant's status update of a
  to-do an export wrote. VEVENTs are ignored; what is skipped is counted in
  ``ImportResult.skipped``.
- ``UID``, when it is a Delegator ref, the to-do's ``ref``.

The library unfolds lines and unescapes text. It reports no line numbers, and its words
are English: when it fails, a value it cannot read (a date, a PRIORITY, an RRULE) is
looked for line by line (a folded line counts where it starts) and named with its field
and value, then a component without its END; anything else names the line of the
content the library quotes when it can be found, else 0 (the whole file). A DURATION
longer than a week is refused at its line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from icalendar import Calendar, Component
from icalendar.parser import Contentline
from icalendar.prop import TypesFactory

from delegator.domain.imported import ImportedTask, ImportFormatError, ImportProblem, ImportResult
from delegator.domain.model import MAX_MINUTES_PER_OCCURRENCE, Frequency, Priority, Status
from delegator.exchange.import_csv import decode, split_description
from delegator.exchange.import_numbers import minutes_out_of_range
from delegator.exchange.task_refs import parse_ref

_FREQUENCIES = {
    "DAILY": Frequency.DAILY,
    "WEEKLY": Frequency.WEEKLY,
    "MONTHLY": Frequency.MONTHLY,
    "YEARLY": Frequency.YEARLY,
}
_BREAK = re.compile(r"\r\n|\r|\n")
# The properties whose value is a date, a time or a duration.
_MOMENTS = frozenset(
    {"DUE", "DTSTART", "DTEND", "DURATION", "COMPLETED", "CREATED", "DTSTAMP", "LAST-MODIFIED"}
    | {"RECURRENCE-ID", "EXDATE", "RDATE"}
)
_STRUCTURE = frozenset({"BEGIN", "END"})
_QUOTED = re.compile(r"'([^']{2,})'|got: (.{2,})$")


def ics_priority(value: int) -> Priority | None:
    """Our priority for an iCalendar PRIORITY (1 highest, 9 lowest, 0 undefined)."""
    if 1 <= value <= 2:
        return Priority.URGENT
    if 3 <= value <= 4:
        return Priority.HIGH
    if value == 5:
        return Priority.NORMAL
    if 6 <= value <= 9:
        return Priority.LOW
    return None


def parse_ics(data: bytes | str, *, include_done: bool = False) -> ImportResult:
    """The to-dos of an iCalendar file (see the module's docstring)."""
    text = decode(data) if isinstance(data, bytes) else data
    text = text.removeprefix("\ufeff")
    logical = _logical_lines(text)
    first = next(((line, content) for line, content in logical if content.strip()), None)
    if first is None:
        raise ImportFormatError(0, ImportProblem.EMPTY_FILE)
    if first[1].strip().upper() != "BEGIN:VCALENDAR":
        raise ImportFormatError(first[0], ImportProblem.NOT_ICALENDAR_START)
    try:
        calendar = Calendar.from_ical(text)
    except Exception as error:  # the library raises ValueError, and worse on odd input
        _refuse_bad_value(logical)
        _refuse_unclosed(logical)
        raise ImportFormatError(
            _line_of_error(error, logical), ImportProblem.ICALENDAR_SYNTAX, detail=_reason(error)
        ) from error
    if not isinstance(calendar, Component) or calendar.name != "VCALENDAR":
        raise ImportFormatError(first[0], ImportProblem.NOT_ICALENDAR)

    todo_lines = [line for line, content in logical if content.strip().upper() == "BEGIN:VTODO"]
    tasks: list[ImportedTask] = []
    counts = {"completed": 0, "cancelled": 0, "events": 0, "empty": 0}
    todos = 0
    for component in calendar.walk():
        if component.name == "VEVENT":
            counts["events"] += 1
            continue
        if component.name != "VTODO":
            continue
        line = todo_lines[todos] if todos < len(todo_lines) else 0
        todos += 1
        try:
            task = _task(component, line, logical)
        except (
            ValueError,
            TypeError,
            AttributeError,
            KeyError,
            IndexError,
            OverflowError,
        ) as error:
            raise ImportFormatError(
                line, ImportProblem.UNREADABLE_TODO, detail=_reason(error)
            ) from error
        if task is None:
            counts["empty"] += 1
            continue
        if task.done and not include_done and not (task.ref and task.status is Status.DONE):
            status = str(component.get("STATUS", "")).strip().upper()
            counts["cancelled" if status == "CANCELLED" else "completed"] += 1
            continue
        tasks.append(task)
    return ImportResult(
        tasks=tuple(tasks),
        skipped=tuple((reason, count) for reason, count in counts.items() if count),
    )


def _task(todo: Component, line: int, logical: list[tuple[int, str]]) -> ImportedTask | None:
    title = _text(todo.get("SUMMARY")).strip()
    if not title:
        return None
    instructions, steps, criteria = split_description(_text(todo.get("DESCRIPTION")), steps=True)
    categories = _categories(todo.get("CATEGORIES"))
    status = _text(todo.get("STATUS")).strip().upper()
    progress = _status(status, todo.get("PERCENT-COMPLETE"))
    uid = _text(todo.get("UID")).strip()
    return ImportedTask(
        title=title,
        line=line,
        area=categories[0] if categories else "",
        skills=tuple(categories[1:]),
        steps=steps,
        acceptance_criteria=criteria,
        instructions=instructions,
        priority=_priority(todo.get("PRIORITY")),
        frequency=_frequency(todo.get("RRULE")),
        minutes_per_occurrence=_minutes(todo.get("DURATION"), line, logical),
        due=_date(todo.get("DUE")),
        done=status == "CANCELLED" or progress is Status.DONE,
        ref=uid if parse_ref(uid) is not None else "",
        status=progress,
    )


def _status(status: str, percent: object) -> Status | None:
    """What STATUS and PERCENT-COMPLETE say of the work: done, in progress, or nothing."""
    if status == "COMPLETED" or _text(percent).strip() == "100":
        return Status.DONE
    if status == "IN-PROCESS":
        return Status.IN_PROGRESS
    return None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):  # the property given more than once: the first
        return _text(value[0]) if value else ""
    return str(value)


def _categories(value: object) -> list[str]:
    values = value if isinstance(value, list) else [value] if value is not None else []
    names: list[str] = []
    for item in values:
        cats = getattr(item, "cats", None)
        if cats is None:
            cats = [item]
        names.extend(" ".join(str(cat).split()) for cat in cats)
    return list(dict.fromkeys(name for name in names if name))


def _priority(value: object) -> Priority | None:
    if value is None:
        return None
    try:
        return ics_priority(int(_text(value).strip()))
    except ValueError:
        return None


def _frequency(value: object) -> Frequency | None:
    rule = value[0] if isinstance(value, list) and value else value
    if not isinstance(rule, dict):
        return None
    freq = _first(rule.get("FREQ"))
    frequency = _FREQUENCIES.get(str(freq).upper()) if freq is not None else None
    interval = _first(rule.get("INTERVAL"))
    try:
        every = int(str(interval)) if interval is not None else 1
    except ValueError:
        every = 1
    if frequency is Frequency.MONTHLY and every == 3:
        return Frequency.QUARTERLY
    if frequency is Frequency.MONTHLY and every == 12:
        return Frequency.YEARLY
    return frequency


def _first(value: object) -> object:
    if isinstance(value, list | tuple):
        return value[0] if value else None
    return value


def _date(value: object) -> dt.date | None:
    moment = getattr(_first(value), "dt", None)
    if isinstance(moment, dt.datetime):
        return moment.date()  # in its own zone (or floating): the date written in the file
    if isinstance(moment, dt.date):
        return moment
    return None


def _minutes(value: object, start: int, logical: list[tuple[int, str]]) -> int | None:
    """The minutes of a positive DURATION (a negative one says nothing of the work);
    ImportFormatError naming its line for one longer than a to-do may take."""
    length = getattr(_first(value), "dt", None)
    if not isinstance(length, dt.timedelta) or length <= dt.timedelta(0):
        return None
    minutes = int(length.total_seconds() // 60)
    if minutes > MAX_MINUTES_PER_OCCURRENCE:
        line, written = _property_at(logical, start, "DURATION")
        raise minutes_out_of_range(line, "DURATION", written)
    return minutes or None


def _property_at(logical: list[tuple[int, str]], start: int, name: str) -> tuple[int, str]:
    """(line, value as written) of the property *name* of the component that begins at
    line *start* (not of one nested in it, such as a VALARM's DURATION)."""
    depth = 0
    for line, content in logical:
        if line <= start:
            continue
        if content.upper().startswith("BEGIN:"):
            depth += 1
        elif content.upper().startswith("END:"):
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and _property_name(content) == name:
            return line, content.split(":", 1)[-1]
    return start, ""


def _property_name(content: str) -> str:
    return content.split(":", 1)[0].split(";", 1)[0].strip().upper()


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """(first physical line, unfolded content) of each content line."""
    result: list[tuple[int, str]] = []
    for number, physical in enumerate(_BREAK.split(text), start=1):
        if physical[:1] in (" ", "\t") and result:
            start, content = result[-1]
            result[-1] = (start, content + physical[1:])
        else:
            result.append((number, physical))
    return result


def _refuse_bad_value(logical: Iterable[tuple[int, str]]) -> None:
    """ImportFormatError naming the line, field and value of the first property the
    library cannot read, if there is one: ``BAD_ICS_VALUE`` for a date, time or
    duration, ``BAD_ICS_FIELD`` for another (PRIORITY high, an RRULE, a number
    beyond what iCalendar allows)."""
    factory = TypesFactory.instance()
    for line, content in logical:
        name = _property_name(content)
        if name in _STRUCTURE:
            continue
        try:
            _name, params, value = Contentline(content).parts()  # type: ignore[no-untyped-call]
        except Exception:  # not a content line at all: the library's words say it
            continue
        try:
            kind: Any = factory.for_property(name, params.get("VALUE"))
            kind.from_ical(value)
        except Exception as error:
            problem = (
                ImportProblem.BAD_ICS_VALUE if name in _MOMENTS else ImportProblem.BAD_ICS_FIELD
            )
            raise ImportFormatError(line, problem, field=name, value=value) from error


def _refuse_unclosed(logical: Iterable[tuple[int, str]]) -> None:
    """ImportFormatError (``UNCLOSED_COMPONENT``) naming the BEGIN line of the first
    component that ends before its END (the file is cut short, or an END is missing)."""
    opened: list[tuple[int, str]] = []
    for line, content in logical:
        name, _colon, value = content.partition(":")
        kind, component = name.strip().upper(), value.strip().upper()
        if kind == "BEGIN":
            opened.append((line, component))
        elif kind == "END" and opened:
            start, begun = opened.pop()
            if begun != component:
                raise ImportFormatError(start, ImportProblem.UNCLOSED_COMPONENT, component=begun)
    if opened:
        start, begun = opened[-1]
        raise ImportFormatError(start, ImportProblem.UNCLOSED_COMPONENT, component=begun)


def _line_of_error(error: BaseException, logical: Iterable[tuple[int, str]]) -> int:
    """The line of the content the library's message quotes, else 0."""
    match = _QUOTED.search(str(error))
    if match is None:
        return 0
    quoted = (match.group(1) or match.group(2) or "").strip()
    if not quoted:
        return 0
    for line, content in logical:
        if quoted in content:
            return line
    return 0


def _reason(error: BaseException) -> str:
    message = " ".join(str(error).split())
    return message[:200] or type(error).__name__

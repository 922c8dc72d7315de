"""todo.txt files (https://github.com/todotxt/todo.txt), one to-do per line (issue 6).

A line reads ``[x [done-date]] [(P)] [created-date] text``; blank lines are ignored.

- ``x`` followed by a space marks a finished to-do: it is skipped (and counted as
  ``("done", n)``) unless *include_done*; with it, the to-do comes back with ``done``.
  The completion and creation dates are recognised and left out of the title (the
  ImportedTask has no place for them).
- ``(A)`` to ``(Z)``: A urgent, B high, C normal, D to Z low. A finished line may carry
  its priority as ``pri:A`` instead, as several todo.txt apps write it.
- ``+project``: the first is the area; further projects are kept in the notes.
- ``@context``: a skill tag (without the ``@``), each once.
- ``key:value`` extras (a key starting with a letter, a value without spaces; ``http://``
  and the like are text, not extras): ``due:YYYY-MM-DD`` is the due date (a malformed
  one is an ImportFormatError naming the line); ``rec:`` is the frequency when it is one
  of ``d``/``1d``, ``w``/``1w``, ``m``/``1m``, ``3m``, ``y``/``1y`` (with or without
  the strict ``+``); ``est:`` is the estimate, read like the editor's field
  (``est:90``, ``est:1h``, ``est:1:30``). Every other extra, a ``rec:`` or ``est:`` that
  cannot be read, a second ``due:``, and ``t:`` (the threshold date) are kept in the
  notes as written, space-separated, so nothing is lost.

The title is the text without those tokens, whitespace normalised; a line that is only
tokens keeps its text as the title.
"""

from __future__ import annotations

import datetime as dt
import re

from delegator.domain.imported import ImportedTask, ImportFormatError, ImportProblem, ImportResult
from delegator.domain.model import Frequency, Priority
from delegator.domain.parsing import ParseError, parse_minutes
from delegator.exchange.import_text import split_lines

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_EXTRA = re.compile(r"([^\W\d_][\w.-]*):(\S+)")
_URL_SCHEMES = frozenset({"mailto", "tel", "urn", "file", "data"})

_RECURRENCE: dict[str, Frequency] = {
    "d": Frequency.DAILY,
    "1d": Frequency.DAILY,
    "w": Frequency.WEEKLY,
    "1w": Frequency.WEEKLY,
    "m": Frequency.MONTHLY,
    "1m": Frequency.MONTHLY,
    "3m": Frequency.QUARTERLY,
    "y": Frequency.YEARLY,
    "1y": Frequency.YEARLY,
}
_RECURRENCE_VALUES = _RECURRENCE | {f"+{key}": value for key, value in _RECURRENCE.items()}


_PRIORITY_OF_LETTER = {"A": Priority.URGENT, "B": Priority.HIGH, "C": Priority.NORMAL}


def priority_of_letter(letter: str) -> Priority:
    """todo.txt's priority letter as the app's: A urgent, B high, C normal, D-Z low."""
    return _PRIORITY_OF_LETTER.get(letter, Priority.LOW)


def parse_todotxt(text: str, *, include_done: bool = False) -> ImportResult:
    """The to-dos of a todo.txt file; finished ones only with *include_done*."""
    tasks: list[ImportedTask] = []
    done_skipped = 0
    for number, raw in enumerate(split_lines(text), start=1):
        tokens = raw.split()
        if not tokens:
            continue
        task = _parse_line(raw, tokens, number)
        if task.done and not include_done:
            done_skipped += 1
            continue
        tasks.append(task)
    skipped = (("done", done_skipped),) if done_skipped else ()
    return ImportResult(tasks=tuple(tasks), skipped=skipped)


def _parse_line(raw: str, tokens: list[str], number: int) -> ImportedTask:
    # Runs once per line of files with tens of thousands of lines: cheap character
    # tests come before the regular expressions.
    count = len(tokens)
    position = 0
    done = False
    priority: Priority | None = None
    # Only a lowercase "x" followed by a space marks a finished line (the format's rule);
    # leading whitespace is forgiven.
    if tokens[0] == "x" and count > 1 and raw.lstrip().startswith("x "):
        done = True
        position = 2 if _is_date(tokens[1]) else 1  # the completion date
    if position < count and _is_priority(tokens[position]):
        priority = priority_of_letter(tokens[position][1])
        position += 1
    if position < count and _is_date(tokens[position]):  # the creation date
        position += 1
    description = tokens[position:] if position else tokens

    title_words: list[str] = []
    notes: list[str] = []
    area = ""
    skills: list[str] = []
    due: dt.date | None = None
    frequency: Frequency | None = None
    minutes: int | None = None
    for token in description:
        first = token[0]
        if first == "+" and len(token) > 1:
            if area:
                notes.append(token)
            else:
                area = token[1:]
            continue
        if first == "@" and len(token) > 1:
            if token[1:] not in skills:
                skills.append(token[1:])
            continue
        extra = _EXTRA.fullmatch(token) if ":" in token else None
        if extra is None or _is_url(extra[1], extra[2]):
            title_words.append(token)
            continue
        key, value = extra[1].casefold(), extra[2]
        if key == "due":
            parsed = _due_date(value, number)
            if due is None:
                due = parsed
            else:
                notes.append(token)
        elif key == "rec" and frequency is None and value.casefold() in _RECURRENCE_VALUES:
            frequency = _RECURRENCE_VALUES[value.casefold()]
        elif key == "est" and minutes is None and (estimate := _minutes(value)) is not None:
            minutes = estimate
        elif key == "pri" and priority is None and _is_priority(f"({value})"):
            priority = priority_of_letter(value)
        else:
            notes.append(token)

    return ImportedTask(
        title=" ".join(title_words) or " ".join(description) or " ".join(tokens),
        line=number,
        notes=" ".join(notes),
        area=area,
        skills=tuple(skills),
        priority=priority,
        frequency=frequency,
        minutes_per_occurrence=minutes,
        due=due,
        done=done,
    )


def _is_priority(token: str) -> bool:
    """``(A)`` to ``(Z)``."""
    return len(token) == 3 and token[0] == "(" and token[2] == ")" and "A" <= token[1] <= "Z"


def _is_date(token: str) -> bool:
    if len(token) != 10 or token[4] != "-" or not _DATE.fullmatch(token):
        return False
    try:
        dt.date.fromisoformat(token)
    except ValueError:
        return False
    return True


def _is_url(key: str, value: str) -> bool:
    return value.startswith("//") or key.casefold() in _URL_SCHEMES


def _due_date(value: str, number: int) -> dt.date:
    if _DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ImportFormatError(number, ImportProblem.BAD_DUE_DATE, value=value)


def _minutes(value: str) -> int | None:
    try:
        return parse_minutes(value)
    except (ParseError, ValueError, OverflowError):
        return None

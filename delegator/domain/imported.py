"""What an import file holds, before it becomes to-dos (issue 6).

Every parser turns a file into ImportedTask values, or raises ImportFormatError naming
the line; nothing is stored until the user (or ``delegator import``) confirms, and then
in one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from delegator.domain.errors import DelegatorError
from delegator.domain.model import Frequency, Priority


class ImportFormatError(DelegatorError):
    """The file cannot be read as the format; ``line`` is 1-based (0: the whole file)."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason


@dataclass(slots=True)
class ImportedTask:
    """One to-do as found in a file; ``done`` ones are skipped unless asked for.

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


@dataclass(frozen=True, slots=True)
class ImportResult:
    """The to-dos of a file plus what was skipped and why (counts by reason)."""

    tasks: tuple[ImportedTask, ...]
    skipped: tuple[tuple[str, int], ...] = ()

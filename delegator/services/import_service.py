"""Bring to-dos in from files: detect the format, parse, flag likely duplicates, and
store the chosen ones in one transaction (one undo step in the window)."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from delegator.domain.bulk import cycle_collector_paused
from delegator.domain.imported import ImportedTask, ImportFormatError, ImportResult
from delegator.domain.model import Task
from delegator.services.assistant_service import AssistantService
from delegator.services.task_service import NewTask, TaskService


class ImportFormat(StrEnum):
    TEXT = "text"
    TODOTXT = "todotxt"
    CSV = "csv"
    ICS = "ics"
    MARKDOWN = "markdown"


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """A to-do the import would create; likely duplicates start unticked."""

    task: ImportedTask
    duplicate: bool


def _key(title: str) -> str:
    return "".join(title.casefold().split())


_SAMPLE_LINES = 200


def detect_format(path: Path, text: str) -> ImportFormat:
    """From the extension, then the content (its first 200 non-empty lines)."""
    suffix = path.suffix.casefold()
    if suffix == ".ics" or text.lstrip().startswith("BEGIN:VCALENDAR"):
        return ImportFormat.ICS
    if suffix == ".csv":
        return ImportFormat.CSV
    if suffix in (".md", ".markdown"):
        return ImportFormat.MARKDOWN
    lines = []
    for line in io.StringIO(text, newline=None):
        if line.strip():
            lines.append(line.strip())
            if len(lines) == _SAMPLE_LINES:
                break
    if any(line.lstrip("-*+ ").startswith(("[ ]", "[x]", "[X]")) for line in lines):
        return ImportFormat.MARKDOWN
    if (
        suffix == ".todo"
        or path.name.casefold() == "todo.txt"
        or any(line.startswith(("x ", "(")) or " +" in line or " due:" in line for line in lines)
    ):
        return ImportFormat.TODOTXT
    return ImportFormat.TEXT


def parse(
    text: str, fmt: ImportFormat, *, include_done: bool, assistants: Sequence[str]
) -> ImportResult:
    """*text* read as *fmt*; ImportFormatError names the line of a malformed one."""
    with cycle_collector_paused():
        return _parse(text, fmt, include_done=include_done, assistants=assistants)


def _parse(
    text: str, fmt: ImportFormat, *, include_done: bool, assistants: Sequence[str]
) -> ImportResult:
    if fmt is ImportFormat.ICS:
        from delegator.exchange.import_ics import parse_ics

        return parse_ics(text, include_done=include_done)
    if fmt is ImportFormat.CSV:
        from delegator.exchange.import_csv import is_todoist_csv, parse_todoist_csv

        if not is_todoist_csv(text):
            raise ImportFormatError(
                1,
                QCoreApplication.translate(
                    "ImportError", "not Todoist's format; map its columns in the import dialog"
                ),
            )
        return parse_todoist_csv(text, assistants=assistants)
    if fmt is ImportFormat.MARKDOWN:
        from delegator.exchange.import_markdown import parse_markdown

        return parse_markdown(text, include_done=include_done)
    if fmt is ImportFormat.TODOTXT:
        from delegator.exchange.import_todotxt import parse_todotxt

        return parse_todotxt(text, include_done=include_done)
    from delegator.exchange.import_text import parse_text

    return parse_text(text)


def read_text(data: bytes) -> str:
    from delegator.exchange.import_csv import decode

    return decode(data)


class ImportService:
    def __init__(self, tasks: TaskService, assistants: AssistantService) -> None:
        self._tasks = tasks
        self._assistants = assistants

    def read(
        self, path: Path, fmt: ImportFormat | None = None, *, include_done: bool = False
    ) -> tuple[ImportFormat, ImportResult]:
        """Parse *path*; an ImportFormatError names the line, an OSError the file."""
        text = read_text(path.read_bytes())
        chosen = fmt or detect_format(path, text)
        names = [a.name for a in self._assistants.assistants()]
        return chosen, parse(text, chosen, include_done=include_done, assistants=names)

    def columns(self, text: str) -> list[str]:
        """The column names of a CSV text, for the column-mapping step."""
        from delegator.exchange.import_csv import csv_columns

        return csv_columns(text)

    def is_todoist(self, text: str) -> bool:
        from delegator.exchange.import_csv import is_todoist_csv

        return is_todoist_csv(text)

    def read_mapped(self, text: str, mapping: Mapping[str, str]) -> ImportResult:
        """Any CSV text, with our field names mapped to its column names ("title"
        required)."""
        from delegator.exchange.import_csv import parse_mapped_csv

        with cycle_collector_paused():
            return parse_mapped_csv(text, mapping)

    def open_keys(self) -> set[str]:
        """The titles of the open to-dos as the duplicate check compares them."""
        return {_key(t.title) for t in self._tasks.summaries() if not t.archived}

    def preview(
        self, tasks: Sequence[ImportedTask], open_keys: set[str] | None = None
    ) -> list[PreviewRow]:
        """Each to-do, flagged when its title matches an open to-do (ignoring case and
        spaces) or an earlier one in the same file.

        *open_keys* (from ``open_keys()``) lets a worker thread check without reading
        the database, whose list connection belongs to the window's thread.
        """
        seen = set(self.open_keys() if open_keys is None else open_keys)
        rows = []
        with cycle_collector_paused():
            for task in tasks:
                key = _key(task.title)
                rows.append(PreviewRow(task, key in seen))
                seen.add(key)
        return rows

    def assistant_ids(self) -> dict[str, int]:
        """Each assistant's id by case-folded name, as ``new_tasks`` matches them."""
        return {a.name.casefold(): a.id for a in self._assistants.assistants()}

    def new_tasks(
        self, tasks: Sequence[ImportedTask], assistant_ids: Mapping[str, int] | None = None
    ) -> list[NewTask]:
        """What TaskService.add needs to create these to-dos (all in one transaction).

        *assistant_ids* (from ``assistant_ids()``) lets a worker thread build them
        without reading the database.
        """
        ids = self.assistant_ids() if assistant_ids is None else assistant_ids
        with cycle_collector_paused():
            return [
                NewTask(
                    item.title,
                    details=Task(
                        id=0,
                        title=item.title,
                        notes=item.notes,
                        area=item.area,
                        assistant_id=ids.get(item.assistant_name.casefold())
                        if item.assistant_name
                        else None,
                        priority=item.priority,
                        frequency=item.frequency,
                        minutes_per_occurrence=item.minutes_per_occurrence,
                        due=item.due,
                        instructions=item.instructions,
                        steps=item.steps,
                        acceptance_criteria=item.acceptance_criteria,
                        skills=item.skills,
                        archived=item.done,
                    ),
                )
                for item in tasks
            ]

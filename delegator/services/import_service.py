"""Bring to-dos in from files, the one use case the window and the command line share:
read the text, parse it in its format, flag likely duplicates, and store the chosen
ones in one transaction (one undo step in the window).

The window runs the steps on worker threads, reading what the import checks against
(``context()``) on its own thread first; ``import_file`` runs them all at once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from delegator.domain.bulk import cycle_collector_paused
from delegator.domain.changes import Changes
from delegator.domain.imported import ImportedTask, ImportResult
from delegator.domain.model import Task
from delegator.exchange.csv_mapping import guess_column
from delegator.exchange.import_formats import (
    FORMATS,
    ImportFormat,
    detect_format,
    file_patterns,
    parse,
)
from delegator.services.assistant_service import AssistantService
from delegator.services.task_operations import AddTasks
from delegator.services.task_service import NewTask, TaskService

# What the window needs of exchange/ (which it may not import itself).
__all__ = [
    "FORMATS",
    "ImportContext",
    "ImportFormat",
    "ImportPlan",
    "ImportReport",
    "ImportService",
    "PreviewRow",
    "detect_format",
    "file_patterns",
    "guess_column",
    "read_text",
]

DUPLICATE = "duplicate"  # the skip reason of a likely duplicate left out


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """A to-do the import would create; likely duplicates start unticked."""

    task: ImportedTask
    duplicate: bool


@dataclass(frozen=True, slots=True)
class ImportContext:
    """What an import is checked against, read from the database beforehand: a worker
    thread may not read it (the list's connection belongs to the window's thread)."""

    assistants: tuple[str, ...]  # the assistants' names, as Todoist's RESPONSIBLE is read
    assistant_ids: Mapping[str, int]  # each assistant's id by case-folded name
    open_keys: frozenset[str]  # the titles of the open to-dos, as duplicates compare them


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What a file would bring: every to-do with its duplicate flag, and what the
    parser skipped (counts by reason, ``text/import_reasons.py``)."""

    rows: list[PreviewRow]
    skipped: tuple[tuple[str, int], ...]

    def chosen(self) -> list[ImportedTask]:
        """The to-dos that are not likely duplicates."""
        return [row.task for row in self.rows if not row.duplicate]

    def skipped_with_duplicates(self) -> tuple[tuple[str, int], ...]:
        """``skipped``, plus the likely duplicates when they are left out."""
        duplicates = sum(row.duplicate for row in self.rows)
        return (*self.skipped, (DUPLICATE, duplicates)) if duplicates else self.skipped


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What ``import_file`` created (or, on a dry run, would create) and skipped."""

    created: int
    skipped: tuple[tuple[str, int], ...]


def _key(title: str) -> str:
    return "".join(title.casefold().split())


def read_text(data: bytes) -> str:
    """The text of a file's bytes (ImportFormatError: not text, or a broken encoding)."""
    from delegator.exchange.import_csv import decode

    return decode(data)


class ImportService:
    def __init__(self, tasks: TaskService, assistants: AssistantService) -> None:
        self._tasks = tasks
        self._assistants = assistants

    def context(self) -> ImportContext:
        """What an import is checked against, read now (on the database's thread)."""
        names = tuple(a.name for a in self._assistants.assistants())
        return ImportContext(names, self.assistant_ids(), frozenset(self.open_keys()))

    def plan(
        self,
        text: str,
        fmt: ImportFormat,
        context: ImportContext,
        *,
        include_done: bool = False,
    ) -> ImportPlan:
        """*text* read as *fmt* and checked for duplicates; ImportFormatError names the
        line of a malformed one (``NEEDS_MAPPING``: a CSV that is not Todoist's)."""
        with cycle_collector_paused():
            result = parse(text, fmt, include_done=include_done, assistants=context.assistants)
        return self._planned(result, context)

    def plan_mapped(
        self, text: str, mapping: Mapping[str, str], context: ImportContext
    ) -> ImportPlan:
        """Any CSV text, with our field names mapped to its column names ("title"
        required), checked for duplicates."""
        from delegator.exchange.csv_mapping import parse_mapped_csv

        with cycle_collector_paused():
            result = parse_mapped_csv(text, mapping)
        return self._planned(result, context)

    def _planned(self, result: ImportResult, context: ImportContext) -> ImportPlan:
        return ImportPlan(self.preview(result.tasks, context.open_keys), result.skipped)

    def columns(self, text: str) -> list[str]:
        """The column names of a CSV text, for the column-mapping step."""
        from delegator.exchange.import_csv import csv_columns

        return csv_columns(text)

    def store(
        self, tasks: Sequence[ImportedTask], context: ImportContext
    ) -> tuple[AddTasks, Changes]:
        """Create *tasks* in one transaction (all or nothing); the applied operation
        undoes them. Uses only the ORM's connections, so a worker thread may call it."""
        with cycle_collector_paused():
            operation = AddTasks(self._tasks, self.new_tasks(tasks, context.assistant_ids))
            return operation, operation.apply()

    def import_file(
        self,
        path: Path,
        fmt: ImportFormat | None = None,
        *,
        include_done: bool = False,
        dry_run: bool = False,
    ) -> ImportReport:
        """Read *path* (in *fmt*, or the format its name and content suggest) and store
        its to-dos but the likely duplicates, unless *dry_run*. An ImportFormatError
        names the line, an OSError the file; either way nothing is stored."""
        text = read_text(path.read_bytes())
        context = self.context()
        plan = self.plan(text, fmt or detect_format(path, text), context, include_done=include_done)
        chosen = plan.chosen()
        if not dry_run and chosen:
            self.store(chosen, context)
        return ImportReport(len(chosen), plan.skipped_with_duplicates())

    def open_keys(self) -> set[str]:
        """The titles of the open to-dos as the duplicate check compares them."""
        return {_key(t.title) for t in self._tasks.summaries() if not t.archived}

    def preview(
        self, tasks: Sequence[ImportedTask], open_keys: frozenset[str] | None = None
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

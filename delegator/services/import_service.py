"""Bring to-dos in from files, the one use case the window and the command line share:
read the text, parse it in its format, flag likely duplicates, recognise the to-dos of
this plan that an assistant sends back (their refs, ``exchange/task_refs.py``) as status
updates, and store the chosen new to-dos and status updates in one transaction (one undo
step in the window).

The window runs the steps on worker threads, reading what the import checks against
(``context()``) on its own thread first; ``import_file`` runs them all at once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from delegator.domain.bulk import cycle_collector_paused
from delegator.domain.changes import Changes
from delegator.domain.followup import StatusSource
from delegator.domain.imported import ImportedTask, ImportResult
from delegator.domain.model import Status, Task
from delegator.exchange.csv_mapping import guess_column
from delegator.exchange.import_file import read_file
from delegator.exchange.import_formats import (
    FORMATS,
    ImportFormat,
    detect_format,
    file_patterns,
    parse,
)
from delegator.exchange.task_refs import parse_ref
from delegator.services.assistant_service import AssistantService
from delegator.services.followup_service import (
    FollowUpService,
    StatusUndo,
    change_statuses,
    undo_statuses,
)
from delegator.services.task_service import NewTask, TaskService, new_rows, placed_again
from delegator.storage.database import Database

# What the window needs of exchange/ (which it may not import itself).
__all__ = [
    "FORMATS",
    "ImportContext",
    "ImportFormat",
    "ImportPlan",
    "ImportReport",
    "ImportService",
    "PreviewRow",
    "StatusUpdate",
    "StoreImport",
    "detect_format",
    "file_patterns",
    "guess_column",
    "read_file",
    "read_text",
]

DUPLICATE = "duplicate"  # the skip reason of a likely duplicate left out
UNCHANGED = "unchanged"  # a to-do of this plan that comes back with the status it has
DONE = "done"  # a finished to-do that is not of this plan, without include_done
ARCHIVED = "archived"  # a to-do of this plan that is in the Archive (read-only)


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
    plan_uid: str = ""  # this plan's uid: the refs of its to-dos carry it
    # The to-dos a file can bring back (those handed over to an assistant): id: title, status
    known: Mapping[int, tuple[str, Status]] = field(default_factory=dict)
    archived: frozenset[int] = frozenset()  # those of ``known`` in the Archive


@dataclass(frozen=True, slots=True)
class StatusUpdate:
    """A to-do of this plan that a file brings back with another status."""

    task_id: int
    title: str  # the to-do's title here, not the file's
    before: Status
    after: Status
    line: int


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What a file would bring: every new to-do with its duplicate flag, the status
    updates of this plan's to-dos, and what was skipped (counts by reason,
    ``text/import_reasons.py``)."""

    rows: list[PreviewRow]
    skipped: tuple[tuple[str, int], ...]
    updates: tuple[StatusUpdate, ...] = ()

    def chosen(self) -> list[ImportedTask]:
        """The to-dos that are not likely duplicates."""
        return [row.task for row in self.rows if not row.duplicate]

    def skipped_with_duplicates(self) -> tuple[tuple[str, int], ...]:
        """``skipped``, plus the likely duplicates when they are left out."""
        duplicates = sum(row.duplicate for row in self.rows)
        return (*self.skipped, (DUPLICATE, duplicates)) if duplicates else self.skipped


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What ``import_file`` created and changed (or, on a dry run, would) and skipped."""

    created: int
    skipped: tuple[tuple[str, int], ...]
    updates: tuple[StatusUpdate, ...] = ()


def _key(title: str) -> str:
    return "".join(title.casefold().split())


def _recognised(task: ImportedTask, context: ImportContext) -> int | None:
    """The id of the to-do of this plan that *task*'s ref names, if it names one that
    was handed over. The old form of a ref carries no plan: it counts only with the
    to-do's title, as another client's task 7 is not ours."""
    parsed = parse_ref(task.ref)
    if parsed is None or parsed.task_id not in context.known:
        return None
    if parsed.plan_uid is None:
        title, _status = context.known[parsed.task_id]
        return parsed.task_id if _key(title) == _key(task.title) else None
    return parsed.task_id if parsed.belongs_to(context.plan_uid) else None


def read_text(data: bytes) -> str:
    """The text of a file's bytes (ImportFormatError: not text, or a broken encoding)."""
    from delegator.exchange.import_csv import decode

    return decode(data)


def _counted(
    skipped: Sequence[tuple[str, int]], *more: tuple[str, int]
) -> tuple[tuple[str, int], ...]:
    """*skipped* with the counts of *more* added (a reason once, in first-seen order)."""
    counts = dict(skipped)
    for reason, count in more:
        if count:
            counts[reason] = counts.get(reason, 0) + count
    return tuple(counts.items())


class StoreImport:
    """The new to-dos and status updates of one import: one transaction, one undo step
    (redo puts the to-dos back with the same ids and places)."""

    def __init__(
        self, service: ImportService, new_tasks: Sequence[NewTask], statuses: Mapping[int, Status]
    ) -> None:
        self._service = service
        self._new_tasks = list(new_tasks)
        self._statuses = dict(statuses)
        self._undo: StatusUndo | None = None
        self.ids: list[int] = []

    @property
    def status_changes(self) -> int:
        return len(self._statuses)

    def apply(self) -> Changes:
        placed, self._undo, changes = self._service.apply_import(self._new_tasks, self._statuses)
        self.ids = [task_id for task_id, _position in placed]
        self._new_tasks = placed_again(self._new_tasks, placed)
        return changes

    def revert(self) -> Changes:
        assert self._undo is not None, "revert before apply"
        return self._service.revert_import(self.ids, self._undo)


class ImportService:
    def __init__(
        self,
        database: Database,
        tasks: TaskService,
        assistants: AssistantService,
        followup: FollowUpService,
    ) -> None:
        self._db = database
        self._tasks = tasks
        self._assistants = assistants
        self._followup = followup

    def context(self) -> ImportContext:
        """What an import is checked against, read now (on the database's thread)."""
        names = tuple(a.name for a in self._assistants.assistants())
        summaries = self._tasks.summaries()
        handed_over = self._followup.handed_over_ids()
        return ImportContext(
            names,
            self.assistant_ids(),
            frozenset(_key(t.title) for t in summaries if not t.archived),
            self._followup.plan_uid(),
            {t.id: (t.title, t.status) for t in summaries if t.id in handed_over},
            frozenset(t.id for t in summaries if t.id in handed_over and t.archived),
        )

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
        return self._planned(result, context, include_done)

    def plan_mapped(
        self, text: str, mapping: Mapping[str, str], context: ImportContext
    ) -> ImportPlan:
        """Any CSV text, with our field names mapped to its column names ("title"
        required), checked for duplicates."""
        from delegator.exchange.csv_mapping import parse_mapped_csv

        with cycle_collector_paused():
            result = parse_mapped_csv(text, mapping)
        return self._planned(result, context)

    def _planned(
        self, result: ImportResult, context: ImportContext, include_done: bool = False
    ) -> ImportPlan:
        """The to-dos of *result* checked against *context*: those of this plan are
        status updates (or unchanged; archived ones are read-only and left out),
        finished ones of no plan are left out unless *include_done*, the others are
        new (and checked for duplicates)."""
        new: list[ImportedTask] = []
        updates: list[StatusUpdate] = []
        recognised: set[int] = set()
        unchanged = done = archived = 0
        with cycle_collector_paused():
            for task in result.tasks:
                task_id = _recognised(task, context) if task.ref else None
                if task_id is not None and task_id in context.archived:
                    archived += 1
                elif task_id is not None:
                    title, before = context.known[task_id]
                    if (
                        task.status is None
                        or task.status is before
                        or task_id in recognised
                        # An older copy does not reopen work that is done here.
                        or (before is Status.DONE and task.status is Status.IN_PROGRESS)
                    ):
                        unchanged += 1
                    else:
                        updates.append(StatusUpdate(task_id, title, before, task.status, task.line))
                    recognised.add(task_id)
                elif task.done and not include_done:
                    done += 1
                else:
                    new.append(task)
        skipped = _counted(
            result.skipped, (DONE, done), (UNCHANGED, unchanged), (ARCHIVED, archived)
        )
        return ImportPlan(self.preview(new, context.open_keys), skipped, tuple(updates))

    def columns(self, text: str) -> list[str]:
        """The column names of a CSV text, for the column-mapping step."""
        from delegator.exchange.import_csv import csv_columns

        return csv_columns(text)

    def store(
        self,
        tasks: Sequence[ImportedTask],
        context: ImportContext,
        updates: Sequence[StatusUpdate] = (),
    ) -> tuple[StoreImport, Changes]:
        """Create *tasks* and apply the status *updates* in one transaction (all or
        nothing); the applied operation undoes both. Uses only the ORM's connections,
        so a worker thread may call it."""
        with cycle_collector_paused():
            operation = StoreImport(
                self,
                self.new_tasks(tasks, context.assistant_ids),
                {update.task_id: update.after for update in updates},
            )
            return operation, operation.apply()

    def apply_import(
        self, new_tasks: Sequence[NewTask], statuses: Mapping[int, Status]
    ) -> tuple[list[tuple[int, int]], StatusUndo, Changes]:
        """Insert *new_tasks* and give to-dos their *statuses* (set by an import) in one
        transaction: the (id, position) of each new one, what undoes the statuses, and
        what changed. InvalidValue or TaskNotFound: nothing stored."""
        from delegator.storage.task_bulk import insert_tasks

        now = self._db.clock.utc_stamp()
        today = self._db.clock.today()
        with cycle_collector_paused():
            rows = new_rows(new_tasks)
            with self._db.transaction() as session:
                placed = insert_tasks(session, rows, now) if rows else []
                undo = change_statuses(session, statuses, StatusSource.IMPORT, now, today)
        ids = {task_id for task_id, _position in placed}
        return placed, undo, Changes(tasks=frozenset(ids | {s.task_id for s in undo.states}))

    def revert_import(self, task_ids: Sequence[int], undo: StatusUndo) -> Changes:
        """What ``apply_import`` did, undone in one transaction."""
        from delegator.storage.task_bulk import delete_tasks

        with self._db.transaction() as session:
            undo_statuses(session, undo)
            if task_ids:
                delete_tasks(session, task_ids)
        return Changes(tasks=frozenset({*task_ids, *(s.task_id for s in undo.states)}))

    def import_file(
        self,
        path: Path,
        fmt: ImportFormat | None = None,
        *,
        include_done: bool = False,
        dry_run: bool = False,
    ) -> ImportReport:
        """Read *path* (in *fmt*, or the format its name and content suggest) and store
        its to-dos but the likely duplicates and its status updates, unless *dry_run*.
        An ImportFormatError names the line (0: the whole file, which is not a regular
        file or too large), an OSError the file; either way nothing is stored."""
        text = read_text(read_file(path))
        context = self.context()
        plan = self.plan(text, fmt or detect_format(path, text), context, include_done=include_done)
        chosen = plan.chosen()
        if not dry_run and (chosen or plan.updates):
            self.store(chosen, context, plan.updates)
        return ImportReport(len(chosen), plan.skipped_with_duplicates(), plan.updates)

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

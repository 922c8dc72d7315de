"""Everything the user does to to-dos, each call one committed transaction."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from delegator.domain.bulk import cycle_collector_paused
from delegator.domain.capture import MAX_TITLE_LENGTH
from delegator.domain.changes import Changes
from delegator.domain.clock import Clock
from delegator.domain.errors import AttachmentTooLarge, InvalidProblem, InvalidValue
from delegator.domain.model import (
    MAX_LEAD_TIME_DAYS,
    MAX_MINUTES_PER_OCCURRENCE,
    Decision,
    Resource,
    ResourceKind,
    Task,
    TaskSummary,
)
from delegator.domain.views import View, counts_from_tally, shown_in, view_filter
from delegator.storage import task_list_query
from delegator.storage.database import Database

if TYPE_CHECKING:
    from delegator.storage.rows import TaskRow
    from delegator.storage.task_bulk import NewRow

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
_Tally = tuple[dict[tuple[bool, Decision, bool], int], int]


class _CountedAhead:
    """``task_list_query.tally`` on a thread of its own (SQLite lets Python run
    meanwhile); ``result`` waits for it and raises what it raised."""

    def __init__(self, database: Database, today: dt.date, then: Callable[[], None]) -> None:
        self.today = today
        self._database = database
        self._then = then
        self._counted: _Tally | None = None
        self._error: Exception | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with self._database.reading() as connection:
                self._counted = task_list_query.tally(connection, self.today)
        except Exception as error:  # raised again on the thread that asks
            self._error = error
        self._then()

    def wait(self) -> None:
        """Until the counting thread has let go of its connection."""
        self._thread.join()

    def result(self) -> _Tally:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._counted is not None, "counted, or an error"
        return self._counted


@dataclass(frozen=True, slots=True)
class NewTask:
    """What is needed to (re)create a to-do.

    ``details`` carries a whole description (from a template, the demo, or a redo);
    ``task_id`` and ``position`` are only given on redo, to put it back exactly.
    """

    title: str
    decision: Decision = Decision.UNDECIDED
    notes: str = ""
    task_id: int | None = None
    position: int | None = None
    details: Task | None = None


def validated(task: Task) -> Task:
    """*task* if its numbers are allowed, else InvalidValue naming the problem."""
    minutes, lead_time = task.minutes_per_occurrence, task.lead_time_days
    if minutes is not None and minutes < 0:
        raise InvalidValue(InvalidProblem.NEGATIVE_MINUTES)
    if minutes is not None and minutes > MAX_MINUTES_PER_OCCURRENCE:
        raise InvalidValue(InvalidProblem.MINUTES_TOO_LARGE)
    if lead_time is not None and lead_time < 0:
        raise InvalidValue(InvalidProblem.NEGATIVE_LEAD_TIME)
    if lead_time is not None and lead_time > MAX_LEAD_TIME_DAYS:
        raise InvalidValue(InvalidProblem.LEAD_TIME_TOO_LARGE)
    return task


def _clean_title(title: str) -> str:
    tidy = " ".join(title.split())[:MAX_TITLE_LENGTH]
    if not tidy:
        raise InvalidValue(InvalidProblem.EMPTY_TITLE)
    return tidy


def placed_again(new_tasks: Sequence[NewTask], placed: Sequence[tuple[int, int]]) -> list[NewTask]:
    """*new_tasks* with the (id, position) each got when added: a redo puts each one
    back with the same id at the same place."""
    return [
        replace(new, task_id=task_id, position=position)
        for new, (task_id, position) in zip(new_tasks, placed, strict=True)
    ]


def refuse_archived(rows: Iterable[TaskRow]) -> None:
    """InvalidValue if one of *rows* is in the Archive: archived to-dos are read-only
    until restored (only restoring, and removing one added by the step being undone,
    write to them)."""
    if any(row.archived for row in rows):
        raise InvalidValue(InvalidProblem.ARCHIVED)


def cleaned(task: Task) -> Task:
    """*task* as it is stored: its title tidied, its numbers checked (InvalidValue)."""
    return replace(validated(task), title=_clean_title(task.title))


def new_rows(new_tasks: Sequence[NewTask]) -> list[NewRow]:
    """What ``insert_tasks`` stores for *new_tasks*, their titles cleaned;
    InvalidValue if one is not allowed (an import inserts them in its own transaction)."""
    from delegator.storage.task_bulk import NewRow

    rows = []
    for new in new_tasks:
        details = new.details or Task(0, new.title, new.decision, new.notes)
        title = _clean_title(new.title)
        validated(details)
        task = details if details.title == title else replace(details, title=title)
        rows.append(NewRow(task, new.task_id, new.position))
    return rows


class TaskService:
    """To-do use cases over one Database."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._attachments = database.path.parent / "attachments"
        self._ahead: _CountedAhead | None = None

    @property
    def clock(self) -> Clock:
        """The workspace's clock: what "today" is for dates typed into a to-do."""
        return self._db.clock

    # Reads -----------------------------------------------------------------

    def data_version(self) -> int:
        """A number that changes whenever a change was committed to the data file (by
        this window, a worker or another process): what was read stays right while it
        stays the same (SQLite's ``PRAGMA data_version``, on the read connection, which
        itself never writes)."""
        with self._db.reading() as connection:
            version: int = connection.execute("PRAGMA data_version").fetchone()[0]
            return version

    def summaries(self) -> list[TaskSummary]:
        with self._db.reading() as connection:
            return task_list_query.all_summaries(connection)

    def count_ahead(self, then: Callable[[], None] = lambda: None) -> None:
        """Start counting every view on a thread (a scan of the table: ~50 ms at
        100,000 to-dos), for the next ``view_start``: the window is made meanwhile.
        *then* is called on that thread once counted."""
        self._ahead = _CountedAhead(self._db, self._db.clock.today(), then)

    def stop_counting(self) -> None:
        """Wait for ``count_ahead``'s thread, if one runs: the plan may be closed
        only once no thread reads it (closing a connection under a query crashes)."""
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            ahead.wait()

    def view_start(
        self, view: View, limit: int | None = None
    ) -> tuple[list[TaskSummary], dict[View, int]]:
        """Just what the window shows first: the to-dos of *view* (with *limit*, about
        the first so many) and every view's count (those of ``count_ahead``, if it was
        started today)."""
        archived, decision, done = view_filter(view)
        today = self._db.clock.today()
        ahead, self._ahead = self._ahead, None
        with self._db.reading() as connection:
            tasks = task_list_query.all_summaries(
                connection, archived=archived, decision=decision, done=done, limit=limit
            )
            shown = shown_in(view, tasks, today) if view is View.CHECK_IN else tasks
            if ahead is None or ahead.today != today:
                return shown, self.view_counts(today)  # in the same read transaction
            return shown, counts_from_tally(*ahead.result())

    def view_counts(self, today: dt.date | None = None) -> dict[View, int]:
        """How many to-dos each view shows on *today* (the clock's day), counted in SQL
        (~9 ms at 100,000 to-dos)."""
        with self._db.reading() as connection:
            counted, due = task_list_query.tally(connection, today or self._db.clock.today())
        return counts_from_tally(counted, due)

    def summaries_by_id(self, task_ids: Iterable[int]) -> list[TaskSummary]:
        with self._db.reading() as connection:
            return task_list_query.summaries_by_id(connection, task_ids)

    def tasks(
        self, *, decision: Decision | None = None, archived: bool | None = None
    ) -> Sequence[Task]:
        from delegator.storage.task_repository import TaskRepository

        with self._db.snapshot() as session:
            return TaskRepository(session).tasks(decision=decision, archived=archived)

    # Writes ----------------------------------------------------------------

    def add(self, new_tasks: Sequence[NewTask]) -> tuple[list[int], Changes]:
        """Create to-dos at the end of the list (or at their old place on redo), all in
        one transaction; InvalidValue (and nothing stored) if one is not allowed."""
        placed, changes = self.add_placed(new_tasks)
        return [task_id for task_id, _position in placed], changes

    def add_placed(self, new_tasks: Sequence[NewTask]) -> tuple[list[tuple[int, int]], Changes]:
        """``add``, returning the (id, position) each to-do got: with those, ``add``
        puts it back exactly after a ``remove`` (redo)."""
        from delegator.storage.task_bulk import insert_tasks

        with cycle_collector_paused():
            rows = new_rows(new_tasks)
            # Plain sqlite3: a to-do typed at start-up need not wait for the ORM.
            with self._db.writing() as connection:
                placed = insert_tasks(connection, rows, self._db.clock.utc_stamp())
        return placed, Changes(tasks=frozenset(task_id for task_id, _position in placed))

    def remove(self, task_ids: Sequence[int]) -> Changes:
        """Delete for good; only used to undo an add."""
        from delegator.storage.task_bulk import delete_tasks

        with self._db.transaction() as session:
            delete_tasks(session, task_ids)
        return Changes(tasks=frozenset(task_ids))

    def task(self, task_id: int) -> Task:
        """The whole to-do (plain sqlite3: the editor's first one needs no ORM);
        TaskNotFound if there is none."""
        from delegator.storage import task_query

        with self._db.reading() as connection:
            return task_query.task(connection, task_id)

    def save(self, task: Task) -> Changes:
        """Store every editable field of *task*; InvalidValue if a value is not allowed."""
        from delegator.storage.task_repository import TaskRepository

        stored = cleaned(task)
        with self._db.transaction() as session:
            repo = TaskRepository(session)
            refuse_archived([repo.get_row(task.id)])
            repo.save(stored)
        return Changes(tasks=frozenset({task.id}))

    def update(self, task_id: int, values: Mapping[str, Any]) -> Changes:
        """Set just these fields of a to-do (as read now), in one transaction."""
        from delegator.storage.task_repository import TaskRepository, to_task, write_task

        with self._db.transaction() as session:
            row = TaskRepository(session).get_row(task_id)
            refuse_archived([row])
            task = replace(to_task(row), **values)
            write_task(row, cleaned(task))
        return Changes(tasks=frozenset({task_id}))

    def known(self, kind: str) -> list[str]:
        """Values already in use for completion: ``"skills"`` or ``"areas"``."""
        from delegator.storage import task_query

        with self._db.reading() as connection:
            return task_query.known(connection, kind)

    def triage_answers(self, task_id: int) -> str:
        """The triage helper's answers for a to-do, as stored (JSON text, or "")."""
        from delegator.storage import task_query

        with self._db.reading() as connection:
            return task_query.triage(connection, task_id)

    def set_triage_answers(self, task_id: int, answers: str) -> Changes:
        from delegator.storage.task_repository import TaskRepository

        with self._db.transaction() as session:
            repo = TaskRepository(session)
            refuse_archived([repo.get_row(task_id)])
            repo.set_triage(task_id, answers)
        return Changes(tasks=frozenset({task_id}))

    def attach(self, source: Path) -> Resource:
        """Copy *source* into the attachments folder; the copy outlives the original.

        Raises AttachmentTooLarge above MAX_ATTACHMENT_BYTES and OSError when the file
        cannot be read or copied. The caller adds the returned resource to a task.
        """
        import hashlib

        from delegator.storage.durable import copy_whole

        size = source.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise AttachmentTooLarge(source.name, size, MAX_ATTACHMENT_BYTES)
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
        folder = self._attachments / digest[:16]
        target = folder / source.name
        if not target.exists():
            copy_whole(source, target)
        relative = target.relative_to(self._attachments).as_posix()
        return Resource(ResourceKind.FILE, source.name, relative, size)

    def attachment_path(self, resource: Resource) -> Path:
        return self._attachments / resource.target

    def decisions(self, task_ids: Sequence[int]) -> dict[int, Decision]:
        return {summary.id: summary.decision for summary in self.summaries_by_id(task_ids)}

    def set_decisions(self, decisions: Mapping[int, Decision]) -> Changes:
        """Keep, delegate or undecide: plain sqlite3, so the first key press of a
        session does not wait for SQLAlchemy to load (~0.3-0.5 s)."""
        from delegator.storage.task_bulk import set_decisions

        with self._db.writing() as connection:
            set_decisions(connection, decisions, self._db.clock.utc_stamp())
        return Changes(tasks=frozenset(decisions))

    def assignments(self, task_ids: Sequence[int]) -> dict[int, tuple[Decision, int | None]]:
        return {s.id: (s.decision, s.assistant_id) for s in self.summaries_by_id(task_ids)}

    def set_assignments(self, assignments: Mapping[int, tuple[Decision, int | None]]) -> Changes:
        """Set decision and assistant of each to-do, in one transaction."""
        from delegator.storage.task_repository import TaskRepository

        with self._db.transaction() as session:
            rows = TaskRepository(session).rows(assignments)
            refuse_archived(rows)
            for row in rows:
                decision, assistant_id = assignments[row.id]
                row.decision = decision.value
                row.assistant_id = assistant_id
        return Changes(tasks=frozenset(assignments))

    def rename(self, task_id: int, title: str) -> Changes:
        from delegator.storage.task_repository import TaskRepository, refresh_revision

        tidy = _clean_title(title)
        with self._db.transaction() as session:
            row = TaskRepository(session).get_row(task_id)
            refuse_archived([row])
            row.title = tidy
            refresh_revision(row)
        return Changes(tasks=frozenset({task_id}))

    def title(self, task_id: int) -> str:
        from delegator.storage.task_repository import TaskRepository

        with self._db.snapshot() as session:
            return TaskRepository(session).get_row(task_id).title

    def set_archived(self, task_ids: Sequence[int], archived: bool) -> Changes:
        from delegator.storage.task_repository import TaskRepository

        now = self._db.clock.utc_stamp()
        with self._db.transaction() as session:
            repo = TaskRepository(session)
            for row in repo.rows(task_ids):
                row.archived = archived
                row.archived_at = now if archived else None
        return Changes(tasks=frozenset(task_ids))

    def positions(self) -> dict[int, int]:
        from delegator.storage.task_repository import TaskRepository

        with self._db.snapshot() as session:
            return TaskRepository(session).positions()

    def set_positions(self, positions: Mapping[int, int]) -> Changes:
        """Store new positions, writing only those that differ from what is stored;
        InvalidValue (nothing stored) if one of them is archived, TaskNotFound if one
        is missing."""
        from delegator.storage.task_repository import TaskRepository

        with self._db.transaction() as session:
            repo = TaskRepository(session)
            current = repo.positions()  # those not archived
            changed = {
                task_id: pos for task_id, pos in positions.items() if current.get(task_id) != pos
            }
            refuse_archived(repo.rows(changed.keys() - current.keys()))
            repo.set_positions(changed, self._db.clock.utc_stamp())
        return Changes(tasks=frozenset(changed))

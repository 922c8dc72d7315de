"""Everything the user does to to-dos, each call one committed transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from delegator.domain.capture import MAX_TITLE_LENGTH
from delegator.domain.changes import Changes
from delegator.domain.model import Decision, Task, TaskSummary
from delegator.domain.views import View, counts_from_tally, view_filter
from delegator.storage import task_list_query
from delegator.storage.database import Database


@dataclass(frozen=True, slots=True)
class NewTask:
    """What is needed to (re)create a to-do; ``task_id`` and ``position`` only on redo."""

    title: str
    decision: Decision = Decision.UNDECIDED
    notes: str = ""
    task_id: int | None = None
    position: int | None = None


def _clean_title(title: str) -> str:
    cleaned = " ".join(title.split())[:MAX_TITLE_LENGTH]
    if not cleaned:
        raise ValueError("a to-do needs a title")
    return cleaned


class TaskService:
    """To-do use cases over one Database."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def warm_up(self) -> None:
        """Import and configure the ORM ahead of the first change (safe on any thread)."""
        from sqlalchemy.orm import configure_mappers

        from delegator.storage import task_repository  # noqa: F401

        configure_mappers()

    # Reads -----------------------------------------------------------------

    def summaries(self) -> list[TaskSummary]:
        with self._db.reading() as connection:
            return task_list_query.all_summaries(connection)

    def view_start(self, view: View) -> tuple[list[TaskSummary], dict[View, int]]:
        """Just what the window shows first: the to-dos of *view* and every view's count."""
        archived, decision = view_filter(view)
        with self._db.reading() as connection:
            tasks = task_list_query.all_summaries(connection, archived=archived, decision=decision)
            return tasks, counts_from_tally(task_list_query.tally(connection))

    def summaries_by_id(self, task_ids: Iterable[int]) -> list[TaskSummary]:
        with self._db.reading() as connection:
            return task_list_query.summaries_by_id(connection, task_ids)

    def tasks(
        self, *, decision: Decision | None = None, archived: bool | None = None
    ) -> Sequence[Task]:
        from delegator.storage.task_repository import TaskRepository

        with self._db.transaction() as session:
            return TaskRepository(session).tasks(decision=decision, archived=archived)

    # Writes ----------------------------------------------------------------

    def add(self, new_tasks: Sequence[NewTask]) -> tuple[list[int], Changes]:
        """Create to-dos at the end of the list (or at their old place on redo)."""
        from delegator.storage.rows import TaskRow
        from delegator.storage.task_repository import TaskRepository

        rows = [
            TaskRow(
                id=new.task_id,
                title=_clean_title(new.title),
                decision=new.decision.value,
                notes=new.notes,
            )
            for new in new_tasks
        ]
        with self._db.transaction() as session:
            repo = TaskRepository(session)
            position = repo.next_position()
            for row, new in zip(rows, new_tasks, strict=True):
                if new.position is not None:
                    row.position = new.position
                else:
                    row.position = position
                    position += 1
                repo.add(row)
            ids = [row.id for row in rows]
        return ids, Changes(tasks=frozenset(ids))

    def snapshot_new(self, task_ids: Sequence[int]) -> list[NewTask]:
        """What ``add`` needs to put these to-dos back exactly as they are."""
        from delegator.storage.task_repository import TaskRepository

        with self._db.transaction() as session:
            return [
                NewTask(row.title, Decision(row.decision), row.notes, row.id, row.position)
                for row in TaskRepository(session).rows(task_ids)
            ]

    def remove(self, task_ids: Sequence[int]) -> Changes:
        """Delete for good; only used to undo an add."""
        from delegator.storage.task_repository import TaskRepository

        with self._db.transaction() as session:
            TaskRepository(session).delete(task_ids)
        return Changes(tasks=frozenset(task_ids))

    def decisions(self, task_ids: Sequence[int]) -> dict[int, Decision]:
        return {summary.id: summary.decision for summary in self.summaries_by_id(task_ids)}

    def set_decisions(self, decisions: Mapping[int, Decision]) -> Changes:
        from delegator.storage.task_repository import TaskRepository

        with self._db.transaction() as session:
            repo = TaskRepository(session)
            for row in repo.rows(decisions):
                row.decision = decisions[row.id].value
        return Changes(tasks=frozenset(decisions))

    def rename(self, task_id: int, title: str) -> Changes:
        from delegator.storage.task_repository import TaskRepository

        cleaned = _clean_title(title)
        with self._db.transaction() as session:
            TaskRepository(session).get_row(task_id).title = cleaned
        return Changes(tasks=frozenset({task_id}))

    def title(self, task_id: int) -> str:
        from delegator.storage.task_repository import TaskRepository

        with self._db.transaction() as session:
            return TaskRepository(session).get_row(task_id).title

    def set_archived(self, task_ids: Sequence[int], archived: bool) -> Changes:
        from delegator.storage.task_repository import TaskRepository

        now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        with self._db.transaction() as session:
            repo = TaskRepository(session)
            for row in repo.rows(task_ids):
                row.archived = archived
                row.archived_at = now if archived else None
        return Changes(tasks=frozenset(task_ids))

    def positions(self) -> dict[int, int]:
        from delegator.storage.task_repository import TaskRepository

        with self._db.transaction() as session:
            return TaskRepository(session).positions()

    def set_positions(self, positions: Mapping[int, int]) -> Changes:
        """Store new positions, writing only those that differ from what is stored."""
        from delegator.storage.task_repository import TaskRepository

        with self._db.transaction() as session:
            repo = TaskRepository(session)
            current = repo.positions()
            changed = {
                task_id: pos for task_id, pos in positions.items() if current.get(task_id) != pos
            }
            repo.set_positions(changed)
        return Changes(tasks=frozenset(changed))

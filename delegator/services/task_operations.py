"""Undoable changes to to-dos, free of Qt so their undo logic is tested without it.

Each operation reads what it needs to revert when it is built, ``apply()`` does the
change and ``revert()`` undoes it; both return the Changes the GUI must refresh.
``apply()`` after ``revert()`` redoes it exactly, ids and positions included.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from delegator.domain.changes import Changes
from delegator.domain.model import Decision
from delegator.domain.views import moved
from delegator.services.task_service import NewTask, TaskService, placed_again


class Operation(Protocol):
    def apply(self) -> Changes: ...

    def revert(self) -> Changes: ...


class AddTasks:
    """Add one or many to-dos as one step (a multi-line paste is one undo)."""

    def __init__(self, service: TaskService, new_tasks: Sequence[NewTask]) -> None:
        self._service = service
        self._new_tasks = list(new_tasks)
        self.ids: list[int] = []

    def apply(self) -> Changes:
        placed, changes = self._service.add_placed(self._new_tasks)
        self.ids = [task_id for task_id, _position in placed]
        self._new_tasks = placed_again(self._new_tasks, placed)
        return changes

    def revert(self) -> Changes:
        return self._service.remove(self.ids)


class AlreadyApplied:
    """An operation that was applied once elsewhere (an import stores its to-dos on a
    worker thread): the first ``apply()`` only hands back the changes it made; undo
    and redo then work as for any operation."""

    def __init__(self, operation: Operation, changes: Changes) -> None:
        self._operation = operation
        self._changes: Changes | None = changes

    def apply(self) -> Changes:
        if self._changes is not None:
            changes, self._changes = self._changes, None
            return changes
        return self._operation.apply()

    def revert(self) -> Changes:
        return self._operation.revert()


class SetDecision:
    """Sort one or more to-dos into keep, delegate or undecided."""

    def __init__(self, service: TaskService, task_ids: Sequence[int], decision: Decision) -> None:
        self._service = service
        self._before = service.decisions(task_ids)
        self._after = dict.fromkeys(self._before, decision)

    def apply(self) -> Changes:
        return self._service.set_decisions(self._after)

    def revert(self) -> Changes:
        return self._service.set_decisions(self._before)


class Assign:
    """Delegate to-dos to an assistant (None: to be assigned)."""

    def __init__(
        self, service: TaskService, task_ids: Sequence[int], assistant_id: int | None
    ) -> None:
        self._service = service
        self._before = service.assignments(task_ids)
        self._after = {task_id: (Decision.DELEGATE, assistant_id) for task_id in self._before}

    def apply(self) -> Changes:
        return self._service.set_assignments(self._after)

    def revert(self) -> Changes:
        return self._service.set_assignments(self._before)


class Rename:
    def __init__(self, service: TaskService, task_id: int, title: str) -> None:
        self._service = service
        self._task_id = task_id
        self._before = service.title(task_id)
        self._after = title

    def apply(self) -> Changes:
        return self._service.rename(self._task_id, self._after)

    def revert(self) -> Changes:
        return self._service.rename(self._task_id, self._before)


class SetArchived:
    """Delete to the archive, or restore from it."""

    def __init__(self, service: TaskService, task_ids: Sequence[int], archived: bool) -> None:
        self._service = service
        self._ids = list(task_ids)
        self._archived = archived

    def apply(self) -> Changes:
        return self._service.set_archived(self._ids, self._archived)

    def revert(self) -> Changes:
        return self._service.set_archived(self._ids, not self._archived)


class Move:
    """Put to-dos right before another one (or at the end) in the manual order."""

    def __init__(self, service: TaskService, task_ids: Sequence[int], before: int | None) -> None:
        self._service = service
        self._before = service.positions()
        order = sorted(self._before, key=lambda task_id: (self._before[task_id], task_id))
        self._after = {
            task_id: index for index, task_id in enumerate(moved(order, task_ids, before))
        }

    def apply(self) -> Changes:
        return self._service.set_positions(self._after)

    def revert(self) -> Changes:
        return self._service.set_positions(self._before)

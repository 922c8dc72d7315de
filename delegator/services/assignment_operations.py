"""Undoable assignment of many delegated to-dos at once, to a new assistant made for
them (see task_operations.Assign for an assistant that exists)."""

from __future__ import annotations

from collections.abc import Sequence

from delegator.domain.assistant import Assistant
from delegator.domain.changes import Changes
from delegator.domain.model import Decision
from delegator.services.assistant_service import AssistantService
from delegator.services.task_service import TaskService


class AssignToNewAssistant:
    """Add the assistant *name* and delegate *task_ids* to them: one undo step (undo
    takes the assignments back and removes the assistant; redo puts both back, the
    assistant under the same id). An empty name is refused (InvalidValue) before
    anything is stored."""

    def __init__(
        self,
        assistants: AssistantService,
        tasks: TaskService,
        name: str,
        task_ids: Sequence[int],
    ) -> None:
        self._assistants = assistants
        self._tasks = tasks
        self.assistant = Assistant(id=0, name=" ".join(name.split()))
        self._before = tasks.assignments(task_ids)

    def apply(self) -> Changes:
        self._assistants.check(self.assistant)
        self.assistant, added = self._assistants.add(self.assistant)
        after = {task_id: (Decision.DELEGATE, self.assistant.id) for task_id in self._before}
        try:
            assigned = self._tasks.set_assignments(after)
        except Exception:
            self._assistants.remove(self.assistant.id)  # all or nothing
            raise
        return Changes(tasks=assigned.tasks, assistants=added.assistants)

    def revert(self) -> Changes:
        restored = self._tasks.set_assignments(self._before)
        removed = self._assistants.remove(self.assistant.id)
        return Changes(tasks=restored.tasks, assistants=removed.assistants)

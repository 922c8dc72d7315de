"""Undoable edits of a to-do's description, of assistants and of the profile.

Each stores the whole object before and after, so undo puts back exactly what was
there (see task_operations.py for the shared protocol).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

from delegator.domain.assistant import Assistant
from delegator.domain.changes import Changes
from delegator.domain.mindset import MindsetCheck
from delegator.domain.triage import TriageAnswers
from delegator.services.assistant_service import AssistantService
from delegator.services.readiness_service import ReadinessService
from delegator.services.task_service import TaskService
from delegator.services.triage_service import TriageService

T = TypeVar("T")


class EditTask:
    """Change some fields of one to-do, leaving every other field as it is stored.

    ``field`` names what changed, so typing into one field merges into one undo step.
    """

    def __init__(
        self,
        service: TaskService,
        task_id: int,
        before: Mapping[str, Any],
        after: Mapping[str, Any],
        field: str,
    ) -> None:
        self._service = service
        self.task_id = task_id
        self.before = dict(before)
        self.after = dict(after)
        self.field = field

    def apply(self) -> Changes:
        return self._service.update(self.task_id, self.after)

    def revert(self) -> Changes:
        return self._service.update(self.task_id, self.before)

    def absorb(self, later: object) -> bool:
        """Take over a later edit of the same field of the same to-do (one undo step)."""
        if not isinstance(later, EditTask):
            return False
        if later.task_id != self.task_id or later.field != self.field:
            return False
        self.after = {**self.after, **later.after}
        return True


class AddAssistant:
    def __init__(self, service: AssistantService, assistant: Assistant) -> None:
        self._service = service
        self.assistant = assistant

    def apply(self) -> Changes:
        self.assistant, changes = self._service.add(self.assistant)
        return changes

    def revert(self) -> Changes:
        return self._service.remove(self.assistant.id)


class Replace(Generic[T]):
    """Store a whole edited object (an assistant, the profile) through *save*; undo
    stores the object as it was."""

    def __init__(self, save: Callable[[T], Changes], before: T, after: T) -> None:
        self._save = save
        self._before = before
        self._after = after

    def apply(self) -> Changes:
        return self._save(self._after)

    def revert(self) -> Changes:
        return self._save(self._before)


class SetTriageAnswers:
    def __init__(
        self, service: TriageService, task_id: int, before: TriageAnswers, after: TriageAnswers
    ) -> None:
        self._service = service
        self._task_id = task_id
        self._before = before
        self._after = after

    def apply(self) -> Changes:
        return self._service.save_answers(self._task_id, self._after)

    def revert(self) -> Changes:
        return self._service.save_answers(self._task_id, self._before)


class AddMindsetCheck:
    """Record a mindset check (undo removes it, redo puts it back under its id)."""

    def __init__(self, service: ReadinessService, mindset: MindsetCheck) -> None:
        self._service = service
        self._mindset = mindset
        self.check_id: int | None = None

    def apply(self) -> Changes:
        self.check_id = self._service.add_mindset_check(self._mindset, self.check_id)
        return Changes(profile=True)

    def revert(self) -> Changes:
        assert self.check_id is not None
        return self._service.remove_mindset_check(self.check_id)

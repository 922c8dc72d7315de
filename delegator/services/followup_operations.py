"""Undoable follow-up changes (status, check-ins, feedback, reviews), free of Qt like
``services/task_operations.py``: ``apply()`` after ``revert()`` redoes exactly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace

from delegator.domain.changes import Changes
from delegator.domain.followup import Feedback, Review, StatusSource
from delegator.domain.model import Status, Task
from delegator.services.followup_service import CheckInUndo, FollowUpService, StatusUndo
from delegator.services.task_service import TaskService
from delegator.storage.followup_repository import FollowUpState


class SetStatus:
    """Give to-dos a status (one undo step however many)."""

    def __init__(
        self,
        service: FollowUpService,
        statuses: Mapping[int, Status],
        source: StatusSource = StatusSource.USER,
    ) -> None:
        self._service = service
        self._statuses = dict(statuses)
        self._source = source
        self._undo: StatusUndo | None = None

    def apply(self) -> Changes:
        self._undo, changes = self._service.set_status(self._statuses, self._source)
        return changes

    def revert(self) -> Changes:
        assert self._undo is not None, "revert before apply"
        return self._service.undo_status(self._undo)


class CompleteCheckIn:
    """A check-in done today, with an optional note; the next one follows the rhythm."""

    def __init__(self, service: FollowUpService, task_id: int, note: str = "") -> None:
        self._service = service
        self._task_id = task_id
        self._note = note
        self._undo: CheckInUndo | None = None

    def apply(self) -> Changes:
        self._undo, changes = self._service.complete_check_in(self._task_id, self._note)
        return changes

    def revert(self) -> Changes:
        assert self._undo is not None, "revert before apply"
        return self._service.undo_check_in(self._undo)


class SetNextCheckIn:
    def __init__(self, service: FollowUpService, task_id: int, day: dt.date | None) -> None:
        self._service = service
        self._task_id = task_id
        self._day = day
        self._before: FollowUpState | None = None

    def apply(self) -> Changes:
        self._before, changes = self._service.set_next_check_in(self._task_id, self._day)
        return changes

    def revert(self) -> Changes:
        assert self._before is not None, "revert before apply"
        return self._service.restore_state(self._before)


class LogFeedback:
    """Store feedback and, when the user turned "what I'd like done differently" into
    an edit of the to-do, save that edit too: one transaction and one undo step for
    both (*tasks* reads the to-do as it was, for the undo)."""

    def __init__(
        self,
        service: FollowUpService,
        feedback: Feedback,
        tasks: TaskService | None = None,
        edited: Task | None = None,
    ) -> None:
        if edited is not None and tasks is None:
            raise ValueError("an edited to-do needs the task service")
        self._service = service
        self._feedback = feedback
        self._edited = edited
        self._before = tasks.task(edited.id) if tasks is not None and edited is not None else None

    def apply(self) -> Changes:
        feedback_id, changes = self._service.add_feedback(self._feedback, self._edited)
        self._feedback = replace(self._feedback, id=feedback_id)
        return changes

    def revert(self) -> Changes:
        return self._service.remove_feedback(self._feedback, self._before)


class AddReview:
    def __init__(self, service: FollowUpService, review: Review) -> None:
        self._service = service
        self._review = review

    def apply(self) -> Changes:
        review_id, changes = self._service.add_review(self._review)
        self._review = replace(self._review, id=review_id)
        return changes

    def revert(self) -> Changes:
        return self._service.remove_review(self._review)

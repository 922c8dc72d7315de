"""Following up delegated work (docs/design.md, "Follow-up"): status, check-ins,
feedback, settling-in reviews and revisions. Every write is one transaction and
returns what an undo needs (``services/followup_operations.py`` wraps them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING

from delegator.domain.brief import BriefOptions, BriefTask, Revision
from delegator.domain.changes import Changes
from delegator.domain.clock import Clock
from delegator.domain.errors import InvalidProblem, InvalidValue
from delegator.domain.followup import (
    CheckIn,
    DueCheckIn,
    Feedback,
    Review,
    StatusChange,
    StatusSource,
    instructions_digest,
    next_check_in,
    revision_digest,
    snapshot_digest,
    valid_rating,
)
from delegator.domain.model import Status, Task
from delegator.domain.profile import CheckInRhythm
from delegator.domain.status import FOLLOWED_UP
from delegator.runtime import settings
from delegator.services.task_service import refuse_archived
from delegator.storage.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from delegator.storage.followup_repository import FollowUpState


@dataclass(frozen=True, slots=True)
class StatusUndo:
    """What ``set_status`` replaced: the earlier follow-up fields and the history rows
    it added."""

    states: tuple[FollowUpState, ...]
    history_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class CheckInUndo:
    state: FollowUpState
    check_in_id: int


class FollowUpService:
    def __init__(self, database: Database) -> None:
        self._db = database

    @property
    def clock(self) -> Clock:
        return self._db.clock

    # Reads -----------------------------------------------------------------

    def plan_uid(self) -> str:
        """The plan's random id, part of every UID an export writes."""
        from delegator.storage.followup_repository import FollowUpRepository

        with self._db.snapshot() as session:
            return FollowUpRepository(session).plan_uid()

    def handed_over_ids(self) -> set[int]:
        """The to-dos an export has handed over to an assistant (whatever they are now)."""
        from delegator.storage.followup_repository import FollowUpRepository

        with self._db.snapshot() as session:
            return FollowUpRepository(session).handed_over_ids()

    def status_history(self, task_ids: Sequence[int]) -> list[StatusChange]:
        from delegator.storage.followup_repository import FollowUpRepository

        with self._db.snapshot() as session:
            return FollowUpRepository(session).status_history(task_ids)

    def check_ins(self, task_ids: Sequence[int]) -> list[CheckIn]:
        from delegator.storage.followup_repository import FollowUpRepository

        with self._db.snapshot() as session:
            return FollowUpRepository(session).check_ins(task_ids)

    def feedback(
        self, *, task_ids: Sequence[int] | None = None, assistant_id: int | None = None
    ) -> list[Feedback]:
        """Feedback on these to-dos, or on an assistant and their to-dos; oldest first."""
        from delegator.storage.followup_repository import FollowUpRepository

        with self._db.snapshot() as session:
            return FollowUpRepository(session).feedback(
                task_ids=task_ids, assistant_id=assistant_id
            )

    def reviews(self, assistant_id: int | None = None) -> list[Review]:
        from delegator.storage.followup_repository import FollowUpRepository

        with self._db.snapshot() as session:
            return FollowUpRepository(session).reviews(assistant_id)

    def due_check_ins(self, today: dt.date | None = None) -> list[DueCheckIn]:
        """Delegated work with the assistant whose check-in is today or earlier (default:
        the clock's today), the longest waiting first."""
        from delegator.storage.followup_repository import FollowUpRepository

        with self._db.snapshot() as session:
            return FollowUpRepository(session).due_check_ins(today or self.clock.today())

    def revision(self, task_id: int) -> Revision | None:
        """How a to-do differs from what its last handover gave the assistant (None:
        never handed over); ``fields`` is empty when nothing changed."""
        from delegator.exchange.brief_snapshot import field_diffs
        from delegator.services.handover_service import brief_task
        from delegator.storage.handover_repository import HandoverRepository
        from delegator.storage.task_repository import TaskRepository

        with self._db.snapshot() as session:
            last = HandoverRepository(session).last_snapshot(task_id)
            task = TaskRepository(session).task(task_id)
        if last is None:
            return None
        at, frozen = last
        current = brief_task(task, BriefOptions())
        handed = self.clock.local(at.replace(tzinfo=dt.UTC))
        return Revision(task_id, handed, field_diffs(frozen, current))

    # Writes ----------------------------------------------------------------

    def set_status(
        self,
        statuses: Mapping[int, Status],
        source: StatusSource = StatusSource.USER,
    ) -> tuple[StatusUndo, Changes]:
        """Give each to-do its status, dated now; work that goes to the assistant gets
        its first check-in date from the check-in rhythm. A to-do that already has the
        status is left alone. TaskNotFound for an unknown id, InvalidValue for an
        archived to-do (read-only until restored); either way nothing is stored."""
        with self._db.transaction() as session:
            undo = change_statuses(
                session, statuses, source, self.clock.utc_stamp(), self.clock.today()
            )
        return undo, Changes(tasks=frozenset(state.task_id for state in undo.states))

    def undo_status(self, undo: StatusUndo) -> Changes:
        with self._db.transaction() as session:
            undo_statuses(session, undo)
        return Changes(tasks=frozenset(state.task_id for state in undo.states))

    def complete_check_in(self, task_id: int, note: str = "") -> tuple[CheckInUndo, Changes]:
        """Record a check-in today and set the next one from the rhythm; InvalidValue
        (nothing stored) for an archived to-do."""
        from delegator.storage.followup_repository import FollowUpRepository
        from delegator.storage.task_repository import TaskRepository

        today = self.clock.today()
        with self._db.transaction() as session:
            repo = FollowUpRepository(session)
            row = TaskRepository(session).get_row(task_id)
            refuse_archived([row])
            (state,) = repo.states([task_id])
            check_in_id = repo.add_check_in(task_id, today, note.strip())
            row.last_check_in = today
            row.next_check_in = _first_check_in(session, today)
        return CheckInUndo(state, check_in_id), Changes(tasks=frozenset({task_id}))

    def undo_check_in(self, undo: CheckInUndo) -> Changes:
        from delegator.storage.followup_repository import FollowUpRepository

        with self._db.transaction() as session:
            repo = FollowUpRepository(session)
            repo.remove_check_in(undo.check_in_id)
            repo.restore([undo.state])
        return Changes(tasks=frozenset({undo.state.task_id}))

    def set_next_check_in(self, task_id: int, day: dt.date | None) -> tuple[FollowUpState, Changes]:
        """Move a to-do's next check-in (None: none planned); returns the old state.
        InvalidValue (nothing stored) for an archived to-do."""
        from delegator.storage.followup_repository import FollowUpRepository
        from delegator.storage.task_repository import TaskRepository

        with self._db.transaction() as session:
            row = TaskRepository(session).get_row(task_id)
            refuse_archived([row])
            (state,) = FollowUpRepository(session).states([task_id])
            row.next_check_in = day
        return state, Changes(tasks=frozenset({task_id}))

    def restore_state(self, state: FollowUpState) -> Changes:
        from delegator.storage.followup_repository import FollowUpRepository

        with self._db.transaction() as session:
            FollowUpRepository(session).restore([state])
        return Changes(tasks=frozenset({state.task_id}))

    def add_feedback(self, feedback: Feedback, edited: Task | None = None) -> tuple[int, Changes]:
        """Store feedback (its ``id`` is ignored) and, in the same transaction, the
        to-do as *edited* from it. On a to-do, feedback is also about the to-do's
        assistant, and remembers the to-do's level and instructions as they were before
        the edit. InvalidValue (nothing stored) for a rating outside 1-5, feedback about
        nothing, or an edit that may not be stored (an archived to-do's among them)."""
        from delegator.services.task_service import cleaned
        from delegator.storage.followup_repository import FollowUpRepository
        from delegator.storage.task_repository import TaskRepository

        if not valid_rating(feedback.rating):
            raise InvalidValue(InvalidProblem.RATING_RANGE)
        if feedback.task_id is None and feedback.assistant_id is None:
            raise InvalidValue(InvalidProblem.FEEDBACK_WITHOUT_SUBJECT)
        edit = cleaned(edited) if edited is not None else None
        with self._db.transaction() as session:
            tasks = TaskRepository(session)
            stored = feedback
            if feedback.task_id is not None:
                task = tasks.task(feedback.task_id)
                stored = replace(
                    stored,
                    assistant_id=feedback.assistant_id or task.assistant_id,
                    level=task.level,
                    instructions_digest=instructions_digest(task),
                )
            feedback_id = FollowUpRepository(session).add_feedback(stored)
            if edit is not None:
                refuse_archived([tasks.get_row(edit.id)])
                tasks.save(edit)
        return feedback_id, self._feedback_changes(stored, edit)

    def remove_feedback(self, feedback: Feedback, restored: Task | None = None) -> Changes:
        """Take feedback back and, in the same transaction, put the to-do back as
        *restored* (the undo of ``add_feedback`` with an edit)."""
        from delegator.storage.followup_repository import FollowUpRepository
        from delegator.storage.task_repository import TaskRepository

        with self._db.transaction() as session:
            FollowUpRepository(session).remove_feedback(feedback.id)
            if restored is not None:
                TaskRepository(session).save(restored)
        return self._feedback_changes(feedback, restored)

    @staticmethod
    def _feedback_changes(feedback: Feedback, task: Task | None) -> Changes:
        tasks = {feedback.task_id} if feedback.task_id is not None else set()
        if task is not None:
            tasks.add(task.id)
        return Changes(
            tasks=frozenset(tasks),
            assistants=frozenset(
                {feedback.assistant_id} if feedback.assistant_id is not None else ()
            ),
        )

    def add_review(self, review: Review) -> tuple[int, Changes]:
        """Store a settling-in review (its ``id`` is ignored)."""
        from delegator.storage.followup_repository import FollowUpRepository

        with self._db.transaction() as session:
            review_id = FollowUpRepository(session).add_review(review)
        return review_id, Changes(assistants=frozenset({review.assistant_id}))

    def remove_review(self, review: Review) -> Changes:
        from delegator.storage.followup_repository import FollowUpRepository

        with self._db.transaction() as session:
            FollowUpRepository(session).remove_review(review.id)
        return Changes(assistants=frozenset({review.assistant_id}))


def _first_check_in(session: Session, today: dt.date) -> dt.date:
    from delegator.storage.profile_repository import ProfileRepository

    profile = ProfileRepository(session).get()
    return next_check_in(today, profile.check_in_rhythm, profile.check_in_weekday, default_rhythm())


def default_rhythm() -> CheckInRhythm:
    """The check-in rhythm where the working agreements name none (the settings')."""
    return CheckInRhythm(settings.current().check_in_rhythm)


def change_statuses(
    session: Session,
    statuses: Mapping[int, Status],
    source: StatusSource,
    now: dt.datetime,
    today: dt.date,
) -> StatusUndo:
    """Inside the caller's transaction: ``FollowUpService.set_status`` (an import stores
    new to-dos and status updates in one transaction)."""
    from delegator.storage.followup_repository import FollowUpRepository
    from delegator.storage.task_repository import TaskRepository

    repo = FollowUpRepository(session)
    rows = TaskRepository(session).rows(statuses)
    refuse_archived(rows)
    changing = [row for row in rows if row.status != statuses[row.id].value]
    states = tuple(repo.states(row.id for row in changing))
    first_check_in = _first_check_in(session, today)
    history: list[int] = []
    for row in changing:
        status = statuses[row.id]
        row.status = status.value
        row.status_changed_at = now
        if status not in FOLLOWED_UP:
            row.next_check_in = None  # done, or not handed over: no check-in planned
        elif row.next_check_in is None:
            row.next_check_in = first_check_in
        history.append(repo.add_status_change(row.id, status, now, source))
    return StatusUndo(states, tuple(history))


def undo_statuses(session: Session, undo: StatusUndo) -> None:
    """Inside the caller's transaction: what ``change_statuses`` did, undone."""
    from delegator.storage.followup_repository import FollowUpRepository

    repo = FollowUpRepository(session)
    repo.remove_status_changes(undo.history_ids)
    repo.restore(undo.states)


def handed_over(
    session: Session, tasks: Sequence[BriefTask], at: dt.datetime, today: dt.date
) -> None:
    """Inside an export's transaction: the to-dos it carried (as the brief gave them)
    are handed over at *at* (naive UTC; *today* on the user's calendar) unless they are
    already being worked on, get a first check-in date, and remember what the assistant
    received, so an edit made since (even while the export ran) shows as a change."""
    from delegator.storage.followup_repository import FollowUpRepository
    from delegator.storage.profile_repository import ProfileRepository
    from delegator.storage.task_repository import TaskRepository, to_task

    profile = ProfileRepository(session).get()
    repo = FollowUpRepository(session)
    given = {task.id: snapshot_digest(asdict(task)) for task in tasks}
    for row in TaskRepository(session).rows(given):
        row.handover_digest = given[row.id]
        row.changed_since_handover = revision_digest(to_task(row)) != given[row.id]
        if Status(row.status) in (Status.OPEN, Status.REWORK):
            row.status = Status.HANDED_OVER.value
            row.status_changed_at = at
            repo.add_status_change(row.id, Status.HANDED_OVER, at, StatusSource.EXPORT)
        if row.next_check_in is None:
            row.next_check_in = next_check_in(
                today, profile.check_in_rhythm, profile.check_in_weekday, default_rhythm()
            )

"""Follow-up records (status history, check-ins, feedback, reviews) and the plan's id."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from delegator.domain.followup import (
    CheckIn,
    DueCheckIn,
    Feedback,
    Review,
    ReviewOutcome,
    StatusChange,
    StatusSource,
)
from delegator.domain.model import Decision, DelegationLevel, Status
from delegator.domain.status import FOLLOWED_UP
from delegator.storage.rows import (
    AssistantRow,
    CheckInRow,
    FeedbackRow,
    PlanRow,
    ReviewRow,
    StatusChangeRow,
    TaskRow,
)


@dataclass(frozen=True, slots=True)
class FollowUpState:
    """The follow-up fields of a to-do, as an undo puts them back."""

    task_id: int
    status: Status
    status_changed_at: dt.datetime | None
    next_check_in: dt.date | None
    last_check_in: dt.date | None


def _feedback(row: FeedbackRow, title: str = "") -> Feedback:
    return Feedback(
        id=row.id,
        given_on=row.given_on,
        rating=row.rating,
        went_well=row.went_well,
        to_improve=row.to_improve,
        keep_in_mind=row.keep_in_mind,
        task_id=row.task_id,
        assistant_id=row.assistant_id,
        task_title=title,
        level=DelegationLevel(row.level) if row.level is not None else None,
        instructions_digest=row.instructions_digest,
    )


class FollowUpRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # The plan --------------------------------------------------------------

    def plan_uid(self) -> str:
        uid = self._session.scalar(select(PlanRow.uid).order_by(PlanRow.id).limit(1))
        if uid is None:
            raise LookupError("the data file has no plan id (migration 0004 writes it)")
        return uid

    def handed_over_ids(self) -> set[int]:
        query = select(TaskRow.id).where(TaskRow.handover_digest.is_not(None))
        return set(self._session.scalars(query))

    # Status ----------------------------------------------------------------

    def states(self, task_ids: Iterable[int]) -> list[FollowUpState]:
        ids = list(task_ids)
        rows = self._session.execute(
            select(
                TaskRow.id,
                TaskRow.status,
                TaskRow.status_changed_at,
                TaskRow.next_check_in,
                TaskRow.last_check_in,
            ).where(TaskRow.id.in_(ids))
        )
        return [FollowUpState(i, Status(s), at, nxt, last) for i, s, at, nxt, last in rows]

    def restore(self, states: Sequence[FollowUpState]) -> None:
        for state in states:
            row = self._session.get(TaskRow, state.task_id)
            if row is not None:
                row.status = state.status.value
                row.status_changed_at = state.status_changed_at
                row.next_check_in = state.next_check_in
                row.last_check_in = state.last_check_in

    def add_status_change(
        self, task_id: int, status: Status, at: dt.datetime, source: StatusSource
    ) -> int:
        row = StatusChangeRow(
            task_id=task_id, status=status.value, changed_at=at, source=source.value
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    def remove_status_changes(self, ids: Iterable[int]) -> None:
        self._session.execute(delete(StatusChangeRow).where(StatusChangeRow.id.in_(list(ids))))

    def status_history(self, task_ids: Iterable[int]) -> list[StatusChange]:
        """Every status change of these to-dos, oldest first."""
        rows = self._session.scalars(
            select(StatusChangeRow)
            .where(StatusChangeRow.task_id.in_(list(task_ids)))
            .order_by(StatusChangeRow.changed_at, StatusChangeRow.id)
        )
        return [
            StatusChange(r.task_id, Status(r.status), r.changed_at, StatusSource(r.source))
            for r in rows
        ]

    # Check-ins -------------------------------------------------------------

    def due_check_ins(self, today: dt.date) -> list[DueCheckIn]:
        """Delegated work with the assistant whose check-in is *today* or earlier
        (domain/views.shown_in), the longest waiting first."""
        query = (
            select(
                TaskRow.id,
                TaskRow.title,
                TaskRow.assistant_id,
                AssistantRow.name,
                TaskRow.next_check_in,
                TaskRow.last_check_in,
                TaskRow.status,
            )
            .outerjoin(AssistantRow, AssistantRow.id == TaskRow.assistant_id)
            .where(
                TaskRow.decision == Decision.DELEGATE.value,
                TaskRow.archived.is_(False),
                TaskRow.status.in_([status.value for status in FOLLOWED_UP]),
                TaskRow.next_check_in.is_not(None),
                TaskRow.next_check_in <= today,
            )
            .order_by(TaskRow.next_check_in, TaskRow.position, TaskRow.id)
        )
        return [
            DueCheckIn(task_id, title, assistant_id, name, due, last, Status(status))
            for task_id, title, assistant_id, name, due, last, status in self._session.execute(
                query
            )
            if due is not None
        ]

    def add_check_in(self, task_id: int, on: dt.date, note: str) -> int:
        row = CheckInRow(task_id=task_id, done_on=on, note=note)
        self._session.add(row)
        self._session.flush()
        return row.id

    def remove_check_in(self, check_in_id: int) -> None:
        self._session.execute(delete(CheckInRow).where(CheckInRow.id == check_in_id))

    def check_ins(self, task_ids: Iterable[int]) -> list[CheckIn]:
        rows = self._session.scalars(
            select(CheckInRow)
            .where(CheckInRow.task_id.in_(list(task_ids)))
            .order_by(CheckInRow.done_on, CheckInRow.id)
        )
        return [CheckIn(r.id, r.task_id, r.done_on, r.note) for r in rows]

    # Feedback --------------------------------------------------------------

    def add_feedback(self, feedback: Feedback) -> int:
        row = FeedbackRow(
            task_id=feedback.task_id,
            assistant_id=feedback.assistant_id,
            given_on=feedback.given_on,
            rating=feedback.rating,
            went_well=feedback.went_well,
            to_improve=feedback.to_improve,
            keep_in_mind=feedback.keep_in_mind,
            level=int(feedback.level) if feedback.level is not None else None,
            instructions_digest=feedback.instructions_digest,
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    def remove_feedback(self, feedback_id: int) -> None:
        self._session.execute(delete(FeedbackRow).where(FeedbackRow.id == feedback_id))

    def feedback(
        self, *, task_ids: Iterable[int] | None = None, assistant_id: int | None = None
    ) -> list[Feedback]:
        """Feedback on these to-dos, or on an assistant (given on them as a whole or on
        their to-dos), or all of it; oldest first, with the to-do's title."""
        query = select(FeedbackRow, TaskRow.title).outerjoin(
            TaskRow, TaskRow.id == FeedbackRow.task_id
        )
        if task_ids is not None:
            query = query.where(FeedbackRow.task_id.in_(list(task_ids)))
        if assistant_id is not None:
            query = query.where(
                (FeedbackRow.assistant_id == assistant_id) | (TaskRow.assistant_id == assistant_id)
            )
        query = query.order_by(FeedbackRow.given_on, FeedbackRow.id)
        return [_feedback(row, title or "") for row, title in self._session.execute(query)]

    # Reviews ---------------------------------------------------------------

    def add_review(self, review: Review) -> int:
        row = ReviewRow(
            assistant_id=review.assistant_id,
            reviewed_on=review.reviewed_on,
            outcome=review.outcome.value,
            adjustment=review.adjustment,
            notes=review.notes,
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    def remove_review(self, review_id: int) -> None:
        self._session.execute(delete(ReviewRow).where(ReviewRow.id == review_id))

    def reviews(self, assistant_id: int | None = None) -> list[Review]:
        query = select(ReviewRow).order_by(ReviewRow.reviewed_on, ReviewRow.id)
        if assistant_id is not None:
            query = query.where(ReviewRow.assistant_id == assistant_id)
        return [
            Review(
                r.id, r.assistant_id, r.reviewed_on, ReviewOutcome(r.outcome), r.adjustment, r.notes
            )
            for r in self._session.scalars(query)
        ]

"""Fill an empty data file with the sample business, in one transaction: the plan and
what followed its handovers (statuses, check-ins, feedback, a to-do changed since)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from delegator.domain.brief import BriefOptions
from delegator.domain.followup import (
    StatusSource,
    instructions_digest,
    revision_digest,
)
from delegator.domain.mindset import MindsetCheck
from delegator.domain.model import Status, Task
from delegator.exchange.brief_snapshot import snapshot
from delegator.exchange.demo_data import DemoFollowUp, DemoPlan
from delegator.services.handover_service import brief_task
from delegator.storage.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from delegator.storage.rows import TaskRow


def fill(database: Database, plan: DemoPlan) -> int:
    """Store *plan* (all of it or nothing); returns the number of to-dos added."""
    from delegator.storage.assistant_repository import AssistantRepository
    from delegator.storage.profile_repository import ProfileRepository
    from delegator.storage.rows import TaskRow
    from delegator.storage.task_repository import TaskRepository, write_task

    with database.transaction() as session:
        ProfileRepository(session).save(plan.profile)
        assistants = AssistantRepository(session)
        ids = {assistant.name: assistants.add(assistant) for assistant in plan.assistants}
        tasks = TaskRepository(session)
        followed: list[tuple[TaskRow, DemoFollowUp]] = []
        for position, (task, assistant_name) in enumerate(plan.tasks):
            row = TaskRow(position=position)
            write_task(row, replace(task, assistant_id=ids.get(assistant_name or "")))
            tasks.add(row)
            if position in plan.follow_ups:
                followed.append((row, plan.follow_ups[position]))
        _follow_up(session, database, followed, plan.profile.brief_language)
        _mindset(session, database, plan)
    return len(plan.tasks)


def _mindset(session: Session, database: Database, plan: DemoPlan) -> None:
    """The client's mindset check, taken the demo's number of days before now."""
    from delegator.storage.mindset_repository import MindsetRepository

    taken_at = database.clock.utc_stamp() + dt.timedelta(days=plan.mindset_taken_in_days)
    MindsetRepository(session).add(MindsetCheck(taken_at, plan.mindset_answers))


def _follow_up(
    session: Session,
    database: Database,
    followed: list[tuple[TaskRow, DemoFollowUp]],
    language: str,
) -> None:
    """The handovers of the followed-up to-dos (one per assistant and day, freezing
    each to-do as it was handed over) and what happened since."""
    from delegator.storage.followup_repository import FollowUpRepository
    from delegator.storage.handover_repository import HandoverRepository
    from delegator.storage.task_repository import to_task

    session.flush()
    now, today = database.clock.utc_stamp(), database.clock.today()

    def stamp(day: dt.date) -> dt.datetime:
        return now - dt.timedelta(days=(today - day).days)

    repo = FollowUpRepository(session)
    handovers: dict[tuple[int | None, dt.date], dict[int, str]] = {}
    for row, follow_up in followed:
        current = to_task(row)
        given = _as_stored(follow_up.handed_over_as, current)
        handovers.setdefault((row.assistant_id, follow_up.handed_over), {})[row.id] = snapshot(
            brief_task(given, BriefOptions())
        )
        row.handover_digest = revision_digest(given)
        row.changed_since_handover = given is not current
        row.status = follow_up.status.value
        row.next_check_in = follow_up.next_check_in
        at = stamp(follow_up.handed_over)
        repo.add_status_change(row.id, Status.HANDED_OVER, at, StatusSource.EXPORT)
        row.status_changed_at = at
        if follow_up.status is not Status.HANDED_OVER:
            at = stamp(follow_up.status_since)
            repo.add_status_change(row.id, follow_up.status, at, StatusSource.USER)
            row.status_changed_at = at
        for day, note in follow_up.check_ins:
            repo.add_check_in(row.id, day, note)
            row.last_check_in = day
        for feedback in follow_up.feedback:
            repo.add_feedback(
                replace(
                    feedback,
                    task_id=row.id,
                    assistant_id=row.assistant_id,
                    level=given.level,
                    instructions_digest=instructions_digest(given),
                )
            )
    for (assistant_id, day), snapshots in handovers.items():
        HandoverRepository(session).add(
            created_at=stamp(day),
            assistant_id=assistant_id,
            formats="md",
            language=language,
            output_path="",
            content_hash="",
            snapshots=snapshots,
        )


def _as_stored(handed_over_as: Task | None, current: Task) -> Task:
    """The to-do as the handover gave it: *current*, or its earlier version (with the
    stored to-do's id and list order)."""
    if handed_over_as is None:
        return current
    return replace(handed_over_as, id=current.id, position=current.position)

"""Tasks in and out of the database, as domain objects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from delegator.domain.errors import TaskNotFound
from delegator.domain.followup import revision_digest
from delegator.domain.model import (
    Decision,
    DelegationLevel,
    Frequency,
    Priority,
    Resource,
    ResourceKind,
    Status,
    Task,
)
from delegator.storage.rows import (
    TaskCriterionRow,
    TaskResourceRow,
    TaskRow,
    TaskSkillRow,
    TaskStepRow,
    TaskToolRow,
)


def to_task(row: TaskRow) -> Task:
    return Task(
        id=row.id,
        title=row.title,
        decision=Decision(row.decision),
        notes=row.notes,
        area=row.area,
        assistant_id=row.assistant_id,
        assistant_name=row.assistant.name if row.assistant else None,
        priority=Priority(row.priority) if row.priority is not None else None,
        frequency=Frequency(row.frequency) if row.frequency else None,
        minutes_per_occurrence=row.minutes_per_occurrence,
        due=row.due,
        lead_time_days=row.lead_time_days,
        instructions=row.instructions,
        steps=tuple(step.text for step in row.steps),
        acceptance_criteria=tuple(criterion.text for criterion in row.criteria),
        skills=tuple(skill.name for skill in row.skills),
        tools=tuple(tool.name for tool in row.tools),
        resources=tuple(
            Resource(ResourceKind(res.kind), res.label, res.target, res.size_bytes)
            for res in row.resources
        ),
        level=DelegationLevel(row.level) if row.level is not None else None,
        escalation_rule=row.escalation_rule,
        position=row.position,
        archived=row.archived,
        created_at=row.created_at,
        updated_at=row.updated_at,
        status=Status(row.status),
        next_check_in=row.next_check_in,
        last_check_in=row.last_check_in,
        changed_since_handover=row.changed_since_handover,
    )


def refresh_revision(row: TaskRow) -> None:
    """Mark whether the to-do differs from what its last handover gave the assistant."""
    if row.handover_digest is not None:
        row.changed_since_handover = revision_digest(to_task(row)) != row.handover_digest


def _texts_changed(current: Sequence[object], wanted: Sequence[str], attribute: str) -> bool:
    return [getattr(item, attribute) for item in current] != list(wanted)


def write_task(row: TaskRow, task: Task) -> None:
    """Copy every editable field of *task* onto *row* (id, position, timestamps and the
    follow-up fields stay)."""
    row.title = task.title
    row.notes = task.notes
    row.area = task.area
    row.decision = task.decision.value
    row.assistant_id = task.assistant_id
    row.priority = int(task.priority) if task.priority is not None else None
    row.frequency = task.frequency.value if task.frequency is not None else None
    row.minutes_per_occurrence = task.minutes_per_occurrence
    row.due = task.due
    row.lead_time_days = task.lead_time_days
    row.instructions = task.instructions
    row.level = int(task.level) if task.level is not None else None
    row.escalation_rule = task.escalation_rule
    row.archived = task.archived
    if _texts_changed(row.steps, task.steps, "text"):
        row.steps = [TaskStepRow(position=i, text=t) for i, t in enumerate(task.steps)]
    if _texts_changed(row.criteria, task.acceptance_criteria, "text"):
        row.criteria = [
            TaskCriterionRow(position=i, text=t) for i, t in enumerate(task.acceptance_criteria)
        ]
    if _texts_changed(row.skills, task.skills, "name"):
        row.skills = [TaskSkillRow(position=i, name=n) for i, n in enumerate(task.skills)]
    if _texts_changed(row.tools, task.tools, "name"):
        row.tools = [TaskToolRow(position=i, name=n) for i, n in enumerate(task.tools)]
    current = [
        Resource(ResourceKind(r.kind), r.label, r.target, r.size_bytes) for r in row.resources
    ]
    if current != list(task.resources):
        row.resources = [
            TaskResourceRow(
                position=i,
                kind=r.kind.value,
                label=r.label,
                target=r.target,
                size_bytes=r.size_bytes,
            )
            for i, r in enumerate(task.resources)
        ]
    refresh_revision(row)


class TaskRepository:
    """Reads and writes tasks inside the session the service opened."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get_row(self, task_id: int) -> TaskRow:
        row = self._session.get(TaskRow, task_id)
        if row is None:
            raise TaskNotFound(task_id)
        return row

    def rows(self, task_ids: Iterable[int]) -> list[TaskRow]:
        """The rows for *task_ids*, in that order; TaskNotFound if one is missing."""
        ids = list(task_ids)
        found = {
            row.id: row for row in self._session.scalars(select(TaskRow).where(TaskRow.id.in_(ids)))
        }
        missing = [task_id for task_id in ids if task_id not in found]
        if missing:
            raise TaskNotFound(missing[0])
        return [found[task_id] for task_id in ids]

    def next_position(self) -> int:
        current = self._session.scalar(select(func.max(TaskRow.position)))
        return 0 if current is None else current + 1

    def add(self, row: TaskRow) -> TaskRow:
        self._session.add(row)
        self._session.flush()
        return row

    def positions(self) -> dict[int, int]:
        """Position of every to-do that is not archived."""
        rows = self._session.execute(
            select(TaskRow.id, TaskRow.position).where(TaskRow.archived.is_(False))
        )
        return {task_id: position for task_id, position in rows}

    def set_positions(self, positions: dict[int, int], now: dt.datetime) -> None:
        """Move the to-dos to *positions*, stamping them updated *now* (naive UTC): a bulk
        UPDATE passes by the flush hook that stamps other changes."""
        if positions:
            self._session.execute(
                update(TaskRow),
                [
                    {"id": task_id, "position": pos, "updated_at": now}
                    for task_id, pos in positions.items()
                ],
            )

    def task(self, task_id: int) -> Task:
        return to_task(self.get_row(task_id))

    def save(self, task: Task) -> None:
        write_task(self.get_row(task.id), task)
        self._session.flush()

    def distinct_values(self, column: str) -> list[str]:
        """Skills or areas already in use, for completion ("skills" or "areas")."""
        if column == "skills":
            query = select(TaskSkillRow.name).distinct()
        else:
            query = select(TaskRow.area).where(TaskRow.area != "").distinct()
        return sorted(set(self._session.scalars(query)), key=str.casefold)

    def triage(self, task_id: int) -> str:
        return self.get_row(task_id).triage

    def set_triage(self, task_id: int, answers: str) -> None:
        self.get_row(task_id).triage = answers

    def tasks(
        self, *, decision: Decision | None = None, archived: bool | None = None
    ) -> Sequence[Task]:
        """Full tasks in manual order, optionally filtered."""
        query = (
            select(TaskRow)
            .options(
                selectinload(TaskRow.steps),
                selectinload(TaskRow.criteria),
                selectinload(TaskRow.skills),
                selectinload(TaskRow.tools),
                selectinload(TaskRow.resources),
                selectinload(TaskRow.assistant),
            )
            .order_by(TaskRow.position, TaskRow.id)
        )
        if decision is not None:
            query = query.where(TaskRow.decision == decision.value)
        if archived is not None:
            query = query.where(TaskRow.archived.is_(archived))
        return [to_task(row) for row in self._session.scalars(query)]

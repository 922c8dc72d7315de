"""One whole to-do read with plain sqlite3: the editor shows one right after start-up,
before anything needs the ORM (as ``task_repository.to_task`` maps it)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from delegator.domain.errors import TaskNotFound
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

_TASK = (
    "SELECT t.id, t.title, t.decision, t.notes, t.area, t.assistant_id, a.name, t.priority,"
    " t.frequency, t.minutes_per_occurrence, t.due, t.lead_time_days, t.instructions,"
    " t.level, t.escalation_rule, t.position, t.archived, t.created_at, t.updated_at,"
    " t.status, t.next_check_in, t.last_check_in, t.changed_since_handover"
    " FROM tasks t LEFT JOIN assistants a ON a.id = t.assistant_id WHERE t.id = ?"
)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _stamp(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _texts(
    connection: sqlite3.Connection, table: str, column: str, task_id: int
) -> tuple[str, ...]:
    query = f"SELECT {column} FROM {table} WHERE task_id = ? ORDER BY position, id"
    return tuple(text for (text,) in connection.execute(query, (task_id,)))


def _resources(connection: sqlite3.Connection, task_id: int) -> tuple[Resource, ...]:
    rows = connection.execute(
        "SELECT kind, label, target, size_bytes FROM task_resources"
        " WHERE task_id = ? ORDER BY position, id",
        (task_id,),
    )
    return tuple(
        Resource(ResourceKind(kind), label, target, size) for kind, label, target, size in rows
    )


def task(connection: sqlite3.Connection, task_id: int) -> Task:
    """The to-do *task_id* with everything the editor shows; TaskNotFound if there is none."""
    row = connection.execute(_TASK, (task_id,)).fetchone()
    if row is None:
        raise TaskNotFound(task_id)
    (
        _id,
        title,
        decision,
        notes,
        area,
        assistant_id,
        assistant_name,
        priority,
        frequency,
        minutes,
        due,
        lead_time,
        instructions,
        level,
        escalation_rule,
        position,
        archived,
        created_at,
        updated_at,
        status,
        next_check_in,
        last_check_in,
        changed,
    ) = row
    return Task(
        id=task_id,
        title=title,
        decision=Decision(decision),
        notes=notes,
        area=area,
        assistant_id=assistant_id,
        assistant_name=assistant_name,
        priority=Priority(priority) if priority is not None else None,
        frequency=Frequency(frequency) if frequency else None,
        minutes_per_occurrence=minutes,
        due=_date(due),
        lead_time_days=lead_time,
        instructions=instructions,
        steps=_texts(connection, "task_steps", "text", task_id),
        acceptance_criteria=_texts(connection, "task_criteria", "text", task_id),
        skills=_texts(connection, "task_skills", "name", task_id),
        tools=_texts(connection, "task_tools", "name", task_id),
        resources=_resources(connection, task_id),
        level=DelegationLevel(level) if level is not None else None,
        escalation_rule=escalation_rule,
        position=position,
        archived=bool(archived),
        created_at=_stamp(created_at),
        updated_at=_stamp(updated_at),
        status=Status(status),
        next_check_in=_date(next_check_in),
        last_check_in=_date(last_check_in),
        changed_since_handover=bool(changed),
    )


def known(connection: sqlite3.Connection, kind: str) -> list[str]:
    """Skills (*kind* "skills") or areas ("areas") already in use, for completion."""
    if kind == "skills":
        query = "SELECT DISTINCT name FROM task_skills"
    else:
        query = "SELECT DISTINCT area FROM tasks WHERE area != ''"
    return sorted({value for (value,) in connection.execute(query)}, key=str.casefold)


def triage(connection: sqlite3.Connection, task_id: int) -> str:
    """The triage helper's answers for a to-do, as stored; TaskNotFound if there is none."""
    row = connection.execute("SELECT triage FROM tasks WHERE id = ?", (task_id,)).fetchone()
    if row is None:
        raise TaskNotFound(task_id)
    answers: str = row[0]
    return answers

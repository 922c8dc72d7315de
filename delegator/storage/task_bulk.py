"""Insert many to-dos at once: one executemany per table instead of an ORM flush per row.

Used for every add (capture, paste, templates, import, redo): 10,000 imported lines
went from ~4 s through the ORM to a fraction of a second. Values are stored in the
forms SQLAlchemy reads back (dates ISO, date-times "YYYY-MM-DD HH:MM:SS.ffffff").
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from delegator.domain.errors import InvalidProblem, InvalidValue, TaskNotFound
from delegator.domain.model import Decision, Task

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_CHUNK = 500  # ids per DELETE; SQLite builds before 3.32 allow 999 parameters

_TASK_COLUMNS = (
    "id, title, notes, area, decision, assistant_id, priority, frequency, "
    "minutes_per_occurrence, due, lead_time_days, instructions, level, escalation_rule, "
    "triage, position, archived, archived_at, created_at, updated_at"
)


@dataclass(frozen=True, slots=True)
class NewRow:
    """A described to-do to insert; ``task_id``/``position`` None: take the next ones."""

    task: Task
    task_id: int | None
    position: int | None


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def insert_tasks(
    session: Session | sqlite3.Connection, rows: Sequence[NewRow], now: dt.datetime
) -> list[tuple[int, int]]:
    """Insert *rows* inside the session's transaction (or the connection's, from
    ``Database.writing``), stamped *now* (naive UTC); returns (id, position) of each,
    in order."""
    cursor = _cursor(session)
    (next_id,) = cursor.execute(
        "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'tasks'), 0), "
        "coalesce((SELECT max(id) FROM tasks), 0)) + 1"
    ).fetchone()
    (next_position,) = cursor.execute(
        "SELECT coalesce(max(position), -1) + 1 FROM tasks"
    ).fetchone()
    stamp = _stamp(now)
    places: list[tuple[int, int]] = []
    task_values = []
    steps: list[tuple[object, ...]] = []
    criteria: list[tuple[object, ...]] = []
    skills: list[tuple[object, ...]] = []
    tools: list[tuple[object, ...]] = []
    resources: list[tuple[object, ...]] = []
    for row in rows:
        task = row.task
        task_id = row.task_id if row.task_id is not None else next_id
        next_id = max(next_id, task_id + 1)
        if row.position is not None:
            position = row.position
        else:
            position = next_position
            next_position += 1
        places.append((task_id, position))
        task_values.append(
            (
                task_id,
                task.title,
                task.notes,
                task.area,
                task.decision.value,
                task.assistant_id,
                None if task.priority is None else int(task.priority),
                None if task.frequency is None else task.frequency.value,
                task.minutes_per_occurrence,
                None if task.due is None else task.due.isoformat(),
                task.lead_time_days,
                task.instructions,
                None if task.level is None else int(task.level),
                task.escalation_rule,
                "",
                position,
                task.archived,
                stamp if task.archived else None,
                stamp,
                stamp,
            )
        )
        # Most to-dos have no steps, tools or files: test before building anything.
        if task.steps:
            steps.extend((task_id, i, text, 0) for i, text in enumerate(task.steps))
        if task.acceptance_criteria:
            criteria.extend((task_id, i, text) for i, text in enumerate(task.acceptance_criteria))
        if task.skills:
            skills.extend((task_id, i, name) for i, name in enumerate(task.skills))
        if task.tools:
            tools.extend((task_id, i, name) for i, name in enumerate(task.tools))
        if task.resources:
            resources.extend(
                (task_id, i, r.kind.value, r.label, r.target, r.size_bytes)
                for i, r in enumerate(task.resources)
            )
    children = {
        "task_steps (task_id, position, text, done)": steps,
        "task_criteria (task_id, position, text)": criteria,
        "task_skills (task_id, position, name)": skills,
        "task_tools (task_id, position, name)": tools,
        "task_resources (task_id, position, kind, label, target, size_bytes)": resources,
    }
    marks = ", ".join("?" * len(_TASK_COLUMNS.split(",")))
    cursor.executemany(f"INSERT INTO tasks ({_TASK_COLUMNS}) VALUES ({marks})", task_values)
    for table, values in children.items():
        if values:
            count = len(values[0])
            cursor.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * count)})", values)
    cursor.close()
    return places


def delete_tasks(session: Session, task_ids: Sequence[int]) -> None:
    """Delete these to-dos for good (their steps, criteria … go with them: ON DELETE
    CASCADE); TaskNotFound, and nothing deleted by the caller's rollback, if one is
    missing. In chunks, as SQLite allows only so many parameters per statement."""
    cursor = _cursor(session)
    wanted = list(dict.fromkeys(task_ids))
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        found = {
            task_id
            for (task_id,) in cursor.execute(f"SELECT id FROM tasks WHERE id IN ({marks})", chunk)
        }
        if len(found) != len(chunk):
            raise TaskNotFound(next(task_id for task_id in chunk if task_id not in found))
        cursor.execute(f"DELETE FROM tasks WHERE id IN ({marks})", chunk)
    cursor.close()


def _cursor(session: Session | sqlite3.Connection) -> sqlite3.Cursor:
    if isinstance(session, sqlite3.Connection):
        return session.cursor()
    raw = session.connection().connection.driver_connection
    assert raw is not None, "the session's transaction has a live connection"
    cursor: sqlite3.Cursor = raw.cursor()
    return cursor


def set_decisions(
    connection: sqlite3.Connection, decisions: Mapping[int, Decision], now: dt.datetime
) -> None:
    """Store each to-do's decision (stamped *now* where it changed) with plain sqlite3,
    inside ``Database.writing``'s transaction: a key press in the list never waits for
    the ORM to load. TaskNotFound for a missing id; InvalidValue for an archived one
    (read-only until restored)."""
    ids = list(decisions)
    archived: dict[int, int] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        archived.update(
            connection.execute(f"SELECT id, archived FROM tasks WHERE id IN ({marks})", chunk)
        )
    missing = [task_id for task_id in ids if task_id not in archived]
    if missing:
        raise TaskNotFound(missing[0])
    if any(archived.values()):
        raise InvalidValue(InvalidProblem.ARCHIVED)
    connection.executemany(
        "UPDATE tasks SET decision = ?, updated_at = ? WHERE id = ? AND decision != ?",
        [(d.value, _stamp(now), task_id, d.value) for task_id, d in decisions.items()],
    )

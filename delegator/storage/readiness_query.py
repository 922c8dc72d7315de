"""The facts the readiness check needs about delegated to-dos: one fast query for the
to-dos and one for each kind of thing hanging off them (feedback, the steps and "done
when" lines of rated to-dos, settling-in reviews), never one per to-do."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

from delegator.domain.followup import Feedback, Review, ReviewOutcome, instructions_digest
from delegator.domain.model import DelegationLevel, Frequency, Status, Task
from delegator.domain.readiness import TaskFacts

# Delegated work the rules look at: not archived and not done yet.
_DELEGATED = "t.decision = 'delegate' AND t.archived = 0 AND t.status != 'done'"

_FACTS = f"""
SELECT t.id, t.title, t.assistant_id, trim(t.instructions) != '',
       (SELECT COUNT(*) FROM task_steps s WHERE s.task_id = t.id),
       (SELECT COUNT(*) FROM task_criteria c WHERE c.task_id = t.id),
       (SELECT COUNT(*) FROM task_skills k WHERE k.task_id = t.id),
       t.frequency, t.minutes_per_occurrence, t.due, t.lead_time_days,
       trim(t.escalation_rule) != '', t.status, t.next_check_in, t.level, t.instructions
FROM tasks t
WHERE {_DELEGATED}
ORDER BY t.position, t.id
"""

_FEEDBACK = f"""
SELECT f.id, f.given_on, f.rating, f.went_well, f.to_improve, f.keep_in_mind, f.task_id,
       f.assistant_id, f.level, f.instructions_digest
FROM feedback_entries f JOIN tasks t ON t.id = f.task_id
WHERE {_DELEGATED}
ORDER BY f.given_on, f.id
"""

# The steps or "done when" lines of the to-dos that have feedback, in their order.
_RATED_LINES = """
SELECT task_id, text FROM {table}
WHERE task_id IN (SELECT task_id FROM feedback_entries WHERE task_id IS NOT NULL)
ORDER BY task_id, position, id
"""


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def delegated_facts(connection: sqlite3.Connection) -> list[TaskFacts]:
    """Delegated to-dos that are neither archived nor done, in list order, with their
    feedback and (for rated ones) the digest of their instructions now."""
    feedback = _feedback_by_task(connection)
    steps = _rated_lines(connection, "task_steps")
    criteria = _rated_lines(connection, "task_criteria")
    facts = []
    for row in connection.execute(_FACTS):
        task_id = row[0]
        fact = TaskFacts(
            id=task_id,
            title=row[1],
            assistant_id=row[2],
            has_instructions=bool(row[3]),
            steps=row[4],
            criteria=row[5],
            skills=row[6],
            frequency=Frequency(row[7]) if row[7] else None,
            minutes=row[8],
            due=_date(row[9]),
            lead_time_days=row[10],
            has_escalation_rule=bool(row[11]),
            status=Status(row[12]),
            next_check_in=_date(row[13]),
            level=DelegationLevel(row[14]) if row[14] is not None else None,
        )
        rated = feedback.get(task_id)
        if rated:
            described = Task(
                task_id,
                row[1],
                instructions=row[15],
                steps=tuple(steps.get(task_id, ())),
                acceptance_criteria=tuple(criteria.get(task_id, ())),
            )
            fact = replace(
                fact, feedback=tuple(rated), instructions_digest=instructions_digest(described)
            )
        facts.append(fact)
    return facts


def _feedback_by_task(connection: sqlite3.Connection) -> dict[int, list[Feedback]]:
    by_task: dict[int, list[Feedback]] = {}
    for row in connection.execute(_FEEDBACK):
        given_on = _date(row[1])
        assert given_on is not None, "feedback always has its day"
        by_task.setdefault(row[6], []).append(
            Feedback(
                id=row[0],
                given_on=given_on,
                rating=row[2],
                went_well=row[3],
                to_improve=row[4],
                keep_in_mind=row[5],
                task_id=row[6],
                assistant_id=row[7],
                level=DelegationLevel(row[8]) if row[8] is not None else None,
                instructions_digest=row[9],
            )
        )
    return by_task


def _rated_lines(connection: sqlite3.Connection, table: str) -> dict[int, list[str]]:
    lines: dict[int, list[str]] = {}
    for task_id, text in connection.execute(_RATED_LINES.format(table=table)):
        lines.setdefault(task_id, []).append(text)
    return lines


def reviews(connection: sqlite3.Connection) -> list[Review]:
    """Every settling-in review, oldest first."""
    rows = connection.execute(
        "SELECT id, assistant_id, reviewed_on, outcome, adjustment, notes FROM reviews"
        " ORDER BY reviewed_on, id"
    )
    return [
        Review(r[0], r[1], dt.date.fromisoformat(r[2]), ReviewOutcome(r[3]), r[4], r[5])
        for r in rows
    ]


def undecided_count(connection: sqlite3.Connection) -> int:
    (count,) = connection.execute(
        "SELECT COUNT(*) FROM tasks WHERE decision = 'undecided' AND archived = 0"
    ).fetchone()
    return int(count)

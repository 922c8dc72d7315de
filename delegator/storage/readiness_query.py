"""The facts the readiness check needs about delegated to-dos, in one fast query."""

from __future__ import annotations

import datetime as dt
import sqlite3

from delegator.domain.model import Frequency
from delegator.domain.readiness import TaskFacts

_FACTS = """
SELECT t.id, t.title, t.assistant_id, trim(t.instructions) != '',
       (SELECT COUNT(*) FROM task_steps s WHERE s.task_id = t.id),
       (SELECT COUNT(*) FROM task_criteria c WHERE c.task_id = t.id),
       (SELECT COUNT(*) FROM task_skills k WHERE k.task_id = t.id),
       t.frequency, t.minutes_per_occurrence, t.due, t.lead_time_days,
       trim(t.escalation_rule) != ''
FROM tasks t
WHERE t.decision = 'delegate' AND t.archived = 0
ORDER BY t.position, t.id
"""


def delegated_facts(connection: sqlite3.Connection) -> list[TaskFacts]:
    return [
        TaskFacts(
            id=row[0],
            title=row[1],
            assistant_id=row[2],
            has_instructions=bool(row[3]),
            steps=row[4],
            criteria=row[5],
            skills=row[6],
            frequency=Frequency(row[7]) if row[7] else None,
            minutes=row[8],
            due=dt.date.fromisoformat(row[9]) if row[9] else None,
            lead_time_days=row[10],
            has_escalation_rule=bool(row[11]),
        )
        for row in connection.execute(_FACTS)
    ]


def undecided_count(connection: sqlite3.Connection) -> int:
    (count,) = connection.execute(
        "SELECT COUNT(*) FROM tasks WHERE decision = 'undecided' AND archived = 0"
    ).fetchone()
    return int(count)

"""The to-do list as the window shows it, read with plain sqlite3 (fast, no ORM)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from delegator.domain.model import Decision, TaskSummary

_COLUMNS = "id, title, decision, area, assistant_id, position, archived"


_DECISIONS = {decision.value: decision for decision in Decision}


def _summary(row: tuple[int, str, str, str, int | None, int, int]) -> TaskSummary:
    # Positional and with a dict lookup: this runs once per to-do at start-up.
    return TaskSummary(row[0], row[1], _DECISIONS[row[2]], row[3], row[4], row[5], bool(row[6]))


def all_summaries(connection: sqlite3.Connection) -> list[TaskSummary]:
    """Every to-do, archived ones included, in manual order."""
    rows = connection.execute(f"SELECT {_COLUMNS} FROM tasks ORDER BY position, id")
    return [_summary(row) for row in rows]


def summaries_by_id(connection: sqlite3.Connection, ids: Iterable[int]) -> list[TaskSummary]:
    """The to-dos with these ids that still exist."""
    wanted = list(ids)
    found: list[TaskSummary] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = connection.execute(f"SELECT {_COLUMNS} FROM tasks WHERE id IN ({marks})", chunk)
        found.extend(_summary(row) for row in rows)
    return found

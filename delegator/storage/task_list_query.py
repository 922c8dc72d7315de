"""The to-do list as the window shows it, read with plain sqlite3 (fast, no ORM)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable

from delegator.domain.bulk import cycle_collector_paused
from delegator.domain.model import Decision, Frequency, Priority, Status, TaskSummary

_COLUMNS = (
    "id, title, decision, area, assistant_id, position, archived, due, "
    "status, next_check_in, changed_since_handover, priority, frequency, minutes_per_occurrence"
)


_DECISIONS = {decision.value: decision for decision in Decision}
_STATUSES = {status.value: status for status in Status}
_PRIORITIES: dict[int | None, Priority | None] = {None: None} | {p.value: p for p in Priority}
_FREQUENCIES: dict[str | None, Frequency | None] = {None: None} | {f.value: f for f in Frequency}

_Row = tuple[
    int,
    str,
    str,
    str,
    int | None,
    int,
    int,
    str | None,
    str,
    str | None,
    int,
    int | None,
    str | None,
    int | None,
]


class _Shared:
    """One object per distinct area and date: a plan has a few areas and dates shared
    by thousands of to-dos (at 100,000 to-dos a copy per to-do cost ~6 MiB)."""

    def __init__(self) -> None:
        self.areas: dict[str, str] = {}
        self.dates: dict[str, dt.date] = {}


def _summary(row: _Row, shared: _Shared) -> TaskSummary:
    # Positional and with dict lookups: this runs once per to-do at start-up.
    dates = shared.dates
    due = dates.get(row[7]) if row[7] else None
    if due is None and row[7]:
        due = dates[row[7]] = dt.date.fromisoformat(row[7])
    check_in = dates.get(row[9]) if row[9] else None
    if check_in is None and row[9]:
        check_in = dates[row[9]] = dt.date.fromisoformat(row[9])
    return TaskSummary(
        row[0],
        row[1],
        _DECISIONS[row[2]],
        shared.areas.setdefault(row[3], row[3]),
        row[4],
        row[5],
        bool(row[6]),
        due,
        _STATUSES[row[8]],
        check_in,
        bool(row[10]),
        _PRIORITIES[row[11]],
        _FREQUENCIES[row[12]],
        row[13],
    )


def all_summaries(
    connection: sqlite3.Connection,
    *,
    archived: bool | None = None,
    decision: Decision | None = None,
    done: bool | None = None,
    limit: int | None = None,
) -> list[TaskSummary]:
    """Every to-do in manual order, or only those archived (or not) with *decision*,
    done (or not); with *limit*, only the first so many."""
    where = []
    values: list[object] = []
    if archived is not None:
        where.append("archived = ?")
        values.append(archived)
    if decision is not None:
        where.append("decision = ?")
        values.append(decision.value)
    if done is not None:
        where.append("status = 'done'" if done else "status != 'done'")
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    if limit is not None:
        clause += " ORDER BY position, id LIMIT ?"
        values.append(limit)
    else:
        clause += " ORDER BY position, id"
    rows = connection.execute(f"SELECT {_COLUMNS} FROM tasks {clause}", values)
    shared = _Shared()
    with cycle_collector_paused():
        return [_summary(row, shared) for row in rows]


def summaries_by_id(connection: sqlite3.Connection, ids: Iterable[int]) -> list[TaskSummary]:
    """The to-dos with these ids that still exist."""
    wanted = list(ids)
    found: list[TaskSummary] = []
    shared = _Shared()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = connection.execute(f"SELECT {_COLUMNS} FROM tasks WHERE id IN ({marks})", chunk)
        found.extend(_summary(row, shared) for row in rows)
    return found


# Both read from the covering index ix_tasks_tally alone, in its order (no sorting).
_TALLY = (
    "SELECT archived, decision, status, COUNT(*) FROM tasks GROUP BY archived, decision, status"
)
_DUE_CHECK_INS = (
    "SELECT COUNT(*) FROM tasks WHERE archived = 0 AND decision = 'delegate' "
    "AND status IN ('handed_over', 'in_progress', 'rework') AND next_check_in <= ?"
)


def tally(
    connection: sqlite3.Connection, today: dt.date
) -> tuple[dict[tuple[bool, Decision, bool], int], int]:
    """Number of to-dos per (archived, decision, done), and how many are due for a
    check-in on *today* (domain/views.shown_in, in SQL). Call it inside one read
    transaction (``Database.reading``): the two queries then agree."""
    counted: dict[tuple[bool, Decision, bool], int] = {}
    for archived, decision, status, n in connection.execute(_TALLY):
        if decision in _DECISIONS:
            key = (bool(archived), _DECISIONS[decision], status == "done")
            counted[key] = counted.get(key, 0) + n
    (due,) = connection.execute(_DUE_CHECK_INS, (today.isoformat(),)).fetchone()
    return counted, due


_ESTIMATE_COUNTS = (
    "SELECT assistant_id, frequency, minutes_per_occurrence, COUNT(*) FROM tasks "
    "WHERE decision = 'delegate' AND archived = 0 "
    "GROUP BY assistant_id, frequency, minutes_per_occurrence"
)


def delegated_estimate_counts(
    connection: sqlite3.Connection,
) -> list[tuple[int | None, Frequency | None, int | None, int]]:
    """``delegated_estimates`` counted: (assistant id, frequency, minutes, how many
    delegated, open to-dos have them), from the covering index ix_tasks_tally. A plan
    has a few such combinations; reading each to-do took ~30 ms at 20,000 delegated
    ones, before the first paint."""
    rows = connection.execute(_ESTIMATE_COUNTS)
    frequencies = _FREQUENCIES
    return [
        (assistant_id, frequencies[frequency or None], minutes, n)
        for assistant_id, frequency, minutes, n in rows
    ]


def delegated_estimates(
    connection: sqlite3.Connection,
) -> list[tuple[int | None, Frequency | None, int | None]]:
    """(assistant id, frequency, minutes) of every delegated, open to-do."""
    rows = connection.execute(
        "SELECT assistant_id, frequency, minutes_per_occurrence FROM tasks "
        "WHERE decision = 'delegate' AND archived = 0"
    )
    frequencies = _FREQUENCIES  # a lookup, not Frequency(...): runs before the first paint
    return [
        (assistant_id, frequencies[frequency or None], minutes)
        for assistant_id, frequency, minutes in rows
    ]

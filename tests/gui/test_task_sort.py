"""The ranks behind a sorted list stay right through changes: new values squeezed in
until no room is left between two neighbours, forgotten and re-added to-dos, ids with
gaps."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from delegator.domain.model import Decision, TaskSummary
from delegator.gui.task_columns import Column
from delegator.gui.task_sort import SortKeys, folded


def expected(tasks: list[TaskSummary], column: Column, descending: bool) -> list[int]:
    """Empty cells last in manual order, ties in manual order."""
    value = (lambda t: folded(t.title)) if column == Column.TITLE else (lambda t: t.due)
    filled = [i for i, task in enumerate(tasks) if value(task) is not None]
    empty = [i for i, task in enumerate(tasks) if value(task) is None]
    if descending:
        filled.sort(key=lambda i: value(tasks[i]), reverse=True)
    else:
        filled.sort(key=lambda i: value(tasks[i]))
    return filled + empty


def task(task_id: int, title: str, due: dt.date | None = None) -> TaskSummary:
    return TaskSummary(task_id, title, Decision.UNDECIDED, "", None, task_id, False, due)


def test_titles_squeezed_between_two_neighbours_until_no_room_is_left_sort_right() -> None:
    keys = SortKeys()
    tasks = [task(1, "a"), task(2, "b")]
    assert keys.order(tasks, Column.TITLE, False) == [0, 1]
    for n in range(1, 45):  # each lands between the last one and "b": the gap halves
        tasks.append(task(n * 3 + 100, "a" + "0" * n))
        keys.forget([tasks[-1].id])
        assert keys.order(tasks, Column.TITLE, False) == expected(tasks, Column.TITLE, False)
    assert keys.order(tasks, Column.TITLE, True) == expected(tasks, Column.TITLE, True)


def test_changed_due_dates_keep_the_sort_right_both_ways() -> None:
    chance = random.Random(15)
    start = dt.date(2026, 12, 7)

    def some_due() -> dt.date | None:
        return None if chance.random() < 0.3 else start + dt.timedelta(chance.randrange(90))

    ids = chance.sample(range(1, 5000), 300)  # gaps, not in order
    tasks = [task(task_id, f"T{task_id}", some_due()) for task_id in ids]
    keys = SortKeys()
    for _round in range(30):
        for descending in (False, True):
            assert keys.order(tasks, Column.DUE, descending) == expected(
                tasks, Column.DUE, descending
            )
        changed = chance.sample(range(len(tasks)), 7)
        for index in changed:
            tasks[index] = replace(tasks[index], due=some_due())
        keys.forget(tasks[index].id for index in changed)
        tasks = list(tasks)  # the model makes a new list when to-dos change

"""The ranks behind a sorted list stay right through changes: new values squeezed in
until no room is left between two neighbours, forgotten and re-added to-dos, ids with
gaps."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import pytest

from delegator.domain.model import Decision, TaskSummary
from delegator.gui import task_sort
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


@pytest.mark.parametrize("slice_size", [2_000, 7])
def test_titles_stay_sorted_through_renames_equal_titles_and_large_changes(
    slice_size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Titles are ranked without a copy of their folded text: renames (one and many at
    once), equal titles (ranked equal, so the manual order decides), accents and case,
    ranked in idle time or on the click; in one slice, or in many whose runs are merged
    (equal titles in two runs once crashed the merge)."""
    monkeypatch.setattr(task_sort, "_SLICE", slice_size)
    chance = random.Random(16)
    words = ["Äpfel", "apfel", "Zoll", "zoë", "Arbeit", "ärger", "Ölaf", "Bank", "bank", ""]

    def some_title() -> str:
        return " ".join(chance.choice(words) for _ in range(chance.randrange(1, 3)))

    ids = chance.sample(range(1, 3000), 400)
    tasks = [task(task_id, some_title()) for task_id in ids]
    prepared = SortKeys()
    for _ in prepared.preparing(tasks, [Column.TITLE]):
        pass
    on_click = SortKeys()
    for _round in range(25):
        for keys in (prepared, on_click):
            for descending in (False, True):
                assert keys.order(tasks, Column.TITLE, descending) == expected(
                    tasks, Column.TITLE, descending
                )
        many = _round % 5 == 4  # more than are placed one by one
        changed = chance.sample(range(len(tasks)), 150 if many else 5)
        for index in changed:
            tasks[index] = replace(tasks[index], title=some_title())
        for keys in (prepared, on_click):
            keys.forget(tasks[index].id for index in changed)
        tasks = list(tasks)


def test_a_removed_to_do_leaves_the_title_order_and_a_new_one_joins_it() -> None:
    keys = SortKeys()
    tasks = [task(n, title) for n, title in enumerate(["c", "a", "b", "a"], 1)]
    assert keys.order(tasks, Column.TITLE, False) == [1, 3, 2, 0]
    keys.forget([2])
    tasks = [tasks[0], tasks[2], tasks[3], task(9, "0")]
    assert keys.order(tasks, Column.TITLE, False) == [3, 2, 1, 0]
    assert keys.order(tasks, Column.TITLE, True) == [0, 1, 2, 3]

"""The list's order when sorted by a column: per column, each to-do's rank.

A column's values (folded titles, due dates, …) are ranked once, the first time the list
is sorted by it or, for the titles, a slice at a time while the window is idle after the
list has loaded (``preparing``). Sorting a view is then one ``sorted`` of integers (C
speed): at 100,000 to-dos the first sort by title costs what any other sort costs. A
changed to-do gets a rank between its neighbours' (bisect), so editing while sorted
does not rank the whole column again. Empty cells (no due date, no assistant, no
estimate) come last whichever way the column is sorted; equal values keep the manual
order (the sort is stable).
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import islice, repeat
from operator import attrgetter
from typing import Any

from delegator.domain.hours import hours_per_week
from delegator.domain.model import Decision, Status, TaskSummary
from delegator.gui.status_style import shows_status
from delegator.gui.task_columns import Column

# Accented letters sort with their base letter (German DIN 5007: "Ärger" beside
# "Arbeit", not after "Zoll"): decomposed (NFD) without their marks, which a regular
# expression removes at C speed; ``casefold`` has made "ß" "ss" already. Letters that
# do not decompose are mapped by hand.
_MARKS = re.compile("[\u0300-\u036f]+")
_BASE_LETTERS = str.maketrans({"ø": "o", "ı": "i", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe"})
_DECISION_ORDER = {Decision.UNDECIDED: 0, Decision.KEEP: 1, Decision.DELEGATE: 2}
_STATUS_ORDER = {
    status: rank
    for rank, status in enumerate(
        (Status.OPEN, Status.HANDED_OVER, Status.IN_PROGRESS, Status.REWORK, Status.DONE)
    )
}


def folded(text: str) -> str:
    """*text* as it sorts: without case and accents."""
    low = text.casefold()
    if low.isascii():
        return low
    low = _MARKS.sub("", unicodedata.normalize("NFD", low))
    return low if low.isascii() else low.translate(_BASE_LETTERS)


# Ranks stay below 2**30, which Python compares fastest (one "digit"), and are spaced
# so that a changed value fits between its neighbours; an empty cell ranks above every
# value, so it comes last in ascending order as it is.
_EMPTY = (1 << 30) - 1
_UNRANKED = -1
# Values ranked a slice at a time in idle time: a slice costs a few milliseconds.
_SLICE = 2_000
# More new values than this are merged in at once rather than inserted one by one.
_FEW = 64
_task_id = attrgetter("id")


class _Ranks:
    """Each to-do's rank in one ``array('i')`` indexed by task id (ids count the to-dos
    ever made): 4 bytes a to-do, where a dict took ~50 (eight columns of 100,000 to-dos
    cost ~80 MiB); and the orders sorted by them so far."""

    def __init__(self) -> None:
        # by task id: its rank (_EMPTY: empty cell, _UNRANKED: not ranked yet)
        self.task_rank = array("i")
        # descending → (to-dos in manual order, their indexes in the column's order)
        self.orders: dict[bool, tuple[Sequence[TaskSummary], list[int]]] = {}

    def ranks(self, task_ids: Sequence[int]) -> list[int]:
        """The rank of each of *task_ids* (_UNRANKED for those not ranked yet)."""
        self._cover(max(task_ids, default=-1))
        return list(map(self.task_rank.__getitem__, task_ids))

    def _cover(self, task_id: int) -> None:
        missing = task_id + 1 - len(self.task_rank)
        if missing > 0:
            self.task_rank.extend(repeat(_UNRANKED, missing))


class _Ranking(_Ranks):
    """A column with few distinct values (dates, names, …): those values in order, their
    ranks, and each to-do's rank. A to-do's value is its rank's value, so it needs no
    copy."""

    def __init__(self, values: Iterable[Any]) -> None:
        super().__init__()
        self.values = list(values)  # distinct, ascending
        self.rank_of = _spaced(self.values)

    def add(self, value_of: Mapping[int, Any]) -> None:
        """Rank the values of these to-dos (task id → value)."""
        new = {value for value in value_of.values() if value is not None} - self.rank_of.keys()
        if len(new) > _FEW:
            self._rank_afresh(sorted([*self.values, *new]))  # merges the ranked run
        else:
            for value in sorted(new):
                self._insert(value)
        self._rank_tasks(value_of)
        self.orders.clear()

    def forget(self, task_ids: Iterable[int]) -> None:
        self.orders.clear()
        ranks = self.task_rank
        for task_id in task_ids:
            if task_id < len(ranks):
                ranks[task_id] = _UNRANKED

    def _insert(self, value: Any) -> None:
        at = bisect_left(self.values, value)
        low = self.rank_of[self.values[at - 1]] if at else 0
        high = self.rank_of[self.values[at]] if at < len(self.values) else _EMPTY
        if high - low < 2:  # no room left between the neighbours
            self._rank_afresh([*self.values[:at], value, *self.values[at:]])
        else:
            self.values.insert(at, value)
            self.rank_of[value] = (low + high) // 2

    def _rank_afresh(self, values: list[Any]) -> None:
        """Rank *values* (the ranked ones among them) evenly spaced again, and the
        to-dos with them."""
        fresh = _spaced(values)
        new_rank = {rank: fresh[value] for value, rank in self.rank_of.items()}
        new_rank[_EMPTY], new_rank[_UNRANKED] = _EMPTY, _UNRANKED
        self.values, self.rank_of = values, fresh
        self.task_rank = array("i", map(new_rank.__getitem__, self.task_rank))

    def _rank_tasks(self, value_of: Mapping[int, Any]) -> None:
        self._cover(max(value_of, default=-1))
        ranks, rank_of = self.task_rank, self.rank_of
        for task_id, value in value_of.items():
            ranks[task_id] = _EMPTY if value is None else rank_of[value]


class _TitleRanking(_Ranks):
    """The titles, nearly all distinct: the ranked to-dos themselves in order (references
    to the list's objects), no copy of their folded titles. Folded titles and a dict of
    their ranks cost ~20 MiB at 100,000 to-dos; a to-do placed among the ranked ones has
    only its neighbours' titles folded again (a bisection: ~17 of them). A ranked to-do
    object never changes (a change makes a new one and ``forget`` drops the old), so
    its folded title stays what it was ranked by."""

    def __init__(self) -> None:
        super().__init__()
        self.ranked: list[TaskSummary] = []  # ascending by rank; equal titles, equal ranks

    def add(self, tasks: Sequence[TaskSummary]) -> None:
        """Rank these to-dos, not ranked yet."""
        self.orders.clear()
        if len(tasks) > _FEW:
            *_, fresh = _titles_ranked_in_slices(tasks, self.ranked)
            if fresh is not None:
                self.ranked, self.task_rank = fresh.ranked, fresh.task_rank
            return
        for task in tasks:
            self._insert(task)

    def forget(self, task_ids: Iterable[int]) -> None:
        self.orders.clear()
        ranks, ranked = self.task_rank, self.ranked
        gone = [
            task_id
            for task_id in dict.fromkeys(task_ids)
            if task_id < len(ranks) and ranks[task_id] != _UNRANKED
        ]
        if len(gone) > _FEW:
            dropped = set(gone)
            self.ranked = [task for task in ranked if task.id not in dropped]
        else:
            for task_id in gone:
                at = bisect_left(ranked, ranks[task_id], key=lambda task: ranks[task.id])
                while ranked[at].id != task_id:  # past those with an equal title
                    at += 1
                del ranked[at]
        for task_id in gone:
            ranks[task_id] = _UNRANKED

    def _insert(self, task: TaskSummary) -> None:
        ranked, ranks = self.ranked, self.task_rank
        key = _title_key(task)
        at = bisect_left(ranked, key, key=_title_key)
        if at < len(ranked) and _title_key(ranked[at]) == key:
            rank = ranks[ranked[at].id]
        else:
            low = ranks[ranked[at - 1].id] if at else 0
            high = ranks[ranked[at].id] if at < len(ranked) else _EMPTY
            if high - low < 2:  # no room left between the neighbours
                self._respace()
                self._insert(task)
                return
            rank = (low + high) // 2
        ranked.insert(at, task)
        self._cover(task.id)
        ranks[task.id] = rank

    def _respace(self) -> None:
        """The ranked to-dos evenly spaced again (equal ranks stay equal)."""
        ranks = self.task_rank
        spacing = (_EMPTY - 1) // (len(self.ranked) + 1)
        previous, rank = _UNRANKED, 0
        for number, task in enumerate(self.ranked, 1):
            old = ranks[task.id]
            if old != previous:
                previous, rank = old, number * spacing
            ranks[task.id] = rank


def _title_key(task: TaskSummary) -> str:
    return folded(task.title)


def _titles_ranked_in_slices(
    tasks: Sequence[TaskSummary], ranked: Sequence[TaskSummary] = ()
) -> Iterator[_TitleRanking | None]:
    """*tasks* (with the *ranked* ones, in order already) ranked by title: None after
    each slice of work (a few milliseconds), the ranking at the end. Runs of a slice are
    sorted, then merged; only a run's folded titles are held at a time."""
    runs: list[Iterator[tuple[str, int, TaskSummary]]] = [
        ((_title_key(task), number, task) for number, task in enumerate(ranked))
    ]
    for start in range(0, len(tasks), _SLICE):
        run = sorted(tasks[start : start + _SLICE], key=_title_key)
        # Numbers unique across the runs keep the tuples from comparing to-dos (equal
        # titles); enumerate takes its start now, not when the merge reads the run.
        numbered = enumerate(run, len(ranked) + start)
        runs.append((_title_key(task), n, task) for n, task in numbered)
        yield None
    ranking = _TitleRanking()
    ranking._cover(max(map(_task_id, (*ranked, *tasks)), default=-1))
    ordered, ranks = ranking.ranked, ranking.task_rank
    spacing = (_EMPTY - 1) // (len(ranked) + len(tasks) + 1)
    merged = heapq.merge(*runs)
    previous, rank = None, 0
    while part := list(islice(merged, _SLICE)):
        for key, _number, task in part:
            if key != previous:
                previous, rank = key, (len(ordered) + 1) * spacing
            ordered.append(task)
            ranks[task.id] = rank
        yield None
    yield ranking


def _spaced(values: Sequence[Any]) -> dict[Any, int]:
    spacing = (_EMPTY - 1) // (len(values) + 1)
    return {value: (number + 1) * spacing for number, value in enumerate(values)}


@lru_cache(maxsize=1024)
def _area_key(area: str) -> str | None:
    # A plan has a few areas shared by thousands of to-dos: each is folded once.
    return folded(area) or None


class SortKeys:
    """Each to-do's rank per column, cached."""

    def __init__(self) -> None:
        self._rankings: dict[Column, _Ranking | _TitleRanking] = {}
        self._assistant_rank: dict[int, int] = {}
        self._generation = 0  # changes whenever ranks prepared in idle time would be stale

    def set_assistant_names(self, names: Mapping[int, str]) -> None:
        """Assistants sort by name without case and accents ("ben" before "Ölaf"
        before "Zeno"), the same on every machine."""
        ordered = sorted(
            names, key=lambda assistant_id: (folded(names[assistant_id]), assistant_id)
        )
        self._assistant_rank = {assistant_id: rank for rank, assistant_id in enumerate(ordered)}
        self._rankings.pop(Column.ASSISTANT, None)

    def clear(self) -> None:
        self._rankings.clear()
        self._generation += 1

    def forget(self, task_ids: Iterable[int]) -> None:
        """The ranks of changed to-dos are computed afresh when next needed."""
        ids = list(task_ids)
        for ranking in self._rankings.values():
            ranking.forget(ids)
        self._generation += 1

    def order(self, tasks: Sequence[TaskSummary], column: Column, descending: bool) -> list[int]:
        """The indexes of *tasks* (in manual order) sorted by *column*: empty cells
        last, ties in manual order. Asked again for the same list (the same object)
        while its ranks are unchanged, it answers the same order without sorting."""
        ranking = self._rankings.get(column)
        known = ranking.orders.get(descending) if ranking is not None else None
        if known is not None and known[0] is tasks:
            return known[1]
        ranking, ranks = self._ranks(column, tasks)
        # Sorted the other way already, that order is nearly sorted this way too (its
        # runs are merely reversed): Python's sort then costs one pass, not n log n.
        other = ranking.orders.get(not descending)
        start = other[1] if other is not None and other[0] is tasks else range(len(ranks))
        order = sorted(start, key=ranks.__getitem__, reverse=descending)
        empty = ranks.count(_EMPTY) if descending else 0
        # Descending puts the empty cells first (in manual order): move them last.
        order = order[empty:] + order[:empty] if empty else order
        ranking.orders[descending] = (tasks, order)
        return order

    def preparing(self, tasks: Sequence[TaskSummary], columns: Iterable[Column]) -> Iterator[None]:
        """Rank *columns* for *tasks* a slice at a time, pausing (yielding) after each;
        a column is given up when the to-dos (or the assistants' names) change or it
        gets ranked meanwhile."""
        generation = self._generation
        for column in columns:
            assistants = self._assistant_rank
            in_slices = (
                _titles_ranked_in_slices(tasks)
                if column == Column.TITLE
                else self._ranking_in_slices(tasks, column)
            )
            for ranking in in_slices:
                if generation != self._generation:
                    return
                if column in self._rankings or assistants is not self._assistant_rank:
                    break
                if ranking is not None:
                    self._rankings[column] = ranking
                    break
                yield

    def _ranking_in_slices(
        self, tasks: Sequence[TaskSummary], column: Column
    ) -> Iterator[_Ranking | None]:
        """None after each slice of work (a few milliseconds), the ranking at the end."""
        key = self._key_function(column)
        values: list[Any] = []  # of each to-do, in the order of *tasks*
        distinct: set[Any] = set()
        for start in range(0, len(tasks), _SLICE):
            part = list(map(key, tasks[start : start + _SLICE]))
            values.extend(part)
            distinct.update(part)
            yield None
        distinct.discard(None)
        unsorted = list(distinct)
        yield None
        runs = []
        for start in range(0, len(unsorted), _SLICE):
            runs.append(sorted(unsorted[start : start + _SLICE]))
            yield None
        merged = heapq.merge(*runs)
        ordered: list[Any] = []
        while part := list(islice(merged, _SLICE)):
            ordered.extend(part)
            yield None
        ranking = _Ranking(())
        ranking.values = ordered
        spacing = (_EMPTY - 1) // (len(ordered) + 1)
        for start in range(0, len(ordered), _SLICE):
            first = (start + 1) * spacing
            part = ordered[start : start + _SLICE]
            ranks = range(first, first + len(part) * spacing, spacing)
            ranking.rank_of.update(zip(part, ranks, strict=True))
            yield None
        for start in range(0, len(tasks), _SLICE):
            ids = map(_task_id, tasks[start : start + _SLICE])
            part_of = zip(ids, values[start : start + _SLICE], strict=True)
            ranking.add(dict(part_of))
            yield None
        yield ranking

    def _ranks(
        self, column: Column, tasks: Sequence[TaskSummary]
    ) -> tuple[_Ranking | _TitleRanking, list[int]]:
        """The column's ranking and the rank of each of *tasks*, ranking those not
        ranked yet."""
        ranking = self._rankings.get(column)
        if ranking is None:
            ranking = _TitleRanking() if column == Column.TITLE else _Ranking(())
            self._rankings[column] = ranking
        ids = list(map(_task_id, tasks))
        ranks = ranking.ranks(ids)
        if _UNRANKED in ranks:
            missing = [task for task, rank in zip(tasks, ranks, strict=True) if rank == _UNRANKED]
            if isinstance(ranking, _TitleRanking):
                ranking.add(missing)
            else:
                key = self._key_function(column)
                ranking.add(dict(zip(map(_task_id, missing), map(key, missing), strict=True)))
            ranks = ranking.ranks(ids)
        return ranking, ranks

    def _key_function(self, column: Column) -> Callable[[TaskSummary], Any]:
        if column == Column.DECISION:
            return lambda task: _DECISION_ORDER[task.decision]
        if column == Column.DUE:
            return lambda task: task.due
        if column == Column.ASSISTANT:
            rank, unknown = self._assistant_rank, len(self._assistant_rank)
            return lambda task: (
                None if task.assistant_id is None else rank.get(task.assistant_id, unknown)
            )
        if column == Column.STATUS:
            return lambda task: _STATUS_ORDER[task.status] if shows_status(task) else None
        if column == Column.PRIORITY:
            return lambda task: task.priority
        if column == Column.HOURS:
            return lambda task: hours_per_week(task.frequency, task.minutes_per_occurrence)
        return lambda task: _area_key(task.area)

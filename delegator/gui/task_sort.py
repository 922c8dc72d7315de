"""The list's order when sorted by a column: per column, each to-do's sort key.

Keys are computed once per to-do and column, the first time the list is sorted by that
column, and dropped when the to-do changes; a sort is then one ``sorted`` over a list
of keys (C speed, no Python call per comparison). Empty cells (no due date, no
assistant, no estimate) come last whichever way the column is sorted; equal keys keep
the manual order (the sort is stable).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from delegator.domain.hours import hours_per_week
from delegator.domain.model import Decision, Status, TaskSummary
from delegator.gui.status_style import shows_status
from delegator.gui.task_columns import Column

# Accented letters sort with their base letter (German DIN 5007: "Ärger" beside
# "Arbeit", not after "Zoll"); ``casefold`` has made "ß" "ss" already.
_BASE_LETTERS = str.maketrans(
    {
        "ä": "a",
        "á": "a",
        "à": "a",
        "â": "a",
        "å": "a",
        "ç": "c",
        "é": "e",
        "è": "e",
        "ê": "e",
        "ë": "e",
        "í": "i",
        "ì": "i",
        "î": "i",
        "ï": "i",
        "ı": "i",
        "ñ": "n",
        "ö": "o",
        "ó": "o",
        "ò": "o",
        "ô": "o",
        "ø": "o",
        "ü": "u",
        "ú": "u",
        "ù": "u",
        "û": "u",
    }
)
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
    return low if low.isascii() else low.translate(_BASE_LETTERS)


class SortKeys:
    """Each to-do's sort key per column (None for an empty cell), cached."""

    def __init__(self) -> None:
        self._keys: dict[Column, dict[int, Any]] = {}
        self._assistant_rank: dict[int, int] = {}

    def set_assistant_names(self, names: Mapping[int, str]) -> None:
        """Assistants sort by name without case and accents ("ben" before "Ölaf"
        before "Zeno"), the same on every machine."""
        ordered = sorted(
            names, key=lambda assistant_id: (folded(names[assistant_id]), assistant_id)
        )
        self._assistant_rank = {assistant_id: rank for rank, assistant_id in enumerate(ordered)}
        self._keys.pop(Column.ASSISTANT, None)

    def clear(self) -> None:
        self._keys.clear()

    def forget(self, task_ids: Iterable[int]) -> None:
        """The keys of changed to-dos are computed afresh when next needed."""
        ids = list(task_ids)
        for keys in self._keys.values():
            for task_id in ids:
                keys.pop(task_id, None)

    def order(self, tasks: Sequence[TaskSummary], column: Column, descending: bool) -> list[int]:
        """The indexes of *tasks* (in manual order) sorted by *column*: empty cells
        last, ties in manual order."""
        keys = self._keys_of(column, tasks)
        task_keys = [keys[task.id] for task in tasks]
        filled = [index for index, key in enumerate(task_keys) if key is not None]
        filled.sort(key=task_keys.__getitem__, reverse=descending)
        if len(filled) == len(task_keys):
            return filled
        return filled + [index for index, key in enumerate(task_keys) if key is None]

    def _keys_of(self, column: Column, tasks: Sequence[TaskSummary]) -> dict[int, Any]:
        keys = self._keys.setdefault(column, {})
        missing = [task for task in tasks if task.id not in keys]
        if missing:
            key = self._key_function(column)
            keys.update(zip([task.id for task in missing], map(key, missing), strict=True))
        return keys

    def _key_function(self, column: Column) -> Callable[[TaskSummary], Any]:
        if column == Column.TITLE:
            return lambda task: folded(task.title)
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
        return lambda task: folded(task.area) or None

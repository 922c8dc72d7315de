"""What-if patches: the suspected fixes, applied by monkeypatching inside a benchmark run.

They let a benchmark show what a change in the package would save without editing the
package. Each patch produces the same visible result as the code it replaces
(search.py --what-if checks the visible rows against an unpatched model).

* ``cached_counts``   TaskTableModel.counts() is computed once per list change
                      (``_ordered`` replaced), not on every model reset: a search does
                      not change the view counts.
* ``fast_filter``     TaskTableModel._refilter_search uses ``term in folded`` directly
                      for a one-word search (no generator + all() per row) and narrows
                      from the rows still visible instead of every row of the view.
* ``fast_summaries``  task_list_query.all_summaries builds each TaskSummary positionally,
                      looking the Decision up in a dict instead of ``Decision(value)``.
* ``same_view_noop``  TaskTableModel.set_view() returns at once when the view does not
                      change (at start the window selects the Inbox the model already
                      shows, which filters and resets the whole list a second time).
"""

from __future__ import annotations

from typing import Any

KNOWN = ("cached_counts", "fast_filter", "fast_summaries", "same_view_noop")


def check(names: set[str]) -> None:
    unknown = names - set(KNOWN)
    if unknown:
        raise SystemExit(f"unknown what-if {sorted(unknown)}; known: {', '.join(KNOWN)}")


def patch_task_table(model: Any, names: set[str]) -> None:
    """Patch the TaskTableModel class *model*."""
    if "cached_counts" in names:
        original_counts = model.counts

        def counts(self: Any) -> Any:
            key = id(self._ordered)
            cached = getattr(self, "_what_if_counts", None)
            if cached is None or cached[0] != key:
                cached = (key, original_counts(self))
                self._what_if_counts = cached
            return dict(cached[1])

        model.counts = counts

    if "fast_filter" in names:

        def _refilter_search(self: Any, narrowing: bool) -> None:
            terms = self._terms
            if not terms:
                pairs = self._in_view
            else:
                source = self._what_if_pairs if narrowing else self._in_view
                if len(terms) == 1:
                    term = terms[0]
                    pairs = [pair for pair in source if term in pair[1]]
                else:
                    pairs = [pair for pair in source if all(t in pair[1] for t in terms)]
            self.beginResetModel()
            self._what_if_pairs = pairs
            self._visible = [task for task, _ in pairs]
            self.endResetModel()

        model._refilter_search = _refilter_search

    if "same_view_noop" in names:
        original_set_view = model.set_view
        original_set_tasks = model.set_tasks

        def set_view(self: Any, view: Any) -> None:
            if view is self._view and getattr(self, "_what_if_filtered", False):
                return
            self._what_if_filtered = True
            original_set_view(self, view)

        def set_tasks(self: Any, tasks: Any) -> None:
            self._what_if_filtered = True
            original_set_tasks(self, tasks)

        model.set_view = set_view
        model.set_tasks = set_tasks


def patch_task_list_query(module: Any, names: set[str]) -> None:
    """Patch the delegator.storage.task_list_query module."""
    if "fast_summaries" not in names:
        return
    from delegator.domain.model import Decision, TaskSummary

    by_value = {decision.value: decision for decision in Decision}

    def all_summaries(connection: Any) -> list[Any]:
        rows = connection.execute(f"SELECT {module._COLUMNS} FROM tasks ORDER BY position, id")
        return [TaskSummary(r[0], r[1], by_value[r[2]], r[3], r[4], r[5], bool(r[6])) for r in rows]

    module.all_summaries = all_summaries

"""The to-do list model: all summaries in memory, filtered and ordered in Python.

A QSortFilterProxyModel over a Python model calls ``data()`` once per row on every
keystroke; filtering this plain list and resetting the model is ~10× faster
(docs/architecture.md, Conventions). Sorting by a column works the same way: the view's
to-dos are sorted by ranks cached per column (gui/task_sort.py), and the search then
filters the sorted list, so it keeps the order. The columns are ranked a slice at a
time once the whole list is loaded and the window is idle (the titles first: folding
100,000 titles and sorting them takes a second), so that the first sort by a column
costs no more than sorting integers.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import compress
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon, QPalette

from delegator.domain.hours import hours_per_week
from delegator.domain.model import Decision, Status, TaskSummary
from delegator.domain.status import check_in_overdue, is_followed_up
from delegator.domain.views import View, counts, search_terms, shown_in
from delegator.gui import theme
from delegator.gui.decision_style import decision_icon, decision_label
from delegator.gui.status_style import (
    CHANGED_MARK,
    changed_text,
    check_in_text,
    shows_status,
    status_icons,
    status_label,
)
from delegator.gui.task_columns import Column, header_text, priority_label
from delegator.gui.task_drag import TASK_IDS_MIME, dragged_rows, task_ids_from, task_ids_mime
from delegator.gui.task_sort import SortKeys
from delegator.text.formatting import hours, short_date

TaskIdRole = Qt.ItemDataRole.UserRole + 1
DecisionRole = Qt.ItemDataRole.UserRole + 2
# The columns are ranked in idle time (the titles first: the costliest to rank on the
# click), starting this long after the whole list has loaded (not to compete with the
# start), a slice every few milliseconds (not to slow typing).
_PREPARED = (
    Column.TITLE,
    Column.DUE,
    Column.ASSISTANT,
    Column.STATUS,
    Column.DECISION,
    Column.PRIORITY,
    Column.HOURS,
    Column.AREA,
)
_PREPARE_AFTER_MS = 1500
_PREPARE_EVERY_MS = 15
_DONE = object()
# The roles the list answers; the view asks for a dozen per cell on every paint.
_ANSWERED = frozenset(
    {
        int(Qt.ItemDataRole.DisplayRole),
        int(Qt.ItemDataRole.EditRole),
        int(Qt.ItemDataRole.DecorationRole),
        int(Qt.ItemDataRole.ToolTipRole),
        int(Qt.ItemDataRole.ForegroundRole),
        int(Qt.ItemDataRole.TextAlignmentRole),
        int(Qt.ItemDataRole.AccessibleTextRole),
        int(TaskIdRole),
        int(DecisionRole),
    }
)

AnyIndex = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

__all__ = ["Column", "DecisionRole", "LoadedList", "TaskIdRole", "TaskTableModel"]


class LoadedList(NamedTuple):
    """Every to-do, read and counted off the window's thread (``TaskTableModel.loader``)."""

    source: Callable[[], Iterable[TaskSummary]]  # the model's load_rest it answers
    ordered: list[TaskSummary]  # in manual order
    by_id: dict[int, TaskSummary]
    counts: dict[View, int]
    in_view: list[TaskSummary]  # the start view's to-dos


class TaskTableModel(QAbstractTableModel):
    """Shows the to-dos of one view, narrowed by a search.

    Sorted by a column (``sort``), it shows the view in that order; ``sort(-1)`` goes
    back to the manual order, the only one in which to-dos can be dropped into place.

    Signals:
        rename_requested(int, str): the user edited a title in place.
        move_requested(list, object): to-do ids were dropped before another id (or None).
        move_refused(str): to-dos were to be moved while the list is sorted; why not.
    """

    rename_requested = Signal(int, str)
    move_requested = Signal(list, object)
    move_refused = Signal(str)

    def __init__(
        self,
        palette: QPalette,
        parent: Any = None,
        *,
        today: Callable[[], dt.date] | None = None,
    ) -> None:
        """*today* (the app's clock) lets the list mark overdue work; without it,
        nothing is marked."""
        super().__init__(parent)
        self._today = today
        self._compact = False
        self._by_id: dict[int, TaskSummary] = {}
        self._ordered: list[TaskSummary] = []
        self._view = View.INBOX
        self._assistant: int | None = None
        self._terms: tuple[str, ...] = ()
        self._view_tasks: list[TaskSummary] = []  # the view in manual order
        # The titles case-folded for the search, made when a search first needs them
        # (at 100,000 to-dos they hold ~10 MiB); None: not needed so far.
        self._view_folded: list[str] | None = None
        self._in_view: list[TaskSummary] = []  # the view in the order shown
        self._in_view_folded: list[str] | None = None
        self._order: list[int] = []  # _in_view as indexes of _view_tasks
        # The view sorted by the current column, each way: (order, to-dos in that order)
        self._sorted_views: dict[tuple[Column, bool], tuple[list[int], list[TaskSummary]]] = {}
        self._visible: list[TaskSummary] = []
        self._visible_folded: list[str] = []
        self._counts: dict[View, int] = counts(())
        self._load_rest: Callable[[], Iterable[TaskSummary]] | None = None
        self._view_head = False  # only the start view's first rows are loaded
        # Changes stored while loader()'s function reads every to-do, to apply again to
        # what it read (it may have read before them); None: no such read under way.
        self._changed_while_loading: list[tuple[set[int], Sequence[TaskSummary]]] | None = None
        self._count_views: Callable[[], dict[View, int]] = self.counts
        self._sort: tuple[Column, bool] | None = None  # (column, descending)
        self._sort_keys = SortKeys()
        self._preparing: Iterator[None] | None = None
        self._prepare_timer = QTimer(self)
        self._prepare_timer.timeout.connect(self._prepare_step)
        self._assistant_names: dict[int, str] = {}
        self._icons: dict[Decision, QIcon] = {}
        self._status_icons: dict[Status, QIcon] = {}
        self.set_palette(palette)

    # Data in -----------------------------------------------------------------

    def set_palette(self, palette: QPalette) -> None:
        self._icons = {decision: decision_icon(decision, palette) for decision in Decision}
        self._status_icons = status_icons(palette)
        self._overdue_colour = theme.colour(theme.ERROR, palette)
        self._all_changed()

    def _all_changed(self, first: Column = Column.TITLE, last: Column | None = None) -> None:
        if self._visible:
            end = last if last is not None else len(Column) - 1
            self.dataChanged.emit(self.index(0, first), self.index(len(self._visible) - 1, end))

    def set_assistant_names(self, names: Mapping[int, str]) -> None:
        """The assistants' names by id, for the Assistant column."""
        if dict(names) == self._assistant_names:
            return
        self._assistant_names = dict(names)
        self._sort_keys.set_assistant_names(names)
        if self._sort is not None and self._sort[0] == Column.ASSISTANT:
            self._refilter_view()
        else:
            self._all_changed(Column.ASSISTANT, Column.ASSISTANT)

    def set_tasks(self, tasks: Iterable[TaskSummary]) -> None:
        self._load_rest = None
        self._changed_while_loading = None
        self._by_id = {task.id: task for task in tasks}
        self._sort_keys.clear()
        self._resort()
        self._preparing = self._sort_keys.preparing(self._ordered, _PREPARED)
        self._prepare_timer.start(_PREPARE_AFTER_MS)

    def _prepare_step(self) -> None:
        """One slice of ranking the columns; stops when done (or given up)."""
        self._prepare_timer.setInterval(_PREPARE_EVERY_MS)
        if self._preparing is None or next(self._preparing, _DONE) is _DONE:
            self._preparing = None
            self._prepare_timer.stop()

    def show_start(
        self,
        view: View,
        tasks: Sequence[TaskSummary],
        view_counts: dict[View, int],
        load_rest: Callable[[], Iterable[TaskSummary]],
        count_views: Callable[[], dict[View, int]],
    ) -> None:
        """Show *view* from just its own to-dos (in order) and the counts, for a fast start.

        *tasks* may be only the view's first rows (fewer than its count): enough to fill
        the screen. ``load_rest`` gives every to-do in manual order; it runs on
        ``complete()`` (or its result comes to ``complete_from``) or, at the latest, before
        anything that needs the whole list or, for a search or a sort, the whole view.
        ``count_views`` counts every view as stored, for changes made before then.
        """
        self._view = view
        self._by_id = {task.id: task for task in tasks}
        self._sort_keys.clear()
        self._ordered = list(tasks)
        self._counts = view_counts
        self._load_rest = load_rest
        self._count_views = count_views
        self._changed_while_loading = None
        self._view_head = len(tasks) < view_counts.get(view, 0)
        self._refilter_view()

    def complete(self) -> None:
        """Load every to-do if only the start view is loaded so far."""
        if self._load_rest is not None:
            self._view_head = False
            self.set_tasks(self._load_rest())

    def loader(self) -> Callable[[], LoadedList] | None:
        """A function that reads every to-do for ``complete_from``, safe to run on another
        thread (it touches nothing of the model); None once every to-do is loaded."""
        load_rest = self._load_rest
        if load_rest is None:
            return None
        start, view, today = dict(self._by_id), self._view, self._today
        self._changed_while_loading = []

        def load() -> LoadedList:
            day = today() if today else None
            # The start view's to-dos stay the objects on screen when unchanged.
            ordered = [
                kept if (kept := start.get(task.id)) == task else task for task in load_rest()
            ]
            in_view = shown_in(view, ordered, day)
            return LoadedList(
                load_rest,
                ordered,
                {task.id: task for task in ordered},
                counts(ordered, day),
                in_view,
            )

        return load

    def complete_from(self, loaded: LoadedList) -> None:
        """Take every to-do from what ``loader()``'s function read, unless the model
        loaded them itself meanwhile (for a change, another view): those are newer."""
        if self._load_rest is None or loaded.source is not self._load_rest:
            return
        self._load_rest = None
        shown, head = loaded.in_view, self._view_tasks
        unchanged = (
            loaded.counts == self._counts
            and len(shown) == (self._counts[self._view] if self._view_head else len(head))
            and all(map(operator.is_, shown, head))  # as far as the head goes
        )
        self._by_id, self._ordered, self._counts = loaded.by_id, loaded.ordered, loaded.counts
        if not unchanged:  # changed by another program since the start view was read
            self._view_head = False
            self._sort_keys.clear()
            self._refilter_view()
        elif self._view_head:
            self._append_rest_of_view(loaded)
        self._preparing = self._sort_keys.preparing(self._ordered, _PREPARED)
        self._prepare_timer.start(_PREPARE_AFTER_MS)
        changed, self._changed_while_loading = self._changed_while_loading or [], None
        for ids, fresh in changed:
            self.update_tasks(ids, fresh)

    def _append_rest_of_view(self, loaded: LoadedList) -> None:
        """The rows below the start view's head, added without a reset (the selection and
        the scroll position stay). No search nor sort is on: they need the whole view."""
        self._view_head = False
        first, last = len(self._view_tasks), len(loaded.in_view) - 1
        self.beginInsertRows(QModelIndex(), first, last)
        self._view_tasks, self._view_folded = loaded.in_view, None
        self._sorted_views = {}
        self._in_view, self._in_view_folded = self._view_tasks, None
        self._visible, self._visible_folded = self._in_view, []
        self.endInsertRows()

    def _whole_view(self) -> None:
        """Load every to-do if only the start view's head is loaded."""
        if self._view_head:
            self.complete()

    def update_tasks(self, task_ids: Iterable[int], fresh: Sequence[TaskSummary]) -> None:
        """Replace the given to-dos by their fresh versions; ids not in *fresh* are gone."""
        ids = set(task_ids)
        if self._load_rest is not None and self._changed_while_loading is not None:
            self._changed_while_loading.append((ids, fresh))
            self._update_head(ids, fresh)
            return
        self.complete()
        fresh_ids = {task.id for task in fresh}
        if fresh_ids == ids and all(self._by_id.get(task.id) == task for task in fresh):
            return  # only fields the list does not show changed (the editor's edits)
        self._sort_keys.forget(ids)
        for gone in ids - fresh_ids:
            self._by_id.pop(gone, None)
        order_changed = bool(ids - fresh_ids)
        for task in fresh:
            old = self._by_id.get(task.id)
            if old is None or (old.position, old.archived) != (task.position, task.archived):
                order_changed = True
            self._by_id[task.id] = task
        if order_changed:
            self._resort()
            return
        self._ordered = [self._by_id[task.id] for task in self._ordered]
        self._counts = counts(self._ordered, self._today() if self._today else None)
        self._refilter_view()

    def _update_head(self, ids: set[int], fresh: Sequence[TaskSummary]) -> None:
        """``update_tasks`` while every to-do is being read on another thread (reading
        them here as well would hold the whole list twice): the to-dos loaded so far
        change, new ones join them, the counts are read as stored (a changed to-do need
        not be among those loaded). ``complete_from`` applies the change again to the
        whole list."""
        for task_id in ids:
            self._by_id.pop(task_id, None)
        self._counts = self._count_views()
        self._by_id.update((task.id, task) for task in fresh)
        self._sort_keys.forget(ids)
        self._ordered = sorted(self._by_id.values(), key=_manual_order)
        self._refilter_view()

    def set_view(self, view: View, assistant_id: int | None = None) -> None:
        """Show a view; with *assistant_id*, only that assistant's delegated to-dos."""
        if assistant_id is not None:
            view = View.DELEGATE
        if (view, assistant_id) == (self._view, self._assistant):
            return
        self.complete()
        self._view = view
        self._assistant = assistant_id
        self._refilter_view()

    def set_search(self, query: str) -> None:
        terms = search_terms(query)
        if terms == self._terms:
            return
        narrowing = bool(self._terms) and all(
            any(old in new for new in terms) for old in self._terms
        )
        self._whole_view()
        self._terms = terms
        self._refilter_search(narrowing)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Show the view sorted by *column*; -1 (or any other number): in manual order."""
        chosen = None
        if 0 <= column < len(Column):
            chosen = (Column(column), order == Qt.SortOrder.DescendingOrder)
        if chosen == self._sort:
            return
        self._whole_view()
        self._sort = chosen
        self._apply_sort()

    def refuses_moves(self) -> bool:
        """Whether to-dos cannot be moved up or down now: while sorted by a column
        their manual order is not what the list shows (``move_refused`` says so)."""
        if self._sort is None:
            return False
        # Short enough for the status bar of an 800 px window, in German too.
        self.move_refused.emit(
            QCoreApplication.translate(
                "TaskTableModel",
                "Sorted list: to-dos move only in the manual order. Click the header "
                "until its arrow disappears.",
            )
        )
        return True

    @property
    def preparing_ranks(self) -> bool:
        """Whether the columns are still being ranked in idle time."""
        return self._preparing is not None

    @property
    def sorted_by(self) -> tuple[Column, bool] | None:
        """(column, descending) the list is sorted by; None in manual order."""
        return self._sort

    def _resort(self) -> None:
        self._ordered = sorted(self._by_id.values(), key=_manual_order)
        self._counts = counts(self._ordered, self._today() if self._today else None)
        self._refilter_view()

    def _refilter_view(self) -> None:
        assistant = self._assistant
        shown = shown_in(self._view, self._ordered, self._today() if self._today else None)
        if assistant is not None:
            shown = [task for task in shown if task.assistant_id == assistant]
        self._view_tasks = shown
        self._view_folded = None
        self._sorted_views = {}
        self._apply_sort()

    def _apply_sort(self) -> None:
        """The view's to-dos (and their folded titles) in the order of the sort."""
        if self._sort is None:
            self._in_view, self._in_view_folded = self._view_tasks, self._view_folded
        else:
            order = self._sort_keys.order(self._view_tasks, *self._sort)
            known = self._sorted_views.get(self._sort)
            if known is None or known[0] is not order:
                # Picking 100,000 to-dos in a new order costs as much as sorting them:
                # the other direction is kept for the next click on the same header.
                column = self._sort[0]
                self._sorted_views = {
                    key: value for key, value in self._sorted_views.items() if key[0] == column
                }
                known = self._sorted_views[self._sort] = (
                    order,
                    list(map(self._view_tasks.__getitem__, order)),
                )
            self._order, self._in_view = known
            self._in_view_folded = None  # picked in order when a search needs them
        self._refilter_search(False)

    def _refilter_search(self, narrowing: bool) -> None:
        """Show the to-dos of the view that hold every search word.

        When the search only got longer, the rows shown already are the candidates.
        Parallel lists and a mask of shared booleans keep this free of per-row
        allocations, which at 100,000 rows would wake the garbage collector.
        """
        terms = self._terms
        tasks, folded = (
            (self._visible, self._visible_folded)
            if narrowing
            else (self._in_view, self._folded_in_view() if terms else [])
        )
        if terms:
            if len(terms) == 1:
                (term,) = terms
                mask = [term in text for text in folded]
            else:
                mask = [all(term in text for term in terms) for text in folded]
            tasks = list(compress(tasks, mask))
            folded = list(compress(folded, mask))
        self.beginResetModel()
        self._visible = tasks
        self._visible_folded = folded
        self.endResetModel()

    def _folded_in_view(self) -> list[str]:
        folded = self._view_folded
        if folded is None:
            folded = self._view_folded = [task.title.casefold() for task in self._view_tasks]
        if self._in_view_folded is None:
            self._in_view_folded = (
                folded if self._sort is None else list(map(folded.__getitem__, self._order))
            )
        return self._in_view_folded

    # Data out ----------------------------------------------------------------

    @property
    def view(self) -> View:
        return self._view

    @property
    def assistant(self) -> int | None:
        return self._assistant

    def all_tasks(self) -> list[TaskSummary]:
        """Every to-do in list order (loading the rest first if needed)."""
        self.complete()
        return list(self._ordered)

    def counts(self) -> dict[View, int]:
        """To-dos per view, kept up to date when the data changes (not per keystroke)."""
        return self._counts

    def task_at(self, row: int) -> TaskSummary:
        return self._visible[row]

    def row_of(self, task_id: int) -> int | None:
        for row, task in enumerate(self._visible):
            if task.id == task_id:
                return row
        return None

    def rows_of(self, task_ids: Iterable[int]) -> list[int]:
        """The rows of those of *task_ids* that are shown, in list order (one pass over
        the list, however many ids: redoing an import selects 50,000 of them)."""
        wanted = set(task_ids)
        return [row for row, task in enumerate(self._visible) if task.id in wanted]

    def visible_ids(self) -> list[int]:
        return [task.id for task in self._visible]

    # Qt model interface ------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def set_compact(self, compact: bool) -> None:
        """The status as an icon only (its words in the tooltip), for a list too narrow
        to show it beside a readable title. The decision is always its coloured dot."""
        if compact == self._compact:
            return
        self._compact = compact
        self._all_changed(Column.STATUS, Column.STATUS)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, Column.STATUS, Column.STATUS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        iconic = section == Column.DECISION or (self._compact and section == Column.STATUS)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if iconic else header_text(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            hint = QCoreApplication.translate(
                "TaskTableModel", "Click to sort; right-click to choose the columns."
            )
            return f"{header_text(section)}\n{hint}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return header_text(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section == Column.HOURS:
            return _RIGHT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid() or index.row() >= len(self._visible):
            return None
        task = self._visible[index.row()]
        column = index.column()
        if role == TaskIdRole:
            return task.id
        if role == DecisionRole:
            return task.decision.value
        if column == Column.TITLE:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return task.title
            if role == Qt.ItemDataRole.ToolTipRole:
                if self._is_overdue(task) and task.due is not None:
                    overdue = QCoreApplication.translate("TaskTableModel", "Overdue since {date}")
                    return f"{task.title}\n{overdue.format(date=short_date(task.due))}"
                return task.title
            if role == Qt.ItemDataRole.ForegroundRole and self._is_overdue(task):
                return self._overdue_colour
        elif column == Column.DECISION:
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return decision_label(task.decision)
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icons[task.decision]
        elif column == Column.STATUS:
            return self._status_data(task, role) if shows_status(task) else None
        elif column == Column.DUE:
            return self._due_data(task, role) if task.due is not None else None
        elif role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(task, column) or None
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == Column.HOURS:
            return _RIGHT
        return None

    def _text(self, task: TaskSummary, column: int) -> str:
        """The words of the Assistant, Priority, Hours and Area cells."""
        if column == Column.ASSISTANT:
            if task.assistant_id is None:
                return ""
            return self._assistant_names.get(task.assistant_id, "")
        if column == Column.PRIORITY:
            return priority_label(task.priority) if task.priority is not None else ""
        if column == Column.HOURS:
            weekly = hours_per_week(task.frequency, task.minutes_per_occurrence)
            return hours(weekly) if weekly is not None else ""
        return task.area

    def _due_data(self, task: TaskSummary, role: int) -> Any:
        assert task.due is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return short_date(task.due)
        overdue = self._is_overdue(task)
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return self._overdue_colour
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            text = QCoreApplication.translate("TaskTableModel", "Overdue since {date}")
            return text.format(date=short_date(task.due))
        return None

    def _status_data(self, task: TaskSummary, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            text = "" if self._compact else f"{status_label(task.status)} "
            return f"{text}{CHANGED_MARK}" if task.changed_since_handover else text.strip()
        if role == Qt.ItemDataRole.DecorationRole:
            return self._status_icons[task.status]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._status_tip(task)
        if role == Qt.ItemDataRole.ForegroundRole and self._check_in_late(task):
            return self._overdue_colour
        return None

    def _status_tip(self, task: TaskSummary) -> str:
        lines = [status_label(task.status)]
        if is_followed_up(task.status, task.archived):
            check_in = check_in_text(task.next_check_in, self._today() if self._today else None)
            if check_in:
                lines.append(check_in)
        if task.changed_since_handover:
            lines.append(f"{CHANGED_MARK} {changed_text()}")
        return "\n".join(lines)

    def _check_in_late(self, task: TaskSummary) -> bool:
        return (
            task.next_check_in is not None
            and self._today is not None
            and check_in_overdue(task.status, task.archived, task.next_check_in, self._today())
        )

    def _is_overdue(self, task: TaskSummary) -> bool:
        # Most to-dos have no due date: ask the clock only for those that have one.
        return task.due is not None and self._today is not None and task.overdue_on(self._today())

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != Column.TITLE:
            return False
        title = " ".join(str(value).split())
        task = self._visible[index.row()]
        if not title or title == task.title:
            return False
        self.rename_requested.emit(task.id, title)
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled if self._view is not View.ARCHIVE else base
        flags = base | Qt.ItemFlag.ItemIsDragEnabled
        if self._view is not View.ARCHIVE:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        if index.column() == Column.TITLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [TASK_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = [self._visible[row].id for row in dragged_rows(indexes)]
        return task_ids_mime(ids)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """To-dos drop into place in the manual order only (not in the Archive)."""
        return (
            data.hasFormat(TASK_IDS_MIME) and self._view is not View.ARCHIVE and self._sort is None
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = task_ids_from(data)
        if not ids:
            return False
        target = parent.row() if parent.isValid() else row
        before = self._visible[target].id if 0 <= target < len(self._visible) else None
        self.move_requested.emit(ids, before)
        # The window stores the move and refreshes; Qt must not remove the dragged rows.
        return False


def _manual_order(task: TaskSummary) -> tuple[int, int]:
    return task.position, task.id

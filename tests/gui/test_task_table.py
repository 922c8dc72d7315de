"""The to-do list model on its own: fast start, complete load, search, sort, Qt's contract."""

from __future__ import annotations

import datetime as dt
import random
import threading
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from delegator.domain.model import Decision, Frequency, Priority, Status, TaskSummary
from delegator.domain.views import View, counts
from delegator.gui.task_table import Column, LoadedList, TaskTableModel

TASKS = [
    TaskSummary(1, "Rechnungen schreiben", Decision.UNDECIDED, "", None, 0, False),
    TaskSummary(2, "Belege hochladen", Decision.DELEGATE, "", None, 1, False),
    TaskSummary(3, "Rechnung prüfen", Decision.UNDECIDED, "", None, 2, False),
    TaskSummary(4, "Alt", Decision.KEEP, "", None, 3, True),
]


def titles(model: TaskTableModel) -> list[str]:
    return [model.task_at(row).title for row in range(model.rowCount())]


def test_the_start_view_shows_first_and_the_rest_loads_when_needed(qtbot: QtBot) -> None:
    model = TaskTableModel(QPalette())
    loads: list[int] = []

    def load_rest() -> list[TaskSummary]:
        loads.append(1)
        return TASKS

    inbox = [t for t in TASKS if t.decision is Decision.UNDECIDED and not t.archived]
    model.show_start(View.INBOX, inbox, counts(TASKS), load_rest, lambda: counts(TASKS))
    assert titles(model) == ["Rechnungen schreiben", "Rechnung prüfen"]
    assert model.counts()[View.ALL] == 3
    assert model.counts()[View.ARCHIVE] == 1
    model.set_search("rechnung p")
    assert titles(model) == ["Rechnung prüfen"]
    assert loads == []
    model.set_search("")
    model.set_view(View.DELEGATE)
    assert loads == [1]
    assert titles(model) == ["Belege hochladen"]
    model.complete()
    assert loads == [1]


def inbox_start(model: TaskTableModel, load_rest: Callable[[], list[TaskSummary]]) -> None:
    inbox = [t for t in TASKS if t.decision is Decision.UNDECIDED and not t.archived]
    model.show_start(View.INBOX, inbox, counts(TASKS), load_rest, lambda: counts(TASKS))


def test_the_rest_read_on_another_thread_completes_the_list_without_a_reset(
    qtbot: QtBot,
) -> None:
    """The window reads every to-do on a worker: the rows on screen stay (the same
    to-dos, so no reset: the selection and scroll position stay) and the rest is there."""
    model = TaskTableModel(QPalette())
    fresh = [replace(task) for task in TASKS]  # as read again from the file
    inbox_start(model, lambda: list(fresh))
    on_screen = [model.task_at(row) for row in range(model.rowCount())]
    load = model.loader()
    assert load is not None
    loaded: list[LoadedList] = []
    reader = threading.Thread(target=lambda: loaded.append(load()))
    reader.start()
    reader.join()
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.complete_from(loaded[0])
    assert resets == []
    assert [model.task_at(row) for row in range(model.rowCount())] == on_screen
    assert model.task_at(0) is on_screen[0]
    assert [task.title for task in model.all_tasks()] == [task.title for task in TASKS]
    assert model.counts() == counts(TASKS)
    assert model.loader() is None
    model.set_view(View.DELEGATE)
    assert titles(model) == ["Belege hochladen"]


def test_a_start_view_shown_from_its_first_rows_gets_the_rest_without_a_reset(
    qtbot: QtBot,
) -> None:
    """Before the first paint the window reads only the view's first rows; the rest is
    added below them (the selection and the scroll position stay)."""
    model = TaskTableModel(QPalette())
    model.show_start(
        View.INBOX, [TASKS[0]], counts(TASKS), lambda: list(TASKS), lambda: counts(TASKS)
    )
    assert titles(model) == ["Rechnungen schreiben"]
    load = model.loader()
    assert load is not None
    loaded = load()
    events: list[object] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.rowsInserted.connect(lambda _parent, first, last: events.append((first, last)))
    model.complete_from(loaded)
    assert events == [(1, 1)]
    assert titles(model) == ["Rechnungen schreiben", "Rechnung prüfen"]
    model.set_search("prüfen")
    assert titles(model) == ["Rechnung prüfen"]


def test_a_search_or_sort_on_the_first_rows_of_the_start_view_covers_the_whole_view(
    qtbot: QtBot,
) -> None:
    for act in (
        lambda model: model.set_search("rechnung"),
        lambda model: model.sort(Column.TITLE, Qt.SortOrder.AscendingOrder),
    ):
        model = TaskTableModel(QPalette())
        model.show_start(
            View.INBOX, [TASKS[0]], counts(TASKS), lambda: list(TASKS), lambda: counts(TASKS)
        )
        act(model)
        assert sorted(titles(model)) == ["Rechnung prüfen", "Rechnungen schreiben"]
        assert model.loader() is None


def test_a_to_do_typed_while_the_worker_reads_shows_at_once_and_stays_after_the_read(
    qtbot: QtBot,
) -> None:
    """A to-do typed right after the start (and one not yet loaded changed elsewhere):
    the list shows the typed one and the right counts without reading every to-do on
    the window's thread, and the worker's read (made before or after the change was
    stored) ends with both as stored, counted once."""
    typed = TaskSummary(5, "Steuer vorbereiten", Decision.UNDECIDED, "", None, 4, False)
    kept = replace(TASKS[1], decision=Decision.KEEP)  # was delegated; not loaded yet
    for read_after_the_change in (False, True):
        stored = list(TASKS)  # the data file
        reads: list[int] = []

        def load_rest(
            stored: list[TaskSummary] = stored, reads: list[int] = reads
        ) -> list[TaskSummary]:
            reads.append(1)
            return list(stored)

        def count_views(stored: list[TaskSummary] = stored) -> dict[View, int]:
            return counts(stored)

        model = TaskTableModel(QPalette())
        model.show_start(View.INBOX, [TASKS[0]], counts(TASKS), load_rest, count_views)
        load = model.loader()
        assert load is not None
        loaded = load() if not read_after_the_change else None
        stored[1] = kept
        stored.append(typed)
        model.update_tasks([typed.id, kept.id], [typed, kept])
        assert reads == ([1] if not read_after_the_change else [])  # only the worker read
        assert titles(model) == ["Rechnungen schreiben", "Steuer vorbereiten"]
        assert model.counts() == counts(stored)
        model.complete_from(loaded if loaded is not None else load())
        assert titles(model) == ["Rechnungen schreiben", "Rechnung prüfen", "Steuer vorbereiten"]
        assert model.counts() == counts(stored)
        assert [task.decision for task in model.all_tasks()][1] is Decision.KEEP
        assert reads == [1]


def test_a_to_do_changed_before_the_worker_read_is_shown_as_read(qtbot: QtBot) -> None:
    model = TaskTableModel(QPalette())
    renamed = [replace(t, title="Rechnungen senden") if t.id == 1 else t for t in TASKS]
    inbox_start(model, lambda: renamed)
    load = model.loader()
    assert load is not None
    model.complete_from(load())
    assert titles(model) == ["Rechnungen senden", "Rechnung prüfen"]


def test_the_model_keeps_qts_contract_while_filtering(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    model = TaskTableModel(QPalette())
    qtmodeltester.check(model)  # now and after every change below
    model.set_tasks(TASKS)
    for view in View:
        model.set_view(view)
        model.set_search("rech")
        model.set_search("rechnungen")
        model.set_search("")


def dated(task_id: int, title: str, due: dt.date | None, position: int) -> TaskSummary:
    return TaskSummary(task_id, title, Decision.KEEP, "", None, position, False, due)


def test_a_sorted_list_follows_a_changed_due_date_and_keeps_qts_contract(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    model = TaskTableModel(QPalette())
    qtmodeltester.check(model)
    day = dt.date(2026, 12, 7)
    model.set_tasks(
        [
            dated(1, "a", None, 0),
            dated(2, "b", day, 1),
            dated(3, "c", day, 2),
            dated(4, "d", None, 3),
        ]
    )
    model.set_view(View.ALL)
    model.sort(Column.DUE, Qt.SortOrder.DescendingOrder)
    assert titles(model) == ["b", "c", "a", "d"]  # ties and empty cells in manual order
    model.update_tasks([1], [dated(1, "a", day + dt.timedelta(days=1), 0)])
    assert titles(model) == ["a", "b", "c", "d"]
    model.sort(Column.TITLE, Qt.SortOrder.DescendingOrder)
    model.set_search("b")
    assert titles(model) == ["b"]
    model.set_search("")
    assert titles(model) == ["d", "c", "b", "a"]
    model.sort(-1)
    assert model.sorted_by is None
    assert titles(model) == ["a", "b", "c", "d"]


def test_titles_ranked_in_idle_time_sort_like_titles_ranked_on_the_click(qtbot: QtBot) -> None:
    tasks = [
        dated(number, title, None, number)
        for number, title in enumerate(
            ["Zoll", "ärger", "Arbeit", "Øl", "oben", "Straße", "strasse b", "Ärger"], start=1
        )
    ]
    expected = ["Arbeit", "ärger", "Ärger", "oben", "Øl", "Straße", "strasse b", "Zoll"]
    cold = TaskTableModel(QPalette())
    cold.set_tasks(tasks)
    cold.set_view(View.ALL)
    cold.sort(Column.TITLE)
    assert titles(cold) == expected
    idle = TaskTableModel(QPalette())
    idle.set_tasks(tasks)
    idle.set_view(View.ALL)
    qtbot.waitUntil(lambda: not idle.preparing_ranks, timeout=5000)
    idle.sort(Column.TITLE)
    assert titles(idle) == expected
    idle.sort(Column.TITLE, Qt.SortOrder.DescendingOrder)
    assert titles(idle) == ["Zoll", "strasse b", "Straße", "Øl", "oben", "ärger", "Ärger", "Arbeit"]


def test_a_title_renamed_again_and_again_while_sorted_stays_in_its_place(qtbot: QtBot) -> None:
    """Each new title ranks between its neighbours; when no room is left between them,
    the column is ranked afresh."""
    model = TaskTableModel(QPalette())
    model.set_tasks([dated(1, "a", None, 0), dated(2, "b", None, 1), dated(3, "c", None, 2)])
    model.set_view(View.ALL)
    model.sort(Column.TITLE)
    for length in range(2, 60):
        title = "a" * length
        model.update_tasks([3], [dated(3, title, None, 2)])
        assert titles(model) == ["a", title, "b"]
    model.update_tasks([3], [dated(3, "0", None, 2)])
    assert titles(model) == ["0", "a", "b"]
    model.sort(Column.TITLE, Qt.SortOrder.DescendingOrder)
    assert titles(model) == ["b", "a", "0"]


def varied(count: int) -> list[TaskSummary]:
    rng = random.Random(3)
    day = dt.date(2026, 12, 7)
    return [
        TaskSummary(
            number,
            rng.choice(["Ärger", "arbeit", "Zoll", "Öl", "oben"]) + rng.choice(["", " b"]),
            rng.choice(list(Decision)),
            rng.choice(["", "Büro", "buero", "IT"]),
            rng.choice([None, 1, 2]),
            number,
            False,
            rng.choice([None, day, day + dt.timedelta(days=3)]),
            rng.choice(list(Status)),
            None,
            False,
            rng.choice([None, *Priority]),
            rng.choice([None, Frequency.WEEKLY, Frequency.DAILY]),
            rng.choice([None, 15, 60]),
        )
        for number in range(1, count + 1)
    ]


def test_every_column_ranked_in_idle_time_sorts_as_ranked_on_the_click(qtbot: QtBot) -> None:
    tasks = varied(300)
    orders = [(column, order) for column in Column for order in Qt.SortOrder]
    cold = TaskTableModel(QPalette())
    idle = TaskTableModel(QPalette())
    for model in (cold, idle):
        model.set_tasks(tasks)
        model.set_assistant_names({1: "Zeno", 2: "anna"})
        model.set_view(View.ALL)
    expected = []
    for column, order in orders:  # ranked on the click, before the idle time
        cold.sort(column, order)
        expected.append(cold.visible_ids())
    qtbot.waitUntil(lambda: not idle.preparing_ranks, timeout=5000)
    for (column, order), ids in zip(orders, expected, strict=True):
        idle.sort(column, order)
        assert idle.visible_ids() == ids, (column, order)
    # Sorted descending straight away, not from the ascending order: the same.
    for (column, order), ids in zip(orders[::-1], expected[::-1], strict=True):
        cold.sort(-1)
        cold.update_tasks([1], [replace(tasks[0], title="changed")])  # ranks change
        cold.update_tasks([1], [tasks[0]])
        cold.sort(column, order)
        assert cold.visible_ids() == ids, (column, order)

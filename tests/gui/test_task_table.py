"""The to-do list model on its own: fast start, complete load, search, sort, Qt's contract."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from delegator.domain.model import Decision, TaskSummary
from delegator.domain.views import View, counts
from delegator.gui.task_table import Column, TaskTableModel

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
    model.show_start(View.INBOX, inbox, counts(TASKS), load_rest)
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

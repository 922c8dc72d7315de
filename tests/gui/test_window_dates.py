"""Dates in the window come from the app's clock: relative input and overdue work."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from delegator.domain.model import Decision
from delegator.gui.main_window import MainWindow
from delegator.gui.task_table import Column

from .conftest import CLOCK, seed

TODAY = CLOCK.today()


def test_a_relative_due_date_counts_from_the_clocks_day(window: MainWindow, qtbot: QtBot) -> None:
    (task_id,) = seed(window, "Rechnungen")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    due = window.editor.details.due
    due.setFocus()
    due.selectAll()
    qtbot.keyClicks(due, "+3")
    qtbot.keyClick(due, Qt.Key.Key_Return)
    assert window._service.task(task_id).due == TODAY + dt.timedelta(days=3)


def test_overdue_work_is_marked_in_the_list(window: MainWindow, qtbot: QtBot) -> None:
    late, soon = seed(window, "Belege", "Newsletter", decision=Decision.DELEGATE)
    service = window._service
    for task_id, days in ((late, -1), (soon, 1)):
        changes = service.save(replace(service.task(task_id), due=TODAY + dt.timedelta(days=days)))
        window.apply_changes(changes)
    qtbot.keySequence(window, "Ctrl+3")
    model = window.model
    rows = {model.task_at(row).title: row for row in range(model.rowCount())}
    assert set(rows) == {"Belege", "Newsletter"}
    late_index = model.index(rows["Belege"], Column.TITLE)
    soon_index = model.index(rows["Newsletter"], Column.TITLE)
    tip = model.data(late_index, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Belege\nOverdue since ")
    assert "2026" in tip
    assert isinstance(model.data(late_index, Qt.ItemDataRole.ForegroundRole), QColor)
    assert model.data(soon_index, Qt.ItemDataRole.ToolTipRole) == "Newsletter"
    assert model.data(soon_index, Qt.ItemDataRole.ForegroundRole) is None

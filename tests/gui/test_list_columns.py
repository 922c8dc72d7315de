"""The list's columns as a user meets them: the header's menu chooses them (and the next
window remembers it), a click on a header sorts, the due date shows overdue work in red,
a search keeps the sort, and to-dos cannot be dropped into a sorted list nor moved up or
down in it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant
from delegator.domain.model import Decision, Frequency, Priority
from delegator.domain.views import View
from delegator.gui import theme
from delegator.gui.main_window import MainWindow
from delegator.gui.task_drag import task_ids_mime
from delegator.gui.task_table import Column
from delegator.text.formatting import short_date

from .action_walk import OFFSCREEN_LIMITS
from .conftest import CLOCK, OpenWindow, seed, visible_titles

TODAY = CLOCK.today()
# The header's menu pops up, which the offscreen platform cannot do in full.
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)


@pytest.fixture(autouse=True)
def wide(window: MainWindow) -> None:
    """Wide enough for every column beside a readable title."""
    window.resize(1600, 900)


def set_fields(window: MainWindow, task_id: int, **values: Any) -> None:
    service = window.workspace.tasks
    window.apply_changes(service.save(replace(service.task(task_id), **values)))


def header_menu_action(window: MainWindow, text: str) -> None:
    """Right-click the list's header, then pick *text* from its menu."""
    header = window.table.horizontalHeader()
    position = QPoint(10, header.height() // 2)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, position, header.viewport().mapToGlobal(position)
    )
    QApplication.sendEvent(header.viewport(), event)
    menu = window.table.columns.menu
    assert menu is not None
    assert menu.isVisible()
    (action,) = [a for a in menu.actions() if a.text() == text]
    action.trigger()
    menu.close()


def click_header(window: MainWindow, qtbot: QtBot, column: Column) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_a_column_unticked_in_the_headers_menu_is_gone_here_and_in_the_next_window(
    open_window: OpenWindow, window: MainWindow
) -> None:
    seed(window, "Pay the invoices")
    window.show_view(View.ALL)
    shown = window.table.columns.shown()
    assert shown == [Column.TITLE, Column.DECISION, Column.DUE, Column.ASSISTANT, Column.STATUS]
    header_menu_action(window, "Due")
    header_menu_action(window, "Hours/week")
    expected = [Column.TITLE, Column.DECISION, Column.ASSISTANT, Column.STATUS, Column.HOURS]
    assert window.table.columns.shown() == expected
    assert window.table.isColumnHidden(Column.DUE)
    window.close()

    again = open_window()
    again.resize(1600, 900)
    again.show_view(View.ALL)
    assert again.table.columns.shown() == expected
    header_menu_action(again, "Default Columns")
    assert again.table.columns.shown() == shown


def test_a_view_leaves_out_columns_its_to_dos_share(window: MainWindow) -> None:
    seed(window, "Pay the invoices")
    window.show_view(View.INBOX)
    assert window.table.columns.shown() == [Column.TITLE, Column.DUE]
    window.show_view(View.DELEGATE)
    assert window.table.columns.shown() == [
        Column.TITLE,
        Column.DUE,
        Column.ASSISTANT,
        Column.STATUS,
    ]


def test_clicks_on_a_header_sort_up_down_and_back_to_the_manual_order(
    window: MainWindow, qtbot: QtBot
) -> None:
    ids = seed(window, "No date", "Late", "Soon", "Today", "Also late")
    days = {ids[1]: -3, ids[2]: 5, ids[3]: 0, ids[4]: -3}
    for task_id, offset in days.items():
        set_fields(window, task_id, due=TODAY + dt.timedelta(days=offset))
    window.show_view(View.ALL)
    manual = ["No date", "Late", "Soon", "Today", "Also late"]
    assert visible_titles(window) == manual
    header = window.table.horizontalHeader()

    click_header(window, qtbot, Column.DUE)
    # Earliest first; equal dates keep their manual order; no date comes last.
    assert visible_titles(window) == ["Late", "Also late", "Today", "Soon", "No date"]
    assert header.sortIndicatorSection() == Column.DUE
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    click_header(window, qtbot, Column.DUE)
    assert visible_titles(window) == ["Soon", "Today", "Late", "Also late", "No date"]
    click_header(window, qtbot, Column.DUE)
    assert visible_titles(window) == manual
    assert header.sortIndicatorSection() == -1  # no arrow: the manual order


def test_assistants_sort_by_name_in_the_users_language(window: MainWindow, qtbot: QtBot) -> None:
    names = ["Zeno", "Ölaf", "ben", "Anna"]
    assistants = [window.workspace.assistants.add(Assistant(0, name))[0] for name in names]
    ids = seed(window, *(f"For {name}" for name in names), "For nobody")
    for task_id, assistant in zip(ids, assistants, strict=False):
        set_fields(window, task_id, decision=Decision.DELEGATE, assistant_id=assistant.id)
    window.apply_changes(window.workspace.assistants.save(assistants[0]))
    window.show_view(View.ALL)
    click_header(window, qtbot, Column.ASSISTANT)
    expected = ["For Anna", "For ben", "For Ölaf", "For Zeno", "For nobody"]
    assert visible_titles(window) == expected
    row = visible_titles(window).index("For Ölaf")
    assert window.model.index(row, Column.ASSISTANT).data() == "Ölaf"


def test_hours_sort_as_numbers_and_priorities_from_urgent(window: MainWindow, qtbot: QtBot) -> None:
    ids = seed(window, "Ten hours", "Two and a half", "None", "Urgent")
    set_fields(window, ids[0], frequency=Frequency.WEEKLY, minutes_per_occurrence=600)
    set_fields(window, ids[1], frequency=Frequency.WEEKLY, minutes_per_occurrence=150)
    set_fields(window, ids[0], priority=Priority.LOW)
    set_fields(window, ids[3], priority=Priority.URGENT)
    window.show_view(View.ALL)
    header_menu_action(window, "Hours/week")
    header_menu_action(window, "Priority")
    click_header(window, qtbot, Column.HOURS)
    assert visible_titles(window)[:2] == ["Two and a half", "Ten hours"]
    row = visible_titles(window).index("Two and a half")
    assert window.model.index(row, Column.HOURS).data() == "2.5"
    click_header(window, qtbot, Column.PRIORITY)
    assert visible_titles(window)[:2] == ["Urgent", "Ten hours"]
    assert window.model.index(0, Column.PRIORITY).data() == "Urgent"


def test_an_overdue_due_date_is_red(window: MainWindow) -> None:
    late, soon = seed(window, "Late", "Soon")
    set_fields(window, late, due=TODAY - dt.timedelta(days=1))
    set_fields(window, soon, due=TODAY + dt.timedelta(days=1))
    window.show_view(View.ALL)
    model = window.model
    late_due = model.index(visible_titles(window).index("Late"), Column.DUE)
    soon_due = model.index(visible_titles(window).index("Soon"), Column.DUE)
    assert late_due.data() == short_date(TODAY - dt.timedelta(days=1))
    assert late_due.data(Qt.ItemDataRole.ForegroundRole) == theme.colour(
        theme.ERROR, window.palette()
    )
    assert "Overdue since" in late_due.data(Qt.ItemDataRole.ToolTipRole)
    assert soon_due.data(Qt.ItemDataRole.ForegroundRole) is None


def test_the_decision_is_a_dot_with_its_word_for_tooltips_and_screen_readers(
    window: MainWindow,
) -> None:
    seed(window, "Pay the invoices", decision=Decision.KEEP)
    window.show_view(View.ALL)
    decision = window.model.index(0, Column.DECISION)
    assert decision.data() is None
    assert decision.data(Qt.ItemDataRole.DecorationRole) is not None
    assert decision.data(Qt.ItemDataRole.ToolTipRole) == "Keep"
    assert decision.data(Qt.ItemDataRole.AccessibleTextRole) == "Keep"
    assert window.table.columnWidth(Column.DECISION) < 40


def test_a_search_while_sorted_keeps_the_sort(window: MainWindow, qtbot: QtBot) -> None:
    seed(window, "Rechnung Anton", "Belege", "Rechnung Zander", "Rechnung Ärger", "Rechnung Bauer")
    window.show_view(View.ALL)
    click_header(window, qtbot, Column.TITLE)
    click_header(window, qtbot, Column.TITLE)
    qtbot.keyClicks(window.search, "rech")
    # Descending, "Ärger" sorted as "Arger" (after "Anton").
    expected = ["Rechnung Zander", "Rechnung Bauer", "Rechnung Ärger", "Rechnung Anton"]
    assert visible_titles(window) == expected
    qtbot.keyClicks(window.search, "nung a")
    assert visible_titles(window) == ["Rechnung Zander", "Rechnung Bauer", "Rechnung Anton"]
    window.search.clear()
    assert visible_titles(window)[-1] == "Belege"


def test_to_dos_dragged_onto_a_sorted_list_are_refused_with_a_reason(
    window: MainWindow, qtbot: QtBot
) -> None:
    ids = seed(window, "First", "Second")
    window.show_view(View.ALL)
    click_header(window, qtbot, Column.TITLE)
    viewport = window.table.viewport()
    mime: QMimeData = task_ids_mime([ids[1]])
    drag = (
        QPoint(20, 10),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, QDragEnterEvent(*drag))
    move = QDragMoveEvent(*drag)
    QApplication.sendEvent(viewport, move)
    assert not move.isAccepted()
    assert "manual order" in window.statusBar().currentMessage()
    model = window.model
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index(0, 0))
    assert [t.id for t in window.workspace.tasks.summaries()] == ids


def test_move_up_and_down_in_a_sorted_list_move_nothing_and_say_why(
    window: MainWindow, qtbot: QtBot
) -> None:
    ids = seed(window, "Banana", "Apple", "Cherry")
    window.show_view(View.ALL)
    click_header(window, qtbot, Column.TITLE)
    assert visible_titles(window) == ["Apple", "Banana", "Cherry"]
    table = window.table
    row = visible_titles(window).index("Banana")
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(window.model.index(row, Column.TITLE)).center(),
    )
    for keys in ("Ctrl+Up", "Ctrl+Down"):
        window.statusBar().clearMessage()
        qtbot.keySequence(table, QKeySequence(keys))
        assert "manual order" in window.statusBar().currentMessage()
        assert visible_titles(window) == ["Apple", "Banana", "Cherry"]
        assert [t.id for t in window.workspace.tasks.summaries()] == ids
    click_header(window, qtbot, Column.TITLE)
    click_header(window, qtbot, Column.TITLE)  # back to the manual order
    assert visible_titles(window) == ["Banana", "Apple", "Cherry"]
    qtbot.keySequence(table, QKeySequence("Ctrl+Down"))
    assert visible_titles(window) == ["Apple", "Banana", "Cherry"]

"""Status and check-ins in the window, driven like a user: the Status menu and its keys,
the Done and Due for Check-in views, the sidebar counts, the editor's Follow-up tab and
the "changed since the last handover" mark."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QListWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant
from delegator.domain.brief import BriefOptions
from delegator.domain.model import Decision, Status
from delegator.domain.views import View
from delegator.gui import theme
from delegator.gui.check_in_dialog import CheckInDialog
from delegator.gui.main_window import MainWindow
from delegator.gui.sidebar import AlertRole
from delegator.gui.status_style import CHANGED_MARK
from delegator.gui.task_table import Column
from delegator.text.formatting import short_date

from .conftest import CLOCK, seed, visible_titles
from .helpers import retype

TODAY = CLOCK.today()


@pytest.fixture(autouse=True)
def wide(window: MainWindow) -> None:
    """A window wide enough for the status in words (see the narrow-list test)."""
    window.resize(1600, 900)


def status_text(window: MainWindow, title: str) -> str:
    row = visible_titles(window).index(title)
    return str(window.model.index(row, Column.STATUS).data() or "")


def status_tip(window: MainWindow, title: str) -> str:
    row = visible_titles(window).index(title)
    return str(window.model.index(row, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole) or "")


def select(window: MainWindow, qtbot: QtBot, title: str) -> None:
    """Click the to-do's row, as a user picks it."""
    table = window.table
    index = window.model.index(visible_titles(window).index(title), Column.TITLE)
    table.setFocus()
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    assert window.list_controller.selected_ids() == [window.model.task_at(index.row()).id]


def check_in_count_stands_out(window: MainWindow) -> bool:
    entry = window.sidebar._find("view", View.CHECK_IN.value)
    assert entry is not None
    return bool(entry.data(AlertRole))


def stored_status(window: MainWindow, task_id: int) -> Status:
    return window.workspace.tasks.task(task_id).status


def handed_over(window: MainWindow, *titles: str) -> list[int]:
    """Delegated to-dos given to Anna and handed over by an export."""
    workspace = window.workspace
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    ids = seed(window, *titles, decision=Decision.DELEGATE)
    for task_id in ids:
        task = workspace.tasks.task(task_id)
        workspace.tasks.save(replace(task, assistant_id=anna.id, instructions="As agreed."))
    brief = workspace.handover.build(anna, BriefOptions())
    workspace.handover.record(brief, anna.id, "md", "out", "digest")
    window.list_controller.reload()
    return ids


def test_a_status_from_the_menu_is_stored_shown_and_undone(
    window: MainWindow, qtbot: QtBot
) -> None:
    (first, second) = seed(window, "Pay the invoices", "Book the venue", decision=Decision.DELEGATE)
    window.show_view(View.DELEGATE)
    assert status_text(window, "Pay the invoices") == "Open"
    select(window, qtbot, "Pay the invoices")
    window.named_actions["status:in_progress"].trigger()
    assert stored_status(window, first) is Status.IN_PROGRESS
    assert stored_status(window, second) is Status.OPEN
    assert status_text(window, "Pay the invoices") == "In progress"
    assert window.list_controller.selected_ids() == [second]  # on to the next one, as deciding
    next_week = short_date(TODAY + dt.timedelta(days=7))  # no rhythm agreed: weekly
    assert status_tip(window, "Pay the invoices") == f"In progress\nNext check-in: {next_week}"
    window.named_actions["undo"].trigger()
    assert stored_status(window, first) is Status.OPEN
    assert status_text(window, "Pay the invoices") == "Open"


def test_done_by_its_key_leaves_the_working_views_for_done(
    window: MainWindow, qtbot: QtBot
) -> None:
    (first, second) = seed(window, "Pay the invoices", "Book the venue", decision=Decision.DELEGATE)
    window.show_view(View.ALL)
    select(window, qtbot, "Pay the invoices")
    qtbot.keySequence(window.table, QKeySequence("Ctrl+Return"))
    assert stored_status(window, first) is Status.DONE
    assert visible_titles(window) == ["Book the venue"]
    assert window.list_controller.selected_ids() == [second]
    counts = {view: window.sidebar.count_of(view) for view in View}
    assert counts[View.ALL] == counts[View.DELEGATE] == 1
    assert counts[View.DONE] == 1
    assert not window.table.isColumnHidden(Column.DECISION)  # All mixes decisions
    window.show_view(View.DELEGATE)
    assert visible_titles(window) == ["Book the venue"]
    assert window.table.isColumnHidden(Column.DECISION)  # all delegated: room for the title
    assert not window.table.isColumnHidden(Column.STATUS)
    window.show_view(View.DONE)
    assert visible_titles(window) == ["Pay the invoices"]
    assert status_text(window, "Pay the invoices") == "Done"
    window.named_actions["undo"].trigger()
    assert visible_titles(window) == []
    assert window.empty_hint.isVisible()
    assert "Nothing is done yet" in window.empty_hint.text()
    assert window.sidebar.count_of(View.DONE) == 0


def test_a_check_in_completed_from_the_menu_sets_the_next_date_from_the_rhythm(
    window: MainWindow, qtbot: QtBot
) -> None:
    from delegator.domain.profile import CheckInRhythm

    workspace = window.workspace
    workspace.profile.save(
        replace(workspace.profile.profile(), check_in_rhythm=CheckInRhythm.BIWEEKLY)
    )
    (task_id,) = handed_over(window, "Pay the invoices")
    workspace.followup.set_next_check_in(task_id, TODAY - dt.timedelta(days=3))
    window.list_controller.reload()
    assert window.sidebar.count_of(View.CHECK_IN) == 1
    assert check_in_count_stands_out(window)
    window.show_view(View.CHECK_IN)
    assert visible_titles(window) == ["Pay the invoices"]
    late = short_date(TODAY - dt.timedelta(days=3))
    assert f"Check-in overdue since {late}" in status_tip(window, "Pay the invoices")
    row_shown = visible_titles(window).index("Pay the invoices")
    colour = window.model.index(row_shown, Column.STATUS).data(Qt.ItemDataRole.ForegroundRole)
    assert colour == theme.colour(theme.ERROR, window.palette())
    select(window, qtbot, "Pay the invoices")
    window.named_actions["check_in"].trigger()
    dialog = window.dialogs.current
    assert isinstance(dialog, CheckInDialog)
    in_two_weeks = TODAY + dt.timedelta(days=14)
    assert short_date(in_two_weeks) in dialog.next_date.text()
    qtbot.keyClicks(dialog.note, "Went through the open invoices")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    (check_in,) = workspace.followup.check_ins([task_id])
    assert (check_in.done_on, check_in.note) == (TODAY, "Went through the open invoices")
    task = workspace.tasks.task(task_id)
    assert (task.last_check_in, task.next_check_in) == (TODAY, in_two_weeks)
    assert visible_titles(window) == []
    assert "Nothing is due for a check-in" in window.empty_hint.text()
    assert window.sidebar.count_of(View.CHECK_IN) == 0
    assert not check_in_count_stands_out(window)
    window.named_actions["undo"].trigger()
    assert workspace.followup.check_ins([task_id]) == []
    assert visible_titles(window) == ["Pay the invoices"]
    assert window.sidebar.count_of(View.CHECK_IN) == 1


def test_work_not_handed_over_cannot_be_checked_in(window: MainWindow, qtbot: QtBot) -> None:
    (task_id,) = seed(window, "Pay the invoices", decision=Decision.DELEGATE)
    window.show_view(View.DELEGATE)
    select(window, qtbot, "Pay the invoices")
    qtbot.keySequence(window.table, QKeySequence("Ctrl+K"))
    dialog = window.dialogs.current
    assert isinstance(dialog, CheckInDialog)
    assert "not with an assistant" in dialog.facts.text()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok) is None
    dialog.reject()
    assert window.workspace.followup.check_ins([task_id]) == []


def open_followup_tab(window: MainWindow, qtbot: QtBot) -> None:
    editor = window.editor
    assert editor.followup is not None
    sections = editor.sections
    assert editor.followup_page is not None
    item = sections.item(editor.tabs.indexOf(editor.followup_page))
    spot = sections.visualItemRect(item).center()
    qtbot.mouseClick(sections.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert editor.followup.isVisible()


def test_the_next_check_in_is_edited_in_the_follow_up_tab(window: MainWindow, qtbot: QtBot) -> None:
    (task_id,) = handed_over(window, "Pay the invoices")
    window.show_view(View.DELEGATE)
    select(window, qtbot, "Pay the invoices")
    open_followup_tab(window, qtbot)
    panel = window.editor.followup
    assert panel is not None
    assert panel.status.currentText() == "Handed over"
    history = panel.history
    assert isinstance(history, QListWidget)
    assert "Handed over (by the handover export)" in history.item(0).text()
    retype(qtbot, panel.next_check_in, "+3")
    assert window.workspace.tasks.task(task_id).next_check_in == TODAY + dt.timedelta(days=3)
    retype(qtbot, panel.next_check_in, "soon-ish")
    assert panel.next_error.isVisibleTo(panel)
    assert window.workspace.tasks.task(task_id).next_check_in == TODAY + dt.timedelta(days=3)
    retype(qtbot, panel.next_check_in, "")
    assert window.workspace.tasks.task(task_id).next_check_in is None
    window.named_actions["undo"].trigger()
    assert window.workspace.tasks.task(task_id).next_check_in == TODAY + dt.timedelta(days=3)
    assert panel.next_check_in.text() != ""


def test_the_status_box_of_the_follow_up_tab_sets_the_status(
    window: MainWindow, qtbot: QtBot
) -> None:
    (task_id,) = handed_over(window, "Pay the invoices")
    window.show_view(View.DELEGATE)
    select(window, qtbot, "Pay the invoices")
    open_followup_tab(window, qtbot)
    panel = window.editor.followup
    assert panel is not None
    panel.status.setFocus()
    qtbot.keyClick(panel.status, Qt.Key.Key_Down)  # Handed over → In progress
    assert window.workspace.tasks.task(task_id).status is Status.IN_PROGRESS
    assert "In progress (by you)" in panel.history.item(0).text()
    window.named_actions["undo"].trigger()
    assert panel.status.currentText() == "Handed over"


def test_changed_since_the_handover_is_marked_in_the_list(window: MainWindow, qtbot: QtBot) -> None:
    (task_id,) = handed_over(window, "Pay the invoices")
    window.show_view(View.DELEGATE)
    assert CHANGED_MARK not in status_text(window, "Pay the invoices")
    select(window, qtbot, "Pay the invoices")
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    editor = window.editor.instructions.editor
    qtbot.keyClicks(editor, " Also the reminders.")
    window.table.setFocus()
    qtbot.waitUntil(lambda: window.workspace.tasks.task(task_id).changed_since_handover)
    assert status_text(window, "Pay the invoices") == f"Handed over {CHANGED_MARK}"
    assert "Changed since the last handover" in status_tip(window, "Pay the invoices")


def test_the_list_model_with_statuses_passes_the_model_tester(
    window: MainWindow, qtmodeltester: ModelTester
) -> None:
    ids = handed_over(window, "Pay the invoices", "Book the venue")
    window.workspace.followup.set_status({ids[1]: Status.REWORK})
    window.list_controller.reload()
    window.show_view(View.DELEGATE)
    qtmodeltester.check(window.model)
    assert window.model.headerData(Column.STATUS, Qt.Orientation.Horizontal) == "Status"
    assert status_text(window, "Book the venue") == "Needs rework"


def test_the_board_badges_delegated_work_and_leaves_done_work_out(qtbot: QtBot) -> None:
    from delegator.domain.model import TaskSummary
    from delegator.gui.board_column_model import ChangedRole, StatusRole
    from delegator.gui.board_view import BoardView

    board = BoardView()
    qtbot.addWidget(board)
    tasks = [
        TaskSummary(1, "Pay the invoices", Decision.DELEGATE, "", None, 1, False),
        TaskSummary(
            2,
            "Book the venue",
            Decision.DELEGATE,
            "",
            None,
            2,
            False,
            status=Status.IN_PROGRESS,
            changed_since_handover=True,
        ),
        TaskSummary(3, "Order paper", Decision.DELEGATE, "", None, 3, False, status=Status.DONE),
        TaskSummary(4, "Plan the year", Decision.KEEP, "", None, 4, False),
    ]
    board.set_data(tasks, [Assistant(1, "Anna")])
    delegated = board.column_model(Decision.DELEGATE)
    assert delegated.task_ids() == [1, 2]
    assert board.column_count_text(Decision.DELEGATE) == "2"
    second = delegated.index(delegated.row_of(2) or 0)
    assert second.data(StatusRole) == Status.IN_PROGRESS.value
    assert second.data(ChangedRole) is True
    assert "In progress" in second.data(Qt.ItemDataRole.ToolTipRole)
    kept = board.column_model(Decision.KEEP)
    assert kept.index(0).data(StatusRole) is None  # kept work has no badge


def test_a_narrow_list_shows_decision_and_status_as_icons(window: MainWindow, qtbot: QtBot) -> None:
    (task_id,) = handed_over(window, "Pay the invoices and file every receipt")
    window.show_view(View.ALL)
    row = visible_titles(window).index("Pay the invoices and file every receipt")
    status = window.model.index(row, Column.STATUS)
    decision = window.model.index(row, Column.DECISION)
    assert status.data() == "Handed over"
    assert decision.data() is None  # the decision is always its coloured dot
    window.resize(800, 600)
    qtbot.waitUntil(lambda: not status.data())
    # The title keeps room to be read; the words are in the tooltips.
    assert window.table.columnWidth(Column.TITLE) >= 200
    assert decision.data() is None
    assert decision.data(Qt.ItemDataRole.ToolTipRole) == "Delegate"
    assert status_tip(window, "Pay the invoices and file every receipt").startswith("Handed over")
    assert window.model.headerData(Column.STATUS, Qt.Orientation.Horizontal) == ""
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: status.data() == "Handed over")
    assert stored_status(window, task_id) is Status.HANDED_OVER

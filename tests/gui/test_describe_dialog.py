"""The compact describe form: opened from the To-do menu or the Readiness page, typed
into as a user does, Next on to the to-do that still lacks something."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from delegator.domain.model import Decision, Frequency, Task
from delegator.gui.describe_dialog import DescribeDialog
from delegator.gui.main_window import MainWindow

from .conftest import seed
from .helpers import click, type_text
from .test_readiness_path import select_row


def opened(qtbot: QtBot, window: MainWindow) -> DescribeDialog:
    qtbot.waitUntil(lambda: isinstance(window.dialogs.current, DescribeDialog))
    dialog = window.dialogs.current
    assert isinstance(dialog, DescribeDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def shown(dialog: DescribeDialog) -> Task:
    assert dialog.task is not None
    return dialog.task


def tab(qtbot: QtBot) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def test_typed_fields_are_stored_on_leaving_and_next_goes_on(
    qtbot: QtBot, window: MainWindow
) -> None:
    first, second = seed(window, "Water the plants", "Fix the bike", decision=Decision.DELEGATE)
    tasks = window.workspace.tasks
    tasks.update(second, {"skills": ("Care",)})
    window.named_actions["describe_in_a_row"].trigger()
    dialog = opened(qtbot, window)
    assert shown(dialog).id == first
    assert dialog.instructions.hasFocus()  # the first empty field
    assert not dialog.template_button.isVisible()  # no template matches

    type_text(qtbot, dialog.instructions, "Water each plant once a week.")
    tab(qtbot)
    assert tasks.task(first).instructions == "Water each plant once a week."
    assert dialog.criteria.hasFocus()
    type_text(qtbot, dialog.criteria, "Every plant has a date")
    qtbot.keyClick(dialog.criteria, Qt.Key.Key_Return)
    type_text(qtbot, dialog.criteria, "None is lost")
    tab(qtbot)
    assert tasks.task(first).acceptance_criteria == ("Every plant has a date", "None is lost")
    assert dialog.skills.hasFocus()
    type_text(qtbot, dialog.skills, "Care, Patience")
    tab(qtbot)
    assert dialog.frequency.hasFocus()
    qtbot.keyClicks(dialog.frequency, "W")
    tab(qtbot)
    assert dialog.minutes.hasFocus()
    type_text(qtbot, dialog.minutes, "1:30")
    qtbot.keySequence(dialog.minutes, QKeySequence("Ctrl+Return"))

    task = tasks.task(first)
    assert task.skills == ("Care", "Patience")
    assert task.frequency is Frequency.WEEKLY
    assert task.minutes_per_occurrence == 90
    assert shown(dialog).id == second
    assert dialog.instructions.hasFocus()
    assert dialog.skills.text() == "Care"  # what was there is shown
    assert dialog.next_button.text().replace("&", "") == "Finish"
    click(qtbot, dialog.previous_button)
    assert shown(dialog).id == first

    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    window.named_actions["undo"].trigger()  # one undo step per field
    assert tasks.task(first).minutes_per_occurrence is None
    assert tasks.task(first).frequency is Frequency.WEEKLY


def test_a_time_that_cannot_be_read_is_said_and_not_stored(
    qtbot: QtBot, window: MainWindow
) -> None:
    (task_id,) = seed(window, "Water the plants", decision=Decision.DELEGATE)
    window.named_actions["describe_in_a_row"].trigger()
    dialog = opened(qtbot, window)
    dialog.minutes.setFocus(Qt.FocusReason.MouseFocusReason)
    type_text(qtbot, dialog.minutes, "soon")
    qtbot.keySequence(dialog.minutes, QKeySequence("Ctrl+Return"))
    assert dialog.isVisible()
    assert dialog.minutes_error.text() == "Write a duration like 90, 1:30 or 1.5 h."
    assert dialog.minutes.hasFocus()
    assert window.workspace.tasks.task(task_id).minutes_per_occurrence is None
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_Escape)  # stays open: the time is not read
    assert dialog.isVisible()
    dialog.minutes.clear()
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.workspace.tasks.task(task_id).minutes_per_occurrence is None


def test_closing_with_a_time_that_cannot_be_read_stays_open_and_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    (task_id,) = seed(window, "Water the plants", decision=Decision.DELEGATE)
    window.named_actions["describe_in_a_row"].trigger()
    dialog = opened(qtbot, window)
    type_text(qtbot, dialog.instructions, "Water each plant once a week.")
    dialog.minutes.setFocus(Qt.FocusReason.MouseFocusReason)
    type_text(qtbot, dialog.minutes, "about ten")

    for close in (
        lambda: qtbot.keyClick(dialog.minutes, Qt.Key.Key_Escape),
        lambda: click(qtbot, dialog.close_button),
        dialog.close,  # the window's close box
    ):
        close()
        assert dialog.isVisible()
        assert dialog.minutes.hasFocus()
        assert dialog.minutes_error.text() == "Write a duration like 90, 1:30 or 1.5 h."
        assert dialog.minutes.text() == "about ten"

    stored = window.workspace.tasks.task(task_id)
    assert stored.instructions == "Water each plant once a week."
    assert stored.minutes_per_occurrence is None
    dialog.minutes.selectAll()
    type_text(qtbot, dialog.minutes, "10")
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.workspace.tasks.task(task_id).minutes_per_occurrence == 10


def test_a_matching_template_fills_the_empty_fields_in_one_click(
    qtbot: QtBot, window: MainWindow
) -> None:
    seed(window, "Water the plants", decision=Decision.DELEGATE)
    (inbox,) = seed(window, "Answer the business inbox", decision=Decision.DELEGATE)
    window.named_actions["view:all"].trigger()
    select_row(qtbot, window, "Answer the business inbox")
    qtbot.keySequence(window.table, QKeySequence("Ctrl+Shift+W"))
    dialog = opened(qtbot, window)
    assert shown(dialog).id == inbox  # the chosen to-do first
    assert dialog.template_button.text() == "Fill from “Inbox management”"
    click(qtbot, dialog.template_button)
    task = window.workspace.tasks.task(inbox)
    assert task.instructions
    assert task.acceptance_criteria
    assert task.skills
    assert dialog.instructions.toPlainText() == task.instructions
    assert "Please review them" in dialog.template_note.text()
    assert dialog.next_button.hasFocus()  # nothing left empty
    qtbot.keySequence(dialog.next_button, QKeySequence("Ctrl+Return"))
    assert shown(dialog).title == "Water the plants"


def test_the_readiness_page_offers_the_form_while_a_to_do_lacks_its_description(
    qtbot: QtBot, window: MainWindow
) -> None:
    seed(window, "Water the plants", "Fix the bike", decision=Decision.DELEGATE)
    window.named_actions["page:readiness"].trigger()
    button = window.readiness_page.describe_button
    assert button.isVisible()
    assert button.text().startswith("Describe 2 delegated to-do")
    click(qtbot, button)
    dialog = opened(qtbot, window)
    assert dialog.progress.text() == "To-do 1 of 2 without a full description"
    click(qtbot, dialog.close_button)


def test_a_form_deleted_with_the_cursor_in_a_field_raises_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    seed(window, "Water the plants", decision=Decision.DELEGATE)
    window.named_actions["describe_in_a_row"].trigger()
    dialog = opened(qtbot, window)
    qtbot.mouseClick(dialog.minutes, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.minutes, "20")
    # The form is deleted (as with its window) while its field has the focus: Qt then
    # sends the field's last editingFinished after the form's C++ object is gone, which
    # must not reach the form (pytest-qt fails the test on an exception in the event
    # loop).
    dialog.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(10)

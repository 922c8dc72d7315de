"""Logging feedback the way a user does: from the To-do menu on a delegated to-do,
turning "what I'd like done differently" into a "done when" line, in one undo step."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant
from delegator.domain.model import Decision
from delegator.domain.views import View
from delegator.gui.feedback_dialog import EditTarget, FeedbackDialog
from delegator.gui.main_window import MainWindow
from delegator.gui.sidebar import Page
from delegator.services.task_service import NewTask


def tick(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a radio button or check box on its indicator."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.rect().center().y()))


def delegated_to_anna(window: MainWindow, title: str, **details: object) -> tuple[int, int]:
    """A delegated to-do given to a new assistant Anna, selected in the Delegate view."""
    workspace = window.workspace
    anna, _ = workspace.assistants.add(
        Assistant(id=0, name="Anna", trial_end=dt.date(2026, 11, 30))
    )
    (task_id,), _ = workspace.tasks.add([NewTask(title, Decision.DELEGATE)])
    changes = workspace.tasks.update(task_id, {"assistant_id": anna.id, **details})
    window.apply_changes(changes)
    window.show_view(View.DELEGATE)
    assert window.list_controller.select_ids([task_id])
    return task_id, anna.id


def open_feedback(window: MainWindow) -> FeedbackDialog:
    window.named_actions["log_feedback"].trigger()
    dialog = window.dialogs.current
    assert isinstance(dialog, FeedbackDialog)
    assert dialog.isVisible()
    return dialog


def test_feedback_and_a_new_done_when_line_are_one_undo_step(
    window: MainWindow, qtbot: QtBot
) -> None:
    task_id, _ = delegated_to_anna(
        window, "Pay the invoices", acceptance_criteria=("All invoices paid",)
    )
    dialog = open_feedback(window)
    assert not dialog.save_button.isEnabled()  # no rating chosen yet
    qtbot.mouseClick(dialog.rating.buttons[1], Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.went_well, "Every invoice was found")
    qtbot.keyClicks(dialog.to_improve, "Invoices sorted by date, newest first")
    qtbot.keyClicks(dialog.keep_in_mind, "Ask before paying over 500 EUR")
    tick(qtbot, dialog.turn_into_edit)
    tick(qtbot, dialog.target_buttons[EditTarget.DONE_WHEN])
    assert dialog.edit_text.toPlainText() == "Invoices sorted by date, newest first"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    workspace = window.workspace
    (feedback,) = workspace.followup.feedback(task_ids=[task_id])
    assert feedback.rating == 2
    assert feedback.given_on == dt.date(2026, 12, 7)
    assert feedback.went_well == "Every invoice was found"
    assert feedback.to_improve == "Invoices sorted by date, newest first"
    assert feedback.keep_in_mind == "Ask before paying over 500 EUR"
    assert workspace.tasks.task(task_id).acceptance_criteria == (
        "All invoices paid",
        "Invoices sorted by date, newest first",
    )
    assert window.editor.criteria.items() == [
        "All invoices paid",
        "Invoices sorted by date, newest first",
    ]
    tab = window.editor.feedback
    assert tab is not None
    # The feedback, in the Follow-up tab, is read when the tab comes on screen: click it.
    tabs = window.editor.tabs
    page = window.editor.followup_page
    assert page is not None
    sections = window.editor.sections
    spot = sections.visualItemRect(sections.item(tabs.indexOf(page))).center()
    qtbot.mouseClick(sections.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert tabs.currentWidget() is page
    assert "Every invoice was found" in tab.log.item(0).text()
    assert "★★☆☆☆ 2/5" in tab.log.item(0).text()

    window.named_actions["undo"].trigger()
    assert workspace.followup.feedback(task_ids=[task_id]) == []
    assert workspace.tasks.task(task_id).acceptance_criteria == ("All invoices paid",)
    assert tab.log.entries == []
    assert tab.log.item(0).text() == "No feedback yet."


def test_feedback_shows_on_the_assistants_page_with_the_to_do(
    window: MainWindow, qtbot: QtBot
) -> None:
    delegated_to_anna(window, "Book the venue")
    dialog = open_feedback(window)
    dialog.rating.buttons[4].setFocus()
    qtbot.keyClick(dialog.rating.buttons[4], Qt.Key.Key_4)  # digits choose too
    assert dialog.rating.value() == 4
    qtbot.keyClick(dialog.rating.buttons[3], Qt.Key.Key_Right)
    assert dialog.rating.value() == 5
    qtbot.keyClicks(dialog.went_well, "Booked a week early")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    window.page_actions[Page.ASSISTANTS].trigger()
    page = window.assistants_page
    text = page.feedback_log.item(0).text()
    assert "Book the venue" in text
    assert "Booked a week early" in text
    assert "5/5" in text


def test_an_edit_without_text_is_refused_and_nothing_is_stored(
    window: MainWindow, qtbot: QtBot
) -> None:
    task_id, _ = delegated_to_anna(window, "Order paper")
    dialog = open_feedback(window)
    qtbot.mouseClick(dialog.rating.buttons[2], Qt.MouseButton.LeftButton)
    tick(qtbot, dialog.turn_into_edit)
    tick(qtbot, dialog.target_buttons[EditTarget.STEP])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Write the text to add" in dialog.message.text()
    assert window.workspace.followup.feedback(task_ids=[task_id]) == []

    qtbot.keyClicks(dialog.edit_text, "Order recycled paper")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.workspace.tasks.task(task_id).steps == ("Order recycled paper",)
    assert len(window.workspace.followup.feedback(task_ids=[task_id])) == 1


@pytest.mark.parametrize(
    ("target", "field", "expected"),
    [
        (EditTarget.INSTRUCTIONS, "instructions", "Pay on Fridays.\n\nSort them by date."),
        (EditTarget.STEP, "steps", ("Sort them by date.",)),
    ],
)
def test_the_other_edits_append_to_the_to_do(
    window: MainWindow, qtbot: QtBot, target: EditTarget, field: str, expected: object
) -> None:
    task_id, _ = delegated_to_anna(window, "Pay the invoices", instructions="Pay on Fridays.")
    dialog = open_feedback(window)
    qtbot.mouseClick(dialog.rating.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.to_improve, "Sort them by date.")
    tick(qtbot, dialog.turn_into_edit)
    tick(qtbot, dialog.target_buttons[target])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert getattr(window.workspace.tasks.task(task_id), field) == expected


def test_cancel_stores_nothing(window: MainWindow, qtbot: QtBot) -> None:
    task_id, _ = delegated_to_anna(window, "Order paper")
    dialog = open_feedback(window)
    qtbot.mouseClick(dialog.rating.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.workspace.followup.feedback(task_ids=[task_id]) == []

"""Reviewing a settling-in period from the Assistants page, the way a user does."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant
from delegator.domain.followup import Feedback, ReviewOutcome
from delegator.domain.model import Decision
from delegator.gui.main_window import MainWindow
from delegator.gui.review_dialog import ReviewDialog
from delegator.gui.sidebar import Page
from delegator.services.task_service import NewTask


def tick(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.rect().center().y()))


def anna_after_her_trial(window: MainWindow) -> int:
    """Anna's trial ended a week ago (the clock says 7 December 2026); one to-do of hers
    has feedback and a check-in."""
    workspace = window.workspace
    anna, _ = workspace.assistants.add(
        Assistant(id=0, name="Anna", trial_end=dt.date(2026, 11, 30))
    )
    (task_id,), _ = workspace.tasks.add([NewTask("Pay the invoices", Decision.DELEGATE)])
    workspace.tasks.update(task_id, {"assistant_id": anna.id})
    workspace.followup.add_feedback(
        Feedback(
            id=0, given_on=dt.date(2026, 11, 20), rating=4, went_well="On time", task_id=task_id
        )
    )
    workspace.followup.complete_check_in(task_id, "Talked about the filing")
    return anna.id


def open_assistants(window: MainWindow) -> None:
    window.page_actions[Page.ASSISTANTS].trigger()


def test_review_with_an_adjustment_is_kept_and_the_review_is_no_longer_due(
    window: MainWindow, qtbot: QtBot
) -> None:
    anna_id = anna_after_her_trial(window)
    open_assistants(window)
    page = window.assistants_page
    assert page.review_due_banner.isVisible()
    assert "has not been reviewed yet" in page.review_due_banner.text()

    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ReviewDialog)
    assert dialog.isVisible()
    assert "On time" in dialog.feedback_log.item(0).text()
    assert "Talked about the filing" in dialog.check_in_list.item(0).text()
    assert not dialog.save_button.isEnabled()
    assert not dialog.adjustment.isEnabled()

    tick(qtbot, dialog.outcome_buttons[ReviewOutcome.ADJUST])
    assert dialog.adjustment.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # what to adjust?
    assert dialog.isVisible()
    assert dialog.message.text() == "Say what you want to adjust."
    assert window.workspace.followup.reviews(anna_id) == []

    qtbot.keyClicks(dialog.adjustment, "Weekly check-ins")
    qtbot.keyClicks(dialog.notes, "Good start")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    (review,) = window.workspace.followup.reviews(anna_id)
    assert review.outcome is ReviewOutcome.ADJUST
    assert review.adjustment == "Weekly check-ins"
    assert review.notes == "Good start"
    assert review.reviewed_on == dt.date(2026, 12, 7)
    assert page.reviews.item(0).text().startswith(page.reviews.item(0).text().split(" · ")[0])
    assert "Adjust: Weekly check-ins" in page.reviews.item(0).text()
    assert not page.review_due_banner.isVisible()

    window.named_actions["undo"].trigger()
    assert window.workspace.followup.reviews(anna_id) == []
    assert page.review_due_banner.isVisible()
    assert page.reviews.item(0).text() == "No reviews yet."


def test_ending_says_that_nothing_is_archived(window: MainWindow, qtbot: QtBot) -> None:
    anna_id = anna_after_her_trial(window)
    window.named_actions["review_settling_in"].trigger()
    dialog = window.assistants_page.dialog
    assert isinstance(dialog, ReviewDialog)
    assert not dialog.end_note.isVisible()
    tick(qtbot, dialog.outcome_buttons[ReviewOutcome.END])
    assert dialog.end_note.isVisible()
    assert "nothing is archived or deleted" in dialog.end_note.text()
    assert not dialog.adjustment.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (review,) = window.workspace.followup.reviews(anna_id)
    assert review.outcome is ReviewOutcome.END
    assert not window.workspace.assistants.assistant(anna_id).archived


def test_a_trial_still_running_is_not_due(window: MainWindow) -> None:
    window.workspace.assistants.add(Assistant(id=0, name="Ben", trial_end=dt.date(2027, 1, 15)))
    open_assistants(window)
    page = window.assistants_page
    page.refresh()
    assert not page.review_due_banner.isVisible()
    assert "ends on" in page.trial_status.text()

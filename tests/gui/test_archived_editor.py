"""The editor of an archived to-do: the decision strip's buttons and the follow-up
panel refuse clicks until the to-do is restored, and nothing is stored meanwhile."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from delegator.domain.model import Decision, Status
from delegator.gui.main_window import MainWindow

from .action_walk import OFFSCREEN_LIMITS
from .conftest import seed

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)


def _archive_and_show(window: MainWindow, qtbot: QtBot, decision: Decision) -> int:
    """A to-do with *decision*, deleted to the Archive and shown there in the editor."""
    [task_id] = seed(window, "Call the bank", decision=decision)
    window.table.setFocus()
    qtbot.keySequence(window.table, QKeySequence("Ctrl+4"))  # All: whatever its decision
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    qtbot.keySequence(window.table, QKeySequence("Ctrl+5"))
    assert window.editor.task is not None
    assert window.editor.task.id == task_id
    assert window.editor.task.archived
    return task_id


@pytest.mark.parametrize("decision", [Decision.UNDECIDED, Decision.DELEGATE])
def test_the_decision_strip_of_an_archived_to_do_refuses_clicks(
    window: MainWindow, qtbot: QtBot, decision: Decision
) -> None:
    task_id = _archive_and_show(window, qtbot, decision)
    strip = window.editor.decision
    buttons = (strip.keep, strip.delegate, strip.undecided, strip.questions)
    shown = [button for button in buttons if button.isVisible()]
    assert len(shown) == (3 if decision is Decision.UNDECIDED else 2)
    tab = window.editor.tabs.currentIndex()

    for button in shown:
        assert not button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert window.workspace.tasks.task(task_id).decision is decision
    assert window.editor.tabs.currentIndex() == tab

    lock = window.task_menus.archived_lock
    assert lock is not None
    qtbot.mouseClick(lock.restore, Qt.MouseButton.LeftButton)
    qtbot.keySequence(window.table, QKeySequence("Ctrl+4"))
    assert window.editor.task is not None
    assert window.editor.task.id == task_id
    assert strip.keep.isEnabled()
    qtbot.mouseClick(strip.keep, Qt.MouseButton.LeftButton)
    assert window.workspace.tasks.task(task_id).decision is Decision.KEEP


def test_the_follow_up_panel_of_an_archived_to_do_refuses_input(
    window: MainWindow, qtbot: QtBot
) -> None:
    task_id = _archive_and_show(window, qtbot, Decision.DELEGATE)
    panel = window.editor.followup
    assert panel is not None

    for widget in (panel.status, panel.next_check_in, panel.complete):
        assert not widget.isEnabled()
    qtbot.mouseClick(panel.complete, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.status, "d")

    assert window.workspace.tasks.task(task_id).status is Status.OPEN
    assert window.workspace.followup.check_ins([task_id]) == []

"""The editor beside an empty list (an empty Archive, a search without hits, an Inbox
sorted to the end) shows its empty state: no to-do is on screen to be edited."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant
from delegator.domain.model import Decision
from delegator.gui.main_window import MainWindow
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace

from .conftest import CLOCK, OpenWindow
from .helpers import choose


def capture(window: MainWindow, qtbot: QtBot, title: str) -> None:
    qtbot.keySequence(window.capture, QKeySequence("Ctrl+N"))
    qtbot.keyClicks(window.capture, title)
    qtbot.keyClick(window.capture, Qt.Key.Key_Return)


def shown_title(window: MainWindow) -> str | None:
    """The to-do the editor shows, or None when it shows its empty state."""
    editor = window.editor
    if editor.empty.isVisible():
        assert editor.task is None
        assert not editor.tabs.isVisible()
        assert not editor.title.isVisible()
        return None
    assert editor.tabs.isVisible()
    assert editor.task is not None
    return editor.title.text()


def test_an_empty_archive_shows_no_to_do(window: MainWindow, qtbot: QtBot) -> None:
    capture(window, qtbot, "Call the bank")
    assert shown_title(window) == "Call the bank"
    qtbot.keySequence(window.capture, QKeySequence("Ctrl+5"))
    assert window.model.rowCount() == 0
    assert shown_title(window) is None
    qtbot.keySequence(window.table, QKeySequence("Ctrl+4"))
    assert shown_title(window) == "Call the bank"


def test_a_search_without_hits_shows_no_to_do(window: MainWindow, qtbot: QtBot) -> None:
    capture(window, qtbot, "Call the bank")
    qtbot.keySequence(window.capture, QKeySequence("Ctrl+F"))
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "zebra")
    assert window.empty_hint.isVisible()
    assert shown_title(window) is None
    qtbot.keySequence(window.search, QKeySequence(QKeySequence.StandardKey.SelectAll))
    qtbot.keyClick(window.search, Qt.Key.Key_Backspace)
    assert shown_title(window) == "Call the bank"


def test_sorting_the_last_inbox_to_do_empties_the_editor(window: MainWindow, qtbot: QtBot) -> None:
    capture(window, qtbot, "Call the bank")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_K)
    assert window.model.rowCount() == 0
    assert shown_title(window) is None


def test_typing_in_the_editor_is_stored_before_it_empties(window: MainWindow, qtbot: QtBot) -> None:
    capture(window, qtbot, "Call the bank")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor.instructions.editor, "Ask for the new card")
    qtbot.keySequence(window.editor.instructions.editor, QKeySequence("Ctrl+F"))
    qtbot.keyClicks(window.search, "zebra")
    assert shown_title(window) is None
    (task,) = window._service.summaries()
    assert window._service.task(task.id).instructions == "Ask for the new card"


def test_an_edit_that_takes_the_last_to_do_out_of_the_list(
    open_window: OpenWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", CLOCK)
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    workspace.tasks.add([NewTask("Call the bank", Decision.DELEGATE)])
    (task,) = workspace.tasks.summaries()
    workspace.tasks.update(task.id, {"assistant_id": anna.id})
    workspace.close()
    window = open_window()
    sidebar = window.sidebar
    anna_row = next(row for row in range(sidebar.count()) if sidebar.item(row).text() == "Anna")
    rect = sidebar.visualItemRect(sidebar.item(anna_row))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown_title(window) == "Call the bank"
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.keySequence(window.editor.instructions.editor, QKeySequence("Alt+4"))
    choose(qtbot, window.editor.details.assistant, "Not assigned")
    assert window.model.rowCount() == 0
    assert shown_title(window) is None
    assert window._service.task(task.id).assistant_id is None


def test_the_empty_plans_demo_button_fills_the_plan(window: MainWindow, qtbot: QtBot) -> None:
    actions = window.empty_actions
    assert "Type a to-do above and press Enter" in window.empty_hint.text()
    assert actions.isVisible()
    assert actions.import_button.isVisible()
    assert not actions.clear_button.isVisible()

    qtbot.mouseClick(actions.demo_button, Qt.MouseButton.LeftButton)

    assert window.workspace.tasks.summaries()
    assert window.workspace.assistants.assistants()
    assert window.model.rowCount() > 0
    assert window.table.isVisible()
    assert not actions.isVisible()
    assert shown_title(window) is not None


def test_the_demo_plan_says_how_many_to_dos_it_loaded(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(window.empty_actions.demo_button, Qt.MouseButton.LeftButton)

    loaded = len(window.workspace.tasks.summaries())
    assert loaded > 1
    said = window.statusBar().currentMessage()
    assert said == f"{loaded} to-dos loaded from the demo plan"


def test_a_search_without_hits_offers_to_clear_it(window: MainWindow, qtbot: QtBot) -> None:
    capture(window, qtbot, "Call the bank")
    qtbot.keySequence(window.capture, QKeySequence("Ctrl+F"))
    qtbot.keyClicks(window.search, "zebra")
    actions = window.empty_actions
    assert window.empty_hint.text() == "No to-do matches “zebra”."
    assert actions.clear_button.isVisible()
    assert not actions.demo_button.isVisible()

    qtbot.mouseClick(actions.clear_button, Qt.MouseButton.LeftButton)

    assert window.search.text() == ""
    assert shown_title(window) == "Call the bank"
    assert not actions.isVisible()

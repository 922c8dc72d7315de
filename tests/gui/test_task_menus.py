"""The right-click menus on the list and the board, the status bar's Undo link and the
Archive's read-only to-dos, driven as a user does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant
from delegator.domain.model import Decision
from delegator.gui.main_window import MainWindow
from delegator.gui.sidebar import Page
from delegator.gui.status_undo import done_text

from .action_walk import OFFSCREEN_LIMITS
from .conftest import seed

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)


def right_click(view: QAbstractItemView, row: int) -> QMenu:
    """Right-click the row's item (a list row or a board card); the menu that opens."""
    point = view.visualRect(view.model().index(row, 0)).center()
    viewport = view.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    window = view.window()
    assert isinstance(window, MainWindow)
    menu = window.task_menus.menu
    assert menu is not None
    assert menu.isVisible()
    return menu


def entry(menu: QMenu, text: str) -> QMenu:
    """The submenu named *text* (its text without the & of its shortcut)."""
    for action in menu.actions():
        if action.text().replace("&", "") == text and action.menu() is not None:
            submenu = action.menu()
            assert isinstance(submenu, QMenu)
            return submenu
    raise AssertionError(f"no submenu {text!r} in {[a.text() for a in menu.actions()]}")


def choose(menu: QMenu, text: str) -> None:
    """Trigger the menu's entry *text*, as a click on it does (the menu closes)."""
    for action in menu.actions():
        if action.text().replace("&", "") == text:
            assert action.isEnabled(), f"{text} is disabled"
            action.trigger()
            menu.close()
            return
    raise AssertionError(f"no entry {text!r} in {[a.text() for a in menu.actions()]}")


def enabled(menu: QMenu) -> dict[str, bool]:
    return {a.text().replace("&", ""): a.isEnabled() for a in menu.actions() if a.text()}


def stored_decision(window: MainWindow, task_id: int) -> Decision:
    return window.workspace.tasks.task(task_id).decision


def test_delegate_from_the_row_menu_says_so_with_an_undo_link(
    window: MainWindow, qtbot: QtBot
) -> None:
    first, second, _third = seed(window, "Call the bank", "Book the venue", "Order paper")
    window.table.setFocus()
    window.list_controller.select_ids([first])

    menu = right_click(window.table, 1)  # a row outside the selection: it alone is chosen
    choose(menu, "Delegate")

    assert stored_decision(window, second) is Decision.DELEGATE
    assert stored_decision(window, first) is Decision.UNDECIDED
    undo = window.task_menus.status_undo
    assert undo.isVisible()
    assert undo.text.text() == done_text("delegate", 1)
    assert undo.link.text() == "Undo"

    qtbot.mouseClick(undo.link, Qt.MouseButton.LeftButton)

    assert stored_decision(window, second) is Decision.UNDECIDED
    assert not undo.isVisible()


def test_the_undo_link_names_every_to_do_and_leaves_after_a_newer_change(
    window: MainWindow, qtbot: QtBot
) -> None:
    seed(window, "Call the bank", "Book the venue", "Order paper")
    window.table.setFocus()
    qtbot.keySequence(window.table, QKeySequence(QKeySequence.StandardKey.SelectAll))
    qtbot.keyClick(window.table, Qt.Key.Key_D)
    undo = window.task_menus.status_undo
    assert undo.text.text() == done_text("delegate", 3)

    qtbot.keyClicks(window.capture, "Water the plants")
    qtbot.keyClick(window.capture, Qt.Key.Key_Return)

    assert not undo.isVisible()


def test_assign_to_an_assistant_from_the_row_menu(window: MainWindow, qtbot: QtBot) -> None:
    anna, changes = window.workspace.assistants.add(Assistant(0, "Anna Keller"))
    window.apply_changes(changes)
    [task_id] = seed(window, "Call the bank")
    window.table.setFocus()

    menu = right_click(window.table, 0)
    choose(entry(menu, "Assign To"), "Anna Keller")

    stored = window.workspace.tasks.task(task_id)
    assert (stored.decision, stored.assistant_id) == (Decision.DELEGATE, anna.id)
    assert window.task_menus.status_undo.text.text() == done_text("assign", 1, "Anna Keller")


def test_archive_from_the_menu_then_restore_with_the_archive_button(
    window: MainWindow, qtbot: QtBot
) -> None:
    [task_id] = seed(window, "Call the bank")
    window.table.setFocus()
    choose(right_click(window.table, 0), "Delete to Archive")
    assert window.workspace.tasks.task(task_id).archived
    assert window.task_menus.status_undo.text.text() == done_text("archive", 1)
    assert not window.task_menus.archive_bar.isVisible()

    qtbot.keySequence(window.table, QKeySequence("Ctrl+5"))
    bar = window.task_menus.archive_bar
    assert bar.isVisible()
    menu = right_click(window.table, 0)
    shown = enabled(menu)
    assert not shown.pop("Apply Template…", False)  # where the window has it
    assert shown == {
        "Keep": False,
        "Delegate": False,
        "Undecided": False,
        "Assign To": False,
        "New from Template": True,
        "Rename": False,
        "Restore from Archive": True,
    }
    menu.close()

    qtbot.mouseClick(bar.restore, Qt.MouseButton.LeftButton)

    assert not window.workspace.tasks.task(task_id).archived
    assert window.task_menus.status_undo.text.text() == done_text("restore", 1)


def test_the_editor_of_an_archived_to_do_refuses_typing_until_restored(
    window: MainWindow, qtbot: QtBot
) -> None:
    [task_id] = seed(window, "Call the bank")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    qtbot.keySequence(window.table, QKeySequence("Ctrl+5"))
    editor = window.editor
    assert editor.task is not None
    assert editor.task.id == task_id
    lock = window.task_menus.archived_lock
    assert lock is not None
    assert lock.isVisible()
    assert "read-only" in lock.text.text()

    qtbot.mouseClick(editor.instructions.editor.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.instructions.editor, "Typed anyway")
    editor.flush()

    assert editor.instructions.editor.toPlainText() == ""
    assert window.workspace.tasks.task(task_id).instructions == ""

    qtbot.mouseClick(lock.restore, Qt.MouseButton.LeftButton)
    assert not window.workspace.tasks.task(task_id).archived


def test_the_board_card_menu_decides_and_archives_the_card(
    window: MainWindow, qtbot: QtBot
) -> None:
    keep_me, archive_me = seed(window, "Call the bank", "Book the venue")
    window.page_actions[Page.BOARD].trigger()
    column = window.board.column_view(Decision.UNDECIDED)

    choose(right_click(column, 0), "Keep")
    assert stored_decision(window, keep_me) is Decision.KEEP
    assert window.task_menus.status_undo.text.text() == done_text("keep", 1)

    column = window.board.column_view(Decision.UNDECIDED)
    choose(right_click(column, 0), "Delete to Archive")
    assert window.workspace.tasks.task(archive_me).archived
    assert window.board.column_model(Decision.UNDECIDED).card_count() == 0


def close_with_escape(menu: QMenu, qtbot: QtBot) -> None:
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def assert_new_from_template_fills(window: MainWindow) -> None:
    """The menu bar's To-do → New from Template opens with its entries."""
    templates = window.templates_menu
    templates.popup(window.mapToGlobal(window.rect().center()))
    try:
        assert templates.isVisible()
        assert [a.text() for a in templates.actions() if a.text()]
    finally:
        templates.close()


def test_a_second_row_menu_leaves_new_from_template_working(
    window: MainWindow, qtbot: QtBot
) -> None:
    seed(window, "Call the bank")
    window.table.setFocus()
    for _ in range(2):
        menu = right_click(window.table, 0)
        assert entry(menu, "New from Template") is window.templates_menu
        close_with_escape(menu, qtbot)

    assert_new_from_template_fills(window)


def test_a_second_card_menu_leaves_new_from_template_working(
    window: MainWindow, qtbot: QtBot
) -> None:
    seed(window, "Call the bank")
    window.page_actions[Page.BOARD].trigger()
    for _ in range(2):
        menu = right_click(window.board.column_view(Decision.UNDECIDED), 0)
        assert entry(menu, "New from Template")
        close_with_escape(menu, qtbot)

    assert_new_from_template_fills(window)

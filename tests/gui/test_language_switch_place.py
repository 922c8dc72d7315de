"""A new language chosen while typing in the editor: the new window opens the same
section with the cursor in the same field, where it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from delegator.gui.main_window import MainWindow

from .conftest import seed
from .test_settings_dialog import as_before, choose, open_settings, press_ok, reopening_window

__all__ = ["as_before", "reopening_window"]  # the fixtures this module uses


def switch_to_german(window: MainWindow, qtbot: QtBot) -> MainWindow:
    dialog = open_settings(window, qtbot)
    choose(qtbot, dialog.language, "Deutsch")
    with qtbot.waitSignal(window.reopened) as reopened:
        press_ok(qtbot, dialog)
    successor = reopened.args[0]
    assert isinstance(successor, MainWindow)
    qtbot.waitSignal(successor.started).wait()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return successor


def click_into(qtbot: QtBot, field: QWidget) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())


def test_typing_the_instructions_keeps_the_cursor_there_in_the_new_language(
    reopening_window: MainWindow, qtbot: QtBot
) -> None:
    window = reopening_window
    (task_id,) = seed(window, "Invoices")
    assert window.list_controller.select_ids([task_id])
    instructions = window.editor.instructions.editor
    click_into(qtbot, instructions)
    qtbot.keyClicks(instructions, "Collect the rece")

    successor = switch_to_german(window, qtbot)

    editor = successor.editor
    assert editor.tabs.currentIndex() == 0
    assert editor.instructions.editor.hasFocus()
    assert editor.instructions.text() == "Collect the rece"
    assert editor.instructions.editor.textCursor().position() == len("Collect the rece")


def test_a_field_of_the_details_keeps_its_section_and_the_cursor(
    reopening_window: MainWindow, qtbot: QtBot
) -> None:
    window = reopening_window
    (task_id,) = seed(window, "Invoices")
    assert window.list_controller.select_ids([task_id])
    window.editor.open_tab(3)
    skills = window.editor.details.skills
    click_into(qtbot, skills)
    qtbot.keyClicks(skills, "Excel")
    skills.setCursorPosition(2)

    successor = switch_to_german(window, qtbot)

    editor = successor.editor
    assert editor.tabs.currentIndex() == 3
    field = QApplication.focusWidget()
    assert field is editor.details.skills
    assert isinstance(field, QLineEdit)
    assert (field.text(), field.cursorPosition()) == ("Excel", 2)

"""Typed text lands in the field the user clicked, and is stored there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from delegator.gui.main_window import MainWindow

from .action_walk import OFFSCREEN_LIMITS
from .conftest import seed

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)


def click_and_type(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Click *field* through its window, as the window system delivers a click (an open
    popup sees it first), and type *text*."""
    window = field.window()
    handle = window.windowHandle()
    assert handle is not None
    spot = field.mapTo(window, field.rect().center())
    qtbot.mouseClick(handle, Qt.MouseButton.LeftButton, pos=spot)
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_a_click_after_a_completed_skill_lands_in_the_clicked_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    (first, second) = seed(window, "Belege", "Rechnungen")
    window.editor.show_task(first)
    window.editor.open_tab(3)
    form = window.editor.details
    click_and_type(qtbot, form.skills, "Sorgfalt")
    qtbot.keyClick(form.skills, Qt.Key.Key_Return)
    window.editor.show_task(second)
    click_and_type(qtbot, form.skills, "Sorg")
    popup = form.skills.completer().popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    click_and_type(qtbot, form.minutes, "15")
    assert form.skills.text() == "Sorg"
    assert form.minutes.text() == "15"

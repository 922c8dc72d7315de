"""The status bar's Undo line reads like its other messages: its text starts at the
same place, so nothing jumps when one replaces the other, and the dash stands evenly
between the words and the link."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget
from pytestqt.qtbot import QtBot

from delegator.gui.main_window import MainWindow

from .conftest import seed


def first_inked_column(image: QImage, blank: QImage, area: QRect) -> int:
    """The leftmost column of *area* where *image* differs from *blank*."""
    for x in range(area.left(), area.right() + 1):
        for y in range(area.top(), area.bottom() + 1):
            if image.pixel(x, y) != blank.pixel(x, y):
                return x
    raise AssertionError("nothing drawn")


def grab(bar: QStatusBar, qtbot: QtBot) -> QImage:
    qtbot.wait(20)
    return bar.grab().toImage()


def test_the_undo_line_starts_where_status_messages_start(window: MainWindow, qtbot: QtBot) -> None:
    seed(window, "Call the bank")
    window.table.setFocus()
    window.list_controller.select_row(0)
    bar = window.statusBar()
    undo = window.task_menus.status_undo
    bar.clearMessage()
    blank = grab(bar, qtbot)
    area = QRect(0, 0, bar.width() // 2, bar.height())

    window.named_actions["keep"].trigger()
    assert undo.isVisible()
    said = undo.text.text()
    with_undo = grab(bar, qtbot)
    undo.hide()
    bar.showMessage(said)
    with_message = grab(bar, qtbot)

    assert first_inked_column(with_undo, blank, area) == first_inked_column(
        with_message, blank, area
    )


def test_the_dash_stands_evenly_between_the_words_and_the_link(
    window: MainWindow, qtbot: QtBot
) -> None:
    seed(window, "Call the bank")
    window.table.setFocus()
    window.list_controller.select_row(0)
    window.named_actions["keep"].trigger()
    undo = window.task_menus.status_undo
    qtbot.wait(20)
    image = undo.grab().toImage()
    background = image.pixel(0, 0)
    inked = [
        x
        for x in range(image.width())
        if any(image.pixel(x, y) != background for y in range(image.height()))
    ]
    (dash,) = [label for label in undo.findChildren(QLabel) if label.text() == "—"]

    def within(widget: QWidget) -> list[int]:
        return [x for x in inked if widget.x() <= x < widget.x() + widget.width()]

    words_end = max(within(undo.text))
    dash_start, dash_end = min(within(dash)), max(within(dash))
    link_start = min(within(undo.link))
    assert abs((dash_start - words_end) - (link_start - dash_end)) <= 2

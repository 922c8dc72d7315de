"""Reopen the main window in another language without losing what the user was doing.

Qt widgets keep the texts they were made with, so a new language needs new widgets:
the window is closed (which stores a half-typed edit and saves its size, splitters
and page), the catalogues are switched, and a new window opens on the same plan, with
the capture field's and the search's text, the selection and the focus carried over.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from delegator.gui.main_window import MainWindow
from delegator.text import i18n


def reopen(window: MainWindow, language: str) -> MainWindow:
    """A new window like *window*, in *language*; *window* is closed and deleted after
    announcing its successor (``reopened``)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a window needs its application"
    capture, search = window.capture.text(), window.search.text()
    cursor = window.capture.cursorPosition()
    capturing = window.capture.hasFocus()
    selected = window.list_controller.selected_ids()
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # between the two windows none is open
    try:
        window.close()
        i18n.switch_language(app, language)
        successor = MainWindow(window.workspace, window.settings_file)
        successor.capture.setText(capture)
        successor.capture.setCursorPosition(cursor)
        successor.search.setText(search)
        successor.show()
        successor.activateWindow()
    finally:
        app.setQuitOnLastWindowClosed(quits)

    def carry_on() -> None:
        if selected:
            successor.list_controller.select_ids(selected)
        if capturing:
            successor.capture.setFocus()

    successor.started.connect(carry_on)
    window.reopened.emit(successor)
    window.deleteLater()
    return successor

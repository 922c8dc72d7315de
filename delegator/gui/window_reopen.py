"""Reopen the main window in another language without losing what the user was doing.

Qt widgets keep the texts they were made with, so a new language needs new widgets:
the window is closed (which stores a half-typed edit and saves its size, splitters
and page), the catalogues are switched, and a new window opens on the same plan, with
the capture field's and the search's text, the selection, the editor's section and the
focus carried over. A field of the editor is found again by its place among the
editor's widgets (both windows build the editor alike; its names are translated), and
its cursor put where it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from delegator.gui.main_window import MainWindow
from delegator.gui.task_editor import TaskEditor
from delegator.text import i18n


def reopen(window: MainWindow, language: str) -> MainWindow:
    """A new window like *window*, in *language*; *window* is closed and deleted after
    announcing its successor (``reopened``)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a window needs its application"
    capture, search = window.capture.text(), window.search.text()
    cursor = window.capture.cursorPosition()
    capturing = window.capture.hasFocus()
    place = _EditorPlace.of(window)
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
        elif place is not None:
            place.restore(successor)

    successor.started.connect(carry_on)
    window.reopened.emit(successor)
    window.deleteLater()
    return successor


@dataclass(frozen=True, slots=True)
class _EditorPlace:
    """The editor's section and the field with the focus: its path of child indices
    below the editor, and its cursor position (None where it has no cursor)."""

    section: int
    path: tuple[int, ...] | None
    cursor: int | None

    @classmethod
    def of(cls, window: MainWindow) -> _EditorPlace | None:
        editor = window.findChild(TaskEditor)  # None until the window has started
        if editor is None or editor.task is None:
            return None
        focused = window.focusWidget()
        path = _path(editor, focused) if focused is not None else None
        cursor = _cursor(focused) if path is not None and focused is not None else None
        return cls(editor.tabs.currentIndex(), path, cursor)

    def restore(self, window: MainWindow) -> None:
        editor = window.editor
        if editor.task is None:
            return
        editor.tabs.setCurrentIndex(self.section)
        field = _follow(editor, self.path) if self.path is not None else None
        if field is None or not field.isVisibleTo(window):
            return
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.cursor is None:
            return
        if isinstance(field, QLineEdit):
            field.setCursorPosition(self.cursor)
        elif isinstance(field, QTextEdit | QPlainTextEdit):
            text_cursor = field.textCursor()
            text_cursor.setPosition(min(self.cursor, len(field.toPlainText())))
            field.setTextCursor(text_cursor)


def _children(widget: QWidget) -> list[QWidget]:
    return [child for child in widget.children() if isinstance(child, QWidget)]


def _path(root: QWidget, widget: QWidget) -> tuple[int, ...] | None:
    """The child indices from *root* down to *widget*; None if it is not below *root*."""
    path: list[int] = []
    while widget is not root:
        parent = widget.parentWidget()
        if parent is None:
            return None
        path.append(_children(parent).index(widget))
        widget = parent
    return tuple(reversed(path))


def _follow(root: QWidget, path: tuple[int, ...]) -> QWidget | None:
    widget = root
    for index in path:
        children = _children(widget)
        if index >= len(children):
            return None
        widget = children[index]
    return widget


def _cursor(widget: QWidget) -> int | None:
    if isinstance(widget, QLineEdit):
        return widget.cursorPosition()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return widget.textCursor().position()
    return None

"""Shared by the page and dialog tests: runners standing in for the window's
``run(label, operation) -> bool``, showing a page, and typing like a user."""

from __future__ import annotations

from typing import Protocol, TypeVar

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QInputMethodEvent, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from delegator.domain.changes import Changes
from delegator.domain.errors import DelegatorError
from delegator.gui.undo_commands import OperationCommand
from delegator.services.task_operations import Operation


class Page(Protocol):
    def refresh(self) -> None: ...


class Recorder:
    """Applies the operation and records its label and what it changed."""

    def __init__(self) -> None:
        self.labels: list[str] = []
        self.refreshed: list[Changes] = []

    def __call__(self, label: str, operation: Operation) -> bool:
        self.refreshed.append(operation.apply())
        self.labels.append(label)
        return True


class StackRunner(Recorder):
    """Also puts each operation on a real QUndoStack; undo and redo refresh the pages."""

    def __init__(self) -> None:
        super().__init__()
        self.stack = QUndoStack()
        self.pages: list[Page] = []

    def __call__(self, label: str, operation: Operation) -> bool:
        super().__call__(label, operation)
        self.stack.push(OperationCommand(label, operation, self._refresh, self._failed))
        return True

    def _refresh(self, changes: Changes) -> None:
        self.refreshed.append(changes)
        for page in self.pages:
            page.refresh()

    def _failed(self, error: DelegatorError) -> None:
        raise error


RTL_EMOJI = "مساعد 🤝"

ShownWidget = TypeVar("ShownWidget", bound=QWidget)


def show_page(qtbot: QtBot, page: ShownWidget) -> ShownWidget:
    """Show *page* on its own, 1000 × 650, as the active window (so it has the focus)."""
    qtbot.addWidget(page)
    page.resize(1000, 650)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type *text* like a user. QTest only knows ASCII keys, so other letters arrive as
    key events carrying their text (an Arabic keyboard layout) and emoji through the
    input method (an emoji picker)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        elif ord(char) > 0xFFFF:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                key_event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, key_event)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a button; a check box on its box, wherever its layout stretched it to."""
    pos = button.rect().center()
    if isinstance(button, QCheckBox):
        pos.setX(min(pos.x(), 8))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)


def leave(qtbot: QtBot, widget: QWidget, key: Qt.Key = Qt.Key.Key_Tab) -> None:
    """Press *key*; while a completion list is open it gets the key, as for a user."""
    completer = widget.completer() if isinstance(widget, QLineEdit | QComboBox) else None
    popup = completer.popup() if completer is not None else None
    if popup is not None and popup.isVisible():
        qtbot.keyClick(popup, key)
    else:
        qtbot.keyClick(widget, key)


def retype(qtbot: QtBot, widget: QWidget, text: str, key: Qt.Key = Qt.Key.Key_Tab) -> None:
    """Move into a field with Tab, replace what it shows by *text*, leave with *key*.

    Date and time fields select their first part on Tab, and typing runs through the
    parts; other fields get Ctrl+A first.
    """
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    if not isinstance(widget, QDateTimeEdit):
        qtbot.keySequence(widget, QKeySequence(QKeySequence.StandardKey.SelectAll))
        if not text:
            qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)
    leave(qtbot, widget, key)


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Choose the item *text* with the keyboard, as a user of a closed combo box does:
    Home, then Down until it shows (each step selects an item, as for a user)."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text, f"{text!r} cannot be chosen in {combo.objectName()!r}"


def choose_data(qtbot: QtBot, combo: QComboBox, data: object) -> None:
    """Choose the item holding *data* as a user does with the keyboard: Home, then Down
    until it is shown (each key press is a choice the combo box reports as activated)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data, f"{data!r} is not offered"


def open_menu(menu: QMenu) -> list[QAction]:
    """Open *menu* as a click on its title does (it fills itself as it shows), read its
    entries, and close it again."""
    menu.popup(QPoint(0, 0))
    entries = [action for action in menu.actions() if not action.isSeparator()]
    menu.close()
    return entries

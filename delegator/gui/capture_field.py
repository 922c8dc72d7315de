"""The quick-capture field: Enter adds a to-do; pasting several lines adds one per line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QContextMenuEvent, QDropEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit


class CaptureField(QLineEdit):
    """A line edit that hands whole lines to the window instead of squashing them.

    Signals:
        titles_entered(str): Enter was pressed, or multi-line text was pasted or
            dropped; the text holds one to-do per line.
    """

    titles_entered = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.returnPressed.connect(self._on_self_return_pressed)

    def _on_self_return_pressed(self) -> None:
        self.titles_entered.emit(self.text())

    def insert_text(self, pasted: str) -> None:
        """Insert at the cursor; text with line breaks is entered at once."""
        if "\n" not in pasted and "\r" not in pasted:
            self.insert(pasted)
            return
        if self.hasSelectedText():
            self.del_()
        position = self.cursorPosition()
        current = self.text()
        self.titles_entered.emit(current[:position] + pasted + current[position:])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.insert_text(QGuiApplication.clipboard().text())
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() == "edit-paste":
                action.triggered.disconnect()
                action.triggered.connect(
                    lambda: self.insert_text(QGuiApplication.clipboard().text())
                )
        menu.exec(event.globalPos())
        menu.deleteLater()

    def dropEvent(self, event: QDropEvent) -> None:
        text = event.mimeData().text()
        if "\n" in text or "\r" in text:
            event.acceptProposedAction()
            self.insert_text(text)
            return
        super().dropEvent(event)

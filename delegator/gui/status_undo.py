"""The status bar's word on what an action did, with an Undo link beside it."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QMoveEvent, QPalette, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QToolButton, QWidget

from delegator.domain.model import Status
from delegator.gui.status_style import status_label

# Where QStatusBar writes a message: 6 px from its left edge (QStatusBarPrivate::messageRect).
MESSAGE_X = 6


class DoneWords(QObject):
    """The past-tense words of the status bar (a QObject: lupdate reads plurals only
    from ``self.tr``)."""

    def text(self, change: str, count: int, name: str) -> str:
        if change.startswith("status:"):
            status = status_label(Status(change.partition(":")[2]))
            return self.tr("%n to-do(s) marked “{status}”", "", count).format(status=status)
        if change == "assign" and not name:
            return self.tr("%n to-do(s) not assigned", "", count)
        if change == "assign":
            return self.tr("%n to-do(s) assigned to {name}", "", count).format(name=name)
        texts = {
            "keep": self.tr("%n to-do(s) kept", "", count),
            "delegate": self.tr("%n to-do(s) delegated", "", count),
            "undecided": self.tr("%n to-do(s) marked undecided", "", count),
            "archive": self.tr("%n to-do(s) moved to the Archive", "", count),
            "restore": self.tr("%n to-do(s) restored", "", count),
        }
        return texts[change]


def done_text(change: str, count: int, name: str = "") -> str:
    """What a change to *count* to-dos did, in the past tense.

    *change* is a decision's value, "archive", "restore", "assign" (to *name*; no
    name: not assigned) or "status:<value>".
    """
    return DoneWords().text(change, count, name)


class StatusUndo(QWidget):
    """ "3 to-dos delegated — Undo" at the left of the status bar.

    The link undoes through the window's Undo action (as Ctrl+Z does). The line goes
    away as soon as Undo would undo something else: after an undo, a redo or a newer
    change.
    """

    def __init__(self, bar: QStatusBar, undo: QAction, stack: QUndoStack) -> None:
        super().__init__(bar)
        self._bar = bar
        self._stack = stack
        self._index = -1
        self.text = QLabel(self)
        self.link = QToolButton(self)
        self.link.setAutoRaise(True)
        self.link.setText(self.tr("Undo"))
        self.link.clicked.connect(undo.trigger)
        self.link.setToolTip(undo.shortcut().toString())
        self._colour_link()
        # A space either side of the dash; the link's own padding counts as part of it.
        space = self.fontMetrics().horizontalAdvance(" ")
        padding = (
            self.link.sizeHint().width() - self.fontMetrics().horizontalAdvance(self.link.text())
        ) // 2
        layout = self._layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.text)
        layout.addSpacing(space + max(0, padding))
        layout.addWidget(QLabel("—", self))
        layout.addSpacing(space)
        layout.addWidget(self.link)
        bar.addWidget(self)
        self.hide()
        stack.indexChanged.connect(self._on_stack_index_changed)

    def say(self, text: str) -> None:
        """Show *text* for the change just put on the undo stack."""
        self._index = self._stack.index()
        self._bar.clearMessage()
        self.text.setText(text)
        self.show()

    def moveEvent(self, event: QMoveEvent) -> None:
        # The text starts where the status bar writes its own messages.
        super().moveEvent(event)
        self._layout.setContentsMargins(max(0, MESSAGE_X - event.pos().x()), 0, 0, 0)

    def _colour_link(self) -> None:
        palette = self.link.palette()
        palette.setColor(QPalette.ColorRole.ButtonText, palette.color(QPalette.ColorRole.Link))
        self.link.setPalette(palette)

    def _on_stack_index_changed(self, index: int) -> None:
        if index != self._index:
            self.hide()

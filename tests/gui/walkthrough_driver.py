"""Drives the window as a user does and counts what it costs, action by action.

Each click, each key press or shortcut and each typed field counts one action; a typed
field whose cursor is elsewhere first costs the click into it. Choosing a menu entry
with the mouse counts two (open the menu, choose). The counts are kept per phase, in
the order the phases were started.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from .helpers import type_text


class CountingDriver:
    """Real input to real widgets, with the number of actions it took per phase."""

    def __init__(self, qtbot: QtBot) -> None:
        self._qtbot = qtbot
        self.counts: dict[str, int] = {}
        self._phase = ""

    def phase(self, name: str) -> None:
        """Count what follows under *name*."""
        self._phase = name
        self.counts.setdefault(name, 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def _count(self, actions: int = 1) -> None:
        assert self._phase, "start a phase first"
        self.counts[self._phase] += actions

    def click(
        self,
        widget: QWidget,
        pos: QPoint | None = None,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        """One click, in the middle of *widget* (a check box on its box) unless *pos*."""
        if pos is None:
            pos = widget.rect().center()
            if isinstance(widget, QCheckBox):
                pos.setX(min(pos.x(), 8))
        # As a real click: the deepest widget under the pointer gets it (a spin box's
        # text field, not the box around it).
        target = widget.childAt(pos) or widget
        at = target.mapFrom(widget, pos) if target is not widget else pos
        self._qtbot.mouseClick(target, Qt.MouseButton.LeftButton, modifier, at)
        self._count()

    def key(self, keys: str, widget: QWidget | None = None) -> None:
        """One key or shortcut, e.g. "D", "Tab" or "Ctrl+Return", to the focused widget."""
        target = widget or QApplication.focusWidget()
        assert target is not None, f"no widget has the focus for {keys}"
        self._qtbot.keySequence(target, QKeySequence(keys))
        self._count()

    def type_into(self, widget: QWidget, text: str) -> None:
        """Type *text* into *widget*: one action, plus a click when the cursor is not
        there yet."""
        if not widget.hasFocus():
            self.click(widget)
        assert widget.hasFocus(), f"{widget.accessibleName()!r} did not take the cursor"
        type_text(self._qtbot, widget, text)
        self._count()

    def report(self) -> str:
        lines = [f"{name}: {count}" for name, count in self.counts.items()]
        return "\n".join([*lines, f"total: {self.total}"])

"""An empty plan gives the hint and its first steps the room: the editor pane, with
nothing to describe, is hidden until the first to-do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from .conftest import OpenWindow


def test_the_editor_pane_waits_for_the_first_to_do(open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window()
    window.resize(800, 600)
    assert window.empty_hint.isVisible()
    assert not window.editor.isVisible()
    assert window.empty_hint.width() > 500  # the hint has the width of both panes
    # Closed while the plan is empty, opened again: the pane still comes back whole.
    window.close()
    window = open_window()
    window.resize(800, 600)
    assert not window.editor.isVisible()

    qtbot.keyClicks(window.capture, "Call the bank")
    qtbot.keyClick(window.capture, Qt.Key.Key_Return)

    qtbot.waitUntil(window.editor.isVisible)
    assert window.editor.width() >= 320
    assert window.table.isVisible()
    assert not window.empty_hint.isVisible()

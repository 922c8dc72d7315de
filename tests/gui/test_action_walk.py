"""Every menu action and every shortcut of the window, on the demo plan, the way a
user reaches them: none may raise or make Qt warn. New actions are found on their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from delegator.gui.main_window import MainWindow
from delegator.services.workspace import Workspace

from .action_walk import OFFSCREEN_LIMITS, QtLog, Walk, closing_modals
from .conftest import CLOCK, OpenWindow


def demo_window(open_window: OpenWindow, tmp_path: Path) -> MainWindow:
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", CLOCK)
    workspace.fill_with_demo("en")
    workspace.close()
    QGuiApplication.clipboard().setText("Order printer paper\nBook the venue\n")
    return open_window()


@pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)
def test_every_menu_action_runs(
    open_window: OpenWindow, tmp_path: Path, qtbot: QtBot, qtlog: QtLog
) -> None:
    walk = Walk(demo_window(open_window, tmp_path), qtbot, qtlog)
    with closing_modals():
        for action in walk.all_menu_actions():
            walk.trigger(action)
    assert not walk.failures, "\n".join(walk.failures)
    in_menus = {
        action
        for action in walk.window.findChildren(QAction)
        if not action.isSeparator()
        and action.menu() is None
        and any(isinstance(widget, QMenu) for widget in action.associatedObjects())
    }
    assert in_menus
    assert in_menus <= set(walk.triggered)


@pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)
def test_every_shortcut_fires(
    open_window: OpenWindow, tmp_path: Path, qtbot: QtBot, qtlog: QtLog
) -> None:
    walk = Walk(demo_window(open_window, tmp_path), qtbot, qtlog)
    with closing_modals():
        for place in walk.places():  # pages are built on their first visit
            walk.step(f"open {place.name}", place.go)
        shortcuts = walk.shortcuts()
        for shortcut in shortcuts:
            walk.press_shortcut(shortcut)
    assert not walk.failures, "\n".join(walk.failures)
    assert shortcuts
    assert walk.pressed == shortcuts


@pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)
def test_the_walk_reports_a_slot_that_raises(
    window: MainWindow, qtbot: QtBot, qtlog: QtLog
) -> None:
    def broken() -> None:
        raise RuntimeError("broken on purpose")

    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu)
    action = help_menu.addAction("Broken")
    action.setShortcut(QKeySequence("Ctrl+Shift+F12"))
    window.addAction(action)
    action.triggered.connect(broken)
    walk = Walk(window, qtbot, qtlog)
    with closing_modals():
        assert action in list(walk.all_menu_actions())
        walk.trigger(action)
        (shortcut,) = [item for item in walk.shortcuts() if item.keys == action.shortcut()]
        walk.press_shortcut(shortcut)
    assert len(walk.failures) == 2
    assert all("RuntimeError: broken on purpose" in failure for failure in walk.failures)

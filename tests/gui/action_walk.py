"""Walk the window like a user: every menu action and every shortcut, one step at a time.

Each step runs under pytest-qt's ``capture_exceptions`` (it takes over ``sys.excepthook``,
the hook the app's crash dialog is installed on) and is checked for Qt warnings, so a
failure names the action that caused it. Whatever opens is closed again: a modal
dialog blocking in ``exec()`` by a timer, anything else after the step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPoint, Qt, QTimer, QtMsgType, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QTabWidget, QWidget
from pytestqt.exceptions import capture_exceptions, format_captured_exceptions
from pytestqt.logging import Record
from pytestqt.qtbot import QtBot

from delegator.domain.views import View
from delegator.gui.editor_sections import SectionList
from delegator.gui.main_window import MainWindow

# Menus and completion lists grab the keyboard and raise themselves as they open,
# which the offscreen platform cannot do; it says so (mark a test with qt_log_ignore).
OFFSCREEN_LIMITS = "This plugin does not support (raise|grabbing the keyboard)"

WARNINGS = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)


class QtLog(Protocol):
    """What pytest-qt's ``qtlog`` fixture gives: the Qt messages captured so far (its
    class, ``_QtMessageCapture``, is private)."""

    @property
    def records(self) -> list[Record]: ...


@dataclass(frozen=True)
class Place:
    """Somewhere in the window an action may need (a view, a page, an undone change)."""

    name: str
    go: Callable[[], None]


@dataclass(frozen=True)
class Shortcut:
    """One key sequence of an action or QShortcut, pressed on one widget."""

    name: str
    keys: QKeySequence
    widget: QWidget
    fired: SignalInstance
    enabled: Callable[[], bool]


def close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()


@contextmanager
def closing_modals() -> Iterator[None]:
    """Reject every modal dialog soon after it opens, also inside a blocking ``exec()``."""
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(_close_active_modal)
    timer.start()
    try:
        yield
    finally:
        timer.stop()


def _close_active_modal() -> None:
    modal = QApplication.activeModalWidget()
    if modal is not None:
        close(modal)


def label(action: QAction) -> str:
    return action.text().replace("&", "")


def first_focusable(widget: QWidget) -> QWidget:
    """Where a user's keys go in *widget*: itself, or the first child Tab reaches."""
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy():
        return widget
    child = next_in_focus_chain(widget)
    while child is not widget:
        if (
            widget.isAncestorOf(child)
            and child.isVisible()
            and child.isEnabled()
            and child.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return child
        child = next_in_focus_chain(child)
    return widget


def next_in_focus_chain(widget: QWidget) -> QWidget:
    """The widget after *widget* in the focus chain (a ring, so there always is one)."""
    following = widget.nextInFocusChain()
    assert following is not None, f"{widget!r} has no next widget in the focus chain"
    return following


class Walk:
    """Steps through *window*, collecting every failure instead of stopping at the first."""

    def __init__(self, window: MainWindow, qtbot: QtBot, qtlog: QtLog) -> None:
        self.window = window
        self.qtbot = qtbot
        self.qtlog = qtlog
        self.failures: list[str] = []
        self.triggered: list[QAction] = []
        self.pressed: list[Shortcut] = []

    # Steps ------------------------------------------------------------------

    def step(self, name: str, run: Callable[[], None]) -> None:
        """Run one step, close what it opened, and record an exception or a Qt warning."""
        logged = len(self.qtlog.records)
        with capture_exceptions() as exceptions:
            run()
            self.tidy()
        if exceptions:
            self.failures.append(f"{name}:\n{format_captured_exceptions(exceptions)}")
        for record in self.qtlog.records[logged:]:
            if record.type in WARNINGS and not record.ignored:
                self.failures.append(f"{name}: Qt {record.log_type_name}: {record.message}")

    def tidy(self) -> None:
        """Close every other window (a dialog still busy closes once it has stopped);
        show the main window again if the step closed it (Quit)."""
        for widget in self._other_windows():
            close(widget)
        self.qtbot.waitUntil(lambda: not self._other_windows())
        if not self.window.isVisible():
            self.window.show()
        self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)

    def _other_windows(self) -> list[QWidget]:
        return [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and widget is not self.window
        ]

    def press(self, widget: QWidget, keys: QKeySequence) -> None:
        widget.setFocus()
        self.qtbot.keySequence(widget, keys)

    # Places -----------------------------------------------------------------

    def places(self) -> list[Place]:
        """The views and pages, each opened by its shortcut, then the Archive after
        some changes."""
        window = self.window
        views = [window.view_actions[View.ALL]]
        views += [action for view, action in window.view_actions.items() if view is not View.ALL]
        openers = [*views, *window.page_actions.values()]
        places = [Place(label(action), self._opener(action)) for action in openers]
        return [*places, Place("the Archive after some changes", self._change_and_undo)]

    def _opener(self, action: QAction) -> Callable[[], None]:
        return lambda: self.press(self.window.sidebar, action.shortcut())

    def _change_and_undo(self) -> None:
        """A to-do deleted, two added, one of them undone, then the Archive: Restore,
        Undo and Redo can all run."""
        window = self.window
        self.press(window.sidebar, window.view_actions[View.ALL].shortcut())
        self.press(window.table, window.named_actions["archive"].shortcut())
        window.capture.setFocus()
        for title in ("Walk the dog", "Water the plants"):
            self.qtbot.keyClicks(window.capture, title)
            self.qtbot.keySequence(window.capture, QKeySequence("Return"))
        self.press(window.table, window.named_actions["undo"].shortcut())
        self.press(window.sidebar, window.view_actions[View.ARCHIVE].shortcut())

    def go_where(self, ready: Callable[[], bool]) -> bool:
        """Open the first place where *ready()* holds; False if there is none."""
        for place in self.places():
            self.step(f"open {place.name}", place.go)
            if ready():
                return True
        return False

    # Menus ------------------------------------------------------------------

    def menu_actions(self, menu: QMenu) -> Iterator[QAction]:
        """The actions of *menu* and its submenus, each menu shown first (some are
        filled as they open)."""
        menu.popup(QPoint(0, 0))
        actions = [action for action in menu.actions() if not action.isSeparator()]
        menu.hide()
        for action in actions:
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                yield from self.menu_actions(submenu)
            else:
                yield action

    def all_menu_actions(self) -> Iterator[QAction]:
        for top in self.window.menuBar().actions():
            menu = top.menu()
            assert isinstance(menu, QMenu)
            yield from self.menu_actions(menu)

    def trigger(self, action: QAction) -> None:
        """Trigger *action* from the first place where it is enabled."""
        name = label(action)
        if not self.go_where(action.isEnabled):
            self.failures.append(f"{name}: enabled in none of the walk's places")
            return
        self.step(name, action.trigger)
        self.triggered.append(action)

    # Shortcuts --------------------------------------------------------------

    def shortcuts(self) -> list[Shortcut]:
        """Every key sequence of every QAction and QShortcut in the window, on each
        widget of the window it is attached to."""
        found: list[Shortcut] = []
        for action in self.window.findChildren(QAction):
            for widget in action.associatedObjects():
                if not isinstance(widget, QWidget) or isinstance(widget, QMenu):
                    continue
                for keys in action.shortcuts():
                    found.append(self._shortcut(label(action), keys, widget, action))
        for shortcut in self.window.findChildren(QShortcut):
            owner = shortcut.parent()
            assert isinstance(owner, QWidget)
            for keys in shortcut.keys():  # noqa: SIM118 (a QShortcut, not a dict)
                name = f"shortcut of {owner.accessibleName() or type(owner).__name__}"
                found.append(self._shortcut(name, keys, owner, shortcut))
        return [item for item in found if item.widget.window() is self.window]

    @staticmethod
    def _shortcut(
        name: str, keys: QKeySequence, widget: QWidget, source: QAction | QShortcut
    ) -> Shortcut:
        fired = source.triggered if isinstance(source, QAction) else source.activated
        return Shortcut(name, keys, widget, fired, source.isEnabled)

    def focus_target(self, shortcut: Shortcut) -> QWidget:
        """The widget a user's keys come from: for a window-wide shortcut, the list or
        page on screen; otherwise the widget the shortcut belongs to."""
        widget = shortcut.widget
        if widget is self.window:
            page = self.window.pages.currentWidget()
            assert page is not None, "the window shows no page"
            widget = page
        return first_focusable(widget)

    def reveal(self, widget: QWidget) -> bool:
        """Click every tab that hides *widget*, outermost first; True if it is then
        on screen."""
        tab_widgets: list[QTabWidget] = []
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QTabWidget):
                tab_widgets.insert(0, parent)
            parent = parent.parentWidget()
        for tabs in tab_widgets:
            pages = [tabs.widget(index) for index in range(tabs.count())]
            holding = [
                index
                for index, page in enumerate(pages)
                if page is not None and page.isAncestorOf(widget)
            ]
            if tabs.isVisible() and holding and tabs.currentIndex() != holding[0]:
                bar = tabs.tabBar()
                position = bar.tabRect(holding[0]).center()
                self.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=position)
        for sections in self.window.findChildren(SectionList):
            rows = [
                row
                for row in range(sections.count())
                if (page := sections.page(row)) is not None and page.isAncestorOf(widget)
            ]
            if sections.isVisible() and rows and sections.currentRow() != rows[0]:
                position = sections.visualItemRect(sections.item(rows[0])).center()
                self.qtbot.mouseClick(sections.viewport(), Qt.MouseButton.LeftButton, pos=position)
        return widget.isVisible()

    def press_shortcut(self, shortcut: Shortcut) -> None:
        """Press *shortcut* from the first place where it can work; it must fire."""
        name = f"{shortcut.name} ({shortcut.keys.toString()})"
        if not self.go_where(lambda: self.reveal(shortcut.widget) and shortcut.enabled()):
            self.failures.append(f"{name}: on screen and enabled in none of the walk's places")
            return
        fired: list[bool] = []

        def record(*_args: object) -> None:
            fired.append(True)

        target = self.focus_target(shortcut)
        shortcut.fired.connect(record)
        self.step(name, lambda: self.press(target, shortcut.keys))
        shortcut.fired.disconnect(record)
        if not fired:
            self.failures.append(f"{name}: pressed on {type(target).__name__}, nothing fired")
        self.pressed.append(shortcut)

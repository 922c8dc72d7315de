"""The week of reachability windows on the Working agreements page: one row per day."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.profile import ReachabilityWindow
from delegator.gui.form_widgets import InlineMessage
from delegator.gui.typed_fields import TimeEdit
from delegator.text.formatting import day_name, from_qtime, time_text, to_qtime

WORKDAYS_AFTER_MONDAY = (1, 2, 3, 4)  # what "Same as Monday for all weekdays" fills


def window_text(window: ReachabilityWindow) -> str:
    return f"{time_text(window.start)}–{time_text(window.end)}"


class _WindowEditor(QWidget):
    """The inline from–to editor that adding a window opens under its weekday.

    Signals:
        accepted: Enter or the Add button.
        cancelled: Escape or the Cancel button.
    """

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, weekday: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        day = day_name(weekday)
        self.start = TimeEdit(self)
        self.start.setAccessibleName(self.tr("{day} from").format(day=day))
        self.end = TimeEdit(self)
        self.end.setAccessibleName(self.tr("{day} to").format(day=day))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add this time on {day}").format(day=day))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.message = InlineMessage(self.start, self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start)
        row.addWidget(QLabel("–", self))
        row.addWidget(self.end)
        row.addWidget(self.add_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.accepted)
        self.cancel_button.clicked.connect(self.cancelled)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accepted.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)


class ReachabilityWeek(QWidget):
    """One row per weekday (Monday first) with its windows; add and remove in place.

    Several windows per day are allowed. A window entered in a day's editor is offered
    to the owner, which closes the editor and stores it, or ``refuse``s it: the editor
    stays open and says why. ``same_as_monday`` gives Tuesday to Friday Monday's
    windows (the weekend stays as it is).

    Signals:
        window_entered(int, object, object): the user entered a window: weekday, start
            and end (``datetime.time``), not yet checked.
        windows_edited(object): the user removed a window; carries the new tuple of
            ReachabilityWindow, sorted.
    """

    window_entered = Signal(int, object, object)
    windows_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._windows: tuple[ReachabilityWindow, ...] = ()
        self.remove_menu: QMenu | None = None
        self.day_labels: list[QLabel] = []
        self.texts: list[QLabel] = []
        self.add_buttons: list[QToolButton] = []
        self.remove_buttons: list[QToolButton] = []
        self.editors: list[_WindowEditor] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        widest = max(self.fontMetrics().horizontalAdvance(day_name(d)) for d in range(7))
        for weekday in range(7):
            day = day_name(weekday)
            label = QLabel(day, self)
            label.setFixedWidth(widest + 12)
            text = QLabel(self)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            add = QToolButton(self)
            add.setText("+")
            add.setAccessibleName(self.tr("Add a time on {day}").format(day=day))
            add.setToolTip(add.accessibleName())
            remove = QToolButton(self)
            remove.setText("−")
            remove.setAccessibleName(self.tr("Remove a time on {day}").format(day=day))
            remove.setToolTip(remove.accessibleName())
            editor = _WindowEditor(weekday, self)
            editor.setVisible(False)
            row = QHBoxLayout()
            row.setContentsMargins(0, 1, 0, 1)
            row.addWidget(label)
            row.addWidget(text, 1)
            row.addWidget(add)
            row.addWidget(remove)
            layout.addLayout(row)
            indented = QHBoxLayout()
            indented.setContentsMargins(widest + 12 + row.spacing(), 0, 0, 0)
            indented.addWidget(editor)
            layout.addLayout(indented)
            self.day_labels.append(label)
            self.texts.append(text)
            self.add_buttons.append(add)
            self.remove_buttons.append(remove)
            self.editors.append(editor)
        self.same_as_monday = QPushButton(self.tr("Same as Monday for all weekdays"), self)
        self.same_as_monday.setToolTip(
            self.tr("Tuesday to Friday get Monday's times; the weekend stays as it is.")
        )
        copy_row = QHBoxLayout()
        copy_row.setContentsMargins(widest + 12 + layout.spacing(), 4, 0, 0)
        copy_row.addWidget(self.same_as_monday)
        copy_row.addStretch(1)
        layout.addLayout(copy_row)
        self._wire()
        self._update_rows()

    def _wire(self) -> None:
        for weekday in range(7):
            self.add_buttons[weekday].clicked.connect(
                lambda _=False, d=weekday: self._on_add_button_clicked(d)
            )
            self.remove_buttons[weekday].clicked.connect(
                lambda _=False, d=weekday: self._on_remove_button_clicked(d)
            )
            self.editors[weekday].accepted.connect(lambda d=weekday: self._on_editor_accepted(d))
            self.editors[weekday].cancelled.connect(lambda d=weekday: self._on_editor_cancelled(d))
        self.same_as_monday.clicked.connect(self._on_same_as_monday_clicked)

    def focus_chain(self) -> list[QWidget]:
        """The focusable widgets in visual order (open editors included)."""
        chain: list[QWidget] = []
        for weekday in range(7):
            chain += [self.add_buttons[weekday], self.remove_buttons[weekday]]
            editor = self.editors[weekday]
            chain += [editor.start, editor.end, editor.add_button, editor.cancel_button]
        chain.append(self.same_as_monday)
        return chain

    def windows(self) -> tuple[ReachabilityWindow, ...]:
        return self._windows

    def set_windows(self, windows: tuple[ReachabilityWindow, ...]) -> None:
        self._windows = tuple(sorted(windows, key=window_order))
        self._update_rows()

    def windows_on(self, weekday: int) -> list[ReachabilityWindow]:
        return [w for w in self._windows if w.weekday == weekday]

    def open_editor(self, weekday: int) -> None:
        """Show the from–to editor under *weekday*, after the day's last window."""
        for other in range(7):
            if other != weekday:
                self.close_editor(other, refocus=False)
        editor = self.editors[weekday]
        existing = self.windows_on(weekday)
        start = existing[-1].end if existing else dt.time(9, 0)
        end = (
            min(dt.time(start.hour + 3, start.minute), dt.time(23, 59))
            if start.hour < 21
            else (dt.time(23, 59))
        )
        editor.start.setTime(to_qtime(start))
        editor.end.setTime(to_qtime(end))
        editor.message.clear()
        editor.setVisible(True)
        editor.start.setFocus(Qt.FocusReason.OtherFocusReason)

    def refuse(self, weekday: int, problem: str) -> None:
        """Say under *weekday*'s open editor why its window was not stored."""
        self.editors[weekday].message.show_message(problem)

    def close_editor(self, weekday: int, refocus: bool = True) -> None:
        editor = self.editors[weekday]
        if not editor.isVisible():
            return
        had_focus = editor.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        editor.setVisible(False)
        editor.message.clear()
        if refocus and had_focus:
            self.add_buttons[weekday].setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_rows(self) -> None:
        for weekday in range(7):
            windows = self.windows_on(weekday)
            text = self.texts[weekday]
            if windows:
                text.setText(", ".join(window_text(w) for w in windows))
                text.setForegroundRole(QPalette.ColorRole.WindowText)
            else:
                text.setText(self.tr("Not reachable"))
                text.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            text.setAccessibleName(f"{day_name(weekday)}: {text.text()}")
            self.remove_buttons[weekday].setEnabled(bool(windows))
        self.same_as_monday.setEnabled(bool(self.windows_on(0)))

    def _on_editor_accepted(self, weekday: int) -> None:
        editor = self.editors[weekday]
        start, end = from_qtime(editor.start.time()), from_qtime(editor.end.time())
        self.window_entered.emit(weekday, start, end)

    def _on_add_button_clicked(self, weekday: int) -> None:
        self.open_editor(weekday)

    def _on_editor_cancelled(self, weekday: int) -> None:
        self.close_editor(weekday)

    def _on_remove_button_clicked(self, weekday: int) -> None:
        windows = self.windows_on(weekday)
        if len(windows) == 1:
            self._remove(windows[0])
            return
        if not windows:
            return
        menu = QMenu(self)
        for window in windows:
            action = QAction(self.tr("Remove {window}").format(window=window_text(window)), menu)
            action.triggered.connect(lambda _=False, w=window: self._remove(w))
            menu.addAction(action)
        button = self.remove_buttons[weekday]
        self.remove_menu = menu
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(button.mapToGlobal(QPoint(0, button.height())))

    def _on_same_as_monday_clicked(self) -> None:
        monday = self.windows_on(0)
        if monday:
            self.windows_edited.emit(same_as_monday(self._windows))

    def _remove(self, window: ReachabilityWindow) -> None:
        self.windows_edited.emit(tuple(w for w in self._windows if w != window))


def window_order(window: ReachabilityWindow) -> tuple[int, dt.time]:
    """Windows sort by weekday (Monday first), then by start."""
    return window.weekday, window.start


def same_as_monday(windows: tuple[ReachabilityWindow, ...]) -> tuple[ReachabilityWindow, ...]:
    """*windows* with Tuesday to Friday replaced by copies of Monday's, sorted."""
    monday = [w for w in windows if w.weekday == 0]
    kept = [w for w in windows if w.weekday not in WORKDAYS_AFTER_MONDAY]
    copies = [replace(w, weekday=day) for day in WORKDAYS_AFTER_MONDAY for w in monday]
    return tuple(sorted([*kept, *copies], key=window_order))

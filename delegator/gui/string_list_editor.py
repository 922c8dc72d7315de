"""An ordered list of short texts (steps, "done when" criteria, tools) edited by keyboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class StringListEditor(QWidget):
    """Type and press Enter to add; F2 or double-click to edit; Alt+Up/Down or drag to
    reorder; Delete to remove.

    Signals:
        items_changed(list): the list after the user changed it (one signal per change).
    """

    items_changed = Signal(list)

    def __init__(self, placeholder: str, accessible_name: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[str] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(accessible_name)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setWordWrap(True)
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(placeholder)
        self.entry.setAccessibleName(self.tr("New entry: {name}").format(name=accessible_name))
        self.entry.setAccessibleDescription(placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.entry)
        self.setFocusProxy(self.entry)
        # Tab reaches the entry first (typing a new item is the common case), then the list.
        QWidget.setTabOrder(self.entry, self.list)
        self._wire()

    def _wire(self) -> None:
        self.entry.returnPressed.connect(self._on_entry_return_pressed)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.list.model().rowsMoved.connect(self._on_list_rows_moved)
        self.list.installEventFilter(self)
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_current(step))

    # Public --------------------------------------------------------------

    def items(self) -> list[str]:
        return list(self._items)

    def set_items(self, items: list[str] | tuple[str, ...]) -> None:
        """Show *items* without signalling a change."""
        self._items = list(items)
        current = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for text in self._items:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self._items:
            self.list.setCurrentRow(min(max(current, 0), len(self._items) - 1))

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self._items):
            return
        items = self.items()
        items.insert(target, items.pop(row))
        self.set_items(items)
        self.list.setCurrentRow(target)
        self.items_changed.emit(self.items())

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        items = self.items()
        del items[row]
        self.set_items(items)
        self.items_changed.emit(self.items())

    # Slots ---------------------------------------------------------------

    def _on_entry_return_pressed(self) -> None:
        text = " ".join(self.entry.text().split())
        if not text:
            return
        self.set_items([*self._items, text])
        self.list.setCurrentRow(len(self._items) - 1)
        self.entry.clear()
        self.items_changed.emit(self.items())

    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        text = " ".join(item.text().split())
        items = self.items()
        if not text:
            del items[row]
        elif text == items[row]:
            return
        else:
            items[row] = text
        self.set_items(items)
        self.items_changed.emit(self.items())

    def _on_list_rows_moved(self, *_args: Any) -> None:
        items = [self.list.item(row).text() for row in range(self.list.count())]
        if items != self._items:
            self._items = items
            self.items_changed.emit(self.items())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.list.state() != QAbstractItemView.State.EditingState
        ):
            self.remove_current()
            return True
        return super().eventFilter(watched, event)

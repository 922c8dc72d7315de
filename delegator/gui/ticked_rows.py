"""Rows with a tick box in their first column, and the table that ticks them with Space:
what the import preview's new to-dos and its status changes share.

The ticks live in one list and their count is kept as it changes, so a click never
walks every row (a file can hold hundreds of thousands of to-dos).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView, QWidget

TICK_COLUMN = 0
_Index = QModelIndex | QPersistentModelIndex


class TickedRowsModel(QAbstractTableModel):
    """A table model whose rows each have a tick in the first column.

    Signals:
        ticks_changed(): a row was ticked or unticked, or the rows were replaced.
    """

    ticks_changed = Signal()

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._checked: list[bool] = []
        self._ticked = 0

    def _reset_ticks(self, checked: list[bool]) -> None:
        """The ticks of new rows (between beginResetModel and endResetModel)."""
        self._checked = checked
        self._ticked = sum(checked)

    def is_checked(self, row: int) -> bool:
        return self._checked[row]

    def set_checked(self, row: int, checked: bool) -> None:
        self.set_rows_checked([row], checked)

    def set_rows_checked(self, rows: Iterable[int], checked: bool) -> None:
        """Tick or untick many rows at once (one signal, however many)."""
        wanted = set(rows)
        if any(not 0 <= row < len(self._checked) for row in wanted):
            raise IndexError(sorted(wanted))
        changed = [row for row in wanted if self._checked[row] != checked]
        if not changed:
            return
        for row in changed:
            self._checked[row] = checked
        self._ticked += len(changed) if checked else -len(changed)
        self.dataChanged.emit(
            self.index(min(changed), TICK_COLUMN),
            self.index(max(changed), TICK_COLUMN),
            [Qt.ItemDataRole.CheckStateRole],
        )
        self.ticks_changed.emit()

    def ticked_count(self) -> int:
        return self._ticked

    def check_state(self, row: int) -> Qt.CheckState:
        return Qt.CheckState.Checked if self._checked[row] else Qt.CheckState.Unchecked

    # QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._checked)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TICK_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        # The view's delegate hands over a Qt.CheckState or its int value.
        self.set_checked(index.row(), value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value))
        return True


class TickingTable(QTableView):
    """A table over a TickedRowsModel: Space ticks or unticks every selected row (Ctrl+A,
    then Space: all of them), as the current one is not."""

    def __init__(self, model: TickedRowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ticked_model = model
        self.setModel(model)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Before the view's own Space (which would select the current row only).
        if event.key() == Qt.Key.Key_Space and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.toggle_selected()
            return
        super().keyPressEvent(event)

    @Slot()
    def toggle_selected(self) -> None:
        """Give every selected row the opposite tick of the current one."""
        current = self.currentIndex()
        if not current.isValid():
            return
        # By ranges: one index per selected row took seconds for 300,000 of them.
        rows = {current.row()}
        selection = self.selectionModel().selection()
        for number in range(selection.count()):
            selected = selection.at(number)
            rows.update(range(selected.top(), selected.bottom() + 1))
        model = self._ticked_model
        model.set_rows_checked(rows, not model.is_checked(current.row()))

"""The table widget that shows the to-do list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from delegator.domain.model import Decision, Status
from delegator.gui.decision_style import decision_label
from delegator.gui.status_style import CHANGED_MARK, status_label
from delegator.gui.task_table import Column, TaskTableModel

# The title keeps at least this many pixels; below it, the other columns show icons only.
TITLE_MIN_WIDTH = 200
ICON_COLUMN_WIDTH = 34


class TaskTable(QTableView):
    """The list: a stretching title, and Decision and Status in words while there is
    room for them beside a readable title, as icons (words in the tooltip) when not."""

    def __init__(self, model: TaskTableModel, parent: Any) -> None:
        super().__init__(parent)
        self._model = model
        self._full_widths: dict[Column, int] = {}

    def set_full_widths(self, widths: dict[Column, int]) -> None:
        self._full_widths = widths
        self.fit_columns()

    def fit_columns(self) -> None:
        """Words or icons, from the width the list has now (and the columns shown)."""
        shown = [c for c in self._full_widths if not self.isColumnHidden(c)]
        room = self.viewport().width() - sum(self._full_widths[c] for c in shown)
        compact = room < TITLE_MIN_WIDTH
        self._model.set_compact(compact)
        header = self.horizontalHeader()
        for column, width in self._full_widths.items():
            header.resizeSection(column, ICON_COLUMN_WIDTH if compact else width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()


def make_task_table(model: TaskTableModel, parent: Any) -> TaskTable:
    """Rows selected whole, reordered by drag and drop, renamed only through F2."""
    table = TaskTable(model, parent)
    # A viewport made here is a plain QWidget to PySide; asking the view for its own
    # makes PySide look up ~70 classes to find its type (~7 ms at start-up).
    table.setViewport(QWidget())
    table.setModel(model)
    # Lay the rows out as soon as the list changes (after the view's own reset, so
    # connected after setModel): left to Qt's delayed layout, a view that shrinks from
    # 10,000 rows to 900 is painted twice (bench/checkin_view.py: 12 → 7 ms).
    model.modelReset.connect(table.doItemsLayout)
    table.setAccessibleName(table.tr("To-dos"))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
    table.setDefaultDropAction(Qt.DropAction.MoveAction)
    table.setDragDropOverwriteMode(False)
    table.setDropIndicatorShown(True)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(Column.DECISION, QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(Column.STATUS, QHeaderView.ResizeMode.Fixed)
    header.setHighlightSections(False)
    metrics = table.fontMetrics()
    decision = max(metrics.horizontalAdvance(decision_label(d)) for d in Decision)
    status = max(
        metrics.horizontalAdvance(f"{status_label(status)} {CHANGED_MARK}") for status in Status
    )
    table.set_full_widths({Column.DECISION: decision + 48, Column.STATUS: status + 36})
    return table

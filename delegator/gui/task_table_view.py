"""The table widget that shows the to-do list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from delegator.domain.model import Decision, Status
from delegator.gui.decision_style import decision_label
from delegator.gui.status_style import CHANGED_MARK, status_label
from delegator.gui.task_table import Column, TaskTableModel


def make_task_table(model: TaskTableModel, parent: Any) -> QTableView:
    """Rows selected whole, reordered by drag and drop, renamed only through F2."""
    table = QTableView(parent)
    # A viewport made here is a plain QWidget to PySide; asking the view for its own
    # makes PySide look up ~70 classes to find its type (~7 ms at start-up).
    table.setViewport(QWidget())
    table.setModel(model)
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
    widest = max(table.fontMetrics().horizontalAdvance(decision_label(d)) for d in Decision)
    header.resizeSection(Column.DECISION, widest + 48)
    header.setSectionResizeMode(Column.STATUS, QHeaderView.ResizeMode.Fixed)
    metrics = table.fontMetrics()
    widest = max(
        metrics.horizontalAdvance(f"{status_label(status)} {CHANGED_MARK}") for status in Status
    )
    header.resizeSection(Column.STATUS, widest + 36)
    header.setHighlightSections(False)
    return table

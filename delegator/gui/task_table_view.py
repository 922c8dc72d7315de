"""The table widget that shows the to-do list."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from delegator.domain.model import Priority, Status
from delegator.gui.list_columns import ListColumns
from delegator.gui.status_style import CHANGED_MARK, status_label
from delegator.gui.task_columns import Column, header_text, priority_label
from delegator.gui.task_drag import TASK_IDS_MIME
from delegator.gui.task_table import TaskTableModel
from delegator.text.formatting import hours, short_date

# The title keeps at least this many pixels; below it, the status shows its icon only.
TITLE_MIN_WIDTH = 200
ICON_COLUMN_WIDTH = 34
# Room for the widest text a column of this kind usually holds (a user can widen it).
_SAMPLE_DATE = (2026, 12, 31)
_ASSISTANT_CHARS = 13
_AREA_CHARS = 12


class TaskTable(QTableView):
    """The list: a stretching title and the columns the user chose (``columns``).

    The title keeps room to be read: when the list is too narrow, the status shows as
    an icon (its words in the tooltip), then the columns that still do not fit are
    left out from the right until the list is wider again.

    Signals:
        drop_refused(str): to-dos were dragged onto the list while it is sorted.
    """

    drop_refused = Signal(str)
    columns: ListColumns

    def __init__(self, model: TaskTableModel, parent: Any) -> None:
        super().__init__(parent)
        self._model = model
        self._status_width = ICON_COLUMN_WIDTH
        self._fitting = False
        self._refusal_said = False

    def set_status_width(self, width: int) -> None:
        self._status_width = width
        self.fit_columns()

    def fit_columns(self) -> None:
        """Show the wanted columns that fit beside a readable title, from the width the
        list has now."""
        if self._fitting:
            return  # showing and hiding sections resizes the viewport
        self._fitting = True
        try:
            self._fit(self.columns.wanted())
        finally:
            self._fitting = False

    def _fit(self, wanted: list[Column]) -> None:
        header = self.horizontalHeader()
        for column in Column:
            header.setSectionHidden(column, column not in wanted)
        widths = {column: header.sectionSize(column) for column in wanted}
        widths[Column.STATUS] = self._status_width
        room = self.viewport().width() - sum(widths[c] for c in wanted if c != Column.TITLE)
        compact = room < TITLE_MIN_WIDTH and Column.STATUS in wanted
        if compact:
            room += self._status_width - ICON_COLUMN_WIDTH
        for column in reversed(wanted):
            if room >= TITLE_MIN_WIDTH:
                break
            if column not in (Column.TITLE, Column.DECISION, Column.STATUS):
                header.setSectionHidden(column, True)
                room += widths[column]
        self._model.set_compact(compact)
        header.resizeSection(Column.STATUS, ICON_COLUMN_WIDTH if compact else self._status_width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """The model refuses drops while sorted (``canDropMimeData``), so Qt shows the
        drag as refused; say why once per drag."""
        super().dragMoveEvent(event)
        if self._refusal_said or not self._refused(event):
            return
        self._refusal_said = True
        self.drop_refused.emit(
            QCoreApplication.translate(
                "TaskTable",
                "The list is sorted by a column: to-dos can be moved only in the manual "
                "order. Click the column's header until its arrow disappears.",
            )
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._refusal_said = False
        super().dragEnterEvent(event)

    def _refused(self, event: QDragMoveEvent) -> bool:
        return self._model.sorted_by is not None and event.mimeData().hasFormat(TASK_IDS_MIME)


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
    header.setHighlightSections(False)
    header.setMinimumSectionSize(ICON_COLUMN_WIDTH)
    table.columns = ListColumns(table, model, table.fit_columns)
    _size_columns(table, header)
    return table


def _size_columns(table: TaskTable, header: QHeaderView) -> None:
    """The title stretches; the decision is a dot; the others fit their usual text
    (and its header, with room for the sort arrow) and can be widened by the user."""
    metrics = table.fontMetrics()
    padding, arrow = 16, 18

    def fitting(column: Column, *texts: str) -> int:
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        return max(widest + padding, metrics.horizontalAdvance(header_text(column)) + arrow + 16)

    for column in Column:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(Column.DECISION, QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(Column.STATUS, QHeaderView.ResizeMode.Fixed)
    header.resizeSection(Column.DECISION, ICON_COLUMN_WIDTH)
    header.resizeSection(Column.DUE, fitting(Column.DUE, short_date(dt.date(*_SAMPLE_DATE))))
    header.resizeSection(Column.ASSISTANT, fitting(Column.ASSISTANT, "n" * _ASSISTANT_CHARS))
    header.resizeSection(
        Column.PRIORITY, fitting(Column.PRIORITY, *(priority_label(p) for p in Priority))
    )
    header.resizeSection(Column.HOURS, fitting(Column.HOURS, hours(12.5)))
    header.resizeSection(Column.AREA, fitting(Column.AREA, "n" * _AREA_CHARS))
    status = max(
        metrics.horizontalAdvance(f"{status_label(status)} {CHANGED_MARK}") for status in Status
    )
    table.set_status_width(status + 36)

"""The import preview's table: one row per to-do with its tick box; Space ticks or
unticks every selected row (Ctrl+A, then Space: all of them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from delegator.gui.import_preview import AREA, DUE, NOTE, TITLE, PreviewModel


class PreviewTable(QTableView):
    def __init__(self, model: PreviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setModel(model)
        self.setAccessibleName(QCoreApplication.translate("ImportDialog", "To-dos to import"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        # Fixed row heights: a view over hundreds of thousands of rows never measures them.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((AREA, 140), (DUE, 100), (NOTE, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)

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
        self._model.set_rows_checked(rows, not self._model.is_checked(current.row()))

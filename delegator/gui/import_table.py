"""The import preview's table: one row per to-do with its tick box; Space ticks or
unticks every selected row (Ctrl+A, then Space: all of them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from delegator.gui.import_preview import AREA, DUE, NOTE, TITLE, PreviewModel
from delegator.gui.ticked_rows import TickingTable


class PreviewTable(TickingTable):
    def __init__(self, model: PreviewModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
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

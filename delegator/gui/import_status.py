"""The status changes of an import preview: the to-dos of this plan that an assistant's
file brings back done or in progress, each with its status now and after the import and
a tick box (ticked by default, as gui/ticked_rows.py ticks)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from delegator.domain.model import Status
from delegator.gui.status_style import status_icons, status_label
from delegator.gui.ticked_rows import TICK_COLUMN, TickedRowsModel, TickingTable
from delegator.services.import_service import StatusUpdate

TITLE = TICK_COLUMN
BEFORE, AFTER = 1, 2
_Index = QModelIndex | QPersistentModelIndex


class StatusChangesModel(TickedRowsModel):
    """The status changes a returned file brings, all ticked to begin with."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._updates: list[StatusUpdate] = []
        self._icons: dict[Status, QIcon] = {}

    def set_updates(self, updates: Sequence[StatusUpdate]) -> None:
        self.beginResetModel()
        self._icons = status_icons(QGuiApplication.palette())
        self._updates = list(updates)
        self._reset_ticks([True] * len(self._updates))
        self.endResetModel()
        self.ticks_changed.emit()

    def updates(self) -> list[StatusUpdate]:
        return list(self._updates)

    def ticked(self) -> list[StatusUpdate]:
        return [u for u, checked in zip(self._updates, self._checked, strict=True) if checked]

    # QAbstractTableModel ----------------------------------------------------------------

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("To-do"), self.tr("Status now"), self.tr("After the import"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        update = self._updates[index.row()]
        column = index.column()
        if column == TITLE:
            if role == Qt.ItemDataRole.DisplayRole:
                return update.title
            if role == Qt.ItemDataRole.CheckStateRole:
                return self.check_state(index.row())
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{update.title}\n" + self.tr("Line {line}").format(line=update.line)
            return None
        status = update.before if column == BEFORE else update.after
        if role == Qt.ItemDataRole.DisplayRole:
            return status_label(status)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(status)
        return None


class StatusChangesTable(TickingTable):
    def __init__(self, model: StatusChangesModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.setAccessibleName(QCoreApplication.translate("ImportDialog", "Status changes"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (BEFORE, AFTER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

"""The status changes of an import preview: the to-dos of this plan that an assistant's
file brings back done or in progress, each with its status now and after the import and
a tick box (ticked by default); Space ticks or unticks the current row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QIcon, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from delegator.domain.model import Status
from delegator.gui.status_style import status_icons, status_label
from delegator.services.import_service import StatusUpdate

TITLE, BEFORE, AFTER = range(3)
_Index = QModelIndex | QPersistentModelIndex


class StatusChangesModel(QAbstractTableModel):
    """``ticks_changed`` is emitted whenever a row is ticked or unticked."""

    ticks_changed = Signal()

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._updates: list[StatusUpdate] = []
        self._checked: list[bool] = []
        self._icons: dict[Status, QIcon] = {}

    def set_updates(self, updates: Sequence[StatusUpdate]) -> None:
        self.beginResetModel()
        self._icons = status_icons(QGuiApplication.palette())
        self._updates = list(updates)
        self._checked = [True] * len(self._updates)
        self.endResetModel()
        self.ticks_changed.emit()

    def updates(self) -> list[StatusUpdate]:
        return list(self._updates)

    def is_checked(self, row: int) -> bool:
        return self._checked[row]

    def set_checked(self, row: int, checked: bool) -> None:
        if self._checked[row] == checked:
            return
        self._checked[row] = checked
        index = self.index(row, TITLE)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()

    def ticked(self) -> list[StatusUpdate]:
        return [u for u, checked in zip(self._updates, self._checked, strict=True) if checked]

    def ticked_count(self) -> int:
        return sum(self._checked)

    # QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._updates)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("To-do"), self.tr("Status now"), self.tr("After the import"))[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TITLE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        update = self._updates[index.row()]
        column = index.column()
        if column == TITLE:
            if role == Qt.ItemDataRole.DisplayRole:
                return update.title
            if role == Qt.ItemDataRole.CheckStateRole:
                checked = self._checked[index.row()]
                return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{update.title}\n" + self.tr("Line {line}").format(line=update.line)
            return None
        status = update.before if column == BEFORE else update.after
        if role == Qt.ItemDataRole.DisplayRole:
            return status_label(status)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(status)
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        self.set_checked(index.row(), value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value))
        return True


class StatusChangesTable(QTableView):
    def __init__(self, model: StatusChangesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setModel(model)
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if (
            event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and current.isValid()
        ):
            self._model.set_checked(current.row(), not self._model.is_checked(current.row()))
            return
        super().keyPressEvent(event)

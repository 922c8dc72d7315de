"""The import preview as a table model: one row per to-do found, a tick box each.

A model, not a QTableWidget: a 50 MB file holds hundreds of thousands of to-dos, and an
item per cell took seconds to build on the GUI thread. The ticks live in one list and
the ticked count is kept as it changes, so a click never walks every row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from delegator.domain.imported import ImportedTask
from delegator.services.import_service import PreviewRow
from delegator.text.formatting import short_date

TITLE, AREA, DUE, NOTE = range(4)
_Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """The to-dos an import would create; likely duplicates start unticked.

    ``ticks_changed`` is emitted whenever the number of ticked rows may have changed.
    """

    ticks_changed = Signal()

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[PreviewRow] = []
        self._checked: list[bool] = []
        self._ticked = 0
        self._duplicates = 0

    # What the dialog asks --------------------------------------------------------------

    def set_rows(
        self, rows: Sequence[PreviewRow], ticks: dict[tuple[int, str], bool] | None = None
    ) -> None:
        """Show *rows*; *ticks* overrides the default tick of rows with that (line,
        title), so a choice survives reading the file again."""
        wanted = ticks or {}
        self.beginResetModel()
        self._rows = list(rows)
        self._checked = [
            wanted.get((row.task.line, row.task.title), not row.duplicate) for row in self._rows
        ]
        self._ticked = sum(self._checked)
        self._duplicates = sum(1 for row in self._rows if row.duplicate)
        self.endResetModel()
        self.ticks_changed.emit()

    def changed_ticks(self) -> dict[tuple[int, str], bool]:
        """The ticks the user set against the default, by (line, title)."""
        return {
            (row.task.line, row.task.title): checked
            for row, checked in zip(self._rows, self._checked, strict=True)
            if checked == row.duplicate
        }

    def entries(self) -> list[PreviewRow]:
        return list(self._rows)

    def is_checked(self, row: int) -> bool:
        return self._checked[row]

    def set_checked(self, row: int, checked: bool) -> None:
        if not 0 <= row < len(self._rows):
            raise IndexError(row)
        if self._checked[row] == checked:
            return
        self._checked[row] = checked
        self._ticked += 1 if checked else -1
        index = self.index(row, TITLE)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()

    def set_rows_checked(self, rows: Iterable[int], checked: bool) -> None:
        """Tick or untick many rows at once (one signal, however many)."""
        wanted = set(rows)
        if any(not 0 <= row < len(self._rows) for row in wanted):
            raise IndexError(sorted(wanted))
        changed = [row for row in wanted if self._checked[row] != checked]
        if not changed:
            return
        for row in changed:
            self._checked[row] = checked
        self._ticked += len(changed) if checked else -len(changed)
        self.dataChanged.emit(
            self.index(min(changed), TITLE),
            self.index(max(changed), TITLE),
            [Qt.ItemDataRole.CheckStateRole],
        )
        self.ticks_changed.emit()

    def ticked_count(self) -> int:
        return self._ticked

    def duplicate_count(self) -> int:
        return self._duplicates

    def ticked(self) -> list[ImportedTask]:
        return [row.task for row, checked in zip(self._rows, self._checked, strict=True) if checked]

    # QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("To-do"), self.tr("Area"), self.tr("Due"), self.tr("Note"))[section]

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
        entry = self._rows[index.row()]
        task = entry.task
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return task.title
            if column == AREA:
                return task.area
            if column == DUE:
                return short_date(task.due) if task.due is not None else ""
            return self._note(entry)
        if role == Qt.ItemDataRole.CheckStateRole and column == TITLE:
            checked = self._checked[index.row()]
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            # The whole title (the column may cut it short) and where it was found.
            return f"{task.title}\n" + self.tr("Line {line}").format(line=task.line)
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        # The view's delegate hands over a Qt.CheckState or its int value.
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self.set_checked(index.row(), checked)
        return True

    def _note(self, entry: PreviewRow) -> str:
        marks = []
        if entry.duplicate:
            marks.append(self.tr("Likely duplicate"))
        if entry.task.done:
            marks.append(self.tr("Finished (archived)"))
        return ", ".join(marks)

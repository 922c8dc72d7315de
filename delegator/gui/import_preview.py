"""The import preview as a table model: one row per to-do found, a tick box each.

A model, not a QTableWidget: a 50 MB file holds hundreds of thousands of to-dos, and an
item per cell took seconds to build on the GUI thread (the ticks: gui/ticked_rows.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from delegator.domain.imported import ImportedTask
from delegator.gui.ticked_rows import TICK_COLUMN, TickedRowsModel
from delegator.services.import_service import PreviewRow
from delegator.text.formatting import short_date

TITLE = TICK_COLUMN
AREA, DUE, NOTE = range(1, 4)
_Index = QModelIndex | QPersistentModelIndex


class PreviewModel(TickedRowsModel):
    """The to-dos an import would create; likely duplicates start unticked."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
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
        self._reset_ticks(
            [wanted.get((row.task.line, row.task.title), not row.duplicate) for row in self._rows]
        )
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

    def duplicate_count(self) -> int:
        return self._duplicates

    def ticked(self) -> list[ImportedTask]:
        return [row.task for row, checked in zip(self._rows, self._checked, strict=True) if checked]

    # QAbstractTableModel ----------------------------------------------------------------

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("To-do"), self.tr("Area"), self.tr("Due"), self.tr("Note"))[section]

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
            return self.check_state(index.row())
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            # The whole title (the column may cut it short) and where it was found.
            return f"{task.title}\n" + self.tr("Line {line}").format(line=task.line)
        return None

    def _note(self, entry: PreviewRow) -> str:
        marks = []
        if entry.duplicate:
            marks.append(self.tr("Likely duplicate"))
        if entry.task.done:
            marks.append(self.tr("Finished (archived)"))
        return ", ".join(marks)

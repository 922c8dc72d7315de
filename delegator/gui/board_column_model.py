"""The model of one board column: cards, and in the Delegate column group headers."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from delegator.domain.hours import hours_per_week
from delegator.domain.model import Decision, TaskSummary
from delegator.gui.status_style import CHANGED_MARK, changed_text, shows_status, status_label
from delegator.gui.task_drag import TASK_IDS_MIME, dragged_rows, task_ids_from, task_ids_mime
from delegator.gui.task_table import TaskIdRole
from delegator.text.formatting import short_date, weekly_hours

AnyIndex = QModelIndex | QPersistentModelIndex
CountRole = Qt.ItemDataRole.UserRole + 3
StatusRole = Qt.ItemDataRole.UserRole + 4  # a Status value, or None: no badge
ChangedRole = Qt.ItemDataRole.UserRole + 5  # changed since the last handover
DetailRole = Qt.ItemDataRole.UserRole + 6  # assistant · due date · hours a week, or ""
COLUMNS = (Decision.UNDECIDED, Decision.KEEP, Decision.DELEGATE)


@dataclass(frozen=True, slots=True)
class CardGroup:
    """A header in the Delegate column: one assistant, or None for "to be assigned"."""

    assistant_id: int | None
    name: str
    count: int


class BoardColumnModel(QAbstractListModel):
    """The rows of one column: cards (TaskSummary) and, optionally, group headers.

    Signals:
        ids_dropped(list, int): to-do ids were dropped onto this column, at the row
            given (-1: onto the empty space below the last row).
    """

    ids_dropped = Signal(list, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TaskSummary | CardGroup] = []
        self._row_of: dict[int, int] = {}
        self._header_rows: list[int] = []
        self._names: Mapping[int, str] = {}

    def set_rows(
        self, rows: list[TaskSummary | CardGroup], names: Mapping[int, str] | None = None
    ) -> None:
        """Show *rows*; *names* are the assistants' names by id, for the cards."""
        self.beginResetModel()
        self._rows = rows
        self._names = names or {}
        self._row_of = {}
        self._header_rows = []
        for row, entry in enumerate(rows):
            if isinstance(entry, CardGroup):
                self._header_rows.append(row)
            else:
                self._row_of[entry.id] = row
        self.endResetModel()

    # Data out ----------------------------------------------------------------

    def task_at(self, row: int) -> TaskSummary | None:
        if 0 <= row < len(self._rows):
            entry = self._rows[row]
            return entry if isinstance(entry, TaskSummary) else None
        return None

    def row_of(self, task_id: int) -> int | None:
        return self._row_of.get(task_id)

    def card_count(self) -> int:
        return len(self._row_of)

    def task_ids(self) -> list[int]:
        return list(self._row_of)

    def groups(self) -> list[CardGroup]:
        return [self._rows[row] for row in self._header_rows]  # type: ignore[misc]

    def group_at(self, row: int) -> CardGroup | None:
        """The group a row belongs to (its header, or the nearest header above it)."""
        if not 0 <= row < len(self._rows):
            return None
        position = bisect_right(self._header_rows, row) - 1
        if position < 0:
            return None
        group = self._rows[self._header_rows[position]]
        return group if isinstance(group, CardGroup) else None

    def card_near(self, row: int, step: int = 1) -> int | None:
        """The card at *row*, else the next one in direction *step*, else the other way."""
        row = max(0, min(row, len(self._rows) - 1))
        for direction in (step, -step):
            probe = row
            while 0 <= probe < len(self._rows):
                if isinstance(self._rows[probe], TaskSummary):
                    return probe
                probe += direction
        return None

    # Qt model interface ------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        if isinstance(entry, CardGroup):
            if role == Qt.ItemDataRole.DisplayRole:
                return entry.name
            if role == CountRole:
                return entry.count
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{entry.name}: {entry.count}"
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(entry)
        if role == DetailRole:
            return self.detail(entry)
        if role == TaskIdRole:
            return entry.id
        if role == StatusRole:
            return entry.status.value if shows_status(entry) else None
        if role == ChangedRole:
            return entry.changed_since_handover
        return None

    def detail(self, task: TaskSummary) -> str:
        """The card's second line: its assistant, due date and hours a week, as far
        as they are known ("Anna Keller · due 12/14/2026 · 2.5 h/week")."""
        parts = []
        name = self._names.get(task.assistant_id) if task.assistant_id is not None else None
        if name:
            parts.append(name)
        if task.due is not None:
            parts.append(
                QCoreApplication.translate("BoardView", "due {date}").format(
                    date=short_date(task.due)
                )
            )
        weekly = hours_per_week(task.frequency, task.minutes_per_occurrence)
        if weekly is not None:
            parts.append(weekly_hours(weekly))
        return " · ".join(parts)

    def _tip(self, task: TaskSummary) -> str:
        lines = [task.title]
        detail = self.detail(task)
        if detail:
            lines.append(detail)
        if shows_status(task):
            lines.append(status_label(task.status))
        if task.changed_since_handover:
            lines.append(f"{CHANGED_MARK} {changed_text()}")
        return "\n".join(lines)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if isinstance(self._rows[index.row()], CardGroup):
            # Not enabled: the keyboard skips headers and they are never selected.
            return Qt.ItemFlag.ItemIsDropEnabled | Qt.ItemFlag.ItemNeverHasChildren
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [TASK_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = [task.id for task in map(self.task_at, dragged_rows(indexes)) if task is not None]
        return task_ids_mime(ids)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return data.hasFormat(TASK_IDS_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = task_ids_from(data)
        if not ids:
            return False
        if parent.isValid():
            target = parent.row()
        elif row >= 0 and self._rows:
            # Between two rows: the gap belongs to the row above it.
            target = max(row - 1, 0)
        else:
            target = -1
        self.ids_dropped.emit(ids, target)
        # The board asks the window for the change; Qt must not remove the dragged rows.
        return False

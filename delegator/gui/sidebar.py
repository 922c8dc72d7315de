"""The sidebar: views with live counts, assistants with their load, and the pages."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from delegator.domain.assistant import AssistantLoad
from delegator.domain.views import View
from delegator.gui import theme
from delegator.gui.task_drag import TASK_IDS_MIME, task_ids_from
from delegator.text.formatting import money_per_month, weekly_hours, weekly_hours_of

CountRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
KeyRole = Qt.ItemDataRole.UserRole + 3
DetailRole = Qt.ItemDataRole.UserRole + 4
OverRole = Qt.ItemDataRole.UserRole + 5
AlertRole = Qt.ItemDataRole.UserRole + 6  # a count that asks for attention
# The detail as shown, a line each (hours, then cost): one line would be cut short.
DetailLinesRole = Qt.ItemDataRole.UserRole + 7

# Views whose count asks for attention when it is not zero.
ALERT_VIEWS = frozenset({View.CHECK_IN})


class EntryKind(StrEnum):
    VIEW = "view"
    ASSISTANT = "assistant"
    PAGE = "page"


class Page(StrEnum):
    BOARD = "board"
    READINESS = "readiness"
    ASSISTANTS = "assistants"
    AGREEMENTS = "agreements"


def view_label(view: View) -> str:
    return {
        View.INBOX: QCoreApplication.translate("Sidebar", "Inbox"),
        View.KEEP: QCoreApplication.translate("Sidebar", "Keep"),
        View.DELEGATE: QCoreApplication.translate("Sidebar", "Delegate"),
        View.ALL: QCoreApplication.translate("Sidebar", "All"),
        View.CHECK_IN: QCoreApplication.translate("Sidebar", "Due for Check-in"),
        View.DONE: QCoreApplication.translate("Sidebar", "Done"),
        View.ARCHIVE: QCoreApplication.translate("Sidebar", "Archive"),
    }[view]


def page_label(page: Page) -> str:
    return {
        Page.BOARD: QCoreApplication.translate("Sidebar", "Board"),
        Page.READINESS: QCoreApplication.translate("Sidebar", "Readiness"),
        Page.ASSISTANTS: QCoreApplication.translate("Sidebar", "Assistants"),
        Page.AGREEMENTS: QCoreApplication.translate("Sidebar", "My Agreements"),
    }[page]


class _EntryDelegate(QStyledItemDelegate):
    """Name with the count right-aligned; assistants get a second line with their load."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        line = option.fontMetrics.height()
        extra = line * len(_detail_lines(index))
        return QSize(size.width(), size.height() + line // 2 + 4 + extra)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        detail = _detail_lines(index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        count = index.data(CountRole)
        muted = palette.color(
            palette.ColorRole.HighlightedText if selected else palette.ColorRole.PlaceholderText
        )
        count_text = "" if count is None else str(count)
        count_width = option.fontMetrics.horizontalAdvance(count_text) + 14 if count_text else 0
        if not detail:
            super().paint(painter, option, index)
            first_line = QRect(option.rect)
        else:
            style = option.widget.style() if option.widget else QStyle()
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
            painter.save()
            rect = QRect(option.rect).adjusted(22, 3, -10, -3)
            height = rect.height() // (1 + len(detail))
            first_line = QRect(option.rect.left(), rect.top(), option.rect.width(), height)
            text_role = palette.ColorRole.HighlightedText if selected else palette.ColorRole.Text
            painter.setPen(palette.color(text_role))
            name_width = rect.width() - count_width
            left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            metrics = option.fontMetrics
            painter.drawText(
                QRect(rect.left(), rect.top(), name_width, height),
                left,
                metrics.elidedText(index.data(), Qt.TextElideMode.ElideRight, name_width),
            )
            for number, line in enumerate(detail, start=1):
                # The hours are what goes over capacity; the cost stays muted.
                over = number == 1 and index.data(OverRole) and not selected
                painter.setPen(theme.colour(theme.ERROR, palette) if over else muted)
                painter.drawText(
                    QRect(rect.left(), rect.top() + number * height, rect.width(), height),
                    left,
                    metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width()),
                )
            painter.restore()
        if not count_text:
            return
        painter.save()
        if index.data(AlertRole) and not selected:
            painter.setPen(theme.colour(theme.WARNING, palette))
            bold = QFont(option.font)
            bold.setBold(True)
            painter.setFont(bold)
        else:
            painter.setPen(muted)
        painter.drawText(
            first_line.adjusted(0, 0, -10, 0),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            count_text,
        )
        painter.restore()


class Sidebar(QListWidget):
    """Views, assistants and pages. To-dos dropped on Inbox, Keep or Delegate get that
    decision; dropped on an assistant they are delegated to them.

    Signals:
        entry_chosen(str, object): the user picked an entry: its EntryKind and key
            (a View value, an assistant id, a Page value).
        tasks_dropped(list, str, object): to-do ids dropped on an entry (kind, key).
    """

    entry_chosen = Signal(str, object)
    tasks_dropped = Signal(list, str, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Views"))
        self.setItemDelegate(_EntryDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self._loads: list[AssistantLoad] = []
        self._counts: dict[View, int] = {}
        self._rebuild()
        self.currentItemChanged.connect(self._on_self_current_item_changed)

    # Entries ---------------------------------------------------------------

    def _rebuild(self) -> None:
        chosen = self.current_entry()
        self.blockSignals(True)
        self.clear()
        for view in View:
            self._add(view_label(view), EntryKind.VIEW, view.value)
            if view is View.DELEGATE:
                for load in self._loads:
                    self._add_assistant(load)
        for page in Page:
            self._add(page_label(page), EntryKind.PAGE, page.value)
        self._show_counts()
        if chosen is not None:
            self.select_entry(*chosen)
        self.blockSignals(False)

    def _add(self, text: str, kind: EntryKind, key: object) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(KindRole, kind.value)
        item.setData(KeyRole, key)
        self.addItem(item)
        return item

    def _add_assistant(self, load: AssistantLoad) -> None:
        assistant = load.assistant
        item = self._add(assistant.name, EntryKind.ASSISTANT, assistant.id)
        capacity = assistant.weekly_capacity_hours
        if capacity:
            lines = [weekly_hours_of(load.hours_per_week, capacity)]
        else:
            lines = [weekly_hours(load.hours_per_week)]
        if load.cost_per_month_cents is not None:
            cost = load.cost_per_month_cents
            lines.append(money_per_month(cost, assistant.currency, whole=True))
        detail = " · ".join(lines)
        over = load.over_capacity
        item.setData(DetailRole, detail)
        item.setData(DetailLinesRole, lines)
        item.setData(OverRole, over)
        item.setData(CountRole, load.tasks)
        spoken = detail + (" " + self.tr("(over capacity)") if over else "")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{assistant.name}: {spoken}")
        item.setToolTip(spoken)

    def set_assistant_loads(self, loads: Sequence[AssistantLoad]) -> None:
        if list(loads) != self._loads:
            self._loads = list(loads)
            self._rebuild()

    def set_counts(self, counts: dict[View, int]) -> None:
        self._counts = dict(counts)
        self._show_counts()

    def _show_counts(self) -> None:
        for item in self._items(EntryKind.VIEW):
            view = View(item.data(KeyRole))
            count = self._counts.get(view, 0)
            item.setData(CountRole, count)
            item.setData(AlertRole, view in ALERT_VIEWS and count > 0)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{view_label(view)}: {count}")

    def _items(self, kind: EntryKind) -> list[QListWidgetItem]:
        return [
            self.item(row) for row in range(self.count()) if self.item(row).data(KindRole) == kind
        ]

    def _find(self, kind: EntryKind | str, key: object) -> QListWidgetItem | None:
        for item in self._items(EntryKind(kind)):
            if item.data(KeyRole) == key:
                return item
        return None

    def select_entry(self, kind: EntryKind | str, key: object) -> bool:
        item = self._find(kind, key)
        if item is None:
            return False
        self.setCurrentItem(item)
        return True

    def select_view(self, view: View) -> None:
        self.select_entry(EntryKind.VIEW, view.value)

    def current_entry(self) -> tuple[str, object] | None:
        item = self.currentItem()
        return (item.data(KindRole), item.data(KeyRole)) if item is not None else None

    def count_of(self, view: View) -> int:
        item = self._find(EntryKind.VIEW, view.value)
        return int(item.data(CountRole) or 0) if item is not None else 0

    def assistant_name(self, assistant_id: int) -> str:
        """The name of an assistant in the list ("" if there is none with this id)."""
        item = self._find(EntryKind.ASSISTANT, assistant_id)
        return item.text() if item is not None else ""

    def assistant_detail(self, assistant_id: int) -> tuple[str, bool] | None:
        item = self._find(EntryKind.ASSISTANT, assistant_id)
        return (item.data(DetailRole), bool(item.data(OverRole))) if item is not None else None

    def _on_self_current_item_changed(
        self, current: QListWidgetItem | None, _previous: Any
    ) -> None:
        if current is not None:
            self.entry_chosen.emit(current.data(KindRole), current.data(KeyRole))

    # Dropping to-dos ---------------------------------------------------------

    def _drop_target(self, event: QDropEvent | QDragMoveEvent) -> QListWidgetItem | None:
        if not event.mimeData().hasFormat(TASK_IDS_MIME):
            return None
        item = self.itemAt(event.position().toPoint())
        if item is None:
            return None
        kind, key = item.data(KindRole), item.data(KeyRole)
        if kind == EntryKind.ASSISTANT or (
            kind == EntryKind.VIEW and key in (View.INBOX, View.KEEP, View.DELEGATE)
        ):
            return item
        return None

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasFormat(TASK_IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._drop_target(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        item = self._drop_target(event)
        if item is None:
            event.ignore()
            return
        ids = task_ids_from(event.mimeData())
        if not ids:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.tasks_dropped.emit(ids, item.data(KindRole), item.data(KeyRole))


def _detail_lines(index: QModelIndex | QPersistentModelIndex) -> list[str]:
    return list(index.data(DetailLinesRole) or [])

"""The list of views on the left, each with its live count."""

from __future__ import annotations

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
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from delegator.domain.views import View

CountRole = Qt.ItemDataRole.UserRole + 1
ViewRole = Qt.ItemDataRole.UserRole + 2


def view_label(view: View) -> str:
    return {
        View.INBOX: QCoreApplication.translate("Sidebar", "Inbox"),
        View.KEEP: QCoreApplication.translate("Sidebar", "Keep"),
        View.DELEGATE: QCoreApplication.translate("Sidebar", "Delegate"),
        View.ALL: QCoreApplication.translate("Sidebar", "All"),
        View.ARCHIVE: QCoreApplication.translate("Sidebar", "Archive"),
    }[view]


class _CountDelegate(QStyledItemDelegate):
    """Draws the view's name with its count right-aligned, in roomy rows."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + option.fontMetrics.height() // 2 + 4)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(CountRole)
        if count is None:
            return
        painter.save()
        rect = QRect(option.rect).adjusted(0, 0, -10, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = (
            option.palette.ColorRole.HighlightedText
            if selected
            else option.palette.ColorRole.PlaceholderText
        )
        painter.setPen(option.palette.color(role))
        painter.drawText(
            rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(count)
        )
        painter.restore()


class Sidebar(QListWidget):
    """Views with counts.

    Signals:
        view_chosen(str): the user picked a view (its View value).
    """

    view_chosen = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Views"))
        self.setItemDelegate(_CountDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for view in View:
            item = QListWidgetItem(view_label(view))
            item.setData(ViewRole, view.value)
            self.addItem(item)
        self.currentItemChanged.connect(self._on_self_current_item_changed)

    def _on_self_current_item_changed(
        self, current: QListWidgetItem | None, _previous: Any
    ) -> None:
        if current is not None:
            self.view_chosen.emit(current.data(ViewRole))

    def select_view(self, view: View) -> None:
        self.setCurrentRow(list(View).index(view))

    def set_counts(self, counts: dict[View, int]) -> None:
        for row, view in enumerate(View):
            item = self.item(row)
            item.setData(CountRole, counts.get(view, 0))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{view_label(view)}: {counts.get(view, 0)}"
            )

    def count_of(self, view: View) -> int:
        return int(self.item(list(View).index(view)).data(CountRole) or 0)

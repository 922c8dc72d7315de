"""The Assistants page's list: each assistant as name over role, archived ones greyed."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSignalBlocker,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from delegator.domain.assistant import Assistant

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROLE_ROLE = Qt.ItemDataRole.UserRole + 2
ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 3


class AssistantDelegate(QStyledItemDelegate):
    """Draws an assistant as its name over its role (muted); archived ones greyed."""

    _PAD = 6

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        line = option.fontMetrics.lineSpacing()
        return QSize(size.width(), 2 * line + 2 * self._PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        archived = bool(index.data(ARCHIVED_ROLE))
        palette = opt.palette
        if selected:
            main = sub = palette.color(QPalette.ColorRole.HighlightedText)
        elif archived:
            main = sub = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        else:
            main = palette.color(QPalette.ColorRole.Text)
            sub = palette.color(QPalette.ColorRole.PlaceholderText)
        rect = QRect(opt.rect).adjusted(self._PAD + 2, self._PAD, -self._PAD, -self._PAD)
        line = opt.fontMetrics.lineSpacing()
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.save()
        painter.setFont(opt.font)
        for offset, text, colour in ((0, name, main), (line, index.data(ROLE_ROLE) or "", sub)):
            row = QRect(rect.left(), rect.top() + offset, rect.width(), line)
            painter.setPen(colour)
            painter.drawText(
                row,
                flags,
                opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, row.width()),
            )
        painter.restore()


class AssistantList(QListWidget):
    """The assistants, one row each; a row's ``ID_ROLE`` holds the assistant's id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(AssistantDelegate(self))
        self.setUniformItemSizes(True)

    def fill(self, assistants: list[Assistant]) -> None:
        """Show *assistants*; the rows stay (and with them the selection) when the same
        assistants are shown again."""
        with QSignalBlocker(self):
            same = self.count() == len(assistants) and all(
                self.item(row).data(ID_ROLE) == a.id for row, a in enumerate(assistants)
            )
            if not same:
                self.clear()
                for assistant in assistants:
                    item = QListWidgetItem()
                    item.setData(ID_ROLE, assistant.id)
                    self.addItem(item)
            for row, assistant in enumerate(assistants):
                _style_item(self.item(row), assistant)

    def row_of(self, assistant_id: int) -> int | None:
        for row in range(self.count()):
            if self.item(row).data(ID_ROLE) == assistant_id:
                return row
        return None


def _style_item(item: QListWidgetItem, assistant: Assistant) -> None:
    name = assistant.name
    if assistant.archived:
        # The page's words, translated in the page's context.
        name = QCoreApplication.translate("AssistantsPage", "{name} (archived)").format(name=name)
    item.setText(name)
    item.setData(ROLE_ROLE, assistant.role)
    item.setData(ARCHIVED_ROLE, assistant.archived)
    item.setData(
        Qt.ItemDataRole.AccessibleTextRole,
        ", ".join(part for part in (name, assistant.role) if part),
    )

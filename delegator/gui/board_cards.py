"""The board's cards: the delegate that paints them and the list of one column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from delegator.domain.model import Status
from delegator.gui.board_column_model import (
    AnyIndex,
    BoardColumnModel,
    ChangedRole,
    CountRole,
    DetailRole,
    StatusRole,
)
from delegator.gui.status_style import CHANGED_MARK, status_colour, status_label


def _mix(base: QColor, other: QColor, amount: float) -> QColor:
    """*base* moved *amount* (0…1) of the way towards *other*."""
    return QColor.fromRgbF(
        base.redF() + (other.redF() - base.redF()) * amount,
        base.greenF() + (other.greenF() - base.greenF()) * amount,
        base.blueF() + (other.blueF() - base.blueF()) * amount,
    )


class CardDelegate(QStyledItemDelegate):
    """Paints a card (the title on up to two lines; its assistant, due date and hours a
    week; its status) or a group header."""

    GAP_X = 6
    GAP_Y = 3
    PAD_X = 9
    PAD_Y = 6
    HEADER_TOP = 10

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: dict[tuple[str, int, str], tuple[str, ...]] = {}

    # Geometry -----------------------------------------------------------------

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget
        width = widget.viewport().width() if isinstance(widget, QListView) else 240
        return max(width - 2 * (self.GAP_X + self.PAD_X), 20)

    def _title_lines(self, title: str, font: QFont, width: int) -> tuple[str, ...]:
        """The title wrapped at a word boundary onto two lines, the second elided."""
        metrics = QFontMetrics(font)
        if metrics.horizontalAdvance(title) <= width:
            return (title,)
        key = (title, width, font.key())
        lines = self._lines.get(key)
        if lines is None:
            layout = QTextLayout(title, font)
            text_option = QTextOption()
            text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            layout.setTextOption(text_option)
            layout.beginLayout()
            line = layout.createLine()
            line.setLineWidth(width)
            layout.endLayout()
            # textLength() counts UTF-16 units, which differ from str indexes for emoji.
            units = title.encode("utf-16-le")
            cut = 2 * max(line.textLength(), 1)
            first = units[:cut].decode("utf-16-le", errors="ignore").rstrip()
            rest = units[cut:].decode("utf-16-le", errors="ignore").lstrip()
            lines = (first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            if len(self._lines) > 20_000:
                self._lines.clear()
            self._lines[key] = lines
        return lines

    @staticmethod
    def _header_font(font: QFont) -> QFont:
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        return bold

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        metrics = option.fontMetrics
        if index.data(CountRole) is not None:
            top = self.HEADER_TOP if index.row() > 0 else 2
            return QSize(1, top + QFontMetrics(self._header_font(option.font)).height() + 8)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        lines = 1 if metrics.horizontalAdvance(title) <= self._text_width(option) else 2
        if index.data(DetailRole):
            lines += 1
        if index.data(StatusRole) is not None:
            lines += 1
        return QSize(1, lines * metrics.lineSpacing() + 2 * (self.PAD_Y + self.GAP_Y))

    # Painting -----------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if index.data(CountRole) is not None:
            self._paint_header(painter, option, index)
        else:
            self._paint_card(painter, option, index)
        painter.restore()

    def _paint_header(
        self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        # Headers are not enabled items (the keyboard skips them), yet must not look disabled.
        palette = QPalette(option.palette)
        palette.setCurrentColorGroup(
            QPalette.ColorGroup.Active
            if option.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        font = self._header_font(option.font)
        rect = option.rect.adjusted(self.GAP_X + 2, 0, -(self.GAP_X + 2), -4)
        rect.setTop(rect.top() + (self.HEADER_TOP if index.row() > 0 else 2))
        locale = option.widget.locale() if option.widget is not None else QLocale()
        count = locale.toString(int(index.data(CountRole)))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(count)
        )
        name_width = rect.width() - metrics.horizontalAdvance(str(count)) - 8
        name = metrics.elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole)), Qt.TextElideMode.ElideRight, name_width
        )
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        painter.setPen(
            QPen(
                _mix(
                    palette.color(QPalette.ColorRole.Window),
                    palette.color(QPalette.ColorRole.WindowText),
                    0.25,
                ),
                1,
            )
        )
        bottom = rect.bottom() + 2.5
        painter.drawLine(QPoint(rect.left(), int(bottom)), QPoint(rect.right(), int(bottom)))

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        palette = option.palette
        state = option.state
        widget = option.widget
        view_focused = widget is not None and widget.hasFocus()
        selected = bool(state & QStyle.StateFlag.State_Selected)
        current = bool(state & QStyle.StateFlag.State_HasFocus) and view_focused
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        highlight = palette.color(QPalette.ColorRole.Highlight)

        if selected and view_focused:
            fill, pen_colour = highlight, palette.color(QPalette.ColorRole.HighlightedText)
            border = highlight
        elif selected:
            fill, pen_colour, border = _mix(base, highlight, 0.25), text, highlight
        else:
            fill, pen_colour = base, text
            border = _mix(base, text, 0.35 if hovered else 0.18)
        width = 2.0 if current and not selected else 1.0
        if current and not selected:
            border = highlight
        card = QRectF(option.rect).adjusted(
            self.GAP_X + width / 2,
            self.GAP_Y + width / 2,
            -self.GAP_X - width / 2,
            -self.GAP_Y - width / 2,
        )
        painter.setPen(QPen(border, width))
        painter.setBrush(fill)
        painter.drawRoundedRect(card, 4, 4)

        text_rect = option.rect.adjusted(
            self.GAP_X + self.PAD_X,
            self.GAP_Y + self.PAD_Y,
            -(self.GAP_X + self.PAD_X),
            -(self.GAP_Y + self.PAD_Y),
        )
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        lines = self._title_lines(title, option.font, text_rect.width())
        painter.setFont(option.font)
        painter.setPen(pen_colour)
        line_height = option.fontMetrics.lineSpacing()
        for number, line in enumerate(lines):
            line_rect = text_rect.adjusted(0, number * line_height, 0, 0)
            line_rect.setHeight(line_height)
            painter.drawText(
                line_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                option.fontMetrics.elidedText(line, Qt.TextElideMode.ElideRight, text_rect.width()),
            )
        muted = (
            pen_colour
            if selected and view_focused
            else palette.color(QPalette.ColorRole.PlaceholderText)
        )
        below = len(lines)
        detail = str(index.data(DetailRole) or "")
        if detail:
            detail_rect = text_rect.adjusted(0, below * line_height, 0, 0)
            detail_rect.setHeight(line_height)
            painter.setPen(muted)
            painter.drawText(
                detail_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                option.fontMetrics.elidedText(
                    detail, Qt.TextElideMode.ElideRight, text_rect.width()
                ),
            )
            below += 1
        status = index.data(StatusRole)
        if status is not None:
            badge = text_rect.adjusted(0, below * line_height, 0, 0)
            badge.setHeight(line_height)
            self._paint_badge(painter, option, badge, Status(status), muted, index)

    def _paint_badge(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        status: Status,
        text_colour: QColor,
        index: AnyIndex,
    ) -> None:
        """A dot in the status's colour, the status in words, and the mark of a to-do
        changed since its last handover."""
        size = option.fontMetrics.height() * 0.55
        dot = QRectF(rect.left(), rect.center().y() - size / 2 + 1, size, size)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(status_colour(status, option.palette))
        painter.drawEllipse(dot)
        text = status_label(status)
        if index.data(ChangedRole):
            text = f"{text}  {CHANGED_MARK}"
        painter.setPen(text_colour)
        painter.drawText(
            rect.adjusted(int(size) + 6, 0, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()),
        )


class CardList(QListView):
    """One column of cards: says when it gets focus and shows that it takes a drop.

    Signals:
        focus_entered(): the list got the keyboard focus.
    """

    focus_entered = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._drop_target = False
        self._empty_text = ""
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMouseTracking(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(True)
        self.setDropIndicatorShown(True)
        # Cards (Base) stand out from the column behind them (Window), in any palette.
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)

    def set_empty_text(self, text: str) -> None:
        """What the column says while it has no card (what to do to fill it)."""
        self._empty_text = text
        self.viewport().update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focus_entered.emit()

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Like QListView, but Home, End and paging land on a card, never on a header."""
        index = super().moveCursor(action, modifiers)
        model = self.model()
        if not index.isValid() or not isinstance(model, BoardColumnModel):
            return index
        if model.task_at(index.row()) is not None:
            return index
        up = (
            QAbstractItemView.CursorAction.MoveUp,
            QAbstractItemView.CursorAction.MovePageUp,
            QAbstractItemView.CursorAction.MoveEnd,
            QAbstractItemView.CursorAction.MovePrevious,
        )
        row = model.card_near(index.row(), -1 if action in up else 1)
        return model.index(row) if row is not None else QModelIndex()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        super().dragEnterEvent(event)
        self._set_drop_target(event.isAccepted())

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self._set_drop_target(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_drop_target(False)
        super().dropEvent(event)

    def _set_drop_target(self, on: bool) -> None:
        if on != self._drop_target:
            self._drop_target = on
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self._empty_text and isinstance(model, BoardColumnModel) and not model.card_count():
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            rows = model.rowCount()
            top = self.visualRect(model.index(rows - 1)).bottom() if rows else 0
            area = self.viewport().rect().adjusted(12, top + 12, -12, -12)
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                self._empty_text,
            )
            painter.end()
        if self._drop_target:
            painter = QPainter(self.viewport())
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(self.viewport().rect().adjusted(1, 1, -1, -1))
            painter.end()

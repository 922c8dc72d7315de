"""The board: the same to-dos as the list, as cards in three columns.

Each column is a QListView over a small list model; a delegate paints the cards. In
the Delegate column the model interleaves group headers (one per assistant and one
"To be assigned") with the cards, so all three columns share one model, one view and
one way of moving the selection. The board never stores anything: it asks through
signals, and the window applies the change (with undo) and calls ``set_data`` again.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.assistant import Assistant
from delegator.domain.model import Decision, TaskSummary
from delegator.gui.decision_style import decision_icon, decision_label
from delegator.gui.row_selection import rows_selection
from delegator.gui.task_drag import TASK_IDS_MIME, task_ids_from, task_ids_mime
from delegator.gui.task_table import TaskIdRole

AnyIndex = QModelIndex | QPersistentModelIndex
CountRole = Qt.ItemDataRole.UserRole + 3
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

    def set_rows(self, rows: list[TaskSummary | CardGroup]) -> None:
        self.beginResetModel()
        self._rows = rows
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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return entry.title
        if role == TaskIdRole:
            return entry.id
        return None

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
        rows = sorted({index.row() for index in indexes if index.isValid()})
        ids = [task.id for task in map(self.task_at, rows) if task is not None]
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


def _mix(base: QColor, other: QColor, amount: float) -> QColor:
    """*base* moved *amount* (0…1) of the way towards *other*."""
    return QColor.fromRgbF(
        base.redF() + (other.redF() - base.redF()) * amount,
        base.greenF() + (other.greenF() - base.greenF()) * amount,
        base.blueF() + (other.blueF() - base.blueF()) * amount,
    )


class _CardDelegate(QStyledItemDelegate):
    """Paints a card (the title on up to two lines) or a group header."""

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


class _CardList(QListView):
    """One column of cards: says when it gets focus and shows that it takes a drop.

    Signals:
        focus_entered(): the list got the keyboard focus.
    """

    focus_entered = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._drop_target = False
        self.setItemDelegate(_CardDelegate(self))
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
        if self._drop_target:
            painter = QPainter(self.viewport())
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(self.viewport().rect().adjusted(1, 1, -1, -1))
            painter.end()


class BoardView(QWidget):
    """The to-dos as cards in three columns: Undecided, Keep and Delegate.

    The Delegate column groups its cards by assistant, after a "To be assigned"
    group. K, D and U decide the selected cards and move on to the next card of the
    column; the arrow keys move between cards, Left/Right (or Ctrl+Left/Right)
    between columns; Enter or a double-click opens a card.

    Signals:
        decision_requested(list, str): the user pressed K, D or U on cards, or dragged
            them onto another column (task ids, Decision value).
        assign_requested(list, object): cards were dropped onto an assistant's group in
            the Delegate column (task ids, the assistant's id or None for "To be
            assigned"); assigning delegates, so a card from another column needs no
            decision first.
        open_requested(int): the user pressed Enter on a card or double-clicked it.
    """

    decision_requested = Signal(list, str)
    assign_requested = Signal(list, object)
    open_requested = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Board"))
        self._tasks: dict[int, TaskSummary] = {}
        self._active = Decision.UNDECIDED
        self._models = {decision: BoardColumnModel(self) for decision in COLUMNS}
        self._views: dict[Decision, _CardList] = {}
        self._icon_labels: dict[Decision, QLabel] = {}
        self._count_labels: dict[Decision, QLabel] = {}
        self._build_widgets()
        self._build_actions()
        self._wire()
        self.setFocusProxy(self._views[self._active])

    # Construction -----------------------------------------------------------

    def _build_widgets(self) -> None:
        names = {
            Decision.UNDECIDED: self.tr("Undecided to-dos"),
            Decision.KEEP: self.tr("To-dos to keep"),
            Decision.DELEGATE: self.tr("To-dos to delegate"),
        }
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for decision in COLUMNS:
            view = _CardList(self)
            view.setModel(self._models[decision])
            view.setAccessibleName(names[decision])
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            self._views[decision] = view

            icon = QLabel(self)
            title = QLabel(decision_label(decision), self)
            title.setBuddy(view)
            bold = QFont(title.font())
            bold.setWeight(QFont.Weight.DemiBold)
            title.setFont(bold)
            count = QLabel("0", self)
            count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self._icon_labels[decision] = icon
            self._count_labels[decision] = count

            header = QHBoxLayout()
            header.setContentsMargins(4, 0, 6, 0)
            header.setSpacing(4)
            header.addWidget(icon)
            header.addWidget(title)
            header.addStretch(1)
            header.addWidget(count)
            column = QVBoxLayout()
            column.setSpacing(4)
            column.addLayout(header)
            column.addWidget(view, 1)
            layout.addLayout(column, 1)
        self._update_icons()

    def _action(self, text: str, keys: list[str], *, on_cards: bool) -> QAction:
        """An action whose keys work while a column has the focus."""
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        if on_cards:
            for view in self._views.values():
                view.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.keep_action = self._action(decision_label(Decision.KEEP), ["K"], on_cards=True)
        self.delegate_action = self._action(decision_label(Decision.DELEGATE), ["D"], on_cards=True)
        self.undecided_action = self._action(
            decision_label(Decision.UNDECIDED), ["U"], on_cards=True
        )
        self.open_action = self._action(self.tr("Open"), ["Return", "Enter"], on_cards=True)
        self.previous_column_action = self._action(
            self.tr("Previous Column"), ["Left", "Ctrl+Left"], on_cards=False
        )
        self.next_column_action = self._action(
            self.tr("Next Column"), ["Right", "Ctrl+Right"], on_cards=False
        )

    def _wire(self) -> None:
        self.keep_action.triggered.connect(lambda: self._decide(Decision.KEEP))
        self.delegate_action.triggered.connect(lambda: self._decide(Decision.DELEGATE))
        self.undecided_action.triggered.connect(lambda: self._decide(Decision.UNDECIDED))
        self.open_action.triggered.connect(self._on_open_action_triggered)
        self.previous_column_action.triggered.connect(lambda: self._move_column(-1))
        self.next_column_action.triggered.connect(lambda: self._move_column(1))
        for decision, view in self._views.items():
            view.focus_entered.connect(partial(self._on_column_focus_entered, decision))
            view.doubleClicked.connect(partial(self._on_column_double_clicked, decision))
            view.selectionModel().selectionChanged.connect(
                partial(self._on_column_selection_changed, decision)
            )
            self._models[decision].ids_dropped.connect(
                partial(self._on_column_ids_dropped, decision)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._update_icons()
        super().changeEvent(event)

    def _update_icons(self) -> None:
        size = self.fontMetrics().height()
        for decision, label in self._icon_labels.items():
            label.setPixmap(decision_icon(decision, self.palette(), size).pixmap(size, size))

    # Public API -------------------------------------------------------------

    def set_data(self, tasks: Sequence[TaskSummary], assistants: Sequence[Assistant]) -> None:
        """Show the to-dos that are not archived, in the order given."""
        ids = self.selected_ids()
        view = self._views[self._active]
        row = view.currentIndex().row()
        had_focus = self._has_focus()

        shown = [task for task in tasks if not task.archived]
        self._tasks = {task.id: task for task in shown}
        columns: dict[Decision, list[TaskSummary]] = {decision: [] for decision in COLUMNS}
        for task in shown:
            columns[task.decision].append(task)
        self._models[Decision.UNDECIDED].set_rows(list(columns[Decision.UNDECIDED]))
        self._models[Decision.KEEP].set_rows(list(columns[Decision.KEEP]))
        self._models[Decision.DELEGATE].set_rows(
            self._grouped(columns[Decision.DELEGATE], assistants)
        )
        for decision, label in self._count_labels.items():
            label.setText(self.locale().toString(len(columns[decision])))

        if ids and not self._select_ids(ids):
            near = self._models[self._active].card_near(row)
            if near is not None:
                self._select_rows(self._active, [near])
        if had_focus:
            self._views[self._active].setFocus()

    def selected_ids(self) -> list[int]:
        """The selected cards of the active column, or else its current card."""
        return self._ids_in(self._active)

    def select_task(self, task_id: int) -> bool:
        """Select this to-do's card; False if the board does not show it."""
        return self._select_ids([task_id])

    def column_view(self, decision: Decision) -> QListView:
        """The list of cards of one column."""
        return self._views[decision]

    def column_model(self, decision: Decision) -> BoardColumnModel:
        return self._models[decision]

    def column_count_text(self, decision: Decision) -> str:
        """The count shown in a column's header."""
        return self._count_labels[decision].text()

    # Slots ------------------------------------------------------------------

    def _on_column_focus_entered(self, decision: Decision) -> None:
        self._set_active(decision)

    def _on_column_selection_changed(self, decision: Decision, *_args: Any) -> None:
        if self._views[decision].selectionModel().hasSelection():
            self._set_active(decision)

    def _on_column_double_clicked(self, decision: Decision, index: QModelIndex) -> None:
        task = self._models[decision].task_at(index.row())
        if task is not None:
            self.open_requested.emit(task.id)

    def _on_open_action_triggered(self) -> None:
        index = self._views[self._active].currentIndex()
        task = self._models[self._active].task_at(index.row()) if index.isValid() else None
        if task is not None:
            self.open_requested.emit(task.id)

    def _on_column_ids_dropped(self, decision: Decision, ids: list[int], row: int) -> None:
        """Ask for the decision of the target column, or, onto an assistant's group, for
        the assignment (which delegates too: one step to undo)."""
        tasks = [self._tasks[task_id] for task_id in ids if task_id in self._tasks]
        group = self._models[decision].group_at(row)
        if group is None:
            to_decide = [task.id for task in tasks if task.decision is not decision]
            if to_decide:
                self.decision_requested.emit(to_decide, decision.value)
            return
        to_assign = [
            task.id
            for task in tasks
            if task.decision is not Decision.DELEGATE or task.assistant_id != group.assistant_id
        ]
        if to_assign:
            self.assign_requested.emit(to_assign, group.assistant_id)

    # Helpers ----------------------------------------------------------------

    def _grouped(
        self, delegated: list[TaskSummary], assistants: Sequence[Assistant]
    ) -> list[TaskSummary | CardGroup]:
        """A "To be assigned" group first, then one group per assistant, each with cards.

        Archived assistants get a group only while to-dos are still assigned to them;
        a to-do whose assistant is unknown counts as to be assigned.
        """
        names = {assistant.id: assistant.name for assistant in assistants}
        cards: dict[int | None, list[TaskSummary]] = {None: []}
        for assistant in assistants:
            if not assistant.archived:
                cards[assistant.id] = []
        for task in delegated:
            key = task.assistant_id if task.assistant_id in names else None
            cards.setdefault(key, []).append(task)
        rows: list[TaskSummary | CardGroup] = []
        for key, group_cards in cards.items():
            name = self.tr("To be assigned") if key is None else names[key]
            rows.append(CardGroup(key, name, len(group_cards)))
            rows.extend(group_cards)
        return rows

    def _has_focus(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and (focused is self or self.isAncestorOf(focused))

    def _set_active(self, decision: Decision) -> None:
        self._active = decision
        self.setFocusProxy(self._views[decision])
        for other, view in self._views.items():
            if other is not decision and view.selectionModel().hasSelection():
                view.selectionModel().clearSelection()

    def _ids_in(self, decision: Decision) -> list[int]:
        view = self._views[decision]
        model = self._models[decision]
        rows = sorted(index.row() for index in view.selectionModel().selectedIndexes())
        if not rows and view.currentIndex().isValid():
            rows = [view.currentIndex().row()]
        return [task.id for task in map(model.task_at, rows) if task is not None]

    def _select_rows(self, decision: Decision, rows: list[int]) -> None:
        view = self._views[decision]
        model = self._models[decision]
        selection_model = view.selectionModel()
        selection_model.select(
            rows_selection(model, rows), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        selection_model.setCurrentIndex(
            model.index(rows[0]), QItemSelectionModel.SelectionFlag.NoUpdate
        )
        view.scrollTo(model.index(rows[0]))
        self._set_active(decision)

    def _select_ids(self, task_ids: list[int]) -> bool:
        """Select these cards (those in the column of the first one shown)."""
        for task_id in task_ids:
            task = self._tasks.get(task_id)
            if task is None:
                continue
            model = self._models[task.decision]
            rows = [row for row in map(model.row_of, task_ids) if row is not None]
            self._select_rows(task.decision, rows)
            return True
        return False

    def _decide(self, decision: Decision) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self._select_follower(self._active, ids)
        changed = [task_id for task_id in ids if self._tasks[task_id].decision is not decision]
        if changed:
            self.decision_requested.emit(changed, decision.value)

    def _select_follower(self, decision: Decision, ids: list[int]) -> None:
        """Select the card after the given ones in their column (or else before them)."""
        model = self._models[decision]
        rows = sorted(row for row in map(model.row_of, ids) if row is not None)
        taken = set(rows)
        candidates = [*range(rows[-1] + 1, model.rowCount()), *range(rows[0] - 1, -1, -1)]
        for row in candidates:
            if row not in taken and model.task_at(row) is not None:
                self._select_rows(decision, [row])
                return
        self._views[decision].selectionModel().clear()

    def _move_column(self, step: int) -> None:
        """Move to the nearest card at the same height in the next column that has cards."""
        source = self._views[self._active]
        current = source.currentIndex()
        y = source.visualRect(current).center().y() if current.isValid() else 0
        position = COLUMNS.index(self._active) + step
        while 0 <= position < len(COLUMNS):
            decision = COLUMNS[position]
            model = self._models[decision]
            if model.card_count():
                view = self._views[decision]
                index = view.indexAt(QPoint(view.viewport().width() // 2, max(y, 0)))
                row = model.card_near(index.row() if index.isValid() else model.rowCount() - 1)
                if row is not None:
                    self._select_rows(decision, [row])
                    view.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            position += step

"""The board: the same to-dos as the list, as cards in three columns.

Each column is a QListView over a small list model; a delegate paints the cards. In
the Delegate column the model interleaves group headers (one per assistant and one
"To be assigned") with the cards, so all three columns share one model, one view and
one way of moving the selection. The board never stores anything: it asks through
signals, and the window applies the change (with undo) and calls ``set_data`` again.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.assistant import Assistant
from delegator.domain.model import Decision, Status, TaskSummary
from delegator.gui.board_cards import CardList
from delegator.gui.board_column_model import COLUMNS, BoardColumnModel, CardGroup
from delegator.gui.decision_style import decision_icon, decision_label
from delegator.gui.row_selection import rows_selection


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
        menu_requested(list, QPoint): the user right-clicked cards (task ids, where on
            the screen); the card under the pointer is selected first.
    """

    decision_requested = Signal(list, str)
    assign_requested = Signal(list, object)
    open_requested = Signal(int)
    menu_requested = Signal(list, QPoint)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Board"))
        self._tasks: dict[int, TaskSummary] = {}
        self._active = Decision.UNDECIDED
        self._models = {decision: BoardColumnModel(self) for decision in COLUMNS}
        self._views: dict[Decision, CardList] = {}
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
        empty = {
            Decision.UNDECIDED: self.tr("Nothing left to decide. New to-dos appear here."),
            Decision.KEEP: self.tr("Drag cards here, or press K, for what you keep doing."),
            Decision.DELEGATE: self.tr("Drag cards here, or press D, for what you hand over."),
        }
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for decision in COLUMNS:
            view = CardList(self)
            view.setModel(self._models[decision])
            view.setAccessibleName(names[decision])
            view.set_empty_text(empty[decision])
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
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
            view.customContextMenuRequested.connect(
                partial(self._on_column_menu_requested, decision)
            )
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
        """Show the to-dos that are not archived nor done, in the order given."""
        ids = self.selected_ids()
        view = self._views[self._active]
        row = view.currentIndex().row()
        had_focus = self._has_focus()

        shown = [task for task in tasks if not task.archived and task.status is not Status.DONE]
        self._tasks = {task.id: task for task in shown}
        columns: dict[Decision, list[TaskSummary]] = {decision: [] for decision in COLUMNS}
        for task in shown:
            columns[task.decision].append(task)
        names = {assistant.id: assistant.name for assistant in assistants}
        self._models[Decision.UNDECIDED].set_rows(list(columns[Decision.UNDECIDED]), names)
        self._models[Decision.KEEP].set_rows(list(columns[Decision.KEEP]), names)
        # The Delegate column's group headers name the assistant: its cards do not.
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

    def _on_column_menu_requested(self, decision: Decision, position: QPoint) -> None:
        """Right-click: the card under the pointer joins no selection it is not in."""
        view = self._views[decision]
        row = view.indexAt(position).row()
        task = self._models[decision].task_at(row)
        if task is None:
            return
        if task.id not in self._ids_in(decision):
            self._select_rows(decision, [row])
        view.setFocus(Qt.FocusReason.PopupFocusReason)
        self.menu_requested.emit(self._ids_in(decision), view.viewport().mapToGlobal(position))

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

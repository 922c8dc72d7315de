"""The to-do list's selection, and what the window does to the selected to-dos."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

from delegator.domain.changes import Changes
from delegator.domain.errors import DelegatorError
from delegator.domain.model import Decision, Status
from delegator.domain.views import View
from delegator.gui.row_selection import rows_selection
from delegator.gui.sidebar import EntryKind
from delegator.gui.status_style import status_label
from delegator.gui.status_undo import done_text
from delegator.gui.task_table import Column, TaskTableModel
from delegator.gui.undo_commands import Runner
from delegator.services import task_operations as ops
from delegator.services.task_service import NewTask

if TYPE_CHECKING:
    from delegator.services.followup_service import FollowUpService
    from delegator.services.task_service import TaskService

SELECTION = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)

# The actions that work on the selected to-dos of the list (names of window_actions).
ON_SELECTION = (
    "keep",
    "delegate",
    "undecided",
    "rename",
    "move_up",
    "move_down",
    "archive",
    "check_in",
    "apply_template",
    *(f"status:{status.value}" for status in Status),
)


# The undo text of a change to a number of to-dos: (change, count) → text, where change
# is a decision's value, "archive" or "restore". The window gives it: plural texts are
# found in the catalogue only under the class that translates them.
UndoLabel = Callable[[str, int], str]


class ListController(QObject):
    """Selection arithmetic over the list, and the changes made to its to-dos.

    It decides, archives, restores, moves, renames and adds to-dos through the window's
    runner, keeps the selection on the same to-dos across a reload, and enables the
    actions that need a selection.

    Signals:
        action_done(str): a decision, assignment, status, archiving or restoring was
            stored (and put on the undo stack); what it did, for the status bar.
    """

    action_done = Signal(str)

    def __init__(
        self,
        table: QTableView,
        model: TaskTableModel,
        service: TaskService,
        run: Runner,
        label: UndoLabel,
        actions: Mapping[str, QAction],
        assistant_name: Callable[[int], str],
        followup: Callable[[], FollowUpService],
    ) -> None:
        """*followup* gives the follow-up service (its code loads on first use)."""
        super().__init__(table)
        self._table = table
        self._model = model
        self._service = service
        self._run = run
        self._label = label
        self._actions = actions
        self._assistant_name = assistant_name
        self._followup = followup
        self._before_reset: tuple[list[int], int] = ([], 0)
        # Queued: the rename reloads the model, which must not happen inside the editor's commit.
        model.rename_requested.connect(
            self._on_rename_requested, Qt.ConnectionType.QueuedConnection
        )
        model.move_requested.connect(self._on_move_requested)
        model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    # Changes -------------------------------------------------------------------

    def run(self, label: str, operation: ops.Operation, keep: list[int] | None = None) -> bool:
        """Run *operation*; once stored, select the to-dos of *keep*."""
        if not self._run(label, operation):
            return False
        if keep:
            self.select_ids(keep)
        return True

    def add(self, label: str, tasks: list[NewTask]) -> list[int] | None:
        """Add *tasks*; their ids, or None if they were not saved."""
        operation = ops.AddTasks(self._service, tasks)
        return operation.ids if self._run(label, operation) else None

    def decide(self, decision: Decision) -> None:
        """Decide the selected to-dos, then select the one that follows them."""
        ids = self.selected_ids()
        if not ids:
            return
        last_row = max(self.selected_rows())
        operation = ops.SetDecision(self._service, ids, decision)
        if self._run(self._label(decision.value, len(ids)), operation):
            self.action_done.emit(done_text(decision.value, len(ids)))
            self._select_after(ids[-1], last_row, len(ids))

    def set_status(self, status: Status) -> None:
        """Give the selected to-dos a status (one undo step), then select the one that
        follows them, as deciding does."""
        ids = self.selected_ids()
        if not ids:
            return
        from delegator.services.followup_operations import SetStatus

        last_row = max(self.selected_rows())
        label = self.tr("Mark %n to-do(s) “{status}”", "", len(ids)).format(
            status=status_label(status)
        )
        operation = SetStatus(self._followup(), dict.fromkeys(ids, status))
        if self._run(label, operation):
            self.action_done.emit(done_text(f"status:{status.value}", len(ids)))
            self._select_after(ids[-1], last_row, len(ids))

    def decide_ids(self, task_ids: list[int], decision: str) -> None:
        """Decide these to-dos (a Decision value; asked by the board or the editor)."""
        chosen = Decision(decision)
        if self._run(
            self._label(chosen.value, len(task_ids)),
            ops.SetDecision(self._service, task_ids, chosen),
        ):
            self.action_done.emit(done_text(chosen.value, len(task_ids)))

    def assign_ids(self, task_ids: list[int], assistant_id: int | None) -> None:
        """Assign these to-dos to an assistant, or None: to be assigned (asked by the board)."""
        label = QCoreApplication.translate("MainWindow", "Assign to-dos")
        if self._run(label, ops.Assign(self._service, task_ids, assistant_id)):
            name = self._assistant_name(assistant_id) if assistant_id is not None else ""
            self.action_done.emit(done_text("assign", len(task_ids), name))

    def assign_selected(self, assistant_id: int | None) -> None:
        """Assign the selected to-dos (the list's "Assign to" menu); they stay selected."""
        ids = self.selected_ids()
        if ids:
            self.assign_ids(ids, assistant_id)
            self.select_ids(ids)

    def drop_on_entry(self, task_ids: list[int], kind: str, key: object) -> None:
        """To-dos dropped on a sidebar entry: delegated to its assistant, or given the
        decision of its view; they stay selected."""
        if kind == EntryKind.ASSISTANT:
            assistant_id = cast(int, key)
            name = self._assistant_name(assistant_id)
            label = QCoreApplication.translate("MainWindow", "Delegate to {name}").format(name=name)
            if self.run(label, ops.Assign(self._service, task_ids, assistant_id), keep=task_ids):
                self.action_done.emit(done_text("assign", len(task_ids), name))
            return
        decision = {View.INBOX: Decision.UNDECIDED, View.KEEP: Decision.KEEP}.get(
            View(cast(str, key)), Decision.DELEGATE
        )
        operation = ops.SetDecision(self._service, task_ids, decision)
        if self.run(self._label(decision.value, len(task_ids)), operation, keep=task_ids):
            self.action_done.emit(done_text(decision.value, len(task_ids)))

    def archive_selected(self, archived: bool = True) -> None:
        """Delete the selected to-dos to the Archive, or restore them from it."""
        ids = self.selected_ids()
        if not ids:
            return
        row = min(self.selected_rows())
        if self.archive_ids(ids, archived):
            self.select_row(row)

    def archive_ids(self, task_ids: list[int], archived: bool = True) -> bool:
        """Delete these to-dos to the Archive, or restore them (asked by the board or
        the editor); whether it was stored."""
        change = "archive" if archived else "restore"
        label = self._label(change, len(task_ids))
        if not self._run(label, ops.SetArchived(self._service, task_ids, archived)):
            return False
        self.action_done.emit(done_text(change, len(task_ids)))
        return True

    def move_selected(self, direction: int) -> None:
        """Move the selected to-dos one place up (-1) or down (1)."""
        rows = self.selected_rows()
        if not rows or self._model.refuses_moves():
            return
        visible = self._model.visible_ids()
        ids = [visible[row] for row in rows]
        if direction < 0:
            if rows[0] == 0:
                return
            before: int | None = visible[rows[0] - 1]
        else:
            if rows[-1] >= len(visible) - 1:
                return
            after = rows[-1] + 2
            before = visible[after] if after < len(visible) else None
        self._move(ids, before)

    def rename_current(self) -> None:
        index = self._table.currentIndex()
        if index.isValid():
            self._table.edit(self._model.index(index.row(), Column.TITLE))

    def apply(self, changes: Changes) -> None:
        """Subscriber of the change signal: the list shows the changed to-dos as stored."""
        if changes.tasks:
            self._model.update_tasks(changes.tasks, self._service.summaries_by_id(changes.tasks))

    def reload(self) -> None:
        """After a change that was not saved: the list as it is stored."""
        try:
            self._model.set_tasks(self._service.summaries())
        except DelegatorError:
            return

    def _move(self, ids: list[int], before: int | None) -> None:
        label = QCoreApplication.translate("MainWindow", "Move to-dos")
        self.run(label, ops.Move(self._service, ids, before), keep=ids)

    def _on_rename_requested(self, task_id: int, title: str) -> None:
        label = QCoreApplication.translate("MainWindow", "Rename to-do")
        if not self._run(label, ops.Rename(self._service, task_id, title)):
            self._edit_again(task_id, title)

    def _edit_again(self, task_id: int, title: str) -> None:
        """A new title that could not be stored opens again as typed: Enter tries
        again, Escape gives it up."""
        row = self._model.row_of(task_id)
        if row is None:
            return
        index = self._model.index(row, Column.TITLE)
        self._table.setCurrentIndex(index)
        self._table.edit(index)
        editor = QApplication.focusWidget()
        if isinstance(editor, QLineEdit) and self._table.isAncestorOf(editor):
            editor.setText(title)

    def _on_move_requested(self, task_ids: list[int], before: int | None) -> None:
        self._move(task_ids, before)

    # Selection -----------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self._table.selectionModel().selectedRows())

    def selected_ids(self) -> list[int]:
        return [self._model.task_at(row).id for row in self.selected_rows()]

    def current_id(self) -> int | None:
        """The to-do of the list's current row, else the first selected one."""
        index = self._table.currentIndex()
        if index.isValid():
            return self._model.task_at(index.row()).id
        ids = self.selected_ids()
        return ids[0] if ids else None

    def select_row(self, row: int) -> None:
        """Select the row *row* (or the nearest one there is)."""
        count = self._model.rowCount()
        if count == 0:
            self.update_actions()
            return
        index = self._model.index(max(0, min(row, count - 1)), Column.TITLE)
        self._table.selectionModel().setCurrentIndex(index, SELECTION)
        self._table.scrollTo(index)

    def select_ids(self, task_ids: list[int]) -> bool:
        """Select these to-dos where visible; False if none of them is."""
        rows = self._model.rows_of(task_ids)
        if not rows:
            return False
        selection = self._table.selectionModel()
        selection.select(rows_selection(self._model, rows), SELECTION)
        first = self._model.index(rows[0], Column.TITLE)
        selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._table.scrollTo(first)
        return True

    def select_changed(self, changes: Changes) -> None:
        """After an undo or redo: select the to-dos it changed."""
        self.select_ids(sorted(changes.tasks))

    def restore_selection(self) -> None:
        """After a reload: the selection on the same to-dos, or near where it was."""
        ids, row = self._before_reset
        if not self.select_ids(ids):
            self.select_row(max(row, 0))

    def _on_model_about_to_be_reset(self) -> None:
        self._before_reset = (self.selected_ids(), self._table.currentIndex().row())

    def _select_after(self, last_id: int, last_row: int, count: int) -> None:
        """After a decision, select the to-do that follows the decided ones.

        Either they all stay in the view (All) or all leave it (Inbox); in the second
        case the follower has moved up into the first freed place.
        """
        row = self._model.row_of(last_id)
        self.select_row(row + 1 if row is not None else last_row - count + 1)

    def _on_selection_changed(self, *_args: object) -> None:
        self.update_actions()

    def update_actions(self) -> None:
        """Enable the actions that need a selection (Restore only in the Archive)."""
        has_selection = bool(self.selected_ids())
        archive_view = self._model.view is View.ARCHIVE
        for name in ON_SELECTION:
            action = self._actions.get(name)
            if action is not None:
                action.setEnabled(has_selection and not archive_view)
        self._actions["restore"].setEnabled(has_selection and archive_view)

"""The undo runner and the one change signal the window's parts subscribe to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from delegator.domain.changes import Changes
from delegator.domain.errors import DelegatorError, StorageUnavailable
from delegator.gui.undo_commands import OperationCommand
from delegator.services.task_operations import Operation
from delegator.text.messages import explain, storage_reason


class ChangeRunner(QObject):
    """Applies operations, keeps them on the undo stack and tells what changed.

    Every change, whether made, undone or redone, is announced once through
    ``changes_applied``; the list, the sidebar, the editor and the pages subscribe to
    it instead of being called one by one.

    Signals:
        changes_applied(Changes): something was stored; bring what shows it up to date.
        changes_replayed(Changes): after ``changes_applied``, for an undo or redo.
        not_saved(): a change failed and was reported; show the data as it is stored.
    """

    changes_applied = Signal(object)
    changes_replayed = Signal(object)
    not_saved = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.undo_stack = QUndoStack(self)
        self._replaying = False

    def run(self, label: str, operation: Operation) -> bool:
        """Apply *operation* now, then put it on the undo stack; report failures."""
        try:
            changes = operation.apply()
        except (DelegatorError, ValueError) as error:
            self._report_not_saved(error)
            return False
        self.changes_applied.emit(changes)
        if not self._replaying:
            self.undo_stack.push(
                OperationCommand(label, operation, self._replayed, self._report_not_saved)
            )
        return True

    def _replayed(self, changes: Changes) -> None:
        # Inside an undo or redo: a change the refresh itself stores (pending typing)
        # must not be pushed on the stack that is being replayed.
        self._replaying = True
        try:
            self.changes_applied.emit(changes)
            self.changes_replayed.emit(changes)
        finally:
            self._replaying = False

    def _report_not_saved(self, error: Exception) -> None:
        """Say that a change was not stored, and show the list as it is stored."""
        QMessageBox.warning(
            self._window,
            QCoreApplication.translate("MainWindow", "Not saved"),
            QCoreApplication.translate(
                "MainWindow", "The change could not be saved, and nothing was changed:\n{error}"
            ).format(
                # explain() would say "could not be saved" a second time
                error=storage_reason(error)
                if isinstance(error, StorageUnavailable)
                else explain(error)
            ),
        )
        self.not_saved.emit()

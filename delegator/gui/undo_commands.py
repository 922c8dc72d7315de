"""QUndoCommands around the Qt-free operations of services.task_operations."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from delegator.domain.changes import Changes
from delegator.services.task_operations import Operation


class OperationCommand(QUndoCommand):
    """Undo/redo one operation that has already been applied once.

    The window applies the operation first, so a failure never reaches the stack;
    the stack's first ``redo()`` call is therefore skipped.
    """

    def __init__(self, text: str, operation: Operation, refresh: Callable[[Changes], None]) -> None:
        super().__init__(text)
        self._operation = operation
        self._refresh = refresh
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._refresh(self._operation.apply())

    def undo(self) -> None:
        self._refresh(self._operation.revert())

"""QUndoCommands around the Qt-free operations of services.task_operations."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from delegator.domain.changes import Changes
from delegator.domain.errors import DelegatorError
from delegator.services.task_operations import Operation

# How a page hands a change to the window: the window applies it, puts it on the undo
# stack, refreshes what it changed and reports failures. Returns whether it was stored.
Runner = Callable[[str, Operation], bool]
MERGEABLE_ID = 1


class OperationCommand(QUndoCommand):
    """Undo/redo one operation that has already been applied once.

    The window applies the operation first, so a failure never reaches the stack;
    the stack's first ``redo()`` call is therefore skipped. When a later undo or redo
    cannot be stored, *failed* is told, and nothing was changed.
    """

    def __init__(
        self,
        text: str,
        operation: Operation,
        refresh: Callable[[Changes], None],
        failed: Callable[[DelegatorError], None],
    ) -> None:
        super().__init__(text)
        self._operation = operation
        self._refresh = refresh
        self._failed = failed
        self._applied = True

    def id(self) -> int:
        # Edits that can absorb a later edit (typing into one field) share an id, so
        # the stack offers them to mergeWith: a paragraph typed is one undo step.
        return MERGEABLE_ID if hasattr(self._operation, "absorb") else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, OperationCommand):
            return False
        absorb = getattr(self._operation, "absorb", None)
        return bool(absorb is not None and absorb(other._operation))

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._run(self._operation.apply)

    def undo(self) -> None:
        self._run(self._operation.revert)

    def _run(self, step: Callable[[], Changes]) -> None:
        try:
            changes = step()
        except DelegatorError as error:
            self._failed(error)
            return
        self._refresh(changes)

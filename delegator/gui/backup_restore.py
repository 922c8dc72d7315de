"""The window's side of File → Restore Backup and Back Up Now: a restore (and opening
a plan archive, gui/plan_archive_window.py) is one undo step on a history that starts
with it (the commands before it name rows the restored plan may not have); the status
bar says what an undo or redo of it did."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from delegator.domain.errors import DatabaseFileError, DelegatorError, StorageUnavailable
from delegator.gui.undo_commands import OperationCommand
from delegator.text.messages import file_problem, reason

if TYPE_CHECKING:
    from delegator.domain.backups import Backup
    from delegator.domain.changes import Changes
    from delegator.gui.main_window import MainWindow
    from delegator.services.backup_service import Restored
    from delegator.services.restore_operation import PlanSwitch

STATUS_SHOWN_MS = 10000


def open_backups(window: MainWindow) -> None:
    """The Restore Backup dialog over the backups as they are now."""
    window.dialogs.open_backups(
        window.workspace.backups.backups(), lambda path: restore(window, path)
    )


def restore(window: MainWindow, backup: Backup) -> str:
    """Make the plan what *backup* holds and show it everywhere; "" or the problem, in
    which case nothing changed (not the plan, not the undo history)."""
    from delegator.gui.backup_words import BackupWords
    from delegator.services.restore_operation import restore_backup

    operation = restore_backup(window.workspace, backup.path)
    words = BackupWords()
    when = words.made_at(backup.created)
    said = Said(
        undone=QCoreApplication.translate(
            "MainWindow", "Your plan is back as it was before the restore."
        ),
        redone=QCoreApplication.translate(
            "MainWindow", "Restored the backup from {when} again."
        ).format(when=when),
    )
    label = QCoreApplication.translate("MainWindow", "Restore Backup")
    try:
        restored = switch_plan(window, operation, label, said)
    except (StorageUnavailable, DatabaseFileError) as error:
        return _problem(backup, error)
    text = QCoreApplication.translate("MainWindow", "Restored the backup from {when}.").format(
        when=when
    )
    missing = len(restored.missing_attachments) if restored is not None else 0
    if missing:
        text += " " + words.missing_attachments(missing)
    window.statusBar().showMessage(text, STATUS_SHOWN_MS)
    return ""


@dataclass(frozen=True, slots=True)
class Said:
    """What the status bar says after an undo and after a redo of a plan switch."""

    undone: str
    redone: str


class PlanSwitchCommand(OperationCommand):
    """The undo step of a plan switch; says in the status bar what its undo or redo did
    (the message of the switch itself would tell the opposite)."""

    def __init__(self, label: str, operation: PlanSwitch, window: MainWindow, said: Said) -> None:
        super().__init__(label, operation, self._refresh, self._report)
        self._window = window
        self._said = said
        self._pushed = True  # the stack's first redo() is the switch already made
        self._text = ""

    def redo(self) -> None:
        self._text = "" if self._pushed else self._said.redone
        self._pushed = False
        super().redo()

    def undo(self) -> None:
        self._text = self._said.undone
        super().undo()

    def _refresh(self, changes: Changes) -> None:
        self._window.apply_changes(changes)
        if self._text:
            self._window.statusBar().showMessage(self._text, STATUS_SHOWN_MS)

    def _report(self, error: DelegatorError) -> None:
        self._window.statusBar().clearMessage()
        _failed(self._window)(error)


def switch_plan(
    window: MainWindow, operation: PlanSwitch, label: str, said: Said
) -> Restored | None:
    """Apply *operation*, which replaces the whole plan, as the one step of a new undo
    history, and show the plan everywhere; returns what it restored. When it raises,
    nothing changed (not the plan, not the undo history)."""
    window.auto_backup.finish()
    changes = operation.apply()
    stack = window.undo_stack
    stack.clear()
    restored = operation.restored
    if restored is not None and restored.before is not None:
        stack.push(PlanSwitchCommand(label, operation, window, said))
    window.apply_changes(changes)
    return restored


def _problem(backup: Backup, error: DelegatorError) -> str:
    if isinstance(error, DatabaseFileError) and error.path == backup.path:
        return QCoreApplication.translate(
            "MainWindow", "The backup {name} cannot be used ({detail}). Your plan is unchanged."
        ).format(name=backup.path.name, detail=file_problem(error))
    return QCoreApplication.translate(
        "MainWindow", "The backup could not be restored ({detail}). Your plan is unchanged."
    ).format(detail=reason(error))


def _failed(window: MainWindow) -> Callable[[DelegatorError], None]:
    """What an undo or redo of the restore says when the plan cannot be switched."""

    def report(error: DelegatorError) -> None:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("MainWindow", "Not Restored"),
            QCoreApplication.translate(
                "MainWindow", "The plan could not be switched ({detail}). Nothing was changed."
            ).format(detail=reason(error)),
        )

    return report

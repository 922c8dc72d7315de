"""The window's side of File → Restore Backup and Back Up Now: a restore (and opening
a plan archive, gui/plan_archive_window.py) is one undo step on a history that starts
with it (the commands before it name rows the restored plan may not have)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from delegator.domain.errors import DatabaseFileError, DelegatorError, StorageUnavailable
from delegator.gui.undo_commands import OperationCommand

if TYPE_CHECKING:
    from delegator.domain.backups import Backup
    from delegator.gui.main_window import MainWindow
    from delegator.services.backup_service import Restored
    from delegator.services.restore_operation import PlanSwitch


def open_backups(window: MainWindow) -> None:
    """The Restore Backup dialog over the backups as they are now."""
    window.dialogs.open_backups(
        window.workspace.backups.backups(), lambda path: restore(window, path)
    )


def restore(window: MainWindow, backup: Backup) -> str:
    """Make the plan what *backup* holds and show it everywhere; "" or the problem, in
    which case nothing changed (not the plan, not the undo history)."""
    from delegator.gui.backup_words import BackupWords
    from delegator.services.restore_operation import RestoreBackup

    operation = RestoreBackup(window.workspace, backup.path)
    label = QCoreApplication.translate("MainWindow", "Restore Backup")
    try:
        restored = switch_plan(window, operation, label)
    except (StorageUnavailable, DatabaseFileError) as error:
        return _problem(backup, error)
    words = BackupWords()
    text = QCoreApplication.translate("MainWindow", "Restored the backup from {when}.").format(
        when=words.made_at(backup.created)
    )
    missing = len(restored.missing_attachments) if restored is not None else 0
    if missing:
        text += " " + words.missing_attachments(missing)
    window.statusBar().showMessage(text, 10000)
    return ""


def switch_plan(window: MainWindow, operation: PlanSwitch, label: str) -> Restored | None:
    """Apply *operation*, which replaces the whole plan, as the one step of a new undo
    history, and show the plan everywhere; returns what it restored. When it raises,
    nothing changed (not the plan, not the undo history)."""
    window.auto_backup.finish()
    changes = operation.apply()
    stack = window.undo_stack
    stack.clear()
    restored = operation.restored
    if restored is not None and restored.before is not None:
        stack.push(OperationCommand(label, operation, window.apply_changes, _failed(window)))
    window.apply_changes(changes)
    return restored


def _problem(backup: Backup, error: DelegatorError) -> str:
    if isinstance(error, DatabaseFileError) and error.path == backup.path:
        return QCoreApplication.translate(
            "MainWindow", "The backup {name} cannot be used ({detail}). Your plan is unchanged."
        ).format(name=backup.path.name, detail=error.detail)
    detail = error.detail if isinstance(error, DatabaseFileError) else str(error)
    return QCoreApplication.translate(
        "MainWindow", "The backup could not be restored ({detail}). Your plan is unchanged."
    ).format(detail=detail)


def _failed(window: MainWindow) -> Callable[[DelegatorError], None]:
    """What an undo or redo of the restore says when the plan cannot be switched."""

    def report(error: DelegatorError) -> None:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("MainWindow", "Not Restored"),
            QCoreApplication.translate(
                "MainWindow", "The plan could not be switched ({detail}). Nothing was changed."
            ).format(detail=error),
        )

    return report

"""Replacing the plan as one undoable step: putting a backup back (File → Restore
Backup) and opening a plan archive (File → Open Plan Archive)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from delegator.domain.changes import Changes
from delegator.domain.errors import StorageUnavailable
from delegator.services.plan_archive import open_archive

if TYPE_CHECKING:
    from delegator.services.backup_service import Restored
    from delegator.services.workspace import Workspace


class PlanSwitch:
    """The plan replaced by what *switch* brings (a backup, an archive's plan).

    ``revert`` puts back the plan as it was (the backup the switch made first);
    ``undone`` is what that revert did: its ``before`` is a backup of the plan the
    switch had brought, which a redo restores, so a redo works even when the backup
    or archive first chosen is gone since. Every to-do, assistant and the profile may
    differ afterwards, so the changes name every to-do and assistant before and after.
    """

    def __init__(self, workspace: Workspace, switch: Callable[[], Restored]) -> None:
        self._workspace = workspace
        self._switch = switch
        self.restored: Restored | None = None
        self.undone: Restored | None = None

    def apply(self) -> Changes:
        before = self._ids()
        brought = self.undone.before if self.undone is not None else None
        if brought is None:
            self.restored = self._switch()
        else:
            self.restored = self._workspace.restore(brought)
        return self._changes(before)

    def revert(self) -> Changes:
        previous = self.restored.before if self.restored is not None else None
        if previous is None:
            raise StorageUnavailable(f"{self._workspace.data_file}: no backup of the plan before")
        before = self._ids()
        self.undone = self._workspace.restore(previous)
        return self._changes(before)

    def _ids(self) -> tuple[frozenset[int], frozenset[int]]:
        tasks = frozenset(task.id for task in self._workspace.tasks.summaries())
        assistants = frozenset(
            assistant.id
            for assistant in self._workspace.assistants.assistants(include_archived=True)
        )
        return tasks, assistants

    def _changes(self, before: tuple[frozenset[int], frozenset[int]]) -> Changes:
        tasks, assistants = self._ids()
        return Changes(tasks=before[0] | tasks, assistants=before[1] | assistants, profile=True)


def restore_backup(workspace: Workspace, backup: Path) -> PlanSwitch:
    """Make the plan what the backup file *backup* holds."""
    return PlanSwitch(workspace, lambda: workspace.restore(backup))


def open_archive_switch(workspace: Workspace, archive: Path) -> PlanSwitch:
    """Make the plan the one in the plan archive *archive* (services/plan_archive.py)."""
    return PlanSwitch(workspace, lambda: open_archive(workspace, archive))

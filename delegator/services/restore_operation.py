"""Putting a backup back as one undoable step (File → Restore Backup)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from delegator.domain.changes import Changes
from delegator.domain.errors import StorageUnavailable

if TYPE_CHECKING:
    from delegator.services.backup_service import Restored
    from delegator.services.workspace import Workspace


class RestoreBackup:
    """Make the plan what *backup* holds; ``revert`` puts back the plan as it was
    (the backup the restore made first), ``apply`` again the chosen backup.

    Every to-do, assistant and the profile may differ afterwards, so the changes name
    every to-do and assistant of the plan before and after.
    """

    def __init__(self, workspace: Workspace, backup: Path) -> None:
        self._workspace = workspace
        self._backup = backup
        self.restored: Restored | None = None

    def apply(self) -> Changes:
        before = self._ids()
        self.restored = self._workspace.restore(self._backup)
        return self._changes(before)

    def revert(self) -> Changes:
        previous = self.restored.before if self.restored is not None else None
        if previous is None:
            raise StorageUnavailable(f"{self._workspace.data_file}: no backup of the plan before")
        before = self._ids()
        self._workspace.restore(previous)
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

"""Replacing the plan as one undoable step: putting a backup back (File → Restore
Backup) and opening a plan archive (File → Open Plan Archive)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from delegator.domain.changes import Changes
from delegator.domain.errors import StorageUnavailable
from delegator.services.plan_archive import open_archive

if TYPE_CHECKING:
    from delegator.services.backup_service import Restored
    from delegator.services.workspace import Workspace


class PlanSwitch:
    """What both share: ``revert`` puts back the plan as it was (the backup the switch
    made first); ``undone`` is what that revert did (its ``before`` is a backup of the
    plan the switch had brought).

    Every to-do, assistant and the profile may differ afterwards, so the changes name
    every to-do and assistant of the plan before and after.
    """

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self.restored: Restored | None = None
        self.undone: Restored | None = None

    def apply(self) -> Changes:
        """Replace the plan; every kind of switch defines its own."""
        raise NotImplementedError(f"{type(self).__name__} switches to no plan")

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


class RestoreBackup(PlanSwitch):
    """Make the plan what *backup* holds; ``apply`` again restores the chosen backup."""

    def __init__(self, workspace: Workspace, backup: Path) -> None:
        super().__init__(workspace)
        self._backup = backup

    def apply(self) -> Changes:
        before = self._ids()
        self.restored = self._workspace.restore(self._backup)
        return self._changes(before)


class OpenArchive(PlanSwitch):
    """Make the plan the one in the plan archive *archive* (services/plan_archive.py).

    The first ``apply`` opens the archive; after an undo, ``apply`` (redo) restores the
    backup of the archive's plan that the undo made, so a redo works even when the
    archive has since been moved or deleted (its attachments stay in the attachments
    folder and in the backups).
    """

    def __init__(self, workspace: Workspace, archive: Path) -> None:
        super().__init__(workspace)
        self._archive = archive

    def apply(self) -> Changes:
        before = self._ids()
        opened = self.undone.before if self.undone is not None else None
        if opened is None:
            self.restored = open_archive(self._workspace, self._archive)
        else:
            self.restored = self._workspace.restore(opened)
        return self._changes(before)

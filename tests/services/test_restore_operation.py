"""A restore as an undoable operation: apply puts the backup back, revert the plan as it
was, apply again the backup; the changes name every to-do of both plans."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from delegator.domain.backups import BackupKind
from delegator.domain.errors import UnusableBackup
from delegator.services.restore_operation import restore_backup
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace
from tests.clocks import Ticking
from tests.storage.helpers import sha256


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", Ticking())
    yield workspace
    workspace.close()


def _titles(workspace: Workspace) -> list[str]:
    return [task.title for task in workspace.tasks.summaries()]


def test_apply_revert_apply_switch_between_the_backup_and_the_plan(
    workspace: Workspace,
) -> None:
    workspace.tasks.add([NewTask("Call the bank")])
    backup = workspace.backups.back_up(BackupKind.MANUAL)
    (later,), _ = workspace.tasks.add([NewTask("Book the flight")])
    operation = restore_backup(workspace, backup)

    changes = operation.apply()
    assert _titles(workspace) == ["Call the bank"]
    assert later in changes.tasks  # the to-do that is gone is named too
    assert changes.profile
    assert operation.restored is not None
    assert operation.restored.before is not None

    operation.revert()
    assert _titles(workspace) == ["Call the bank", "Book the flight"]
    operation.apply()
    assert _titles(workspace) == ["Call the bank"]


def test_a_backup_that_is_no_plan_is_refused_and_nothing_changes(
    workspace: Workspace, tmp_path: Path
) -> None:
    workspace.tasks.add([NewTask("Call the bank")])
    workspace.close()
    before = sha256(workspace.data_file)
    foreign = tmp_path / "backups" / "delegator-manual-20261201-090000-000000.sqlite3"
    foreign.parent.mkdir(exist_ok=True)
    foreign.write_text("not a plan\n" * 200)
    with pytest.raises(UnusableBackup, match="is not a Delegator database"):
        restore_backup(workspace, foreign).apply()
    assert sha256(workspace.data_file) == before
    assert _titles(workspace) == ["Call the bank"]

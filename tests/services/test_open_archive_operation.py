"""Opening a plan archive as an undoable operation: apply opens it, revert puts the plan
back as it was, apply again (redo) brings the archive's plan back even after the
archive file is gone; a refused archive changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from delegator.domain.errors import ArchiveRefused
from delegator.services.plan_archive import write_archive
from delegator.services.restore_operation import open_archive_switch
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace
from tests.clocks import Ticking


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """An archive of a plan with two to-dos, one holding an attached file."""
    folder = tmp_path / "old computer"
    source = Workspace(folder / "delegator.sqlite3", folder / "backups", Ticking())
    try:
        (call, _), _ = source.tasks.add([NewTask("Call the bank"), NewTask("Book the flight")])
        letter = tmp_path / "letter.txt"
        letter.write_bytes(b"Dear bank,\n")
        resource = source.tasks.attach(letter)
        source.tasks.update(call, {"resources": (resource,)})
        return write_archive(source, tmp_path / "plan.zip")
    finally:
        source.close()


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    folder = tmp_path / "new computer"
    workspace = Workspace(folder / "delegator.sqlite3", folder / "backups", Ticking())
    yield workspace
    workspace.close()


def _titles(workspace: Workspace) -> list[str]:
    return [task.title for task in workspace.tasks.summaries()]


def test_apply_revert_and_redo_without_the_archive(workspace: Workspace, archive: Path) -> None:
    (mine,), _ = workspace.tasks.add([NewTask("Water the plants")])
    operation = open_archive_switch(workspace, archive)

    changes = operation.apply()
    assert _titles(workspace) == ["Call the bank", "Book the flight"]
    assert mine in changes.tasks  # the to-do that is gone is named too
    assert changes.profile

    operation.revert()
    assert _titles(workspace) == ["Water the plants"]

    archive.unlink()
    operation.apply()
    assert _titles(workspace) == ["Call the bank", "Book the flight"]
    (call,) = [task for task in workspace.tasks.summaries() if task.title == "Call the bank"]
    (attached,) = workspace.tasks.task(call.id).resources
    assert workspace.tasks.attachment_path(attached).read_bytes() == b"Dear bank,\n"

    operation.revert()
    assert _titles(workspace) == ["Water the plants"]


def test_a_refused_archive_changes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    workspace.tasks.add([NewTask("Water the plants")])
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    operation = open_archive_switch(workspace, broken)
    with pytest.raises(ArchiveRefused):
        operation.apply()
    assert operation.restored is None
    assert _titles(workspace) == ["Water the plants"]

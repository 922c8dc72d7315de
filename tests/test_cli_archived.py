"""The command line leaves archived to-dos alone, as the window does: ``status`` is
refused like ``decide`` (same exit code, the same message, nothing stored), and an
import of a file the assistant sends back skips them, saying so."""

from __future__ import annotations

from pathlib import Path

import pytest

from delegator import cli
from delegator.domain.model import Status
from delegator.runtime.paths import Paths
from delegator.services.workspace import Workspace
from tests.cli_plurals import cli_in_english  # noqa: F401 (a fixture)
from tests.returned_files import hand_over, returned_ics

pytestmark = pytest.mark.usefixtures("cli_in_english")

REFUSED = "delegator: This to-do is in the Archive: restore it to change it.\n"


def _open(data_dir: Path) -> Workspace:
    paths = Paths(data_dir)
    return Workspace(paths.database, paths.backups)


def _stored(data_dir: Path, task_id: int) -> tuple[object, ...]:
    workspace = _open(data_dir)
    try:
        task = workspace.tasks.task(task_id)
        history = workspace.followup.status_history([task_id])
        return task.status, task.next_check_in, task.decision, history
    finally:
        workspace.close()


def _archive(data_dir: Path, *task_ids: int) -> None:
    workspace = _open(data_dir)
    try:
        workspace.tasks.set_archived(list(task_ids), True)
    finally:
        workspace.close()


@pytest.mark.parametrize(("command", "value"), [("status", "done"), ("decide", "keep")])
def test_status_and_decide_on_an_archived_to_do_are_refused_alike(
    data_dir: Path, capsys: pytest.CaptureFixture[str], command: str, value: str
) -> None:
    assert cli.run(["add", "Book the venue", "--decision", "delegate"]) == cli.EXIT_OK
    task_id = int(capsys.readouterr().out)
    _archive(data_dir, task_id)
    before = _stored(data_dir, task_id)

    code = cli.run([command, str(task_id), value])

    assert code == cli.EXIT_ERROR
    assert capsys.readouterr() == ("", REFUSED)
    assert _stored(data_dir, task_id) == before


def test_import_skips_the_archived_to_dos_the_assistant_sends_back(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = _open(data_dir)
    try:
        ids = hand_over(workspace, tmp_path / "package")
    finally:
        workspace.close()
    _archive(data_dir, ids[0], ids[3])
    path = tmp_path / "tasks.ics"
    path.write_bytes(
        returned_ics(
            (tmp_path / "package" / "tasks.ics").read_bytes(),
            {
                "Post the newsletter": {"STATUS": "COMPLETED"},
                "Book the venue": {"STATUS": "COMPLETED"},
            },
        )
    )
    before = _stored(data_dir, ids[0])

    assert cli.run(["import", str(path)]) == cli.EXIT_OK

    assert capsys.readouterr().out.splitlines() == [
        "Created 0 to-dos",
        f"#{ids[1]} Book the venue: handed_over → done",
        "Skipped 1: unchanged",
        "Skipped 2: archived",
    ]
    assert _stored(data_dir, ids[0]) == before
    assert _stored(data_dir, ids[1])[0] is Status.DONE

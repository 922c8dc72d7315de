"""``delegator import`` of a file the assistant sends back: status changes of this
plan's to-dos are applied and printed, one line each, and nothing is created twice;
``--dry-run`` only prints them."""

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


@pytest.fixture
def returned(data_dir: Path, tmp_path: Path) -> tuple[Path, list[int]]:
    """A plan handed over to Anna, and her tasks.ics with two to-dos done and one in
    progress."""
    paths = Paths(data_dir)
    workspace = Workspace(paths.database, paths.backups)
    try:
        ids = hand_over(workspace, tmp_path / "package")
    finally:
        workspace.close()
    path = tmp_path / "tasks.ics"
    path.write_bytes(
        returned_ics(
            (tmp_path / "package" / "tasks.ics").read_bytes(),
            {
                "Post the newsletter": {"STATUS": "COMPLETED"},
                "Book the venue": {"PERCENT-COMPLETE": "100"},
                "Answer the studio inbox": {"STATUS": "IN-PROCESS"},
            },
        )
    )
    return path, ids


def stored(data_dir: Path) -> dict[str, Status]:
    paths = Paths(data_dir)
    workspace = Workspace(paths.database, paths.backups)
    try:
        return {t.title: t.status for t in workspace.tasks.summaries()}
    finally:
        workspace.close()


def test_import_applies_and_prints_the_status_changes(
    data_dir: Path, returned: tuple[Path, list[int]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = returned

    assert cli.run(["import", str(path)]) == 0

    assert capsys.readouterr().out.splitlines() == [
        "Created 0 to-dos",
        f"#{ids[0]} Post the newsletter: handed_over → done",
        f"#{ids[1]} Book the venue: handed_over → done",
        f"#{ids[2]} Answer the studio inbox: handed_over → in_progress",
        "Skipped 1: unchanged",
    ]
    assert stored(data_dir) == {
        "Post the newsletter": Status.DONE,
        "Book the venue": Status.DONE,
        "Answer the studio inbox": Status.IN_PROGRESS,
        "File receipts": Status.HANDED_OVER,
    }
    # Again: nothing left to change, nothing created twice.
    assert cli.run(["import", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == ["Created 0 to-dos", "Skipped 4: unchanged"]
    assert len(stored(data_dir)) == 4


def test_a_dry_run_only_prints_the_status_changes(
    data_dir: Path, returned: tuple[Path, list[int]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = returned
    before = stored(data_dir)

    assert cli.run(["import", str(path), "--dry-run"]) == 0

    assert capsys.readouterr().out.splitlines() == [
        "Would create 0 to-dos",
        f"#{ids[0]} Post the newsletter: handed_over → done",
        f"#{ids[1]} Book the venue: handed_over → done",
        f"#{ids[2]} Answer the studio inbox: handed_over → in_progress",
        "Skipped 1: unchanged",
    ]
    assert stored(data_dir) == before
    assert set(before.values()) == {Status.HANDED_OVER}


def test_the_file_in_another_data_folder_creates_to_dos_and_changes_no_status(
    returned: tuple[Path, list[int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ids = returned
    other = tmp_path / "other"

    assert cli.run(["import", str(path), "--data-dir", str(other)]) == 0

    assert capsys.readouterr().out.splitlines() == ["Created 2 to-dos", "Skipped 2: done"]
    assert stored(other) == {
        "Answer the studio inbox": Status.OPEN,
        "File receipts": Status.OPEN,
    }

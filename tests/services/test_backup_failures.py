"""A full disk, a read-only folder, a file locked by another program: a backup or a
restore that cannot be written says so (StorageUnavailable), leaves no half file,
keeps the older backups and the plan as they were, and crashes nothing.

Each case runs for real where this machine allows it (a small tmpfs mounted as root,
a folder made read-only by its mode or by a read-only mount) and is skipped with the
reason where it does not; the same failures are also made by patching the write, so
every machine runs them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from delegator.domain.backups import BackupKind
from delegator.domain.clock import Clock
from delegator.domain.errors import StorageUnavailable
from delegator.services.backup_service import BackupService
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace
from delegator.storage import plan_file
from tests.storage.disk_limits import remount_read_only, tmpfs
from tests.storage.helpers import chmod_stops_writes, integrity, read_only, sha256

NOTES = "n" * 2000


def _workspace(data_dir: Path, backups_dir: Path) -> Workspace:
    return Workspace(data_dir / "delegator.sqlite3", backups_dir, Clock())


def _grow(workspace: Workspace, count: int, prefix: str = "big") -> None:
    """Add *count* to-dos with long notes: about 2 KB each."""
    workspace.tasks.add([NewTask(f"{prefix} {n}", notes=NOTES) for n in range(count)])


def _titles(path: Path) -> set[str]:
    with read_only(path) as connection:
        return {title for (title,) in connection.execute("SELECT title FROM tasks")}


def _leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.glob("*.part*"))


def _full_for(fragment: str) -> Callable[..., sqlite3.Connection]:
    """sqlite3.connect, but a connection to a file whose name holds *fragment* may not
    grow the file (``max_page_count``): SQLite then fails as on a full disk."""
    connect = sqlite3.connect

    def connect_to_full_disk(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection: sqlite3.Connection = connect(database, *args, **kwargs)
        if fragment in str(database) and "mode=ro" not in str(database):
            connection.execute("PRAGMA max_page_count = 1")  # never below the file's size
        return connection

    return connect_to_full_disk


def _replace_failing(code: int) -> Callable[..., None]:
    def replace(source: Any, target: Any) -> None:
        raise OSError(code, os.strerror(code), str(target))

    return replace


@pytest.fixture
def plan(tmp_path: Path) -> Iterator[Workspace]:
    workspace = _workspace(tmp_path / "data", tmp_path / "backups")
    workspace.tasks.add([NewTask("kept 1"), NewTask("kept 2")])
    yield workspace
    workspace.close()


@pytest.fixture
def older(plan: Workspace) -> tuple[Path, str]:
    """A backup made earlier, and its checksum."""
    path = plan.backups.back_up(BackupKind.MANUAL)
    return path, sha256(path)


def _assert_backup_refused(
    service: BackupService, older: tuple[Path, str], error: pytest.ExceptionInfo[Any]
) -> None:
    assert str(error.value), "the message says what went wrong"
    assert _leftovers(service.backups_dir) == []
    assert [backup.path for backup in service.backups()] == [older[0]]
    assert sha256(older[0]) == older[1], "the older backup is untouched"


# A full disk ---------------------------------------------------------------------------


def test_a_backup_onto_a_full_disk_is_refused_and_leaves_the_older_ones(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path / "data", tmp_path / "disk")
    try:
        with tmpfs(tmp_path / "disk", 2048):
            older = workspace.backups.back_up(BackupKind.MANUAL)
            kept = (older, sha256(older))
            _grow(workspace, 600)
            with pytest.raises(StorageUnavailable, match=r"full|space") as error:
                workspace.backups.back_up()
            _assert_backup_refused(workspace.backups, kept, error)
            assert _titles(workspace.data_file) >= {"big 0", "big 599"}
    finally:
        workspace.close()


def test_a_backup_that_sqlite_finds_no_room_for_is_refused(
    plan: Workspace, older: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite3, "connect", _full_for(".part"))
    with pytest.raises(StorageUnavailable, match="full") as error:
        plan.backups.back_up()
    _assert_backup_refused(plan.backups, older, error)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_backup_whose_file_cannot_be_put_in_place_is_refused(
    plan: Workspace, older: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    monkeypatch.setattr(os, "replace", _replace_failing(code))
    with pytest.raises(StorageUnavailable, match=re.escape(os.strerror(code))) as error:
        plan.backups.back_up()
    _assert_backup_refused(plan.backups, older, error)


def test_a_restore_onto_a_full_disk_leaves_the_plan_as_it_was(tmp_path: Path) -> None:
    source = _workspace(tmp_path / "other", tmp_path / "backups")
    _grow(source, 600)
    big = source.backups.back_up(BackupKind.MANUAL)
    source.close()
    with tmpfs(tmp_path / "disk", 1024):
        workspace = _workspace(tmp_path / "disk", tmp_path / "backups")
        try:
            workspace.tasks.add([NewTask("kept 1"), NewTask("kept 2")])
            with pytest.raises(StorageUnavailable, match=r"full|space"):
                workspace.restore(big)
            assert {s.title for s in workspace.tasks.summaries()} == {"kept 1", "kept 2"}
            workspace.tasks.add([NewTask("still works")])
        finally:
            workspace.close()
        assert integrity(tmp_path / "disk" / "delegator.sqlite3") == ("ok", [])


def test_a_restore_sqlite_finds_no_room_for_leaves_the_plan_as_it_was(
    plan: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _workspace(tmp_path / "other", tmp_path / "backups")
    _grow(source, 100)
    big = source.backups.back_up(BackupKind.MANUAL)
    source.close()
    monkeypatch.setattr(sqlite3, "connect", _full_for(plan.data_file.name + "?mode=rw"))
    with pytest.raises(StorageUnavailable, match="full"):
        plan.restore(big)
    monkeypatch.undo()
    assert {s.title for s in plan.tasks.summaries()} == {"kept 1", "kept 2"}
    assert integrity(plan.data_file) == ("ok", [])


# A read-only folder ----------------------------------------------------------------------


@contextlib.contextmanager
def _unwritable(folder: Path) -> Iterator[None]:
    """*folder* cannot be written: by its mode, or (root ignores modes) by a read-only
    mount of it; skips the test when neither works here."""
    if chmod_stops_writes(folder):
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            yield
        finally:
            folder.chmod(stat.S_IRWXU)
        return
    saved = {path.name: path.read_bytes() for path in folder.iterdir()}
    with tmpfs(folder, 4096):
        for name, content in saved.items():
            (folder / name).write_bytes(content)
        remount_read_only(folder)
        yield


def test_a_backup_into_a_read_only_folder_is_refused(
    plan: Workspace, older: tuple[Path, str]
) -> None:
    with _unwritable(plan.backups_dir):
        with pytest.raises(StorageUnavailable) as error:
            plan.backups.back_up()
        _assert_backup_refused(plan.backups, older, error)


def test_a_restore_that_cannot_back_up_the_plan_first_changes_nothing(
    plan: Workspace, older: tuple[Path, str], tmp_path: Path
) -> None:
    plan.tasks.add([NewTask("added after the backup")])
    with _unwritable(plan.backups_dir):
        with pytest.raises(StorageUnavailable):
            plan.restore(older[0])
        assert _leftovers(plan.backups_dir) == []
    assert "added after the backup" in {s.title for s in plan.tasks.summaries()}


# A file locked by another program -----------------------------------------------------


@pytest.fixture
def locked(plan: Workspace, monkeypatch: pytest.MonkeyPatch) -> Iterator[sqlite3.Connection]:
    """Another program (a sync client, an antivirus) holds the plan locked."""
    monkeypatch.setattr(plan_file, "BUSY_TIMEOUT_S", 0.1)
    other = sqlite3.connect(plan.data_file, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    yield other
    other.execute("ROLLBACK")
    other.close()


def test_a_backup_of_a_locked_plan_copies_what_is_committed(
    plan: Workspace, locked: sqlite3.Connection
) -> None:
    made = plan.backups.back_up()
    assert _titles(made) == {"kept 1", "kept 2"}


def test_a_restore_into_a_locked_plan_is_refused_and_changes_nothing(
    plan: Workspace, older: tuple[Path, str], request: pytest.FixtureRequest
) -> None:
    plan.tasks.add([NewTask("added after the backup")])
    request.getfixturevalue("locked")
    with pytest.raises(StorageUnavailable, match="locked"):
        plan.restore(older[0])
    assert _titles(plan.data_file) == {"kept 1", "kept 2", "added after the backup"}

"""A data file Delegator cannot use is refused by name and left exactly as it was."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from delegator.domain.errors import (
    DatabaseDamaged,
    DatabaseFileError,
    DatabaseTooNew,
    NotADelegatorDatabase,
    StorageUnavailable,
)
from delegator.runtime.paths import DATA_FILE_NAME, Paths
from delegator.services.task_service import NewTask, TaskService
from delegator.storage import probe as probe_module
from tests.storage.helpers import (
    chmod_stops_writes,
    corrupt_a_task_page,
    open_database,
    sha256,
    sidecars,
)


def _text_file(path: Path) -> None:
    path.write_text("Shopping list\n- milk\n- bread\n", encoding="utf-8")


def _png_file(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(4000))


def _empty_file(path: Path) -> None:
    path.write_bytes(b"")


def _other_app(path: Path, journal_mode: str) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute(f"PRAGMA journal_mode = {journal_mode}")
        connection.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        connection.executemany(
            "INSERT INTO contacts (name) VALUES (?)", [(f"Contact {i}",) for i in range(200)]
        )
        connection.commit()
    finally:
        connection.close()


def _other_app_rollback_journal(path: Path) -> None:
    _other_app(path, "DELETE")


def _other_app_wal(path: Path) -> None:
    _other_app(path, "WAL")


def _delegator_file(path: Path, titles: list[str]) -> None:
    database = open_database(path.parent)
    try:
        TaskService(database).add([NewTask(title, notes="n" * 200) for title in titles])
    finally:
        database.close()


def _too_new(path: Path) -> None:
    _delegator_file(path, ["Call the bank"])
    connection = sqlite3.connect(path)
    try:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
        connection.commit()
    finally:
        connection.close()


def _damaged(path: Path) -> None:
    _delegator_file(path, [f"To-do number {i}" for i in range(3000)])
    corrupt_a_task_page(path)


CASES: dict[str, tuple[Callable[[Path], None], type[DatabaseFileError]]] = {
    "text": (_text_file, NotADelegatorDatabase),
    "png": (_png_file, NotADelegatorDatabase),
    "empty": (_empty_file, NotADelegatorDatabase),
    "other-app": (_other_app_rollback_journal, NotADelegatorDatabase),
    "other-app-wal": (_other_app_wal, NotADelegatorDatabase),
    "too-new": (_too_new, DatabaseTooNew),
    "damaged": (_damaged, DatabaseDamaged),
}


@pytest.fixture(params=list(CASES))
def bad_file(request: pytest.FixtureRequest, data_dir: Path) -> tuple[Path, type[Exception]]:
    make, expected = CASES[request.param]
    data_dir.mkdir(parents=True, exist_ok=True)
    path = Paths(data_dir).database
    make(path)
    assert sidecars(path) == {}, "the test file itself should be complete"
    return path, expected


def _assert_untouched(path: Path, digest: str, names_before: set[str]) -> None:
    assert sha256(path) == digest
    # A read-only look at a WAL file may leave an empty log and an index behind, but
    # nothing that could roll back into or be written over the user's file later.
    left = sidecars(path)
    assert "-journal" not in left
    assert left.get("-wal", 0) == 0
    extra = {p.name for p in path.parent.iterdir()} - names_before
    assert extra <= {path.name + "-wal", path.name + "-shm"}


def test_open_refuses_the_file_and_leaves_it_untouched(
    bad_file: tuple[Path, type[Exception]],
) -> None:
    path, expected = bad_file
    digest = sha256(path)
    names = {p.name for p in path.parent.iterdir()}

    with pytest.raises(DatabaseFileError) as refused:
        open_database(path.parent)

    assert type(refused.value) is expected
    assert refused.value.path == path
    assert str(path) in str(refused.value)
    assert "\n" not in str(refused.value)
    _assert_untouched(path, digest, names)


def test_the_command_line_says_so_in_one_line_and_exits_3(
    bad_file: tuple[Path, type[Exception]],
) -> None:
    path, _ = bad_file
    digest = sha256(path)
    names = {p.name for p in path.parent.iterdir()}
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DELEGATOR_LANG": "en"}
    env.pop("DELEGATOR_DATA_DIR", None)

    done = subprocess.run(
        [sys.executable, "-m", "delegator", "--data-dir", str(path.parent), "list"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )

    assert done.returncode == 3, done.stderr
    assert done.stdout == ""
    message = done.stderr.rstrip("\n")
    assert message.count("\n") == 0, message
    assert str(path) in message
    assert "Traceback" not in message
    _assert_untouched(path, digest, names)


def test_a_damaged_file_is_named_once_in_the_message(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / DATA_FILE_NAME
    _damaged(path)
    with pytest.raises(DatabaseDamaged) as refused:
        open_database(data_dir)
    from delegator.text.messages import explain

    message = explain(refused.value)
    assert message.count(str(path)) == 1, message
    assert message.replace(str(path), "FILE").count("damaged") == 1, message


def test_damage_found_while_running_is_reported_as_damage(data_dir: Path) -> None:
    path = data_dir / DATA_FILE_NAME
    data_dir.mkdir(parents=True)
    _delegator_file(path, [f"To-do number {i}" for i in range(3000)])
    database = open_database(data_dir)  # the probe passes: the file is still sound
    try:
        corrupt_a_task_page(path)
        with pytest.raises(DatabaseDamaged) as refused:
            TaskService(database).tasks()
        assert refused.value.path == path
        assert "\n" not in str(refused.value)
    finally:
        database.close()


# The file is sound but cannot be reached ---------------------------------------------


def test_a_file_another_program_holds_locked_is_not_called_damaged(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(probe_module, "BUSY_TIMEOUT_S", 0.1)
    open_database(data_dir).close()
    path = Paths(data_dir).database
    other = sqlite3.connect(path, isolation_level=None)
    try:
        # In rollback-journal mode an exclusive lock keeps readers out, too.
        other.execute("PRAGMA journal_mode = DELETE")
        digest = sha256(path)
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseFileError) as refused:
            open_database(data_dir)
        other.execute("ROLLBACK")
    finally:
        other.close()

    # Not "damaged, restore a backup": the file is fine, someone else has it.
    assert not isinstance(refused.value, DatabaseDamaged | NotADelegatorDatabase)
    assert "locked" in refused.value.detail
    assert refused.value.path == path
    assert sha256(path) == digest
    open_database(data_dir).close()  # and once the lock is gone, it opens


def test_a_data_file_in_a_read_only_folder_is_not_called_damaged(data_dir: Path) -> None:
    if not chmod_stops_writes(data_dir):
        pytest.skip("running as root: chmod does not stop reads or writes")
    path = data_dir / DATA_FILE_NAME
    _delegator_file(path, ["Call the bank"])  # written once, so now in WAL mode
    digest = sha256(path)
    path.chmod(0o444)
    data_dir.chmod(0o555)
    try:
        try:
            database = open_database(data_dir)
        except DatabaseFileError as error:
            assert not isinstance(error, DatabaseDamaged | NotADelegatorDatabase), error
            assert error.path == path
        else:
            try:
                with pytest.raises(StorageUnavailable):
                    TaskService(database).add([NewTask("Not saved")])
            finally:
                database.close()
    finally:
        data_dir.chmod(0o755)
        path.chmod(0o644)
    assert sha256(path) == digest

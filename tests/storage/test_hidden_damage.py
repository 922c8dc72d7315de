"""What is on disk in place of the plan, found wrong at start or while reading: another
file's leftover log, damage the quick check does not see, something that is not a file.

Each is refused by name (or, for a leftover log, kept aside) and nothing is written to
the plan.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from delegator.domain.errors import (
    DamageKind,
    DanglingLink,
    DatabaseDamaged,
    DataFolderIsAFile,
    NotARegularFile,
)
from delegator.runtime.paths import DATA_FILE_NAME, Paths
from delegator.services.task_service import NewTask, TaskService
from delegator.storage.probe import probe
from delegator.text.messages import explain
from tests.storage.helpers import integrity, open_database, sha256, write_unchecked

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


def _plan(data_dir: Path, count: int) -> Path:
    database = open_database(data_dir)
    try:
        TaskService(database).add([NewTask(f"To-do {i}", notes="n" * 100) for i in range(count)])
    finally:
        database.close()
    return Paths(data_dir).database


def _listing(folder: Path) -> set[str]:
    """The names in *folder*, leaving out the empty log (and its index) a read-only look
    at a file in WAL mode may leave: nothing that could be replayed into the plan."""
    names = {path.name for path in folder.iterdir()}
    log = folder / f"{DATA_FILE_NAME}-wal"
    if log.exists() and log.stat().st_size == 0:
        names -= {log.name, f"{DATA_FILE_NAME}-shm"}
    return names


# A leftover log without its database -----------------------------------------------


def test_a_new_plan_never_adopts_the_log_another_plan_left_behind(data_dir: Path) -> None:
    path = Paths(data_dir).database
    database = open_database(data_dir)
    try:
        TaskService(database).add([NewTask(f"Old to-do {i}") for i in range(160)])
        # The window is killed: its log still holds the committed to-dos.
        log = path.with_name(path.name + "-wal")
        index = path.with_name(path.name + "-shm")
        left_log, left_index = log.read_bytes(), index.read_bytes()
        assert len(left_log) > 0
    finally:
        database.close()
    # The user moves the database away and starts again.
    path.unlink()
    log.write_bytes(left_log)
    index.write_bytes(left_index)

    database = open_database(data_dir)
    try:
        assert TaskService(database).tasks() == []
        TaskService(database).add([NewTask("A new start")])
        assert [task.title for task in TaskService(database).tasks()] == ["A new start"]
    finally:
        database.close()
    assert integrity(path) == ("ok", [])
    kept = {p.name.split("-", 3)[3]: p for p in Paths(data_dir).backups.glob("orphaned-*")}
    assert set(kept) == {log.name, index.name}
    assert kept[log.name].read_bytes() == left_log
    assert kept[index.name].read_bytes() == left_index


def test_a_leftover_rollback_journal_is_kept_aside_and_the_new_plan_is_sound(
    data_dir: Path,
) -> None:
    data_dir.mkdir(parents=True)
    journal = data_dir / f"{DATA_FILE_NAME}-journal"
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(4088))

    open_database(data_dir).close()

    assert not journal.exists()
    (kept,) = Paths(data_dir).backups.glob("orphaned-*")
    assert kept.name.endswith(journal.name)
    assert kept.read_bytes()[:8] == b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"
    assert integrity(Paths(data_dir).database) == ("ok", [])


# Damage the quick check does not see ------------------------------------------------


def test_a_plan_cut_short_is_refused_at_open_and_left_as_it_is(data_dir: Path) -> None:
    path = _plan(data_dir, 3000)
    os.truncate(path, path.stat().st_size - 100)
    digest, names = sha256(path), _listing(data_dir)

    with pytest.raises(DatabaseDamaged) as refused:
        open_database(data_dir)

    assert refused.value.path == path
    assert sha256(path) == digest
    assert _listing(data_dir) == names


def test_a_plan_missing_its_last_pages_is_refused_by_its_size(data_dir: Path) -> None:
    path = _plan(data_dir, 3000)
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    connection.close()
    os.truncate(path, path.stat().st_size - page_size)

    with pytest.raises(DatabaseDamaged) as refused:
        probe(path)

    assert refused.value.path == path


def test_a_dropped_table_is_refused_at_open_naming_the_table(data_dir: Path) -> None:
    path = _plan(data_dir, 5)
    write_unchecked(path, "DROP TABLE task_steps")
    digest = sha256(path)

    with pytest.raises(DatabaseDamaged) as refused:
        open_database(data_dir)

    assert "task_steps" in refused.value.detail
    assert sha256(path) == digest


def test_text_that_is_not_utf8_is_damage_and_nothing_is_written_after(data_dir: Path) -> None:
    path = _plan(data_dir, 5)
    write_unchecked(path, "UPDATE tasks SET title = CAST(x'c328' AS TEXT) WHERE id = 3")
    database = open_database(data_dir)  # only reading the text finds it
    try:
        service = TaskService(database)
        with pytest.raises(DatabaseDamaged) as refused:
            service.tasks()
        assert refused.value.path == path
        assert refused.value.kind is DamageKind.COLUMN_NOT_UTF8
        assert explain(refused.value).startswith(
            f"The file {path} is damaged: the column title holds text that is not UTF-8."
        )
        digest = sha256(path)

        with pytest.raises(DatabaseDamaged):
            service.add([NewTask("Written into a damaged plan")])
    finally:
        database.close()
    assert sha256(path) == digest


# Something other than a file in the plan's place -------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_place_of_the_plan_is_refused_without_reading_it(
    data_dir: Path,
) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / DATA_FILE_NAME
    os.mkfifo(path)

    with pytest.raises(NotARegularFile) as refused:
        open_database(data_dir)

    assert refused.value.kind == "pipe"
    assert _listing(data_dir) == {DATA_FILE_NAME}


def test_a_folder_in_place_of_the_plan_is_refused(data_dir: Path) -> None:
    (data_dir / DATA_FILE_NAME).mkdir(parents=True)

    with pytest.raises(NotARegularFile) as refused:
        open_database(data_dir)

    assert refused.value.kind == "folder"
    assert _listing(data_dir) == {DATA_FILE_NAME}


def test_a_dangling_link_in_place_of_the_plan_is_refused_naming_its_target(
    data_dir: Path, tmp_path: Path
) -> None:
    data_dir.mkdir(parents=True)
    target = tmp_path / "usb-stick" / "plan.sqlite3"
    (data_dir / DATA_FILE_NAME).symlink_to(target)

    with pytest.raises(DanglingLink) as refused:
        open_database(data_dir)

    assert refused.value.target == str(target)
    assert _listing(data_dir) == {DATA_FILE_NAME}
    assert not target.parent.exists()


def test_a_link_to_a_plan_is_followed(data_dir: Path, tmp_path: Path) -> None:
    elsewhere = _plan(tmp_path / "elsewhere", 2)
    data_dir.mkdir(parents=True)
    (data_dir / DATA_FILE_NAME).symlink_to(elsewhere)

    database = open_database(data_dir)
    try:
        assert len(TaskService(database).tasks()) == 2
    finally:
        database.close()


def test_a_data_folder_that_is_a_file_is_refused(data_dir: Path) -> None:
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    data_dir.write_text("notes\n", encoding="utf-8")

    with pytest.raises(DataFolderIsAFile) as refused:
        open_database(data_dir)

    assert refused.value.path == data_dir
    assert data_dir.read_text(encoding="utf-8") == "notes\n"

"""To-do use cases round-trip through a real data file; a failed save changes nothing."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from delegator.domain.clock import Clock
from delegator.domain.errors import InvalidValue, StorageUnavailable, TaskNotFound
from delegator.domain.model import Decision
from delegator.runtime.paths import Paths
from delegator.services.task_service import NewTask, TaskService
from delegator.storage import database as database_module
from delegator.storage import engine as engine_module
from delegator.storage.database import Database
from tests.storage.helpers import chmod_stops_writes, dump, integrity, open_database


@pytest.fixture
def database(data_dir: Path) -> Iterator[Database]:
    opened = open_database(data_dir)
    yield opened
    opened.close()


@contextlib.contextmanager
def _fresh_service(data_dir: Path) -> Iterator[TaskService]:
    database = open_database(data_dir)
    try:
        yield TaskService(database)
    finally:
        database.close()


def _titles(service: TaskService) -> list[str]:
    return [summary.title for summary in service.summaries() if not summary.archived]


def test_added_to_dos_come_back_in_order_after_a_restart(
    database: Database, data_dir: Path
) -> None:
    service = TaskService(database)
    first, changes = service.add([NewTask("  Book   the\tdentist "), NewTask("Pay rent")])
    second, _ = service.add([NewTask("Plan the trip", Decision.DELEGATE, notes="secret")])

    assert changes.tasks == frozenset(first)
    assert len(set(first + second)) == 3
    with _fresh_service(data_dir) as again:
        summaries = again.summaries()
        assert [(s.id, s.title, s.decision, s.archived) for s in summaries] == [
            (first[0], "Book the dentist", Decision.UNDECIDED, False),
            (first[1], "Pay rent", Decision.UNDECIDED, False),
            (second[0], "Plan the trip", Decision.DELEGATE, False),
        ]
        assert [s.position for s in summaries] == [0, 1, 2]
        (task,) = again.tasks(decision=Decision.DELEGATE)
        assert task.notes == "secret"


def test_a_blank_title_is_refused_and_nothing_is_added(database: Database) -> None:
    service = TaskService(database)
    with pytest.raises(InvalidValue, match="empty_title"):
        service.add([NewTask("Fine"), NewTask(" \t\n")])
    assert service.summaries() == []


def test_long_titles_are_cut_to_the_column_size(database: Database, data_dir: Path) -> None:
    service = TaskService(database)
    (task_id,), _ = service.add([NewTask("ü" * 400)])
    with _fresh_service(data_dir) as again:
        assert again.title(task_id) == "ü" * 300


def test_decisions_and_renames_are_stored(database: Database, data_dir: Path) -> None:
    service = TaskService(database)
    ids, _ = service.add([NewTask("A"), NewTask("B"), NewTask("C")])
    changes = service.set_decisions({ids[0]: Decision.KEEP, ids[2]: Decision.DELEGATE})
    assert changes.tasks == {ids[0], ids[2]}
    service.rename(ids[1], "  B, but   better ")

    with _fresh_service(data_dir) as again:
        assert again.decisions(ids) == {
            ids[0]: Decision.KEEP,
            ids[1]: Decision.UNDECIDED,
            ids[2]: Decision.DELEGATE,
        }
        assert again.title(ids[1]) == "B, but better"
        assert [t.title for t in again.tasks(decision=Decision.KEEP)] == ["A"]


def test_an_unknown_id_changes_none_of_the_others(database: Database) -> None:
    service = TaskService(database)
    ids, _ = service.add([NewTask("A"), NewTask("B")])
    with pytest.raises(TaskNotFound) as missing:
        service.set_decisions({ids[0]: Decision.KEEP, 999: Decision.KEEP, ids[1]: Decision.KEEP})
    assert missing.value.task_id == 999
    assert service.decisions(ids) == {ids[0]: Decision.UNDECIDED, ids[1]: Decision.UNDECIDED}
    with pytest.raises(TaskNotFound):
        service.rename(999, "Ghost")
    with pytest.raises(TaskNotFound):
        service.set_archived([ids[0], 999], True)
    assert not any(summary.archived for summary in service.summaries())


def test_archive_and_restore(database: Database, data_dir: Path) -> None:
    service = TaskService(database)
    ids, _ = service.add([NewTask("A"), NewTask("B"), NewTask("C")])
    service.set_archived([ids[0], ids[2]], True)

    with _fresh_service(data_dir) as again:
        assert _titles(again) == ["B"]
        assert [t.title for t in again.tasks(archived=True)] == ["A", "C"]
        assert set(again.positions()) == {ids[1]}
    with sqlite3.connect(Paths(data_dir).database) as connection:
        stamps = dict(connection.execute("SELECT id, archived_at FROM tasks").fetchall())
    connection.close()
    assert stamps[ids[0]] is not None
    assert stamps[ids[1]] is None

    service.set_archived([ids[0]], False)
    with _fresh_service(data_dir) as again:
        assert _titles(again) == ["A", "B"]
        assert [t.title for t in again.tasks(archived=False)] == ["A", "B"]


def test_new_positions_are_stored_and_only_real_moves_are_reported(
    database: Database, data_dir: Path
) -> None:
    service = TaskService(database)
    ids, _ = service.add([NewTask("A"), NewTask("B"), NewTask("C")])
    assert service.positions() == {ids[0]: 0, ids[1]: 1, ids[2]: 2}

    changes = service.set_positions({ids[2]: 0, ids[0]: 1, ids[1]: 1})
    assert changes.tasks == {ids[2], ids[0]}
    with _fresh_service(data_dir) as again:
        # Equal positions fall back to the id, so the list order is stable.
        assert _titles(again) == ["C", "A", "B"]
        (added,), _ = again.add([NewTask("D")])
        assert _titles(again)[-1] == "D"
        assert again.positions()[added] == 2


def test_undoing_an_add_and_redoing_it_restores_ids_and_places(database: Database) -> None:
    service = TaskService(database)
    b = NewTask("B", Decision.KEEP, "n")
    placed, _ = service.add_placed([NewTask("A"), b, NewTask("C")])
    ids = [task_id for task_id, _position in placed]
    service.remove([ids[1]])
    assert _titles(service) == ["A", "C"]

    again, _ = service.add([replace(b, task_id=placed[1][0], position=placed[1][1])])
    assert again == [ids[1]]
    assert _titles(service) == ["A", "B", "C"]
    assert service.decisions([ids[1]]) == {ids[1]: Decision.KEEP}


def test_ids_of_removed_to_dos_are_not_handed_out_again(database: Database) -> None:
    service = TaskService(database)
    ids, _ = service.add([NewTask("A"), NewTask("B")])
    service.remove([ids[1]])
    (new_id,), _ = service.add([NewTask("C")])
    assert new_id not in ids


# When the disk says no --------------------------------------------------------------


@contextlib.contextmanager
def _locked_by_another_program(path: Path) -> Iterator[None]:
    """Another program holds the write lock (an open transaction in a SQLite browser)."""
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        yield
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_locked_file_raises_storage_unavailable_and_keeps_the_data(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 100)
    database = open_database(data_dir)
    try:
        service = TaskService(database)
        ids, _ = service.add([NewTask("A"), NewTask("B")])
        path = Paths(data_dir).database
        before = dump(path)

        with _locked_by_another_program(path):
            with pytest.raises(StorageUnavailable, match="locked"):
                service.add([NewTask("C")])
            with pytest.raises(StorageUnavailable):
                service.set_decisions({ids[0]: Decision.KEEP})
            with pytest.raises(StorageUnavailable):
                service.rename(ids[1], "B2")
            with pytest.raises(StorageUnavailable):
                service.set_archived(ids, True)

        assert dump(path) == before
        # Once the lock is gone the same Database saves again: nothing is stuck.
        service.rename(ids[1], "B2")
        assert _titles(service) == ["A", "B2"]
    finally:
        database.close()
    assert integrity(Paths(data_dir).database) == ("ok", [])


def test_a_file_made_read_only_while_running_raises_storage_unavailable(
    database: Database, data_dir: Path
) -> None:
    if not chmod_stops_writes(data_dir):
        pytest.skip("running as root: chmod does not stop writes (the lock test covers it)")
    service = TaskService(database)
    service.add([NewTask("A")])
    database.engine.dispose()  # the next save opens the file anew, as after a restart
    path = database.path
    before = dump(path)
    path.chmod(0o444)
    data_dir.chmod(0o555)
    try:
        with pytest.raises(StorageUnavailable):
            service.add([NewTask("B")])
        with pytest.raises(StorageUnavailable):
            service.rename(1, "A2")
    finally:
        data_dir.chmod(0o755)
        path.chmod(0o644)
    assert dump(path) == before


def test_a_full_disk_raises_storage_unavailable_and_keeps_the_data(database: Database) -> None:
    service = TaskService(database)
    (task_id,), _ = service.add([NewTask("A")])
    path = database.path
    before = dump(path)

    @event.listens_for(database.engine, "connect")
    def _no_room_to_grow(dbapi_connection: Any, _record: Any) -> None:
        (pages,) = dbapi_connection.execute("PRAGMA page_count").fetchone()
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    database.engine.dispose()  # the next transaction connects anew, with the limit
    with pytest.raises(StorageUnavailable, match="full"):  # a write through the ORM
        service.save(replace(service.task(task_id), notes="x" * 150_000))
    assert dump(path) == before

    event.remove(database.engine, "connect", _no_room_to_grow)
    database.engine.dispose()
    service.add([NewTask("Small again")])
    assert _titles(service) == ["A", "Small again"]


def test_edits_and_moves_are_stamped_from_the_clock(tmp_path: Path) -> None:
    start = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
    clock = MovingClock(start)
    database = Database.open(tmp_path / "d.sqlite3", tmp_path / "backups", clock)
    try:
        service = TaskService(database)
        ids, _ = service.add([NewTask("a"), NewTask("b"), NewTask("c")])
        created = service.task(ids[0]).updated_at
        assert created == dt.datetime(2026, 12, 7, 9, 0)
        clock.instant += dt.timedelta(hours=1)
        service.set_positions({ids[0]: 2, ids[2]: 0})
        clock.instant += dt.timedelta(hours=1)
        service.set_decisions({ids[1]: Decision.KEEP})
        stamps = [service.task(task_id).updated_at for task_id in ids]
        assert stamps == [
            dt.datetime(2026, 12, 7, 10, 0),
            dt.datetime(2026, 12, 7, 11, 0),
            dt.datetime(2026, 12, 7, 10, 0),
        ]
        assert service.task(ids[0]).created_at == created
    finally:
        database.close()


class MovingClock(Clock):
    """A clock the test moves on by hand."""

    def __init__(self, instant: dt.datetime) -> None:
        super().__init__(instant, dt.UTC)
        self.instant = instant

    def now(self) -> dt.datetime:
        return self.instant

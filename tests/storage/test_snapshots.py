"""Reads do not wait for writes: a read-only unit of work takes no write lock, sees one
snapshot of the file, and cannot write (SQLite WAL, a deferred BEGIN, query_only)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from delegator.domain.assistant import Assistant
from delegator.domain.brief import BriefOptions
from delegator.domain.errors import StorageUnavailable
from delegator.domain.model import Decision
from delegator.domain.profile import Profile
from delegator.runtime.paths import Paths
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace
from delegator.storage import engine as engine_module
from delegator.storage import readiness_query
from delegator.storage.database import WriteInSnapshot, driver_connection
from delegator.storage.task_repository import TaskRepository
from tests.storage.helpers import dump

# Far longer than any read takes: a read that waited for the writer would show.
AT_ONCE_S = 0.5


@pytest.fixture
def window(data_dir: Path) -> Iterator[Workspace]:
    """The data file as the window's thread sees it."""
    paths = Paths(data_dir)
    opened = Workspace(paths.database, paths.backups)
    yield opened
    opened.close()


@pytest.fixture
def importer(window: Workspace) -> Iterator[Workspace]:
    """A second way into the same file, writing as an import's worker thread does."""
    opened = Workspace(window.data_file, window.data_file.parent / "backups")
    yield opened
    opened.close()


def test_reads_while_another_connection_writes_return_at_once_with_the_state_before(
    window: Workspace, importer: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 5000)
    (first,), _ = window.tasks.add([NewTask("Pay invoices", Decision.DELEGATE)])
    window.profile.save(Profile(name="Dana"))
    before_tasks = window.tasks.tasks()
    before_plan = window.readiness.plan()
    before_summary = window.triage.summary()
    before_brief = window.handover.build(None, BriefOptions()).tasks

    with importer._database.transaction() as session:
        TaskRepository(session).get_row(first).title = "Renamed by the import"
        session.flush()
        session.execute(text("UPDATE profile SET name = 'Import'"))
        started = time.perf_counter()
        assert window.tasks.task(first).title == "Pay invoices"
        assert window.tasks.tasks() == before_tasks
        assert window.tasks.title(first) == "Pay invoices"
        assert window.tasks.positions() == {first: 0}
        assert window.tasks.known("areas") == []
        assert window.tasks.triage_answers(first) == ""
        assert window.profile.profile().name == "Dana"
        assert window.readiness.plan() == before_plan
        assert window.readiness.mindset_checks() == []
        assert window.templates.user_templates() == []
        assert window.triage.summary() == before_summary
        assert window.assistants.loads() == []
        assert window.handover.build(None, BriefOptions()).tasks == before_brief
        assert [s.title for s in window.tasks.summaries()] == ["Pay invoices"]
        elapsed = time.perf_counter() - started

    assert elapsed < AT_ONCE_S
    assert window.tasks.task(first).title == "Renamed by the import"
    assert window.profile.profile().name == "Import"


def test_a_write_still_waits_for_the_other_writer(
    window: Workspace, importer: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    with importer._database.transaction() as session:
        session.execute(text("UPDATE profile SET name = 'Import'"))
        with pytest.raises(StorageUnavailable, match="locked"):
            window.tasks.add([NewTask("Too early")])
    assert window.tasks.summaries() == []


def test_a_snapshot_sees_one_moment_of_the_file(window: Workspace, importer: Workspace) -> None:
    database = window._database
    with database.snapshot() as session:
        count = "SELECT COUNT(*) FROM tasks"
        assert session.execute(text(count)).scalar_one() == 0
        importer.tasks.add([NewTask("Written meanwhile")])
        assert session.execute(text(count)).scalar_one() == 0
        assert driver_connection(session).execute(count).fetchone() == (0,)
    with database.snapshot() as session:
        assert session.execute(text(count)).scalar_one() == 1


def test_the_list_connection_reads_one_moment_too(window: Workspace, importer: Workspace) -> None:
    window.tasks.add([NewTask("Written first")])  # a first write leaves the file in WAL mode
    with window._database.reading() as connection:
        assert connection.execute("SELECT COUNT(*) FROM tasks").fetchone() == (1,)
        importer.tasks.add([NewTask("Written meanwhile")])
        assert connection.execute("SELECT COUNT(*) FROM tasks").fetchone() == (1,)
    assert [s.title for s in window.tasks.summaries()] == ["Written first", "Written meanwhile"]


@pytest.mark.parametrize(
    "write",
    [
        lambda session: session.execute(text("UPDATE profile SET name = 'x'")),
        lambda session: driver_connection(session).execute("DELETE FROM tasks"),
        lambda session: setattr(TaskRepository(session).get_row(1), "title", "Changed"),
    ],
    ids=["sql", "plain sqlite3", "a changed row"],
)
def test_a_snapshot_cannot_write(window: Workspace, write: object) -> None:
    window.tasks.add([NewTask("Kept")])
    window.profile.save(Profile(name="Dana"))
    before = dump(window.data_file)
    # A bug, for the crash dialog: not "the data file is read-only", which the user
    # would try to fix.
    with pytest.raises(WriteInSnapshot), window._database.snapshot() as session:
        write(session)  # type: ignore[operator]
    assert dump(window.data_file) == before


def test_the_readiness_plan_is_read_in_one_snapshot(
    window: Workspace, importer: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna, _ = window.assistants.add(Assistant(0, "Anna"))
    (task_id,), _ = window.tasks.add([NewTask("Pay invoices", Decision.DELEGATE)])
    window.tasks.update(task_id, {"assistant_id": anna.id})
    window.profile.save(Profile(name="Dana"))
    expected = window.readiness.plan()
    counted = readiness_query.undecided_count

    def import_meanwhile(connection: object) -> int:
        # An import commits between the plan's first query and the rest.
        importer.tasks.add([NewTask("Written meanwhile")])
        importer.tasks.set_decisions({task_id: Decision.KEEP})
        importer.assistants.save(replace(anna, archived=True))
        importer.profile.save(Profile(name="Import"))
        return counted(connection)  # type: ignore[arg-type]

    monkeypatch.setattr(readiness_query, "undecided_count", import_meanwhile)
    assert window.readiness.plan() == expected
    monkeypatch.undo()
    after = window.readiness.plan()
    assert (after.delegated, after.undecided, after.assistants) == ((), 1, ())
    assert after == replace(after, profile=Profile(name="Import"))

"""The window's way in: SQLite's quick check runs on a thread while the window is made,
and a damaged plan is still refused before it shows and never written to."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from delegator.domain.errors import DatabaseDamaged
from delegator.runtime.paths import Paths
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace
from delegator.storage import task_list_query
from tests.storage.helpers import corrupt_a_task_page, sha256


def _plan(data_dir: Path, titles: list[str]) -> Paths:
    paths = Paths(data_dir)
    workspace = Workspace(paths.database, paths.backups)
    try:
        workspace.tasks.add([NewTask(title, notes="n" * 300) for title in titles])
    finally:
        workspace.close()
    return paths


def test_a_sound_plan_opens_checked_and_takes_a_new_to_do(data_dir: Path) -> None:
    paths = _plan(data_dir, ["Call the bank"])
    workspace = Workspace(paths.database, paths.backups, check_later=True)
    try:
        workspace.verify()
        workspace.tasks.add([NewTask("Pay the rent")])
        assert [task.title for task in workspace.tasks.summaries()] == [
            "Call the bank",
            "Pay the rent",
        ]
    finally:
        workspace.close()


def test_damage_only_the_quick_check_finds_is_refused_by_verify_and_by_every_write(
    data_dir: Path,
) -> None:
    paths = _plan(data_dir, [f"To-do number {n}" for n in range(3000)])
    corrupt_a_task_page(paths.database)
    before = sha256(paths.database)
    workspace = Workspace(paths.database, paths.backups, check_later=True)
    try:
        with pytest.raises(DatabaseDamaged):
            workspace.verify()
        with pytest.raises(DatabaseDamaged):
            workspace.verify()  # asked again, it says so again
        with pytest.raises(DatabaseDamaged):
            workspace.tasks.add([NewTask("Written to a damaged plan")])
    finally:
        workspace.close()
    assert sha256(paths.database) == before


def test_a_write_before_verify_waits_for_the_check_and_is_refused(data_dir: Path) -> None:
    paths = _plan(data_dir, [f"To-do number {n}" for n in range(3000)])
    corrupt_a_task_page(paths.database)
    before = sha256(paths.database)
    workspace = Workspace(paths.database, paths.backups, check_later=True)
    try:
        with pytest.raises(DatabaseDamaged):
            workspace.tasks.add([NewTask("Written to a damaged plan")])
        with pytest.raises(DatabaseDamaged):
            workspace.tasks.rename(1, "Renamed in a damaged plan")
    finally:
        workspace.close()
    assert sha256(paths.database) == before


def test_closing_the_plan_waits_for_the_counting_thread(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing a connection under a running query crashes the process (it did when a
    damaged plan was refused while the views were still being counted)."""
    paths = _plan(data_dir, ["Call the bank"])
    counted = threading.Event()
    tally = task_list_query.tally

    def slow_tally(connection: sqlite3.Connection, today: dt.date) -> Any:
        time.sleep(0.3)
        result = tally(connection, today)
        counted.set()
        return result

    monkeypatch.setattr(task_list_query, "tally", slow_tally)
    workspace = Workspace(paths.database, paths.backups, check_later=True)
    workspace.close()
    assert counted.is_set()

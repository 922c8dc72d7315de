"""The list's rows as read at start-up: right values, one object per repeated area and date."""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import sqlite3
from pathlib import Path
from zoneinfo import ZoneInfo

from delegator.domain.clock import Clock
from delegator.domain.model import Decision, Status
from delegator.domain.views import View, counts
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace


def test_summaries_share_repeated_areas_and_dates_and_keep_their_values(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path / "plan.sqlite3", tmp_path / "backups")
    try:
        ids, _changes = workspace.tasks.add([NewTask(f"To-do {n}") for n in range(4)])
        with contextlib.closing(sqlite3.connect(tmp_path / "plan.sqlite3")) as connection:
            for task_id, area, due in zip(
                ids,
                ["Büro", "Büro", "Haus", ""],
                ["2026-12-24", "2026-12-24", None, "2027-01-02"],
                strict=True,
            ):
                connection.execute(
                    "UPDATE tasks SET area = ?, due = ? WHERE id = ?", (area, due, task_id)
                )
            connection.commit()
        first, second, third, fourth = workspace.tasks.summaries()
    finally:
        workspace.close()
    assert [t.area for t in (first, second, third, fourth)] == ["Büro", "Büro", "Haus", ""]
    assert first.area is second.area
    assert [t.due for t in (first, second, third, fourth)] == [
        dt.date(2026, 12, 24),
        dt.date(2026, 12, 24),
        None,
        dt.date(2027, 1, 2),
    ]
    assert first.due is second.due


def test_the_view_counts_read_in_sql_agree_with_counting_the_list(tmp_path: Path) -> None:
    chance = random.Random(15)
    today = dt.date(2026, 12, 7)
    clock = Clock.fixed(dt.datetime(2026, 12, 7, 9), ZoneInfo("Europe/Berlin"))
    workspace = Workspace(tmp_path / "plan.sqlite3", tmp_path / "backups", clock)
    try:
        ids, _changes = workspace.tasks.add([NewTask(f"To-do {n}") for n in range(300)])
        with contextlib.closing(sqlite3.connect(tmp_path / "plan.sqlite3")) as connection:
            for task_id in ids:
                check_in = today + dt.timedelta(days=chance.randrange(-3, 4))
                connection.execute(
                    "UPDATE tasks SET archived = ?, decision = ?, status = ?, "
                    "next_check_in = ? WHERE id = ?",
                    (
                        chance.random() < 0.2,
                        chance.choice(list(Decision)).value,
                        chance.choice(list(Status)).value,
                        check_in.isoformat() if chance.random() < 0.5 else None,
                        task_id,
                    ),
                )
            connection.commit()
        whole = workspace.tasks.summaries()
        assert workspace.tasks.view_counts() == counts(whole, today)
        for view in View:
            _shown, view_counts = workspace.tasks.view_start(view, limit=10)
            assert view_counts == counts(whole, today), view
            workspace.tasks.count_ahead()  # as the window starts: counted on a thread
            _shown, view_counts = workspace.tasks.view_start(view, limit=10)
            assert view_counts == counts(whole, today), view
    finally:
        workspace.close()
    assert all(counts(whole, today).values())  # every view has to-dos: all were compared


def test_the_view_counts_are_read_from_an_index_not_the_table(tmp_path: Path) -> None:
    """The counts and the assistants' loads are read before the window shows: from the
    covering index of a new plan they cost ~10 ms each at 100,000 to-dos; a scan of the
    table took ~60 ms."""
    from delegator.storage import task_list_query

    workspace = Workspace(tmp_path / "plan.sqlite3", tmp_path / "backups")
    workspace.close()
    with contextlib.closing(sqlite3.connect(tmp_path / "plan.sqlite3")) as connection:
        for query, values in (
            (task_list_query._TALLY, ()),
            (task_list_query._DUE_CHECK_INS, ("2026-12-07",)),
            (task_list_query._ESTIMATE_COUNTS, ()),
        ):
            plan = " ".join(
                row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {query}", values)
            )
            assert "COVERING INDEX ix_tasks_tally" in plan, plan
            assert "SCAN tasks" not in plan or "COVERING" in plan, plan

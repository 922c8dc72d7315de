"""Each assistant's load: open delegated to-dos, hours a week and cost a month, counted
per combination of estimates in SQL, as if added up to-do by to-do."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

from delegator.domain.clock import Clock
from delegator.domain.hours import hours_per_week
from delegator.domain.model import Decision, Frequency
from delegator.domain.money import cost_per_month_cents, hours_per_month
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace

CLOCK = Clock.fixed(dt.datetime(2026, 12, 7, 9, 0), ZoneInfo("Europe/Berlin"))


def test_loads_equal_the_sum_over_each_delegated_open_to_do(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", CLOCK)
    try:
        workspace.fill_with_demo("en")
        assistants = workspace.assistants.assistants()
        first = workspace.tasks.tasks(decision=Decision.DELEGATE, archived=False)[0]
        # Many to-dos with the same estimates, others with none or a one-off.
        estimates: list[tuple[Frequency | None, int | None]] = [(Frequency.WEEKLY, 45)] * 7
        estimates += [(Frequency.DAILY, 20)] * 3
        estimates += [(Frequency.ONCE, 90), (None, None), (Frequency.MONTHLY, None)]
        extra = [
            NewTask(
                f"Extra {n}",
                Decision.DELEGATE,
                details=replace(
                    first,
                    title=f"Extra {n}",
                    assistant_id=assistants[n % len(assistants)].id if n % 4 else None,
                    frequency=frequency,
                    minutes_per_occurrence=minutes,
                ),
            )
            for n, (frequency, minutes) in enumerate(estimates)
        ]
        workspace.tasks.add(extra)
        loads = workspace.assistants.loads()
        delegated = workspace.tasks.tasks(decision=Decision.DELEGATE, archived=False)
    finally:
        workspace.close()
    assert len(loads) == len(assistants) >= 2
    for load in loads:
        mine = [t for t in delegated if t.assistant_id == load.assistant.id]
        weekly = sum(hours_per_week(t.frequency, t.minutes_per_occurrence) or 0.0 for t in mine)
        costs = [
            cost_per_month_cents(
                hours_per_month(t.frequency, t.minutes_per_occurrence),
                load.assistant.hourly_rate_cents,
            )
            for t in mine
        ]
        known = [cost for cost in costs if cost is not None]
        assert load.tasks == len(mine) > 0
        assert load.hours_per_week == round(weekly, 2)
        assert load.cost_per_month_cents == (sum(known) if known else None)

"""The demo plan tells the same story on whatever day it is made."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from delegator.domain.clock import Clock
from delegator.domain.readiness import Verdict
from delegator.services.workspace import Workspace

MADE = [
    Clock.fixed(dt.datetime(2026, 12, 6, 10, 0), ZoneInfo("Europe/Berlin")),
    Clock.fixed(dt.datetime(2028, 6, 30, 23, 30), ZoneInfo("Pacific/Kiritimati")),
    Clock.fixed(dt.datetime(2033, 1, 1, 0, 15), ZoneInfo("America/Adak")),
]


def report_of_demo(folder: Path, clock: Clock, language: str) -> tuple[object, ...]:
    workspace = Workspace(folder / "delegator.sqlite3", folder / "backups", clock)
    try:
        workspace.fill_with_demo(language)
        report = workspace.readiness.report()
        loads = [
            (load.assistant.name, load.hours_per_week, load.cost_per_month_cents)
            for load in workspace.assistants.loads()
        ]
    finally:
        workspace.close()
    findings = sorted((f.rule, f.subject.name) for f in report.findings)
    return report.verdict, report.scores, findings, loads


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_demo_made_on_any_day_gives_the_same_report_hours_and_costs(
    tmp_path: Path, language: str
) -> None:
    reports = [report_of_demo(tmp_path / str(i), clock, language) for i, clock in enumerate(MADE)]
    assert reports[0][0] is Verdict.READY
    assert reports[1] == reports[0]
    assert reports[2] == reports[0]

"""The demo plan tells the same story on whatever day it is made."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from delegator.domain.clock import Clock
from delegator.domain.followup import Review
from delegator.domain.model import Status
from delegator.domain.readiness import Pillar, Rule, Verdict
from delegator.services.workspace import Workspace

MADE = [
    Clock.fixed(dt.datetime(2026, 12, 6, 10, 0), ZoneInfo("Europe/Berlin")),
    Clock.fixed(dt.datetime(2028, 6, 30, 23, 30), ZoneInfo("Pacific/Kiritimati")),
    Clock.fixed(dt.datetime(2033, 1, 1, 0, 15), ZoneInfo("America/Adak")),
]


Report = tuple[
    Verdict, dict[Pillar, int], list[tuple[Rule, str]], list[tuple[str, float, int | None]]
]


def report_of_demo(folder: Path, clock: Clock, language: str) -> Report:
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
    # Almost ready: a check-in is overdue and a settling-in review is due.
    assert reports[0][0] is Verdict.ALMOST
    rules = {rule for rule, _name in reports[0][2]}
    assert {
        Rule.CHECK_IN_OVERDUE,
        Rule.REVIEW_OVERDUE,
        Rule.RAISE_LEVEL,
    } <= rules
    # The client took the mindset check two weeks ago: it is neither missing nor old.
    assert not rules & {Rule.MINDSET_NOT_CHECKED, Rule.MINDSET_OUTDATED}
    assert reports[1] == reports[0]
    assert reports[2] == reports[0]


Story = tuple[
    list[tuple[str, str | None, int, Status]], list[int], list[str], int, list[int], list[Review]
]


def follow_up_of_demo(folder: Path, clock: Clock, language: str) -> Story:
    workspace = Workspace(folder / "delegator.sqlite3", folder / "backups", clock)
    try:
        workspace.fill_with_demo(language)
        today = clock.today()
        due = [
            (d.title, d.assistant_name, (today - d.due_since).days, d.status)
            for d in workspace.followup.due_check_ins()
        ]
        changed = [
            task.id
            for task in map(workspace.tasks.task, range(1, 20))
            if task.changed_since_handover
        ]
        (task_id,) = changed
        revision = workspace.followup.revision(task_id)
        assert revision is not None
        fields = [diff.field for diff in revision.fields]
        handed_days = (today - revision.handed_over.date()).days
        ratings = sorted(f.rating for f in workspace.followup.feedback())
        reviews = workspace.followup.reviews()
    finally:
        workspace.close()
    return due, changed, fields, handed_days, ratings, reviews


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_demo_follows_up_its_handovers_on_any_day(tmp_path: Path, language: str) -> None:
    stories = [
        follow_up_of_demo(tmp_path / str(i), clock, language) for i, clock in enumerate(MADE)
    ]
    due, _changed, fields, handed_days, ratings, reviews = stories[0]
    # One check-in, two days overdue, on work in progress.
    assert [(days, status) for _title, _name, days, status in due] == [(2, Status.IN_PROGRESS)]
    # One to-do was restated after a poor rating: what the assistant has differs.
    assert fields == ["instructions", "acceptance_criteria"]
    assert handed_days == 21
    assert min(ratings) == 2
    assert len(ratings) >= 5
    assert reviews == []
    assert stories[1] == stories[0]
    assert stories[2] == stories[0]

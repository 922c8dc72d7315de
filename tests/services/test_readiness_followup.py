"""The readiness report reads what happened after the handover from the data file:
check-in dates, feedback with the instructions it was given on, settling-in reviews."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from delegator.domain.assistant import Assistant
from delegator.domain.clock import Clock
from delegator.domain.followup import Feedback, Review, ReviewOutcome
from delegator.domain.model import Decision, DelegationLevel, Status, Task
from delegator.domain.readiness import Rule, SubjectKind
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace

# Wednesday, 1 March 2028, 10:00 in Berlin: the day after a leap day.
CLOCK = Clock.fixed(dt.datetime(2028, 3, 1, 10, 0), ZoneInfo("Europe/Berlin"))
TODAY = dt.date(2028, 3, 1)
LEAP_DAY = dt.date(2028, 2, 29)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", CLOCK)
    yield workspace
    workspace.close()


def delegated(workspace: Workspace, title: str, assistant: Assistant) -> Task:
    (task_id,), _ = workspace.tasks.add([NewTask(title, Decision.DELEGATE)])
    task = workspace.tasks.task(task_id)
    workspace.tasks.save(
        replace(
            task,
            assistant_id=assistant.id,
            instructions="Send them by Friday.",
            steps=("Print", "Post"),
            acceptance_criteria=("All sent",),
            level=DelegationLevel.RECOMMEND,
        )
    )
    return workspace.tasks.task(task_id)


def found(workspace: Workspace, rule: Rule) -> list[tuple[str, dict[str, object]]]:
    return [
        (f.subject.name, dict(f.values))
        for f in workspace.readiness.report().findings
        if f.rule is rule
    ]


def rate(workspace: Workspace, task: Task, rating: int, on: dt.date) -> None:
    workspace.followup.add_feedback(Feedback(0, on, rating, task_id=task.id))


def test_a_check_in_date_that_passed_is_reported(workspace: Workspace) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    task = delegated(workspace, "Holiday cards", anna)
    workspace.followup.set_status({task.id: Status.HANDED_OVER})
    workspace.followup.set_next_check_in(task.id, LEAP_DAY)
    assert found(workspace, Rule.CHECK_IN_OVERDUE) == [("Holiday cards", {"since": LEAP_DAY})]
    workspace.followup.complete_check_in(task.id)
    assert found(workspace, Rule.CHECK_IN_OVERDUE) == []


def test_done_work_leaves_the_readiness_check(workspace: Workspace) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    task = delegated(workspace, "Holiday cards", anna)
    workspace.followup.set_status({task.id: Status.IN_PROGRESS})
    workspace.followup.set_next_check_in(task.id, LEAP_DAY)
    workspace.followup.set_status({task.id: Status.DONE})
    report = workspace.readiness.report()
    assert [f.rule for f in report.findings if f.subject.kind is SubjectKind.TASK] == []


def test_a_poor_rating_asks_to_restate_until_the_instructions_change(
    workspace: Workspace,
) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    task = delegated(workspace, "Holiday cards", anna)
    rate(workspace, task, 2, LEAP_DAY)
    assert found(workspace, Rule.RESTATE_EXPECTATIONS) == [
        ("Holiday cards", {"rating": 2, "given_on": LEAP_DAY})
    ]
    # Other fields do not restate anything.
    workspace.tasks.save(replace(workspace.tasks.task(task.id), notes="Call her."))
    assert len(found(workspace, Rule.RESTATE_EXPECTATIONS)) == 1
    stored = workspace.tasks.task(task.id)
    workspace.tasks.save(
        replace(stored, acceptance_criteria=(*stored.acceptance_criteria, "No typos"))
    )
    assert found(workspace, Rule.RESTATE_EXPECTATIONS) == []


def test_three_good_ratings_at_the_level_suggest_raising_it(workspace: Workspace) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    task = delegated(workspace, "Holiday cards", anna)
    for on, rating in ((dt.date(2028, 1, 31), 4), (LEAP_DAY, 5)):
        rate(workspace, task, rating, on)
    assert found(workspace, Rule.RAISE_LEVEL) == []
    rate(workspace, task, 4, TODAY)
    (finding,) = found(workspace, Rule.RAISE_LEVEL)
    assert finding[1]["ratings"] == ((dt.date(2028, 1, 31), 4), (LEAP_DAY, 5), (TODAY, 4))
    assert workspace.tasks.task(task.id).level is DelegationLevel.RECOMMEND
    workspace.tasks.save(
        replace(workspace.tasks.task(task.id), level=DelegationLevel.DECIDE_AND_INFORM)
    )
    assert found(workspace, Rule.RAISE_LEVEL) == []


def test_a_settling_in_period_that_ended_waits_for_its_review(workspace: Workspace) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna", trial_end=dt.date(2028, 1, 31)))
    ben, _ = workspace.assistants.add(Assistant(0, "Ben", trial_end=LEAP_DAY))
    reported = found(workspace, Rule.REVIEW_OVERDUE)
    assert sorted(name for name, _values in reported) == ["Anna", "Ben"]
    workspace.followup.add_review(Review(0, ben.id, LEAP_DAY, ReviewOutcome.CONTINUE))
    assert found(workspace, Rule.REVIEW_OVERDUE) == [("Anna", {"trial_end": dt.date(2028, 1, 31)})]
    assert anna.id != ben.id

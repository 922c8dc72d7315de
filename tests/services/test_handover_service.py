"""The brief holds what the assistant needs and nothing private; changes are listed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from delegator.domain.assistant import Assistant
from delegator.domain.brief import BriefOptions
from delegator.domain.errors import UnknownAssistant
from delegator.domain.model import Decision, Frequency, Task
from delegator.domain.profile import Profile
from delegator.services.handover_service import secret_hits
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups")
    workspace.profile.save(
        Profile(name="Mara", monthly_budget_cents=200_000, own_hourly_value_cents=9_500)
    )
    yield workspace
    workspace.close()


def delegate(workspace: Workspace, title: str, assistant: Assistant | None, **fields: Any) -> Task:
    (task_id,), _ = workspace.tasks.add([NewTask(title, Decision.DELEGATE)])
    task = workspace.tasks.task(task_id)
    workspace.tasks.save(replace(task, assistant_id=assistant.id if assistant else None, **fields))
    return workspace.tasks.task(task_id)


def test_only_the_assistants_delegated_to_dos_without_private_data(workspace: Workspace) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna", hourly_rate_cents=4000))
    ben, _ = workspace.assistants.add(Assistant(0, "Ben"))
    mine = delegate(
        workspace,
        "Rechnungen",
        anna,
        notes="geheim",
        frequency=Frequency.WEEKLY,
        minutes_per_occurrence=60,
    )
    delegate(workspace, "Belege", ben)
    workspace.tasks.add([NewTask("Design", Decision.KEEP, notes="privat")])
    brief = workspace.handover.build(anna, BriefOptions())
    assert [t.title for t in brief.tasks] == [mine.title]
    assert brief.tasks[0].notes == ""
    assert brief.cost_per_month_cents is None
    assert brief.budget_cents is None
    assert brief.hours_per_week == 1.0
    opted = workspace.handover.build(
        anna, BriefOptions(include_cost=True, include_budget=True, include_notes=True)
    )
    assert opted.tasks[0].notes == "geheim"
    assert opted.cost_per_month_cents == 17_393  # 4.348 h at 40 €
    assert opted.budget_cents == 200_000


def test_the_requirements_profile_holds_the_unassigned_work(workspace: Workspace) -> None:
    delegate(workspace, "Website umziehen", None, skills=("WordPress", "DNS"))
    brief = workspace.handover.build(None, BriefOptions(language="de"))
    assert brief.assistant_name is None
    assert [t.title for t in brief.tasks] == ["Website umziehen"]
    assert brief.skills == ("WordPress", "DNS")


def test_the_next_brief_lists_what_changed_since_the_last(workspace: Workspace) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    kept = delegate(workspace, "Rechnungen", anna, steps=("Export",))
    gone = delegate(workspace, "Belege", anna)
    first = workspace.handover.build(
        anna, BriefOptions(), now=dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC)
    )
    assert first.changes is None
    assert first.version == 1
    workspace.handover.record(first, anna.id, "md", "/tmp/out", "0" * 64)
    workspace.tasks.save(replace(kept, steps=("Export", "Senden")))
    workspace.tasks.set_archived([gone.id], True)
    delegate(workspace, "Newsletter", anna)
    second = workspace.handover.build(anna, BriefOptions())
    assert second.version == 2
    changes = second.changes
    assert changes is not None
    assert changes.since == dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC)
    assert changes.added == ("Newsletter",)
    assert changes.removed == ("Belege",)
    assert [(c.title, c.fields) for c in changes.changed] == [("Rechnungen", ("steps",))]


def test_secrets_in_exported_fields_are_found(workspace: Workspace) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    delegate(workspace, "Bank", anna, tools=("Online-Banking", "Passwort: hunter22"))
    delegate(workspace, "Privat", anna, notes="PIN 4711")
    brief = workspace.handover.build(anna, BriefOptions())
    assert [(h.task_title, h.field) for h in secret_hits(brief)] == [("Bank", "tools")]


def test_an_unknown_assistant_is_named(workspace: Workspace) -> None:
    workspace.assistants.add(Assistant(0, "Anna Keller"))
    assert workspace.handover.assistant_named("anna keller").name == "Anna Keller"
    with pytest.raises(UnknownAssistant):
        workspace.handover.assistant_named("Zoe")

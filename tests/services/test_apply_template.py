"""Applying a template to a stored to-do, and taking it back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from delegator.domain.clock import Clock
from delegator.domain.model import Decision, Task
from delegator.services.task_service import NewTask
from delegator.services.template_service import ApplyTemplate
from delegator.services.workspace import Workspace
from tests.clocks import BERLIN

CLOCK = Clock.fixed(dt.datetime(2026, 12, 7, 10, 0), BERLIN)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", CLOCK)
    yield opened
    opened.close()


def test_apply_fills_the_empty_fields_and_revert_puts_back_what_was_there(
    workspace: Workspace,
) -> None:
    details = Task(id=0, title="Rechnungen raus", skills=("Genauigkeit",))
    (task_id,), _ = workspace.tasks.add([NewTask(details.title, details=details)])
    before = workspace.tasks.task(task_id)
    (invoicing,) = [t for t in workspace.templates.builtin("de") if t.id == "invoicing"]
    operation = ApplyTemplate(workspace.tasks, task_id, invoicing)
    assert "skills" not in operation.filled
    assert {"instructions", "steps", "decision"} <= set(operation.filled)
    changes = operation.apply()
    assert changes.tasks == frozenset({task_id})
    after = workspace.tasks.task(task_id)
    assert after.title == "Rechnungen raus"
    assert after.skills == ("Genauigkeit",)
    assert after.instructions == invoicing.instructions
    assert after.steps == invoicing.steps
    assert after.decision is Decision.DELEGATE
    operation.revert()
    assert replace(workspace.tasks.task(task_id), updated_at=None) == replace(
        before, updated_at=None
    )

"""An archived to-do is read-only until restored: every write to it is refused."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from delegator.domain.changes import Changes
from delegator.domain.errors import InvalidProblem, InvalidValue
from delegator.domain.model import Decision
from delegator.services import task_operations as ops
from delegator.services.task_service import NewTask, TaskService
from delegator.services.workspace import Workspace
from delegator.text.messages import explain


@pytest.fixture
def service(tmp_path: Path) -> Iterator[TaskService]:
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups")
    yield workspace.tasks
    workspace.close()


WRITES: dict[str, Callable[[TaskService, int], Changes]] = {
    "decide": lambda s, i: s.set_decisions({i: Decision.DELEGATE}),
    "assign": lambda s, i: s.set_assignments({i: (Decision.DELEGATE, None)}),
    "rename": lambda s, i: s.rename(i, "New title"),
    "save": lambda s, i: s.save(replace(s.task(i), instructions="Typed")),
    "update": lambda s, i: s.update(i, {"notes": "Typed"}),
    "triage": lambda s, i: s.set_triage_answers(i, "{}"),
}


@pytest.mark.parametrize("write", WRITES)
def test_a_write_to_an_archived_to_do_is_refused_and_changes_nothing(
    service: TaskService, write: str
) -> None:
    [task_id], _ = service.add([NewTask("Book the venue")])
    service.set_archived([task_id], True)
    before = service.task(task_id)

    with pytest.raises(InvalidValue) as refused:
        WRITES[write](service, task_id)

    assert refused.value.problem is InvalidProblem.ARCHIVED
    assert "restore it" in explain(refused.value)
    assert service.task(task_id) == before


def test_a_restored_to_do_can_be_changed_again_and_undo_follows_the_steps(
    service: TaskService,
) -> None:
    [task_id], _ = service.add([NewTask("Book the venue")])
    delegate = ops.SetDecision(service, [task_id], Decision.DELEGATE)
    delegate.apply()
    archive = ops.SetArchived(service, [task_id], True)
    archive.apply()

    archive.revert()
    delegate.revert()

    assert service.task(task_id).decision is Decision.UNDECIDED
    ops.Rename(service, task_id, "Book the hall").apply()
    assert service.task(task_id).title == "Book the hall"

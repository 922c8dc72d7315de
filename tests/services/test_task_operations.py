"""Undo logic of every operation, without Qt: apply, revert, apply again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from delegator.domain.errors import InvalidValue, TaskNotFound
from delegator.domain.model import Decision, Task
from delegator.services import task_operations as ops
from delegator.services.task_service import NewTask, TaskService
from delegator.services.workspace import Workspace


@pytest.fixture
def service(tmp_path: Path) -> Iterator[TaskService]:
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups")
    yield workspace.tasks
    workspace.close()


def titles(service: TaskService, *, archived: bool = False) -> list[str]:
    return [t.title for t in service.summaries() if t.archived == archived]


def test_adding_many_is_one_step_and_redo_restores_the_same_ids(service: TaskService) -> None:
    service.add([NewTask("first")])
    add = ops.AddTasks(service, [NewTask("a"), NewTask("b"), NewTask("c")])
    add.apply()
    ids = list(add.ids)
    assert titles(service) == ["first", "a", "b", "c"]
    add.revert()
    assert titles(service) == ["first"]
    add.apply()
    assert titles(service) == ["first", "a", "b", "c"]
    assert [t.id for t in service.summaries()][1:] == ids


def test_a_decision_reverts_to_each_previous_decision(service: TaskService) -> None:
    ids, _ = service.add([NewTask("a", Decision.KEEP), NewTask("b")])
    decide = ops.SetDecision(service, ids, Decision.DELEGATE)
    decide.apply()
    assert service.decisions(ids) == {ids[0]: Decision.DELEGATE, ids[1]: Decision.DELEGATE}
    decide.revert()
    assert service.decisions(ids) == {ids[0]: Decision.KEEP, ids[1]: Decision.UNDECIDED}


def test_rename_and_back(service: TaskService) -> None:
    (task_id,), _ = service.add([NewTask("Rechnungen")])
    rename = ops.Rename(service, task_id, "Rechnungen schreiben")
    rename.apply()
    assert service.title(task_id) == "Rechnungen schreiben"
    rename.revert()
    assert service.title(task_id) == "Rechnungen"


def test_delete_goes_to_the_archive_and_undo_restores(service: TaskService) -> None:
    ids, _ = service.add([NewTask("a"), NewTask("b")])
    archive = ops.SetArchived(service, [ids[0]], True)
    archive.apply()
    assert titles(service) == ["b"]
    assert titles(service, archived=True) == ["a"]
    archive.revert()
    assert titles(service) == ["a", "b"]


def test_move_and_back(service: TaskService) -> None:
    ids, _ = service.add([NewTask(t) for t in "abcde"])
    move = ops.Move(service, [ids[3], ids[4]], ids[0])
    move.apply()
    assert titles(service) == ["d", "e", "a", "b", "c"]
    move.revert()
    assert titles(service) == ["a", "b", "c", "d", "e"]
    move.apply()
    assert titles(service) == ["d", "e", "a", "b", "c"]


def test_a_blank_title_is_refused_and_nothing_is_stored(service: TaskService) -> None:
    (task_id,), _ = service.add([NewTask("keep me")])
    with pytest.raises(InvalidValue, match="empty_title"):
        ops.Rename(service, task_id, "   ").apply()
    assert service.title(task_id) == "keep me"
    with pytest.raises(InvalidValue, match="empty_title"):
        service.add([NewTask("fine"), NewTask(" ")])
    assert titles(service) == ["keep me"]


def test_undo_and_redo_of_a_big_described_import(service: TaskService) -> None:
    service.add([NewTask("before")])
    many = [
        NewTask(
            f"Beleg {n}",
            details=Task(0, f"Beleg {n}", steps=("scannen", "ablegen"), skills=("Ablage",)),
        )
        for n in range(1, 1201)  # more ids than one DELETE takes
    ]
    add = ops.AddTasks(service, many)
    add.apply()
    ids = list(add.ids)
    add.revert()
    assert titles(service) == ["before"]
    add.apply()
    assert add.ids == ids
    assert titles(service)[1:] == [f"Beleg {n}" for n in range(1, 1201)]
    assert service.task(ids[-1]).steps == ("scannen", "ablegen")
    assert service.task(ids[0]).skills == ("Ablage",)


def test_removing_a_missing_to_do_removes_none(service: TaskService) -> None:
    ids, _ = service.add([NewTask("A"), NewTask("B")])
    with pytest.raises(TaskNotFound) as missing:
        service.remove([ids[0], 999, ids[1]])
    assert missing.value.task_id == 999
    assert titles(service) == ["A", "B"]


def test_an_operation_applied_elsewhere_is_not_applied_twice(service: TaskService) -> None:
    add = ops.AddTasks(service, [NewTask("a"), NewTask("b")])
    changes = add.apply()  # as the import's worker thread does
    recorded = ops.AlreadyApplied(add, changes)
    assert recorded.apply() == changes
    assert titles(service) == ["a", "b"]
    recorded.revert()
    assert titles(service) == []
    recorded.apply()
    assert titles(service) == ["a", "b"]

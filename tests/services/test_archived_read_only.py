"""An archived to-do is read-only until restored: every write to it is refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from delegator.domain.changes import Changes
from delegator.domain.errors import InvalidProblem, InvalidValue
from delegator.domain.followup import Feedback
from delegator.domain.model import Decision, Status
from delegator.services import task_operations as ops
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace
from delegator.text.messages import explain


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups")
    yield opened
    opened.close()


def _feedback_with_edit(w: Workspace, i: int) -> object:
    edited = replace(w.tasks.task(i), instructions="Typed")
    return w.followup.add_feedback(Feedback(0, w.clock.today(), 4, task_id=i), edited)


WRITES: dict[str, Callable[[Workspace, int], object]] = {
    "decide": lambda w, i: w.tasks.set_decisions({i: Decision.DELEGATE}),
    "assign": lambda w, i: w.tasks.set_assignments({i: (Decision.DELEGATE, None)}),
    "rename": lambda w, i: w.tasks.rename(i, "New title"),
    "save": lambda w, i: w.tasks.save(replace(w.tasks.task(i), instructions="Typed")),
    "update": lambda w, i: w.tasks.update(i, {"notes": "Typed"}),
    "triage": lambda w, i: w.tasks.set_triage_answers(i, "{}"),
    "move": lambda w, i: w.tasks.set_positions({i: 5}),
    "status": lambda w, i: w.followup.set_status({i: Status.DONE}),
    "check-in": lambda w, i: w.followup.complete_check_in(i, "Went fine"),
    "next check-in": lambda w, i: w.followup.set_next_check_in(i, dt.date(2027, 1, 4)),
    "feedback with an edit": _feedback_with_edit,
}


def _everything_about(w: Workspace, task_id: int) -> tuple[object, ...]:
    return (
        w.tasks.task(task_id),
        w.tasks.triage_answers(task_id),
        w.followup.status_history([task_id]),
        w.followup.check_ins([task_id]),
        w.followup.feedback(task_ids=[task_id]),
    )


@pytest.mark.parametrize("write", WRITES)
def test_a_write_to_an_archived_to_do_is_refused_and_changes_nothing(
    workspace: Workspace, write: str
) -> None:
    [task_id], _ = workspace.tasks.add([NewTask("Book the venue", Decision.DELEGATE)])
    workspace.followup.set_status({task_id: Status.HANDED_OVER})
    workspace.tasks.set_archived([task_id], True)
    before = _everything_about(workspace, task_id)

    with pytest.raises(InvalidValue) as refused:
        WRITES[write](workspace, task_id)

    assert refused.value.problem is InvalidProblem.ARCHIVED
    assert "restore it" in explain(refused.value)
    assert _everything_about(workspace, task_id) == before


def test_a_status_change_of_several_to_dos_with_one_archived_changes_none(
    workspace: Workspace,
) -> None:
    ids, _ = workspace.tasks.add([NewTask("Book the venue"), NewTask("File receipts")])
    workspace.tasks.set_archived([ids[1]], True)

    with pytest.raises(InvalidValue):
        workspace.followup.set_status(dict.fromkeys(ids, Status.DONE))

    assert [workspace.tasks.task(i).status for i in ids] == [Status.OPEN, Status.OPEN]
    assert workspace.followup.status_history(ids) == []


def test_moving_to_dos_in_the_list_still_works_beside_an_archived_one(
    workspace: Workspace,
) -> None:
    first, archived, last = workspace.tasks.add(
        [NewTask("Book the venue"), NewTask("Old"), NewTask("File receipts")]
    )[0]
    workspace.tasks.set_archived([archived], True)

    ops.Move(workspace.tasks, [last], first).apply()

    order = workspace.tasks.positions()
    assert sorted(order, key=order.__getitem__) == [last, first]


def test_a_restored_to_do_can_be_changed_again_and_undo_follows_the_steps(
    workspace: Workspace,
) -> None:
    service = workspace.tasks
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
    changes = workspace.followup.set_status({task_id: Status.IN_PROGRESS})[1]
    assert changes == Changes(tasks=frozenset({task_id}))

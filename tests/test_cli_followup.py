"""The follow-up commands: ``checkins``, ``status`` and the follow-up fields of
``list --json`` (a contract for scripts, documented in the README)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from delegator import cli
from delegator.domain.followup import Feedback
from delegator.domain.model import Status
from delegator.runtime.paths import DATA_FILE_NAME
from delegator.services.workspace import Workspace


def _open(data_dir: Path) -> Workspace:
    return Workspace(data_dir / DATA_FILE_NAME, data_dir / "backups")


def _add(capsys: pytest.CaptureFixture[str], *titles: str) -> list[int]:
    assert cli.run(["add", *titles, "--decision", "delegate"]) == 0
    return [int(line) for line in capsys.readouterr().out.split()]


def test_status_sets_a_dated_status_and_list_json_shows_it(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (task_id,) = _add(capsys, "Post the newsletter")
    assert cli.run(["status", str(task_id), "in_progress"]) == 0
    assert cli.run(["list", "--json"]) == 0
    (task,) = json.loads(capsys.readouterr().out)
    assert task["status"] == "in_progress"
    assert task["last_feedback_rating"] is None
    workspace = _open(data_dir)
    try:
        # Work that goes to the assistant gets its first check-in from the rhythm.
        assert dt.date.fromisoformat(task["next_checkin"]) > workspace.clock.today()
        (change,) = workspace.followup.status_history([task_id])
    finally:
        workspace.close()
    assert (change.status, change.source) == (Status.IN_PROGRESS, "user")


def test_status_refuses_an_unknown_status_and_an_unknown_id(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (task_id,) = _add(capsys, "Book travel")
    assert cli.run(["status", str(task_id), "finished"]) == cli.EXIT_USAGE
    assert "finished" in capsys.readouterr().err
    assert cli.run(["status", "999", "done"]) == cli.EXIT_ERROR
    error = capsys.readouterr().err
    assert "999" in error
    assert len(error.strip().splitlines()) == 1


def test_checkins_exit_zero_when_nothing_is_due_and_one_when_something_is(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = _add(capsys, "Answer support mail", "Update the price list")
    assert cli.run(["checkins"]) == 0
    assert capsys.readouterr().out == ""
    assert cli.run(["status", str(first), "handed_over"]) == 0
    assert cli.run(["status", str(second), "handed_over"]) == 0
    workspace = _open(data_dir)
    try:
        since = workspace.clock.today() - dt.timedelta(days=3)
        workspace.followup.set_next_check_in(first, since)
    finally:
        workspace.close()
    assert cli.run(["checkins"]) == 1
    out = capsys.readouterr().out
    assert "Answer support mail" in out
    assert "Update the price list" not in out
    assert cli.run(["checkins", "--json"]) == 1
    (item,) = json.loads(capsys.readouterr().out)
    assert item == {
        "id": first,
        "title": "Answer support mail",
        "assistant": None,
        "assistant_id": None,
        "status": "handed_over",
        "due_since": since.isoformat(),
        "last_checkin": None,
    }


def test_done_work_is_never_due_for_a_check_in(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (task_id,) = _add(capsys, "Renew the domain")
    assert cli.run(["status", str(task_id), "handed_over"]) == 0
    workspace = _open(data_dir)
    try:
        workspace.followup.set_next_check_in(task_id, workspace.clock.today())
    finally:
        workspace.close()
    assert cli.run(["checkins"]) == 1
    assert cli.run(["status", str(task_id), "done"]) == 0
    capsys.readouterr()
    assert cli.run(["checkins", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_list_json_gives_the_latest_feedback_rating(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (task_id,) = _add(capsys, "Edit the podcast")
    workspace = _open(data_dir)
    try:
        today = workspace.clock.today()
        for rating, day in ((2, today - dt.timedelta(days=7)), (4, today)):
            workspace.followup.add_feedback(Feedback(0, day, rating, task_id=task_id))
    finally:
        workspace.close()
    assert cli.run(["list", "--json"]) == 0
    (task,) = json.loads(capsys.readouterr().out)
    assert task["last_feedback_rating"] == 4
    assert task["status"] == "open"
    assert task["next_checkin"] is None

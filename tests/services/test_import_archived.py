"""A file the assistant sends back does not change archived to-dos: they are read-only
until restored, so the import skips them (reason ``archived``) and, should one be
archived between the preview and storing, stores nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from delegator.domain.errors import InvalidProblem, InvalidValue
from delegator.domain.model import Status
from delegator.exchange.import_formats import ImportFormat
from delegator.services.import_service import ARCHIVED, UNCHANGED
from delegator.services.workspace import Workspace
from tests.returned_files import hand_over, returned_ics


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups")
    yield opened
    opened.close()


@pytest.fixture
def returned(workspace: Workspace, tmp_path: Path) -> tuple[str, list[int]]:
    """Four to-dos handed over to Anna; her tasks.ics with the first two done."""
    ids = hand_over(workspace, tmp_path / "package")
    text = returned_ics(
        (tmp_path / "package" / "tasks.ics").read_bytes(),
        {"Post the newsletter": {"STATUS": "COMPLETED"}, "Book the venue": {"STATUS": "COMPLETED"}},
    ).decode("utf-8")
    return text, ids


def test_an_archived_to_do_coming_back_is_skipped_and_keeps_its_status(
    workspace: Workspace, returned: tuple[str, list[int]]
) -> None:
    text, ids = returned
    workspace.tasks.set_archived([ids[0]], True)

    plan = workspace.imports.plan(text, ImportFormat.ICS, workspace.imports.context())

    assert plan.rows == []
    assert [(u.task_id, u.after) for u in plan.updates] == [(ids[1], Status.DONE)]
    assert plan.skipped == ((UNCHANGED, 2), (ARCHIVED, 1))
    workspace.imports.store([], workspace.imports.context(), plan.updates)
    assert workspace.tasks.task(ids[0]).status is Status.HANDED_OVER
    assert workspace.tasks.task(ids[1]).status is Status.DONE
    assert len(workspace.followup.status_history([ids[0]])) == 1  # the handover's


def test_a_to_do_archived_after_the_preview_makes_the_import_store_nothing(
    workspace: Workspace, returned: tuple[str, list[int]]
) -> None:
    text, ids = returned
    context = workspace.imports.context()
    plan = workspace.imports.plan(text, ImportFormat.ICS, context)
    assert [u.task_id for u in plan.updates] == ids[:2]
    workspace.tasks.set_archived([ids[0]], True)

    with pytest.raises(InvalidValue) as refused:
        workspace.imports.store(plan.chosen(), context, plan.updates)

    assert refused.value.problem is InvalidProblem.ARCHIVED
    assert {workspace.tasks.task(i).status for i in ids} == {Status.HANDED_OVER}

"""The user's own templates: rename and delete round-trip through a real data file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from delegator.domain.errors import DelegatorError, InvalidProblem, InvalidValue
from delegator.domain.model import Task
from delegator.services.template_service import MAX_NAME_LENGTH, TemplateService
from delegator.services.workspace import Workspace
from tests.storage.helpers import dump


def _open(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = _open(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def templates(workspace: Workspace) -> TemplateService:
    return workspace.templates


def _described(title: str) -> Task:
    return Task(
        id=0,
        title=title,
        area="Finance",
        instructions="Use the accounting tool.",
        steps=("Collect receipts", "Write invoices", "Send them"),
        acceptance_criteria=("All customers billed",),
    )


def _names(templates: TemplateService) -> list[str]:
    return [template.name for template in templates.user_templates()]


def test_a_rename_is_stored_normalised_and_keeps_the_description(
    templates: TemplateService,
) -> None:
    invoices = templates.save_from_task(_described("Write invoices"), "Invoices")
    other = templates.save_from_task(_described("Pay suppliers"), "Suppliers")

    renamed = templates.rename(invoices.id, "  Monthly \t invoices \n")

    assert renamed is not None
    assert renamed.name == "Monthly invoices"
    assert renamed.id == invoices.id
    stored = {template.id: template for template in templates.user_templates()}
    assert stored[invoices.id].name == "Monthly invoices"
    assert stored[invoices.id].steps == invoices.steps
    assert stored[invoices.id].title == "Write invoices"
    assert stored[other.id] == other


def test_a_rename_outlives_closing_the_file(tmp_path: Path) -> None:
    first = _open(tmp_path)
    saved = first.templates.save_from_task(_described("Write invoices"), "Invoices")
    first.templates.rename(saved.id, "Rechnungen ✉️ schreiben")
    first.close()

    reopened = _open(tmp_path)
    try:
        (template,) = reopened.templates.user_templates()
        assert (template.id, template.name) == (saved.id, "Rechnungen ✉️ schreiben")
        assert template.acceptance_criteria == ("All customers billed",)
    finally:
        reopened.close()


@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_an_empty_name_is_refused_and_nothing_is_stored(
    templates: TemplateService, workspace: Workspace, blank: str
) -> None:
    saved = templates.save_from_task(_described("Write invoices"), "Invoices")
    before = dump(workspace.data_file)

    with pytest.raises(InvalidValue) as caught:
        templates.rename(saved.id, blank)

    assert caught.value.problem is InvalidProblem.EMPTY_NAME
    assert isinstance(caught.value, DelegatorError)
    assert dump(workspace.data_file) == before
    assert _names(templates) == ["Invoices"]


def test_two_templates_may_share_a_name(templates: TemplateService) -> None:
    first = templates.save_from_task(_described("Write invoices"), "Invoices")
    second = templates.save_from_task(_described("Write credit notes"), "Credit notes")

    templates.rename(second.id, "Invoices")

    assert _names(templates) == ["Invoices", "Invoices"]
    assert {t.id for t in templates.user_templates()} == {first.id, second.id}


def test_renaming_a_missing_or_built_in_template_changes_nothing(
    templates: TemplateService, workspace: Workspace
) -> None:
    saved = templates.save_from_task(_described("Write invoices"), "Invoices")
    kept = templates.save_from_task(_described("Pay suppliers"), "Suppliers")
    templates.delete(saved.id)
    builtin_id = templates.builtin("en")[0].id
    before = dump(workspace.data_file)

    assert templates.rename(saved.id, "Gone") is None
    assert templates.rename(builtin_id, "Mine now") is None
    assert templates.rename("user-onboarding", "Mine now") is None
    templates.delete(builtin_id)

    assert dump(workspace.data_file) == before
    assert [t.id for t in templates.user_templates()] == [kept.id]


def test_rename_and_delete_are_one_transaction_each(
    templates: TemplateService, workspace: Workspace
) -> None:
    saved = templates.save_from_task(_described("Write invoices"), "Invoices")
    engine = workspace._database.engine
    commits: list[object] = []

    def count(connection: object) -> None:
        commits.append(connection)

    event.listen(engine, "commit", count)
    try:
        templates.rename(saved.id, "Monthly invoices")
        assert len(commits) == 1
        templates.delete(saved.id)
        assert len(commits) == 2
    finally:
        event.remove(engine, "commit", count)
    assert templates.user_templates() == []


def test_a_deleted_template_stays_deleted_after_reopening(tmp_path: Path) -> None:
    first = _open(tmp_path)
    gone = first.templates.save_from_task(_described("Write invoices"), "Invoices")
    kept = first.templates.save_from_task(_described("Pay suppliers"), "Suppliers")
    first.templates.delete(gone.id)
    first.close()

    reopened = _open(tmp_path)
    try:
        assert [t.id for t in reopened.templates.user_templates()] == [kept.id]
    finally:
        reopened.close()


def test_names_are_cut_to_the_stored_length(templates: TemplateService) -> None:
    saved = templates.save_from_task(Task(0, "Rechnungen"), "x" * 250)
    assert len(saved.name) == MAX_NAME_LENGTH
    renamed = templates.rename(saved.id, "  " + "y" * 300)
    assert renamed is not None
    assert renamed.name == "y" * MAX_NAME_LENGTH

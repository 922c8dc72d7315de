"""Task templates: built-in ones for common assistant work, and the user's own."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from delegator.domain.assistant import FormOfAddress
from delegator.domain.changes import Changes
from delegator.domain.errors import AssistantNotFound, InvalidProblem, InvalidValue
from delegator.domain.model import Task
from delegator.domain.templates import TaskTemplate, filled_from
from delegator.exchange.templates import load_builtin_templates
from delegator.services.task_service import TaskService
from delegator.storage.database import Database

MAX_NAME_LENGTH = 200  # the stored name's column


def _clean_name(name: str) -> str:
    return " ".join(name.split())[:MAX_NAME_LENGTH].strip()


def template_from_task(task: Task, name: str) -> TaskTemplate:
    """The reusable part of a to-do's description (never its private notes)."""
    return TaskTemplate(
        id="",
        name=_clean_name(name) or _clean_name(task.title),
        title=task.title,
        area=task.area,
        instructions=task.instructions,
        steps=task.steps,
        acceptance_criteria=task.acceptance_criteria,
        skills=task.skills,
        tools=task.tools,
        escalation_rule=task.escalation_rule,
        frequency=task.frequency,
        minutes_per_occurrence=task.minutes_per_occurrence,
        level=task.level,
    )


def task_from_template(template: TaskTemplate) -> Task:
    return Task(
        id=0,
        title=template.title,
        area=template.area,
        instructions=template.instructions,
        steps=template.steps,
        acceptance_criteria=template.acceptance_criteria,
        skills=template.skills,
        tools=template.tools,
        escalation_rule=template.escalation_rule,
        frequency=template.frequency,
        minutes_per_occurrence=template.minutes_per_occurrence,
        level=template.level,
    )


class ApplyTemplate:
    """Fill the empty fields of one to-do from *template* (``filled_from``): one undo
    step that keeps its title and whatever was already written. ``filled`` names the
    fields it fills, in the editor's order (empty when there is nothing to fill)."""

    def __init__(self, tasks: TaskService, task_id: int, template: TaskTemplate) -> None:
        self._tasks = tasks
        self.task_id = task_id
        self.template = template
        task = tasks.task(task_id)
        self._after = filled_from(task, template)
        self._before = {name: getattr(task, name) for name in self._after}

    @property
    def filled(self) -> tuple[str, ...]:
        return tuple(self._after)

    def apply(self) -> Changes:
        return self._tasks.update(self.task_id, self._after)

    def revert(self) -> Changes:
        return self._tasks.update(self.task_id, self._before)


class TemplateService:
    def __init__(self, database: Database, builtin_file: Path) -> None:
        self._db = database
        self._builtin_file = builtin_file

    def builtin(self, language: str, address: FormOfAddress | None = None) -> list[TaskTemplate]:
        """The built-in templates in *language*; German ones say "Sie" or "du" as
        *address* says, by default as the plan's briefs do (the settings)."""
        from delegator.services.handover_service import brief_address

        chosen = address or brief_address(None)
        return load_builtin_templates(self._builtin_file, language, chosen)

    def all(self, language: str, address: FormOfAddress | None = None) -> list[TaskTemplate]:
        """The built-in templates in *language* (and *address*), then the user's own."""
        return [*self.builtin(language, address), *self.user_templates()]

    def for_task(self, language: str, task: Task) -> list[TaskTemplate]:
        """The templates offered for *task*: the built-in ones address its assistant
        as the brief to them will (``address_for``), then the user's own."""
        return self.all(language, self.address_for(task))

    def address_for(self, task: Task) -> FormOfAddress:
        """The form of address of *task*'s brief: its assistant's own, else the plan's
        (also when it has no assistant, or theirs was deleted meanwhile)."""
        from delegator.services.handover_service import brief_address
        from delegator.storage.assistant_repository import AssistantRepository, to_assistant

        if task.assistant_id is None:
            return brief_address(None)
        try:
            with self._db.snapshot() as session:
                row = AssistantRepository(session).get_row(task.assistant_id)
                assistant = to_assistant(row)
        except AssistantNotFound:
            return brief_address(None)
        return brief_address(assistant)

    def user_templates(self) -> list[TaskTemplate]:
        from delegator.storage.template_repository import TemplateRepository

        with self._db.snapshot() as session:
            return TemplateRepository(session).all()

    def save_from_task(self, task: Task, name: str) -> TaskTemplate:
        from delegator.storage.template_repository import TemplateRepository

        with self._db.transaction() as session:
            return TemplateRepository(session).add(template_from_task(task, name))

    def rename(self, template_id: str, name: str) -> TaskTemplate | None:
        """Give an own template a new *name* (whitespace normalised, at most
        MAX_NAME_LENGTH characters) in one transaction.

        Raises InvalidValue (EMPTY_NAME), storing nothing, when the name is blank.
        Names need not be unique: a template is known by its id, and saving one
        (``save_from_task``) allows a name twice as well. Returns the renamed
        template, or None when there is no such own template (deleted meanwhile,
        or a built-in's id).
        """
        from delegator.storage.template_repository import TemplateRepository

        normalised = _clean_name(name)
        if not normalised:
            raise InvalidValue(InvalidProblem.EMPTY_NAME)
        with self._db.transaction() as session:
            return TemplateRepository(session).rename(template_id, normalised)

    def delete(self, template_id: str) -> None:
        from delegator.storage.template_repository import TemplateRepository

        with self._db.transaction() as session:
            TemplateRepository(session).delete(template_id)

    def update(self, template: TaskTemplate) -> TaskTemplate | None:
        """Store every field of an own *template* (its name normalised as ``rename``
        does) in one transaction; None when there is no such own template.

        Raises InvalidValue (EMPTY_NAME), storing nothing, when the name is blank."""
        from delegator.storage.template_repository import TemplateRepository

        normalised = _clean_name(template.name)
        if not normalised:
            raise InvalidValue(InvalidProblem.EMPTY_NAME)
        with self._db.transaction() as session:
            return TemplateRepository(session).update(replace(template, name=normalised))

    def copy(self, template: TaskTemplate, name: str) -> TaskTemplate:
        """An own template made from *template* (a built-in one, say) under *name*."""
        from delegator.storage.template_repository import TemplateRepository

        named = replace(template, id="", name=_clean_name(name) or _clean_name(template.name))
        with self._db.transaction() as session:
            return TemplateRepository(session).add(named)

"""Build a handover brief from the plan, check it for secrets, write the package and
record it (so the next brief to the same assistant can list what changed)."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import fields, is_dataclass, replace
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from delegator.domain.assistant import Assistant, FormOfAddress
from delegator.domain.brief import (
    Agreement,
    Brief,
    BriefOptions,
    BriefTask,
    HandoverChanges,
)
from delegator.domain.errors import SecretHit, SecretPlace, UnknownAssistant
from delegator.domain.hours import hours_per_week
from delegator.domain.model import Decision, Resource, ResourceKind, Status, Task
from delegator.domain.money import cost_per_month_cents, hours_per_month
from delegator.domain.package_names import safe_file_name
from delegator.domain.secrets import TEXT_EDGE, find_secrets
from delegator.exchange.brief_snapshot import snapshot, task_change, title_of
from delegator.runtime import settings
from delegator.services.assistant_service import AssistantService
from delegator.storage.database import Database
from delegator.text.brief_text import BriefText


def brief_task(task: Task, options: BriefOptions) -> BriefTask:
    """*task* as a brief gives it to the assistant."""
    return BriefTask(
        id=task.id,
        title=task.title,
        area=task.area,
        instructions=task.instructions,
        steps=task.steps,
        acceptance_criteria=task.acceptance_criteria,
        skills=task.skills,
        tools=task.tools,
        resources=task.resources,
        frequency=task.frequency,
        minutes_per_occurrence=task.minutes_per_occurrence,
        hours_per_week=hours_per_week(task.frequency, task.minutes_per_occurrence),
        due=task.due,
        lead_time_days=task.lead_time_days,
        priority=task.priority,
        level=task.level,
        escalation_rule=task.escalation_rule,
        notes=task.notes if options.include_notes else "",
    )


def brief_address(assistant: Assistant | None) -> FormOfAddress:
    """How a German brief to *assistant* addresses them: their own choice, else the
    plan's default in the settings (also for a requirements profile)."""
    if assistant is not None and assistant.german_address is not None:
        return assistant.german_address
    return FormOfAddress(settings.current().german_address)


def secret_hits(brief: Brief) -> list[SecretHit]:
    """Every place in *brief* that holds something like a secret, one hit per field.

    Every file of a package is made from the Brief, so every text in it is scanned:
    each field of each to-do (links with their address, attached files by the name
    they go out under), the profile (name, business, contact channels …), the
    assistant's name, the changes since the last handover and the rest (the title, the
    list of skills). Every to-do and field holding a secret is named, also when the
    same value is in several; only the parts that repeat what a to-do holds (its title
    among the added ones, a skill in the list of all skills) do not name it again.

    All texts are scanned at once first (one long text, each on lines of its own);
    only the fields with a finding there are scanned again, alone: a 10,000-to-do
    brief takes about a second instead of ten (bench/secrets.py).
    """
    fields_ = list(_brief_fields(brief))
    suspect = _with_findings([texts for texts, *_ in fields_])
    hits: list[SecretHit] = []
    reported: set[str] = set()
    for index in sorted(suspect):
        texts, field, place, task_title = fields_[index]
        for text in texts:
            found = find_secrets(text)
            if place in _REPEATING:
                found = [f for f in found if text[f.start : f.end] not in reported]
            if found:
                reported.update(text[f.start : f.end] for f in found)
                hits.append(SecretHit(task_title, field, found[0].kind, place))
                break
    return hits


def _brief_fields(brief: Brief) -> Iterator[tuple[list[str], str, SecretPlace, str]]:
    """The texts of each field of *brief*, with the field's name, place and to-do."""
    for task in brief.tasks:
        for field in fields(task):
            texts = list(_texts(getattr(task, field.name)))
            yield texts, field.name, SecretPlace.TASK, task.title
    for field in fields(brief.agreement):
        yield (
            list(_texts(getattr(brief.agreement, field.name))),
            field.name,
            SecretPlace.PROFILE,
            "",
        )
    yield list(_texts(brief.assistant_name)), "assistant_name", SecretPlace.ASSISTANT, ""
    if brief.changes is not None:
        for field in fields(brief.changes):
            texts = list(_texts(getattr(brief.changes, field.name)))
            yield texts, field.name, SecretPlace.CHANGES, ""
    for field in fields(brief):
        if field.name not in _SCANNED_APART:
            yield list(_texts(getattr(brief, field.name))), field.name, SecretPlace.BRIEF, ""


# The parts of a brief made of what its to-dos hold.
_REPEATING = {SecretPlace.CHANGES, SecretPlace.BRIEF}

# A line of its own between two texts: no rule reads a value across it.
_BETWEEN = f"\n{TEXT_EDGE}\n"


def _with_findings(groups: list[list[str]]) -> set[int]:
    """The indexes of the groups of texts that hold a finding, scanning all at once."""
    starts: list[int] = []
    owners: list[int] = []
    position = 0
    for index, texts in enumerate(groups):
        for text in texts:
            starts.append(position)
            owners.append(index)
            position += len(text) + len(_BETWEEN)
    joined = _BETWEEN.join(text for texts in groups for text in texts)
    return {owners[bisect_right(starts, f.start) - 1] for f in find_secrets(joined)}


# Scanned above with their own place; the plan's id is the app's own random number.
_SCANNED_APART = {"tasks", "agreement", "assistant_name", "changes", "plan_uid"}


def _texts(value: object) -> Iterator[str]:
    """The texts *value* carries into a brief: itself, its items, its fields."""
    if isinstance(value, Enum):
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, Resource):
        # An attached file goes out under its name, never its path in the data folder.
        yield value.label
        yield value.target if value.kind is ResourceKind.LINK else safe_file_name(value.target)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _texts(item)
    elif is_dataclass(value) and not isinstance(value, type):
        for field in fields(value):
            yield from _texts(getattr(value, field.name))


class HandoverService:
    def __init__(
        self,
        database: Database,
        assistants: AssistantService,
    ) -> None:
        self._db = database
        self._assistants = assistants

    def assistant_named(self, name: str) -> Assistant:
        wanted = name.strip().casefold()
        for assistant in self._assistants.assistants(include_archived=True):
            if assistant.name.casefold() == wanted:
                return assistant
        raise UnknownAssistant(name)

    def build(
        self,
        assistant: Assistant | None,
        options: BriefOptions,
        task_ids: Sequence[int] | None = None,
        now: dt.datetime | None = None,
    ) -> Brief:
        """The brief for *assistant* (None: the delegated to-dos nobody has yet, as a
        requirements profile). Only delegated to-dos that are neither archived nor done
        go in; by default all of that assistant's, or just *task_ids*. It is dated *now*
        (aware; default the clock's), shown on the user's wall clock. What it holds is
        read in one snapshot."""
        from delegator.storage.followup_repository import FollowUpRepository
        from delegator.storage.handover_repository import HandoverRepository
        from delegator.storage.profile_repository import ProfileRepository
        from delegator.storage.task_repository import TaskRepository

        clock = self._db.clock
        created = clock.local(now).replace(microsecond=0)
        wanted = set(task_ids) if task_ids is not None else None
        assistant_id = assistant.id if assistant is not None else None
        with self._db.snapshot() as session:
            delegated = TaskRepository(session).tasks(decision=Decision.DELEGATE, archived=False)
            profile = ProfileRepository(session).get()
            repo = HandoverRepository(session)
            last = repo.latest(assistant_id)
            version = repo.count(assistant_id) + 1
            plan_uid = FollowUpRepository(session).plan_uid()
        # Done work is not handed over again (its calendar entry would reopen).
        tasks = [
            t
            for t in delegated
            if t.assistant_id == assistant_id
            and t.status is not Status.DONE
            and (wanted is None or t.id in wanted)
        ]
        brief_tasks = tuple(brief_task(t, options) for t in tasks)
        weekly = sum(t.hours_per_week or 0.0 for t in brief_tasks)
        monthly = sum(hours_per_month(t.frequency, t.minutes_per_occurrence) or 0.0 for t in tasks)
        rate = assistant.hourly_rate_cents if assistant is not None else None
        changes = None
        if last is not None:
            since, snapshots = last
            current = {t.id for t in brief_tasks}
            changed = [
                change
                for t in brief_tasks
                if t.id in snapshots and (change := task_change(snapshots[t.id], t)) is not None
            ]
            changes = HandoverChanges(
                since=clock.local(since),
                added=tuple(t.title for t in brief_tasks if t.id not in snapshots),
                removed=tuple(title_of(s) for i, s in snapshots.items() if i not in current),
                changed=tuple(changed),
            )
        skills = tuple(dict.fromkeys(s for t in brief_tasks for s in t.skills))
        options = replace(options, address=options.address or brief_address(assistant))
        words = BriefText(options.language, options.address)
        title = (
            words(QT_TRANSLATE_NOOP("Brief", "Handover brief for {name}")).format(
                name=assistant.name
            )
            if assistant is not None
            else words(QT_TRANSLATE_NOOP("Brief", "Requirements profile"))
        )
        return Brief(
            title=title,
            assistant_name=assistant.name if assistant is not None else None,
            created=created,
            version=version,
            options=options,
            agreement=Agreement(
                client_name=profile.name,
                business=profile.business,
                channels=profile.channels
                if assistant is not None
                else profile.candidate_channels(),
                windows=profile.windows,
                time_zone=profile.time_zone,
                response_time_hours=profile.response_time_hours,
                check_in=profile.check_in_rhythm.value if profile.check_in_rhythm else "",
                assistant_days=assistant.working_days if assistant is not None else (),
                assistant_hours=(assistant.work_start, assistant.work_end)
                if assistant is not None and assistant.work_start and assistant.work_end
                else None,
                trial_end=assistant.trial_end if assistant is not None else None,
            ),
            tasks=brief_tasks,
            hours_per_week=round(weekly, 2),
            hours_per_month=round(monthly, 2),
            cost_per_month_cents=cost_per_month_cents(monthly, rate)
            if options.include_cost
            else None,
            budget_cents=profile.monthly_budget_cents if options.include_budget else None,
            currency=assistant.currency if assistant is not None else profile.currency,
            changes=changes,
            skills=skills,
            plan_uid=plan_uid,
        )

    def record(
        self, brief: Brief, assistant_id: int | None, formats: str, output: str, digest: str
    ) -> int:
        """Remember this handover and freeze the version of each task it carried; an
        assistant's to-dos are handed over now (services/followup_service.handed_over),
        a requirements profile hands nothing over."""
        from delegator.services.followup_service import handed_over
        from delegator.storage.handover_repository import HandoverRepository

        with self._db.transaction() as session:
            if assistant_id is not None:
                handed_over(
                    session,
                    brief.tasks,
                    self._db.clock.utc_stamp(),
                    self._db.clock.today(),
                )
            return HandoverRepository(session).add(
                created_at=brief.created.astimezone(dt.UTC).replace(tzinfo=None),
                assistant_id=assistant_id,
                formats=formats,
                language=brief.options.language,
                output_path=output,
                content_hash=digest,
                snapshots={t.id: snapshot(t) for t in brief.tasks},
            )

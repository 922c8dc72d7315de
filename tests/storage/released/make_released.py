"""Make the plan of one released schema with the code of that release (README.md here).

Run it with PYTHONPATH pointing at a checkout of the release, from the main work tree:

    TZ=Europe/Berlin QT_QPA_PLATFORM=offscreen PYTHONPATH=/tmp/released-0002 \
        .venv/bin/python tests/storage/released/make_released.py tests/storage/released

It imports only the ``delegator`` of that checkout (never this work tree's), writes a
small but full plan through that release's services, and copies the data file (as one
file, journal mode DELETE) and its attachments into ``<out>/<revision>/``. Where a
release had no service for something its schema holds (0001 had only to-dos; feedback
before 0004), the script stores it through that release's own rows in that release's
own transaction, so every value is one that release's code wrote.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
import sqlite3
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import delegator

# The wall clock of every release that has one: Friday 2026-11-20, 09:30 in Berlin.
LOCAL_NOW = dt.datetime(2026, 11, 20, 9, 30)
BERLIN = ZoneInfo("Europe/Berlin")
ATTACHMENT_NAME = "reply-templates.txt"
ATTACHMENT_BYTES = b"Dear customer,\nthank you for your message.\n"


def has(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def open_workspace(folder: Path) -> Any:
    from delegator.services.workspace import Workspace

    data_file, backups = folder / "delegator.sqlite3", folder / "backups"
    if has("delegator.domain.clock"):
        from delegator.domain.clock import Clock

        return Workspace(data_file, backups, Clock.fixed(LOCAL_NOW, BERLIN))
    return Workspace(data_file, backups)


def add_tasks(workspace: Any) -> dict[str, int]:
    from delegator.domain.model import Decision
    from delegator.services.task_service import NewTask

    titles = [
        ("inbox", "Answer customer emails", Decision.DELEGATE),
        ("tax", "Book the quarterly tax appointment", Decision.KEEP),
        ("software", "Research new accounting software", Decision.UNDECIDED),
        ("supplies", "Order office supplies", Decision.DELEGATE),
        ("prices", "Update the price list", Decision.DELEGATE),
    ]
    ids, _changes = workspace.tasks.add(
        [
            NewTask(title, decision, notes="Private: ask Tom first.")
            for _k, title, decision in titles
        ]
    )
    keys = dict(zip([key for key, _t, _d in titles], ids, strict=True))
    workspace.tasks.set_archived([keys["supplies"]], True)
    return keys


def database(workspace: Any) -> Any:
    return workspace._database


def add_details_by_rows(workspace: Any, task_id: int, assistant_id: int) -> None:
    """0001: the schema holds every detail, but only its rows can write them."""
    from delegator.storage.rows import (
        TaskCriterionRow,
        TaskResourceRow,
        TaskSkillRow,
        TaskStepRow,
        TaskToolRow,
    )
    from delegator.storage.task_repository import TaskRepository

    with database(workspace).transaction() as session:
        row = TaskRepository(session).get_row(task_id)
        row.area = "Support"
        row.assistant_id = assistant_id
        row.priority = 2
        row.frequency = "daily"
        row.minutes_per_occurrence = 30
        row.instructions = "Answer within one working day."
        row.level = 3
        row.escalation_rule = "Refund requests over 100 EUR go to me."
        row.steps = [TaskStepRow(position=0, text="Open the shared inbox")]
        row.steps.append(TaskStepRow(position=1, text="Answer with the templates"))
        row.criteria = [TaskCriterionRow(position=0, text="Inbox at zero")]
        row.skills = [TaskSkillRow(position=0, name="Email")]
        row.tools = [TaskToolRow(position=0, name="Zendesk")]
        row.resources = [
            TaskResourceRow(
                position=0, kind="link", label="Help centre", target="https://example.com/help"
            )
        ]


def add_details(workspace: Any, task_id: int, assistant_id: int, attachment: Path) -> None:
    from delegator.domain.model import (
        DelegationLevel,
        Frequency,
        Priority,
        Resource,
        ResourceKind,
    )

    task = workspace.tasks.task(task_id)
    link = Resource(ResourceKind.LINK, "Help centre", "https://example.com/help")
    detailed = replace(
        task,
        area="Support",
        assistant_id=assistant_id,
        priority=Priority.HIGH,
        frequency=Frequency.DAILY,
        minutes_per_occurrence=30,
        instructions="Answer within one working day.",
        steps=("Open the shared inbox", "Answer with the templates"),
        acceptance_criteria=("Inbox at zero",),
        skills=("Email",),
        tools=("Zendesk",),
        resources=(link, workspace.tasks.attach(attachment)),
        level=DelegationLevel.RECOMMEND,
        escalation_rule="Refund requests over 100 EUR go to me.",
    )
    workspace.tasks.save(detailed)


def add_assistants(workspace: Any) -> tuple[int, int]:
    if not has("delegator.services.assistant_service"):
        from delegator.storage.rows import AssistantRow, AssistantSkillRow

        with database(workspace).transaction() as session:
            anna = AssistantRow(name="Anna Berger", role="Virtual assistant", currency="EUR")
            anna.hourly_rate_cents = 2500
            anna.skills = [AssistantSkillRow(position=0, name="Email")]
            anna.skills.append(AssistantSkillRow(position=1, name="Zendesk"))
            ben = AssistantRow(name="Ben Okafor", role="Bookkeeper", currency="EUR")
            ben.skills = [AssistantSkillRow(position=0, name="Bookkeeping")]
            session.add_all([anna, ben])
            session.flush()
            return anna.id, ben.id
    from delegator.domain.assistant import Assistant

    anna, _changes = workspace.assistants.add(
        Assistant(
            0,
            "Anna Berger",
            role="Virtual assistant",
            skills=("Email", "Zendesk"),
            hourly_rate_cents=2500,
            weekly_capacity_hours=10.0,
            working_days=(0, 1, 2, 3, 4),
            work_start=dt.time(9, 0),
            work_end=dt.time(13, 0),
            time_zone="Europe/Berlin",
            start_date=dt.date(2026, 11, 2),
            trial_end=dt.date(2026, 12, 31),
        )
    )
    ben, _changes = workspace.assistants.add(
        Assistant(0, "Ben Okafor", role="Bookkeeper", skills=("Bookkeeping",))
    )
    return anna.id, ben.id


def add_profile(workspace: Any) -> None:
    if not has("delegator.services.profile_service"):
        from delegator.storage.rows import ContactChannelRow, ProfileRow

        with database(workspace).transaction() as session:
            profile = ProfileRow(name="Maria Schmidt", business="Schmidt Ceramics")
            profile.time_zone = "Europe/Berlin"
            profile.check_in_rhythm = "weekly"
            profile.channels = [
                ContactChannelRow(position=0, kind="email", value="maria@example.com")
            ]
            session.add(profile)
        return
    from delegator.domain.profile import (
        ChannelKind,
        CheckInRhythm,
        ContactChannel,
        Profile,
        ReachabilityWindow,
    )

    workspace.profile.save(
        Profile(
            name="Maria Schmidt",
            business="Schmidt Ceramics",
            channels=(ContactChannel(ChannelKind.EMAIL, "maria@example.com"),),
            windows=(ReachabilityWindow(0, dt.time(9, 0), dt.time(12, 0)),),
            time_zone="Europe/Berlin",
            response_time_hours=24,
            check_in_rhythm=CheckInRhythm.WEEKLY,
            check_in_weekday=0,
            monthly_budget_cents=80000,
            currency="EUR",
            brief_language="en",
        )
    )


def add_triage_and_template(workspace: Any, keys: dict[str, int]) -> None:
    from delegator.domain.triage import MistakeCost, TriageAnswers

    answers = TriageAnswers(
        hours_per_month=6.0,
        needs_my_expertise=False,
        explainable_in_30_minutes=True,
        mistake_cost=MistakeCost.LOW,
        enjoy_it=False,
    )
    workspace.triage.save_answers(keys["software"], answers)
    workspace.templates.save_from_task(workspace.tasks.task(keys["inbox"]), "Inbox routine")


def hand_over(workspace: Any, assistant_id: int, out: Path) -> None:
    """What ``delegator export --assistant "Anna Berger" --format md`` does."""
    from delegator.domain.brief import BriefFormat, BriefOptions
    from delegator.services.handover_package import write_package

    service = workspace.handover
    assistant = workspace.assistants.assistant(assistant_id)
    options = BriefOptions(language="en")
    if has("delegator.domain.clock"):
        brief = service.build(assistant, options)
    else:  # 0002 stamped handovers with the computer's local time
        brief = service.build(assistant, options, now=LOCAL_NOW)
    formats = [BriefFormat.MARKDOWN]
    _written, digest = write_package(brief, formats, out, workspace.attachments_dir)
    service.record(brief, assistant_id, "md", str(out), digest)


def add_feedback(workspace: Any, task_id: int, assistant_id: int) -> None:
    given_on = dt.date(2026, 11, 19)
    if has("delegator.services.followup_service"):
        from delegator.domain.followup import Feedback

        workspace.followup.add_feedback(
            Feedback(0, given_on, 4, "Friendly answers", "Use the templates", task_id=task_id)
        )
        return
    from delegator.storage.rows import FeedbackRow

    with database(workspace).transaction() as session:
        session.add(
            FeedbackRow(
                task_id=task_id,
                assistant_id=assistant_id,
                given_on=given_on,
                rating=4,
                went_well="Friendly answers",
                to_improve="Use the templates",
                follow_up_on=dt.date(2026, 11, 26),
            )
        )


def follow_up(workspace: Any, keys: dict[str, int], assistant_id: int) -> None:
    """0004: a check-in, a status, a settling-in review."""
    from delegator.domain.followup import Review, ReviewOutcome
    from delegator.domain.model import Status

    workspace.followup.complete_check_in(keys["inbox"], "Inbox at zero on Friday")
    workspace.followup.set_status({keys["prices"]: Status.DONE})
    workspace.followup.add_review(
        Review(0, assistant_id, dt.date(2026, 11, 20), ReviewOutcome.CONTINUE, notes="Good start")
    )


def make_plan(folder: Path) -> None:
    workspace = open_workspace(folder)
    keys = add_tasks(workspace)
    workspace.tasks.rename(keys["tax"], "Book the quarterly tax appointment (Q1)")
    anna, _ben = add_assistants(workspace)
    add_profile(workspace)
    if not has("delegator.services.profile_service"):
        add_details_by_rows(workspace, keys["inbox"], anna)
    else:
        attachment = folder / "source" / ATTACHMENT_NAME
        attachment.parent.mkdir()
        attachment.write_bytes(ATTACHMENT_BYTES)
        add_details(workspace, keys["inbox"], anna, attachment)
        workspace.tasks.update(keys["prices"], {"assistant_id": anna})
        add_triage_and_template(workspace, keys)
        hand_over(workspace, anna, folder / "handover")
    add_feedback(workspace, keys["inbox"], anna)
    if has("delegator.services.followup_service"):
        follow_up(workspace, keys, anna)
    workspace.close()


def one_file(data_file: Path) -> str:
    """Fold the WAL into the file, make it a rollback-journal file; its revision."""
    connection = sqlite3.connect(data_file)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("VACUUM")
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    return str(revision)


def main(out: Path) -> None:
    print(f"delegator from {Path(delegator.__file__).parent}")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        make_plan(folder)
        revision = one_file(folder / "delegator.sqlite3")
        target = out / revision
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        shutil.copyfile(folder / "delegator.sqlite3", target / "delegator.sqlite3")
        if (folder / "attachments").exists():
            shutil.copytree(folder / "attachments", target / "attachments")
    print(f"wrote {target}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

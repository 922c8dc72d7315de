"""Plans made by every released version open in this one with everything in them.

Each folder in released/ holds a plan written by the code of one release
(released/README.md says which commit and how). Opening a copy the way the app does
backs it up and upgrades it; the current services must then read what that release
stored: to-dos, details, the attached file, assistants, the profile, feedback,
templates, the handover and its follow-up.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from delegator.domain.backups import BackupKind
from delegator.domain.clock import Clock
from delegator.domain.followup import ReviewOutcome
from delegator.domain.model import (
    Decision,
    DelegationLevel,
    Frequency,
    Priority,
    Resource,
    ResourceKind,
    Status,
)
from delegator.domain.profile import ChannelKind, CheckInRhythm
from delegator.domain.triage import MistakeCost
from delegator.services.workspace import Workspace
from delegator.storage.schema import HEAD_REVISION, KNOWN_REVISIONS, TABLES

RELEASED = Path(__file__).parent / "released"
DATA_FILE = "delegator.sqlite3"
RELEASES = sorted(folder.name for folder in RELEASED.iterdir() if (folder / DATA_FILE).is_file())
BERLIN = ZoneInfo("Europe/Berlin")
CLOCK = Clock.fixed(dt.datetime(2026, 12, 7, 10, 0), BERLIN)

# What make_released.py wrote in every release (ids in the order it added them).
INBOX, TAX, SOFTWARE, SUPPLIES, PRICES = 1, 2, 3, 4, 5
TITLES = {
    INBOX: ("Answer customer emails", Decision.DELEGATE),
    TAX: ("Book the quarterly tax appointment (Q1)", Decision.KEEP),
    SOFTWARE: ("Research new accounting software", Decision.UNDECIDED),
    SUPPLIES: ("Order office supplies", Decision.DELEGATE),
    PRICES: ("Update the price list", Decision.DELEGATE),
}
ATTACHMENT_BYTES = b"Dear customer,\nthank you for your message.\n"
# The handover, at 09:30 on the wall clock of a computer in Berlin (0002 stored it so).
HANDED_OVER = dt.datetime(2026, 11, 20, 9, 30, tzinfo=BERLIN)
FIRST_CHECK_IN = dt.date(2026, 11, 23)  # the Monday after, with a weekly rhythm


def since(revision: str, first: str) -> bool:
    """Whether the release that made *revision* already had what came with *first*."""
    return KNOWN_REVISIONS.index(revision) >= KNOWN_REVISIONS.index(first)


@dataclass(frozen=True, slots=True)
class Opened:
    """One released plan, upgraded: its revision, its data folder, the app on it."""

    revision: str
    folder: Path
    workspace: Workspace


@pytest.fixture(scope="module", params=RELEASES)
def opened(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Opened]:
    """A copy of one released plan, opened as the app opens it, on a computer in Berlin
    (0003 and 0004 read the old local times as this computer's)."""
    revision: str = request.param
    folder = tmp_path_factory.mktemp(revision) / "data"
    shutil.copytree(RELEASED / revision, folder)
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    try:
        workspace = Workspace(folder / DATA_FILE, folder / "backups", CLOCK)
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()
    yield Opened(revision, folder, workspace)
    workspace.close()


def test_the_todos_keep_their_titles_decisions_and_the_archive(opened: Opened) -> None:
    tasks = {task.id: task for task in opened.workspace.tasks.tasks()}

    assert {i: (t.title, t.decision) for i, t in tasks.items()} == TITLES
    assert [i for i, t in tasks.items() if t.archived] == [SUPPLIES]
    assert tasks[TAX].notes == "Private: ask Tom first."


def test_the_delegated_todo_keeps_every_detail(opened: Opened) -> None:
    task = opened.workspace.tasks.task(INBOX)

    assert task.assistant_name == "Anna Berger"
    assert (task.area, task.priority, task.level) == (
        "Support",
        Priority.HIGH,
        DelegationLevel.RECOMMEND,
    )
    assert (task.frequency, task.minutes_per_occurrence) == (Frequency.DAILY, 30)
    assert task.instructions == "Answer within one working day."
    assert task.escalation_rule == "Refund requests over 100 EUR go to me."
    assert task.steps == ("Open the shared inbox", "Answer with the templates")
    assert task.acceptance_criteria == ("Inbox at zero",)
    assert (task.skills, task.tools) == (("Email",), ("Zendesk",))
    assert task.resources[0] == Resource(
        ResourceKind.LINK, "Help centre", "https://example.com/help"
    )


def test_the_attached_file_opens_with_the_same_bytes(opened: Opened) -> None:
    files = [r for r in opened.workspace.tasks.task(INBOX).resources if r.kind is ResourceKind.FILE]

    if not since(opened.revision, "0002_templates_triage"):
        assert files == []  # 0001 could not attach files
        return
    assert [(r.label, r.size_bytes) for r in files] == [("reply-templates.txt", 43)]
    assert opened.workspace.tasks.attachment_path(files[0]).read_bytes() == ATTACHMENT_BYTES


def test_assistants_keep_their_skills_and_the_client_profile_comes_through(
    opened: Opened,
) -> None:
    assistants = opened.workspace.assistants.assistants(include_archived=True)
    profile = opened.workspace.profile.profile()

    assert [(a.name, a.role, a.skills) for a in assistants] == [
        ("Anna Berger", "Virtual assistant", ("Email", "Zendesk")),
        ("Ben Okafor", "Bookkeeper", ("Bookkeeping",)),
    ]
    assert assistants[0].hourly_rate_cents == 2500
    # No release could choose how a German brief addresses them: the plan's default.
    assert {a.german_address for a in assistants} == {None}
    assert (profile.name, profile.business, profile.time_zone) == (
        "Maria Schmidt",
        "Schmidt Ceramics",
        "Europe/Berlin",
    )
    assert [(c.kind, c.value) for c in profile.channels] == [
        (ChannelKind.EMAIL, "maria@example.com")
    ]
    # No release could choose what candidates see: they get the default, the e-mail.
    assert [(c.kind, c.value) for c in profile.candidate_channels()] == [
        (ChannelKind.EMAIL, "maria@example.com")
    ]
    assert profile.check_in_rhythm is CheckInRhythm.WEEKLY


def test_feedback_comes_through(opened: Opened) -> None:
    (feedback,) = opened.workspace.followup.feedback(task_ids=[INBOX])

    assert (feedback.given_on, feedback.rating) == (dt.date(2026, 11, 19), 4)
    assert (feedback.went_well, feedback.to_improve) == ("Friendly answers", "Use the templates")
    assert feedback.assistant_id == opened.workspace.assistants.assistants()[0].id


def test_templates_and_triage_answers_come_through(opened: Opened) -> None:
    templates = opened.workspace.templates.user_templates()
    answers = opened.workspace.triage.answers(SOFTWARE)

    if not since(opened.revision, "0002_templates_triage"):
        assert (templates, answers.answered) == ([], 0)  # both came with 0002
        return
    (template,) = templates
    assert (template.name, template.title) == ("Inbox routine", "Answer customer emails")
    assert template.steps == ("Open the shared inbox", "Answer with the templates")
    assert (answers.hours_per_month, answers.mistake_cost) == (6.0, MistakeCost.LOW)
    assert answers.explainable_in_30_minutes is True


def test_the_handover_keeps_its_time_and_what_it_gave(opened: Opened) -> None:
    revision = opened.workspace.followup.revision(INBOX)

    if not since(opened.revision, "0002_templates_triage"):
        assert revision is None  # 0001 could not hand work over
        return
    assert revision is not None
    # 0002 stamped it with the local time; 0003 moved it to UTC: still 09:30 in Berlin.
    assert revision.handed_over == HANDED_OVER
    assert revision.fields == ()  # unchanged since it was handed over
    assert opened.workspace.followup.handed_over_ids() == {INBOX, PRICES}


def test_work_handed_over_before_is_followed_up(opened: Opened) -> None:
    tasks = {task.id: task for task in opened.workspace.tasks.tasks()}
    history = [(c.status, c.changed_at) for c in opened.workspace.followup.status_history([INBOX])]

    if not since(opened.revision, "0002_templates_triage"):
        assert history == []  # nothing was handed over: nothing to follow up
        assert {(t.status, t.next_check_in) for t in tasks.values()} == {(Status.OPEN, None)}
        return
    assert history[0] == (
        Status.HANDED_OVER,
        HANDED_OVER.astimezone(dt.UTC).replace(tzinfo=None),
    )
    assert tasks[INBOX].next_check_in == FIRST_CHECK_IN
    if since(opened.revision, "0004_follow_up"):
        assert tasks[INBOX].status is Status.HANDED_OVER
        assert tasks[INBOX].last_check_in == dt.date(2026, 11, 20)
        assert tasks[PRICES].status is Status.DONE
        (check_in,) = opened.workspace.followup.check_ins([INBOX])
        assert check_in.note == "Inbox at zero on Friday"
        (review,) = opened.workspace.followup.reviews()
        assert (review.outcome, review.notes) == (ReviewOutcome.CONTINUE, "Good start")
    else:  # the upgrade follows up from the handover
        assert [tasks[i].status for i in (INBOX, PRICES)] == [Status.HANDED_OVER] * 2
        assert tasks[PRICES].next_check_in == FIRST_CHECK_IN
        assert not tasks[INBOX].changed_since_handover
    assert tasks[TAX].status is Status.OPEN


def test_the_original_is_backed_up_before_the_upgrade(opened: Opened) -> None:
    backups = opened.workspace.backups.backups()

    if opened.revision == HEAD_REVISION:
        assert backups == []  # nothing to upgrade
        return
    (backup,) = backups
    assert backup.path.parent == opened.folder / "backups"
    assert backup.path.name.startswith(f"delegator-before-upgrade-from-{opened.revision}-")
    assert backup.kind is BackupKind.BEFORE_UPGRADE
    assert backup.summary is not None
    assert (backup.summary.revision, backup.summary.todos) == (opened.revision, 5)
    assert (backup.summary.delegated, backup.summary.assistants) == (3, 2)
    assert _dump(backup.path) == _dump(RELEASED / opened.revision / DATA_FILE)


def unreleased(known: Sequence[str], released: Iterable[str]) -> list[str]:
    """The revisions before the head that have no plan made by their release."""
    made = set(released)
    return [revision for revision in known[:-1] if revision not in made]


def test_a_new_revision_needs_a_plan_made_by_the_release_before_it() -> None:
    missing = unreleased(KNOWN_REVISIONS, RELEASES)

    assert not missing, (
        f"No plan made by the release whose head was {', '.join(missing)} in {RELEASED}. "
        "A new migration makes the schema before it a released one: check out the last "
        "commit whose head revision that is, run make_released.py there as "
        "released/README.md says, and commit the folder it writes."
    )
    assert set(RELEASES) <= set(KNOWN_REVISIONS), "released/ holds an unknown revision"
    # The check itself, on two revisions added after this one without a plan between:
    assert unreleased((*KNOWN_REVISIONS, "next", "after"), (*RELEASES, HEAD_REVISION)) == ["next"]


def _dump(path: Path) -> list[str]:
    """The schema and every row of a plan file, as SQL."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def _tables(path: Path) -> frozenset[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        return frozenset(name for (name,) in rows)
    finally:
        connection.close()


@pytest.mark.parametrize("revision", RELEASES)
def test_schema_knows_the_tables_each_release_made(revision: str) -> None:
    assert _tables(RELEASED / revision / DATA_FILE) == TABLES[revision]

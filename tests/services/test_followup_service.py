"""Following up delegated work through the services, without Qt: what an export hands
over, statuses and check-ins with their undo, feedback with an instruction edit in one
step, reviews, and the revision of a to-do since its handover."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from delegator.domain.assistant import Assistant
from delegator.domain.brief import BriefOptions
from delegator.domain.clock import Clock
from delegator.domain.errors import InvalidValue, TaskNotFound
from delegator.domain.followup import (
    Feedback,
    Review,
    ReviewOutcome,
    StatusSource,
    revision_digest,
    snapshot_digest,
)
from delegator.domain.model import (
    Decision,
    DelegationLevel,
    Frequency,
    Priority,
    Resource,
    ResourceKind,
    Status,
    Task,
)
from delegator.domain.profile import CheckInRhythm, Profile
from delegator.domain.views import View, counts, shown_in
from delegator.exchange.brief_snapshot import snapshot
from delegator.services import followup_operations as ops
from delegator.services.handover_service import brief_task
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace

# Thursday, 31 December 2026, 10:00 in Berlin.
CLOCK = Clock.fixed(dt.datetime(2026, 12, 31, 10, 0), ZoneInfo("Europe/Berlin"))
TODAY = dt.date(2026, 12, 31)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", CLOCK)
    workspace.profile.save(Profile(name="Mara", check_in_rhythm=CheckInRhythm.MONTHLY))
    yield workspace
    workspace.close()


def delegated(workspace: Workspace, title: str, assistant: Assistant | None = None) -> Task:
    (task_id,), _ = workspace.tasks.add([NewTask(title, Decision.DELEGATE)])
    if assistant is not None:
        task = workspace.tasks.task(task_id)
        workspace.tasks.save(replace(task, assistant_id=assistant.id, instructions="As usual."))
    return workspace.tasks.task(task_id)


def export(workspace: Workspace, assistant: Assistant) -> None:
    brief = workspace.handover.build(assistant, BriefOptions())
    workspace.handover.record(brief, assistant.id, "md", "/tmp/out", "0" * 64)


def test_an_export_hands_its_to_dos_over_with_a_first_check_in(workspace: Workspace) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    task = delegated(workspace, "Post the newsletter", anna)
    busy = delegated(workspace, "Edit the podcast", anna)
    workspace.followup.set_status({busy.id: Status.IN_PROGRESS})
    export(workspace, anna)
    handed = workspace.tasks.task(task.id)
    assert handed.status is Status.HANDED_OVER
    # Monthly from 31 December: the end of January.
    assert handed.next_check_in == dt.date(2027, 1, 31)
    assert not handed.changed_since_handover
    # Work in progress stays in progress.
    assert workspace.tasks.task(busy.id).status is Status.IN_PROGRESS
    (change,) = workspace.followup.status_history([task.id])
    assert (change.status, change.source) == (Status.HANDED_OVER, StatusSource.EXPORT)
    assert change.changed_at == dt.datetime(2026, 12, 31, 9, 0)  # naive UTC


def test_done_work_is_not_handed_over_again(workspace: Workspace) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    task = delegated(workspace, "Post the newsletter", anna)
    other = delegated(workspace, "Edit the podcast", anna)
    workspace.followup.set_status({task.id: Status.DONE})
    brief = workspace.handover.build(anna, BriefOptions())
    assert [t.id for t in brief.tasks] == [other.id]
    workspace.handover.record(brief, anna.id, "md", "/tmp/out", "0" * 64)
    assert workspace.tasks.task(task.id).status is Status.DONE
    assert workspace.followup.revision(task.id) is None


def test_what_the_export_gave_is_remembered_even_if_edited_meanwhile(
    workspace: Workspace,
) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    task = delegated(workspace, "Post the newsletter", anna)
    brief = workspace.handover.build(anna, BriefOptions())
    # An edit saved while the package is being written, before it is recorded.
    workspace.tasks.update(task.id, {"instructions": "As usual, by 10:00."})
    workspace.handover.record(brief, anna.id, "md", "/tmp/out", "0" * 64)
    assert workspace.tasks.task(task.id).changed_since_handover
    workspace.tasks.update(task.id, {"instructions": "As usual."})
    assert not workspace.tasks.task(task.id).changed_since_handover


def test_a_requirements_profile_hands_nothing_over(workspace: Workspace) -> None:
    task = delegated(workspace, "Find a bookkeeper")
    brief = workspace.handover.build(None, BriefOptions())
    workspace.handover.record(brief, None, "md", "/tmp/out", "0" * 64)
    assert workspace.tasks.task(task.id).status is Status.OPEN


def test_a_status_change_and_its_undo_and_redo(workspace: Workspace) -> None:
    first = delegated(workspace, "Answer support mail")
    second = delegated(workspace, "Book travel")
    workspace.followup.set_status({second.id: Status.HANDED_OVER})
    before = workspace.tasks.task(second.id)
    operation = ops.SetStatus(workspace.followup, {first.id: Status.DONE, second.id: Status.DONE})
    changes = operation.apply()
    assert changes.tasks == {first.id, second.id}
    assert {s.id: s.status for s in workspace.tasks.summaries()} == {
        first.id: Status.DONE,
        second.id: Status.DONE,
    }
    # Done work has no check-in planned.
    assert workspace.tasks.task(second.id).next_check_in is None
    operation.revert()
    assert workspace.tasks.task(first.id).status is Status.OPEN
    assert workspace.tasks.task(second.id) == before
    assert before.next_check_in is not None
    assert [c.status for c in workspace.followup.status_history([second.id])] == [
        Status.HANDED_OVER
    ]
    operation.apply()
    assert workspace.tasks.task(second.id).status is Status.DONE


def test_an_unknown_to_do_changes_nothing(workspace: Workspace) -> None:
    task = delegated(workspace, "Answer support mail")
    with pytest.raises(TaskNotFound):
        workspace.followup.set_status({task.id: Status.DONE, 999: Status.DONE})
    assert workspace.tasks.task(task.id).status is Status.OPEN
    assert workspace.followup.status_history([task.id]) == []


def test_completing_a_check_in_sets_the_next_and_undo_puts_it_back(
    workspace: Workspace,
) -> None:
    task = delegated(workspace, "Answer support mail")
    workspace.followup.set_status({task.id: Status.HANDED_OVER})
    workspace.followup.set_next_check_in(task.id, dt.date(2026, 12, 20))
    assert [d.task_id for d in workspace.followup.due_check_ins()] == [task.id]
    check_in = ops.CompleteCheckIn(workspace.followup, task.id, "  Went through the inbox. ")
    check_in.apply()
    after = workspace.tasks.task(task.id)
    assert (after.last_check_in, after.next_check_in) == (TODAY, dt.date(2027, 1, 31))
    (stored,) = workspace.followup.check_ins([task.id])
    assert (stored.done_on, stored.note) == (TODAY, "Went through the inbox.")
    assert workspace.followup.due_check_ins() == []
    check_in.revert()
    back = workspace.tasks.task(task.id)
    assert (back.last_check_in, back.next_check_in) == (None, dt.date(2026, 12, 20))
    assert workspace.followup.check_ins([task.id]) == []


def test_feedback_remembers_level_and_instructions_and_an_edit_is_one_step(
    workspace: Workspace,
) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    task = delegated(workspace, "Post the newsletter", anna)
    workspace.tasks.save(replace(workspace.tasks.task(task.id), level=DelegationLevel.RECOMMEND))
    original = workspace.tasks.task(task.id)
    feedback = Feedback(
        0,
        TODAY,
        2,
        went_well="The text was ready on time.",
        to_improve="Please check the links before sending.",
        task_id=task.id,
    )
    edited = replace(
        original, acceptance_criteria=(*original.acceptance_criteria, "Every link opens.")
    )
    operation = ops.LogFeedback(workspace.followup, feedback, workspace.tasks, edited)
    changes = operation.apply()
    assert changes.tasks == {task.id}
    assert changes.assistants == {anna.id}
    (stored,) = workspace.followup.feedback(task_ids=[task.id])
    assert (stored.rating, stored.level, stored.assistant_id) == (
        2,
        DelegationLevel.RECOMMEND,
        anna.id,
    )
    assert stored.task_title == "Post the newsletter"
    assert workspace.tasks.task(task.id).acceptance_criteria == ("Every link opens.",)
    assert workspace.followup.feedback(assistant_id=anna.id) == [stored]
    operation.revert()
    assert workspace.followup.feedback(task_ids=[task.id]) == []
    assert workspace.tasks.task(task.id).acceptance_criteria == ()
    operation.apply()
    assert len(workspace.followup.feedback(assistant_id=anna.id)) == 1


def test_feedback_needs_a_rating_from_one_to_five_and_a_subject(workspace: Workspace) -> None:
    task = delegated(workspace, "Post the newsletter")
    for rating in (0, 6):
        with pytest.raises(InvalidValue):
            workspace.followup.add_feedback(Feedback(0, TODAY, rating, task_id=task.id))
    with pytest.raises(InvalidValue):
        workspace.followup.add_feedback(Feedback(0, TODAY, 3))
    assert workspace.followup.feedback() == []


def test_a_review_is_kept_and_undone(workspace: Workspace) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna", trial_end=dt.date(2026, 12, 20)))
    review = Review(0, anna.id, TODAY, ReviewOutcome.ADJUST, "Answer within a day.")
    operation = ops.AddReview(workspace.followup, review)
    assert operation.apply().assistants == {anna.id}
    (stored,) = workspace.followup.reviews(anna.id)
    assert (stored.outcome, stored.adjustment) == (ReviewOutcome.ADJUST, "Answer within a day.")
    operation.revert()
    assert workspace.followup.reviews(anna.id) == []


def test_an_edit_after_the_handover_is_marked_and_shown_field_by_field(
    workspace: Workspace,
) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    task = delegated(workspace, "Post the newsletter", anna)
    assert workspace.followup.revision(task.id) is None
    export(workspace, anna)
    revision = workspace.followup.revision(task.id)
    assert revision is not None
    assert revision.fields == ()
    assert revision.handed_over == dt.datetime(
        2026, 12, 31, 10, 0, tzinfo=ZoneInfo("Europe/Berlin")
    )
    workspace.tasks.update(task.id, {"instructions": "As usual, by 10:00."})
    assert workspace.tasks.task(task.id).changed_since_handover
    assert [s.changed_since_handover for s in workspace.tasks.summaries()] == [True]
    revision = workspace.followup.revision(task.id)
    assert revision is not None
    (diff,) = revision.fields
    assert (diff.field, diff.before, diff.after) == (
        "instructions",
        "As usual.",
        "As usual, by 10:00.",
    )
    # Changing it back is no change; a private note is none either.
    workspace.tasks.update(task.id, {"instructions": "As usual.", "notes": "private"})
    assert not workspace.tasks.task(task.id).changed_since_handover
    workspace.tasks.rename(task.id, "Post the December newsletter")
    assert workspace.tasks.task(task.id).changed_since_handover


def test_the_first_screen_reads_what_the_whole_list_would_show(workspace: Workspace) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    due = delegated(workspace, "Answer support mail", anna)
    later = delegated(workspace, "Book travel", anna)
    finished = delegated(workspace, "Renew the domain", anna)
    workspace.tasks.add([NewTask("Call the bank")])
    export(workspace, anna)
    workspace.followup.set_next_check_in(due.id, TODAY)
    workspace.followup.set_status({finished.id: Status.DONE})
    whole = workspace.tasks.summaries()
    expected_counts = counts(whole, TODAY)
    assert expected_counts[View.CHECK_IN] == 1
    assert expected_counts[View.DONE] == 1
    for view in View:
        shown, view_counts = workspace.tasks.view_start(view)
        assert shown == shown_in(view, whole, TODAY), view
        assert view_counts == expected_counts, view
    assert later.id not in [t.id for t in workspace.tasks.view_start(View.CHECK_IN)[0]]


def test_a_to_do_and_the_snapshot_of_its_handover_have_the_same_digest() -> None:
    task = Task(
        7,
        "Post the newsletter",
        Decision.DELEGATE,
        notes="private",
        area="Marketing",
        instructions="By **Tuesday**.",
        steps=("Write", "Send"),
        acceptance_criteria=("Every link opens",),
        skills=("Mailchimp",),
        tools=("Mailchimp",),
        resources=(Resource(ResourceKind.LINK, "Guide", "https://example.org/guide"),),
        frequency=Frequency.MONTHLY,
        minutes_per_occurrence=90,
        due=dt.date(2028, 2, 29),
        lead_time_days=2,
        priority=Priority.HIGH,
        level=DelegationLevel.RECOMMEND,
        escalation_rule="Ask me before sending.",
    )
    for options in (BriefOptions(), BriefOptions(include_notes=True, language="de")):
        frozen = json.loads(snapshot(brief_task(task, options)))
        assert snapshot_digest(frozen) == revision_digest(task)
    assert snapshot_digest(frozen) != revision_digest(replace(task, steps=("Write",)))

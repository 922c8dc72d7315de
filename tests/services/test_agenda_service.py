"""The check-in agenda: what is due, what changed since the last check-in, the feedback
to give and the instructions changed since the last handover."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from delegator.domain.agenda import AgendaChange, AgendaDue
from delegator.domain.assistant import Assistant, FormOfAddress
from delegator.domain.brief import BriefOptions
from delegator.domain.clock import Clock
from delegator.domain.followup import Feedback, StatusSource
from delegator.domain.model import Decision, Status
from delegator.services.agenda_service import AGENDA_FORMATS, agenda_markdown, write_agenda
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace

BERLIN = ZoneInfo("Europe/Berlin")


class MovableClock(Clock):
    """A fixed clock the test moves on, day by day."""

    def __init__(self, local: dt.datetime) -> None:
        super().__init__(local.replace(tzinfo=BERLIN), BERLIN)
        self.moment = local.replace(tzinfo=BERLIN)

    def now(self) -> dt.datetime:
        return self.moment.astimezone(dt.UTC)

    def go(self, month: int, day: int, hour: int = 10) -> None:
        self.moment = dt.datetime(2026, month, day, hour, tzinfo=BERLIN)


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(dt.datetime(2026, 11, 23, 10))  # a Monday


@pytest.fixture
def workspace(tmp_path: Path, clock: MovableClock) -> Iterator[Workspace]:
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", clock)
    yield workspace
    workspace.close()


def delegate(workspace: Workspace, assistant: Assistant, *titles: str) -> list[int]:
    ids, _ = workspace.tasks.add([NewTask(title, Decision.DELEGATE) for title in titles])
    for task_id in ids:
        task = workspace.tasks.task(task_id)
        workspace.tasks.save(replace(task, assistant_id=assistant.id, instructions="As agreed."))
    return ids


def hand_over(workspace: Workspace, assistant: Assistant) -> None:
    brief = workspace.handover.build(assistant, BriefOptions())
    workspace.handover.record(brief, assistant.id, "md", "out", "digest")


def test_an_assistant_without_follow_up_has_an_agenda_of_empty_sections(
    workspace: Workspace,
) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    delegate(workspace, anna, "Pay the invoices")
    agenda = workspace.agenda.build(anna.id, "de")
    assert (agenda.assistant_name, agenda.language, agenda.since) == ("Anna", "de", None)
    assert agenda.made_at == dt.datetime(2026, 11, 23, 10, tzinfo=BERLIN)
    assert (agenda.due, agenda.status_changes, agenda.feedback, agenda.changed) == ((), (), (), ())


def test_the_agenda_says_du_to_an_assistant_the_briefs_say_du_to(workspace: Workspace) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna", german_address=FormOfAddress.DU))
    bert, _ = workspace.assistants.add(Assistant(0, "Bert", german_address=FormOfAddress.SIE))
    assert workspace.agenda.build(anna.id, "de").address is FormOfAddress.DU
    assert workspace.agenda.build(bert.id, "de").address is FormOfAddress.SIE


def test_each_section_holds_what_happened_since_the_last_check_in(
    workspace: Workspace, clock: MovableClock
) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    ben, _ = workspace.assistants.add(Assistant(0, "Ben"))
    pay, travel = delegate(workspace, anna, "Pay the invoices", "Book the travel")
    (receipts,) = delegate(workspace, ben, "Sort the receipts")
    hand_over(workspace, anna)  # 23 Nov: first check-ins on 30 Nov (weekly)
    hand_over(workspace, ben)
    clock.go(11, 28)
    workspace.followup.add_feedback(
        Feedback(0, clock.today(), 3, to_improve="Too late", task_id=pay)
    )
    clock.go(11, 30, 9)
    workspace.followup.set_status({travel: Status.IN_PROGRESS})  # the day of the check-in
    clock.go(11, 30, 11)
    workspace.followup.complete_check_in(pay, "Went through the list")  # next: 7 Dec
    clock.go(12, 2)
    workspace.followup.add_feedback(
        Feedback(0, clock.today(), 4, went_well="On time", keep_in_mind="Sum up", task_id=pay)
    )
    workspace.followup.add_feedback(Feedback(0, clock.today(), 5, task_id=receipts))
    workspace.followup.set_status({travel: Status.DONE}, StatusSource.IMPORT)
    workspace.followup.set_next_check_in(travel, dt.date(2026, 12, 10))
    task = workspace.tasks.task(pay)
    workspace.tasks.save(replace(task, instructions="Pay by the 5th.", steps=("Check",)))
    clock.go(12, 7)

    agenda = workspace.agenda.build(anna.id, "en")

    assert agenda.since == dt.date(2026, 11, 30)
    assert agenda.due == (
        AgendaDue(
            "Pay the invoices", dt.date(2026, 12, 7), dt.date(2026, 11, 30), Status.HANDED_OVER
        ),
    )
    # The handover (23 Nov) was before the check-in; the change on its day counts.
    assert [(c.title, c.status, c.source, c.changed_at.date()) for c in agenda.status_changes] == [
        ("Book the travel", Status.IN_PROGRESS, StatusSource.USER, dt.date(2026, 11, 30)),
        ("Book the travel", Status.DONE, StatusSource.IMPORT, dt.date(2026, 12, 2)),
    ]
    assert agenda.status_changes[0].changed_at.tzinfo is not None
    # Only Anna's feedback since the check-in (not the 28 Nov one, not Ben's).
    (feedback,) = agenda.feedback
    assert (feedback.task_title, feedback.rating, feedback.given_on) == (
        "Pay the invoices",
        4,
        dt.date(2026, 12, 2),
    )
    assert (feedback.went_well, feedback.keep_in_mind) == ("On time", "Sum up")
    assert agenda.changed == (AgendaChange("Pay the invoices", ("instructions", "steps")),)


def test_without_a_check_in_everything_so_far_is_listed(
    workspace: Workspace, clock: MovableClock
) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    (pay,) = delegate(workspace, anna, "Pay the invoices")
    hand_over(workspace, anna)
    workspace.followup.add_feedback(Feedback(0, clock.today(), 2, assistant_id=anna.id))
    clock.go(12, 1)
    agenda = workspace.agenda.build(anna.id, "en")
    assert agenda.since is None
    assert [(c.status, c.source) for c in agenda.status_changes] == [
        (Status.HANDED_OVER, StatusSource.EXPORT)
    ]
    assert [(f.task_title, f.rating) for f in agenda.feedback] == [("", 2)]
    assert [d.title for d in agenda.due] == ["Pay the invoices"]  # due since 30 Nov
    assert agenda.due[0].last_check_in is None
    assert agenda.changed == ()
    assert workspace.tasks.task(pay).status is Status.HANDED_OVER


def test_the_suggested_assistant_is_the_selected_to_dos_then_the_one_with_most_due(
    workspace: Workspace, clock: MovableClock
) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    ben, _ = workspace.assistants.add(Assistant(0, "Ben"))
    assert workspace.agenda.suggested_assistant([]) == anna.id  # nothing due: the first
    (pay,) = delegate(workspace, anna, "Pay the invoices")
    delegate(workspace, ben, "Sort the receipts", "File the letters")
    hand_over(workspace, ben)
    clock.go(12, 7)
    assert workspace.agenda.suggested_assistant([]) == ben.id
    assert workspace.agenda.suggested_assistant([pay]) == anna.id


def test_writing_never_replaces_a_file_unless_told(
    workspace: Workspace, tmp_path: Path, qapp: object
) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna Maria"))
    agenda = workspace.agenda.build(anna.id, "en")
    folder = tmp_path / "out"
    paths = write_agenda(agenda, AGENDA_FORMATS, folder, paper="A4")
    assert [p.name for p in paths] == [
        "check-in-agenda-anna-maria-2026-11-23.md",
        "check-in-agenda-anna-maria-2026-11-23.pdf",
    ]
    assert paths[1].read_bytes().startswith(b"%PDF")
    paths[0].write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError, match="anna-maria"):
        write_agenda(agenda, AGENDA_FORMATS, folder, paper="A4")
    assert paths[0].read_text(encoding="utf-8") == "mine"
    write_agenda(agenda, AGENDA_FORMATS[:1], folder, paper="A4", force=True)
    assert paths[0].read_text(encoding="utf-8") == agenda_markdown(agenda)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in paths)


def test_the_agenda_is_never_written_through_a_link(
    workspace: Workspace, tmp_path: Path, qapp: object
) -> None:
    from delegator.domain.errors import ExportProblem, ExportRefused

    anna, _ = workspace.assistants.add(Assistant(0, "Anna Maria"))
    agenda = workspace.agenda.build(anna.id, "en")
    precious = tmp_path / "precious.txt"
    precious.write_text("do not touch", encoding="utf-8")
    folder = tmp_path / "out"
    folder.mkdir()
    link = folder / "check-in-agenda-anna-maria-2026-11-23.pdf"
    link.symlink_to(precious)

    with pytest.raises(ExportRefused) as refused:
        write_agenda(agenda, AGENDA_FORMATS, folder, paper="A4", force=True)

    assert refused.value.problem is ExportProblem.LINK
    assert precious.read_text(encoding="utf-8") == "do not touch"
    assert [p.name for p in folder.iterdir()] == [link.name]  # not even the .md

"""The import service: format detection, the duplicate check, what is stored, and the
use case the window and the command line share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from delegator.domain.assistant import Assistant
from delegator.domain.errors import TaskNotFound
from delegator.domain.followup import StatusSource
from delegator.domain.imported import ImportedTask, ImportFormatError, ImportProblem
from delegator.domain.model import Decision, Frequency, Priority, Status
from delegator.exchange.csv_mapping import guess_column
from delegator.exchange.import_formats import FORMATS, ImportFormat, detect_format, format_ids
from delegator.services.import_service import (
    DONE,
    DUPLICATE,
    UNCHANGED,
    ImportReport,
    StatusUpdate,
)
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace
from tests.returned_files import hand_over, returned_csv, returned_ics


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups")
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("tasks.ics", "", ImportFormat.ICS),
        ("export.txt", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", ImportFormat.ICS),
        ("todoist.CSV", "TYPE,CONTENT\n", ImportFormat.CSV),
        ("notes.md", "Einkaufen\n", ImportFormat.MARKDOWN),
        ("notes.txt", "# Büro\n- [ ] Ablage\n", ImportFormat.MARKDOWN),
        ("todo.txt", "Einkaufen\n", ImportFormat.TODOTXT),
        ("liste.txt", "Einkaufen\n(A) Steuer +Finanzen\n", ImportFormat.TODOTXT),
        ("liste.txt", "Einkaufen\rAngebot due:2026-12-01\r", ImportFormat.TODOTXT),
        ("liste.txt", "Einkaufen\nBelege sortieren\n", ImportFormat.TEXT),
    ],
)
def test_the_format_comes_from_the_name_then_the_content(
    name: str, text: str, expected: ImportFormat
) -> None:
    assert detect_format(Path(name), text) is expected


def test_the_content_check_reads_the_start_of_a_long_file() -> None:
    plain = "".join(f"Aufgabe {n}\n" for n in range(1, 201))
    assert detect_format(Path("liste.txt"), plain + "(A) spät +Projekt\n") is ImportFormat.TEXT
    assert detect_format(Path("liste.txt"), "(A) früh +Projekt\n" + plain) is ImportFormat.TODOTXT


def test_duplicates_of_open_to_dos_and_within_the_file_start_unticked(
    workspace: Workspace,
) -> None:
    workspace.tasks.add([NewTask("Rechnungen  schreiben"), NewTask("Alt")])
    workspace.tasks.add([NewTask("Archiviert")])
    archived = [t.id for t in workspace.tasks.summaries() if t.title == "Archiviert"]
    workspace.tasks.set_archived(archived, True)
    rows = workspace.imports.preview(
        [
            ImportedTask("rechnungen schreiben", 1),
            ImportedTask("Neu", 2),
            ImportedTask("NEU", 3),
            ImportedTask("Archiviert", 4),
        ]
    )
    assert [row.duplicate for row in rows] == [True, False, True, False]


def test_every_imported_field_is_stored(workspace: Workspace) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna Keller"))
    imported = [
        ImportedTask(
            title="  Monatsabschluss   vorbereiten ",
            line=3,
            notes="t:2026-11-30",
            area="Finanzen",
            skills=("computer", "phone"),
            steps=("Belege sammeln", "An Steuerbüro senden"),
            acceptance_criteria=("Steuerbüro hat bestätigt",),
            instructions="Siehe Ordner **Belege**.",
            priority=Priority.HIGH,
            frequency=Frequency.MONTHLY,
            minutes_per_occurrence=90,
            due=dt.date(2026, 12, 1),
            assistant_name="anna keller",
        ),
        ImportedTask(title="Erledigt", line=4, done=True),
        ImportedTask(title="Nur ein Titel", line=5),
    ]
    ids, _ = workspace.tasks.add(workspace.imports.new_tasks(imported))
    first, done, bare = (workspace.tasks.task(task_id) for task_id in ids)
    assert first.title == "Monatsabschluss vorbereiten"
    assert (first.notes, first.area, first.instructions) == (
        "t:2026-11-30",
        "Finanzen",
        "Siehe Ordner **Belege**.",
    )
    assert first.skills == ("computer", "phone")
    assert first.steps == ("Belege sammeln", "An Steuerbüro senden")
    assert first.acceptance_criteria == ("Steuerbüro hat bestätigt",)
    assert (first.priority, first.frequency, first.minutes_per_occurrence) == (
        Priority.HIGH,
        Frequency.MONTHLY,
        90,
    )
    assert first.due == dt.date(2026, 12, 1)
    assert first.assistant_id == anna.id
    assert not first.archived
    assert done.archived
    assert done.title == "Erledigt"
    assert bare.steps == ()
    assert bare.priority is None
    assert bare.assistant_id is None
    assert [t.title for t in workspace.tasks.summaries() if not t.archived] == [
        "Monatsabschluss vorbereiten",
        "Nur ein Titel",
    ]


# --- the use case the window and the command line share --------------------------------


def test_importing_a_file_skips_finished_to_dos_and_likely_duplicates(
    workspace: Workspace, tmp_path: Path
) -> None:
    workspace.tasks.add([NewTask("Call the plumber")])
    path = tmp_path / "todo.txt"
    path.write_text("call the  PLUMBER\nRenew passport\nx Pay the rent\n", encoding="utf-8")

    report = workspace.imports.import_file(path)

    assert report == ImportReport(created=1, skipped=(("done", 1), (DUPLICATE, 1)))
    assert [t.title for t in workspace.tasks.summaries()] == ["Call the plumber", "Renew passport"]


def test_a_dry_run_reports_the_same_and_stores_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "list.md"
    path.write_text("- [ ] One\n- [x] Two\n- [ ] one\n", encoding="utf-8")

    report = workspace.imports.import_file(path, dry_run=True, include_done=True)

    assert report == ImportReport(created=2, skipped=((DUPLICATE, 1),))
    assert workspace.tasks.summaries() == []


def test_a_malformed_file_names_its_line_and_stores_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "todo.txt"
    path.write_text("Fine\nBroken due:2026-13-01\n", encoding="utf-8")

    with pytest.raises(ImportFormatError) as caught:
        workspace.imports.import_file(path)

    assert (caught.value.line, caught.value.problem) == (2, ImportProblem.BAD_DUE_DATE)
    assert caught.value.values == {"value": "2026-13-01"}
    assert workspace.tasks.summaries() == []


def test_a_csv_that_is_not_todoists_needs_a_mapping(workspace: Workspace) -> None:
    context = workspace.imports.context()
    text = "Aufgabe;Fällig\nAblage;20.05.2026\n"

    with pytest.raises(ImportFormatError) as caught:
        workspace.imports.plan(text, ImportFormat.CSV, context)

    assert caught.value.problem is ImportProblem.NEEDS_MAPPING
    assert workspace.imports.columns(text) == ["Aufgabe", "Fällig"]
    assert [guess_column(field, ["Aufgabe", "Fällig"]) for field in ("title", "due")] == [
        "Aufgabe",
        "Fällig",
    ]
    plan = workspace.imports.plan_mapped(text, {"title": "Aufgabe", "due": "Fällig"}, context)
    assert [(row.task.title, row.task.due) for row in plan.rows] == [
        ("Ablage", dt.date(2026, 5, 20))
    ]


def test_the_plan_is_checked_against_the_context_read_beforehand(workspace: Workspace) -> None:
    context = workspace.imports.context()
    workspace.tasks.add([NewTask("Added since")])  # not in the context: no duplicate

    plan = workspace.imports.plan("Added since\nAdded since\n", ImportFormat.TEXT, context)

    assert [row.duplicate for row in plan.rows] == [False, True]
    assert [t.title for t in plan.chosen()] == ["Added since"]
    assert plan.skipped_with_duplicates() == ((DUPLICATE, 1),)


def test_storing_is_one_step_that_undoes(workspace: Workspace) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna Keller"))
    context = workspace.imports.context()
    tasks = [ImportedTask("One", 1, assistant_name="ANNA KELLER"), ImportedTask("Two", 2)]

    operation, _changes = workspace.imports.store(tasks, context)

    assert [workspace.tasks.task(i).assistant_id for i in operation.ids] == [anna.id, None]
    operation.revert()
    assert workspace.tasks.summaries() == []


def test_every_format_is_listed_once_in_the_order_of_the_command_line() -> None:
    assert format_ids() == ["text", "todotxt", "csv", "ics", "markdown"]
    assert {spec.format for spec in FORMATS} == set(ImportFormat)
    assert {spec.format for spec in FORMATS if spec.marks_finished} == {
        ImportFormat.TODOTXT,
        ImportFormat.ICS,
        ImportFormat.MARKDOWN,
    }


# --- status back from the assistant ---------------------------------------------------


def statuses(workspace: Workspace) -> dict[str, Status]:
    return {t.title: t.status for t in workspace.tasks.summaries()}


def test_a_returned_tasks_ics_changes_exactly_the_statuses_it_marks(
    workspace: Workspace, tmp_path: Path
) -> None:
    ids = hand_over(workspace, tmp_path / "package")
    returned = tmp_path / "tasks.ics"
    returned.write_bytes(
        returned_ics(
            (tmp_path / "package" / "tasks.ics").read_bytes(),
            {
                "Post the newsletter": {"STATUS": "COMPLETED"},
                "Book the venue": {"PERCENT-COMPLETE": "100"},
                "Answer the studio inbox": {"STATUS": "IN-PROCESS"},
            },
        )
    )

    report = workspace.imports.import_file(returned)

    assert report.created == 0
    assert [(u.task_id, u.title, u.before, u.after) for u in report.updates] == [
        (ids[0], "Post the newsletter", Status.HANDED_OVER, Status.DONE),
        (ids[1], "Book the venue", Status.HANDED_OVER, Status.DONE),
        (ids[2], "Answer the studio inbox", Status.HANDED_OVER, Status.IN_PROGRESS),
    ]
    assert report.skipped == ((UNCHANGED, 1),)
    assert statuses(workspace) == {
        "Post the newsletter": Status.DONE,
        "Book the venue": Status.DONE,
        "Answer the studio inbox": Status.IN_PROGRESS,
        "File receipts": Status.HANDED_OVER,
    }
    history = workspace.followup.status_history([ids[0]])
    assert [(c.status, c.source) for c in history][-1] == (Status.DONE, StatusSource.IMPORT)
    # The same file again changes nothing and creates nothing.
    again = workspace.imports.import_file(returned)
    assert (again.created, again.updates, again.skipped) == (0, (), ((UNCHANGED, 4),))


def test_the_same_file_in_another_data_file_brings_new_to_dos(
    workspace: Workspace, tmp_path: Path
) -> None:
    hand_over(workspace, tmp_path / "package")
    returned = tmp_path / "tasks.ics"
    returned.write_bytes(
        returned_ics(
            (tmp_path / "package" / "tasks.ics").read_bytes(),
            {"Post the newsletter": {"STATUS": "COMPLETED"}},
        )
    )
    other = Workspace(tmp_path / "other" / "delegator.sqlite3", tmp_path / "other" / "backups")
    try:
        report = other.imports.import_file(returned)
        assert (report.created, report.updates) == (3, ())
        assert dict(report.skipped) == {DONE: 1}  # finished, and not this plan's
        assert sorted(statuses(other)) == [
            "Answer the studio inbox",
            "Book the venue",
            "File receipts",
        ]
        assert set(statuses(other).values()) == {Status.OPEN}
    finally:
        other.close()


def test_a_file_exported_before_with_the_old_uids_is_recognised(
    workspace: Workspace, tmp_path: Path
) -> None:
    ids = hand_over(workspace, tmp_path / "package", ["Post the newsletter"])
    old = (tmp_path / "package" / "tasks.ics").read_bytes()
    old = old.replace(f"-{workspace.followup.plan_uid()}@".encode(), b"@")
    assert f"UID:task-{ids[0]}@delegator.local".encode() in old
    returned = tmp_path / "tasks.ics"
    returned.write_bytes(returned_ics(old, {"Post the newsletter": {"STATUS": "COMPLETED"}}))

    report = workspace.imports.import_file(returned)

    assert (report.created, [u.after for u in report.updates]) == (0, [Status.DONE])
    # An old-form id that no to-do has here is an ordinary new to-do (here: a likely
    # duplicate of the one of the same title).
    returned.write_bytes(old.replace(f"task-{ids[0]}@".encode(), b"task-999@"))
    report = workspace.imports.import_file(returned, dry_run=True)
    assert (report.updates, report.skipped) == ((), ((DUPLICATE, 1),))


def test_only_refs_of_handed_over_to_dos_of_this_plan_change_a_status(
    workspace: Workspace, tmp_path: Path
) -> None:
    ids = hand_over(workspace, tmp_path / "package", ["Post the newsletter"])
    (kept,), _ = workspace.tasks.add([NewTask("Design the logo", Decision.KEEP)])
    exported = (tmp_path / "package" / "tasks.ics").read_bytes()
    plan = workspace.followup.plan_uid()
    returned = tmp_path / "tasks.ics"
    # Another client's task with the same number, in the old form: not ours.
    foreign = exported.replace(f"-{plan}@".encode(), b"@").replace(
        b"SUMMARY:Post the newsletter", b"SUMMARY:Book the venue for the gala"
    )
    returned.write_bytes(
        returned_ics(foreign, {"Book the venue for the gala": {"STATUS": "COMPLETED"}})
    )
    report = workspace.imports.import_file(returned, dry_run=True)
    assert (report.created, report.updates) == (0, ())
    assert dict(report.skipped) == {DONE: 1}
    # This plan's ref of a to-do never handed over (a kept one) changes nothing either.
    crafted = exported.replace(f"task-{ids[0]}-".encode(), f"task-{kept}-".encode())
    returned.write_bytes(returned_ics(crafted, {"Post the newsletter": {"STATUS": "COMPLETED"}}))
    report = workspace.imports.import_file(returned, dry_run=True)
    assert report.updates == ()
    assert statuses(workspace)["Design the logo"] is Status.OPEN


def test_an_older_copy_does_not_reopen_work_done_here(workspace: Workspace, tmp_path: Path) -> None:
    (task_id,) = hand_over(workspace, tmp_path / "package", ["Post the newsletter"])
    workspace.followup.set_status({task_id: Status.DONE})
    returned = tmp_path / "tasks.ics"
    returned.write_bytes(
        returned_ics(
            (tmp_path / "package" / "tasks.ics").read_bytes(),
            {"Post the newsletter": {"STATUS": "IN-PROCESS"}},
        )
    )
    report = workspace.imports.import_file(returned)
    assert (report.updates, report.skipped) == ((), ((UNCHANGED, 1),))
    assert statuses(workspace)["Post the newsletter"] is Status.DONE


def test_a_returned_tasks_csv_with_a_status_column(workspace: Workspace, tmp_path: Path) -> None:
    ids = hand_over(workspace, tmp_path / "package")
    returned = tmp_path / "tasks.csv"
    returned.write_bytes(
        returned_csv(
            (tmp_path / "package" / "tasks.csv").read_bytes(),
            {"Book the venue": "done", "File receipts": "in progress"},
        )
    )

    report = workspace.imports.import_file(returned, dry_run=True)

    assert [(u.task_id, u.after) for u in report.updates] == [
        (ids[1], Status.DONE),
        (ids[3], Status.IN_PROGRESS),
    ]
    assert report.created == 0
    assert set(statuses(workspace).values()) == {Status.HANDED_OVER}  # a dry run


def test_new_to_dos_and_status_updates_are_stored_all_or_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    ids = hand_over(workspace, tmp_path / "package", ["Post the newsletter", "Book the venue"])
    context = workspace.imports.context()
    updates = [
        StatusUpdate(ids[0], "Post the newsletter", Status.HANDED_OVER, Status.DONE, 1),
        StatusUpdate(ids[1], "Book the venue", Status.HANDED_OVER, Status.DONE, 2),
    ]
    workspace.tasks.remove([ids[1]])  # gone since the file was read

    with pytest.raises(TaskNotFound):
        workspace.imports.store([ImportedTask("Order paper", 3)], context, updates)

    assert statuses(workspace) == {"Post the newsletter": Status.HANDED_OVER}


def test_storing_new_to_dos_and_status_updates_is_one_undo_step(
    workspace: Workspace, tmp_path: Path
) -> None:
    ids = hand_over(workspace, tmp_path / "package", ["Post the newsletter"])
    context = workspace.imports.context()
    update = StatusUpdate(ids[0], "Post the newsletter", Status.HANDED_OVER, Status.DONE, 1)

    operation, changes = workspace.imports.store(
        [ImportedTask("Order paper", 2)], context, [update]
    )

    assert changes.tasks == {ids[0], *operation.ids}
    assert statuses(workspace) == {"Post the newsletter": Status.DONE, "Order paper": Status.OPEN}
    operation.revert()
    assert statuses(workspace) == {"Post the newsletter": Status.HANDED_OVER}
    operation.apply()
    assert statuses(workspace) == {"Post the newsletter": Status.DONE, "Order paper": Status.OPEN}

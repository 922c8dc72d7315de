"""The import service: format detection, the duplicate check, and what is stored."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from delegator.domain.assistant import Assistant
from delegator.domain.imported import ImportedTask
from delegator.domain.model import Frequency, Priority
from delegator.exchange.import_formats import ImportFormat, detect_format
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace


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
    assert first.assistant_id == anna.id and not first.archived
    assert done.archived and done.title == "Erledigt"
    assert bare.steps == () and bare.priority is None and bare.assistant_id is None
    assert [t.title for t in workspace.tasks.summaries() if not t.archived] == [
        "Monatsabschluss vorbereiten",
        "Nur ein Titel",
    ]

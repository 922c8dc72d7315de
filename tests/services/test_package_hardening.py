"""A handover package never writes outside its folder, never half, never through a
link, and gives every attachment its own name (issue 14)."""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from delegator.domain.assistant import Assistant
from delegator.domain.brief import BriefFormat, BriefOptions
from delegator.domain.errors import ExportProblem, ExportRefused, StorageUnavailable
from delegator.domain.model import Decision
from delegator.services.handover_package import in_the_way, write_package
from delegator.services.staged_folder import StagedFolder
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace

FORMATS = [BriefFormat.MARKDOWN, BriefFormat.ICS, BriefFormat.CSV, BriefFormat.ZIP]


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace(tmp_path / "data" / "delegator.sqlite3", tmp_path / "data" / "backups")
    workspace.assistants.add(Assistant(0, "Anna Keller"))
    yield workspace
    workspace.close()


def delegate(workspace: Workspace, title: str, *files: Path) -> None:
    anna = workspace.handover.assistant_named("Anna Keller")
    (task_id,), _ = workspace.tasks.add([NewTask(title, Decision.DELEGATE)])
    task = workspace.tasks.task(task_id)
    resources = tuple(workspace.tasks.attach(path) for path in files)
    workspace.tasks.save(replace(task, assistant_id=anna.id, resources=resources))


def a_file(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text)
    return path


def export(workspace: Workspace, out: Path, *, force: bool = False) -> list[Path]:
    brief = workspace.handover.build(
        workspace.handover.assistant_named("Anna Keller"), BriefOptions()
    )
    return write_package(brief, FORMATS, out, workspace.attachments_dir, force=force)[0]


def lose_attachment(workspace: Workspace, name: str) -> None:
    """Delete the stored copy of an attachment from the data folder."""
    for stored in workspace.attachments_dir.rglob(name):
        stored.unlink()


def export_then_take_the_attachment_off(workspace: Workspace, out: Path) -> None:
    """Export "Quartal 1" with report.pdf into *out*, then take the file off the to-do."""
    delegate(workspace, "Quartal 1", a_file(out.parent / "q1", "report.pdf", "old report"))
    export(workspace, out)
    task = next(t for t in workspace.tasks.tasks() if t.title == "Quartal 1")
    workspace.tasks.save(replace(task, resources=()))


def entries(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A file elsewhere that a link in the output folder points to."""
    return a_file(tmp_path / "elsewhere", "precious.txt", "do not touch")


@pytest.mark.parametrize("name", ["brief.md", "tasks.ics", "manifest.json", ".brief.md.part"])
@pytest.mark.parametrize("force", [False, True])
def test_a_link_in_the_folder_is_never_written_through(
    workspace: Workspace, tmp_path: Path, outside: Path, name: str, force: bool
) -> None:
    delegate(workspace, "Rechnungen schreiben")
    out = tmp_path / "out"
    out.mkdir()
    (out / name).symlink_to(outside)

    if name.endswith(".part"):  # no longer a name the export writes: it is left alone
        export(workspace, out, force=force)
        assert (out / name).is_symlink()
    else:
        with pytest.raises(ExportRefused) as refused:
            export(workspace, out, force=force)
        assert refused.value.problem is ExportProblem.LINK
        assert refused.value.path == out / name
        assert entries(out) == [name]
    assert outside.read_text() == "do not touch"


@pytest.mark.parametrize("force", [False, True])
def test_an_attachments_folder_that_is_a_link_is_refused(
    workspace: Workspace, tmp_path: Path, force: bool
) -> None:
    delegate(workspace, "Rechnungen schreiben", a_file(tmp_path / "src", "report.pdf", "A"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "attachments").symlink_to(elsewhere, target_is_directory=True)

    with pytest.raises(ExportRefused) as refused:
        export(workspace, out, force=force)

    assert refused.value.problem is ExportProblem.LINK
    assert refused.value.path == out / "attachments"
    assert list(elsewhere.iterdir()) == []
    assert entries(out) == ["attachments"]


def test_a_link_put_in_place_while_the_package_is_written_is_not_followed(
    tmp_path: Path,
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    with StagedFolder(out, ["brief.md", "attachments/report.pdf"], force=False) as stage:
        stage.write("brief.md", b"brief")
        stage.write("attachments/report.pdf", b"report")
        (out / "attachments").symlink_to(elsewhere, target_is_directory=True)
        with pytest.raises(ExportRefused):
            stage.commit()
    assert list(elsewhere.iterdir()) == []
    assert entries(out) == ["attachments"]  # only the link; the brief was taken back


def test_two_attachments_of_the_same_name_both_arrive_and_each_brief_entry_finds_its_own(
    workspace: Workspace, tmp_path: Path
) -> None:
    delegate(workspace, "Quartal 1", a_file(tmp_path / "q1", "report.pdf", "first quarter"))
    delegate(workspace, "Quartal 2", a_file(tmp_path / "q2", "report.pdf", "second quarter"))
    out = tmp_path / "out"

    export(workspace, out)

    assert (out / "attachments" / "report.pdf").read_text() == "first quarter"
    assert (out / "attachments" / "report (2).pdf").read_text() == "second quarter"
    brief = (out / "brief.md").read_text()
    first, second = brief.index("## 1. Quartal 1"), brief.index("## 2. Quartal 2")
    assert "attachments/report.pdf" in brief[first:second]
    assert "attachments/report (2).pdf" in brief[second:]
    manifest = json.loads((out / "manifest.json").read_text())
    assert {"attachments/report.pdf", "attachments/report (2).pdf"} <= set(manifest["files"])
    [archive] = out.glob("*.zip")
    with zipfile.ZipFile(archive) as bundle:
        members = bundle.namelist()
        assert len(members) == len(set(members))
        assert bundle.read("attachments/report (2).pdf") == b"second quarter"


def test_an_existing_attachment_is_not_overwritten_without_force(
    workspace: Workspace, tmp_path: Path
) -> None:
    delegate(workspace, "Quartal 1", a_file(tmp_path / "q1", "report.pdf", "new"))
    out = tmp_path / "out"
    a_file(out / "attachments", "report.pdf", "the assistant's copy")
    brief = workspace.handover.build(
        workspace.handover.assistant_named("Anna Keller"), BriefOptions()
    )
    assert in_the_way(brief, FORMATS, out) == [out / "attachments" / "report.pdf"]

    with pytest.raises(FileExistsError, match=r"report\.pdf"):
        export(workspace, out)

    assert entries(out) == ["attachments", "attachments/report.pdf"]
    assert (out / "attachments" / "report.pdf").read_text() == "the assistant's copy"


def test_a_missing_attachment_stops_the_export_before_anything_is_written(
    workspace: Workspace, tmp_path: Path
) -> None:
    delegate(workspace, "Quartal 1", a_file(tmp_path / "q1", "report.pdf", "gone soon"))
    lose_attachment(workspace, "report.pdf")
    out = tmp_path / "out"

    with pytest.raises(ExportRefused) as refused:
        export(workspace, out)

    assert refused.value.problem is ExportProblem.ATTACHMENT_MISSING
    assert refused.value.task == "Quartal 1"
    assert refused.value.attachment == "report.pdf"
    assert entries(out) == []


def test_long_names_from_user_text_are_cut_and_every_later_export_still_works(
    workspace: Workspace, tmp_path: Path
) -> None:
    workspace.assistants.add(Assistant(0, "Sehr " * 60 + "lange Assistenz"))
    long_file = a_file(tmp_path / "src", "b" * 246 + ".pdf", "long")
    delegate(workspace, "Lang", long_file)
    out = tmp_path / "out"

    written = export(workspace, out)
    export(workspace, out, force=True)

    assert all(len(path.name.encode()) <= 120 for path in written)
    [attachment] = (out / "attachments").iterdir()
    assert attachment.name.endswith(".pdf")
    assert attachment.read_text() == "long"
    brief = workspace.handover.build(
        workspace.handover.assistant_named("Sehr " * 60 + "lange Assistenz"), BriefOptions()
    )
    write_package(brief, FORMATS, tmp_path / "other", workspace.attachments_dir)
    assert all(len(p.name) <= 80 for p in (tmp_path / "other").glob("*.zip"))


def test_zip_members_hold_no_separator_of_another_system(
    workspace: Workspace, tmp_path: Path
) -> None:
    delegate(workspace, "Böse", a_file(tmp_path / "src", "..\\..\\evil.bat", "echo"))
    out = tmp_path / "out"

    export(workspace, out)

    [archive] = out.glob("*.zip")
    with zipfile.ZipFile(archive) as bundle:
        members = bundle.namelist()
    assert "attachments/evil.bat" in members
    assert not any("\\" in m or ".." in m.split("/") for m in members)
    assert "attachments/evil.bat" in (out / "brief.md").read_text()


def test_a_failure_while_moving_in_puts_back_what_was_there(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    delegate(workspace, "Rechnungen schreiben")
    out = tmp_path / "out"
    a_file(out, "brief.md", "mine")
    a_file(out, "tasks.csv", "my csv")
    real_replace = os.replace
    calls = []

    def failing_replace(*args: object, **kwargs: object) -> None:
        calls.append(args)
        if len(calls) == 5:  # brief.md and tasks.ics are in, tasks.csv is on its way
            raise OSError(28, "No space left on device")
        real_replace(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", failing_replace)

    with pytest.raises(StorageUnavailable):
        export(workspace, out, force=True)

    assert entries(out) == ["brief.md", "tasks.csv"]
    assert (out / "brief.md").read_text() == "mine"
    assert (out / "tasks.csv").read_text() == "my csv"


def test_a_cancelled_export_leaves_the_folder_as_it_was(
    workspace: Workspace, tmp_path: Path
) -> None:
    from delegator.services.handover_package import ExportCancelled

    delegate(workspace, "Rechnungen schreiben")
    out = tmp_path / "out"
    brief = workspace.handover.build(
        workspace.handover.assistant_named("Anna Keller"), BriefOptions()
    )
    reports: list[int] = []

    def progress(done: int, total: int) -> bool:
        reports.append(done)
        return done < 2  # cancel after the first two files are rendered

    with pytest.raises(ExportCancelled):
        write_package(brief, FORMATS, out, workspace.attachments_dir, progress=progress)

    assert entries(out) == []


@pytest.mark.parametrize("where", ["file", "below a file", "dangling link"])
def test_an_output_folder_that_cannot_be_one_is_refused_in_words(
    workspace: Workspace, tmp_path: Path, where: str
) -> None:
    delegate(workspace, "Rechnungen schreiben", a_file(tmp_path / "src", "report.pdf", "A"))
    blocker = tmp_path / "blocker"
    if where == "dangling link":
        blocker.symlink_to(tmp_path / "nowhere")
    else:
        blocker.write_text("a file")
    out = blocker / "sub" if where == "below a file" else blocker

    with pytest.raises(ExportRefused) as refused:
        export(workspace, out, force=True)

    expected = ExportProblem.LINK if where == "dangling link" else ExportProblem.NOT_A_FOLDER
    assert refused.value.problem is expected
    assert refused.value.path == blocker
    assert not (tmp_path / "nowhere").exists()


def test_a_failed_export_removes_the_folders_it_made(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    delegate(workspace, "Quartal 1", a_file(tmp_path / "q1", "report.pdf", "report"))
    out = tmp_path / "new" / "a" / "b"

    def full_disk(self: StagedFolder, name: str, source: Path) -> str:
        assert (out / ".." / "..").resolve().exists()  # made while the package was written
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(StagedFolder, "copy_in", full_disk)

    with pytest.raises(StorageUnavailable):
        export(workspace, out)

    assert not (tmp_path / "new").exists()


def test_a_missing_attachment_is_found_before_any_folder_is_made(
    workspace: Workspace, tmp_path: Path
) -> None:
    delegate(workspace, "Quartal 1", a_file(tmp_path / "q1", "report.pdf", "gone soon"))
    lose_attachment(workspace, "report.pdf")

    with pytest.raises(ExportRefused):
        export(workspace, tmp_path / "new" / "a" / "b")

    assert not (tmp_path / "new").exists()


def test_replacing_a_package_removes_the_attachments_it_no_longer_holds(
    workspace: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    export_then_take_the_attachment_off(workspace, out)
    a_file(out / "attachments", "mine.txt", "the user's own file")

    export(workspace, out, force=True)

    assert entries(out / "attachments") == ["mine.txt"]  # the old report went, hers stayed


def test_an_earlier_attachment_changed_since_is_kept(workspace: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export_then_take_the_attachment_off(workspace, out)
    (out / "attachments" / "report.pdf").write_text("edited by the assistant")

    export(workspace, out, force=True)

    assert (out / "attachments" / "report.pdf").read_text() == "edited by the assistant"


def test_what_a_killed_export_left_is_removed_by_the_next(
    workspace: Workspace, tmp_path: Path
) -> None:
    delegate(workspace, "Rechnungen schreiben")
    out = tmp_path / "out"
    out.mkdir()
    dead_pid = _a_pid_not_running()
    left = out / f".delegator-export-{dead_pid}-abcd"
    a_file(left, "brief.md", "half a brief")
    interrupted = out / f".delegator-export-{dead_pid}-efgh"
    a_file(interrupted / ".replaced", "0", "the brief it had replaced")

    export(workspace, out)

    assert not left.exists()
    assert (interrupted / ".replaced" / "0").read_text() == "the brief it had replaced"
    assert not [p for p in out.iterdir() if p.name.startswith(".") and p != interrupted]


def _a_pid_not_running() -> int:
    pid = 4_000_000
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except OSError:
            pass
        pid -= 1


@pytest.mark.skipif(os.name != "posix", reason="folder handles are a POSIX feature")
def test_on_posix_the_moves_go_through_folder_handles() -> None:
    from delegator.services import staged_folder

    assert staged_folder._DIR_FDS  # else a link put in place meanwhile would be followed

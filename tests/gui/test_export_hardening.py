"""File → Export Handover… with a hostile or messy folder: links are never written
through, two attachments of one name both arrive, and a failure leaves nothing half
written (issue 14). Driven as a user: the menu action, the folder field, the button."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant
from delegator.domain.brief import BriefFormat
from delegator.domain.model import Decision
from delegator.gui.export_dialog import ExportDialog
from delegator.gui.main_window import MainWindow
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace

pytestmark = pytest.mark.usefixtures("asked")  # a question never blocks a test


def with_anna(window: MainWindow) -> Workspace:
    """The window's plan, with the assistant Anna Keller."""
    window._workspace.assistants.add(Assistant(0, "Anna Keller"))
    return window._workspace


def delegate(workspace: Workspace, title: str, *files: Path) -> None:
    anna = next(a for a in workspace.assistants.assistants() if a.name == "Anna Keller")
    (task_id,), _ = workspace.tasks.add([NewTask(title, Decision.DELEGATE)])
    resources = tuple(workspace.tasks.attach(path) for path in files)
    task = workspace.tasks.task(task_id)
    workspace.tasks.save(replace(task, assistant_id=anna.id, resources=resources))


def a_file(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text)
    return folder / name


def export_dialog(window: MainWindow, qtbot: QtBot, folder: Path) -> ExportDialog:
    """Open File → Export Handover…, type *folder*, tick Markdown, CSV and zip."""
    window.named_actions["export"].trigger()
    dialog = window.dialogs.current
    assert isinstance(dialog, ExportDialog)
    dialog.folder.clear()
    qtbot.keyClicks(dialog.folder, str(folder))
    for fmt, box in dialog.format_boxes.items():
        box.setChecked(fmt in {BriefFormat.MARKDOWN, BriefFormat.CSV, BriefFormat.ZIP})
    return dialog


def click_export(dialog: ExportDialog, qtbot: QtBot, *, succeeds: bool) -> None:
    signal = dialog.export_finished if succeeds else dialog.export_failed
    with qtbot.waitSignal(signal, timeout=20000):
        dialog.export_button.click()


def test_a_link_named_like_the_brief_is_refused_and_its_target_untouched(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, asked: list[str]
) -> None:
    workspace = with_anna(window)
    delegate(workspace, "Rechnungen schreiben")
    precious = a_file(tmp_path / "elsewhere", "precious.txt", "do not touch")
    out = tmp_path / "out"
    out.mkdir()
    (out / "brief.md").symlink_to(precious)

    dialog = export_dialog(window, qtbot, out)
    click_export(dialog, qtbot, succeeds=False)

    assert asked == []  # not offered to be replaced: refused at once
    assert precious.read_text() == "do not touch"
    assert sorted(p.name for p in out.iterdir()) == ["brief.md"]
    status = dialog.status.text()
    assert str(out / "brief.md") in status
    assert "symbolic link" in status
    assert "Nothing was exported" in status
    assert not workspace.handover.build(None, dialog._options()).changes  # nothing recorded
    dialog.reject()


def test_two_attachments_named_alike_both_arrive(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    workspace = with_anna(window)
    delegate(workspace, "Quartal 1", a_file(tmp_path / "q1", "report.pdf", "first"))
    delegate(workspace, "Quartal 2", a_file(tmp_path / "q2", "report.pdf", "second"))
    out = tmp_path / "out"

    dialog = export_dialog(window, qtbot, out)
    click_export(dialog, qtbot, succeeds=True)

    attachments = {p.name: p.read_text() for p in (out / "attachments").iterdir()}
    assert attachments == {"report.pdf": "first", "report (2).pdf": "second"}
    assert "Exported" in dialog.status.text()
    dialog.reject()


def test_a_missing_attachment_leaves_the_folder_empty_and_says_which(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    workspace = with_anna(window)
    delegate(workspace, "Quartal 1", a_file(tmp_path / "q1", "report.pdf", "first"))
    for stored in workspace.attachments_dir.rglob("report.pdf"):
        stored.unlink()
    out = tmp_path / "out"

    dialog = export_dialog(window, qtbot, out)
    click_export(dialog, qtbot, succeeds=False)

    assert not out.exists()  # not even the folder it made
    status = dialog.status.text()
    assert status.startswith("The attachment “report.pdf” of “Quartal 1” is missing")
    assert "Nothing was exported" in status
    dialog.reject()


def test_a_folder_below_a_file_is_refused_in_words_not_a_crash(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    workspace = with_anna(window)
    delegate(workspace, "Quartal 1", a_file(tmp_path / "q1", "report.pdf", "first"))
    blocker = a_file(tmp_path, "notes.txt", "a file")

    dialog = export_dialog(window, qtbot, blocker / "sub")
    click_export(dialog, qtbot, succeeds=False)

    assert dialog.status.text() == (
        f"{blocker} is a file where the export puts a folder. Nothing was exported. "
        "Move it away or choose another folder."
    )
    assert blocker.read_text() == "a file"
    dialog.reject()


def test_the_same_secret_in_many_to_dos_names_each_in_one_short_question(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, asked: list[str]
) -> None:
    workspace = with_anna(window)
    titles = [f"Aufgabe {n:02}" for n in range(1, 16)]
    for title in titles:
        delegate(workspace, title)
    for task in workspace.tasks.tasks():
        workspace.tasks.save(replace(task, instructions="Login: anna / Sommer2024!"))

    dialog = export_dialog(window, qtbot, tmp_path / "out")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    qtbot.waitUntil(lambda: not dialog.is_exporting(), timeout=5000)

    [question] = asked
    assert [line for line in question.splitlines() if line.startswith("•")] == [
        f"• “{title}”: Instructions" for title in titles[:11]
    ]
    assert "… and 4 more items" in question
    assert dialog.status.text().startswith("Nothing was exported. Remove the secrets")
    assert dialog.focusWidget() is dialog.export_button  # not lost while it was busy
    assert dialog.width() <= dialog.screen().availableGeometry().width()
    assert dialog.height() <= dialog.screen().availableGeometry().height()
    dialog.reject()

"""File → Export Whole Plan and File → Open Plan Archive, as a user moves a plan to a
new computer: the archive written off the window's thread, its preview, the plan opened
as one undo step with its attachments, a tampered archive refused."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant
from delegator.domain.model import Decision
from delegator.domain.views import View
from delegator.gui.backup_words import BackupWords
from delegator.gui.main_window import MainWindow
from delegator.gui.plan_archive_dialogs import ArchivePreviewDialog, ArchiveWriteDialog
from delegator.services.workspace import Workspace

from .conftest import CLOCK, seed, visible_titles

LETTER = b"Dear bank,\nplease move the standing order.\n\x00\xff"
OpenIn = Callable[[Path], MainWindow]


@pytest.fixture
def open_in(qtbot: QtBot) -> Iterator[OpenIn]:
    """Opens a window on the data folder it is given (a computer of its own)."""
    opened: list[tuple[MainWindow, Workspace]] = []

    def _open(folder: Path) -> MainWindow:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "settings.ini").write_text("[intro]\nshown=true\n")
        workspace = Workspace(folder / "delegator.sqlite3", folder / "backups", CLOCK)
        window = MainWindow(workspace, folder / "settings.ini")
        qtbot.addWidget(window)
        with qtbot.waitActive(window), qtbot.waitSignal(window.started):
            window.show()
            window.activateWindow()
        opened.append((window, workspace))
        return window

    yield _open
    for window, workspace in opened:
        window.auto_backup.stop()
        workspace.close()


def _answer_file_dialog(
    monkeypatch: pytest.MonkeyPatch, function: str, path: Path
) -> list[tuple[object, ...]]:
    """The file dialog *function* answers *path*; returns what it was asked."""
    asked: list[tuple[object, ...]] = []

    def answer(*args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, function, answer)
    return asked


def _export(window: MainWindow, qtbot: QtBot, target: Path) -> ArchiveWriteDialog:
    window.named_actions["export_whole_plan"].trigger()
    dialog = window.dialogs.current
    assert isinstance(dialog, ArchiveWriteDialog)
    qtbot.waitUntil(lambda: not dialog.runner.is_busy())
    return dialog


def _preview(window: MainWindow, qtbot: QtBot) -> ArchivePreviewDialog:
    window.named_actions["open_plan_archive"].trigger()
    dialog = window.dialogs.current
    assert isinstance(dialog, ArchivePreviewDialog)
    qtbot.waitUntil(lambda: not dialog.runner.is_busy())
    return dialog


def _activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _tamper(archive: Path, tampered: Path) -> None:
    """A copy of *archive* whose attachment was changed after the manifest was made."""
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(tampered, "w") as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename.startswith("attachments/"):
                data = data.replace(b"standing", b"STANDING")
            target.writestr(entry, data)


def test_moving_a_plan_with_its_attachment_to_a_new_data_folder(
    open_in: OpenIn, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The old computer: to-dos, an assistant and an attached file.
    old = open_in(tmp_path / "A")
    (call,) = seed(old, "Call the bank", decision=Decision.DELEGATE)
    seed(old, "Book the flight", "Renew the passport")
    old.workspace.assistants.add(Assistant(0, "Anna"))
    letter = tmp_path / "letter.txt"
    letter.write_bytes(LETTER)
    resource = old.workspace.tasks.attach(letter)
    old.apply_changes(old.workspace.tasks.update(call, {"resources": (resource,)}))

    archive = tmp_path / "usb stick" / "moving.zip"
    asked = _answer_file_dialog(monkeypatch, "getSaveFileName", archive)
    written = _export(old, qtbot, archive)
    qtbot.waitUntil(lambda: not written.isVisible())
    (_parent, _title, proposed, _filter) = asked[0]
    assert Path(str(proposed)).name == "Delegator plan 2026-12-07.zip"
    assert archive.is_file()
    assert old.statusBar().currentMessage() == f"The whole plan was exported to {archive}."
    assert [p.name for p in archive.parent.iterdir()] == ["moving.zip"]  # no part left
    old.close()

    # The new computer: a plan of its own, then the archive opened after its preview.
    new = open_in(tmp_path / "B")
    seed(new, "Water the plants")
    _answer_file_dialog(monkeypatch, "getOpenFileName", archive)
    preview = _preview(new, qtbot)
    assert preview.todos.text() == "3 (1 delegated)"
    assert (preview.assistants.text(), preview.attachments.text()) == ("1", "1")
    assert preview.made.text() == BackupWords.made_at(CLOCK.local())
    assert preview.version.text().startswith("Delegator ")
    assert "Edit → Undo brings it back" in preview.note.text()
    assert preview.open_button.isEnabled()
    qtbot.mouseClick(preview.open_button, Qt.MouseButton.LeftButton)
    assert not preview.isVisible()
    new.show_view(View.ALL)
    assert visible_titles(new) == ["Call the bank", "Book the flight", "Renew the passport"]
    assert [a.name for a in new.workspace.assistants.assistants()] == ["Anna"]
    assert new.statusBar().currentMessage() == "Opened the plan archive moving.zip."

    # The attached file opens from the new data folder, byte for byte.
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    new.table.setFocus()
    new.list_controller.select_row(0)
    resources = new.editor.resources
    new.editor.tabs.setCurrentWidget(resources)
    assert resources.list.count() == 1
    qtbot.mouseClick(resources.open_button, Qt.MouseButton.LeftButton)
    (url,) = opened
    shown = Path(url.toLocalFile())
    assert shown.is_relative_to(new.workspace.attachments_dir)
    assert shown.read_bytes() == LETTER

    # Ctrl+Z brings back the new computer's own plan.
    assert new.undo_stack.undoText() == "Open Plan Archive"
    _activate(qtbot, new)  # as the user's click on it does (offscreen, closing gives no focus)
    new.table.setFocus()
    qtbot.keySequence(new.table, QKeySequence(QKeySequence.StandardKey.Undo))
    assert visible_titles(new) == ["Water the plants"]
    assert new.statusBar().currentMessage() == (
        "Your plan is back as it was before the plan archive was opened."
    )

    # A tampered archive is refused with its message; the plan stays as it is.
    tampered = tmp_path / "usb stick" / "tampered.zip"
    _tamper(archive, tampered)
    _answer_file_dialog(monkeypatch, "getOpenFileName", tampered)
    refused = _preview(new, qtbot)
    assert refused.problem.isVisible()
    assert refused.problem.text().startswith(f"The archive {tampered} was not opened: ")
    assert "does not match its checksum" in refused.problem.text()
    assert not refused.open_button.isEnabled()
    refused.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert visible_titles(new) == ["Water the plants"]
    assert new.undo_stack.count() == 1  # the open, undone: still redoable


def test_an_archive_that_cannot_be_written_says_why_and_leaves_no_file(
    open_in: OpenIn, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_in(tmp_path / "A")
    seed(window, "Call the bank")
    in_the_way = tmp_path / "not a folder"
    in_the_way.write_text("a file where the folder should be")
    _answer_file_dialog(monkeypatch, "getSaveFileName", in_the_way / "plan.zip")
    dialog = _export(window, qtbot, in_the_way / "plan.zip")
    assert dialog.isVisible()
    assert dialog.problem.text().startswith("The plan archive plan.zip was not written (")
    assert str(in_the_way) in dialog.problem.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["A", "not a folder"]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert not dialog.isVisible()


def test_exporting_over_an_existing_archive_asks_before_replacing_it(
    open_in: OpenIn, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_in(tmp_path / "A")
    seed(window, "Call the bank")
    existing = tmp_path / "out" / "plan.zip"
    existing.parent.mkdir()
    existing.write_bytes(b"an older export")
    _answer_file_dialog(monkeypatch, "getSaveFileName", tmp_path / "out" / "plan")  # no .zip
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def answer(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.named_actions["export_whole_plan"].trigger()
    assert asked == [f"A file named plan.zip is already in {existing.parent}. Replace it?"]
    assert existing.read_bytes() == b"an older export"  # No: nothing written
    dialog = _export(window, qtbot, existing)
    assert len(asked) == 2
    assert not dialog.isVisible()
    assert zipfile.is_zipfile(existing)


def test_exporting_onto_the_plan_itself_says_so(
    open_in: OpenIn, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_in(tmp_path / "A")
    seed(window, "Call the bank")
    plan = window.workspace.data_file
    before = plan.read_bytes()
    _answer_file_dialog(monkeypatch, "getSaveFileName", plan)
    dialog = _export(window, qtbot, plan)
    assert dialog.problem.text() == (
        f"{plan} is the plan itself; nothing was written. Choose another file."
    )
    assert plan.read_bytes() == before
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()

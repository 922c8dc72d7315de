"""File → Check-in Agenda…: the agenda of an assistant with a check-in due, copied to
the clipboard as Markdown and exported as Markdown and PDF into a folder."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant
from delegator.domain.brief import BriefFormat
from delegator.domain.model import Decision, Status
from delegator.gui.agenda_dialog import AgendaDialog
from delegator.gui.main_window import MainWindow

from .conftest import seed

FILES = ("check-in-agenda-anna-2026-12-07.md", "check-in-agenda-anna-2026-12-07.pdf")


def one_check_in_due(window: MainWindow) -> int:
    """Anna has "Pay the invoices", handed over, its check-in due since Friday."""
    workspace = window._workspace
    anna, changes = workspace.assistants.add(Assistant(0, "Anna"))
    window.apply_changes(changes)
    (task_id,) = seed(window, "Pay the invoices", decision=Decision.DELEGATE)
    task = workspace.tasks.task(task_id)
    window.apply_changes(workspace.tasks.save(replace(task, assistant_id=anna.id)))
    workspace.followup.set_status({task_id: Status.HANDED_OVER})
    workspace.followup.set_next_check_in(task_id, dt.date(2026, 12, 4))
    return task_id


def open_agenda(window: MainWindow) -> AgendaDialog:
    window.named_actions["agenda"].trigger()
    dialog = window.dialogs.current
    assert isinstance(dialog, AgendaDialog)
    assert dialog.isVisible()
    return dialog


def choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))


def test_the_agenda_of_the_assistant_with_a_due_check_in_is_copied_as_markdown(
    window: MainWindow, qtbot: QtBot
) -> None:
    one_check_in_due(window)
    dialog = open_agenda(window)
    assert dialog.assistant.currentText() == "Anna"
    assert "Check-in agenda for Anna" in dialog.preview.toPlainText()
    assert "Pay the invoices" in dialog.preview.toPlainText()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("# Check-in agenda for Anna\n")
    assert "| Pay the invoices | 12/04/2026 | — | Handed over |" in copied
    assert "on the clipboard" in dialog.status.text()
    dialog.reject()


def test_export_writes_the_agenda_and_asks_before_replacing_it(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one_check_in_due(window)
    folder = tmp_path / "agendas"
    choose_folder(monkeypatch, folder)
    dialog = open_agenda(window)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Exported" in dialog.status.text())
    assert sorted(p.name for p in folder.iterdir()) == list(FILES)  # nothing half written
    markdown = (folder / FILES[0]).read_text(encoding="utf-8")
    assert "Pay the invoices" in markdown
    pdf = pypdf.PdfReader(folder / FILES[1])
    assert len(pdf.pages) == 1
    assert "Pay the invoices" in " ".join(pdf.pages[0].extract_text().split())

    asked: list[str] = []

    def answer_no(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    (folder / FILES[0]).write_text("mine", encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", answer_no)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert FILES[0] in asked[0]
    assert dialog.status.text() == "Nothing was exported."
    assert (folder / FILES[0]).read_text(encoding="utf-8") == "mine"
    dialog.reject()


def test_only_the_ticked_format_is_exported(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one_check_in_due(window)
    choose_folder(monkeypatch, tmp_path)
    dialog = open_agenda(window)
    qtbot.mouseClick(dialog.format_boxes[BriefFormat.PDF], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Exported" in dialog.status.text())
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("check-in")] == [FILES[0]]
    qtbot.mouseClick(dialog.format_boxes[BriefFormat.MARKDOWN], Qt.MouseButton.LeftButton)
    assert not dialog.export_button.isEnabled()
    dialog.reject()


def test_without_assistants_the_dialog_says_so_and_offers_nothing(window: MainWindow) -> None:
    dialog = open_agenda(window)
    assert "No assistants yet" in dialog.preview.toPlainText()
    assert not dialog.copy_button.isEnabled()
    assert not dialog.export_button.isEnabled()
    dialog.reject()

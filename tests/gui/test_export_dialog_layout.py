"""The export dialog reads well at any size and remembers where the user exports: the
preview breaks lines between words only, the to-do list never scrolls sideways, the
folder field shows the folder's name, the last folder of this plan is proposed again,
and a brief that follows an earlier one says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextBlock
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant
from delegator.domain.brief import BriefFormat
from delegator.domain.model import Decision
from delegator.gui.export_dialog import ExportDialog
from delegator.services.task_service import NewTask
from delegator.services.workspace import Workspace

from .conftest import CLOCK

pytestmark = pytest.mark.usefixtures("typing_locale")

LONG_TITLE = (
    "Collect every receipt of the quarter from the shared inbox, the paper folder on the "
    "shelf and the photos on the phone, and file them for the tax adviser"
)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def plan_for_anna(workspace: Workspace, *titles: str) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna Keller"))
    ids, _ = workspace.tasks.add([NewTask(title, Decision.DELEGATE) for title in titles])
    for task_id in ids:
        workspace.tasks.update(task_id, {"assistant_id": anna.id, "due": CLOCK.today()})


def open_dialog(
    qtbot: QtBot, workspace: Workspace, settings: QSettings | None = None
) -> ExportDialog:
    dialog = ExportDialog(workspace, None, settings)
    qtbot.addWidget(dialog)
    dialog.resize(720, 540)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def export(qtbot: QtBot, dialog: ExportDialog, folder: Path | None = None) -> None:
    if folder is not None:
        dialog.set_folder(folder)
    dialog.set_formats({BriefFormat.MARKDOWN})
    with qtbot.waitSignal(dialog.export_finished, timeout=20000):
        dialog.export_button.click()


def broken_lines(block: QTextBlock) -> list[str]:
    """The lines of *block* that end inside a word: not at a space, nor after the
    hyphen or slash of a compound ("Marken-Workshop", "Std./Woche")."""
    layout, text = block.layout(), block.text()
    broken = []
    for number in range(layout.lineCount() - 1):
        line = layout.lineAt(number)
        end = line.textStart() + line.textLength()
        last = text[end - 1 : end]
        if not last.isspace() and last not in "-/":
            broken.append(text[line.textStart() : end])
    return broken


def test_the_preview_breaks_lines_between_words_only(qtbot: QtBot, workspace: Workspace) -> None:
    workspace.fill_with_demo("de")
    dialog = open_dialog(qtbot, workspace)
    dialog.preview_text()
    document = dialog.preview.document()

    block = document.begin()
    broken: list[str] = []
    while block.isValid():
        broken += broken_lines(block)
        block = block.next()

    assert document.toPlainText().count("12.2026") > 1  # dates in the overview table
    assert broken == []


def test_a_long_title_is_cut_short_in_the_list_not_scrolled_sideways(
    qtbot: QtBot, workspace: Workspace
) -> None:
    plan_for_anna(workspace, LONG_TITLE, "Short")
    dialog = open_dialog(qtbot, workspace)

    tasks = dialog.tasks
    assert not tasks.horizontalScrollBar().isVisible()
    assert tasks.horizontalScrollBar().maximum() == 0
    assert tasks.item(0).toolTip() == LONG_TITLE


def test_the_folder_field_shows_the_folders_name_and_the_whole_path_as_tooltip(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    plan_for_anna(workspace, "Short")
    dialog = open_dialog(qtbot, workspace)
    folder = tmp_path / "a" / "rather" / "long" / "path" / "to" / "the" / "handovers" / "Anna"

    dialog.set_folder(folder)

    assert dialog.folder.toolTip() == str(folder)
    assert dialog.folder.cursorPosition() == len(str(folder))


def test_the_last_folder_of_this_plan_is_proposed_again(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    plan_for_anna(workspace, "Short")
    chosen = tmp_path / "handovers" / "Anna's files"
    export(qtbot, open_dialog(qtbot, workspace, settings), chosen)

    again = open_dialog(qtbot, workspace, settings)
    assert again.folder.text() == str(chosen)
    again.set_assistant(None)  # another choice: beside the last folder
    assert again.folder.text() == str(chosen.parent / "Requirements profile")

    other_plan = Workspace(tmp_path / "other" / "delegator.sqlite3", tmp_path / "backups2", CLOCK)
    try:
        plan_for_anna(other_plan, "Short")
        elsewhere = open_dialog(qtbot, other_plan, settings)
        assert elsewhere.folder.text().endswith(str(Path("Delegator") / "Anna Keller"))
    finally:
        other_plan.close()


def test_after_an_export_the_preview_says_it_shows_the_next_brief(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    plan_for_anna(workspace, "Short")
    dialog = open_dialog(qtbot, workspace)
    dialog.preview_text()
    assert not dialog.version_note.isVisible()

    export(qtbot, dialog, tmp_path / "out")

    qtbot.waitUntil(dialog.version_note.isVisible)
    assert dialog.version_note.text() == (
        "Version 2 — the next brief; version 1 was handed over on 12/7/2026."
    )

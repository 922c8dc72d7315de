"""The shorter path from an empty plan to Ready, driven like a user: apply a template to
the selected to-do, a Fix that offers a matching template or assigns every unassigned
to-do at once, and a plan that is Ready only once the mindset check is taken."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant
from delegator.domain.changes import Changes
from delegator.domain.model import Decision, Task
from delegator.domain.readiness import Rule
from delegator.domain.views import View
from delegator.gui.apply_template_dialog import ApplyTemplateDialog
from delegator.gui.assign_all_dialog import AssignAllDialog
from delegator.gui.finding_rows import FindingRow
from delegator.gui.main_window import MainWindow
from delegator.gui.mindset_dialog import MindsetDialog

from .conftest import OpenWindow, seed
from .helpers import click, type_text
from .test_readiness_flow import settled_demo

D = TypeVar("D", bound=QDialog)


def select_row(qtbot: QtBot, window: MainWindow, title: str) -> int:
    """Click the to-do *title* in the list; returns its id."""
    model = window.model
    (row,) = [r for r in range(model.rowCount()) if model.task_at(r).title == title]
    index = model.index(row, 0)
    rect = window.table.visualRect(index)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return model.task_at(row).id


def dialog_of(qtbot: QtBot, window: MainWindow, kind: type[D]) -> D:
    qtbot.waitUntil(lambda: isinstance(window.dialogs.current, kind))
    dialog = window.dialogs.current
    assert isinstance(dialog, kind)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def click_fix(qtbot: QtBot, window: MainWindow, rule: Rule) -> None:
    """Open the Readiness page from its menu entry and click Fix on *rule*'s finding."""
    window.named_actions["page:readiness"].trigger()
    page = window.readiness_page
    report = page.report()
    assert report is not None
    index = next(i for i, f in enumerate(report.findings) if f.rule is rule)
    row: FindingRow = page.findings.row(index)
    click(qtbot, row.button)


def test_apply_template_fills_the_selected_to_do_and_one_undo_takes_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    (task_id,) = seed(window, "Send the invoices")
    tasks = window.workspace.tasks
    tasks.update(task_id, {"skills": ("Care",)})
    select_row(qtbot, window, "Send the invoices")
    window.named_actions["apply_template"].trigger()
    dialog = dialog_of(qtbot, window, ApplyTemplateDialog)
    chosen = dialog.chosen()
    assert chosen is not None
    assert chosen.name == "Monthly invoicing"
    assert "Steps" in dialog.preview.text()
    assert "Skills" not in dialog.preview.text()  # already filled in
    click(qtbot, dialog.apply_button)

    task = tasks.task(task_id)
    assert task.title == "Send the invoices"
    assert task.skills == ("Care",)
    assert task.instructions == chosen.instructions
    assert task.steps == chosen.steps
    assert task.decision is Decision.DELEGATE
    message = window.statusBar().currentMessage()
    assert message.startswith("Filled from “Monthly invoicing”: ")
    assert "Instructions" in message
    assert "Skills" not in message
    assert not window.editor.template_note.isHidden()  # the editor marks them for review
    assert "Monthly invoicing" in window.editor.template_note.text()

    qtbot.keySequence(window.table, QKeySequence("Ctrl+Z"))
    undone = tasks.task(task_id)
    assert (undone.instructions, undone.steps, undone.skills) == ("", (), ("Care",))
    assert undone.decision is Decision.UNDECIDED


def test_apply_template_waits_for_a_chosen_to_do(qtbot: QtBot, window: MainWindow) -> None:
    action = window.named_actions["apply_template"]
    seed(window, "Send the invoices")
    window.table.clearSelection()
    window.table.setCurrentIndex(window.model.index(-1, 0))
    assert not action.isEnabled()
    select_row(qtbot, window, "Send the invoices")
    assert action.isEnabled()


def test_fix_on_missing_instructions_offers_the_matching_template(
    qtbot: QtBot, window: MainWindow
) -> None:
    (task_id,) = seed(window, "Answer the business inbox", decision=Decision.DELEGATE)
    click_fix(qtbot, window, Rule.NO_INSTRUCTIONS)
    dialog = dialog_of(qtbot, window, ApplyTemplateDialog)
    chosen = dialog.chosen()
    assert chosen is not None
    assert chosen.name == "Inbox management"
    assert "matches this to-do best" in dialog.suggestion_note.text()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert window.workspace.tasks.task(task_id).instructions == chosen.instructions


def test_fix_on_unassigned_to_dos_assigns_all_to_a_new_assistant(
    qtbot: QtBot, window: MainWindow
) -> None:
    ids = seed(window, "Book the trip", "Order paper", decision=Decision.DELEGATE)
    click_fix(qtbot, window, Rule.UNASSIGNED)
    dialog = dialog_of(qtbot, window, AssignAllDialog)
    assert dialog.assign_button.text().startswith("Assign 2 to-do")
    click(qtbot, dialog.assign_button)  # no name yet: says so, changes nothing
    assert dialog.problem.isVisible()
    assert dialog.isVisible()
    type_text(qtbot, dialog.name, "Anna Berg")
    click(qtbot, dialog.assign_button)
    assert dialog.result() == QDialog.DialogCode.Accepted

    (anna,) = window.workspace.assistants.assistants()
    assert anna.name == "Anna Berg"
    assert {window.workspace.tasks.task(i).assistant_id for i in ids} == {anna.id}
    window.navigator.open_view(View.ALL)
    qtbot.keySequence(window.table, QKeySequence("Ctrl+Z"))
    assert window.workspace.assistants.assistants() == []
    assert {window.workspace.tasks.task(i).assistant_id for i in ids} == {None}


def test_a_plan_is_ready_only_once_the_mindset_check_is_taken(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    workspace = settled_demo(tmp_path)
    for check_id, _ in workspace.readiness.mindset_checks():
        workspace.readiness.remove_mindset_check(check_id)
    workspace.close()
    window = open_window()
    assert window.verdict_button.text() == "Readiness: Almost ready"

    click_fix(qtbot, window, Rule.MINDSET_NOT_CHECKED)
    dialog = dialog_of(qtbot, window, MindsetDialog)
    for statement in dialog.rows:
        click(qtbot, dialog.button_for(statement, 2))
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: window.verdict_button.text() == "Readiness: Ready")


def test_a_template_match_needs_no_exact_title(window: MainWindow) -> None:
    """What the Fix suggests follows the words of the title, not the whole title."""
    from delegator.domain.templates import matching_template

    templates = window.workspace.templates.all("en")
    task = Task(id=0, title="Plan social media posts")
    match = matching_template(task.title, task.area, templates)
    assert match is not None
    assert match.id == "social-media-scheduling"


def test_fix_on_working_times_puts_the_cursor_in_the_missing_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    service = window.workspace.assistants
    anna, _ = service.add(Assistant(id=0, name="Anna"))
    (task_id,) = seed(window, "Book the trip", decision=Decision.DELEGATE)
    window.workspace.tasks.update(task_id, {"assistant_id": anna.id})
    click_fix(qtbot, window, Rule.NO_WORKING_TIMES)
    page = window.assistants_page
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.day_boxes[0])

    service.save(replace(anna, working_days=(0, 1, 2)))
    window.apply_changes(Changes(assistants=frozenset({anna.id})))
    click_fix(qtbot, window, Rule.NO_WORKING_TIMES)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.hours.check)

"""In German, a built-in template says "Sie" or "du" as the brief it ends up in will:
Apply Template and the describe form's template button use the form of the to-do's
assistant, else the plan's (Settings); New from Template and Manage Templates the
plan's."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant, FormOfAddress
from delegator.domain.model import Decision
from delegator.gui.apply_template_dialog import ApplyTemplateDialog
from delegator.gui.main_window import MainWindow
from delegator.runtime import settings
from delegator.services.workspace import Workspace
from delegator.text import i18n

from .action_walk import OFFSCREEN_LIMITS
from .conftest import seed
from .helpers import click, open_menu
from .test_describe_dialog import opened
from .test_readiness_path import dialog_of, select_row
from .test_template_editing import LEFT
from .test_templates_dialog import open_dialog

TITLE = "Monatliche Rechnungen schreiben"  # matches the built-in "Monatliche Rechnungen"
SIE_RULE = "Fragen Sie mich, wenn die Stunden"
DU_RULE = "Frag mich, wenn die Stunden"

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)


@pytest.fixture(autouse=True)
def german(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's language is German (the templates come in the UI's language)."""
    monkeypatch.setenv(i18n.ENV_LANGUAGE, "de")


def plan_says(address: FormOfAddress) -> None:
    settings.use(replace(settings.current(), german_address=address.value))


def assign(window: MainWindow, task_id: int, address: FormOfAddress | None) -> None:
    """Give the to-do an assistant who is addressed as *address* (None: as the plan)."""
    workspace = window.workspace
    assistant, _changes = workspace.assistants.add(
        Assistant(id=0, name=f"Assistenz {task_id}", german_address=address)
    )
    task = workspace.tasks.task(task_id)
    window.apply_changes(workspace.tasks.save(replace(task, assistant_id=assistant.id)))


def test_apply_template_says_du_to_an_assistant_addressed_as_du(
    qtbot: QtBot, window: MainWindow
) -> None:
    (task_id,) = seed(window, TITLE)  # undecided: in the list the window starts with
    select_row(qtbot, window, TITLE)
    assign(window, task_id, FormOfAddress.DU)  # the plan says Sie
    assert window.list_controller.current_id() == task_id
    window.named_actions["apply_template"].trigger()
    dialog = dialog_of(qtbot, window, ApplyTemplateDialog)
    chosen = dialog.chosen()
    assert chosen is not None
    assert chosen.name == "Monatliche Rechnungen"
    click(qtbot, dialog.apply_button)

    task = window.workspace.tasks.task(task_id)
    assert task.escalation_rule.startswith(DU_RULE)
    assert "Schick mir alle Entwürfe" in task.instructions


def test_the_describe_form_fills_each_to_do_in_its_assistants_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    formal, informal = seed(window, TITLE, f"{TITLE} (Filiale)", decision=Decision.DELEGATE)
    assign(window, formal, None)  # the plan's Sie
    assign(window, informal, FormOfAddress.DU)
    window.named_actions["describe_in_a_row"].trigger()
    dialog = opened(qtbot, window)
    for _ in range(2):
        assert dialog.template_button.isVisible()
        click(qtbot, dialog.template_button)
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    tasks = window.workspace.tasks
    assert tasks.task(formal).escalation_rule.startswith(SIE_RULE)
    assert "Schicken Sie mir alle Entwürfe" in tasks.task(formal).instructions
    assert tasks.task(informal).escalation_rule.startswith(DU_RULE)


@pytest.mark.parametrize(
    ("address", "rule"), [(FormOfAddress.SIE, SIE_RULE), (FormOfAddress.DU, DU_RULE)]
)
def test_a_new_to_do_from_a_template_is_in_the_plans_form(
    window: MainWindow, address: FormOfAddress, rule: str
) -> None:
    plan_says(address)
    entries = open_menu(window.templates_menu)
    (action,) = [a for a in entries if a.text() == "Monatliche Rechnungen"]
    action.trigger()

    task = window.workspace.tasks.task(window.list_controller.current_id() or 0)
    assert task.escalation_rule.startswith(rule)


def test_manage_templates_copies_a_built_in_one_in_the_plans_form(
    qtbot: QtBot, workspace: Workspace
) -> None:
    plan_says(FormOfAddress.DU)
    dialog = open_dialog(qtbot, workspace)
    (row,) = [
        r
        for r in range(dialog.builtin_list.count())
        if dialog.builtin_list.item(r).text() == "Monatliche Rechnungen"
    ]
    item = dialog.builtin_list.item(row)
    pos = dialog.builtin_list.visualItemRect(item).center()
    qtbot.mouseClick(dialog.builtin_list.viewport(), LEFT, pos=pos)
    click(qtbot, dialog.copy_button)

    (copy,) = workspace.templates.user_templates()
    assert copy.escalation_rule.startswith(DU_RULE)
    assert "Nutze die Rechnungsvorlage" in copy.instructions

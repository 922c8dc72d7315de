"""Manage Templates beyond renaming: the built-in templates are listed read-only and
can be copied into an own one; an own template is edited field by field; a template
that would fill in nothing warns before it is saved, here and from a to-do."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from delegator.domain.model import DelegationLevel, Frequency, Task
from delegator.gui.main_window import MainWindow
from delegator.gui.template_editor import TemplateEditor
from delegator.services.workspace import Workspace

from .conftest import seed
from .helpers import choose, click, retype
from .test_templates_dialog import open_dialog

pytestmark = pytest.mark.usefixtures("typing_locale")

LEFT = Qt.MouseButton.LeftButton


def invoices(workspace: Workspace) -> None:
    workspace.templates.save_from_task(
        Task(0, "Write the monthly invoices", area="Finance", steps=("Collect hours",)),
        "Invoices",
    )


def when_modal(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Once a modal *kind* is open (as the next click will open it), *act* on it."""

    def run() -> None:
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, kind), f"expected a {kind.__name__}, found {modal!r}"
        act(modal)

    QTimer.singleShot(0, run)


def type_lines(qtbot: QtBot, edit: QPlainTextEdit, *lines: str) -> None:
    """Replace what *edit* holds by *lines*, typed with Return between them."""
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    edit.selectAll()
    for number, line in enumerate(lines):
        if number:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.keyClicks(edit, line)


def clear_every_field(qtbot: QtBot, editor: TemplateEditor) -> None:
    for field in (
        editor.area_edit,
        editor.instructions_edit,
        editor.steps_edit,
        editor.criteria_edit,
        editor.skills_edit,
        editor.tools_edit,
        editor.escalation_edit,
    ):
        retype(qtbot, field, "")


def test_the_built_in_templates_are_listed_read_only_and_marked(
    qtbot: QtBot, workspace: Workspace
) -> None:
    invoices(workspace)
    dialog = open_dialog(qtbot, workspace)
    builtin = workspace.templates.builtin("en")

    names = [dialog.builtin_list.item(row).text() for row in range(dialog.builtin_list.count())]
    assert names == [t.name for t in builtin]
    first = dialog.builtin_list.item(0)
    assert first.font().italic()
    assert first.toolTip().startswith("Built-in template")

    dialog.builtin_list.setFocus()
    click_item = dialog.builtin_list.visualItemRect(first).center()
    qtbot.mouseClick(dialog.builtin_list.viewport(), LEFT, pos=click_item)

    assert dialog.list.currentItem() is None
    assert dialog.preview_title.text() == builtin[0].title
    assert dialog.preview_builtin.isVisible()
    assert dialog.copy_button.isEnabled()
    for button in (dialog.rename_button, dialog.edit_button, dialog.delete_button):
        assert not button.isEnabled()


def test_a_built_in_template_is_copied_into_an_own_one_and_selected(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = open_dialog(qtbot, workspace)
    builtin = workspace.templates.builtin("en")[1]
    item = dialog.builtin_list.item(1)
    pos = dialog.builtin_list.visualItemRect(item).center()
    qtbot.mouseClick(dialog.builtin_list.viewport(), LEFT, pos=pos)

    click(qtbot, dialog.copy_button)

    (copy,) = workspace.templates.user_templates()
    assert copy.name == f"{builtin.name} (my copy)"
    assert (copy.title, copy.steps, copy.tools, copy.level) == (
        builtin.title,
        builtin.steps,
        builtin.tools,
        builtin.level,
    )
    current = dialog.list.currentItem()
    assert current is not None
    assert current.text() == copy.name
    assert dialog.edit_button.isEnabled()
    assert not dialog.preview_builtin.isVisible()


def test_edit_changes_every_field_of_an_own_template(qtbot: QtBot, workspace: Workspace) -> None:
    invoices(workspace)
    dialog = open_dialog(qtbot, workspace)

    def edit(widget: QWidget) -> None:
        assert isinstance(widget, TemplateEditor)
        retype(qtbot, widget.name_edit, "  Billing  ")
        retype(qtbot, widget.title_edit, "Send the invoices")
        retype(qtbot, widget.area_edit, "Money")
        type_lines(qtbot, widget.steps_edit, "Collect hours", "Write", "", "Send")
        retype(qtbot, widget.criteria_edit, "Every customer billed")
        retype(qtbot, widget.skills_edit, "Bookkeeping, Care")
        retype(qtbot, widget.tools_edit, "Lexoffice")
        retype(qtbot, widget.escalation_edit, "an amount looks wrong")
        choose(qtbot, widget.frequency_combo, "Monthly")
        retype(qtbot, widget.minutes_spin, "90")
        choose(qtbot, widget.level_combo, "Recommend")
        click(qtbot, widget.buttons.button(widget.buttons.StandardButton.Save))

    when_modal(TemplateEditor, edit)
    click(qtbot, dialog.edit_button)

    (stored,) = workspace.templates.user_templates()
    assert stored.name == "Billing"
    assert (stored.title, stored.area) == ("Send the invoices", "Money")
    assert stored.steps == ("Collect hours", "Write", "Send")
    assert stored.acceptance_criteria == ("Every customer billed",)
    assert (stored.skills, stored.tools) == (("Bookkeeping", "Care"), ("Lexoffice",))
    assert stored.escalation_rule == "an amount looks wrong"
    assert (stored.frequency, stored.minutes_per_occurrence) == (Frequency.MONTHLY, 90)
    assert stored.level is DelegationLevel.RECOMMEND
    assert dialog.preview_title.text() == "Send the invoices"


def test_a_blank_name_is_refused_in_the_editor(qtbot: QtBot, workspace: Workspace) -> None:
    invoices(workspace)
    dialog = open_dialog(qtbot, workspace)
    seen: list[str] = []

    def edit(widget: QWidget) -> None:
        assert isinstance(widget, TemplateEditor)
        retype(qtbot, widget.name_edit, "   ")
        click(qtbot, widget.buttons.button(widget.buttons.StandardButton.Save))
        seen.append(widget.name_message.text())
        assert widget.isVisible(), "the editor stays open"
        widget.reject()

    when_modal(TemplateEditor, edit)
    click(qtbot, dialog.edit_button)

    assert seen == ["A template needs a name."]
    assert [t.name for t in workspace.templates.user_templates()] == ["Invoices"]


@pytest.mark.parametrize("answer", ["Cancel", "Save"])
def test_saving_an_empty_template_warns_first(
    qtbot: QtBot, workspace: Workspace, answer: str
) -> None:
    invoices(workspace)
    dialog = open_dialog(qtbot, workspace)
    warned: list[str] = []

    def warn(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        warned.append(box.text())
        click(qtbot, box.button(QMessageBox.StandardButton[answer]))

    def edit(widget: QWidget) -> None:
        assert isinstance(widget, TemplateEditor)
        clear_every_field(qtbot, widget)
        when_modal(QMessageBox, warn)
        click(qtbot, widget.buttons.button(widget.buttons.StandardButton.Save))
        if widget.isVisible():
            widget.reject()

    when_modal(TemplateEditor, edit)
    click(qtbot, dialog.edit_button)

    assert len(warned) == 1
    assert "“Invoices” fills in nothing" in warned[0]
    (stored,) = workspace.templates.user_templates()
    assert stored.steps == (() if answer == "Save" else ("Collect hours",))


def test_saving_an_empty_description_as_a_template_warns(
    window: MainWindow, qtbot: QtBot, warnings: list[str]
) -> None:
    [task_id] = seed(window, "Call the bank")
    window.navigator.open_task(task_id)

    def name_it(widget: QWidget) -> None:
        assert isinstance(widget, QInputDialog)
        widget.setTextValue("Bank call")
        widget.accept()

    when_modal(QInputDialog, name_it)
    window.named_actions["save_template"].trigger()

    assert len(warnings) == 1
    assert "“Bank call” fills in nothing" in warnings[0]
    assert window._workspace.templates.user_templates() == []  # the recorder answers no

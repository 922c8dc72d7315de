"""Manage Templates, driven with the keyboard: F2 renames in the list, Del deletes after
a confirmation that names the template; what the user sees and what is stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from delegator.domain.model import Task
from delegator.domain.templates import TaskTemplate
from delegator.gui.main_window import MainWindow
from delegator.gui.templates_dialog import TemplatesDialog
from delegator.services.workspace import Workspace
from tests.gui.helpers import click, type_text

Asked = list[str]


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> Asked:
    """QMessageBox.question answers Yes and records its text."""
    texts: Asked = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        texts.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return texts


def three(workspace: Workspace) -> list[TaskTemplate]:
    """Invoices (4 steps, 2 criteria, an area), Support inbox (no area), Travel."""
    save = workspace.templates.save_from_task
    return [
        save(
            Task(
                0,
                "Write the monthly invoices",
                area="Finance",
                steps=("Collect hours", "Write", "Check", "Send"),
                acceptance_criteria=("Every customer billed", "Copies filed"),
            ),
            "Invoices",
        ),
        save(Task(0, "Answer support e-mails", steps=("Read",)), "Support inbox"),
        save(Task(0, "Book travel", area="Travel", steps=("Compare", "Book")), "Travel"),
    ]


def open_dialog(qtbot: QtBot, workspace: Workspace) -> TemplatesDialog:
    dialog = TemplatesDialog(workspace.templates)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    if dialog.list.count():
        assert dialog.list.hasFocus(), "the list has the focus from the start"
    return dialog


def shown_names(dialog: TemplatesDialog) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def stored_names(workspace: Workspace) -> list[str]:
    return [template.name for template in workspace.templates.user_templates()]


def preview(dialog: TemplatesDialog) -> tuple[str, str, str, str]:
    return (
        dialog.preview_title.text(),
        dialog.preview_area.text(),
        dialog.preview_steps.text(),
        dialog.preview_criteria.text(),
    )


def commit(qtbot: QtBot, dialog: TemplatesDialog, editor: QLineEdit, key: Qt.Key) -> None:
    """Press *key* in the inline editor; the delegate commits on the next event-loop turn."""
    qtbot.keyClick(editor, key)
    qtbot.waitUntil(lambda: dialog.list.state() != QAbstractItemView.State.EditingState)


def start_rename(qtbot: QtBot, dialog: TemplatesDialog) -> QLineEdit:
    qtbot.keyClick(dialog.list, Qt.Key.Key_F2)
    editor = dialog.list.findChild(QLineEdit)
    assert editor is not None
    assert editor.isVisible()
    return editor


def test_with_none_of_its_own_it_says_how_to_make_one(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = open_dialog(qtbot, workspace)

    shown_page = dialog.pages.currentWidget()
    assert shown_page is not None
    assert shown_page.isVisible()
    assert not dialog.list.isVisible()
    assert "Ctrl+Shift+T" in dialog.empty_hint.text()
    assert "Save Description as Template" in dialog.empty_hint.text()
    assert dialog.empty_hint.isVisible()
    assert dialog.empty_heading.isVisible()
    assert not dialog.rename_button.isEnabled()
    assert not dialog.delete_button.isEnabled()
    assert not dialog.message.isVisible()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible(), "Enter closes it"


def test_it_lists_only_own_templates_and_previews_the_selected_one(
    qtbot: QtBot, workspace: Workspace
) -> None:
    three(workspace)
    dialog = open_dialog(qtbot, workspace)

    assert shown_names(dialog) == ["Invoices", "Support inbox", "Travel"]
    builtin_names = {t.name for t in workspace.templates.builtin("en")}
    assert builtin_names.isdisjoint(shown_names(dialog))
    assert dialog.preview.isVisible()
    assert preview(dialog) == ("Write the monthly invoices", "Finance", "4", "2")

    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert preview(dialog) == ("Answer support e-mails", "No area", "1", "0")
    qtbot.keyClick(dialog.list, Qt.Key.Key_End)
    assert preview(dialog) == ("Book travel", "Travel", "2", "0")


def test_f2_typing_and_enter_renames_in_place_and_stores_the_normalised_name(
    qtbot: QtBot, workspace: Workspace
) -> None:
    travel = three(workspace)[2]
    dialog = open_dialog(qtbot, workspace)
    qtbot.keyClick(dialog.list, Qt.Key.Key_End)

    editor = start_rename(qtbot, dialog)
    assert editor.text() == "Travel"
    editor.selectAll()
    type_text(qtbot, editor, "  Arrange   trips ✈ ")
    commit(qtbot, dialog, editor, Qt.Key.Key_Return)

    assert stored_names(workspace) == ["Arrange trips ✈", "Invoices", "Support inbox"]
    # Sorted again like the menu, the renamed template still selected.
    qtbot.waitUntil(lambda: shown_names(dialog) == stored_names(workspace))
    current = dialog.list.currentItem()
    assert current is not None
    assert current.text() == "Arrange trips ✈"
    assert preview(dialog)[0] == "Book travel"
    assert dialog.isVisible(), "Enter ends the edit, it does not close the dialog"
    assert not dialog.message.isVisible()
    (renamed,) = [t for t in workspace.templates.user_templates() if t.id == travel.id]
    assert renamed.steps == travel.steps


def test_the_rename_button_opens_the_same_inline_editor(qtbot: QtBot, workspace: Workspace) -> None:
    three(workspace)
    dialog = open_dialog(qtbot, workspace)

    click(qtbot, dialog.rename_button)
    editor = dialog.list.findChild(QLineEdit)
    assert editor is not None
    assert editor.hasFocus()
    assert editor.text() == "Invoices"
    editor.selectAll()
    type_text(qtbot, editor, "Billing")
    commit(qtbot, dialog, editor, Qt.Key.Key_Enter)

    assert stored_names(workspace) == ["Billing", "Support inbox", "Travel"]


def test_an_empty_name_is_refused_with_a_message_and_nothing_stored(
    qtbot: QtBot, workspace: Workspace
) -> None:
    three(workspace)
    dialog = open_dialog(qtbot, workspace)

    editor = start_rename(qtbot, dialog)
    editor.selectAll()
    type_text(qtbot, editor, "   ")
    commit(qtbot, dialog, editor, Qt.Key.Key_Return)

    assert stored_names(workspace) == ["Invoices", "Support inbox", "Travel"]
    assert dialog.message.isVisible()
    assert "needs a name" in dialog.message.text()
    qtbot.waitUntil(lambda: shown_names(dialog) == ["Invoices", "Support inbox", "Travel"])
    assert dialog.message.isVisible(), "the reload after the edit keeps the message"

    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert not dialog.message.isVisible()


def test_escape_cancels_a_rename_and_leaves_the_dialog_open(
    qtbot: QtBot, workspace: Workspace
) -> None:
    three(workspace)
    dialog = open_dialog(qtbot, workspace)

    editor = start_rename(qtbot, dialog)
    type_text(qtbot, editor, "Something else")
    commit(qtbot, dialog, editor, Qt.Key.Key_Escape)

    assert dialog.isVisible()
    assert stored_names(workspace) == ["Invoices", "Support inbox", "Travel"]
    assert shown_names(dialog) == ["Invoices", "Support inbox", "Travel"]


def test_del_asks_naming_the_template_then_deletes_it(
    qtbot: QtBot, workspace: Workspace, yes: Asked
) -> None:
    three(workspace)
    dialog = open_dialog(qtbot, workspace)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)

    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)

    assert len(yes) == 1
    assert "“Support inbox”" in yes[0]
    assert stored_names(workspace) == ["Invoices", "Travel"]
    assert shown_names(dialog) == ["Invoices", "Travel"]
    current = dialog.list.currentItem()
    assert current is not None, "the next one is selected"
    assert current.text() == "Travel", "the next one is selected"
    assert preview(dialog)[0] == "Book travel"

    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)

    assert stored_names(workspace) == []
    assert not dialog.list.isVisible()
    assert dialog.empty_hint.isVisible()
    assert not dialog.delete_button.isEnabled()


def test_the_real_confirmation_keeps_the_template_on_enter_and_deletes_on_yes(
    qtbot: QtBot, workspace: Workspace
) -> None:
    three(workspace)
    dialog = open_dialog(qtbot, workspace)
    seen: list[str] = []

    def answer(key: Qt.Key) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        if key == Qt.Key.Key_Return:
            qtbot.keyClick(box, key)  # No is the default button
        else:
            yes_button = box.button(QMessageBox.StandardButton.Yes)
            yes_button.setFocus()
            qtbot.keyClick(yes_button, Qt.Key.Key_Space)

    QTimer.singleShot(0, lambda: answer(Qt.Key.Key_Return))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert stored_names(workspace) == ["Invoices", "Support inbox", "Travel"]

    QTimer.singleShot(0, lambda: answer(Qt.Key.Key_Space))
    click(qtbot, dialog.delete_button)
    assert stored_names(workspace) == ["Support inbox", "Travel"]
    assert all("“Invoices”" in text for text in seen)
    assert len(seen) == 2


def test_manage_templates_sits_in_the_to_do_menu_and_the_menu_follows_its_changes(
    window: MainWindow, qtbot: QtBot, yes: Asked
) -> None:
    three(window._workspace)
    actions = window.menuBar().actions()
    to_do_menu = next(a.menu() for a in actions if a.text() == "&To-do")
    assert isinstance(to_do_menu, QMenu)
    entries = to_do_menu.actions()
    position = entries.index(window.named_actions["manage_templates"])
    assert entries[position - 1] is window.named_actions["save_template"]

    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_L, ctrl_shift)
    dialog = window.findChild(TemplatesDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.list.hasFocus(), "the list has the focus from the start"
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    editor = start_rename(qtbot, dialog)
    editor.selectAll()
    type_text(qtbot, editor, "Help desk")
    commit(qtbot, dialog, editor, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    window.templates_menu.aboutToShow.emit()
    names = [a.text() for a in window.templates_menu.actions() if not a.isSeparator()]
    assert names[-2:] == ["Help desk", "Travel"]
    assert "Invoices" not in names

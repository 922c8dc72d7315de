"""Fields showing "Not set": what a user types after clicking or tabbing into them
replaces the words rather than being appended to them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox
from pytestqt.qtbot import QtBot

from delegator.gui.agreements_page import AgreementsPage
from delegator.services.workspace import Workspace

from .helpers import Recorder, show_page

pytestmark = pytest.mark.usefixtures("typing_locale")


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace) -> AgreementsPage:
    return show_page(qtbot, AgreementsPage(workspace.profile, Recorder()))


def click_into(qtbot: QtBot, box: QAbstractSpinBox) -> None:
    """Click on the words the box shows, after them as a user aiming at it would."""
    edit = box.lineEdit()
    end = edit.cursorRect().center()
    end.setX(edit.width() - 4)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=end)


def test_a_click_on_not_set_and_typing_replaces_it(
    qtbot: QtBot, page: AgreementsPage, workspace: Workspace
) -> None:
    assert page.response_spin.text() == page.budget_spin.text() == "Not set"

    click_into(qtbot, page.response_spin)
    assert page.response_spin.hasFocus()
    qtbot.keyClicks(page.response_spin, "12")
    qtbot.keyClick(page.response_spin, Qt.Key.Key_Tab)
    assert workspace.profile.profile().response_time_hours == 12

    click_into(qtbot, page.budget_spin)
    qtbot.keyClicks(page.budget_spin, "12")
    qtbot.keyClick(page.budget_spin, Qt.Key.Key_Tab)
    assert workspace.profile.profile().monthly_budget_cents == 1200


def test_tab_into_not_set_and_typing_replaces_it(
    qtbot: QtBot, page: AgreementsPage, workspace: Workspace
) -> None:
    page.response_spin.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(page.response_spin, "12")
    qtbot.keyClick(page.response_spin, Qt.Key.Key_Tab)
    assert workspace.profile.profile().response_time_hours == 12


def test_a_click_into_a_number_places_the_cursor_as_usual(
    qtbot: QtBot, page: AgreementsPage, workspace: Workspace
) -> None:
    page.response_spin.setValue(24)
    click_into(qtbot, page.response_spin)
    assert not page.response_spin.lineEdit().hasSelectedText()

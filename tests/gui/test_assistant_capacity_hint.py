"""The weekly capacity proposed from an assistant's working days and hours, driven like a
user: ticking days, entering hours, clicking the hint's button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant
from delegator.gui.assistants_page import AssistantsPage
from delegator.services.workspace import Workspace

from .helpers import StackRunner, click, retype, show_page

pytestmark = pytest.mark.usefixtures("typing_locale")


@pytest.fixture
def locale_name() -> str:
    return "en_US"


@pytest.fixture
def runner() -> StackRunner:
    return StackRunner()


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace, runner: StackRunner) -> AssistantsPage:
    page = AssistantsPage(workspace.assistants, runner)
    runner.pages.append(page)
    show_page(qtbot, page)
    click(qtbot, page.new_button)
    return page


def only(workspace: Workspace) -> Assistant:
    (assistant,) = workspace.assistants.assistants(include_archived=True)
    return assistant


def work_monday_to_friday_9_to_13(qtbot: QtBot, page: AssistantsPage) -> None:
    for weekday in range(5):
        click(qtbot, page.day_boxes[weekday])
    click(qtbot, page.hours.check)
    retype(qtbot, page.hours.start, "09:00")
    retype(qtbot, page.hours.end, "13:00", Qt.Key.Key_Return)


def test_an_empty_capacity_is_filled_from_the_working_times(
    qtbot: QtBot, page: AssistantsPage, workspace: Workspace, runner: StackRunner
) -> None:
    work_monday_to_friday_9_to_13(qtbot, page)

    assert only(workspace).weekly_capacity_hours == 20
    assert page.capacity_spin.text().startswith("20.0 h")
    assert page.capacity_hint.isHidden(), "nothing to offer while they agree"

    # Taking Friday off takes its hours off too, in the same undo step.
    steps = runner.stack.count()
    click(qtbot, page.day_boxes[4])
    assert only(workspace).weekly_capacity_hours == 16
    assert runner.stack.count() == steps + 1
    runner.stack.undo()
    assert only(workspace).working_days == (0, 1, 2, 3, 4)
    assert only(workspace).weekly_capacity_hours == 20


def test_a_capacity_typed_in_is_kept_and_the_working_times_are_offered(
    qtbot: QtBot, page: AssistantsPage, workspace: Workspace, runner: StackRunner
) -> None:
    retype(qtbot, page.capacity_spin, "10")
    work_monday_to_friday_9_to_13(qtbot, page)

    assert only(workspace).weekly_capacity_hours == 10
    assert page.capacity_hint.isVisible()
    assert "20 h/week" in page.capacity_hint.label.text()
    assert page.capacity_hint.button.text() == "Use 20 h"

    steps = runner.stack.count()
    click(qtbot, page.capacity_hint.button)
    assert only(workspace).weekly_capacity_hours == 20
    assert page.capacity_spin.text().startswith("20.0 h")
    assert page.capacity_hint.isHidden()
    assert runner.stack.count() == steps + 1, "one undo step"
    runner.stack.undo()
    assert only(workspace).weekly_capacity_hours == 10
    assert page.capacity_hint.isVisible()

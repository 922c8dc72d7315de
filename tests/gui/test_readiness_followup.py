"""The readiness findings about work after the handover, in the window of the demo: what
they say and where their Fix button leads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from delegator.domain.readiness import Rule
from delegator.gui.main_window import MainWindow
from delegator.services.workspace import Workspace
from delegator.text.formatting import short_date

from .conftest import CLOCK, OpenWindow


@pytest.fixture
def demo_window(open_window: OpenWindow, tmp_path: Path) -> MainWindow:
    workspace = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups", CLOCK)
    workspace.fill_with_demo("en")
    workspace.close()
    return open_window()


def day(month: int, number: int) -> str:
    """A day of 2026 as the page writes dates."""
    return short_date(dt.date(2026, month, number))


def click_fix(window: MainWindow, qtbot: QtBot, rule: Rule) -> str:
    """Open the Readiness page from the corner, click Fix on the finding of *rule*;
    returns the finding's message as the page shows it."""
    window.verdict_button.click()
    findings = window.readiness_page.findings
    (index,) = [i for i in range(findings.count()) if findings.finding_at(i).rule is rule]
    row = findings.row(index)
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    return row.text.message


def test_the_demo_shows_its_follow_up_findings(demo_window: MainWindow) -> None:
    demo_window.verdict_button.click()
    page = demo_window.readiness_page
    assert page.verdict_label.text() == "Almost ready"
    messages = {
        page.findings.finding_at(i).rule: page.findings.text_at(i).message
        for i in range(page.findings.count())
    }
    # Monday 7 December 2026: the check-in was due on Saturday, Ben's period ended on
    # Thursday, and the inbox was rated well three times at level 4.
    inbox = "“Sort and answer the studio inbox”"
    assert messages[Rule.CHECK_IN_OVERDUE] == (
        f"The check-in on {inbox} is due since {day(12, 5)}."
    )
    assert messages[Rule.REVIEW_OVERDUE] == (
        f"The settling-in period with Ben Okafor ended on {day(12, 4)} without a review."
    )
    assert messages[Rule.RAISE_LEVEL] == (
        f"{inbox} was rated well 3 times at delegation level 4: "
        f"{day(11, 21)}: 4, {day(11, 28)}: 5, {day(12, 4)}: 4."
    )


def test_fix_on_an_overdue_check_in_opens_the_to_do(demo_window: MainWindow, qtbot: QtBot) -> None:
    click_fix(demo_window, qtbot, Rule.CHECK_IN_OVERDUE)
    task = demo_window.editor.task
    assert task is not None
    assert task.title == "Sort and answer the studio inbox"
    assert task.next_check_in is not None
    assert task.next_check_in < CLOCK.today()
    # On the date in the Follow-up tab, to set a new one or check in from there.
    followup = demo_window.editor.followup
    assert followup is not None
    assert demo_window.editor.tabs.currentWidget() is demo_window.editor.followup_page
    assert QApplication.focusWidget() is followup.next_check_in


def test_fix_on_a_due_review_opens_the_assistants_settling_in_period(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    click_fix(demo_window, qtbot, Rule.REVIEW_OVERDUE)
    page = demo_window.assistants_page
    assert demo_window.pages.currentWidget() is page
    assert page.current is not None
    assert page.current.name == "Ben Okafor"
    assert QApplication.focusWidget() is page.review_button


def test_fix_on_a_level_suggestion_opens_the_level_and_changes_nothing(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    click_fix(demo_window, qtbot, Rule.RAISE_LEVEL)
    editor = demo_window.editor
    assert editor.task is not None
    assert editor.task.title == "Sort and answer the studio inbox"
    assert QApplication.focusWidget() is editor.details.level
    assert demo_window.workspace.tasks.task(editor.task.id).level == 4

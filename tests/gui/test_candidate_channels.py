"""Choosing on the working-agreements page which contact channels candidates get:
a tick per channel, clicked or toggled with Space, stored and undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from delegator.domain.profile import ChannelKind, ContactChannel, Profile
from delegator.gui.agreements_page import AgreementsPage
from delegator.gui.contact_channels import FOR_CANDIDATES
from delegator.services.workspace import Workspace

from .helpers import StackRunner, show_page

EMAIL = ContactChannel(ChannelKind.EMAIL, "mara@example.org")
PHONE = ContactChannel(ChannelKind.PHONE, "+49 171 2345678")


@pytest.fixture
def runner() -> StackRunner:
    return StackRunner()


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace, runner: StackRunner) -> AgreementsPage:
    workspace.profile.save(Profile(name="Mara", channels=(EMAIL, PHONE)))
    page = AgreementsPage(workspace.profile, runner)
    runner.pages.append(page)
    return show_page(qtbot, page)


def candidates(workspace: Workspace) -> list[str]:
    return [c.value for c in workspace.profile.profile().candidate_channels()]


def tick_point(page: AgreementsPage, row: int) -> QPoint:
    """The middle of the check box in the row's "For candidates" cell."""
    table = page.channels_table
    index = table.model().index(row, FOR_CANDIDATES)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    indicator = table.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table
    )
    return indicator.center()


def test_by_default_candidates_get_the_first_email_and_nothing_is_ticked(
    page: AgreementsPage, workspace: Workspace
) -> None:
    table = page.channels_table
    ticks = [table.item(row, FOR_CANDIDATES) for row in range(table.rowCount())]
    assert [t.checkState() for t in ticks if t is not None] == [Qt.CheckState.Unchecked] * 2
    assert candidates(workspace) == [EMAIL.value]


def test_clicking_the_tick_gives_candidates_the_phone_number_and_undo_takes_it_back(
    qtbot: QtBot, page: AgreementsPage, workspace: Workspace, runner: StackRunner
) -> None:
    table = page.channels_table

    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=tick_point(page, 1))

    qtbot.waitUntil(lambda: candidates(workspace) == [PHONE.value])
    runner.stack.undo()
    assert candidates(workspace) == [EMAIL.value]
    tick = table.item(1, FOR_CANDIDATES)
    assert tick is not None
    assert tick.checkState() == Qt.CheckState.Unchecked


def test_space_on_a_tick_toggles_it(
    qtbot: QtBot, page: AgreementsPage, workspace: Workspace
) -> None:
    table = page.channels_table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.setCurrentCell(0, FOR_CANDIDATES)

    qtbot.keyClick(table, Qt.Key.Key_Space)
    table.setCurrentCell(1, FOR_CANDIDATES)
    qtbot.keyClick(table, Qt.Key.Key_Space)

    qtbot.waitUntil(lambda: candidates(workspace) == [EMAIL.value, PHONE.value])

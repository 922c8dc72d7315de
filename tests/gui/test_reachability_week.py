"""Reachability on the working-agreements page: Monday's times for the whole week at
one click."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from delegator.domain.profile import ReachabilityWindow
from delegator.gui.agreements_page import AgreementsPage
from delegator.services.workspace import Workspace

from .helpers import Recorder, click

pytestmark = pytest.mark.usefixtures("typing_locale")


def window(weekday: int, start: int, end: int) -> ReachabilityWindow:
    return ReachabilityWindow(weekday, dt.time(start), dt.time(end))


def test_same_as_monday_gives_the_weekdays_mondays_times(
    qtbot: QtBot, workspace: Workspace
) -> None:
    profile = workspace.profile
    saturday = window(5, 10, 11)
    given = (window(0, 9, 12), window(0, 14, 16), window(2, 8, 9), saturday)
    profile.save(replace(profile.profile(), windows=given))
    page = AgreementsPage(profile, Recorder())
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    week = page.reachability
    assert week.same_as_monday.isEnabled()
    click(qtbot, week.same_as_monday)
    windows = profile.profile().windows
    assert [w for w in windows if w.weekday == 2] == [window(2, 9, 12), window(2, 14, 16)]
    assert {w.weekday for w in windows} == {0, 1, 2, 3, 4, 5}
    assert saturday in windows
    assert week.texts[4].text() == week.texts[0].text()

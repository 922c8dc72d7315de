"""The working-agreements page driven like a user: typing, tables, weekly times, undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from delegator.domain.profile import (
    ChannelKind,
    CheckInRhythm,
    ContactChannel,
    Profile,
    ReachabilityWindow,
)
from delegator.gui.agreements_page import AgreementsPage
from delegator.services.workspace import Workspace

from .helpers import (
    RTL_EMOJI,
    Recorder,
    StackRunner,
    click,
    focused,
    retype,
    show_page,
    type_text,
)
from .locales import NNBSP

# Completion popups and menus cannot raise or grab the keyboard on the offscreen platform.
pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)"),
    pytest.mark.usefixtures("typing_locale"),
]

MONDAY, WEDNESDAY, FRIDAY = 0, 2, 4


@pytest.fixture
def runner() -> Recorder:
    return Recorder()


def open_page(qtbot: QtBot, workspace: Workspace, runner: Recorder) -> AgreementsPage:
    return show_page(qtbot, AgreementsPage(workspace.profile, runner))


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace, runner: Recorder) -> AgreementsPage:
    return open_page(qtbot, workspace, runner)


def stored(workspace: Workspace) -> Profile:
    return workspace.profile.profile()


def channel_rows(page: AgreementsPage) -> list[tuple[str, str]]:
    table = page.channels_table

    def text(row: int, column: int) -> str:
        item = table.item(row, column)
        assert item is not None, f"the channels table has no item at ({row}, {column})"
        return item.text()

    return [(text(row, 0), text(row, 1)) for row in range(table.rowCount())]


def add_channel(qtbot: QtBot, page: AgreementsPage, value: str) -> None:
    """Click Add Channel, type the address into the cell editor it opens, press Enter."""
    before = len(stored_channels(page))
    click(qtbot, page.add_channel_button)
    editor = focused()
    assert editor is not None
    assert editor is not page.channels_table
    type_text(qtbot, editor, value)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(stored_channels(page)) == before + 1)


def stored_channels(page: AgreementsPage) -> tuple[ContactChannel, ...]:
    return page._service.profile().channels


def choose_kind(qtbot: QtBot, page: AgreementsPage, row: int, first_letter: str) -> None:
    """Select the row's kind cell, press F2 and pick a kind by its first letter."""
    table = page.channels_table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.setCurrentCell(row, 0)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = focused()
    assert isinstance(editor, QComboBox)
    qtbot.keyClicks(editor, first_letter)


def add_window(qtbot: QtBot, page: AgreementsPage, weekday: int, start: str, end: str) -> None:
    """Click + on the weekday, type from and to into the times it opens, press Enter."""
    week = page.reachability
    click(qtbot, week.add_buttons[weekday])
    editor = week.editors[weekday]
    assert editor.isVisible()
    assert focused() is editor.start
    qtbot.keyClicks(editor.start, start)
    qtbot.keyClick(editor.start, Qt.Key.Key_Tab)
    while focused() is editor.start:  # the minutes part
        qtbot.keyClick(editor.start, Qt.Key.Key_Tab)
    assert focused() is editor.end
    qtbot.keyClicks(editor.end, end)
    qtbot.keyClick(editor.end, Qt.Key.Key_Return)


def pick(qtbot: QtBot, combo: QComboBox, first_letters: str) -> None:
    """Choose an entry of a closed combo box by typing its first letters."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(combo, first_letters)


def name_of(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    return widget.text().replace("&", "") if isinstance(widget, QAbstractButton) else ""


# Round trip -------------------------------------------------------------------------


class Typing(NamedTuple):
    """What a user of one locale types into the page, and what the page shows back."""

    windows: tuple[tuple[int, str, str], ...]
    budget: str
    hourly_value: str
    monday_shown: str
    wednesday_shown: str
    friday: str
    budget_shown: str
    hourly_value_shown: str


TYPING = {
    "en_US": Typing(
        windows=(
            (MONDAY, "9:00 AM", "12:00 PM"),
            (MONDAY, "2:00 PM", "5:30 PM"),
            (WEDNESDAY, "10:00 AM", "11:00 AM"),
            (FRIDAY, "8:00 AM", "9:00 AM"),
        ),
        budget="1,500",
        hourly_value="120.50",
        monday_shown=f"9:00{NNBSP}AM–12:00{NNBSP}PM, 2:00{NNBSP}PM–5:30{NNBSP}PM",
        wednesday_shown=f"10:00{NNBSP}AM–11:00{NNBSP}AM",
        friday="Friday",
        budget_shown="CHF\u00a01,500.00",
        hourly_value_shown="CHF\u00a0120.50",
    ),
    "de_DE": Typing(
        windows=(
            (MONDAY, "09:00", "12:00"),
            (MONDAY, "14:00", "17:30"),
            (WEDNESDAY, "10:00", "11:00"),
            (FRIDAY, "08:00", "09:00"),
        ),
        budget="1.500",
        hourly_value="120,50",
        monday_shown="09:00–12:00, 14:00–17:30",
        wednesday_shown="10:00–11:00",
        friday="Freitag",
        budget_shown="1.500,00\u00a0CHF",
        hourly_value_shown="120,50\u00a0CHF",
    ),
}


@pytest.mark.parametrize("locale_name", ["en_US", "de_DE"])
def test_every_field_round_trips_through_the_file(
    qtbot: QtBot,
    page: AgreementsPage,
    workspace: Workspace,
    runner: Recorder,
    tmp_path: Path,
    locale_name: str,
) -> None:
    typing = TYPING[locale_name]
    retype(qtbot, page.name_edit, RTL_EMOJI)
    retype(qtbot, page.business_edit, "Keller Design")
    add_channel(qtbot, page, "mara@example.org")
    add_channel(qtbot, page, "+49 171 2345678")
    add_channel(qtbot, page, "old handle")
    assert [c.kind for c in stored(workspace).channels] == [
        ChannelKind.EMAIL,
        ChannelKind.PHONE,
        ChannelKind.CHAT,
    ], "each new channel takes the next kind not used yet"
    choose_kind(qtbot, page, 1, "V")
    page.channels_table.setCurrentCell(2, 1)
    click(qtbot, page.remove_channel_button)
    for weekday, start, end in typing.windows:
        add_window(qtbot, page, weekday, start, end)
    click(qtbot, page.reachability.remove_buttons[FRIDAY])  # one window: removed at once
    retype(qtbot, page.time_zone_combo, "europe/zurich", Qt.Key.Key_Return)
    retype(qtbot, page.response_spin, "24")
    pick(qtbot, page.rhythm_combo, "E")  # Every two weeks
    pick(qtbot, page.weekday_combo, "F")  # Friday
    retype(qtbot, page.budget_spin, typing.budget)
    retype(qtbot, page.hourly_value_spin, typing.hourly_value)
    retype(qtbot, page.currency_combo, "chf")
    pick(qtbot, page.language_combo, "D")

    expected = Profile(
        name=RTL_EMOJI,
        business="Keller Design",
        channels=(
            ContactChannel(ChannelKind.EMAIL, "mara@example.org"),
            ContactChannel(ChannelKind.VIDEO, "+49 171 2345678"),
        ),
        windows=(
            ReachabilityWindow(MONDAY, dt.time(9), dt.time(12)),
            ReachabilityWindow(MONDAY, dt.time(14), dt.time(17, 30)),
            ReachabilityWindow(WEDNESDAY, dt.time(10), dt.time(11)),
        ),
        time_zone="Europe/Zurich",
        response_time_hours=24,
        check_in_rhythm=CheckInRhythm.BIWEEKLY,
        check_in_weekday=FRIDAY,
        monthly_budget_cents=150000,
        own_hourly_value_cents=12050,
        currency="CHF",
        brief_language="de",
    )
    assert stored(workspace) == expected
    assert set(runner.labels) == {"Edit working agreements"}
    assert len(runner.labels) == 20, "one step per committed change"

    workspace.close()
    reopened = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups")
    try:
        fresh = open_page(qtbot, reopened, Recorder())
        assert fresh.profile == expected
        assert fresh.name_edit.text() == RTL_EMOJI
        assert fresh.business_edit.text() == "Keller Design"
        assert channel_rows(fresh) == [
            ("Email", "mara@example.org"),
            ("Video call", "+49 171 2345678"),
        ]
        texts = [label.text() for label in fresh.reachability.texts]
        assert texts[MONDAY] == typing.monday_shown
        assert texts[WEDNESDAY] == typing.wednesday_shown
        assert texts[FRIDAY] == "Not reachable"
        assert fresh.time_zone_combo.currentText() == "Europe/Zurich"
        assert fresh.response_spin.text() == "24 h"
        assert fresh.rhythm_combo.currentText() == "Every two weeks"
        assert fresh.weekday_combo.currentText() == typing.friday
        assert fresh.budget_spin.text() == typing.budget_shown
        assert fresh.hourly_value_spin.text() == typing.hourly_value_shown
        assert fresh.currency_combo.currentText() == "CHF"
        assert fresh.language_combo.currentText() == "Deutsch"
    finally:
        reopened.close()


@pytest.mark.parametrize(
    ("locale_name", "typed", "cents", "shown"),
    [
        ("en_US", "120.50", 12050, "€120.50"),
        ("en_US", "1,200.50", 120050, "€1,200.50"),
        ("en_US", "1200", 120000, "€1,200.00"),
        ("en_US", "1,200", 120000, "€1,200.00"),  # a comma before three digits groups
        ("en_US", "120,50", 12050, "€120.50"),  # a comma before two digits cannot group
        ("en_US", "1.200,50", 120050, "€1,200.50"),  # the last mark starts the cents
        ("de_DE", "120,50", 12050, "120,50\u00a0€"),
        ("de_DE", "1.200,50", 120050, "1.200,50\u00a0€"),
        ("de_DE", "1200", 120000, "1.200,00\u00a0€"),
        ("de_DE", "1.200", 120000, "1.200,00\u00a0€"),  # a dot before three digits groups
        ("de_DE", "120.50", 12050, "120,50\u00a0€"),  # a dot before two digits cannot group
        ("de_DE", "1,200.50", 120050, "1.200,50\u00a0€"),
        ("de_DE", "1.200.000", 120000000, "1.200.000,00\u00a0€"),
    ],
)
def test_amounts_are_read_as_the_locale_writes_them_and_shown_back(
    qtbot: QtBot, page: AgreementsPage, workspace: Workspace, typed: str, cents: int, shown: str
) -> None:
    retype(qtbot, page.hourly_value_spin, typed)
    assert stored(workspace).own_hourly_value_cents == cents
    assert page.hourly_value_spin.text() == shown


@pytest.mark.parametrize("locale_name", ["en_US", "de_DE"])
@pytest.mark.parametrize("typed", ["1.234.5", "1,234,5", "12.5,3"])
def test_an_amount_that_cannot_be_read_is_not_stored(
    qtbot: QtBot, page: AgreementsPage, workspace: Workspace, locale_name: str, typed: str
) -> None:
    retype(qtbot, page.hourly_value_spin, "80")
    shown = page.hourly_value_spin.text()
    retype(qtbot, page.hourly_value_spin, typed)
    assert stored(workspace).own_hourly_value_cents == 8000
    assert page.hourly_value_spin.text() == shown


@pytest.mark.parametrize("locale_name", ["de_DE"])
def test_weekdays_are_named_in_the_locales_language(page: AgreementsPage) -> None:
    days = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
    assert [label.text() for label in page.reachability.day_labels] == days
    combo = page.weekday_combo
    assert [combo.itemText(row) for row in range(1, combo.count())] == days
    assert page.reachability.add_buttons[MONDAY].toolTip() == "Add a time on Montag"


def test_a_new_profile_shows_everything_as_not_set(page: AgreementsPage) -> None:
    assert page.response_spin.text() == "Not set"
    assert page.budget_spin.text() == "Not set"
    assert page.rhythm_combo.currentText() == "Not set"
    assert not page.weekday_combo.isEnabled()
    assert page.language_combo.currentIndex() == -1
    assert [label.text() for label in page.reachability.texts] == ["Not reachable"] * 7
    assert not any(button.isEnabled() for button in page.reachability.remove_buttons)


def test_values_can_be_set_back_to_not_set(
    qtbot: QtBot, page: AgreementsPage, workspace: Workspace
) -> None:
    retype(qtbot, page.response_spin, "4")
    retype(qtbot, page.budget_spin, "500")
    pick(qtbot, page.rhythm_combo, "M")
    assert stored(workspace).check_in_rhythm is CheckInRhythm.MONTHLY
    retype(qtbot, page.response_spin, "")
    retype(qtbot, page.budget_spin, "0")
    page.rhythm_combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.rhythm_combo, Qt.Key.Key_Home)  # "Not set" comes first
    profile = stored(workspace)
    assert profile.response_time_hours is None
    assert profile.monthly_budget_cents is None
    assert profile.check_in_rhythm is None
    assert not page.weekday_combo.isEnabled()


def test_an_empty_channel_row_is_not_stored(
    qtbot: QtBot, page: AgreementsPage, workspace: Workspace, runner: Recorder
) -> None:
    click(qtbot, page.add_channel_button)
    editor = focused()
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert page.channels_table.rowCount() == 1
    assert stored(workspace).channels == ()
    assert runner.labels == []


def test_a_day_with_several_windows_asks_which_to_remove(
    qtbot: QtBot, page: AgreementsPage, workspace: Workspace
) -> None:
    add_window(qtbot, page, MONDAY, "9:00 AM", "12:00 PM")
    add_window(qtbot, page, MONDAY, "2:00 PM", "5:00 PM")
    click(qtbot, page.reachability.remove_buttons[MONDAY])
    menu = page.reachability.remove_menu
    assert menu is not None
    assert menu.isVisible()
    assert [action.text() for action in menu.actions()] == [
        f"Remove 9:00{NNBSP}AM–12:00{NNBSP}PM",
        f"Remove 2:00{NNBSP}PM–5:00{NNBSP}PM",
    ]
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert stored(workspace).windows == (ReachabilityWindow(MONDAY, dt.time(9), dt.time(12)),)
    assert page.reachability.texts[MONDAY].text() == f"9:00{NNBSP}AM–12:00{NNBSP}PM"


def test_adding_a_window_suggests_the_time_after_the_last_one(
    qtbot: QtBot, page: AgreementsPage
) -> None:
    add_window(qtbot, page, MONDAY, "9:00 AM", "12:00 PM")
    click(qtbot, page.reachability.add_buttons[MONDAY])
    editor = page.reachability.editors[MONDAY]
    assert (editor.start.text(), editor.end.text()) == (f"12:00{NNBSP}PM", f"3:00{NNBSP}PM")
    qtbot.keyClick(editor.start, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert focused() is page.reachability.add_buttons[MONDAY]


# Bad input -------------------------------------------------------------------------------


def test_bad_input_is_explained_in_place_and_not_stored(
    qtbot: QtBot, page: AgreementsPage, workspace: Workspace
) -> None:
    add_window(qtbot, page, MONDAY, "9:00 AM", "12:00 PM")
    before = stored(workspace)
    editor = page.reachability.editors[MONDAY]

    add_window(qtbot, page, MONDAY, "3:00 PM", "2:00 PM")
    assert editor.isVisible()
    assert editor.message.isVisible()
    assert editor.message.text() == "The end must be after the start. Not saved."
    assert editor.start.accessibleDescription() == editor.message.text()

    retype(qtbot, editor.start, "11:00 AM")
    retype(qtbot, editor.end, "1:00 PM", Qt.Key.Key_Return)
    assert editor.message.text() == (
        f"This overlaps 9:00{NNBSP}AM–12:00{NNBSP}PM on the same day. Not saved."
    )

    retype(qtbot, page.time_zone_combo, "Mars/Olympus_Mons", Qt.Key.Key_Return)
    assert page.time_zone_message.isVisible()
    assert page.time_zone_message.text().startswith("Unknown time zone")

    retype(qtbot, page.currency_combo, "€")
    assert page.currency_message.isVisible()

    assert QApplication.activeModalWidget() is None
    assert stored(workspace) == before

    # Touching windows do not overlap; fixing the input stores it and clears the message.
    retype(qtbot, editor.start, "12:00 PM")
    retype(qtbot, editor.end, "1:00 PM", Qt.Key.Key_Return)
    assert not editor.isVisible()
    retype(qtbot, page.time_zone_combo, "Europe/Vienna", Qt.Key.Key_Return)
    retype(qtbot, page.currency_combo, "usd")
    assert not page.time_zone_message.isVisible()
    assert not page.currency_message.isVisible()
    profile = stored(workspace)
    assert profile.windows[-1] == ReachabilityWindow(MONDAY, dt.time(12), dt.time(13))
    assert profile.time_zone == "Europe/Vienna"
    assert profile.currency == "USD"


# Undo, keyboard, focus ---------------------------------------------------------------------


def test_changes_are_undone_through_a_real_undo_stack(qtbot: QtBot, workspace: Workspace) -> None:
    runner = StackRunner()
    page = open_page(qtbot, workspace, runner)
    runner.pages.append(page)
    retype(qtbot, page.name_edit, "Mara")
    add_window(qtbot, page, WEDNESDAY, "9:00 AM", "10:00 AM")
    pick(qtbot, page.language_combo, "E")
    assert runner.stack.count() == 3

    runner.stack.undo()
    assert stored(workspace).brief_language == ""
    assert page.language_combo.currentIndex() == -1
    runner.stack.undo()
    assert stored(workspace).windows == ()
    assert page.reachability.texts[WEDNESDAY].text() == "Not reachable"
    runner.stack.undo()
    assert stored(workspace) == Profile()
    assert page.name_edit.text() == ""
    runner.stack.redo()
    assert page.name_edit.text() == "Mara"


def test_tab_walks_through_the_form_in_visual_order(
    qtbot: QtBot, page: AgreementsPage, workspace: Workspace, runner: Recorder
) -> None:
    workspace.profile.save(
        Profile(
            channels=(ContactChannel(ChannelKind.EMAIL, "mara@example.org"),),
            windows=(ReachabilityWindow(FRIDAY, dt.time(9), dt.time(12)),),
            check_in_rhythm=CheckInRhythm.WEEKLY,
        )
    )
    page.refresh()
    page.name_edit.setFocus(Qt.FocusReason.TabFocusReason)
    names = [name_of(page.name_edit)]
    widgets: list[QWidget] = [page.name_edit]
    for _ in range(80):
        widget = focused()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = focused()
        assert widget is not None
        if widget is page.name_edit:
            break
        if widget is not widgets[-1]:
            widgets.append(widget)
            names.append(name_of(widget))
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    week = [f"Add a time on {day}" for day in days]
    week.insert(days.index("Friday") + 1, "Remove a time on Friday")
    left = [
        "Your name",
        "Business",
        "Contact channels",
        "Add Channel",
        "Response time",
        "Check-in rhythm",
        "Check-in day",
    ]
    right = [
        *week,
        "Your time zone",
        "Monthly budget",
        "Your own hourly value",
        "Currency",
        "Language of briefs",
    ]
    assert names == left + right
    assert runner.labels == [], "walking through the form changes nothing"
    # Reading order: the left column top to bottom, then the right one.
    places = [w.mapTo(page, w.rect().topLeft()) for w in widgets]
    left_places, right_places = places[: len(left)], places[len(left) :]
    assert max(p.x() for p in left_places) < min(p.x() for p in right_places)
    for column in (left_places, right_places):
        ys = [p.y() for p in column]
        assert ys == sorted(ys)


@pytest.mark.parametrize(
    ("field", "widget_name"),
    [
        ("name", "name_edit"),
        ("channels", "add_channel_button"),
        ("time_zone", "time_zone_combo"),
        ("response_time_hours", "response_spin"),
        ("check_in_rhythm", "rhythm_combo"),
        ("monthly_budget_cents", "budget_spin"),
        ("own_hourly_value_cents", "hourly_value_spin"),
        ("currency", "currency_combo"),
        ("brief_language", "language_combo"),
    ],
)
def test_focus_field_puts_the_cursor_on_the_named_field(
    page: AgreementsPage, field: str, widget_name: str
) -> None:
    assert page.focus_field(field)
    assert focused() is getattr(page, widget_name)


def test_focus_field_on_windows_goes_to_the_first_add_button(page: AgreementsPage) -> None:
    assert page.focus_field("windows")
    assert focused() is page.reachability.add_buttons[MONDAY]
    assert not page.focus_field("no_such_field")


def test_every_field_has_an_accessible_name(page: AgreementsPage) -> None:
    for widget in page.form_fields():
        assert name_of(widget), widget

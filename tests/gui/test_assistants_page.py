"""The Assistants page driven like a user: typing, ticking, Tab, undo, reopening."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
)
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant
from delegator.gui.assistants_page import AssistantsPage
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


@pytest.fixture
def runner() -> Recorder:
    return Recorder()


def open_page(qtbot: QtBot, workspace: Workspace, runner: Recorder) -> AssistantsPage:
    return show_page(qtbot, AssistantsPage(workspace.assistants, runner))


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace, runner: Recorder) -> AssistantsPage:
    return open_page(qtbot, workspace, runner)


def stored(workspace: Workspace) -> list[Assistant]:
    return workspace.assistants.assistants(include_archived=True)


def only(workspace: Workspace) -> Assistant:
    (assistant,) = stored(workspace)
    return assistant


def add_assistant(qtbot: QtBot, page: AssistantsPage) -> None:
    click(qtbot, page.new_button)


def list_names(page: AssistantsPage) -> list[str]:
    return [page.list.item(row).text() for row in range(page.list.count())]


# Adding and naming -----------------------------------------------------------------


def test_an_empty_page_says_how_to_start(page: AssistantsPage) -> None:
    assert page.stack.currentWidget() is page.empty_hint
    assert "New Assistant" in page.empty_hint.text()
    assert not page.archive_button.isEnabled()


def test_new_assistant_is_stored_selected_and_its_name_ready_to_type(
    qtbot: QtBot, page: AssistantsPage, workspace: Workspace, runner: Recorder
) -> None:
    add_assistant(qtbot, page)
    assert runner.labels == ["Add assistant"]
    assert [a.name for a in stored(workspace)] == ["New assistant"]
    assert focused() is page.name_edit
    assert page.name_edit.selectedText() == "New assistant"
    type_text(qtbot, page.name_edit, RTL_EMOJI)
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Tab)
    assert only(workspace).name == RTL_EMOJI
    assert list_names(page) == [RTL_EMOJI]
    assert focused() is page.role_edit
    fresh = open_page(qtbot, workspace, Recorder())
    assert fresh.name_edit.text() == RTL_EMOJI
    assert list_names(fresh) == [RTL_EMOJI]


class Typing(NamedTuple):
    """What a user of one locale types into the form, and what the form shows back."""

    rate: str
    capacity: str
    hours: tuple[str, str]
    start_date: str
    trial_end: str
    rate_shown: str
    capacity_shown: str
    hours_shown: tuple[str, str]
    start_date_shown: str
    trial_end_shown: str


TYPING = {
    "en_US": Typing(
        rate="42.50",
        capacity="10.5",
        hours=("8:30 AM", "12:15 PM"),
        start_date="3/1/2025",
        trial_end="6/20/25",
        rate_shown="42.50",
        capacity_shown="10.5 h/week",
        hours_shown=(f"8:30{NNBSP}AM", f"12:15{NNBSP}PM"),
        start_date_shown="3/1/2025",
        trial_end_shown="6/20/2025",
    ),
    "de_DE": Typing(
        rate="42,50",
        capacity="10,5",
        hours=("08:30", "12:15"),
        start_date="01.03.2025",
        trial_end="20.6.25",
        rate_shown="42,50",
        capacity_shown="10,5 h/week",
        hours_shown=("08:30", "12:15"),
        start_date_shown="01.03.2025",
        trial_end_shown="20.06.2025",
    ),
}


@pytest.mark.parametrize("locale_name", ["en_US", "de_DE"])
def test_every_field_round_trips_through_the_file(
    qtbot: QtBot,
    page: AssistantsPage,
    workspace: Workspace,
    runner: Recorder,
    tmp_path: Path,
    locale_name: str,
) -> None:
    typing = TYPING[locale_name]
    add_assistant(qtbot, page)
    retype(qtbot, page.name_edit, "Anna Schmidt")
    retype(qtbot, page.role_edit, "Virtual assistant")
    retype(qtbot, page.contact_edit, "anna@example.org, +49 171 2345678")
    retype(qtbot, page.skills_edit, "Bookkeeping, canva ,, Email inbox, bookkeeping")
    retype(qtbot, page.rate_spin, typing.rate)
    retype(qtbot, page.currency_combo, "chf")
    retype(qtbot, page.capacity_spin, typing.capacity)
    for weekday in (0, 2, 4):
        click(qtbot, page.day_boxes[weekday])
    click(qtbot, page.hours.check)
    assert only(workspace).work_start == dt.time(9)
    assert only(workspace).work_end == dt.time(17)
    retype(qtbot, page.hours.start, typing.hours[0])
    retype(qtbot, page.hours.end, typing.hours[1], Qt.Key.Key_Return)
    retype(qtbot, page.time_zone_combo, "america/new york", Qt.Key.Key_Return)
    click(qtbot, page.start_date.check)
    assert only(workspace).start_date == workspace.clock.today() == dt.date(2026, 12, 7)
    retype(qtbot, page.start_date.edit, typing.start_date, Qt.Key.Key_Return)
    click(qtbot, page.trial_end.check)
    assert only(workspace).trial_end == dt.date(2025, 6, 1), "three months after the start"
    retype(qtbot, page.trial_end.edit, typing.trial_end, Qt.Key.Key_Return)
    page.notes_edit.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, page.notes_edit, RTL_EMOJI)
    qtbot.keyClick(page.notes_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.notes_edit, "Prefers written briefs.")
    qtbot.keyClick(page.notes_edit, Qt.Key.Key_Tab)

    expected = Assistant(
        id=only(workspace).id,
        name="Anna Schmidt",
        role="Virtual assistant",
        contact="anna@example.org, +49 171 2345678",
        skills=("Bookkeeping", "canva", "Email inbox"),
        hourly_rate_cents=4250,
        currency="CHF",
        weekly_capacity_hours=10.5,
        working_days=(0, 2, 4),
        work_start=dt.time(8, 30),
        work_end=dt.time(12, 15),
        time_zone="America/New_York",
        start_date=dt.date(2025, 3, 1),
        trial_end=dt.date(2025, 6, 20),
        notes=f"{RTL_EMOJI}\nPrefers written briefs.",
    )
    assert only(workspace) == expected
    assert set(runner.labels) == {"Add assistant", "Edit assistant"}
    assert len(runner.labels) == 1 + 19, "one step per committed change"

    # A fresh page on a reopened file shows all of it.
    workspace.close()
    reopened = Workspace(tmp_path / "delegator.sqlite3", tmp_path / "backups")
    try:
        fresh = open_page(qtbot, reopened, Recorder())
        assert fresh.current == expected
        assert fresh.name_edit.text() == "Anna Schmidt"
        assert fresh.role_edit.text() == "Virtual assistant"
        assert fresh.contact_edit.text() == "anna@example.org, +49 171 2345678"
        assert fresh.skills_edit.text() == "Bookkeeping, canva, Email inbox"
        assert fresh.rate_spin.text() == typing.rate_shown
        assert fresh.currency_combo.currentText() == "CHF"
        assert fresh.capacity_spin.text() == typing.capacity_shown
        assert [box.isChecked() for box in fresh.day_boxes] == [1, 0, 1, 0, 1, 0, 0]
        assert fresh.hours.check.isChecked()
        assert (fresh.hours.start.text(), fresh.hours.end.text()) == typing.hours_shown
        assert fresh.time_zone_combo.currentText() == "America/New_York"
        assert fresh.start_date.check.isChecked()
        assert fresh.start_date.edit.text() == typing.start_date_shown
        assert fresh.trial_end.edit.text() == typing.trial_end_shown
        assert fresh.notes_edit.toPlainText() == f"{RTL_EMOJI}\nPrefers written briefs."
        assert list_names(fresh) == ["Anna Schmidt"]
    finally:
        reopened.close()


def test_a_day_picked_in_the_calendar_is_stored_at_once(
    qtbot: QtBot, page: AssistantsPage, workspace: Workspace, runner: Recorder
) -> None:
    add_assistant(qtbot, page)
    click(qtbot, page.start_date.check)
    edit = page.start_date.edit
    arrow = QPoint(edit.width() - 5, edit.height() // 2)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    steps = len(runner.labels)
    view = focused()
    assert view is not None
    assert calendar.isAncestorOf(view)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert only(workspace).start_date == dt.date(2026, 12, 8), "the day after the clock's"
    assert edit.text() == "12/8/2026"
    assert len(runner.labels) == steps + 1


@pytest.mark.parametrize(
    ("locale_name", "typed", "hours", "shown"),
    [
        ("en_US", "7.5", 7.5, "7.5 h/week"),
        ("en_US", "7,5", 7.5, "7.5 h/week"),
        ("de_DE", "7,5", 7.5, "7,5 h/week"),
        ("de_DE", "7.5", 7.5, "7,5 h/week"),
    ],
)
def test_hours_are_read_as_the_locale_writes_them_and_shown_back(
    qtbot: QtBot, page: AssistantsPage, workspace: Workspace, typed: str, hours: float, shown: str
) -> None:
    add_assistant(qtbot, page)
    retype(qtbot, page.capacity_spin, typed)
    assert only(workspace).weekly_capacity_hours == hours
    assert page.capacity_spin.text() == shown


@pytest.mark.parametrize("locale_name", ["de_DE"])
def test_an_out_of_range_number_is_not_stored(
    qtbot: QtBot, page: AssistantsPage, workspace: Workspace
) -> None:
    add_assistant(qtbot, page)
    retype(qtbot, page.capacity_spin, "20")
    retype(qtbot, page.capacity_spin, "1.000")  # a thousand hours: more than a week has
    assert only(workspace).weekly_capacity_hours == 20
    assert page.capacity_spin.text() == "20,0 h/week"


@pytest.mark.parametrize("locale_name", ["de_DE"])
def test_weekdays_are_named_in_the_locales_language(page: AssistantsPage) -> None:
    assert [box.text() for box in page.day_boxes] == [
        "Mo.",
        "Di.",
        "Mi.",
        "Do.",
        "Fr.",
        "Sa.",
        "So.",
    ]
    assert [box.accessibleName() for box in page.day_boxes] == [
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ]


def test_values_can_be_set_back_to_not_set(
    qtbot: QtBot, page: AssistantsPage, workspace: Workspace
) -> None:
    add_assistant(qtbot, page)
    retype(qtbot, page.rate_spin, "30")
    retype(qtbot, page.capacity_spin, "8")
    click(qtbot, page.hours.check)
    click(qtbot, page.start_date.check)
    assert only(workspace).hourly_rate_cents == 3000
    assert only(workspace).start_date is not None
    retype(qtbot, page.rate_spin, "")
    retype(qtbot, page.capacity_spin, "0")
    click(qtbot, page.hours.check)
    click(qtbot, page.start_date.check)
    assistant = only(workspace)
    assert assistant.hourly_rate_cents is None
    assert assistant.weekly_capacity_hours is None
    assert assistant.work_start is None
    assert assistant.work_end is None
    assert assistant.start_date is None
    assert page.rate_spin.text() == "Not set"
    assert page.start_date.edit.text() == "Not set"
    assert not page.hours.start.isEnabled()
    assert page.hours.start.text() == "Not set"


def test_committing_an_unchanged_field_stores_nothing(
    qtbot: QtBot, page: AssistantsPage, runner: Recorder
) -> None:
    add_assistant(qtbot, page)
    runner.labels.clear()
    for widget in page.form_fields()[:7]:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    page.notes_edit.setFocus()
    page.name_edit.setFocus()
    assert runner.labels == []


# Bad input -----------------------------------------------------------------------------


def test_bad_input_is_explained_under_the_field_and_not_stored(
    qtbot: QtBot, page: AssistantsPage, workspace: Workspace
) -> None:
    add_assistant(qtbot, page)
    before = only(workspace)

    retype(qtbot, page.name_edit, "   ")
    assert page.name_message.isVisible()
    assert page.name_message.text() == "An assistant needs a name."
    assert page.name_edit.accessibleDescription() == "An assistant needs a name."

    click(qtbot, page.hours.check)
    before = only(workspace)
    retype(qtbot, page.hours.end, "9:00 AM", Qt.Key.Key_Return)
    assert page.hours_message.isVisible()
    assert "must end after it starts" in page.hours_message.text()

    retype(qtbot, page.time_zone_combo, "Mars/Olympus_Mons", Qt.Key.Key_Return)
    assert page.time_zone_message.isVisible()
    assert page.time_zone_message.text().startswith("Unknown time zone")
    assert page.time_zone_combo.accessibleDescription() == page.time_zone_message.text()

    retype(qtbot, page.currency_combo, "€")
    assert page.currency_message.text().startswith("Type a three-letter currency code")

    click(qtbot, page.start_date.check)
    retype(qtbot, page.start_date.edit, "3/1/2025", Qt.Key.Key_Return)
    click(qtbot, page.trial_end.check)
    retype(qtbot, page.trial_end.edit, "2/1/2025", Qt.Key.Key_Return)
    assert page.trial_message.isVisible()
    assert "cannot end before the start date" in page.trial_message.text()

    assert QApplication.activeModalWidget() is None
    after = only(workspace)
    assert after.name == before.name == "New assistant"
    assert (after.work_start, after.work_end) == (dt.time(9), dt.time(17))
    assert after.time_zone == ""
    assert after.currency == "EUR"
    assert after.start_date == dt.date(2025, 3, 1)
    assert after.trial_end == dt.date(2025, 6, 1)
    # What was typed stays in view, even when another field is stored meanwhile.
    retype(qtbot, page.role_edit, "Bookkeeper")
    assert page.hours.end.text() == f"9:00{NNBSP}AM"
    assert page.hours_message.isVisible()
    assert page.time_zone_combo.currentText() == "Mars/Olympus_Mons"

    # Fixing the input stores it and takes the message away.
    retype(qtbot, page.hours.end, "11:00 AM", Qt.Key.Key_Return)
    retype(qtbot, page.time_zone_combo, "Asia/Manila", Qt.Key.Key_Return)
    retype(qtbot, page.trial_end.edit, "4/1/2025", Qt.Key.Key_Return)
    retype(qtbot, page.name_edit, "Ben")
    for message in (
        page.hours_message,
        page.time_zone_message,
        page.trial_message,
        page.name_message,
    ):
        assert not message.isVisible()
    fixed = only(workspace)
    assert fixed.name == "Ben"
    assert fixed.work_end == dt.time(11)
    assert fixed.time_zone == "Asia/Manila"
    assert fixed.trial_end == dt.date(2025, 4, 1)


# Undo, archive, selection ----------------------------------------------------------------


def test_changes_are_undone_and_redone_through_a_real_undo_stack(
    qtbot: QtBot, workspace: Workspace
) -> None:
    runner = StackRunner()
    page = open_page(qtbot, workspace, runner)
    runner.pages.append(page)
    add_assistant(qtbot, page)
    retype(qtbot, page.role_edit, "Bookkeeper")
    click(qtbot, page.day_boxes[1])
    assert runner.stack.count() == 3
    assert runner.stack.undoText() == "Edit assistant"

    runner.stack.undo()
    assert only(workspace).working_days == ()
    assert not page.day_boxes[1].isChecked()
    runner.stack.undo()
    assert only(workspace).role == ""
    assert page.role_edit.text() == ""
    runner.stack.undo()
    assert stored(workspace) == []
    assert page.stack.currentWidget() is page.empty_hint
    runner.stack.redo()
    runner.stack.redo()
    assert page.role_edit.text() == "Bookkeeper"
    assert only(workspace).role == "Bookkeeper"
    assert list_names(page) == ["New assistant"]


def test_archive_hides_the_assistant_and_restore_brings_it_back(
    qtbot: QtBot, page: AssistantsPage, workspace: Workspace, runner: Recorder
) -> None:
    workspace.assistants.add(Assistant(0, "Anna"))
    workspace.assistants.add(Assistant(0, "Ben"))
    page.refresh()
    assert page.select_assistant(stored(workspace)[0].id)
    click(qtbot, page.archive_button)
    assert runner.labels == ["Archive assistant"]
    assert [a.archived for a in stored(workspace)] == [True, False]
    assert list_names(page) == ["Ben"]
    assert page.current is not None
    assert page.current.name == "Ben"

    click(qtbot, page.show_archived)
    assert list_names(page) == ["Anna (archived)", "Ben"]
    assert page.select_assistant(stored(workspace)[0].id)
    assert page.archive_button.text() == "Restore"
    click(qtbot, page.archive_button)
    assert runner.labels[-1] == "Restore assistant"
    assert list_names(page) == ["Anna", "Ben"]
    assert not stored(workspace)[0].archived


def test_selecting_an_archived_assistant_shows_the_archived_ones(
    qtbot: QtBot, page: AssistantsPage, workspace: Workspace
) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna", archived=True))
    page.refresh()
    assert list_names(page) == []
    assert page.select_assistant(anna.id)
    assert page.show_archived.isChecked()
    assert page.current == anna
    assert not page.select_assistant(9999)


def test_refresh_keeps_the_selection_and_shows_changes_made_elsewhere(
    qtbot: QtBot, page: AssistantsPage, workspace: Workspace
) -> None:
    workspace.assistants.add(Assistant(0, "Anna"))
    ben, _ = workspace.assistants.add(Assistant(0, "Ben"))
    page.refresh()
    page.select_assistant(ben.id)
    workspace.assistants.save(Assistant(ben.id, "Ben", role="Bookkeeper"))
    page.refresh()
    assert page.current is not None
    assert page.current.id == ben.id
    assert page.role_edit.text() == "Bookkeeper"
    assert page.list.currentRow() == 1


def test_clicking_another_assistant_first_stores_what_was_being_typed(
    qtbot: QtBot, page: AssistantsPage, workspace: Workspace
) -> None:
    anna, _ = workspace.assistants.add(Assistant(0, "Anna"))
    ben, _ = workspace.assistants.add(Assistant(0, "Ben"))
    page.refresh()
    page.select_assistant(anna.id)
    page.role_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(page.role_edit, "Bookkeeper")
    page.notes_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(page.notes_edit, "Mondays only")
    ben_rect = page.list.visualItemRect(page.list.item(1))
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=ben_rect.center())
    assert page.current is not None
    assert page.current.id == ben.id
    assert page.role_edit.text() == ""
    assert page.notes_edit.toPlainText() == ""
    stored_anna = workspace.assistants.assistant(anna.id)
    assert stored_anna.role == "Bookkeeper"
    assert stored_anna.notes == "Mondays only"


def test_skills_complete_from_the_skills_of_all_assistants(
    qtbot: QtBot, page: AssistantsPage, workspace: Workspace
) -> None:
    workspace.assistants.add(Assistant(0, "Anna", skills=("Bookkeeping", "Canva")))
    page.refresh()
    add_assistant(qtbot, page)
    page.skills_edit.setFocus(Qt.FocusReason.TabFocusReason)
    completer = page.skills_edit.completer()
    popup = completer.popup()
    assert popup is not None, "the skills completer has no popup"
    qtbot.keyClicks(page.skills_edit, "boo")
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.skills_edit.text() == "Bookkeeping"
    qtbot.keyClicks(page.skills_edit, ", ca")
    assert popup.isVisible()
    assert completer.currentCompletion() == "Bookkeeping, Canva", "the earlier tags stay"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.skills_edit.text() == "Bookkeeping, Canva"
    new = next(a for a in stored(workspace) if a.name == "New assistant")
    assert new.skills == ("Bookkeeping", "Canva")


# Keyboard ----------------------------------------------------------------------------------


def test_tab_walks_through_the_form_in_visual_order(
    qtbot: QtBot, page: AssistantsPage, workspace: Workspace, runner: Recorder
) -> None:
    workspace.assistants.add(
        Assistant(
            0,
            "Anna",
            work_start=dt.time(9),
            work_end=dt.time(17),
            start_date=dt.date(2025, 3, 1),
            trial_end=dt.date(2025, 6, 1),
        )
    )
    page.refresh()
    page.name_edit.setFocus(Qt.FocusReason.TabFocusReason)
    names = [page.name_edit.accessibleName()]
    for _ in range(60):
        widget = focused()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        name = focused().accessibleName()  # type: ignore[union-attr]
        if name == "Assistants":
            break
        if name != names[-1]:  # date and time fields take one Tab per part
            names.append(name)
    assert names == [
        "Name",
        "Role",
        "Contact",
        "Skills",
        "Hourly rate",
        "Currency",
        "Weekly capacity",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Working hours agreed",
        "Working hours from",
        "Working hours to",
        "Time zone",
        "Start date agreed",
        "Start date",
        "Trial period agreed",
        "End of trial period",
        "Form of address in German briefs",
        "Notes",
    ]
    # The form shows its fields in that order: top to bottom, and left to right in a row.
    places = [w.mapTo(page, w.rect().center()) for w in page.form_fields()]
    for before, after in itertools.pairwise(places):
        same_row = abs(after.y() - before.y()) <= 8
        assert (same_row and after.x() > before.x()) or after.y() > before.y() + 8
    assert runner.labels == [], "walking through the form changes nothing"


@pytest.mark.parametrize(
    ("field", "widget_name"),
    [
        ("name", "name_edit"),
        ("skills", "skills_edit"),
        ("hourly_rate_cents", "rate_spin"),
        ("weekly_capacity_hours", "capacity_spin"),
        ("time_zone", "time_zone_combo"),
        ("notes", "notes_edit"),
    ],
)
def test_focus_field_puts_the_cursor_on_the_named_field(
    qtbot: QtBot, page: AssistantsPage, workspace: Workspace, field: str, widget_name: str
) -> None:
    workspace.assistants.add(Assistant(0, "Anna"))
    page.refresh()
    assert page.focus_field(field)
    assert focused() is getattr(page, widget_name)


def test_focus_field_on_an_unset_date_or_time_goes_to_its_check_box(
    page: AssistantsPage, workspace: Workspace
) -> None:
    workspace.assistants.add(Assistant(0, "Anna"))
    page.refresh()
    assert page.focus_field("trial_end")
    assert focused() is page.trial_end.check
    assert page.focus_field("work_start")
    assert focused() is page.hours.check
    assert page.focus_field("working_days")
    assert focused() is page.day_boxes[0]
    assert not page.focus_field("no_such_field")


def test_every_form_widget_has_an_accessible_name(page: AssistantsPage) -> None:
    for widget in [page.list, page.show_archived, page.new_button, *page.form_fields()]:
        assert widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text()), (
            widget
        )

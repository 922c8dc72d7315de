"""Typed text lands in the field the user clicked, and is stored there."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from delegator.gui.main_window import MainWindow
from delegator.text.formatting import short_date

from .action_walk import OFFSCREEN_LIMITS
from .conftest import OpenWindow, seed
from .helpers import choose_data
from .locales import default_locale

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)


def click_and_type(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Click *field* through its window, as the window system delivers a click (an open
    popup sees it first), and type *text*."""
    window = field.window()
    handle = window.windowHandle()
    assert handle is not None
    spot = field.mapTo(window, field.rect().center())
    qtbot.mouseClick(handle, Qt.MouseButton.LeftButton, pos=spot)
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_a_click_after_a_completed_skill_lands_in_the_clicked_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    (first, second) = seed(window, "Belege", "Rechnungen")
    window.editor.show_task(first)
    window.editor.open_tab(3)
    form = window.editor.details
    click_and_type(qtbot, form.skills, "Sorgfalt")
    qtbot.keyClick(form.skills, Qt.Key.Key_Return)
    window.editor.show_task(second)
    click_and_type(qtbot, form.skills, "Sorg")
    popup = form.skills.completer().popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    click_and_type(qtbot, form.minutes, "15")
    assert form.skills.text() == "Sorg"
    assert form.minutes.text() == "15"


def click(qtbot: QtBot, field: QWidget) -> None:
    """Scroll *field* into sight as a user would, then click it through its window."""
    window = field.window()
    handle = window.windowHandle()
    assert handle is not None
    spot = field.mapTo(window, field.rect().center())
    qtbot.mouseClick(handle, Qt.MouseButton.LeftButton, pos=spot)


def test_each_detail_clicked_and_typed_is_stored_in_that_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.resize(1280, 800)
    (task_id,) = seed(window, "Belege")
    window.editor.show_task(task_id)
    window.editor.open_tab(3)
    form = window.editor.details
    page = window.editor.details_page
    area = form.area.lineEdit()
    lead_time = form.lead_time.lineEdit()
    assert area is not None
    assert lead_time is not None
    choose_data(qtbot, form.frequency, "weekly")
    due_top = form.due.mapTo(form, form.due.rect().topLeft()).y()
    typed = [
        (area, "Finanzen"),
        (form.minutes, "15"),
        (form.due, "+3"),
        (lead_time, "2"),
        (form.escalation, "ein Beleg fehlt"),
        (form.skills, "Sorgfalt"),
        (form.tools.entry, "Lexoffice"),
    ]
    for field, text in typed:
        page.ensureWidgetVisible(field)
        click(qtbot, field)
        focused = QApplication.focusWidget()
        assert focused is field or (focused is not None and focused.isAncestorOf(field))
        field.selectAll()
        qtbot.keyClicks(focused, text)
    qtbot.keyClick(form.tools.entry, Qt.Key.Key_Return)
    task = window._service.task(task_id)
    assert task.area == "Finanzen"
    assert task.minutes_per_occurrence == 15
    assert task.due is not None
    assert task.due.isoformat() == "2026-12-10"
    assert task.lead_time_days == 2
    assert task.escalation_rule == "ein Beleg fehlt"
    assert task.skills == ("Sorgfalt",)
    assert task.tools == ("Lexoffice",)
    assert form.minutes.text() == "15 min"
    assert "hours a week" in form.load.text()
    # The hours line appeared without moving the fields under it.
    assert form.due.mapTo(form, form.due.rect().topLeft()).y() == due_top


def test_a_day_picked_in_the_calendar_is_written_and_stored(
    window: MainWindow, qtbot: QtBot
) -> None:
    (task_id,) = seed(window, "Belege")
    window.editor.show_task(task_id)
    window.editor.open_tab(3)
    form = window.editor.details
    qtbot.mouseClick(form.due_picker, Qt.MouseButton.LeftButton)
    calendar = form.due_picker.calendar
    assert calendar.isVisible()
    keys = calendar.focusWidget() or calendar
    qtbot.keyClick(keys, Qt.Key.Key_Right)
    qtbot.keyClick(keys, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert form.due.text() == short_date(dt.date(2026, 12, 8))
    stored = window._service.task(task_id).due
    assert stored is not None
    assert stored.isoformat() == "2026-12-08"


def test_a_template_s_fields_are_marked_until_edited(window: MainWindow, qtbot: QtBot) -> None:
    (task_id,) = seed(window, "Belege")
    editor = window.editor
    editor.show_task(task_id)
    editor.mark_from_template(["instructions", "tools"], "Buchhaltung")
    note = editor.template_note
    assert note.isVisible()
    assert "“Buchhaltung”" in note.text()
    assert "Instructions" in note.text()
    assert "Tools and access" in note.text()
    assert editor.sections.item(3).font().bold()
    editor.open_tab(3)
    qtbot.keyClicks(editor.details.tools.entry, "Lexoffice")
    qtbot.keyClick(editor.details.tools.entry, Qt.Key.Key_Return)
    assert "Tools and access" not in note.text()
    assert not editor.sections.item(3).font().bold()
    editor.open_tab(0)
    qtbot.keyClicks(editor.instructions.editor, "Belege sammeln")
    editor.flush()
    assert not note.isVisible()


def test_every_section_is_in_sight_and_opens_on_a_click(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1100, 700)
    (task_id,) = seed(window, "Belege")
    editor = window.editor
    editor.show_task(task_id)
    sections = editor.sections
    for row in range(sections.count()):
        rect = sections.visualItemRect(sections.item(row))
        assert sections.viewport().rect().contains(rect), sections.item(row).text()
        qtbot.mouseClick(sections.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert editor.tabs.currentIndex() == row


def test_the_minutes_field_shows_what_was_stored(open_window: OpenWindow, qtbot: QtBot) -> None:
    with default_locale("de_DE"):
        window = open_window()
        (task_id,) = seed(window, "Belege")
        window.editor.show_task(task_id)
        window.editor.open_tab(3)
        minutes = window.editor.details.minutes
        minutes.setFocus()
        qtbot.keyClicks(minutes, "1,000")
        qtbot.keyClick(minutes, Qt.Key.Key_Return)
        assert window._service.task(task_id).minutes_per_occurrence == 1
        assert minutes.text() == "1 min"


def test_ctrl_z_in_a_field_never_brings_back_what_was_typed_for_another_to_do(
    window: MainWindow, qtbot: QtBot
) -> None:
    (first, second) = seed(window, "Belege", "Rechnungen")
    window.workspace.tasks.update(second, {"escalation_rule": "Over 50 euros"})
    window.editor.show_task(first)
    window.editor.open_tab(3)
    form = window.editor.details
    click(qtbot, form.escalation)
    qtbot.keyClicks(form.escalation, "Over 50 euros")
    qtbot.keyClick(form.escalation, Qt.Key.Key_Tab)  # stored for the first to-do
    assert window.workspace.tasks.task(first).escalation_rule == "Over 50 euros"
    row = window.model.row_of(second)
    assert row is not None
    spot = window.table.visualRect(window.model.index(row, 0)).center()
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.waitUntil(lambda: window.editor.task is not None and window.editor.task.id == second)
    assert form.escalation.text() == "Over 50 euros"  # the same text: the field is left alone
    click(qtbot, form.escalation)
    qtbot.keySequence(form.escalation, "Ctrl+Z")
    qtbot.keyClick(form.escalation, Qt.Key.Key_Tab)
    assert form.escalation.text() == "Over 50 euros"
    assert window.workspace.tasks.task(second).escalation_rule == "Over 50 euros"

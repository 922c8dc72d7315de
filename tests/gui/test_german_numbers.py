"""Numbers typed into the editor are read as a German user means them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from .conftest import OpenWindow, seed
from .locales import default_locale


def type_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_minutes_and_triage_hours_follow_the_german_decimal_comma(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    with default_locale("de_DE"):
        window = open_window()
        (task_id,) = seed(window, "Belege sortieren")
        window.table.setFocus()
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
        minutes = window.editor.details.minutes
        type_into(qtbot, minutes, "1.000")  # a thousand minutes, as a German writes it
        assert window._service.task(task_id).minutes_per_occurrence == 1000
        type_into(qtbot, minutes, "1,5 h")
        assert window._service.task(task_id).minutes_per_occurrence == 90
        qtbot.keyClick(window.editor, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
        hours = window.editor.triage.hours
        type_into(qtbot, hours.lineEdit(), "12,5")
        assert window._workspace.triage.answers(task_id).hours_per_month == 12.5
        type_into(qtbot, hours.lineEdit(), "12.5")
        assert window._workspace.triage.answers(task_id).hours_per_month == 12.5

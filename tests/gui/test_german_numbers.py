"""Numbers typed into the editor are read as a German user means them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from delegator.domain.assistant import Assistant
from delegator.domain.model import Decision, Frequency
from delegator.domain.views import View
from delegator.gui.sidebar import Page
from delegator.text.formatting import (
    currency_affixes,
    hours_unit,
    money,
    money_per_month,
    weekly_hours,
    weekly_hours_of,
    weekly_hours_unit,
)

from .conftest import OpenWindow, seed
from .locales import default_locale, speaking_german

NBSP = "\u00a0"  # Qt writes a no-break space between an amount and its currency


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


@pytest.fixture
def speak_german(qapp: QCoreApplication) -> Iterator[None]:
    """The app's and Qt's German catalogues with German numbers, as ``--lang de``."""
    with speaking_german(qapp):
        yield


@pytest.mark.usefixtures("speak_german")
def test_hours_and_money_are_written_one_way_in_german() -> None:
    assert money(123450, "EUR") == f"1.234,50{NBSP}€"
    assert money_per_month(41308, "EUR") == f"413,08{NBSP}€/Monat"
    assert money_per_month(129500, "EUR", whole=True) == f"1.295{NBSP}€/Monat"
    assert weekly_hours(2.5) == "2,5 Std./Woche"
    assert weekly_hours_of(6, 10) == "6/10 Std./Woche"
    assert (hours_unit(), weekly_hours_unit()) == (" Std.", " Std./Woche")
    assert currency_affixes("EUR") == ("", f"{NBSP}€")


def test_hours_and_money_are_written_one_way_in_english() -> None:
    with default_locale("en_US"):
        assert money(123450, "EUR") == "€1,234.50"
        assert money(4250, "CHF") == f"CHF{NBSP}42.50"
        assert money_per_month(41308, "EUR") == "€413.08/month"
        assert weekly_hours(2.5) == "2.5 h/week"
        assert weekly_hours_of(6, 10) == "6/10 h/week"
        assert currency_affixes("EUR") == ("€", "")


@pytest.mark.usefixtures("speak_german")
def test_the_sidebar_and_the_editor_write_hours_and_money_alike(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window()
    anna, _ = window._workspace.assistants.add(
        Assistant(0, "Anna Keller", hourly_rate_cents=5700, weekly_capacity_hours=10)
    )
    service = window._service
    once, weekly = seed(window, "Umzug planen", "Belege sortieren", decision=Decision.DELEGATE)
    for task_id, frequency in ((weekly, Frequency.WEEKLY), (once, Frequency.ONCE)):
        task = replace(
            service.task(task_id),
            assistant_id=anna.id,
            frequency=frequency,
            minutes_per_occurrence=150,
        )
        window.apply_changes(service.save(task))
    detail = window.sidebar.assistant_detail(anna.id)
    assert detail is not None
    assert detail[0].startswith("2,5/10 Std./Woche · ")
    assert detail[0].endswith(f"{NBSP}€/Monat")
    window.view_actions[View.ALL].trigger()
    first = window.table.visualRect(window.table.model().index(0, 1)).center()
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    shown = window.editor.task
    assert shown is not None
    assert shown.id == once
    assert f"{NBSP}€/Monat" in window.editor.summary.text()
    load = window.editor.details.load.text()
    assert load.endswith("€ pro Monat zum Stundensatz von Anna Keller"), load
    assert load[0].isdigit(), "no leading comma when there are no hours a week"


@pytest.mark.usefixtures("speak_german")
def test_a_money_field_shows_the_currency_where_german_writes_it(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window()
    window.page_actions[Page.AGREEMENTS].trigger()
    budget = window.agreements_page.budget_spin
    type_into(qtbot, budget.lineEdit(), "1234,5")
    assert budget.text() == f"1.234,50{NBSP}€"
    assert budget.cents() == 123450

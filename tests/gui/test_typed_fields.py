"""The shared date, time and money fields typed like a user of each locale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from delegator.gui.typed_fields import DateEdit, MoneySpinBox, TimeEdit

from .helpers import focused
from .locales import NNBSP, default_locale


class Form(QWidget):
    """A line edit to start from, then a date, a time and an amount that take what is
    typed when they are left or Enter is pressed (as the pages' fields do)."""

    def __init__(self) -> None:
        super().__init__()
        self.before = QLineEdit(self)
        self.date = DateEdit(self)
        self.time = TimeEdit(self)
        self.money = MoneySpinBox(self)
        self.committed: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.before)
        for field in (self.date, self.time, self.money):
            field.setKeyboardTracking(False)
            field.editingFinished.connect(lambda field=field: self.committed.append(field))
            layout.addWidget(field)


@pytest.fixture
def form(qtbot: QtBot, locale_name: str) -> Iterator[Form]:
    with default_locale(locale_name):
        form = Form()
        qtbot.addWidget(form)
        with qtbot.waitActive(form):
            form.show()
            form.activateWindow()
        yield form


def type_into(qtbot: QtBot, form: Form, field: QWidget, text: str, key: Qt.Key) -> None:
    """Tab into *field* from the line edit before it, type *text*, press *key*."""
    form.before.setFocus(Qt.FocusReason.TabFocusReason)
    while focused() is not field:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    form.committed.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, key)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Tab], ids=["Enter", "Tab"])
@pytest.mark.parametrize(
    ("locale_name", "typed", "shown"),
    [
        ("en_US", "3/1/2025", "3/1/2025"),
        ("en_US", "03/01/2025", "3/1/2025"),
        ("en_US", "3/1/25", "3/1/2025"),
        ("de_DE", "01.03.2025", "01.03.2025"),
        ("de_DE", "1.3.2025", "01.03.2025"),
        ("de_DE", "01.03.25", "01.03.2025"),
        ("de_DE", "1.3.25", "01.03.2025"),
        ("en_GB", "01/03/2025", "01/03/2025"),
        ("en_GB", "1/3/25", "01/03/2025"),
    ],
)
def test_a_date_is_typed_as_the_locale_writes_it(
    qtbot: QtBot, form: Form, typed: str, shown: str, key: Qt.Key
) -> None:
    form.date.setDate(QDate(2026, 12, 7))
    type_into(qtbot, form, form.date, typed, key)
    assert form.date.date() == QDate(2025, 3, 1)
    assert form.date.text() == shown


@pytest.mark.parametrize(
    ("locale_name", "typed", "time", "shown"),
    [
        ("en_US", "8:30 AM", dt.time(8, 30), f"8:30{NNBSP}AM"),
        ("en_US", "8:30 pm", dt.time(20, 30), f"8:30{NNBSP}PM"),
        ("en_US", "12:15 PM", dt.time(12, 15), f"12:15{NNBSP}PM"),
        ("en_US", "8:30", dt.time(8, 30), f"8:30{NNBSP}AM"),  # Enter right after the minutes
        ("de_DE", "08:30", dt.time(8, 30), "08:30"),
        ("de_DE", "8:30", dt.time(8, 30), "08:30"),
        ("de_DE", "20:30", dt.time(20, 30), "20:30"),
    ],
)
def test_a_time_is_typed_as_the_locale_writes_it(
    qtbot: QtBot, form: Form, typed: str, time: dt.time, shown: str
) -> None:
    form.time.setTime(QTime(0, 0))
    type_into(qtbot, form, form.time, typed, Qt.Key.Key_Return)
    assert form.committed == [form.time], "Enter commits the time"
    assert form.time.time() == QTime(time.hour, time.minute)
    assert form.time.text() == shown


@pytest.mark.parametrize(
    ("locale_name", "typed", "shown"),
    [
        ("de_DE", "12,345", "12,34"),  # a third decimal is refused as it is typed
        ("en_US", "12.345", "12.34"),
        ("de_DE", "-5", "5,00"),  # an amount is never below zero
        ("en_US", "-5", "5.00"),
    ],
)
def test_what_an_amount_cannot_hold_is_refused_as_it_is_typed(
    qtbot: QtBot, form: Form, typed: str, shown: str
) -> None:
    type_into(qtbot, form, form.money, typed, Qt.Key.Key_Return)
    assert form.money.text() == shown

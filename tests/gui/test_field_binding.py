"""A bound field commits what the user typed, explains what it cannot store, and is
shown without committing."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from delegator.domain.errors import InvalidProblem, InvalidValue
from delegator.gui.field_binding import FieldBindings, FieldProblem, Values
from delegator.gui.form_widgets import InlineMessage


@dataclass
class Person:
    name: str


class Form(QWidget):
    """One name field; a name of digits cannot be read, an empty one is refused."""

    def __init__(self) -> None:
        super().__init__()
        self.stored: list[tuple[str, Values]] = []
        self.edit = QLineEdit(self)
        self.message = InlineMessage(self.edit, self)
        layout = QFormLayout(self)
        layout.addRow("Name:", self.edit)
        self.message.add_to(layout)
        self.fields = FieldBindings(self, self._store, self._check)
        self.fields.bind(
            "name",
            self.edit,
            commit=[self.edit.editingFinished],
            read=self._read,
            show=lambda person: self.edit.setText(person.name),
            message=self.message,
        )

    def _read(self) -> Values:
        if self.edit.text().isdigit():
            raise FieldProblem("Not a name.")
        return {"name": self.edit.text().strip()}

    def _check(self, values: Values) -> None:
        if not values["name"]:
            raise InvalidValue(InvalidProblem.EMPTY_NAME)

    def _store(self, field: str, values: Values) -> None:
        self.stored.append((field, values))


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    form = Form()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.edit.setFocus()
    return form


def type_and_commit(qtbot: QtBot, form: Form, text: str) -> None:
    form.edit.selectAll()
    qtbot.keyClicks(form.edit, text)
    qtbot.keyClick(form.edit, Qt.Key.Key_Return)


def test_a_committed_field_is_stored_under_its_name(qtbot: QtBot, form: Form) -> None:
    type_and_commit(qtbot, form, " Anna ")
    assert form.stored == [("name", {"name": "Anna"})]
    assert not form.message.isVisible()


def test_what_cannot_be_read_or_is_refused_is_said_under_the_field(
    qtbot: QtBot, form: Form
) -> None:
    type_and_commit(qtbot, form, "42")
    assert form.message.text() == "Not a name."
    assert form.edit.accessibleDescription() == "Not a name."
    form.edit.clear()
    qtbot.keyClick(form.edit, Qt.Key.Key_Return)
    assert form.message.text() == "An assistant needs a name."
    type_and_commit(qtbot, form, "Ben")
    assert form.stored == [("name", {"name": "Ben"})]
    assert not form.message.isVisible()


def test_loading_shows_without_committing_and_may_keep_a_problem(qtbot: QtBot, form: Form) -> None:
    form.fields.load(Person("Anna"))
    assert form.edit.text() == "Anna"
    assert form.stored == []
    type_and_commit(qtbot, form, "42")
    form.fields.load(Person("Anna"), keep_problems=True)
    assert form.edit.text() == "42"
    assert form.message.text() == "Not a name."
    form.fields.load(Person("Anna"))
    assert form.edit.text() == "Anna"
    assert not form.message.isVisible()

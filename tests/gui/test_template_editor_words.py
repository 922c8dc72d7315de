"""The template editor names its time field as the glossary does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from delegator.domain.templates import TaskTemplate
from delegator.gui.template_editor import TemplateEditor


def test_the_time_field_is_the_time_per_occurrence_in_minutes(qtbot: QtBot) -> None:
    template = TaskTemplate(
        id="own-1",
        name="Billing",
        title="Send the invoices",
        area="",
        instructions="",
        steps=(),
        acceptance_criteria=(),
        skills=(),
        tools=(),
        escalation_rule="",
        frequency=None,
        minutes_per_occurrence=None,
        level=None,
    )
    editor = TemplateEditor(template)
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    form = editor.findChild(QFormLayout)
    assert isinstance(form, QFormLayout)
    label = form.labelForField(editor.minutes_spin)
    assert isinstance(label, QLabel)
    assert label.text() == "Time per occ&urrence:"
    assert editor.minutes_spin.accessibleName() == "Time per occurrence"
    assert editor.minutes_spin.suffix() == " min"

    qtbot.keyClick(editor, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert editor.minutes_spin.hasFocus()
    qtbot.keyClicks(editor.minutes_spin, "45")
    qtbot.keyClick(editor.minutes_spin, Qt.Key.Key_Tab)
    assert editor.template().minutes_per_occurrence == 45

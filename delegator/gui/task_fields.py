"""The fields that describe a delegated to-do, bound the same way wherever they are edited.

Skills, how often, the time per occurrence and "ask me when" stand in the to-do editor
and in the describe form; each form binds them here, so a value is read, checked and
shown alike in both. ``minutes_text`` writes the time per occurrence for every place
that shows it (the revision dialog too).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit

from delegator.domain.model import Frequency, Task
from delegator.domain.parsing import ParseError, ParseProblem, parse_minutes
from delegator.gui.field_binding import FieldBinding, FieldBindings, FieldProblem, Values
from delegator.gui.form_widgets import InlineMessage, parse_tags, select_data, set_text_if_changed


def parse_problem_text(problem: ParseProblem) -> str:
    return {
        ParseProblem.NOT_A_DURATION: QCoreApplication.translate(
            "Details", "Write a duration like 90, 1:30 or 1.5 h."
        ),
        ParseProblem.NEGATIVE: QCoreApplication.translate(
            "Details", "A duration cannot be negative."
        ),
        ParseProblem.TOO_LONG: QCoreApplication.translate(
            "Details", "That is more than a week; split the task."
        ),
        ParseProblem.NOT_A_DATE: QCoreApplication.translate(
            "Details", "Write a date like 12.12.2026, 2026-12-12 or +3 (days from today)."
        ),
    }[problem]


def minutes_text(minutes: int | None) -> str:
    """The time per occurrence as the app writes it: "45 min", "2 h", "1:30" (German
    "45 Min.", "2 Std.", "1:30"); "" when it is not set. Each reads back as the same time.
    """
    if minutes is None:
        return ""
    if minutes >= 60 and minutes % 60:
        return f"{minutes // 60}:{minutes % 60:02d}"
    if minutes >= 60:
        return QCoreApplication.translate("Details", "{hours} h").format(hours=minutes // 60)
    return QCoreApplication.translate("Details", "{minutes} min").format(minutes=minutes)


def bind_skills(fields: FieldBindings, edit: QLineEdit) -> FieldBinding:
    """Bind *edit* to the to-do's skills: comma-separated tags."""
    return fields.bind(
        "skills",
        edit,
        commit=[edit.editingFinished],
        read=lambda: {"skills": parse_tags(edit.text())},
        show=lambda task: set_text_if_changed(edit, ", ".join(task.skills)),
    )


def bind_frequency(fields: FieldBindings, combo: QComboBox) -> FieldBinding:
    """Bind *combo* (a "Not set" item with data None, then one item a ``Frequency``
    value) to the to-do's frequency."""

    def read() -> Values:
        data = combo.currentData()
        return {"frequency": Frequency(data) if data else None}

    def show(task: Task) -> None:
        select_data(combo, task.frequency.value if task.frequency else None)

    return fields.bind("frequency", combo, commit=[combo.activated], read=read, show=show)


def bind_minutes(fields: FieldBindings, edit: QLineEdit, message: InlineMessage) -> FieldBinding:
    """Bind *edit* to the to-do's time per occurrence, written by ``minutes_text``;
    what cannot be read as a duration is said in *message*."""

    def read() -> Values:
        try:
            minutes = parse_minutes(edit.text(), decimal_point=edit.locale().decimalPoint())
        except ParseError as error:
            raise FieldProblem(parse_problem_text(error.problem)) from error
        # Show what is stored: German "1,000" is read as 1 minute and shows "1 min".
        set_text_if_changed(edit, minutes_text(minutes))
        return {"minutes_per_occurrence": minutes}

    return fields.bind(
        "minutes_per_occurrence",
        edit,
        commit=[edit.editingFinished],
        read=read,
        show=lambda task: set_text_if_changed(edit, minutes_text(task.minutes_per_occurrence)),
        message=message,
    )

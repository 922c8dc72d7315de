"""The Details tab of the task editor: estimate, dates, assignment, level, skills, tools."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QStringListModel, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.assistant import Assistant
from delegator.domain.clock import Clock
from delegator.domain.errors import InvalidProblem, InvalidValue
from delegator.domain.model import MAX_LEAD_TIME_DAYS, DelegationLevel, Frequency, Priority, Task
from delegator.domain.parsing import ParseError, parse_date
from delegator.domain.secrets import find_secrets
from delegator.gui.date_picker import DatePickerButton
from delegator.gui.field_binding import FieldBindings, FieldProblem, Values
from delegator.gui.form_widgets import (
    HelpText,
    InlineMessage,
    TagCompleter,
    select_data,
)
from delegator.gui.form_wrap import wrap_when_narrow
from delegator.gui.string_list_editor import StringListEditor
from delegator.gui.task_columns import priority_label
from delegator.gui.task_fields import (
    bind_frequency,
    bind_minutes,
    bind_skills,
    parse_problem_text,
)
from delegator.gui.typed_fields import select_special_value_on_focus
from delegator.text.formatting import day_comes_first, short_date

T = TypeVar("T")


def level_name(level: DelegationLevel) -> str:
    return {
        DelegationLevel.DO_AS_WRITTEN: QCoreApplication.translate("Level", "Do exactly as written"),
        DelegationLevel.RESEARCH_AND_REPORT: QCoreApplication.translate(
            "Level", "Research and report"
        ),
        DelegationLevel.RECOMMEND: QCoreApplication.translate("Level", "Recommend"),
        DelegationLevel.DECIDE_AND_INFORM: QCoreApplication.translate("Level", "Decide and inform"),
        DelegationLevel.ACT_ON_OWN: QCoreApplication.translate("Level", "Act on your own"),
    }[level]


def level_meaning(level: DelegationLevel) -> str:
    return {
        DelegationLevel.DO_AS_WRITTEN: QCoreApplication.translate(
            "Level", "Follow the instructions step by step; ask before deviating."
        ),
        DelegationLevel.RESEARCH_AND_REPORT: QCoreApplication.translate(
            "Level", "Find out the facts and report them; I decide."
        ),
        DelegationLevel.RECOMMEND: QCoreApplication.translate(
            "Level", "Propose what to do, with reasons; I decide."
        ),
        DelegationLevel.DECIDE_AND_INFORM: QCoreApplication.translate(
            "Level", "Decide and act, then tell me what you did."
        ),
        DelegationLevel.ACT_ON_OWN: QCoreApplication.translate(
            "Level", "Handle it completely; no need to report each time."
        ),
    }[level]


def frequency_name(frequency: Frequency) -> str:
    return {
        Frequency.ONCE: QCoreApplication.translate("Frequency", "Once"),
        Frequency.DAILY: QCoreApplication.translate("Frequency", "Daily (working days)"),
        Frequency.WEEKLY: QCoreApplication.translate("Frequency", "Weekly"),
        Frequency.MONTHLY: QCoreApplication.translate("Frequency", "Monthly"),
        Frequency.QUARTERLY: QCoreApplication.translate("Frequency", "Quarterly"),
        Frequency.YEARLY: QCoreApplication.translate("Frequency", "Yearly"),
    }[frequency]


class TaskDetailsForm(QWidget):
    """Edits the measurable parts of a to-do.

    Signals:
        changed(str, dict): a field was committed: field name and the Task fields to set.
    """

    changed = Signal(str, object)

    def __init__(self, clock: Clock, parent: Any = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._task: Task | None = None
        self._fields = FieldBindings(self, self._commit)
        self._build()
        self._wire()
        self._bind()

    def _build(self) -> None:
        self.assistant = QComboBox(self)
        self.assistant.setAccessibleName(self.tr("Assistant"))
        self.area = QComboBox(self)
        self.area.setEditable(True)
        self.area.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.area.setAccessibleName(self.tr("Area"))
        self.priority = QComboBox(self)
        self.priority.setAccessibleName(self.tr("Priority"))
        self.priority.addItem(self.tr("Not set"), None)
        for priority in Priority:
            self.priority.addItem(priority_label(priority), int(priority))
        self.frequency = QComboBox(self)
        self.frequency.setAccessibleName(self.tr("How often"))
        self.frequency.addItem(self.tr("Not set"), None)
        for frequency in Frequency:
            self.frequency.addItem(frequency_name(frequency), frequency.value)
        self.minutes = QLineEdit(self)
        self.minutes.setAccessibleName(self.tr("Time per occurrence"))
        self.minutes.setPlaceholderText(self.tr("e.g. 45 min or 1:30"))
        self.minutes_error = InlineMessage(self.minutes, self)
        # Always shown (and the last row), so no field moves when the hours appear.
        self.load = HelpText("", self)
        self.load.setAccessibleName(self.tr("Load"))
        self.load.setMinimumHeight(2 * self.load.fontMetrics().lineSpacing())
        self.due = QLineEdit(self)
        self.due.setAccessibleName(self.tr("Due"))
        self.due.setPlaceholderText(self.tr("e.g. 12.12.2026 or +7"))
        self.due_picker = DatePickerButton(self._clock, self)
        self.due_picker.setAccessibleName(self.tr("Choose the due date"))
        self.due_error = InlineMessage(self.due, self)
        self.lead_time = QSpinBox(self)
        self.lead_time.setAccessibleName(self.tr("Lead time in days"))
        # Room to type more than the limit, so it is refused in words rather than the
        # last digit being dropped ("400" became "40").
        self.lead_time.setRange(-1, 10 * MAX_LEAD_TIME_DAYS)
        self.lead_time.setSpecialValueText(self.tr("Not set"))
        select_special_value_on_focus(self.lead_time)
        self.lead_time.setSuffix(self.tr(" days"))
        self.lead_time_error = InlineMessage(self.lead_time, self)
        self.level = QComboBox(self)
        self.level.setAccessibleName(self.tr("Delegation level"))
        self.level.addItem(self.tr("Not set"), None)
        for level in DelegationLevel:
            self.level.addItem(f"{int(level)} · {level_name(level)}", int(level))
        self.level_meaning = HelpText("", self)
        self.escalation = QLineEdit(self)
        self.escalation.setAccessibleName(self.tr("Ask me when"))
        self.escalation.setPlaceholderText(
            self.tr("e.g. a customer complains or it costs over 50 €")
        )
        self.skills = QLineEdit(self)
        self.skills.setAccessibleName(self.tr("Required skills"))
        self.skills.setPlaceholderText(self.tr("Comma-separated, e.g. Canva, English"))
        self._skill_names = QStringListModel(self)
        self.skills.setCompleter(TagCompleter(self._skill_names, self))
        self.tools = StringListEditor(
            self.tr("Add a system the assistant needs access to, then Enter"),
            self.tr("Tools and access"),
            self,
        )
        self.tools.list.setMaximumHeight(90)
        self.tools_warning = InlineMessage(self.tools.entry, self)

        for combo in (self.assistant, self.area, self.priority, self.frequency, self.level):
            # Narrow enough for the editor's pane at any window width; the list still
            # opens as wide as its longest item.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        due_row_widget = QWidget(self)
        due_row_widget.setFocusProxy(self.due)
        due_row = QHBoxLayout(due_row_widget)
        due_row.setContentsMargins(0, 0, 0, 0)
        due_row.addWidget(self.due, 1)
        due_row.addWidget(self.due_picker)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = form
        form.addRow(self.tr("&Assistant:"), self.assistant)
        form.addRow(self.tr("A&rea:"), self.area)
        form.addRow(self.tr("&Priority:"), self.priority)
        form.addRow(self.tr("How &often:"), self.frequency)
        form.addRow(self.tr("&Time per occurrence:"), self.minutes)
        self.minutes_error.add_to(form)
        form.addRow(self.tr("D&ue:"), due_row_widget)
        self.due_error.add_to(form)
        form.addRow(self.tr("Lead ti&me:"), self.lead_time)
        self.lead_time_error.add_to(form)
        form.addRow(self.tr("&Level:"), self.level)
        form.addRow("", self.level_meaning)
        form.addRow(self.tr("Ask &me when:"), self.escalation)
        form.addRow(self.tr("S&kills:"), self.skills)
        form.addRow(self.tr("Tools and a&ccess:"), self.tools)
        self.tools_warning.add_to(form)
        # Last: however many lines the hours take at this width, no field moves.
        form.addRow("", self.load)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wrap_when_narrow(self._form, event.size().width())

    def _wire(self) -> None:
        # Before the bindings: the meaning and the warning show before the value is stored.
        self.level.activated.connect(self._on_level_activated)
        self.tools.items_changed.connect(self._check_tools)
        self.due_picker.date_chosen.connect(self._on_due_picker_date_chosen)
        self.tools.entry.textChanged.connect(self._on_tools_entry_text_changed)

    def _bind(self) -> None:
        """Tie each field to the Task fields it edits (see ``FieldBindings``)."""
        fields = self._fields
        area_line = self.area.lineEdit()
        assert area_line is not None
        fields.bind(
            "assistant_id",
            self.assistant,
            commit=[self.assistant.activated],
            read=lambda: {"assistant_id": self.assistant.currentData()},
            show=lambda task: select_data(self.assistant, task.assistant_id),
        )
        fields.bind(
            "area",
            self.area,
            commit=[area_line.editingFinished, self.area.activated],
            read=lambda: {"area": " ".join(self.area.currentText().split())},
            show=lambda task: self.area.setEditText(task.area),
        )
        fields.bind(
            "priority",
            self.priority,
            commit=[self.priority.activated],
            read=lambda: {"priority": _optional(Priority, self.priority.currentData())},
            show=lambda task: select_data(
                self.priority, int(task.priority) if task.priority else None
            ),
        )
        bind_frequency(fields, self.frequency)
        bind_minutes(fields, self.minutes, self.minutes_error)
        fields.bind(
            "due",
            self.due,
            commit=[self.due.editingFinished],
            read=self._read_due,
            show=self._show_due,
            message=self.due_error,
        )
        fields.bind(
            "lead_time_days",
            self.lead_time,
            commit=[self.lead_time.editingFinished],
            read=self._read_lead_time,
            show=lambda task: self.lead_time.setValue(
                -1 if task.lead_time_days is None else task.lead_time_days
            ),
            message=self.lead_time_error,
        )
        fields.bind(
            "level",
            self.level,
            commit=[self.level.activated],
            read=lambda: {"level": _optional(DelegationLevel, self.level.currentData())},
            show=self._show_level,
        )
        fields.bind_line("escalation_rule", self.escalation)
        bind_skills(fields, self.skills)
        fields.bind(
            "tools",
            self.tools,
            commit=[self.tools.items_changed],
            read=lambda: {"tools": tuple(self.tools.items())},
            show=self._show_tools,
        )

    # Showing -------------------------------------------------------------

    def show_task(
        self, task: Task, assistants: Sequence[Assistant], areas: list[str], skills: list[str]
    ) -> None:
        self._task = task
        self.assistant.clear()
        self.assistant.addItem(self.tr("Not assigned"), None)
        for assistant in assistants:
            # Archived assistants are offered only to the to-dos still assigned to them.
            if assistant.archived and assistant.id != task.assistant_id:
                continue
            name = assistant.name
            if assistant.archived:
                name = self.tr("{name} (archived)").format(name=name)
            self.assistant.addItem(name, assistant.id)
        self.area.clear()
        self.area.addItems(areas)
        self._skill_names.setStringList(skills)
        self._fields.load(task)

    def set_load_text(self, text: str) -> None:
        self.load.setText(
            text or self.tr("Choose how often and the time per occurrence to see the hours a week.")
        )

    def _show_due(self, task: Task) -> None:
        self.due.setText(short_date(task.due) if task.due else "")
        self.due_picker.set_date(task.due)

    def _show_level_meaning(self) -> None:
        value = self.level.currentData()
        # Never empty: an empty line would leave a gap under the level.
        self.level_meaning.setText(
            level_meaning(DelegationLevel(value))
            if value
            else self.tr("How much the assistant may decide alone, from 1 to 5.")
        )

    def _show_level(self, task: Task) -> None:
        select_data(self.level, int(task.level) if task.level else None)
        self._show_level_meaning()

    def _show_tools(self, task: Task) -> None:
        self.tools.set_items(task.tools)
        self._check_tools(task.tools)

    def _check_tools(self, tools: Sequence[str]) -> None:
        flagged = [tool for tool in tools if tool and find_secrets(tool)]
        self.tools_warning.show_message(
            self.tr(
                "This looks like a password, PIN, IBAN, card number or key: {items}. Name the "
                "system only, and share access through a password manager instead."
            ).format(items=", ".join(flagged))
            if flagged
            else ""
        )

    # Committing ----------------------------------------------------------

    def _read_lead_time(self) -> Values:
        value = self.lead_time.value()
        if value > MAX_LEAD_TIME_DAYS:
            raise InvalidValue(InvalidProblem.LEAD_TIME_TOO_LARGE)
        return {"lead_time_days": None if value < 0 else value}

    def _read_due(self) -> Values:
        try:
            due = parse_date(self.due.text(), self._clock.today(), day_first=day_comes_first())
        except ParseError as error:
            raise FieldProblem(parse_problem_text(error.problem)) from error
        if due is not None:
            self.due.setText(short_date(due))
        self.due_picker.set_date(due)
        return {"due": due}

    def _commit(self, field: str, values: Values) -> None:
        if self._task is None:
            return
        current = {name: getattr(self._task, name) for name in values}
        if current != values:
            self.changed.emit(field, values)

    def _on_due_picker_date_chosen(self, day: dt.date) -> None:
        self.due.setText(short_date(day))
        self.due_error.clear()
        self._commit("due", {"due": day})

    def _on_level_activated(self, _index: int) -> None:
        self._show_level_meaning()

    def _on_tools_entry_text_changed(self, text: str) -> None:
        # Warn while typing, before the value is even added.
        self._check_tools([*self.tools.items(), text])


def _optional(kind: Callable[[Any], T], value: Any) -> T | None:
    """The combo box's data as *kind*; None for "Not set"."""
    return kind(value) if value else None

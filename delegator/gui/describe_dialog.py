"""Describe one delegated to-do after another on one compact form.

The fields the readiness check asks of a delegated to-do (instructions, "done when",
skills, how often and the time per occurrence) and "ask me when", with the matching
template one click away. **Next** (Ctrl+Return) stores the form and goes on to the next
to-do the check still finds something missing in, without going back to the readiness
page; after the last one the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.model import Frequency, Task
from delegator.domain.readiness import Report, Rule, SubjectKind
from delegator.domain.templates import TaskTemplate, filled_from, matching_template
from delegator.gui.apply_template_dialog import filled_names
from delegator.gui.field_binding import FieldBindings, Values
from delegator.gui.form_widgets import (
    HelpText,
    InlineMessage,
    resize_within_screen,
)
from delegator.gui.markdown_editor import AutosaveTextEdit
from delegator.gui.task_details_form import frequency_name
from delegator.gui.task_fields import bind_frequency, bind_minutes, bind_skills
from delegator.gui.undo_commands import Runner
from delegator.services.edit_operations import EditTask
from delegator.services.readiness_service import ReadinessService
from delegator.services.task_service import TaskService
from delegator.services.template_service import ApplyTemplate

# What makes a delegated to-do "described" for the readiness check.
DESCRIBE_RULES = frozenset(
    {Rule.NO_INSTRUCTIONS, Rule.NO_ACCEPTANCE_CRITERIA, Rule.NO_SKILLS, Rule.NO_ESTIMATE}
)


def undescribed(report: Report) -> list[int]:
    """The to-dos *report* finds not described, each once, in the order of its findings
    (those without instructions first)."""
    ids: dict[int, None] = {}
    for finding in report.findings:
        subject = finding.subject
        if finding.rule in DESCRIBE_RULES and subject.kind is SubjectKind.TASK and subject.id:
            ids.setdefault(subject.id)
    return list(ids)


class DescribeDialog(QDialog):
    """The compact form for the to-dos the readiness check finds not described.

    Starts at *start_id* when that to-do is one of them, else at the first. Each field
    stores when it is left (one undo step per field, as in the editor); Next stores
    them all and shows the next to-do that still needs a description.
    """

    def __init__(
        self,
        tasks: TaskService,
        readiness: ReadinessService,
        templates: Callable[[Task], Sequence[TaskTemplate]],
        run: Runner,
        start_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._readiness = readiness
        self._templates = templates  # those offered for a to-do, in its brief's Sie or du
        self._run = run
        self._task: Task | None = None
        self._template: TaskTemplate | None = None
        self._order = undescribed(readiness.report())
        self._fields = FieldBindings(self, self._store)
        self._build()
        self._bind()
        self._wire()
        self._retranslate()
        resize_within_screen(self, 640, 600)
        if start_id in self._order:
            self._order.remove(start_id)
            self._order.insert(0, start_id)
        if self._order:
            self._show(self._order[0])
        else:
            self._show_nothing_left()

    # Construction -------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = HelpText("", self)
        self.template_button = QPushButton(self)
        self.template_button.setAutoDefault(False)
        self.template_note = HelpText("", self)
        self.instructions = AutosaveTextEdit("", self)
        self.criteria = AutosaveTextEdit("", self)
        self.criteria.setMaximumHeight(5 * self.fontMetrics().lineSpacing())
        self.skills = QLineEdit(self)
        self.frequency = QComboBox(self)
        self.frequency.addItem("", None)
        for frequency in Frequency:
            self.frequency.addItem(frequency_name(frequency), frequency.value)
        self.minutes = QLineEdit(self)
        self.minutes_error = InlineMessage(self.minutes, self)
        self.escalation = QLineEdit(self)

        self.form = form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.instructions_label = QLabel(self)
        self.criteria_label = QLabel(self)
        self.skills_label = QLabel(self)
        self.frequency_label = QLabel(self)
        self.minutes_label = QLabel(self)
        self.escalation_label = QLabel(self)
        rows: tuple[tuple[QLabel, QWidget], ...] = (
            (self.instructions_label, self.instructions),
            (self.criteria_label, self.criteria),
            (self.skills_label, self.skills),
            (self.frequency_label, self.frequency),
            (self.minutes_label, self.minutes),
        )
        for label, field in rows:
            label.setBuddy(field)
            form.addRow(label, field)
        self.minutes_error.add_to(form)
        self.escalation_label.setBuddy(self.escalation)
        form.addRow(self.escalation_label, self.escalation)

        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.close_button = QPushButton(self)
        for button in (self.previous_button, self.next_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.next_button)

        template_row = QHBoxLayout()
        template_row.addWidget(self.template_button, 0)
        template_row.addWidget(self.template_note, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addLayout(template_row)
        layout.addLayout(form, 1)
        layout.addLayout(buttons)

        # The form's order, whatever the order the widgets were made in.
        chain = (
            self.template_button,
            *self._field_widgets(),
            self.previous_button,
            self.close_button,
            self.next_button,
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.next_shortcuts = [
            QShortcut(QKeySequence(keys), self) for keys in ("Ctrl+Return", "Ctrl+Enter")
        ]

    def _bind(self) -> None:
        fields = self._fields
        fields.bind(
            "instructions",
            self.instructions,
            commit=[self.instructions.text_committed],
            read=lambda: {"instructions": self.instructions.toPlainText()},
            show=lambda task: self.instructions.set_text(task.instructions),
        )
        fields.bind(
            "acceptance_criteria",
            self.criteria,
            commit=[self.criteria.text_committed],
            read=lambda: {"acceptance_criteria": _lines(self.criteria.toPlainText())},
            show=lambda task: self.criteria.set_text("\n".join(task.acceptance_criteria)),
        )
        bind_skills(fields, self.skills)
        bind_frequency(fields, self.frequency)
        bind_minutes(fields, self.minutes, self.minutes_error)
        fields.bind_line("escalation_rule", self.escalation)

    def _wire(self) -> None:
        self.template_button.clicked.connect(self._on_template_button_clicked)
        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        for shortcut in self.next_shortcuts:
            shortcut.activated.connect(self._on_next_button_clicked)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Describe Delegated To-dos"))
        self.instructions_label.setText(self.tr("&Instructions:"))
        self.instructions.setAccessibleName(self.tr("Instructions"))
        self.instructions.setPlaceholderText(self.tr("How to do it, in your words"))
        self.criteria_label.setText(self.tr("Done &when:"))
        self.criteria.setAccessibleName(self.tr("Done when"))
        self.criteria.setPlaceholderText(self.tr("One check per line"))
        self.skills_label.setText(self.tr("S&kills:"))
        self.skills.setAccessibleName(self.tr("Skills"))
        self.skills.setPlaceholderText(self.tr("Comma-separated, e.g. Canva, English"))
        self.frequency_label.setText(self.tr("How &often:"))
        self.frequency.setAccessibleName(self.tr("How often"))
        self.frequency.setItemText(0, self.tr("Not set"))
        self.minutes_label.setText(self.tr("&Time per occurrence:"))
        self.minutes.setAccessibleName(self.tr("Time per occurrence"))
        self.minutes.setPlaceholderText(self.tr("e.g. 45 min or 1:30"))
        self.escalation_label.setText(self.tr("Ask &me when:"))
        self.escalation.setAccessibleName(self.tr("Ask me when"))
        self.escalation.setPlaceholderText(
            self.tr("e.g. a customer complains or it costs over 50 €")
        )
        self.previous_button.setText(self.tr("&Previous"))
        self.close_button.setText(self.tr("Close"))

    # Public -------------------------------------------------------------------------

    @property
    def task(self) -> Task | None:
        return self._task

    def first_empty_field(self) -> QWidget:
        """Where the cursor goes when a to-do is shown: its first empty field."""
        task = self._task
        if task is None:
            return self.close_button
        empty: tuple[tuple[bool, QWidget], ...] = (
            (not task.instructions and not task.steps, self.instructions),
            (not task.acceptance_criteria, self.criteria),
            (not task.skills, self.skills),
            (task.frequency is None, self.frequency),
            (task.minutes_per_occurrence is None, self.minutes),
            (not task.escalation_rule, self.escalation),
        )
        return next((widget for is_empty, widget in empty if is_empty), self.next_button)

    # Showing ------------------------------------------------------------------------

    def _show(self, task_id: int) -> None:
        task = self._tasks.task(task_id)
        self._task = task
        self.heading.setText(task.title)
        self.heading.setToolTip(task.title)
        self._fields.load(task)
        self._show_position()
        self._show_template(task)
        for widget in (self.template_button, *self._field_widgets()):
            widget.setEnabled(True)
        self.first_empty_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_position(self) -> None:
        task = self._task
        position = self._order.index(task.id) + 1 if task and task.id in self._order else 0
        self.progress.setText(
            self.tr("To-do {number} of {count} without a full description").format(
                number=position, count=len(self._order)
            )
        )
        self.previous_button.setEnabled(position > 1)
        last = not self._following()
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next"))
        self.next_button.setToolTip(self.tr("Store and go on (Ctrl+Return)"))

    def _show_template(self, task: Task) -> None:
        template = matching_template(task.title, task.area, self._templates(task))
        if template is not None and not filled_from(task, template):
            template = None
        self._template = template
        self.template_button.setVisible(template is not None)
        self.template_note.setText("")
        if template is not None:
            self.template_button.setText(self.tr("Fill from “{name}”").format(name=template.name))

    def _show_nothing_left(self) -> None:
        self._task = None
        self.heading.setText(self.tr("Every delegated to-do is described."))
        self.heading.setToolTip("")
        self.progress.setText("")
        self.template_button.hide()
        self.template_note.setText("")
        for widget in self._field_widgets():
            widget.setEnabled(False)
        self.previous_button.setEnabled(False)
        self.next_button.setText(self.tr("&Finish"))
        self.close_button.setFocus()

    def _field_widgets(self) -> tuple[QWidget, ...]:
        return (
            self.instructions,
            self.criteria,
            self.skills,
            self.frequency,
            self.minutes,
            self.escalation,
        )

    # Storing ------------------------------------------------------------------------

    def _store(self, field: str, values: Values) -> None:
        current = self._task
        if current is None:
            return
        before = {name: getattr(current, name) for name in values}
        if before == values:
            return
        label = self.tr("Describe “{title}”").format(title=current.title)
        if self._run(label, EditTask(self._tasks, current.id, before, values, field)):
            self._task = replace(current, **values)

    def _store_all(self) -> bool:
        """Commit every field; False when one holds what cannot be stored."""
        self.instructions.flush()
        self.criteria.flush()
        for binding in self._fields:
            binding.commit()
        return not self.minutes_error.has_message()

    def _remaining_after(self) -> list[int]:
        """The to-dos after the one shown, then those before it, in the form's order."""
        task = self._task
        if task is None or task.id not in self._order:
            return list(self._order)
        at = self._order.index(task.id)
        return self._order[at + 1 :] + self._order[:at]

    def _following(self) -> list[int]:
        """The other to-dos that still lack something, the next one first."""
        still = set(undescribed(self._readiness.report()))
        return [task_id for task_id in self._remaining_after() if task_id in still]

    # Slots --------------------------------------------------------------------------

    def _on_template_button_clicked(self) -> None:
        task, template = self._task, self._template
        if task is None or template is None or not self._store_all():
            return
        operation = ApplyTemplate(self._tasks, task.id, template)
        label = self.tr("Fill from “{name}”").format(name=template.name)
        if not self._run(label, operation):
            return
        self._show(task.id)
        self.template_note.setText(
            self.tr("Filled: {fields}. Please review them.").format(
                fields=filled_names(operation.filled, self.tr("the decision “delegate”"))
            )
        )

    def _on_next_button_clicked(self) -> None:
        if self._task is None:
            self.accept()
            return
        if not self._store_all():
            self.minutes.setFocus()
            return
        following = self._following()
        if following:
            self._show(following[0])
        else:
            self.accept()

    def _on_previous_button_clicked(self) -> None:
        task = self._task
        if task is None or task.id not in self._order or not self._store_all():
            return
        at = self._order.index(task.id)
        if at > 0:
            self._show(self._order[at - 1])

    def _on_close_button_clicked(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Escape, Close and the window's close box store what was typed, too; a time
        that cannot be read keeps the form open on it, its message beside it."""
        if self._task is not None and not self._store_all():
            self.minutes.setFocus()
            return
        super().reject()


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())

"""Log feedback on a to-do or an assistant: the date, a rating 1–5 and three short
texts, with prompts that help to phrase it constructively (docs/design.md,
"Follow-up"). On a to-do, "what I'd like done differently" can become an edit of its
instructions, steps or "done when" list, stored with the feedback as one undo step.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from enum import Enum

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.assistant import Assistant
from delegator.domain.errors import DelegatorError
from delegator.domain.followup import Feedback
from delegator.domain.model import Task
from delegator.gui.form_widgets import (
    HelpText,
    InlineMessage,
    WrappingLabel,
    frameless_scroll,
    resize_within_screen,
)
from delegator.gui.rating_picker import RatingPicker
from delegator.gui.typed_fields import DateEdit
from delegator.gui.undo_commands import Runner
from delegator.services.followup_operations import LogFeedback
from delegator.services.followup_service import FollowUpService
from delegator.services.task_service import TaskService
from delegator.text.formatting import from_qdate, to_qdate
from delegator.text.messages import explain


class EditTarget(Enum):
    """Where "what I'd like done differently" goes in the to-do."""

    INSTRUCTIONS = "instructions"
    STEP = "step"
    DONE_WHEN = "done_when"


def with_addition(task: Task, target: EditTarget, text: str) -> Task:
    """*task* with *text* appended to its instructions (as a paragraph), its steps or
    its "done when" list (a step or a line is one line of text)."""
    if target is EditTarget.INSTRUCTIONS:
        before = task.instructions.rstrip()
        return replace(task, instructions=f"{before}\n\n{text}" if before else text)
    line = " ".join(text.split())
    if target is EditTarget.STEP:
        return replace(task, steps=(*task.steps, line))
    return replace(task, acceptance_criteria=(*task.acceptance_criteria, line))


def _text_edit(name: str, parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class FeedbackDialog(QDialog):
    """Feedback on *task* (with *tasks*, to edit it) or on *assistant* as a whole.

    Save is possible once a rating is chosen; it runs one ``LogFeedback`` through
    *run*. Cancel (or Esc) stores nothing.
    """

    def __init__(
        self,
        followup: FollowUpService,
        run: Runner,
        parent: QWidget | None = None,
        *,
        task: Task | None = None,
        tasks: TaskService | None = None,
        assistant: Assistant | None = None,
    ) -> None:
        super().__init__(parent)
        if (task is None) == (assistant is None) or (task is not None and tasks is None):
            raise ValueError("feedback is on a to-do (with the task service) or an assistant")
        self._followup = followup
        self._run = run
        self._task = task
        self._tasks = tasks
        self._assistant = assistant
        self._following = True  # the text to add follows "done differently" until edited
        self.setWindowTitle(self.tr("Log Feedback"))
        self._build()
        self._wire()
        self._on_rating_rated()
        self._on_turn_into_edit_toggled(False)

    # Construction -----------------------------------------------------------

    def _build(self) -> None:
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(20, 16, 20, 16)
        heading = QLabel(self._heading(), content)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        heading.setWordWrap(True)
        column.addWidget(heading)
        column.addWidget(
            WrappingLabel(
                self.tr(
                    "Feedback that helps: describe the result you expected, not the person; "
                    "one thing at a time; and say what should stay as it is."
                ),
                content,
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.date = DateEdit(content)
        self.date.setAccessibleName(self.tr("Date"))
        self.date.setCalendarPopup(True)
        today = to_qdate(self._followup.clock.today())
        self.date.setDateRange(QDate(2000, 1, 1), today)
        self.date.setDate(today)
        self.rating = RatingPicker(content)
        self.went_well = _text_edit(self.tr("What went well"), content)
        self.to_improve = _text_edit(self.tr("What I’d like done differently"), content)
        self.keep_in_mind = _text_edit(self.tr("What to keep in mind next time"), content)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Rating:"), self.rating)
        form.addRow(self.tr("What went &well:"), self.went_well)
        form.addRow(
            "",
            HelpText(
                self.tr(
                    "Name what should stay as it is, so it is kept. For example: “The "
                    "summary at the top of the report saved me time.”"
                ),
                content,
            ),
        )
        form.addRow(self.tr("What I’d like done di&fferently:"), self.to_improve)
        form.addRow(
            "",
            HelpText(
                self.tr(
                    "Describe the result you expected, one thing at a time. For example: "
                    "“I expected the invoices sorted by date, newest first” rather than "
                    "“You were careless.”"
                ),
                content,
            ),
        )
        form.addRow(self.tr("Keep in mind &next time:"), self.keep_in_mind)
        form.addRow(
            "",
            HelpText(
                self.tr(
                    "What you both should remember for the next time. For example: “Ask "
                    "before booking anything over 200 €.”"
                ),
                content,
            ),
        )
        column.addLayout(form)
        if self._task is not None:
            column.addWidget(self._build_edit_section(content))
        self.message = InlineMessage(self, content)
        column.addWidget(self.message)
        column.addStretch(1)

        scroll = frameless_scroll(content, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.rating_hint = HelpText(self.tr("Choose a rating to save."), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(scroll, 1)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(20, 0, 20, 0)
        bottom.addWidget(self.rating_hint)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        resize_within_screen(self, 640, 720)

    def _build_edit_section(self, parent: QWidget) -> QWidget:
        section = QFrame(parent)
        section.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(section)
        self.turn_into_edit = QCheckBox(
            self.tr("&Turn “what I’d like done differently” into an edit of the to-do"), section
        )
        layout.addWidget(self.turn_into_edit)
        self.targets = QButtonGroup(self)
        self.target_buttons: dict[EditTarget, QRadioButton] = {}
        texts = {
            EditTarget.INSTRUCTIONS: self.tr("Add to the &instructions as a paragraph"),
            EditTarget.STEP: self.tr("Add as a new &step"),
            EditTarget.DONE_WHEN: self.tr("Add as a new “done w&hen” line"),
        }
        for target, text in texts.items():
            button = QRadioButton(text, section)
            self.targets.addButton(button)
            self.target_buttons[target] = button
            layout.addWidget(button)
        self.target_buttons[EditTarget.INSTRUCTIONS].setChecked(True)
        self.edit_text = _text_edit(self.tr("Text to add to the to-do"), section)
        layout.addWidget(self.edit_text)
        self.edit_help = HelpText(
            self.tr(
                "Write it as you would tell the assistant, for example: “Sort the invoices "
                "by date, newest first.” You can change the text before saving."
            ),
            section,
        )
        layout.addWidget(self.edit_help)
        return section

    def _heading(self) -> str:
        if self._task is not None:
            return self.tr("Feedback on “{title}”").format(title=self._task.title)
        assert self._assistant is not None
        return self.tr("Feedback on {name}").format(name=self._assistant.name)

    def _wire(self) -> None:
        self.rating.rated.connect(self._on_rating_rated)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        if self._task is not None:
            self.turn_into_edit.toggled.connect(self._on_turn_into_edit_toggled)
            self.to_improve.textChanged.connect(self._on_to_improve_text_changed)
            self.edit_text.textChanged.connect(self._on_edit_text_text_changed)

    # Public -------------------------------------------------------------------

    def target(self) -> EditTarget:
        return next(t for t, button in self.target_buttons.items() if button.isChecked())

    # Slots --------------------------------------------------------------------

    def _on_rating_rated(self, _rating: int = 0) -> None:
        rated = self.rating.value() is not None
        self.save_button.setEnabled(rated)
        self.rating_hint.setVisible(not rated)

    def _on_turn_into_edit_toggled(self, checked: bool) -> None:
        if self._task is None:
            return
        for widget in (*self.target_buttons.values(), self.edit_text, self.edit_help):
            widget.setEnabled(checked)
        if checked and self._following:
            self._follow_to_improve()

    def _on_to_improve_text_changed(self) -> None:
        if self._following:
            self._follow_to_improve()

    def _follow_to_improve(self) -> None:
        text = self.to_improve.toPlainText()
        if self.edit_text.toPlainText() != text:
            self.edit_text.blockSignals(True)
            self.edit_text.setPlainText(text)
            self.edit_text.blockSignals(False)

    def _on_edit_text_text_changed(self) -> None:
        self._following = False

    def _on_buttons_accepted(self) -> None:
        rating = self.rating.value()
        if rating is None:
            return
        feedback = Feedback(
            id=0,
            given_on=self._given_on(),
            rating=rating,
            went_well=self.went_well.toPlainText().strip(),
            to_improve=self.to_improve.toPlainText().strip(),
            keep_in_mind=self.keep_in_mind.toPlainText().strip(),
            task_id=self._task.id if self._task is not None else None,
            assistant_id=self._assistant.id if self._assistant is not None else None,
        )
        try:
            operation = self._operation(feedback)
        except DelegatorError as error:
            self.message.show_message(explain(error))
            return
        if operation is None:
            return
        label = self.tr("Log feedback")
        if self._edits_task():
            label = self.tr("Log feedback and edit the to-do")
        if self._run(label, operation):
            self.accept()

    # Helpers ------------------------------------------------------------------

    def _given_on(self) -> dt.date:
        return from_qdate(self.date.date())

    def _edits_task(self) -> bool:
        return self._task is not None and self.turn_into_edit.isChecked()

    def _operation(self, feedback: Feedback) -> LogFeedback | None:
        """The change to run; None (and a message) when the edit has no text."""
        if not self._edits_task():
            return LogFeedback(self._followup, feedback)
        text = self.edit_text.toPlainText().strip()
        if not text:
            self.message.show_message(
                self.tr("Write the text to add to the to-do, or untick “Turn … into an edit”.")
            )
            self.edit_text.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        assert self._task is not None, "an edit needs a to-do"
        assert self._tasks is not None, "an edit needs the task service"
        current = self._tasks.task(self._task.id)
        edited = with_addition(current, self.target(), text)
        return LogFeedback(self._followup, feedback, self._tasks, edited)

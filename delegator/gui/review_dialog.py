"""The settling-in review of an assistant: the feedback and check-ins so far, then
continue, adjust (what) or end (docs/design.md, "Follow-up")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.assistant import Assistant
from delegator.domain.errors import DelegatorError
from delegator.domain.followup import CheckIn, Feedback, Review, ReviewOutcome
from delegator.gui.feedback_log import FeedbackLog
from delegator.gui.form_widgets import (
    HelpText,
    InlineMessage,
    WrappingLabel,
    frameless_scroll,
    resize_within_screen,
)
from delegator.gui.undo_commands import Runner
from delegator.services.followup_operations import AddReview
from delegator.services.followup_service import FollowUpService
from delegator.services.task_service import TaskService
from delegator.text.formatting import hours, short_date
from delegator.text.messages import explain


def outcome_label(outcome: ReviewOutcome) -> str:
    return {
        ReviewOutcome.CONTINUE: QCoreApplication.translate("ReviewDialog", "Continue"),
        ReviewOutcome.ADJUST: QCoreApplication.translate("ReviewDialog", "Adjust"),
        ReviewOutcome.END: QCoreApplication.translate("ReviewDialog", "End"),
    }[outcome]


def _heading_font(font: QFont, scale: float) -> QFont:
    heading = QFont(font)
    heading.setPointSizeF(font.pointSizeF() * scale)
    heading.setWeight(QFont.Weight.DemiBold)
    return heading


class ReviewDialog(QDialog):
    """Review *assistant*'s settling-in period; Save runs one ``AddReview`` through *run*.

    Save needs an outcome, and for Adjust what to adjust. Ending records the decision
    only: nothing is archived or deleted by it.
    """

    def __init__(
        self,
        followup: FollowUpService,
        tasks: TaskService,
        assistant: Assistant,
        run: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._followup = followup
        self._assistant = assistant
        self._run = run
        self.setWindowTitle(self.tr("Review Settling-in Period"))
        problem = ""
        feedback: list[Feedback] = []
        check_ins: list[CheckIn] = []
        titles: dict[int, str] = {}
        try:
            titles = {t.id: t.title for t in tasks.summaries() if t.assistant_id == assistant.id}
            feedback = followup.feedback(assistant_id=assistant.id)
            check_ins = followup.check_ins(list(titles))
        except DelegatorError as error:
            problem = explain(error)
        self._build(feedback, check_ins, titles)
        if problem:
            self.message.show_message(problem)
        self._on_outcome_changed()
        self.outcome_buttons[ReviewOutcome.CONTINUE].setFocus(Qt.FocusReason.OtherFocusReason)

    # Construction -----------------------------------------------------------

    def _build(
        self, feedback: list[Feedback], check_ins: list[CheckIn], titles: dict[int, str]
    ) -> None:
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(20, 16, 20, 16)
        heading = QLabel(
            self.tr("How is the work with {name} settling in?").format(name=self._assistant.name),
            content,
        )
        heading.setFont(_heading_font(heading.font(), 1.25))
        heading.setWordWrap(True)
        column.addWidget(heading)
        column.addWidget(WrappingLabel(self._trial_text(), content))

        column.addWidget(self._section_label(self.tr("Feedback so far"), content))
        self.feedback_log = FeedbackLog(with_titles=True, parent=content)
        self.feedback_log.set_feedback(feedback)
        self.feedback_log.setMinimumHeight(120)
        column.addWidget(self.feedback_log, 1)
        column.addWidget(HelpText(self._ratings_text(feedback), content))

        column.addWidget(self._section_label(self.tr("Check-ins kept"), content))
        self.check_in_list = QListWidget(content)
        self.check_in_list.setAccessibleName(self.tr("Check-ins kept"))
        self.check_in_list.setWordWrap(True)
        self.check_in_list.setAlternatingRowColors(True)
        self.check_in_list.setSpacing(2)
        self.check_in_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.check_in_list.setMinimumHeight(80)
        for check_in in sorted(check_ins, key=lambda c: (c.done_on, c.id), reverse=True):
            line = f"{short_date(check_in.done_on)} · {titles.get(check_in.task_id, '')}"
            if check_in.note:
                line += f"\n{check_in.note}"
            QListWidgetItem(line, self.check_in_list)
        if not check_ins:
            empty = QListWidgetItem(self.tr("No check-ins kept yet."), self.check_in_list)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        column.addWidget(self.check_in_list, 1)

        column.addWidget(self._section_label(self.tr("Your decision"), content))
        column.addLayout(self._build_decision(content))
        self.message = InlineMessage(self.adjustment, content)
        column.addWidget(self.message)

        scroll = frameless_scroll(content, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 12)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 680, 720)

    def _build_decision(self, parent: QWidget) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.outcomes = QButtonGroup(self)
        self.outcome_buttons: dict[ReviewOutcome, QRadioButton] = {}
        texts = {
            ReviewOutcome.CONTINUE: self.tr("&Continue as agreed"),
            ReviewOutcome.ADJUST: self.tr("&Adjust something and continue"),
            ReviewOutcome.END: self.tr("&End the collaboration"),
        }
        choices = QVBoxLayout()
        for outcome, text in texts.items():
            button = QRadioButton(text, parent)
            self.outcomes.addButton(button)
            self.outcome_buttons[outcome] = button
            choices.addWidget(button)
        self.outcomes.buttonToggled.connect(self._on_outcome_changed)
        self.adjustment = QLineEdit(parent)
        self.adjustment.setAccessibleName(self.tr("What to adjust"))
        self.adjustment.setPlaceholderText(
            self.tr("e.g. a check-in every week instead of every two weeks")
        )
        self.end_note = HelpText(
            self.tr(
                "Ending only records your decision: nothing is archived or deleted. You may "
                "then want to archive the assistant on this page and give their to-dos to "
                "someone else. Before you end it, ask yourself whether restating what you "
                "expect could help."
            ),
            parent,
        )
        self.notes = QPlainTextEdit(parent)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 14)
        form.addRow(self.tr("Outcome:"), choices)
        adjust_label = QLabel(self.tr("What to a&djust:"), parent)
        adjust_label.setBuddy(self.adjustment)
        form.addRow(adjust_label, self.adjustment)
        form.addRow("", self.end_note)
        notes_label = QLabel(self.tr("&Notes:"), parent)
        notes_label.setBuddy(self.notes)
        form.addRow(notes_label, self.notes)
        return form

    @staticmethod
    def _section_label(text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setFont(_heading_font(label.font(), 1.05))
        return label

    def _trial_text(self) -> str:
        trial_end = self._assistant.trial_end
        if trial_end is None:
            return self.tr("No trial period was agreed with {name}.").format(
                name=self._assistant.name
            )
        today = self._followup.clock.today()
        if trial_end > today:
            text = self.tr("The trial period ends on {date}.")
        else:
            text = self.tr("The trial period ended on {date}.")
        return text.format(date=short_date(trial_end))

    def _ratings_text(self, feedback: list[Feedback]) -> str:
        if not feedback:
            return self.tr("No feedback logged yet: there is nothing to rate the period by.")
        average = sum(f.rating for f in feedback) / len(feedback)
        return self.tr("%n rating(s), on average {average} of 5.", "", len(feedback)).format(
            average=hours(average)
        )

    # Public -------------------------------------------------------------------

    def outcome(self) -> ReviewOutcome | None:
        return next((o for o, b in self.outcome_buttons.items() if b.isChecked()), None)

    # Slots --------------------------------------------------------------------

    def _on_outcome_changed(self, *_args: object) -> None:
        outcome = self.outcome()
        adjusting = outcome is ReviewOutcome.ADJUST
        self.adjustment.setEnabled(adjusting)
        self.end_note.setVisible(outcome is ReviewOutcome.END)
        self.save_button.setEnabled(outcome is not None)
        if adjusting:
            self.adjustment.setFocus(Qt.FocusReason.OtherFocusReason)
        self.message.clear()

    def _on_buttons_accepted(self) -> None:
        outcome = self.outcome()
        if outcome is None:
            return
        adjustment = self.adjustment.text().strip() if outcome is ReviewOutcome.ADJUST else ""
        if outcome is ReviewOutcome.ADJUST and not adjustment:
            self.message.show_message(self.tr("Say what you want to adjust."))
            self.adjustment.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        review = Review(
            id=0,
            assistant_id=self._assistant.id,
            reviewed_on=self._followup.clock.today(),
            outcome=outcome,
            adjustment=adjustment,
            notes=self.notes.toPlainText().strip(),
        )
        if self._run(self.tr("Review settling-in period"), AddReview(self._followup, review)):
            self.accept()

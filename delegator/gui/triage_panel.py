"""The triage helper tab: a few questions, a suggestion with its reasons. It never decides."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.model import Task
from delegator.domain.triage import MistakeCost, TriageAnswers, TriageReason, TriageSummary
from delegator.gui.decision_style import decision_colour, decision_label
from delegator.gui.form_widgets import select_data
from delegator.gui.typed_fields import DecimalSpinBox
from delegator.gui.undo_commands import Runner
from delegator.services.edit_operations import SetTriageAnswers
from delegator.services.triage_service import TriageService
from delegator.text.formatting import hours, money


def reason_text(reason: TriageReason) -> str:
    return {
        TriageReason.NEEDS_YOUR_EXPERTISE: QCoreApplication.translate(
            "Triage",
            "It lives on your own expertise or relationships: that is what you want more time for.",
        ),
        TriageReason.NO_UNIQUE_EXPERTISE: QCoreApplication.translate(
            "Triage", "It needs no expertise only you have."
        ),
        TriageReason.EXPLAINABLE_IN_WRITING: QCoreApplication.translate(
            "Triage", "You can explain it in writing, so someone else can do it well."
        ),
        TriageReason.CANNOT_EXPLAIN_YET: QCoreApplication.translate(
            "Triage",
            "You cannot explain it in writing yet; without clear expectations "
            "the result can only be judged by feeling.",
        ),
        TriageReason.LOW_MISTAKE_COST: QCoreApplication.translate(
            "Triage", "A mistake costs little, so it is a good task to start with."
        ),
        TriageReason.HIGH_MISTAKE_COST: QCoreApplication.translate(
            "Triage",
            "A mistake costs a lot: agree checkpoints and “done when” criteria "
            "before handing it over.",
        ),
        TriageReason.YOU_ENJOY_IT: QCoreApplication.translate("Triage", "You enjoy it."),
        TriageReason.YOU_DO_NOT_ENJOY_IT: QCoreApplication.translate(
            "Triage", "You do not enjoy it."
        ),
        TriageReason.MONEY_TEST_PASSED: QCoreApplication.translate(
            "Triage", "The assistant's rate is below what your own hour is worth."
        ),
        TriageReason.MONEY_TEST_FAILED: QCoreApplication.translate(
            "Triage", "The assistant's rate is not below what your own hour is worth."
        ),
        TriageReason.RECURRING_TIME_SINK: QCoreApplication.translate(
            "Triage", "It takes about an hour a week or more: worth writing down once."
        ),
        TriageReason.TOO_FEW_ANSWERS: QCoreApplication.translate(
            "Triage", "Answer at least three questions, the expertise question among them."
        ),
    }[reason]


def _yes_no(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.addItem(QCoreApplication.translate("Triage", "Not answered"), None)
    combo.addItem(QCoreApplication.translate("Triage", "Yes"), True)
    combo.addItem(QCoreApplication.translate("Triage", "No"), False)
    return combo


class TriagePanel(QWidget):
    """Answers are stored (undoable); the suggestion follows them at once. The decision
    itself is taken in the editor's decision strip (gui/decision_strip.py), above.

    Signals:
        suggested(object): the suggestion for the shown to-do (a Decision, or None).
    """

    suggested = Signal(object)

    def __init__(self, triage: TriageService, run: Runner, parent: Any = None) -> None:
        super().__init__(parent)
        self._triage = triage
        self._run = run
        self._task: Task | None = None
        self._answers = TriageAnswers()
        self._loading = False
        self._build()
        self._wire()

    def _build(self) -> None:
        intro = QLabel(self.tr("A few quick questions. The helper suggests; you decide."), self)
        intro.setWordWrap(True)
        self.hours = DecimalSpinBox(self)
        self.hours.setAccessibleName(self.tr("Hours per month"))
        self.hours.setRange(-0.5, 500)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setSpecialValueText(self.tr("Not answered"))
        self.hours.setValue(-0.5)
        self.expertise = _yes_no(self, self.tr("Needs my expertise"))
        self.explainable = _yes_no(self, self.tr("Explainable in 30 minutes"))
        self.mistake = QComboBox(self)
        self.mistake.setAccessibleName(self.tr("Cost of a mistake"))
        self.mistake.addItem(self.tr("Not answered"), None)
        self.mistake.addItem(self.tr("Little"), MistakeCost.LOW.value)
        self.mistake.addItem(self.tr("Some"), MistakeCost.MEDIUM.value)
        self.mistake.addItem(self.tr("A lot"), MistakeCost.HIGH.value)
        self.enjoy = _yes_no(self, self.tr("I enjoy it"))
        form = QFormLayout()
        form.addRow(self.tr("Hours a &month it takes:"), self.hours)
        form.addRow(self.tr("Needs my unique &expertise or relationships:"), self.expertise)
        form.addRow(self.tr("I could e&xplain it in writing in 30 minutes:"), self.explainable)
        form.addRow(self.tr("What a mistake &costs:"), self.mistake)
        form.addRow(self.tr("I en&joy doing it:"), self.enjoy)
        self.suggestion = QLabel(self)
        self.suggestion.setAccessibleName(self.tr("Suggestion"))
        self.reasons = QLabel(self)
        self.reasons.setWordWrap(True)
        self.value = QLabel(self)
        self.value.setWordWrap(True)
        self.overall = QLabel(self)
        self.overall.setWordWrap(True)
        self.overall.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.reasons)
        layout.addWidget(self.value)
        layout.addStretch(1)
        layout.addWidget(self.overall)

    def _wire(self) -> None:
        self.hours.editingFinished.connect(self._on_answer_changed)
        for combo in (self.expertise, self.explainable, self.mistake, self.enjoy):
            combo.activated.connect(self._on_answer_changed)

    def show_task(self, task: Task | None) -> None:
        self._task = task
        if task is None:
            return
        self._loading = True
        self._answers = self._triage.answers(task.id)
        answers = self._answers
        self.hours.setValue(-0.5 if answers.hours_per_month is None else answers.hours_per_month)
        select_data(self.expertise, answers.needs_my_expertise)
        select_data(self.explainable, answers.explainable_in_30_minutes)
        select_data(self.mistake, answers.mistake_cost.value if answers.mistake_cost else None)
        select_data(self.enjoy, answers.enjoy_it)
        self._loading = False
        self._show_suggestion()

    def _current_answers(self) -> TriageAnswers:
        cost = self.mistake.currentData()
        return TriageAnswers(
            hours_per_month=None if self.hours.value() < 0 else self.hours.value(),
            needs_my_expertise=self.expertise.currentData(),
            explainable_in_30_minutes=self.explainable.currentData(),
            mistake_cost=MistakeCost(cost) if cost else None,
            enjoy_it=self.enjoy.currentData(),
        )

    def _on_answer_changed(self, *_args: Any) -> None:
        if self._loading or self._task is None:
            return
        after = self._current_answers()
        if after == self._answers:
            return
        operation = SetTriageAnswers(self._triage, self._task.id, self._answers, after)
        if self._run(self.tr("Answer triage questions"), operation):
            self._answers = after
        self._show_suggestion()

    def _show_suggestion(self) -> None:
        if self._task is None:
            return
        result = self._triage.suggestion(self._task, self._answers)
        if result.decision is None:
            self.suggestion.setText(self.tr("No suggestion yet."))
            self.suggestion.setStyleSheet("")
        else:
            self.suggestion.setText(
                self.tr("Suggestion: {decision}").format(decision=decision_label(result.decision))
            )
            colour = decision_colour(result.decision, self.palette()).name()
            self.suggestion.setStyleSheet(f"font-weight: bold; color: {colour};")
        self.reasons.setText("\n".join(f"• {reason_text(r)}" for r in result.reasons))
        self.suggested.emit(result.decision)
        currency = self._triage.currency()
        parts = []
        if result.hours_freed_per_week is not None:
            parts.append(
                self.tr("Delegating frees about {hours} h a week.").format(
                    hours=hours(result.hours_freed_per_week)
                )
            )
        if result.money_saved_per_month_cents is not None:
            parts.append(
                self.tr("Net value: {amount} a month.").format(
                    amount=money(result.money_saved_per_month_cents, currency, whole=True)
                )
            )
        self.value.setText(" ".join(parts))
        self._show_overall(self._triage.summary(), currency)

    def _show_overall(self, totals: TriageSummary, currency: str) -> None:
        text = self.tr("All delegated to-dos together free {hours} h a week").format(
            hours=hours(totals.hours_freed_per_week)
        )
        if totals.net_value_per_month_cents is not None:
            text += self.tr(", worth {amount} a month").format(
                amount=money(totals.net_value_per_month_cents, currency, whole=True)
            )
        self.overall.setText(text + ".")

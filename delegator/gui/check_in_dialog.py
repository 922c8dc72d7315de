"""Completing a check-in on delegated work: an optional note, and the next date it sets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from delegator.domain.errors import DelegatorError
from delegator.domain.followup import next_check_in
from delegator.domain.model import Task
from delegator.domain.profile import CheckInRhythm
from delegator.domain.status import is_followed_up
from delegator.gui.status_style import status_label
from delegator.gui.undo_commands import Runner
from delegator.services.followup_service import default_rhythm
from delegator.text.formatting import short_date

if TYPE_CHECKING:
    from delegator.services.workspace import Workspace


def rhythm_label(rhythm: CheckInRhythm | None) -> str:
    """How often check-ins are (My Agreements); none set means the settings' default."""
    if rhythm is None:
        agreed = QCoreApplication.translate("CheckInDialog", "{rhythm} (no rhythm agreed yet)")
        return agreed.format(rhythm=rhythm_label(default_rhythm()))
    return {
        CheckInRhythm.WEEKLY: QCoreApplication.translate("CheckInDialog", "weekly"),
        CheckInRhythm.BIWEEKLY: QCoreApplication.translate("CheckInDialog", "every two weeks"),
        CheckInRhythm.MONTHLY: QCoreApplication.translate("CheckInDialog", "monthly"),
    }[rhythm]


class CheckInDialog(QDialog):
    """Records a check-in today on one to-do (one undo step) and sets the next one
    from the check-in rhythm. Work that is not with an assistant cannot be checked in:
    the dialog says why and offers only Close."""

    def __init__(self, workspace: Workspace, run: Runner, task_id: int, parent: Any = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._run = run
        self.setWindowTitle(self.tr("Complete Check-in"))
        self.setMinimumWidth(420)
        try:
            self._task: Task | None = workspace.tasks.task(task_id)
        except DelegatorError:
            self._task = None
        self._build()

    def _build(self) -> None:
        task = self._task
        self.heading = QLabel(task.title if task is not None else "", self)
        bold = QFont(self.heading.font())
        bold.setBold(True)
        self.heading.setFont(bold)
        self.heading.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(
            self.tr("What did you talk about, what was agreed? (optional)")
        )
        self.note.setTabChangesFocus(True)
        self.note_label = QLabel(self.tr("&Note:"), self)
        self.note_label.setBuddy(self.note)
        self.next_date = QLabel(self)
        self.next_date.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Complete Check-in"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.next_date)
        layout.addWidget(self.buttons)
        if task is None or not is_followed_up(task.status, task.archived):
            self._refuse(task)
        else:
            self._show(task)

    def _show(self, task: Task) -> None:
        facts = [self.tr("Status: {status}").format(status=status_label(task.status))]
        if task.last_check_in is not None:
            facts.append(
                self.tr("Last check-in: {date}").format(date=short_date(task.last_check_in))
            )
        else:
            facts.append(self.tr("No check-in yet"))
        self.facts.setText(" · ".join(facts))
        profile = self._workspace.profile.profile()
        today = self._workspace.clock.today()
        upcoming = next_check_in(
            today, profile.check_in_rhythm, profile.check_in_weekday, default_rhythm()
        )
        self.next_date.setText(
            self.tr("The next check-in will be on {date} ({rhythm}).").format(
                date=short_date(upcoming), rhythm=rhythm_label(profile.check_in_rhythm)
            )
        )
        self.note.setFocus()

    def _refuse(self, task: Task | None) -> None:
        if task is None:
            self.facts.setText(self.tr("This to-do no longer exists."))
        else:
            self.facts.setText(
                self.tr(
                    "This to-do is not with an assistant (status: {status}). Check-ins are "
                    "for work that has been handed over."
                ).format(status=status_label(task.status))
            )
        self.note.hide()
        self.note_label.hide()
        self.next_date.hide()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _on_buttons_accepted(self) -> None:
        from delegator.services.followup_operations import CompleteCheckIn

        task = self._task
        if task is None:
            return
        label = self.tr("Check-in on “{title}”").format(title=task.title)
        note = self.note.toPlainText()
        if self._run(label, CompleteCheckIn(self._workspace.followup, task.id, note)):
            self.accept()

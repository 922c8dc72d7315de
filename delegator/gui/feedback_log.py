"""The feedback kept on a to-do or an assistant, newest first, read-only; and the
editor's Feedback tab that shows it for the to-do in the editor."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.changes import Changes
from delegator.domain.errors import DelegatorError
from delegator.domain.followup import Feedback
from delegator.domain.model import Task
from delegator.gui.undo_commands import Runner
from delegator.services.followup_service import FollowUpService
from delegator.services.task_service import TaskService
from delegator.text.formatting import short_date


def rating_text(rating: int) -> str:
    """A rating as five stars, filled up to it, and in numbers: "★★★★☆ 4/5"."""
    stars = "★" * rating + "☆" * (5 - rating)
    return QCoreApplication.translate("FeedbackLog", "{stars} {rating}/5").format(
        stars=stars, rating=rating
    )


def feedback_lines(feedback: Feedback, with_title: bool) -> list[str]:
    """What one entry of the log says: date, rating (and to-do), then each text given."""
    head = f"{short_date(feedback.given_on)} · {rating_text(feedback.rating)}"
    if with_title:
        subject = feedback.task_title or QCoreApplication.translate(
            "FeedbackLog", "the assistant as a whole"
        )
        head += f" · {subject}"
    lines = [head]
    texts = (
        (QCoreApplication.translate("FeedbackLog", "Went well: {text}"), feedback.went_well),
        (
            QCoreApplication.translate("FeedbackLog", "Done differently next time: {text}"),
            feedback.to_improve,
        ),
        (QCoreApplication.translate("FeedbackLog", "Keep in mind: {text}"), feedback.keep_in_mind),
    )
    lines += [label.format(text=text.strip()) for label, text in texts if text.strip()]
    return lines


class FeedbackLog(QListWidget):
    """The feedback given, newest first, one entry each (read-only).

    *with_titles* names the to-do each entry is about (for an assistant's feedback).
    """

    def __init__(self, with_titles: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._with_titles = with_titles
        self.setAccessibleName(self.tr("Feedback log"))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSpacing(2)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.entries: list[Feedback] = []

    def set_feedback(self, feedback: Sequence[Feedback]) -> None:
        self.clear()
        self.entries = sorted(feedback, key=lambda f: (f.given_on, f.id), reverse=True)
        for entry in self.entries:
            text = "\n".join(feedback_lines(entry, self._with_titles))
            item = QListWidgetItem(text, self)
            item.setToolTip(text)
        if not self.entries:
            empty = QListWidgetItem(self.tr("No feedback yet."), self)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)


class FeedbackSection(QWidget):
    """The feedback part of the editor's Follow-up tab: the to-do's feedback log and a
    button to log more."""

    def __init__(
        self,
        followup: FollowUpService,
        tasks: TaskService,
        run: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._followup = followup
        self._tasks = tasks
        self._run = run
        self._task: Task | None = None
        self.log = FeedbackLog(with_titles=False, parent=self)
        self.log_button = QPushButton(self.tr("&Log Feedback…"), self)
        self.log_button.clicked.connect(self._on_log_button_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.log_button)
        heading = QLabel(self.tr("Feedback:"), self)
        heading.setBuddy(self.log)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.log, 1)
        layout.addLayout(buttons)

    def show_task(self, task: Task | None) -> None:
        self._task = task
        self.reload()

    def reload(self) -> None:
        if self._task is None:
            self.log.set_feedback([])
            return
        try:
            self.log.set_feedback(self._followup.feedback(task_ids=[self._task.id]))
        except DelegatorError:
            self.log.set_feedback([])

    def apply(self, changes: Changes) -> None:
        """Follow a change (made, undone or redone) that concerns the to-do shown."""
        if self._task is not None and self._task.id in changes.tasks:
            self.reload()

    def _on_log_button_clicked(self) -> None:
        from delegator.gui.feedback_dialog import FeedbackDialog

        if self._task is None:
            return
        dialog = FeedbackDialog(
            self._followup, self._run, self.window(), task=self._task, tasks=self._tasks
        )
        dialog.open()

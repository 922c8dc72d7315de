"""The editor's Follow-up tab: where delegated work stands, its check-ins and history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegator.domain.errors import DelegatorError
from delegator.domain.followup import StatusSource
from delegator.domain.model import Status, Task
from delegator.domain.parsing import ParseError, parse_date
from delegator.domain.status import check_in_overdue, is_followed_up
from delegator.gui import theme
from delegator.gui.form_widgets import InlineMessage, WrappingLabel
from delegator.gui.form_wrap import wrap_when_narrow
from delegator.gui.status_style import changed_text, check_in_text, status_icons, status_label
from delegator.gui.task_fields import parse_problem_text
from delegator.gui.undo_commands import Runner
from delegator.services.followup_service import FollowUpService
from delegator.text.formatting import day_comes_first, short_date

# The order the status box offers them: the way work goes.
STATUS_ORDER = (Status.OPEN, Status.HANDED_OVER, Status.IN_PROGRESS, Status.DONE, Status.REWORK)


class FollowUpPanel(QWidget):
    """Status (changeable), next check-in (editable, clearable), last check-in, a button
    to complete a check-in, and the history of status changes and check-ins. Every
    change is one undo step through the window's runner.

    Signals:
        check_in_requested(int): the user asked to complete a check-in on this to-do.
    """

    check_in_requested = Signal(int)

    def __init__(
        self, service: Callable[[], FollowUpService], run: Runner, parent: Any = None
    ) -> None:
        """*service* gives the follow-up service (its code loads on first use)."""
        super().__init__(parent)
        self._service = service
        self._run = run
        self._task: Task | None = None
        self._history_of: int | None = None
        self._build()
        self._update_icons()
        self._wire()

    def _build(self) -> None:
        self.hint = WrappingLabel("", self)
        self.hint.setEnabled(False)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        for status in STATUS_ORDER:
            self.status.addItem(status_label(status), status.value)
        self.next_check_in = QLineEdit(self)
        self.next_check_in.setAccessibleName(self.tr("Next check-in"))
        self.next_check_in.setPlaceholderText(self.tr("none planned, e.g. 14.12.2026 or +7"))
        self.next_error = InlineMessage(self.next_check_in, self)
        self.last_check_in = QLabel(self)
        self.changed = WrappingLabel("", self)
        self.complete = QPushButton(self.tr("&Complete Check-in…"), self)
        self.history = QListWidget(self)
        self.history.setAccessibleName(self.tr("History"))
        self.history.setWordWrap(True)
        self.history.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        status_label_widget = QLabel(self.tr("Stat&us:"), self)
        status_label_widget.setBuddy(self.status)
        form.addRow(status_label_widget, self.status)
        form.addRow(self.tr("&Next check-in:"), self.next_check_in)
        self.next_error.add_to(form)
        form.addRow(self.tr("Last check-in:"), self.last_check_in)
        button_row = QHBoxLayout()
        button_row.addWidget(self.complete)
        button_row.addStretch(1)
        # Under the fields, with no label of its own (none above it when labels wrap).
        form.setLayout(form.rowCount(), QFormLayout.ItemRole.FieldRole, button_row)
        self._form = form
        history_label = QLabel(self.tr("&History:"), self)
        history_label.setBuddy(self.history)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.changed)
        layout.addWidget(history_label)
        layout.addWidget(self.history, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wrap_when_narrow(self._form, event.size().width())
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the wrapped rows and texts need at this width, so the page scrolls
        rather than squeezing the fields (the splitter it sits in asks no height for a
        width)."""
        layout = self.layout()
        if layout is not None:
            self.setMinimumHeight(max(0, layout.totalMinimumHeightForWidth(self.width())))

    def _update_icons(self) -> None:
        icons = status_icons(self.palette())
        for row, status in enumerate(STATUS_ORDER):
            self.status.setItemIcon(row, icons[status])

    def _wire(self) -> None:
        self.status.activated.connect(self._on_status_activated)
        self.next_check_in.editingFinished.connect(self._on_next_check_in_editing_finished)
        self.complete.clicked.connect(self._on_complete_clicked)

    # Showing -------------------------------------------------------------

    def show_task(self, task: Task | None) -> None:
        self._task = task
        if task is None:
            return
        self.status.setCurrentIndex(STATUS_ORDER.index(task.status))
        followed = is_followed_up(task.status, task.archived)
        self.hint.setText(
            ""
            if followed
            else self.tr(
                "Check-ins start when the to-do is handed over: export it to its assistant, "
                "or set its status here."
            )
        )
        self.hint.setVisible(not followed)
        self.next_check_in.setText(short_date(task.next_check_in) if task.next_check_in else "")
        self._mark_late(task)
        self.next_error.clear()
        self.last_check_in.setText(
            short_date(task.last_check_in) if task.last_check_in else self.tr("none yet")
        )
        self.complete.setEnabled(followed)
        self.changed.setText(changed_text() if task.changed_since_handover else "")
        self.changed.setVisible(task.changed_since_handover)
        self._fit_height()
        # The history is read from the data file only when the tab is on screen.
        self._history_of = None
        if self.isVisible():
            self._show_history(task.id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._task is not None and self._history_of != self._task.id:
            self._show_history(self._task.id)

    def _mark_late(self, task: Task) -> None:
        """The next check-in in the error colour, and why, once its day has passed."""
        today = self._service().clock.today()
        late = check_in_overdue(task.status, task.archived, task.next_check_in, today)
        palette = self.palette()
        if late:
            palette.setColor(QPalette.ColorRole.Text, theme.colour(theme.ERROR, palette))
        self.next_check_in.setPalette(palette)
        followed = is_followed_up(task.status, task.archived)
        self.next_check_in.setToolTip(check_in_text(task.next_check_in, today) if followed else "")

    def _show_history(self, task_id: int) -> None:
        self._history_of = task_id
        self.history.clear()
        try:
            service = self._service()
            changes = service.status_history([task_id])
            check_ins = service.check_ins([task_id])
        except DelegatorError:
            return
        entries: list[tuple[dt.date, int, int, str]] = []
        for number, change in enumerate(changes):
            day = service.clock.local_date(change.changed_at)
            text = self.tr("{date}: {status} ({who})").format(
                date=short_date(day),
                status=status_label(change.status),
                who=self._who(change.source),
            )
            entries.append((day, 0, number, text))
        for number, check_in in enumerate(check_ins):
            text = self.tr("{date}: check-in").format(date=short_date(check_in.done_on))
            if check_in.note:
                text += f" — {check_in.note}"
            entries.append((check_in.done_on, 1, number, text))
        # Newest first; on one day the check-ins after the status changes.
        for *_order, text in sorted(entries, reverse=True):
            self.history.addItem(text)
        if not entries:
            self.history.addItem(self.tr("No status changes or check-ins yet."))

    def _who(self, source: StatusSource) -> str:
        return {
            StatusSource.USER: self.tr("by you"),
            StatusSource.EXPORT: self.tr("by the handover export"),
            StatusSource.IMPORT: self.tr("from the assistant’s file"),
        }[source]

    # Changing ------------------------------------------------------------

    def _on_status_activated(self, index: int) -> None:
        from delegator.services.followup_operations import SetStatus

        task = self._task
        status = STATUS_ORDER[index]
        if task is None or status is task.status:
            return
        label = self.tr("Set status “{status}”").format(status=status_label(status))
        if not self._run(label, SetStatus(self._service(), {task.id: status})):
            self.show_task(task)

    def _on_next_check_in_editing_finished(self) -> None:
        from delegator.services.followup_operations import SetNextCheckIn

        task = self._task
        if task is None:
            return
        try:
            day = parse_date(
                self.next_check_in.text(),
                self._service().clock.today(),
                day_first=day_comes_first(),
            )
        except ParseError as error:
            self.next_error.show_message(parse_problem_text(error.problem))
            return
        self.next_error.clear()
        if day == task.next_check_in:
            return
        self.next_check_in.setText(short_date(day) if day else "")
        label = self.tr("Move the next check-in")
        if not self._run(label, SetNextCheckIn(self._service(), task.id, day)):
            self.show_task(task)

    def _on_complete_clicked(self) -> None:
        if self._task is not None:
            self.check_in_requested.emit(self._task.id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._update_icons()
        super().changeEvent(event)

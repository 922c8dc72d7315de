"""Words, colour and marks of where delegated work stands (docs/design.md, "Follow-up"),
shared by the list, the board, the editor and the status actions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPalette

from delegator.domain.model import Decision, Status, TaskSummary
from delegator.gui import theme
from delegator.gui.decision_style import dot_icon
from delegator.text.formatting import short_date

_COLOURS = {
    Status.OPEN: theme.UNDECIDED,
    Status.HANDED_OVER: theme.INFO,
    Status.IN_PROGRESS: theme.WARNING,
    Status.DONE: theme.GOOD,
    Status.REWORK: theme.ERROR,
}

# Beside the status of a to-do whose instructions changed after they were handed over.
CHANGED_MARK = "✎"


def status_label(status: Status) -> str:
    return {
        Status.OPEN: QCoreApplication.translate("status", "Open"),
        Status.HANDED_OVER: QCoreApplication.translate("status", "Handed over"),
        Status.IN_PROGRESS: QCoreApplication.translate("status", "In progress"),
        Status.DONE: QCoreApplication.translate("status", "Done"),
        Status.REWORK: QCoreApplication.translate("status", "Needs rework"),
    }[status]


def status_colour(status: Status, palette: QPalette) -> QColor:
    return theme.colour(_COLOURS[status], palette)


def status_icons(palette: QPalette) -> dict[Status, QIcon]:
    return {status: dot_icon(status_colour(status, palette)) for status in Status}


def shows_status(task: TaskSummary) -> bool:
    """Delegated work shows its status; other work only once it has one (done)."""
    return task.decision is Decision.DELEGATE or task.status is not Status.OPEN


def changed_text() -> str:
    return QCoreApplication.translate(
        "status", "Changed since the last handover: the assistant has an older version."
    )


def check_in_text(next_check_in: dt.date | None, today: dt.date | None) -> str:
    """When the next check-in is, and whether it is late ("" when none is planned)."""
    if next_check_in is None:
        return ""
    day = short_date(next_check_in)
    if today is not None and next_check_in < today:
        return QCoreApplication.translate("status", "Check-in overdue since {date}").format(
            date=day
        )
    if today is not None and next_check_in == today:
        return QCoreApplication.translate("status", "Check-in due today")
    return QCoreApplication.translate("status", "Next check-in: {date}").format(date=day)

"""Words of a check-in agenda, in the language chosen for it (not the UI's language).

The agenda is made like the brief, so its words share the brief's catalogue context:
look them up with ``BriefText(language)`` (``text/brief_text.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from delegator.domain.followup import StatusSource
from delegator.domain.model import Status

TITLE = QT_TRANSLATE_NOOP("Brief", "Check-in agenda for {name}")
DATE = QT_TRANSLATE_NOOP("Brief", "Date")
LAST_CHECK_IN = QT_TRANSLATE_NOOP("Brief", "Last check-in")
NO_CHECK_IN_YET = QT_TRANSLATE_NOOP("Brief", "none yet")

DUE = QT_TRANSLATE_NOOP("Brief", "Due for check-in")
NOTHING_DUE = QT_TRANSLATE_NOOP("Brief", "Nothing due.")
TASK = QT_TRANSLATE_NOOP("Brief", "Task")
DUE_SINCE = QT_TRANSLATE_NOOP("Brief", "Due since")
STATUS = QT_TRANSLATE_NOOP("Brief", "Status")

STATUS_CHANGES = QT_TRANSLATE_NOOP("Brief", "Status changes since the last check-in")
STATUS_CHANGES_SO_FAR = QT_TRANSLATE_NOOP("Brief", "Status changes")
NO_STATUS_CHANGES = QT_TRANSLATE_NOOP("Brief", "No status changes.")

FEEDBACK = QT_TRANSLATE_NOOP("Brief", "Feedback to give")
NO_FEEDBACK = QT_TRANSLATE_NOOP("Brief", "No feedback logged.")
ON_THE_WHOLE = QT_TRANSLATE_NOOP("Brief", "Working together")
RATING = QT_TRANSLATE_NOOP("Brief", "{rating} of 5")
WENT_WELL = QT_TRANSLATE_NOOP("Brief", "What went well")
TO_IMPROVE = QT_TRANSLATE_NOOP("Brief", "What I'd like done differently")
KEEP_IN_MIND = QT_TRANSLATE_NOOP("Brief", "Keep in mind next time")

CHANGED = QT_TRANSLATE_NOOP("Brief", "Instructions changed since the last handover")
NO_CHANGES = QT_TRANSLATE_NOOP("Brief", "No changes.")

STATUSES = {
    Status.OPEN: QT_TRANSLATE_NOOP("Brief", "Open"),
    Status.HANDED_OVER: QT_TRANSLATE_NOOP("Brief", "Handed over"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Brief", "In progress"),
    Status.DONE: QT_TRANSLATE_NOOP("Brief", "Done"),
    Status.REWORK: QT_TRANSLATE_NOOP("Brief", "Needs rework"),
}
SOURCES = {  # who set a status
    StatusSource.USER: QT_TRANSLATE_NOOP("Brief", "by me"),
    StatusSource.EXPORT: QT_TRANSLATE_NOOP("Brief", "by the handover"),
    StatusSource.IMPORT: QT_TRANSLATE_NOOP("Brief", "from your file"),
}

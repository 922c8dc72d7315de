"""Why an import left items out, in words: shared by the window and the command line.

Parsers count what they skip in ``ImportResult.skipped`` under stable English keys
(``SKIP_REASONS``); the import service adds ``"duplicate"`` for the likely duplicates it
leaves out (``ImportPlan.skipped_with_duplicates``), ``"unchanged"`` for the to-dos of
this plan that come back with the status they have, ``"archived"`` for those of this
plan that are in the Archive (read-only until restored), and ``"done"`` for finished
ones of no plan. The keys are identifiers, not
text: only ``skip_label`` turns one into words, in the user's language. In English the
label is the key itself, because ``delegator import`` prints it ("Skipped 1: done") and
scripts read that output.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

SKIP_REASONS = (
    "done",  # todo.txt and Markdown: a finished to-do (without --include-done)
    "completed",  # iCalendar: STATUS:COMPLETED
    "cancelled",  # iCalendar: STATUS:CANCELLED
    "events",  # iCalendar: a VEVENT, not a to-do
    "empty",  # CSV and iCalendar: an item without a title
    "note without a task",  # Todoist CSV: a note row above the first task
    "duplicate",  # the import service: the title matches an open to-do or an earlier one
    "unchanged",  # the import service: a to-do of this plan, back with the status it has
    "archived",  # the import service: a to-do of this plan that is in the Archive
)


def skip_label(key: str) -> str:
    """The words for a skip reason *key*, translated; an unknown key as it is."""
    # One literal call per key, so that pyside6-lupdate finds every text; translated
    # only when asked for (a handful of times per import, never per line).
    match key:
        case "done":
            return QCoreApplication.translate("ImportSkipped", "done")
        case "completed":
            return QCoreApplication.translate("ImportSkipped", "completed")
        case "cancelled":
            return QCoreApplication.translate("ImportSkipped", "cancelled")
        case "events":
            return QCoreApplication.translate("ImportSkipped", "events")
        case "empty":
            return QCoreApplication.translate("ImportSkipped", "empty")
        case "note without a task":
            return QCoreApplication.translate("ImportSkipped", "note without a task")
        case "duplicate":
            return QCoreApplication.translate("ImportSkipped", "duplicate")
        case "unchanged":
            return QCoreApplication.translate("ImportSkipped", "unchanged")
        case "archived":
            return QCoreApplication.translate("ImportSkipped", "archived")
        case _:
            return key

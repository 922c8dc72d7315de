"""One sentence for each error the user can meet, naming the file and what to do.

Shared by the window and the command line so both say the same thing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from delegator.domain.errors import (
    DatabaseDamaged,
    DatabaseFileError,
    DatabaseTooNew,
    DatabaseUnreachable,
    InvalidProblem,
    InvalidValue,
    MigrationFailed,
    NotADelegatorDatabase,
    SecretsFound,
    StorageUnavailable,
    TaskNotFound,
    UnknownAssistant,
    WindowsOverlap,
)
from delegator.text.formatting import time_text


def explain(error: Exception) -> str:
    if isinstance(error, NotADelegatorDatabase):
        return QCoreApplication.translate(
            "messages",
            "The file {path} is not a Delegator data file. It was left untouched. Move it "
            "away or start Delegator with another --data-dir.",
        ).format(path=error.path)
    if isinstance(error, DatabaseTooNew):
        return QCoreApplication.translate(
            "messages",
            "The file {path} was saved by a newer version of Delegator. It was left "
            "untouched. Please install the newer version.",
        ).format(path=error.path)
    if isinstance(error, MigrationFailed):
        return QCoreApplication.translate(
            "messages",
            "The file {path} could not be upgraded ({detail}). It was left as it was; a "
            "copy made before the upgrade is in the backups folder next to it.",
        ).format(path=error.path, detail=error.detail)
    if isinstance(error, DatabaseDamaged):
        return QCoreApplication.translate(
            "messages",
            "The file {path} is damaged ({detail}). It was left untouched. Restore a copy "
            "from the backups folder next to it.",
        ).format(path=error.path, detail=error.detail)
    if isinstance(error, DatabaseUnreachable):
        return QCoreApplication.translate(
            "messages",
            "The file {path} cannot be opened just now ({detail}). Nothing was changed. Check "
            "that the folder is writable and that no other program holds the file.",
        ).format(path=error.path, detail=error.detail)
    if isinstance(error, DatabaseFileError):
        return QCoreApplication.translate(
            "messages", "The file {path} cannot be used ({detail}). Nothing was changed."
        ).format(path=error.path, detail=error.detail)
    if isinstance(error, WindowsOverlap):
        return QCoreApplication.translate(
            "ReachabilityWeek", "This overlaps {window} on the same day. Not saved."
        ).format(window=f"{time_text(error.window.start)}–{time_text(error.window.end)}")
    if isinstance(error, InvalidValue):
        # The agreement rules keep the context their words were first translated in.
        # (WINDOWS_OVERLAP comes only as WindowsOverlap, explained above.)
        return {
            InvalidProblem.EMPTY_TITLE: QCoreApplication.translate(
                "messages", "A to-do needs a title."
            ),
            InvalidProblem.NEGATIVE_MINUTES: QCoreApplication.translate(
                "messages", "The time per occurrence cannot be negative."
            ),
            InvalidProblem.NEGATIVE_LEAD_TIME: QCoreApplication.translate(
                "messages", "The lead time cannot be negative."
            ),
            InvalidProblem.EMPTY_NAME: QCoreApplication.translate(
                "messages", "An assistant needs a name."
            ),
            InvalidProblem.WORK_ENDS_BEFORE_START: QCoreApplication.translate(
                "AssistantsPage", "The working day must end after it starts. Nothing was saved."
            ),
            InvalidProblem.TRIAL_ENDS_BEFORE_START: QCoreApplication.translate(
                "AssistantsPage",
                "The trial period cannot end before the start date. Nothing was saved.",
            ),
            InvalidProblem.WINDOW_ENDS_BEFORE_START: QCoreApplication.translate(
                "ReachabilityWeek", "The end must be after the start. Not saved."
            ),
            InvalidProblem.RATING_RANGE: QCoreApplication.translate(
                "messages", "A rating goes from 1 to 5. Nothing was saved."
            ),
            InvalidProblem.FEEDBACK_WITHOUT_SUBJECT: QCoreApplication.translate(
                "messages", "Feedback is about a to-do or an assistant. Nothing was saved."
            ),
        }[error.problem]
    if isinstance(error, UnknownAssistant):
        return QCoreApplication.translate(
            "messages", "There is no assistant named “{name}”."
        ).format(name=error.name)
    if isinstance(error, SecretsFound):
        first = error.hits[0]
        return QCoreApplication.translate(
            "messages",
            "“{task}”, field {field}, looks like a password, IBAN or key; nothing was "
            "exported. Remove it, or confirm (--allow-secrets).",
        ).format(task=first.task_title, field=first.field)
    if isinstance(error, TaskNotFound):
        return QCoreApplication.translate("messages", "There is no to-do with id {id}.").format(
            id=error.task_id
        )
    if isinstance(error, StorageUnavailable):
        return QCoreApplication.translate(
            "messages", "The change could not be saved ({detail}). Nothing was changed."
        ).format(detail=error)
    return str(error)

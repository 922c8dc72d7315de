"""One sentence for each error the user can meet, naming the file and what to do.

Shared by the window and the command line so both say the same thing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from delegator.domain.errors import (
    ArchiveProblem,
    ArchiveRefused,
    DamageKind,
    DanglingFolderLink,
    DanglingLink,
    DatabaseDamaged,
    DatabaseFileError,
    DatabaseTooNew,
    DatabaseUnreachable,
    DataFolderIsAFile,
    ExportProblem,
    ExportRefused,
    InvalidProblem,
    InvalidValue,
    MigrationFailed,
    NotADelegatorDatabase,
    NotARegularFile,
    PlanInUse,
    SecretHit,
    SecretPlace,
    SecretsFound,
    StorageProblem,
    StorageUnavailable,
    TargetIsThePlan,
    TaskNotFound,
    UnknownAssistant,
    UnusableBackup,
    WindowsOverlap,
)
from delegator.domain.model import MAX_LEAD_TIME_DAYS, MAX_MINUTES_PER_OCCURRENCE
from delegator.text.field_names import secret_field
from delegator.text.formatting import time_text


def explain(error: Exception) -> str:
    if isinstance(error, PlanInUse):
        return QCoreApplication.translate(
            "messages",
            "Delegator's window has the plan in {folder} open. Nothing was changed; close "
            "the window first, or restore from File → Restore Backup there.",
        ).format(folder=error.data_dir)
    if isinstance(error, TargetIsThePlan):
        return QCoreApplication.translate(
            "messages", "{path} is the plan itself; nothing was written. Choose another file."
        ).format(path=error.target)
    if isinstance(error, UnusableBackup):
        return QCoreApplication.translate(
            "messages", "{path} cannot be restored: {detail}. Nothing was changed."
        ).format(path=error.path, detail=file_problem(error))
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
            "The file {path} is damaged: {detail}. It was left untouched. Restore a copy "
            "from the backups folder next to it.",
        ).format(path=error.path, detail=file_problem(error))
    if isinstance(error, DatabaseUnreachable):
        return QCoreApplication.translate(
            "messages",
            "The file {path} cannot be opened just now ({detail}). Nothing was changed. Check "
            "that the folder is writable and that no other program holds the file.",
        ).format(path=error.path, detail=error.detail)
    if isinstance(error, NotARegularFile | DanglingLink | DanglingFolderLink | DataFolderIsAFile):
        return _not_a_plan_file(error)
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
            InvalidProblem.MINUTES_TOO_LARGE: QCoreApplication.translate(
                "messages", "The time per occurrence can be at most a week ({limit} minutes)."
            ).format(limit=QLocale().toString(MAX_MINUTES_PER_OCCURRENCE)),
            InvalidProblem.LEAD_TIME_TOO_LARGE: QCoreApplication.translate(
                "messages", "The lead time can be at most {limit} days."
            ).format(limit=QLocale().toString(MAX_LEAD_TIME_DAYS)),
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
            InvalidProblem.ARCHIVED: QCoreApplication.translate(
                "messages", "This to-do is in the Archive: restore it to change it."
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
            "{place}, field “{field}”, looks like a password, IBAN or key; nothing was "
            "exported. Remove it, or confirm (--allow-secrets).",
        ).format(place=secret_place(first), field=secret_field(first))
    if isinstance(error, TaskNotFound):
        return QCoreApplication.translate("messages", "There is no to-do with id {id}.").format(
            id=error.task_id
        )
    if isinstance(error, StorageUnavailable):
        return QCoreApplication.translate(
            "messages", "The change could not be saved: {reason}. Nothing was changed."
        ).format(reason=storage_reason(error))
    if isinstance(error, ArchiveRefused):
        return archive_refusal(error)
    if isinstance(error, ExportRefused):
        return export_refusal(error)
    return str(error)


_SECRET_PLACES = {
    SecretPlace.PROFILE: QT_TRANSLATE_NOOP("messages", "Your profile"),
    SecretPlace.ASSISTANT: QT_TRANSLATE_NOOP("messages", "The assistant"),
    SecretPlace.CHANGES: QT_TRANSLATE_NOOP("messages", "Changes since the last handover"),
    SecretPlace.BRIEF: QT_TRANSLATE_NOOP("messages", "The brief"),
}


def secret_place(hit: SecretHit) -> str:
    """Where a secret-looking value is: the to-do's title in quotes, or the part of the
    brief ("Your profile")."""
    if hit.place is SecretPlace.TASK:
        return QCoreApplication.translate("messages", "“{task}”").format(task=hit.task_title)
    return QCoreApplication.translate("messages", str(_SECRET_PLACES[hit.place]))


_DAMAGE = {
    DamageKind.HEADER_CUT: QT_TRANSLATE_NOOP("messages", "the file is shorter than its header"),
    DamageKind.PAGE_CUT: QT_TRANSLATE_NOOP(
        "messages", "the file ends part way through a page, after {size} bytes"
    ),
    DamageKind.PAGES_MISSING: QT_TRANSLATE_NOOP(
        "messages", "the file holds {present} of its {pages} pages"
    ),
    DamageKind.TABLE_MISSING: QT_TRANSLATE_NOOP("messages", "the table {tables} is missing"),
    DamageKind.COLUMN_NOT_UTF8: QT_TRANSLATE_NOOP(
        "messages", "the column {column} holds text that is not UTF-8"
    ),
    DamageKind.TABLE_NOT_UTF8: QT_TRANSLATE_NOOP(
        "messages", "the table {table} holds text that is not UTF-8"
    ),
    DamageKind.ATTACHMENT_OUTSIDE: QT_TRANSLATE_NOOP(
        "messages", "an attachment path leads out of its folder, to {target}"
    ),
}


def file_problem(error: DatabaseFileError) -> str:
    """What is wrong with a file, in the user's words where Delegator found it itself
    (SQLite's own words otherwise)."""
    if isinstance(error, UnusableBackup) and error.cause is not None:
        return file_problem(error.cause)
    if isinstance(error, DatabaseDamaged) and error.kind in _DAMAGE:
        return QCoreApplication.translate("messages", str(_DAMAGE[error.kind])).format(
            **error.facts
        )
    if isinstance(error, NotADelegatorDatabase):
        return QCoreApplication.translate("messages", "it is not a Delegator data file")
    if isinstance(error, DatabaseTooNew):
        return QCoreApplication.translate(
            "messages", "it was saved by a newer version of Delegator"
        )
    return error.detail


def reason(error: Exception) -> str:
    """Why an action failed, in a few words for inside a sentence: what is wrong with
    the disk or with the file, else the error's own words."""
    if isinstance(error, StorageUnavailable):
        return storage_reason(error)
    if isinstance(error, DatabaseFileError):
        return file_problem(error)
    return str(error)


def storage_reason(error: StorageUnavailable) -> str:
    """Why a file could not be written, in the user's words, with what to do."""
    if error.problem is StorageProblem.DISK_FULL:
        return QCoreApplication.translate("messages", "the disk is full; make room and try again")
    if error.problem is StorageProblem.READ_ONLY:
        return QCoreApplication.translate(
            "messages", "{detail} cannot be written; check that the folder is writable"
        ).format(detail=error.detail.split(": ")[0])
    if error.problem is StorageProblem.NOT_A_FOLDER:
        return QCoreApplication.translate(
            "messages", "{detail} is a file where a folder is needed; move it away"
        ).format(detail=error.detail.split(": ")[0])
    if error.problem is StorageProblem.LOCKED:
        return QCoreApplication.translate(
            "messages",
            "the data file is locked by another program (a sync client or a virus "
            "scanner?); try again in a moment",
        )
    return error.detail


def _not_a_plan_file(
    error: NotARegularFile | DanglingLink | DanglingFolderLink | DataFolderIsAFile,
) -> str:
    """Something other than a data file, or other than a folder, is in the way."""
    if isinstance(error, DanglingLink):
        return QCoreApplication.translate(
            "messages",
            "The data file {path} is a link to {target}, which does not exist. Nothing was "
            "changed. Bring that file back, or remove the link to start a new plan.",
        ).format(path=error.path, target=error.target)
    if isinstance(error, DanglingFolderLink):
        return QCoreApplication.translate(
            "messages",
            "The data folder cannot be reached: {path} is a link to {target}, which does not "
            "exist. Nothing was changed. Bring that folder back, or remove the link.",
        ).format(path=error.path, target=error.target)
    if isinstance(error, DataFolderIsAFile):
        return QCoreApplication.translate(
            "messages",
            "The data folder cannot be made: {path} is a file, not a folder. Nothing was "
            "changed. Choose another folder with --data-dir.",
        ).format(path=error.path)
    what = {
        "folder": QCoreApplication.translate("messages", "a folder"),
        "pipe": QCoreApplication.translate("messages", "a named pipe"),
        "socket": QCoreApplication.translate("messages", "a socket"),
    }.get(error.kind, QCoreApplication.translate("messages", "a device"))
    return QCoreApplication.translate(
        "messages",
        "{path} is {what}, not a data file. Nothing was changed. Move it away or start "
        "Delegator with another --data-dir.",
    ).format(path=error.path, what=what)


# Why a plan archive was refused: {member} is the member at fault, {detail} what was found.
_ARCHIVE_REFUSALS = {
    ArchiveProblem.NOT_A_ZIP: QT_TRANSLATE_NOOP("messages", "it is not a zip archive"),
    ArchiveProblem.TRUNCATED: QT_TRANSLATE_NOOP(
        "messages", "it is cut short (the end of the zip is missing)"
    ),
    ArchiveProblem.NO_MANIFEST: QT_TRANSLATE_NOOP("messages", "it holds no {member}"),
    ArchiveProblem.BAD_MANIFEST: QT_TRANSLATE_NOOP("messages", "its {member} cannot be read"),
    ArchiveProblem.UNKNOWN_FORMAT: QT_TRANSLATE_NOOP(
        "messages", "its {member} names a format this version does not know ({detail})"
    ),
    ArchiveProblem.UNSAFE_NAME: QT_TRANSLATE_NOOP(
        "messages", "the member {member} points outside the folder it is unpacked into"
    ),
    ArchiveProblem.SYMLINK: QT_TRANSLATE_NOOP("messages", "the member {member} is a symbolic link"),
    ArchiveProblem.JOURNAL_MEMBER: QT_TRANSLATE_NOOP(
        "messages", "the member {member} is a database log file, which a plan archive never holds"
    ),
    ArchiveProblem.UNEXPECTED_MEMBER: QT_TRANSLATE_NOOP(
        "messages", "the member {member} does not belong in a plan archive"
    ),
    ArchiveProblem.DUPLICATE_MEMBER: QT_TRANSLATE_NOOP(
        "messages", "the member {member} is in it twice"
    ),
    ArchiveProblem.NOT_LISTED: QT_TRANSLATE_NOOP(
        "messages", "the member {member} is not listed in its manifest"
    ),
    ArchiveProblem.MISSING_MEMBER: QT_TRANSLATE_NOOP(
        "messages", "the member {member} listed in its manifest is missing"
    ),
    ArchiveProblem.TOO_LARGE: QT_TRANSLATE_NOOP(
        "messages", "it declares more than a plan archive may hold ({detail})"
    ),
    ArchiveProblem.UNPACKS_LARGER: QT_TRANSLATE_NOOP(
        "messages", "the member {member} unpacks to more than the {detail} bytes its manifest gives"
    ),
    ArchiveProblem.SIZE_MISMATCH: QT_TRANSLATE_NOOP(
        "messages", "the member {member} has another size than its manifest gives ({detail})"
    ),
    ArchiveProblem.CHECKSUM_MISMATCH: QT_TRANSLATE_NOOP(
        "messages", "the member {member} does not match its checksum: it was changed or damaged"
    ),
    ArchiveProblem.UNREADABLE_MEMBER: QT_TRANSLATE_NOOP(
        "messages",
        "the member {member} cannot be unpacked (damaged, encrypted or compressed "
        "in an unknown way)",
    ),
    ArchiveProblem.PLAN_TOO_NEW: QT_TRANSLATE_NOOP(
        "messages", "its plan {member} was saved by a newer version of Delegator ({detail})"
    ),
    ArchiveProblem.PLAN_UNUSABLE: QT_TRANSLATE_NOOP(
        "messages", "its plan {member} is damaged ({detail})"
    ),
    ArchiveProblem.SUMMARY_MISMATCH: QT_TRANSLATE_NOOP(
        "messages", "its plan {member} does not hold what its manifest says"
    ),
}


def archive_refusal(error: ArchiveRefused) -> str:
    """One sentence: which archive was refused and why; nothing was changed."""
    reason = QCoreApplication.translate("messages", str(_ARCHIVE_REFUSALS[error.problem])).format(
        member=error.member, detail=error.detail
    )
    return QCoreApplication.translate(
        "messages", "The archive {archive} was not opened: {reason}. Nothing was changed."
    ).format(archive=error.archive, reason=reason)


def export_refusal(error: ExportRefused) -> str:
    """One sentence: what stopped an export, where, and what to do."""
    if error.problem is ExportProblem.LINK:
        text = QCoreApplication.translate(
            "messages",
            "{path} is a symbolic link, and Delegator never writes through links. Nothing "
            "was exported. Remove the link or choose another folder.",
        )
    elif error.problem is ExportProblem.NOT_A_FILE:
        text = QCoreApplication.translate(
            "messages",
            "{path} is a folder where the export puts a file. Nothing was exported. Move "
            "it away or choose another folder.",
        )
    elif error.problem is ExportProblem.NOT_A_FOLDER:
        text = QCoreApplication.translate(
            "messages",
            "{path} is a file where the export puts a folder. Nothing was exported. Move "
            "it away or choose another folder.",
        )
    else:
        text = QCoreApplication.translate(
            "messages",
            "The attachment “{attachment}” of “{task}” is missing from the data folder "
            "({path}). Nothing was exported. Attach the file to the to-do again.",
        )
    return text.format(path=error.path, attachment=error.attachment, task=error.task)


def export_failure(error: Exception) -> str:
    """Why an export failed (the window's and the command line's), as one sentence."""
    if isinstance(error, ExportRefused):
        return export_refusal(error)
    return QCoreApplication.translate(
        "messages", "The export failed: {reason}. Nothing was exported."
    ).format(reason=reason(error))

"""Errors named by who is to blame (docs/architecture.md, Conventions)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Only a type here: importing the module compiles its patterns (~4 ms at start-up).
    from delegator.domain.profile import ReachabilityWindow
    from delegator.domain.secrets import SecretKind


class DelegatorError(Exception):
    """Base of the errors the app explains to the user instead of crashing."""


class InvalidProblem(StrEnum):
    EMPTY_TITLE = "empty_title"
    NEGATIVE_MINUTES = "negative_minutes"
    NEGATIVE_LEAD_TIME = "negative_lead_time"
    MINUTES_TOO_LARGE = "minutes_too_large"  # above model.MAX_MINUTES_PER_OCCURRENCE
    LEAD_TIME_TOO_LARGE = "lead_time_too_large"  # above model.MAX_LEAD_TIME_DAYS
    EMPTY_NAME = "empty_name"
    WORK_ENDS_BEFORE_START = "work_ends_before_start"
    TRIAL_ENDS_BEFORE_START = "trial_ends_before_start"
    WINDOW_ENDS_BEFORE_START = "window_ends_before_start"
    WINDOWS_OVERLAP = "windows_overlap"
    RATING_RANGE = "rating_range"
    FEEDBACK_WITHOUT_SUBJECT = "feedback_without_subject"
    ARCHIVED = "archived"  # a change to a to-do in the Archive (restore it first)


class InvalidValue(DelegatorError, ValueError):
    """A value the user gave is not allowed; nothing was stored."""

    def __init__(self, problem: InvalidProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


class WindowsOverlap(InvalidValue):
    """Two reachability windows on the same day overlap; *window* is the earlier given."""

    def __init__(self, window: ReachabilityWindow) -> None:
        super().__init__(InvalidProblem.WINDOWS_OVERLAP)
        self.window = window


class StorageProblem(StrEnum):
    """Why a file could not be written, as far as the system says."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    NOT_A_FOLDER = "not_a_folder"  # a file stands where a folder must be made
    OTHER = "other"


class StorageUnavailable(DelegatorError):
    """The disk is full, locked or read-only: the data is kept, the action is not done.

    *detail* is what the system said (for a log or the other problems); *problem* what
    the user is told.
    """

    def __init__(self, detail: str, problem: StorageProblem = StorageProblem.OTHER) -> None:
        super().__init__(detail)
        self.detail = detail
        self.problem = problem


class DatabaseFileError(DelegatorError):
    """The data file cannot be used as it is; it has been left untouched."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


class NotADelegatorDatabase(DatabaseFileError):
    """The file exists but holds something else."""


class DamageKind(StrEnum):
    """What is wrong with a damaged file; SQLITE: what SQLite said (the detail)."""

    SQLITE = "sqlite"
    HEADER_CUT = "header_cut"  # facts: none
    PAGE_CUT = "page_cut"  # facts: size
    PAGES_MISSING = "pages_missing"  # facts: present, pages
    TABLE_MISSING = "table_missing"  # facts: tables
    COLUMN_NOT_UTF8 = "column_not_utf8"  # facts: column
    TABLE_NOT_UTF8 = "table_not_utf8"  # facts: table
    ATTACHMENT_OUTSIDE = "attachment_outside"  # facts: target


class DatabaseDamaged(DatabaseFileError):
    """The file is a damaged SQLite database: *kind* says how (with *facts* for the
    words the user reads), *detail* says it for a log."""

    def __init__(
        self, path: Path, detail: str, kind: DamageKind = DamageKind.SQLITE, **facts: object
    ) -> None:
        super().__init__(path, detail)
        self.kind = kind
        self.facts = facts

    def of(self, path: Path) -> DatabaseDamaged:
        """The same damage, said of *path* (the plan, where a copy of it was checked)."""
        return DatabaseDamaged(path, self.detail, self.kind, **self.facts)


class DatabaseUnreachable(DatabaseFileError):
    """The file cannot be read or written just now: a lock, permissions, the disk."""


class DatabaseTooNew(DatabaseFileError):
    """The file was written by a newer version of Delegator."""


class UnusableBackup(DatabaseFileError):
    """A backup (or the plan in an archive) cannot be restored; nothing was changed.
    *cause* is what is wrong with it, when a check found it."""

    def __init__(self, path: Path, detail: str, cause: DatabaseFileError | None = None) -> None:
        super().__init__(path, detail)
        self.cause = cause


class PlanInUse(DelegatorError):
    """Delegator's window has the plan in *data_dir* open; replacing the plan under it
    would leave the window editing rows that are gone."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(f"{data_dir}: the window has the plan open")
        self.data_dir = data_dir


class TargetIsThePlan(DelegatorError):
    """A copy of the plan was to be written over the plan itself (or its log files)."""

    def __init__(self, target: Path) -> None:
        super().__init__(f"{target} is the plan itself")
        self.target = target


class MigrationFailed(DatabaseFileError):
    """Upgrading the schema failed; the database was rolled back."""


class NotARegularFile(DatabaseFileError):
    """Something other than a file is where the data file should be; *kind* says what:
    "folder", "pipe", "socket" or "device"."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(path, f"is a {kind}, not a file")
        self.kind = kind


class DanglingLink(DatabaseFileError):
    """The data file is a symbolic link to *target*, which does not exist."""

    def __init__(self, path: Path, target: str) -> None:
        super().__init__(path, f"links to {target}, which does not exist")
        self.target = target


class DanglingFolderLink(DatabaseFileError):
    """The data folder, or a folder above it, is a symbolic link to *target*, which
    does not exist: *path* is that link."""

    def __init__(self, path: Path, target: str) -> None:
        super().__init__(path, f"links to {target}, which does not exist")
        self.target = target


class DataFolderIsAFile(DatabaseFileError):
    """The data folder, or a folder above it, is a file: *path* is that file."""


class TaskNotFound(DelegatorError):
    def __init__(self, task_id: int) -> None:
        super().__init__(f"no to-do with id {task_id}")
        self.task_id = task_id


class AssistantNotFound(DelegatorError):
    def __init__(self, assistant_id: int) -> None:
        super().__init__(f"no assistant with id {assistant_id}")
        self.assistant_id = assistant_id


class AttachmentTooLarge(DelegatorError):
    """A file is larger than attachments may be."""

    def __init__(self, name: str, size_bytes: int, limit_bytes: int) -> None:
        super().__init__(f"{name} is {size_bytes} bytes; attachments may be {limit_bytes}")
        self.name = name
        self.size_bytes = size_bytes
        self.limit_bytes = limit_bytes


class SecretPlace(StrEnum):
    """Where in a brief a secret-looking value is."""

    TASK = "task"  # a to-do's field (SecretHit.task_title names the to-do)
    PROFILE = "profile"  # the user's profile: name, business, contact channels, …
    ASSISTANT = "assistant"  # the assistant's name
    CHANGES = "changes"  # what changed since the last handover (removed to-dos' titles)
    BRIEF = "brief"  # anything else the brief says


@dataclass(frozen=True, slots=True)
class SecretHit:
    """A value in an exported field that looks like a secret; *task_title* is empty
    unless *place* is a to-do."""

    task_title: str
    field: str
    kind: SecretKind
    place: SecretPlace = SecretPlace.TASK


class SecretsFound(DelegatorError):
    """A brief would carry something that looks like a password, IBAN or key."""

    def __init__(self, hits: Sequence[SecretHit]) -> None:
        first = hits[0]
        where = first.task_title if first.place is SecretPlace.TASK else first.place.value
        super().__init__(f"{where}: {first.field} looks like a {first.kind.value}")
        self.hits = tuple(hits)


class UnknownAssistant(DelegatorError):
    def __init__(self, name: str) -> None:
        super().__init__(f"no assistant named {name!r}")
        self.name = name


class ArchiveProblem(StrEnum):
    """Why a plan archive was refused (docs/design.md, Moving to a new computer)."""

    NOT_A_ZIP = "not_a_zip"
    TRUNCATED = "truncated"
    NO_MANIFEST = "no_manifest"
    BAD_MANIFEST = "bad_manifest"
    UNKNOWN_FORMAT = "unknown_format"
    UNSAFE_NAME = "unsafe_name"
    SYMLINK = "symlink"
    JOURNAL_MEMBER = "journal_member"
    UNEXPECTED_MEMBER = "unexpected_member"
    DUPLICATE_MEMBER = "duplicate_member"
    NOT_LISTED = "not_listed"
    MISSING_MEMBER = "missing_member"
    TOO_LARGE = "too_large"
    UNPACKS_LARGER = "unpacks_larger"
    SIZE_MISMATCH = "size_mismatch"
    CHECKSUM_MISMATCH = "checksum_mismatch"
    UNREADABLE_MEMBER = "unreadable_member"
    PLAN_TOO_NEW = "plan_too_new"
    PLAN_UNUSABLE = "plan_unusable"
    SUMMARY_MISMATCH = "summary_mismatch"


class ArchiveRefused(DelegatorError):
    """A plan archive cannot be opened; nothing was changed. *member* names the member
    at fault ("" when the archive as a whole is), *detail* adds what was found."""

    def __init__(
        self, archive: Path, problem: ArchiveProblem, member: str = "", detail: str = ""
    ) -> None:
        where = f"{archive}: {member}" if member else str(archive)
        super().__init__(f"{where}: {problem.value}" + (f" ({detail})" if detail else ""))
        self.archive = archive
        self.problem = problem
        self.member = member
        self.detail = detail


class ExportProblem(StrEnum):
    """Why a handover package (or agenda) was not written where it was asked to."""

    LINK = "link"  # a symbolic link where a file or folder of the export goes
    NOT_A_FILE = "not_a_file"  # a folder (or other non-file) where a file goes
    NOT_A_FOLDER = "not_a_folder"  # a file where a folder goes
    ATTACHMENT_MISSING = "attachment_missing"  # not in the data folder's attachments


class ExportRefused(DelegatorError):
    """Nothing was exported: *path* is the place at fault; for ATTACHMENT_MISSING
    *attachment* is the attachment's name and *task* the title of its to-do."""

    def __init__(
        self, problem: ExportProblem, path: Path, attachment: str = "", task: str = ""
    ) -> None:
        super().__init__(f"{path}: {problem.value}" + (f" ({task}: {attachment})" if task else ""))
        self.problem = problem
        self.path = path
        self.attachment = attachment
        self.task = task

"""Backups of a plan: what one holds, how it is named, and which ones are kept
(docs/design.md, Backups)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

BACKUP_SUFFIX = ".sqlite3"
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^delegator-(?P<kind>[a-z0-9_-]+?)-(?P<stamp>\d{8}-\d{6}-\d{6})\.sqlite3$")


class BackupKind(StrEnum):
    """Why a backup was made. Only automatic ones are thinned out by the retention."""

    AUTOMATIC = "auto"
    MANUAL = "manual"
    BEFORE_RESTORE = "before-restore"
    BEFORE_UPGRADE = "before-upgrade"


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """What a plan file holds, shown before it is restored or opened."""

    todos: int
    delegated: int
    assistants: int
    attachments: int
    revision: str


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file; *summary* is None when the file cannot be read as a plan."""

    path: Path
    kind: BackupKind
    created: dt.datetime  # the user's wall-clock time when it was made, naive
    size: int
    summary: PlanSummary | None
    problem: str = ""  # why *summary* is None


@dataclass(frozen=True, slots=True)
class Retention:
    """How many automatic backups are kept: the newest of each of the last *daily*
    days, and the newest of each of the *weekly* weeks before those."""

    daily: int = 7
    weekly: int = 4

    def __post_init__(self) -> None:
        if self.daily < 1 or self.weekly < 0:
            raise ValueError("keep at least one daily backup and no negative weekly count")


def backup_name(kind: BackupKind, local_now: dt.datetime, detail: str = "") -> str:
    """The file name of a backup made at *local_now* (the user's wall clock)."""
    label = f"{kind.value}-from-{detail}" if detail else kind.value
    return f"delegator-{label}-{local_now.strftime(_STAMP_FORMAT)}{BACKUP_SUFFIX}"


def parse_backup_name(name: str) -> tuple[BackupKind, dt.datetime] | None:
    """The kind and time of a backup file name, or None for any other file."""
    match = _NAME.match(name)
    if match is None:
        return None
    label = match["kind"]
    try:
        created = dt.datetime.strptime(match["stamp"], _STAMP_FORMAT)
    except ValueError:
        return None
    for kind in BackupKind:
        if label == kind.value or label.startswith(kind.value + "-from-"):
            return kind, created
    return None


def outdated(automatic: list[tuple[Path, dt.datetime]], retention: Retention) -> list[Path]:
    """The automatic backups the *retention* lets go, given (file, created) of each.

    Within a day only the newest is kept; the newest of the last ``daily`` days stay,
    then the newest of each of the ``weekly`` ISO weeks before the oldest kept day.
    """
    newest_first = sorted(automatic, key=lambda item: item[1], reverse=True)
    kept: set[Path] = set()
    days: list[dt.date] = []
    weeks: list[tuple[int, int]] = []
    for path, created in newest_first:
        day = created.date()
        if day in days:
            continue
        if len(days) < retention.daily:
            days.append(day)
            kept.add(path)
            continue
        week = tuple(created.isocalendar())[:2]
        first_week = tuple(days[-1].isocalendar())[:2]
        if week == first_week or week in weeks or len(weeks) >= retention.weekly:
            continue
        weeks.append((week[0], week[1]))
        kept.add(path)
    return [path for path, _ in newest_first if path not in kept]

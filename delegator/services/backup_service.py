"""Backups of the plan and its attachments, and putting one back (docs/design.md, Backups).

A backup is one SQLite file in the backups folder, made with the backup API and checked
before it counts. Attachments never change once stored (their folder is named by their
content), so they are kept once in ``backups/attachments`` and only new ones are copied.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from delegator.domain.backups import (
    BACKUP_SUFFIX,
    Backup,
    BackupKind,
    PlanSummary,
    Retention,
    backup_name,
    outdated,
    parse_backup_name,
)
from delegator.domain.clock import Clock
from delegator.domain.errors import (
    DatabaseDamaged,
    DatabaseFileError,
    DatabaseUnreachable,
    TargetIsThePlan,
    UnusableBackup,
)
from delegator.storage import plan_file, probe
from delegator.storage.database import move_orphans_aside
from delegator.storage.durable import (
    PARTIAL_SUFFIX,
    SIDECAR_SUFFIXES,
    copy_whole,
    fsync_dir,
    sidecars,
)
from delegator.storage.sqlite_errors import unwritable

ATTACHMENT_STORE = "attachments"


@dataclass(frozen=True, slots=True)
class Restored:
    """What a restore did: the backup of the state before it (None when there was no
    usable plan to back up), where a damaged plan was set aside, attachments lost."""

    before: Path | None
    set_aside: Path | None
    missing_attachments: tuple[str, ...]


class BackupService:
    """Backups of the plan *data_file*; works on files only, so it serves a window whose
    plan cannot be opened as well as one that has it open."""

    def __init__(
        self, data_file: Path, backups_dir: Path, attachments_dir: Path, clock: Clock
    ) -> None:
        self.data_file = data_file
        self.backups_dir = backups_dir
        self.attachments_dir = attachments_dir
        self.clock = clock

    @property
    def store(self) -> Path:
        return self.backups_dir / ATTACHMENT_STORE

    def back_up(self, kind: BackupKind = BackupKind.AUTOMATIC, target: Path | None = None) -> Path:
        """Copy the plan to *target* (default: a new file in the backups folder) and
        check the copy; returns the file written.

        A copy that fails the check is deleted and DatabaseDamaged raised: a damaged
        plan never becomes "the newest good backup". Attachments go to the store only
        for backups in the backups folder.
        """
        if target is not None:
            refuse_the_plan(self.data_file, target)
        into_folder = target is None
        target = target or self._new_file(kind)
        plan_file.copy_plan(self.data_file, target)
        try:
            plan_file.inspect(target)
        except DatabaseFileError as error:
            target.unlink(missing_ok=True)
            # Name the plan, not the copy just deleted.
            if isinstance(error, DatabaseDamaged):
                raise error.of(self.data_file) from error
            raise DatabaseDamaged(self.data_file, error.detail) from error
        if into_folder:
            self._store_attachments(plan_file.attachment_targets(target))
        return target

    def backups(self) -> list[Backup]:
        """Every backup in the backups folder, newest first, each with what it holds."""
        found = []
        for path, kind, created in self._files():
            summary: PlanSummary | None = None
            problem = ""
            try:
                summary = plan_file.summarize(path)
            except DatabaseFileError as error:
                problem = error.detail
            found.append(Backup(path, kind, created, _size(path), summary, problem))
        return found

    def newest_good(self) -> Backup | None:
        """The newest backup that passes the thorough check, or None."""
        for path, kind, created in self._files():
            try:
                summary = plan_file.inspect(path)
            except DatabaseFileError:
                continue
            return Backup(path, kind, created, _size(path), summary)
        return None

    def automatic_due(self) -> bool:
        """True when no automatic backup was made on the user's today."""
        today = self.clock.today()
        return not any(
            kind is BackupKind.AUTOMATIC and created.date() == today
            for _, kind, created in self._files()
        )

    def changed_since_automatic(self) -> bool:
        """True when the plan was written after the newest automatic backup was made."""
        newest = next(
            (path for path, kind, _ in self._files() if kind is BackupKind.AUTOMATIC), None
        )
        if newest is None:
            return True
        made = newest.stat().st_mtime_ns
        written = [
            path.stat().st_mtime_ns
            for path in (self.data_file, *sidecars(self.data_file))
            if path.exists() and not path.name.endswith("-shm")
        ]
        return max(written, default=0) > made

    def prune(self, retention: Retention) -> list[Path]:
        """Delete the automatic backups *retention* lets go, the half-made copies a
        killed backup left (``*.part``, never listed), and stored attachments no kept
        backup and not the plan uses; returns the backups deleted."""
        automatic = [(p, c) for p, kind, c in self._files() if kind is BackupKind.AUTOMATIC]
        gone = outdated(automatic, retention)
        for path in gone:
            path.unlink(missing_ok=True)
        if self.backups_dir.is_dir():
            for partial in self.backups_dir.glob(f"*{BACKUP_SUFFIX}{PARTIAL_SUFFIX}*"):
                partial.unlink(missing_ok=True)
        self._prune_store()
        return gone

    def restore(self, backup_file: Path) -> Restored:
        """Make the plan what *backup_file* holds; the caller has closed its connections.

        Everything that can fail is done before the plan changes: the backup is checked
        thoroughly (UnusableBackup, nothing changed), the attachments it uses come back
        from the store, and the current plan is backed up, so the restore can itself be
        undone. A plan too damaged to back up keeps its bytes under a new name, and the
        backup takes its place in one rename: a kill at any moment leaves one plan or
        the other, never none.
        """
        self.check_backup(backup_file)
        present = probe.present(self.data_file)
        missing = self._bring_back_attachments(plan_file.attachment_targets(backup_file))
        if not present:
            move_orphans_aside(self.data_file, self.backups_dir, self.clock)
            self._put_in_place(backup_file, [])
            return Restored(None, None, missing)
        if not self._usable():
            return Restored(None, self._replace_damaged(backup_file), missing)
        before = self.back_up(BackupKind.BEFORE_RESTORE)
        plan_file.restore_into(self.data_file, backup_file)
        return Restored(before, None, missing)

    def _usable(self) -> bool:
        """False when the plan is damaged (or no plan of this version): a copy of it may
        read as sound (SQLite copies what it can), so it is kept as it is instead.
        A plan that cannot be reached just now raises, as any write to it would."""
        try:
            plan_file.inspect(self.data_file)
        except DatabaseUnreachable:
            raise
        except DatabaseFileError:
            return False
        return True

    def check_backup(self, backup_file: Path) -> PlanSummary:
        """What *backup_file* holds, after the thorough check; UnusableBackup if it
        cannot be restored."""
        if not backup_file.is_file():
            raise UnusableBackup(backup_file, "no such file")
        try:
            return plan_file.inspect(backup_file)
        except DatabaseFileError as error:
            raise UnusableBackup(backup_file, error.detail, error) from error

    def _replace_damaged(self, backup_file: Path) -> Path:
        """Keep the damaged plan, byte for byte, as ``delegator-damaged-<time>.sqlite3``
        beside it (with its log files), and put the backup in its place; returns the
        name it is kept under."""
        stamp = self.clock.local().strftime("%Y%m%d-%H%M%S")
        aside = self.data_file.with_name(f"{self.data_file.stem}-damaged-{stamp}{BACKUP_SUFFIX}")
        try:
            try:
                os.link(self.data_file, aside)  # the same bytes under a second name
            except OSError:
                shutil.copy2(self.data_file, aside)  # a file system without hard links
        except OSError as error:
            raise unwritable(error, aside) from error
        moved = [
            (sidecar, aside.with_name(aside.name + suffix))
            for sidecar, suffix in zip(sidecars(self.data_file), SIDECAR_SUFFIXES, strict=True)
            if sidecar.exists()
        ]
        try:
            self._put_in_place(backup_file, moved)
        except BaseException:
            aside.unlink(missing_ok=True)  # the plan is still where it was
            raise
        return aside

    def _put_in_place(self, backup_file: Path, moved: list[tuple[Path, Path]]) -> None:
        """Copy *backup_file* beside the plan and rename it into the plan's place, after
        moving the log files of *moved* (from, to) out of its way; on failure the log
        files go back and the plan is as it was."""
        building = self.data_file.with_name(self.data_file.name + ".restoring")
        plan_file.copy_plan(backup_file, building)
        done: list[tuple[Path, Path]] = []
        try:
            for source, target in moved:
                os.replace(source, target)
                done.append((source, target))
            os.replace(building, self.data_file)
            fsync_dir(self.data_file.parent)
        except OSError as error:
            for source, target in reversed(done):
                with contextlib.suppress(OSError):
                    os.replace(target, source)
            with contextlib.suppress(OSError):
                building.unlink(missing_ok=True)
            raise unwritable(error, self.data_file) from error

    def _new_file(self, kind: BackupKind) -> Path:
        """A backup file name not yet taken (two backups within one microsecond, or
        under a fixed clock, must not overwrite each other)."""
        when = self.clock.local().replace(tzinfo=None)
        while (self.backups_dir / backup_name(kind, when)).exists():
            when += dt.timedelta(microseconds=1)
        return self.backups_dir / backup_name(kind, when)

    def _files(self) -> list[tuple[Path, BackupKind, dt.datetime]]:
        if not self.backups_dir.is_dir():
            return []
        named = []
        for path in self.backups_dir.iterdir():
            parsed = parse_backup_name(path.name)
            if parsed is not None and path.is_file():
                named.append((path, parsed[0], parsed[1]))
        named.sort(key=lambda item: item[2], reverse=True)
        return named

    def _store_attachments(self, targets: set[str]) -> None:
        for target in sorted(targets):
            source = self.attachments_dir / target
            kept = self.store / target
            if kept.exists() or not source.is_file():
                continue
            _copy_whole(source, kept)

    def _bring_back_attachments(self, targets: set[str]) -> tuple[str, ...]:
        missing = []
        for target in sorted(targets):
            live = self.attachments_dir / target
            if live.exists():
                continue
            kept = self.store / target
            if kept.is_file():
                _copy_whole(kept, live)
            else:
                missing.append(target)
        return tuple(missing)

    def _prune_store(self) -> None:
        if not self.store.is_dir():
            return
        used: set[str] = set()
        for path in (self.data_file, *(p for p, _, _ in self._files())):
            with contextlib.suppress(DatabaseFileError):
                used |= plan_file.attachment_targets(path)
        for folder in self.store.iterdir():
            for kept in folder.iterdir() if folder.is_dir() else ():
                if f"{folder.name}/{kept.name}" not in used:
                    kept.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                folder.rmdir()


def refuse_the_plan(data_file: Path, target: Path) -> None:
    """Raise TargetIsThePlan when *target* is the plan *data_file* or one of its logs."""
    for own in (data_file, *sidecars(data_file)):
        if target.absolute() == own.absolute() or (
            target.exists() and own.exists() and os.path.samefile(target, own)
        ):
            raise TargetIsThePlan(target)


def _copy_whole(source: Path, target: Path) -> None:
    try:
        copy_whole(source, target)
    except OSError as error:
        raise unwritable(error, target) from error


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0

"""The whole plan in one portable file, for moving to a new computer (docs/design.md,
Moving to a new computer).

``write_archive`` packs the plan (a copy made with SQLite's backup API) and the
attachments it uses into one zip with a manifest of every member's size and sha256.
``preview`` says what an archive holds after checking it whole; ``open_archive``
checks it the same way, unpacks it into a private folder inside the data folder and
restores it in place of the current plan, which is backed up first.

A hostile or damaged archive raises ArchiveRefused (its ``problem`` says why) and
changes nothing: it is read through ``archive_reading``, which trusts nothing in it, and
only names of the allowed shapes are unpacked, only as plain files, only inside the
private folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from delegator import __version__
from delegator.domain.backups import PlanSummary
from delegator.domain.errors import (
    ArchiveProblem,
    ArchiveRefused,
    DatabaseDamaged,
    DatabaseFileError,
    DatabaseTooNew,
)
from delegator.exchange.archive_manifest import (
    MANIFEST_NAME,
    PLAN_NAME,
    Manifest,
    Member,
    attachment_member,
    attachment_target,
    manifest_bytes,
    name_problem,
)
from delegator.services.archive_reading import CHUNK, checked, unpack
from delegator.services.backup_service import refuse_the_plan
from delegator.storage import plan_file
from delegator.storage.durable import PARTIAL_SUFFIX, copy_whole, fsync_dir, fsync_file
from delegator.storage.sqlite_errors import unwritable

if TYPE_CHECKING:
    from delegator.services.backup_service import Restored
    from delegator.services.workspace import Workspace

_ZIP64_FROM = 2**31


@dataclass(frozen=True, slots=True)
class ArchivePreview:
    """What a checked archive holds. *created* is the wall-clock time where it was
    made, with that place's UTC offset; *size* the archive file's bytes."""

    path: Path
    created: dt.datetime
    app_version: str
    summary: PlanSummary
    size: int

    @property
    def revision(self) -> str:
        return self.summary.revision


def write_archive(workspace: Workspace, target: Path, *, replace: bool = False) -> Path:
    """Write the plan of *workspace* and the attachments it uses to the zip *target*;
    returns *target*.

    The zip is built as ``target.part`` and renamed when whole; its folder is made if
    need be. An existing *target* raises FileExistsError unless *replace*. An
    attachment whose file is gone, or whose name cannot travel (it holds a backslash),
    is left out; opening the archive then names it in ``Restored.missing_attachments``.
    Raises StorageUnavailable when a file cannot be written and DatabaseDamaged when
    the plan fails the thorough check.
    """
    refuse_the_plan(workspace.data_file, target)
    if target.exists() and not replace:
        raise FileExistsError(target)
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    scratch = _private_folder(workspace.data_file.parent, ".archive-")
    try:
        plan = scratch / PLAN_NAME
        plan_file.copy_plan(workspace.data_file, plan)
        try:
            summary = plan_file.inspect(plan)
        except DatabaseFileError as error:  # name the plan, not its copy
            if isinstance(error, DatabaseDamaged):
                raise error.of(workspace.data_file) from error
            raise DatabaseDamaged(workspace.data_file, error.detail) from error
        files = [(PLAN_NAME, plan)]
        for kept in sorted(plan_file.attachment_targets(plan)):
            source = workspace.attachments_dir / kept
            if name_problem(attachment_member(kept)) is None and source.is_file():
                files.append((attachment_member(kept), source))
        created = workspace.clock.local()
        target.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            members = tuple(_pack(archive, name, path, created) for name, path in files)
            manifest = Manifest(__version__, created, summary, members)
            archive.writestr(_entry(MANIFEST_NAME, created), manifest_bytes(manifest))
        fsync_file(partial)
        os.replace(partial, target)
        fsync_dir(target.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise unwritable(error, target) from error
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return target


def preview(path: Path) -> ArchivePreview:
    """What the archive *path* holds, after checking every member's name, size and
    sha256; raises ArchiveRefused. Nothing is written: the plan inside is checked
    thoroughly (a damaged one, one that does not hold what the manifest says) only by
    ``open_archive``, once it is unpacked."""
    with checked(path) as (archive, manifest):
        for member in manifest.members:
            unpack(path, archive, member, None)
    return ArchivePreview(
        path, manifest.created, manifest.app_version, manifest.summary, path.stat().st_size
    )


def open_archive(workspace: Workspace, path: Path) -> Restored:
    """Replace the plan of *workspace* with the one in the archive *path* and add the
    archive's attachments the attachments folder lacks.

    Everything is checked before anything changes: a refused archive raises
    ArchiveRefused and leaves the plan and the attachments as they were. The current
    plan is backed up first (``Restored.before``), so opening can be undone.
    """
    folder = _private_folder(workspace.data_file.parent, ".opening-archive-")
    try:
        with checked(path) as (archive, manifest):
            for member in manifest.members:
                target = folder / member.name
                if not target.resolve().is_relative_to(folder.resolve()):
                    raise ArchiveRefused(path, ArchiveProblem.UNSAFE_NAME, member.name)
                try:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    with target.open("xb") as sink:
                        unpack(path, archive, member, sink)
                except OSError as error:
                    raise unwritable(error, folder) from error
        plan = folder / PLAN_NAME
        _check_plan(path, plan, manifest.summary)
        added = _add_attachments(folder, workspace.attachments_dir, manifest)
        try:
            return workspace.restore(plan)
        except BaseException:
            _remove(added)
            raise
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _check_plan(path: Path, plan: Path, expected: PlanSummary) -> None:
    try:
        summary = plan_file.inspect(plan)
    except DatabaseTooNew as error:
        raise ArchiveRefused(path, ArchiveProblem.PLAN_TOO_NEW, PLAN_NAME, error.detail) from error
    except DatabaseFileError as error:
        raise ArchiveRefused(path, ArchiveProblem.PLAN_UNUSABLE, PLAN_NAME, error.detail) from error
    if summary != expected:
        raise ArchiveRefused(path, ArchiveProblem.SUMMARY_MISMATCH, PLAN_NAME)


def _add_attachments(folder: Path, attachments_dir: Path, manifest: Manifest) -> list[Path]:
    """Copy the archive's attachments the folder lacks, each whole or not at all;
    returns the files added (all removed again if one cannot be added)."""
    added: list[Path] = []
    try:
        for member in manifest.members:
            if member.name == PLAN_NAME:
                continue
            live = attachments_dir / attachment_target(member.name)
            if live.exists():
                continue
            copy_whole(folder / member.name, live)
            added.append(live)
    except OSError as error:
        _remove(added)
        raise unwritable(error, attachments_dir) from error
    return added


def _private_folder(parent: Path, prefix: str) -> Path:
    """A new folder inside *parent* only this user may read."""
    try:
        return Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    except OSError as error:
        raise unwritable(error, parent) from error


def _remove(added: list[Path]) -> None:
    """Take back the attachments an open that failed added, and the folders (the
    content's, the attachments folder) that leaves empty."""
    for added_file in added:
        with contextlib.suppress(OSError):
            added_file.unlink(missing_ok=True)
            added_file.parent.rmdir()
            added_file.parent.parent.rmdir()


def _pack(archive: zipfile.ZipFile, name: str, source: Path, created: dt.datetime) -> Member:
    """Add the file *source* as *name*, hashing what is written."""
    digest = hashlib.sha256()
    size = 0
    entry = _entry(name, created)
    with (
        source.open("rb") as reader,
        archive.open(entry, "w", force_zip64=source.stat().st_size >= _ZIP64_FROM) as writer,
    ):
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            writer.write(chunk)
    return Member(name, size, digest.hexdigest())


def _entry(name: str, created: dt.datetime) -> zipfile.ZipInfo:
    entry = zipfile.ZipInfo(name, date_time=created.timetuple()[:6])
    entry.compress_type = zipfile.ZIP_DEFLATED
    entry.external_attr = (stat.S_IFREG | 0o644) << 16
    return entry

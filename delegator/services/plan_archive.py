"""The whole plan in one portable file, for moving to a new computer (docs/design.md,
Moving to a new computer).

``write_archive`` packs the plan (a copy made with SQLite's backup API) and the
attachments it uses into one zip with a manifest of every member's size and sha256.
``preview`` says what an archive holds after checking it whole; ``open_archive``
checks it the same way, unpacks it into a private folder inside the data folder and
restores it in place of the current plan, which is backed up first.

A hostile or damaged archive raises ArchiveRefused (its ``problem`` says why) and
changes nothing. Only names of the allowed shapes are unpacked, only as plain files,
only inside the private folder; each member is read up to the size its manifest gives
and no further (the sizes in the zip's own headers are never trusted).
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
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from delegator import __version__
from delegator.domain.backups import PlanSummary
from delegator.domain.errors import (
    ArchiveProblem,
    ArchiveRefused,
    DatabaseFileError,
    DatabaseTooNew,
    StorageUnavailable,
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
    parse_manifest,
)
from delegator.storage import plan_file
from delegator.storage.durable import fsync_dir, fsync_file
from delegator.storage.schema import KNOWN_REVISIONS

if TYPE_CHECKING:
    from delegator.services.backup_service import Restored
    from delegator.services.workspace import Workspace

# Limits on what an archive may declare; anything above is refused before unpacking.
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_MEMBER_BYTES = 8 * 1024**3
MAX_TOTAL_BYTES = 32 * 1024**3
MAX_MEMBERS = 100_000
CHUNK = 1024 * 1024
_ZIP_START = b"PK\x03\x04"
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
    if target.exists() and not replace:
        raise FileExistsError(target)
    partial = target.with_name(target.name + plan_file.PARTIAL_SUFFIX)
    scratch = Path(tempfile.mkdtemp(prefix=".archive-", dir=workspace.data_file.parent))
    try:
        plan = scratch / PLAN_NAME
        plan_file.copy_plan(workspace.data_file, plan)
        summary = plan_file.inspect(plan)
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
        raise StorageUnavailable(f"{error.filename or target}: {error.strerror}") from error
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return target


def preview(path: Path) -> ArchivePreview:
    """What the archive *path* holds, after checking every member's name, size and
    sha256; raises ArchiveRefused. Nothing is written: the plan inside is checked
    thoroughly (a damaged one, one that does not hold what the manifest says) only by
    ``open_archive``, once it is unpacked."""
    with _checked(path) as (archive, manifest):
        for member in manifest.members:
            _unpack(path, archive, member, None)
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
    folder = Path(tempfile.mkdtemp(prefix=".opening-archive-", dir=workspace.data_file.parent))
    try:
        with _checked(path) as (archive, manifest):
            for member in manifest.members:
                target = folder / member.name
                if not target.resolve().is_relative_to(folder.resolve()):
                    raise ArchiveRefused(path, ArchiveProblem.UNSAFE_NAME, member.name)
                try:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    with target.open("xb") as sink:
                        _unpack(path, archive, member, sink)
                except OSError as error:
                    raise StorageUnavailable(
                        f"{error.filename or folder}: {error.strerror}"
                    ) from error
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


@contextlib.contextmanager
def _checked(path: Path) -> Iterator[tuple[zipfile.ZipFile, Manifest]]:
    """The open zip and its manifest once every member's name, kind and listing and
    every declared size are checked; the members' contents are not read yet."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, ValueError) as error:
        with path.open("rb") as handle:
            started = handle.read(len(_ZIP_START)) == _ZIP_START
        problem = ArchiveProblem.TRUNCATED if started else ArchiveProblem.NOT_A_ZIP
        raise ArchiveRefused(path, problem) from error
    with archive:
        entries = _entries(path, archive)
        manifest = _manifest(path, archive, entries)
        listed = {member.name for member in manifest.members}
        for name in entries:
            if name != MANIFEST_NAME and name not in listed:
                raise ArchiveRefused(path, ArchiveProblem.NOT_LISTED, name)
        for member in manifest.members:
            if member.name not in entries:
                raise ArchiveRefused(path, ArchiveProblem.MISSING_MEMBER, member.name)
            if member.size > MAX_MEMBER_BYTES:
                raise ArchiveRefused(
                    path,
                    ArchiveProblem.TOO_LARGE,
                    member.name,
                    f"{member.name}: {member.size} bytes",
                )
        if manifest.size > MAX_TOTAL_BYTES:
            raise ArchiveRefused(
                path, ArchiveProblem.TOO_LARGE, "", f"{manifest.size} bytes in all"
            )
        if manifest.summary.revision not in KNOWN_REVISIONS:
            raise ArchiveRefused(
                path, ArchiveProblem.PLAN_TOO_NEW, PLAN_NAME, manifest.summary.revision
            )
        yield archive, manifest


def _entries(path: Path, archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ArchiveRefused(path, ArchiveProblem.TOO_LARGE, "", f"{len(infos)} members")
    entries: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        problem = name_problem(name)
        if problem is not None:
            raise ArchiveRefused(path, problem, name)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise ArchiveRefused(path, ArchiveProblem.SYMLINK, name)
        if name in entries:
            raise ArchiveRefused(path, ArchiveProblem.DUPLICATE_MEMBER, name)
        if info.flag_bits & 0x1 or info.compress_type not in {
            zipfile.ZIP_STORED,
            zipfile.ZIP_DEFLATED,
        }:
            raise ArchiveRefused(path, ArchiveProblem.UNREADABLE_MEMBER, name)
        if info.file_size > MAX_MEMBER_BYTES:
            raise ArchiveRefused(
                path, ArchiveProblem.TOO_LARGE, name, f"{name}: {info.file_size} bytes"
            )
        entries[name] = info
    return entries


def _manifest(
    path: Path, archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo]
) -> Manifest:
    if MANIFEST_NAME not in entries:
        raise ArchiveRefused(path, ArchiveProblem.NO_MANIFEST, MANIFEST_NAME)
    data = _read_at_most(path, archive, MANIFEST_NAME, MAX_MANIFEST_BYTES + 1)
    if len(data) > MAX_MANIFEST_BYTES:
        raise ArchiveRefused(
            path,
            ArchiveProblem.TOO_LARGE,
            MANIFEST_NAME,
            f"{MANIFEST_NAME}: over {MAX_MANIFEST_BYTES} bytes",
        )
    return parse_manifest(data, path)


def _read_at_most(path: Path, archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    try:
        with archive.open(name) as source:
            return source.read(limit)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
        raise ArchiveRefused(path, ArchiveProblem.UNREADABLE_MEMBER, name) from error


def _unpack(path: Path, archive: zipfile.ZipFile, member: Member, sink: IO[bytes] | None) -> None:
    """Read *member* (into *sink*, if given) and check its size and sha256."""
    digest = hashlib.sha256()
    size = 0
    for chunk in _chunks(path, archive, member):
        size += len(chunk)
        digest.update(chunk)
        if sink is not None:
            sink.write(chunk)
    if size != member.size:
        raise ArchiveRefused(
            path, ArchiveProblem.SIZE_MISMATCH, member.name, f"{size}/{member.size}"
        )
    if digest.hexdigest() != member.sha256:
        raise ArchiveRefused(path, ArchiveProblem.CHECKSUM_MISMATCH, member.name)


def _chunks(path: Path, archive: zipfile.ZipFile, member: Member) -> Iterator[bytes]:
    """The bytes of *member*, never more than its manifest size plus one byte (which
    refuses it: the zip's own size fields are not trusted)."""
    left = member.size
    try:
        with archive.open(member.name) as source:
            while chunk := source.read(min(CHUNK, left + 1)):
                if len(chunk) > left:
                    raise ArchiveRefused(
                        path, ArchiveProblem.UNPACKS_LARGER, member.name, str(member.size)
                    )
                left -= len(chunk)
                yield chunk
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
        raise ArchiveRefused(path, ArchiveProblem.UNREADABLE_MEMBER, member.name) from error


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
            partial = live.with_name(live.name + plan_file.PARTIAL_SUFFIX)
            live.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(folder / member.name, partial)
            os.replace(partial, live)
            added.append(live)
    except OSError as error:
        _remove(added)
        raise StorageUnavailable(
            f"{error.filename or attachments_dir}: {error.strerror}"
        ) from error
    return added


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

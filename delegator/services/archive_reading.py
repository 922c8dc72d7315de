"""Reading a plan archive without trusting it (docs/design.md, Moving to a new
computer): every member's name, kind and listing is checked before anything is read,
and each member is read only up to the size its manifest gives (the sizes in the zip's
own headers are never trusted), its size and sha256 checked."""

from __future__ import annotations

import contextlib
import hashlib
import stat
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from delegator.domain.errors import ArchiveProblem, ArchiveRefused
from delegator.exchange.archive_manifest import (
    MANIFEST_NAME,
    PLAN_NAME,
    Manifest,
    Member,
    name_problem,
    parse_manifest,
)
from delegator.storage.schema import KNOWN_REVISIONS

# Limits on what an archive may declare; anything above is refused before unpacking.
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_MEMBER_BYTES = 8 * 1024**3
MAX_TOTAL_BYTES = 32 * 1024**3
MAX_MEMBERS = 100_000
CHUNK = 1024 * 1024
_ZIP_START = b"PK\x03\x04"


@contextlib.contextmanager
def checked(path: Path) -> Iterator[tuple[zipfile.ZipFile, Manifest]]:
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


def unpack(path: Path, archive: zipfile.ZipFile, member: Member, sink: IO[bytes] | None) -> None:
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

"""The plan archive's table of contents: which members it may hold and what its
``manifest.json`` says (docs/design.md, Moving to a new computer).

An archive holds ``manifest.json``, ``plan.sqlite3`` and the plan's attachments as
``attachments/<16 hex digits>/<name>``, nothing else. The manifest gives every other
member's size and sha256; it is the only size the reader trusts.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from delegator.domain.backups import PlanSummary
from delegator.domain.errors import ArchiveProblem, ArchiveRefused

FORMAT = "delegator-plan-archive"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
PLAN_NAME = "plan.sqlite3"
ATTACHMENTS_PREFIX = "attachments/"
JOURNALS = tuple(PLAN_NAME + suffix for suffix in ("-wal", "-shm", "-journal"))

_ATTACHMENT = re.compile(r"^attachments/[0-9a-f]{16}/[^/]+$")
_DRIVE = re.compile(r"^[A-Za-z]:")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True, slots=True)
class Member:
    """One file of the archive as the manifest lists it."""

    name: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Manifest:
    """What an archive says about itself. *created* is the wall-clock time where it was
    made, with that place's UTC offset."""

    app_version: str
    created: dt.datetime
    summary: PlanSummary
    members: tuple[Member, ...]

    @property
    def size(self) -> int:
        """The bytes its members unpack to."""
        return sum(member.size for member in self.members)


def attachment_member(target: str) -> str:
    """The member name of the attachment stored as *target* (``<digest16>/<name>``)."""
    return ATTACHMENTS_PREFIX + target


def attachment_target(name: str) -> str:
    """The attachment folder path (``<digest16>/<name>``) of the member *name*."""
    return name.removeprefix(ATTACHMENTS_PREFIX)


def name_problem(name: str) -> ArchiveProblem | None:
    """Why the member *name* may not be unpacked, or None when it has an allowed shape."""
    parts = name.split("/")
    if (
        name.startswith("/")
        or "\\" in name
        or _DRIVE.match(name)
        or "\x00" in name
        or any(part in {"..", "."} for part in parts)
    ):
        return ArchiveProblem.UNSAFE_NAME
    if name in JOURNALS:
        return ArchiveProblem.JOURNAL_MEMBER
    if name in {MANIFEST_NAME, PLAN_NAME}:
        return None
    if _ATTACHMENT.match(name) is None:
        return ArchiveProblem.UNEXPECTED_MEMBER
    return None


def manifest_bytes(manifest: Manifest) -> bytes:
    summary = manifest.summary
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": manifest.app_version,
        "created": manifest.created.isoformat(timespec="seconds"),
        "revision": summary.revision,
        "summary": {
            "todos": summary.todos,
            "delegated": summary.delegated,
            "assistants": summary.assistants,
            "attachments": summary.attachments,
        },
        "members": [
            {"name": member.name, "size": member.size, "sha256": member.sha256}
            for member in manifest.members
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def parse_manifest(data: bytes, archive: Path) -> Manifest:
    """Read the manifest of *archive*; raises ArchiveRefused (BAD_MANIFEST,
    UNKNOWN_FORMAT, or the problem of a member name it lists)."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise ArchiveRefused(archive, ArchiveProblem.BAD_MANIFEST, MANIFEST_NAME) from error
    if not isinstance(document, dict):
        raise ArchiveRefused(archive, ArchiveProblem.BAD_MANIFEST, MANIFEST_NAME)
    if document.get("format") != FORMAT or document.get("format_version") != FORMAT_VERSION:
        found = f"{document.get('format')} {document.get('format_version')}"
        raise ArchiveRefused(archive, ArchiveProblem.UNKNOWN_FORMAT, MANIFEST_NAME, found)
    try:
        summary = document["summary"]
        manifest = Manifest(
            app_version=_text(document["app_version"]),
            created=dt.datetime.fromisoformat(_text(document["created"])),
            summary=PlanSummary(
                todos=_count(summary["todos"]),
                delegated=_count(summary["delegated"]),
                assistants=_count(summary["assistants"]),
                attachments=_count(summary["attachments"]),
                revision=_text(document["revision"]),
            ),
            members=tuple(_member(entry) for entry in document["members"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ArchiveRefused(archive, ArchiveProblem.BAD_MANIFEST, MANIFEST_NAME) from error
    for member in manifest.members:
        problem = name_problem(member.name)
        if problem is None and member.name == MANIFEST_NAME:
            problem = ArchiveProblem.UNEXPECTED_MEMBER
        if problem is not None:
            raise ArchiveRefused(archive, problem, member.name)
    seen: set[str] = set()
    for member in manifest.members:
        if member.name in seen:
            raise ArchiveRefused(archive, ArchiveProblem.DUPLICATE_MEMBER, member.name)
        seen.add(member.name)
    if PLAN_NAME not in seen:
        raise ArchiveRefused(archive, ArchiveProblem.MISSING_MEMBER, PLAN_NAME)
    return manifest


def _member(entry: Any) -> Member:
    sha256 = _text(entry["sha256"])
    if not _SHA256.match(sha256):
        raise ValueError(sha256)
    return Member(_text(entry["name"]), _count(entry["size"]), sha256)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(value)
    return value

"""Write a handover package: the chosen files, attachments, a manifest and the zip.

Nothing is overwritten unless asked, and the whole package is written into a private
folder first and moved into place when complete (services/staged_folder.py), so a
failure, a cancel or a crash never leaves half a package behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

from delegator import __version__
from delegator.domain.brief import Brief, BriefFormat
from delegator.domain.errors import ExportProblem, ExportRefused
from delegator.domain.package_names import attachment_names, file_slug, safe_file_name
from delegator.services.export_places import in_the_way as files_in_the_way
from delegator.services.export_places import refusal as folder_refusal
from delegator.services.staged_folder import StagedFolder
from delegator.storage.schema import HEAD_REVISION
from delegator.storage.sqlite_errors import unwritable

FILE_NAMES = {
    BriefFormat.MARKDOWN: "brief.md",
    BriefFormat.PDF: "brief.pdf",
    BriefFormat.ICS: "tasks.ics",
    BriefFormat.CSV: "tasks.csv",
}
MANIFEST = "manifest.json"
ATTACHMENTS = "attachments"
Progress = Callable[[int, int], bool]


class ExportCancelled(Exception):
    """The user cancelled; nothing was written."""


def zip_name(brief: Brief, today: dt.date) -> str:
    slug = file_slug(brief.assistant_name or "requirements-profile", "brief")
    return f"{slug}-{today.isoformat()}.zip"


def brief_markdown(brief: Brief) -> str:
    """The brief as Markdown (what brief.md holds; the export dialog previews it)."""
    from delegator.exchange.brief_markdown import render_markdown

    return render_markdown(brief)


def render(brief: Brief, fmt: BriefFormat, progress: Progress | None) -> bytes:
    if fmt is BriefFormat.MARKDOWN:
        from delegator.exchange.brief_markdown import render_markdown

        return render_markdown(brief).encode("utf-8")
    if fmt is BriefFormat.PDF:
        from delegator.exchange.brief_markdown import render_markdown
        from delegator.exchange.brief_pdf import CancelledError, render_pdf

        try:
            return render_pdf(
                render_markdown(brief),
                title=brief.title,
                language=brief.options.language,
                paper=brief.options.paper,
                progress=progress,
            )
        except CancelledError as error:
            raise ExportCancelled from error
    if fmt is BriefFormat.ICS:
        from delegator.exchange.ics_export import render_ics

        return render_ics(brief, now=brief.created)
    from delegator.exchange.todoist_csv import render_todoist_csv

    return render_todoist_csv(brief)


def _attachments(brief: Brief) -> dict[str, str]:
    """Package name (``attachments/<name>``) of every attached file, by its target."""
    names = attachment_names(r for t in brief.tasks for r in t.resources)
    return {target: f"{ATTACHMENTS}/{name}" for target, name in names.items()}


def file_names(brief: Brief, formats: Iterable[BriefFormat]) -> list[str]:
    """Every file the export writes, relative to its folder, in writing order."""
    chosen = set(formats)
    names = [FILE_NAMES[f] for f in FILE_NAMES if f in chosen]
    names += _attachments(brief).values()
    names.append(MANIFEST)
    if BriefFormat.ZIP in chosen:
        names.append(zip_name(brief, brief.created.date()))
    return names


def in_the_way(brief: Brief, formats: Iterable[BriefFormat], folder: Path) -> list[Path]:
    """What the export would replace in *folder* (to ask before it does)."""
    return files_in_the_way(folder, file_names(brief, formats))


def refusal(brief: Brief, formats: Iterable[BriefFormat], folder: Path) -> ExportRefused | None:
    """Why the export cannot go into *folder* even when allowed to replace files (a
    link or a folder in the way), or None."""
    return folder_refusal(folder, file_names(brief, formats))


MAX_MANIFEST_BYTES = 1 << 20


def earlier_attachments(folder: Path) -> list[str]:
    """The attachments an earlier export left in *folder*, as its manifest lists them
    and unchanged since (their sha256 still matches): replacing that package, they go,
    so a file taken off a to-do is not handed over again by mistake."""
    manifest = folder / MANIFEST
    try:
        if not manifest.is_file() or manifest.is_symlink():
            return []
        if manifest.stat().st_size > MAX_MANIFEST_BYTES:
            return []
        files = json.loads(manifest.read_bytes()).get("files", {})
    except (OSError, ValueError, AttributeError):
        return []
    if not isinstance(files, dict):
        return []
    earlier = []
    for name, digest in files.items():
        leaf = str(name).removeprefix(f"{ATTACHMENTS}/")
        if leaf == name or safe_file_name(leaf) != leaf:
            continue  # not an attachment, or not a name an export writes
        path = folder / ATTACHMENTS / leaf
        if path.is_symlink() or not path.is_file():
            continue
        with contextlib.suppress(OSError), path.open("rb") as handle:
            if hashlib.file_digest(handle, "sha256").hexdigest() == digest:
                earlier.append(f"{ATTACHMENTS}/{leaf}")
    return earlier


def write_package(
    brief: Brief,
    formats: Iterable[BriefFormat],
    folder: Path,
    attachments_dir: Path,
    *,
    force: bool = False,
    progress: Progress | None = None,
) -> tuple[list[Path], str]:
    """Write the package; returns the written paths and the manifest's sha256.

    Every file is complete before the first one is moved into *folder*
    (services/staged_folder.py): a failure or a cancel leaves the folder as it was.
    Raises FileExistsError (naming the file) instead of overwriting without *force*,
    ExportRefused for a link or a folder in the way and for an attachment missing
    from *attachments_dir*, StorageUnavailable when the folder cannot be written, and
    ExportCancelled when *progress* says so.
    """
    chosen = list(dict.fromkeys(formats))
    if not any(f in FILE_NAMES for f in chosen):
        raise ValueError("no file format chosen")
    try:
        return _write(brief, chosen, folder, attachments_dir, force, progress)
    except FileExistsError:
        raise
    except OSError as error:
        raise unwritable(error, folder) from error


def _attachment_sources(brief: Brief, attachments_dir: Path) -> dict[str, Path]:
    """Where each attachment of the package is read from, by its name in the package;
    ExportRefused names the first one missing from the data folder."""
    owners = {r.target: (t.title, r.label) for t in reversed(brief.tasks) for r in t.resources}
    sources = {}
    for target, name in _attachments(brief).items():
        source = attachments_dir / target
        if not source.is_file():
            title, label = owners[target]
            raise ExportRefused(
                ExportProblem.ATTACHMENT_MISSING, source, label or Path(name).name, title
            )
        sources[name] = source
    return sources


def _write(
    brief: Brief,
    chosen: list[BriefFormat],
    folder: Path,
    attachments_dir: Path,
    force: bool,
    progress: Progress | None,
) -> tuple[list[Path], str]:
    names = file_names(brief, chosen)
    steps = [f for f in FILE_NAMES if f in chosen]
    sources = _attachment_sources(brief, attachments_dir)  # a missing one stops it first
    hashes: dict[str, str] = {}
    retire = earlier_attachments(folder) if force else []
    with StagedFolder(folder, names, force=force, retire=retire) as stage:
        for number, fmt in enumerate(steps, start=1):
            if progress is not None and not progress(number - 1, len(steps) + 1):
                raise ExportCancelled
            hashes[FILE_NAMES[fmt]] = stage.write(FILE_NAMES[fmt], render(brief, fmt, progress))
        for name, source in sources.items():
            hashes[name] = stage.copy_in(name, source)
        manifest = {
            "app_version": __version__,
            "schema_version": HEAD_REVISION,
            "created": brief.created.isoformat(),
            "language": brief.options.language,
            "assistant": brief.assistant_name,
            "files": hashes,
        }
        manifest_data = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
        digest = stage.write(MANIFEST, manifest_data)
        if BriefFormat.ZIP in chosen:
            archive = names[-1]
            with zipfile.ZipFile(stage.staged_path(archive), "x", zipfile.ZIP_DEFLATED) as bundle:
                for name in [*hashes, MANIFEST]:
                    bundle.write(stage.staged_path(name), name)
        if progress is not None and not progress(len(steps), len(steps) + 1):
            raise ExportCancelled
        written = stage.commit()
    if progress is not None:
        progress(len(steps) + 1, len(steps) + 1)
    return written, digest

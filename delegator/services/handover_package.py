"""Write a handover package: the chosen files, attachments, a manifest and the zip.

Nothing is overwritten unless asked, and every file is written to a temporary name
first and renamed into place, so a crash never leaves half a file behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

from delegator import __version__
from delegator.domain.brief import Brief, BriefFormat
from delegator.domain.model import ResourceKind
from delegator.storage.schema import HEAD_REVISION

FILE_NAMES = {
    BriefFormat.MARKDOWN: "brief.md",
    BriefFormat.PDF: "brief.pdf",
    BriefFormat.ICS: "tasks.ics",
    BriefFormat.CSV: "tasks.csv",
}
Progress = Callable[[int, int], bool]


class ExportCancelled(Exception):
    """The user cancelled; files already renamed into place stay, nothing is half written."""


def zip_name(brief: Brief, today: dt.date) -> str:
    name = brief.assistant_name or "requirements-profile"
    slug = re.sub(r"[^\w-]+", "-", name.casefold()).strip("-") or "brief"
    return f"{slug}-{today.isoformat()}.zip"


def atomic_write(path: Path, data: bytes) -> None:
    partial = path.with_name(f".{path.name}.part")
    with partial.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)


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


def targets(brief: Brief, formats: Iterable[BriefFormat], folder: Path) -> list[Path]:
    """Every path the export would write (to check for files it would overwrite)."""
    chosen = set(formats)
    paths = [folder / FILE_NAMES[f] for f in FILE_NAMES if f in chosen]
    paths.append(folder / "manifest.json")
    if BriefFormat.ZIP in chosen:
        paths.append(folder / zip_name(brief, brief.created.date()))
    return paths


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

    Raises FileExistsError (naming the file) instead of overwriting without *force*,
    OSError when the folder cannot be written, ExportCancelled when *progress* says so.
    """
    chosen = list(dict.fromkeys(formats))
    folder.mkdir(parents=True, exist_ok=True)
    if not force:
        for path in targets(brief, chosen, folder):
            if path.exists():
                raise FileExistsError(str(path))
    steps = [f for f in FILE_NAMES if f in chosen]
    written: list[Path] = []
    hashes: dict[str, str] = {}
    for number, fmt in enumerate(steps, start=1):
        if progress is not None and not progress(number - 1, len(steps) + 1):
            raise ExportCancelled
        data = render(brief, fmt, progress)
        path = folder / FILE_NAMES[fmt]
        atomic_write(path, data)
        written.append(path)
        hashes[path.name] = hashlib.sha256(data).hexdigest()
    attachments = [r for t in brief.tasks for r in t.resources if r.kind is ResourceKind.FILE]
    if attachments:
        (folder / "attachments").mkdir(exist_ok=True)
    for resource in attachments:
        data = (attachments_dir / resource.target).read_bytes()
        path = folder / "attachments" / Path(resource.target).name
        atomic_write(path, data)
        written.append(path)
        hashes[f"attachments/{path.name}"] = hashlib.sha256(data).hexdigest()
    manifest = {
        "app_version": __version__,
        "schema_version": HEAD_REVISION,
        "created": brief.created.isoformat(),
        "language": brief.options.language,
        "assistant": brief.assistant_name,
        "files": hashes,
    }
    manifest_data = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    manifest_path = folder / "manifest.json"
    atomic_write(manifest_path, manifest_data)
    written.append(manifest_path)
    digest = hashlib.sha256(manifest_data).hexdigest()
    if BriefFormat.ZIP in chosen:
        archive = folder / zip_name(brief, brief.created.date())
        partial = archive.with_name(f".{archive.name}.part")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as bundle:
            for path in written:
                bundle.write(path, path.relative_to(folder).as_posix())
        os.replace(partial, archive)
        written.append(archive)
    if progress is not None:
        progress(len(steps) + 1, len(steps) + 1)
    return written, digest

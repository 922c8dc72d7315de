"""Whether an export may write its files into a folder: what is in the way there.

Refused, whatever ``--force`` says: a symbolic link where a file or folder of the
export goes (Delegator never writes through one), a folder where a file goes, a file
where a folder goes, and an output folder that is a file or a link to nothing. Only
regular files may be replaced, and only when the user allowed it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from delegator.domain.errors import ExportProblem, ExportRefused


def _place_problems(folder: Path, names: list[str]) -> Iterator[ExportRefused]:
    """Why writing *names* (relative, "/"-separated) into *folder* is refused, even
    where files may be replaced."""
    problem = _output_folder_problem(folder)
    if problem is not None:
        yield problem
        return
    for name in names:
        parts = PurePosixPath(name).parts
        for depth in range(1, len(parts)):
            yield from _folder_problem(folder.joinpath(*parts[:depth]))
        path = folder.joinpath(*parts)
        try:
            mode = path.lstat().st_mode
        except (FileNotFoundError, NotADirectoryError):
            continue  # not there yet (or its folder is a file: reported above)
        if stat.S_ISLNK(mode):
            yield ExportRefused(ExportProblem.LINK, path)
        elif not stat.S_ISREG(mode):
            yield ExportRefused(ExportProblem.NOT_A_FILE, path)


def _output_folder_problem(folder: Path) -> ExportRefused | None:
    """The output folder, or the nearest of its parents that exists, must be a folder
    (a link to one is fine: the user chose it)."""
    for path in (folder, *folder.parents):
        if not os.path.lexists(path):
            continue
        if path.is_dir():
            return None
        if path.is_symlink():
            return ExportRefused(ExportProblem.LINK, path)
        return ExportRefused(ExportProblem.NOT_A_FOLDER, path)
    return None


def _folder_problem(path: Path) -> Iterator[ExportRefused]:
    try:
        mode = path.lstat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        return
    if stat.S_ISLNK(mode):
        yield ExportRefused(ExportProblem.LINK, path)
    elif not stat.S_ISDIR(mode):
        yield ExportRefused(ExportProblem.NOT_A_FOLDER, path)


def refusal(folder: Path, names: list[str]) -> ExportRefused | None:
    """Why *names* cannot go into *folder* even when files may be replaced, or None."""
    return next(_place_problems(folder, names), None)


def in_the_way(folder: Path, names: list[str]) -> list[Path]:
    """Which of *names* are already in *folder* (links included, not followed)."""
    return [path for name in names if os.path.lexists(path := folder / name)]

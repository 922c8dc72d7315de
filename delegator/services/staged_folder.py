"""Write a set of files into a folder all at once or not at all, never through a link.

The files are written into a private folder created inside the target (same file
system, so moving is a rename) and moved into place only when every one of them is
complete. A failure while moving puts back what was there before. Nothing is ever
written through a symbolic link: a link where a file or the ``attachments`` folder
goes is refused, and the moves name the target folder by an open handle, so a link
put there in the meantime is not followed either (on POSIX).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import TracebackType

from delegator.domain.errors import ExportProblem, ExportRefused
from delegator.storage.durable import fsync_dir

STAGING_PREFIX = ".delegator-export-"
_CHUNK = 1 << 20
_DIR_FDS = os.name == "posix" and os.replace in os.supports_dir_fd


def place_problems(folder: Path, names: list[str], *, force: bool) -> Iterator[ExportRefused]:
    """Why writing *names* (relative, "/"-separated) into *folder* is refused: a link
    or a folder where a file goes, a link or file where a folder goes, and without
    *force* a file that is already there (FileExistsError is raised for that)."""
    for name in names:
        parts = PurePosixPath(name).parts
        for depth in range(1, len(parts)):
            yield from _folder_problem(folder.joinpath(*parts[:depth]))
        path = folder.joinpath(*parts)
        try:
            mode = path.lstat().st_mode
        except FileNotFoundError:
            continue
        except NotADirectoryError:
            continue  # its folder is a file: reported above
        if stat.S_ISLNK(mode):
            yield ExportRefused(ExportProblem.LINK, path)
        elif not stat.S_ISREG(mode):
            yield ExportRefused(ExportProblem.NOT_A_FILE, path)
        elif not force:
            raise FileExistsError(str(path))


def _folder_problem(path: Path) -> Iterator[ExportRefused]:
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return
    if stat.S_ISLNK(mode):
        yield ExportRefused(ExportProblem.LINK, path)
    elif not stat.S_ISDIR(mode):
        yield ExportRefused(ExportProblem.NOT_A_FOLDER, path)


def refusal(folder: Path, names: list[str]) -> ExportRefused | None:
    """Why *names* cannot go into *folder* even when files may be replaced, or None."""
    return next(place_problems(folder, names, force=True), None)


def in_the_way(folder: Path, names: list[str]) -> list[Path]:
    """Which of *names* are already in *folder* (links included, not followed)."""
    return [path for name in names if os.path.lexists(path := folder / name)]


class StagedFolder:
    """Files for *folder*, written by ``write``/``copy_in`` and moved in by ``commit``.

    Leaving the ``with`` block without ``commit`` leaves the folder as it was.
    """

    def __init__(self, folder: Path, names: list[str], *, force: bool) -> None:
        self.folder = folder
        self.names = list(names)
        self._force = force
        self._stage: Path | None = None

    def __enter__(self) -> StagedFolder:
        self._check()
        self.folder.mkdir(parents=True, exist_ok=True)
        self._stage = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=self.folder))
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._stage is not None:
            shutil.rmtree(self._stage, ignore_errors=True)
            self._stage = None

    def _check(self) -> None:
        for problem in place_problems(self.folder, self.names, force=self._force):
            raise problem

    def _staged(self, name: str) -> Path:
        if self._stage is None or name not in self.names:
            raise ValueError(f"{name} is not a file of this export")
        path = self._stage.joinpath(*PurePosixPath(name).parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def write(self, name: str, data: bytes) -> str:
        """Stage *data* as *name*; returns its sha256."""
        with self._staged(name).open("xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        return hashlib.sha256(data).hexdigest()

    def copy_in(self, name: str, source: Path) -> str:
        """Stage a copy of *source* as *name*; returns its sha256."""
        digest = hashlib.sha256()
        with source.open("rb") as reader, self._staged(name).open("xb") as writer:
            while chunk := reader.read(_CHUNK):
                digest.update(chunk)
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())
        return digest.hexdigest()

    def staged_path(self, name: str) -> Path:
        """Where *name* is staged (to read it back, e.g. into a zip)."""
        if self._stage is None:
            raise ValueError("not staging")
        return self._stage.joinpath(*PurePosixPath(name).parts)

    def commit(self) -> list[Path]:
        """Move every staged file into place; on any failure put back what was there
        and raise. Returns the final paths, in the order of *names*."""
        if self._stage is None:
            raise ValueError("not staging")
        self._check()
        (self._stage / _ASIDE).mkdir()
        moved: list[tuple[_Dir, str, str | None]] = []
        created: list[tuple[_Dir, str]] = []
        with contextlib.ExitStack() as stack:
            target = _Folders(stack, _open(stack, self.folder, None, follow=True), created)
            stage = _Folders(stack, _open(stack, self._stage, None, follow=False), [])
            try:
                for number, name in enumerate(self.names):
                    parent, leaf = PurePosixPath(name).parent, PurePosixPath(name).name
                    into = target.get(parent)
                    old = None
                    if _exists(into, leaf):
                        old = str(number)
                        _rename(into, leaf, stage.get(PurePosixPath(_ASIDE)), old)
                    moved.append((into, leaf, old))  # before the move: undone either way
                    _rename(stage.get(parent), leaf, into, leaf)
            except BaseException:
                _put_back(moved, stage.get(PurePosixPath(_ASIDE)), created)
                raise
            for folder in {id(into): into for into, _, _ in moved}.values():
                _sync(folder)
        return [self.folder / name for name in self.names]


_ASIDE = ".replaced"


@dataclass(frozen=True, slots=True)
class _Dir:
    """A folder by its path and, on POSIX, an open handle (None elsewhere)."""

    path: Path
    fd: int | None


def _open(stack: contextlib.ExitStack, path: Path, parent: _Dir | None, *, follow: bool) -> _Dir:
    """Open the folder *path* (inside *parent* when given); refuse a link unless
    *follow* (the folder the user chose may be one)."""
    if not _DIR_FDS:
        return _Dir(path, None)
    flags = os.O_RDONLY | os.O_DIRECTORY | (0 if follow else os.O_NOFOLLOW)
    try:
        if parent is not None and parent.fd is not None:
            descriptor = os.open(path.name, flags, dir_fd=parent.fd)
        else:
            descriptor = os.open(path, flags)
    except OSError as error:
        if os.path.islink(path):
            raise ExportRefused(ExportProblem.LINK, path) from error
        raise
    stack.callback(os.close, descriptor)
    return _Dir(path, descriptor)


class _Folders:
    """The folders below *root*, opened (and made, recorded in *created*) on first use."""

    def __init__(
        self, stack: contextlib.ExitStack, root: _Dir, created: list[tuple[_Dir, str]]
    ) -> None:
        self._stack = stack
        self._open: dict[PurePosixPath, _Dir] = {PurePosixPath("."): root}
        self._created = created

    def get(self, relative: PurePosixPath) -> _Dir:
        if relative not in self._open:
            parent = self.get(relative.parent)
            if not _exists(parent, relative.name):
                _mkdir(parent, relative.name)
                self._created.append((parent, relative.name))
            path = parent.path / relative.name
            self._open[relative] = _open(self._stack, path, parent, follow=False)
        return self._open[relative]


def _exists(folder: _Dir, name: str) -> bool:
    if folder.fd is None:
        return os.path.lexists(folder.path / name)
    try:
        os.stat(name, dir_fd=folder.fd, follow_symlinks=False)
    except FileNotFoundError:
        return False
    return True


def _mkdir(folder: _Dir, name: str) -> None:
    if folder.fd is None:
        (folder.path / name).mkdir()
    else:
        os.mkdir(name, dir_fd=folder.fd)


def _rename(source: _Dir, source_name: str, target: _Dir, target_name: str) -> None:
    """Rename within or across opened folders; the last component of the target is
    replaced, never followed."""
    if source.fd is None or target.fd is None:
        os.replace(source.path / source_name, target.path / target_name)
    else:
        os.replace(source_name, target_name, src_dir_fd=source.fd, dst_dir_fd=target.fd)


def _sync(folder: _Dir) -> None:
    if folder.fd is None:
        fsync_dir(folder.path)
    else:
        os.fsync(folder.fd)


def _put_back(
    moved: list[tuple[_Dir, str, str | None]], aside: _Dir, created: list[tuple[_Dir, str]]
) -> None:
    for into, leaf, old in reversed(moved):
        with contextlib.suppress(OSError):
            if old is None:
                if into.fd is None:
                    (into.path / leaf).unlink()
                else:
                    os.unlink(leaf, dir_fd=into.fd)
            else:
                _rename(aside, old, into, leaf)
    for parent, name in reversed(created):
        with contextlib.suppress(OSError):
            if parent.fd is None:
                (parent.path / name).rmdir()
            else:
                os.rmdir(name, dir_fd=parent.fd)

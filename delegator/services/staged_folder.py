"""Write a set of files into a folder all at once or not at all, never through a link.

The files are written into a private folder created inside the target (same file
system, so moving is a rename) and moved into place only when every one of them is
complete. A failure while moving puts back what was there before, and a failure
before it removes the folders the export made. Nothing is ever written through a
symbolic link: what is in the way is refused first (services/export_places.py), and
the moves name the target folder by an open handle, so a link put there in the
meantime is not followed either (on POSIX).

A private folder left by an export that was killed is removed by the next export
into the same folder, once its process is gone (POSIX) or a day has passed; one
killed while moving files in keeps the files it had replaced, for the user to find.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import TracebackType

from delegator.domain.errors import ExportProblem, ExportRefused
from delegator.services.export_places import in_the_way, refusal
from delegator.storage.durable import fsync_dir

STAGING_PREFIX = ".delegator-export-"
LEFTOVER_AGE_S = 24 * 3600
_CHUNK = 1 << 20
# os.replace takes folder handles where os.rename does (supports_dir_fd lists rename).
_DIR_FDS = (
    os.name == "posix"
    and {os.rename, os.open, os.stat, os.mkdir, os.unlink, os.rmdir} <= os.supports_dir_fd
)


class StagedFolder:
    """Files for *folder*, written by ``write``/``copy_in`` and moved in by ``commit``.

    Leaving the ``with`` block without ``commit`` leaves the folder as it was.
    """

    def __init__(
        self, folder: Path, names: list[str], *, force: bool, retire: Iterable[str] = ()
    ) -> None:
        """*retire*: files a previous export wrote that this one no longer holds; they
        are removed when the new files are moved in (and put back if that fails)."""
        self.folder = folder
        self.names = list(names)
        self._retire = [name for name in retire if name not in self.names]
        self._force = force
        self._stage: Path | None = None
        self._made: list[Path] = []
        self._committed = False

    def __enter__(self) -> StagedFolder:
        self._check()
        self._made = [p for p in (self.folder, *self.folder.parents) if not os.path.lexists(p)]
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            prefix = f"{STAGING_PREFIX}{os.getpid()}-"
            self._stage = Path(tempfile.mkdtemp(prefix=prefix, dir=self.folder))
            remove_leftovers(self.folder, self._stage)
        except BaseException:
            self.__exit__(None, None, None)  # the folders made so far go again
            raise
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
        if not self._committed:
            for made in self._made:  # deepest first; only while empty
                with contextlib.suppress(OSError):
                    made.rmdir()

    def _check(self) -> None:
        refused = refusal(self.folder, self.names)
        if refused is not None:
            raise refused
        existing = [] if self._force else in_the_way(self.folder, self.names)
        if existing:
            raise FileExistsError(str(existing[0]))

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
            aside = stage.get(PurePosixPath(_ASIDE))
            try:
                self._set_aside_retired(target, aside, moved)
                for number, name in enumerate(self.names):
                    relative = PurePosixPath(name)
                    into = target.get(relative.parent)
                    old = None
                    if _exists(into, relative.name):
                        old = str(number)
                        _rename(into, relative.name, aside, old)
                    moved.append((into, relative.name, old))  # before the move: undone either way
                    _rename(stage.get(relative.parent), relative.name, into, relative.name)
            except BaseException:
                _put_back(moved, aside, created)
                raise
            for folder in {id(into): into for into, _, _ in moved}.values():
                _sync(folder)
        self._committed = True
        return [self.folder / name for name in self.names]

    def _set_aside_retired(
        self, target: _Folders, aside: _Dir, moved: list[tuple[_Dir, str, str | None]]
    ) -> None:
        """Move the files of a previous export this one no longer holds aside (only
        regular files in real folders; the rest is left as it is)."""
        for number, name in enumerate(self._retire):
            relative = PurePosixPath(name)
            parent = self.folder.joinpath(*relative.parent.parts)
            if parent.is_symlink() or not parent.is_dir():
                continue
            into = target.get(relative.parent)
            if _is_file(into, relative.name):
                moved.append((into, relative.name, f"r{number}"))
                _rename(into, relative.name, aside, f"r{number}")


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


def _is_file(folder: _Dir, name: str) -> bool:
    """Whether *name* in *folder* is a regular file (a link is not)."""
    try:
        if folder.fd is None:
            mode = (folder.path / name).lstat().st_mode
        else:
            mode = os.stat(name, dir_fd=folder.fd, follow_symlinks=False).st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode)


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


def remove_leftovers(folder: Path, own: Path) -> None:
    """Remove the private folders of exports into *folder* that were killed: their
    process is gone (POSIX; elsewhere, they are a day older than *own*, this export's
    folder, by the file system's own clock) and they hold no file they had replaced
    (an export killed while moving in keeps those for the user)."""
    try:
        entries = list(os.scandir(folder))
        made = own.stat().st_mtime
    except OSError:
        return
    for entry in entries:
        if not entry.name.startswith(STAGING_PREFIX) or not entry.is_dir(follow_symlinks=False):
            continue
        path = Path(entry.path)
        if path == own or _still_running(path, made) or any((path / _ASIDE).glob("*")):
            continue
        shutil.rmtree(path, ignore_errors=True)


def _still_running(path: Path, made: float) -> bool:
    """Whether the export that made the private folder *path* may still be writing;
    *made* is when this export made its own, in the file system's time."""
    pid_text = path.name.removeprefix(STAGING_PREFIX).split("-", 1)[0]
    if os.name == "posix" and pid_text.isdigit() and pid_text.isascii():
        pid = int(pid_text)
        if pid == os.getpid():
            return True  # another export of this process, running now
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except OSError:
            return True  # someone else's process: it exists
        return True
    try:
        age = made - path.stat().st_mtime
    except OSError:
        return True
    return age < LEFTOVER_AGE_S

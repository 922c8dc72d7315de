"""Composition root: arguments → paths → workspace → GUI or command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from delegator.runtime.settings import Loaded


@dataclass(frozen=True)
class WindowStart:
    """What the window opens with: the data folder (None: the default one) and the files
    to import, in the order given (a file manager's "Open with Delegator")."""

    data_dir: str | None = None
    files: tuple[str, ...] = ()


def window_start(argv: Sequence[str]) -> WindowStart | None:
    """The window's start when *argv* asks for the window, else None (the command line).

    The window is wanted for no arguments, ``--data-dir PATH`` (or ``--data-dir=PATH``)
    once, and paths of files to import (a known import suffix such as ``.csv``, ``.ics``
    or ``.todo.txt``, in any order with the folder). Read by hand: this runs on every
    start of the window, and anything else, every command and option, goes to the command
    line's full parser.
    """
    data_dir: str | None = None
    files: list[str] = []
    rest = list(argv)
    while rest:
        argument = rest.pop(0)
        if argument == "--data-dir" and data_dir is None and rest:
            data_dir = rest.pop(0)
        elif (
            argument.startswith("--data-dir=")
            and data_dir is None
            and len(argument) > len("--data-dir=")
        ):
            data_dir = argument.removeprefix("--data-dir=")
        elif names_a_file_to_import(argument):
            files.append(argument)
        else:
            return None
    return WindowStart(data_dir, tuple(files))


def names_a_file_to_import(argument: str) -> bool:
    """True for a path whose suffix the import reads (``tasks.csv``, ``todo.txt``), never
    for a command (``list``) or an option (``--help``). Whether the file exists is left
    to the import dialog, which says so."""
    if argument.startswith("-") or "." not in argument:
        return False
    from delegator.exchange.import_formats import FORMATS

    name = argument.casefold()
    return any(
        name.endswith(suffix) and len(name) > len(suffix) and not name.endswith("/" + suffix)
        for spec in FORMATS
        for suffix in (*spec.offered, *spec.extensions)
    )


def main(argv: Sequence[str] | None = None) -> int:
    from delegator.runtime.paths import empty_choice

    arguments = list(sys.argv[1:] if argv is None else argv)
    start = window_start(arguments)
    from delegator.gui.pyside_feature import check_imports_quickly

    check_imports_quickly()
    # An empty --data-dir or DELEGATOR_DATA_DIR is a usage error, which the command
    # line explains: it never means the per-user folder.
    if start is not None and empty_choice(start.data_dir) is None:
        from pathlib import Path

        from delegator.gui.launcher import launch

        return launch(start.data_dir, [Path(name).absolute() for name in start.files])
    from PySide6.QtCore import QCoreApplication

    from delegator import cli
    from delegator.text import i18n

    if wants_selftest(arguments):
        # The self-test starts its own GUI application (offscreen without a display)
        # and reads no settings: the user's data folder stays untouched.
        return cli.run(arguments)
    app = QCoreApplication.instance()
    if app is None and "export" in arguments:
        # The PDF brief needs fonts and painting, which need a GUI application; it
        # never shows a window, so the offscreen platform does.
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    app = app or QCoreApplication([sys.argv[0]])
    loaded = _load_settings(arguments)
    i18n.install_translator(app, i18n.ui_language(loaded.settings.language))
    if loaded.problem is not None:
        print(
            "delegator: "
            + QCoreApplication.translate(
                "cli", "{path} cannot be read ({reason}); the default settings apply."
            ).format(path=loaded.path, reason=loaded.problem),
            file=sys.stderr,
        )
    return cli.run(arguments)


def wants_selftest(argv: Sequence[str]) -> bool:
    """True when the command line's parser reads ``--selftest`` (or an abbreviation of
    it) in *argv*; arguments it refuses ask for no self-test."""
    if not any(argument.startswith("--s") for argument in argv):
        return False
    args = _parsed(argv)
    return bool(getattr(args, "selftest", False))


def _parsed(argv: Sequence[str]) -> object | None:
    """*argv* as the command line's parser reads it, or None when it refuses them (or
    they only ask for help or the version); quietly."""
    import contextlib
    import io

    from delegator import cli

    quiet = io.StringIO()
    try:
        with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
            return cli.build_parser().parse_args(list(argv))
    except (cli.UsageError, SystemExit):
        return None


def given_data_dir(argv: Sequence[str]) -> str | None:
    """The ``--data-dir`` the command line will work on, as its own parser reads *argv*
    (so ``--data DIR`` too), or None.

    Arguments the parser refuses, or that only ask for help or the version, work on no
    folder; for them the last ``--data-dir PATH`` or ``--data-dir=PATH`` spelled out in
    full names the folder whose settings the message follows.
    """
    args = _parsed(argv)
    if args is None:
        return _spelled_out_data_dir(argv)
    found = getattr(args, "data_dir", None)
    return found if isinstance(found, str) else None


def _spelled_out_data_dir(argv: Sequence[str]) -> str | None:
    found = None
    for index, argument in enumerate(argv):
        if argument == "--data-dir" and index + 1 < len(argv):
            found = argv[index + 1]
        elif argument.startswith("--data-dir="):
            found = argument.removeprefix("--data-dir=")
    return found


def _load_settings(argv: Sequence[str]) -> Loaded:
    """The settings of the data folder the command works on, now in use (the defaults
    for a folder the command line will refuse)."""
    from delegator.runtime import paths, settings

    try:
        where = paths.resolve(given_data_dir(argv))
    except paths.NoFolderGiven:
        return settings.Loaded(settings.Settings())
    loaded = settings.read(where.settings)
    settings.use(loaded.settings)
    return loaded

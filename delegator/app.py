"""Composition root: arguments → paths → workspace → GUI or command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from delegator.runtime.settings import Loaded


def gui_data_dir(argv: Sequence[str]) -> tuple[bool, str | None]:
    """(True, --data-dir) when the window is wanted: no arguments but ``--data-dir``.

    Read by hand (``--data-dir PATH`` or ``--data-dir=PATH``): this runs on every start
    of the window, and anything else goes to the command line's full parser.
    """
    match list(argv):
        case []:
            return True, None
        case ["--data-dir", path]:
            return True, path
        case [single] if single.startswith("--data-dir=") and len(single) > len("--data-dir="):
            return True, single.removeprefix("--data-dir=")
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    from delegator.runtime.paths import empty_choice

    arguments = list(sys.argv[1:] if argv is None else argv)
    wants_gui, data_dir = gui_data_dir(arguments)
    from delegator.gui.pyside_feature import check_imports_quickly

    check_imports_quickly()
    # An empty --data-dir or DELEGATOR_DATA_DIR is a usage error, which the command
    # line explains: it never means the per-user folder.
    if wants_gui and empty_choice(data_dir) is None:
        from delegator.gui.launcher import launch

        return launch(data_dir)
    from PySide6.QtCore import QCoreApplication

    from delegator import cli
    from delegator.text import i18n

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


def given_data_dir(argv: Sequence[str]) -> str | None:
    """The ``--data-dir`` the command line will work on, as its own parser reads *argv*
    (so ``--data DIR`` too), or None.

    Arguments the parser refuses, or that only ask for help or the version, work on no
    folder; for them the last ``--data-dir PATH`` or ``--data-dir=PATH`` spelled out in
    full names the folder whose settings the message follows.
    """
    import contextlib
    import io

    from delegator import cli

    quiet = io.StringIO()
    try:
        with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
            args = cli.build_parser().parse_args(list(argv))
    except (cli.UsageError, SystemExit):
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
